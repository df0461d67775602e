"""Score extracted events against a gold JSONL: precision/recall/F1 and field accuracies.

Matching rules (also in the README): a predicted event can match a gold event of the same article and the same
``event_type`` when they cite the same evidence sentence or their places lie within 25 km. Among candidates the
pair with the best agreement (same sentence, then same sub-event type, same place, overlapping dates) is taken
greedily, each event matching at most once. On matched pairs:

- date: the predicted start lies within the gold range, widened by the coarser precision (a week for ``week``,
  the month for ``month``) ;
- location: within 25 km (or the same name when either side has no coordinates);
- actors: ``actor1`` and ``actor2`` both equal (empty equals empty);
- actors_family: the same, where an actor also equals its coalition in a theatre pack ("Ahrar al-Sham" for
  "Syrian rebels", "United States" for "US-led coalition"; ``frontwatch.fuse.actor_parents``): reported beside
  the strict figure, never instead of it;
- fatalities: ``fatalities_low`` and ``fatalities_high`` both equal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..fuse import kin_actors
from ..geodesy import haversine_km
from ..ingest import read_inputs
from ..records import Article
from . import extract_article

BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def _bound(v: float) -> str:
    return f"{v:.1f}" if round(v, 1) == v else f"{v:.2f}"  # "0.5", "0.85"


def _d(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if isinstance(v, str) and v else v


def _same_place(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if None not in (p.get("latitude"), g.get("latitude")):
        return haversine_km(p["latitude"], p["longitude"], g["latitude"], g["longitude"]) <= 25
    return bool(p.get("location")) and (p.get("location") or "").lower() == (g.get("location") or "").lower()


def _date_ok(p: dict[str, Any], g: dict[str, Any]) -> bool:
    ps, gs, ge = _d(p.get("date")), _d(g.get("date")), _d(g.get("date_end")) or _d(g.get("date"))
    if ps is None or gs is None:
        return ps is None and gs is None
    slack = {"day": 0, "week": 3, "month": 7, "year": 31}.get(p.get("date_precision") or "day", 0)
    return gs - dt.timedelta(days=slack) <= ps <= ge + dt.timedelta(days=slack)


def _norm(s: str | None) -> str:
    return " ".join((s or "").split())


def _score(p: dict[str, Any], g: dict[str, Any]) -> float | None:
    if p["event_type"] != g["event_type"]:
        return None
    same_sentence = _norm(p.get("evidence")) == _norm(g.get("evidence"))
    near = _same_place(p, g)
    if not (same_sentence or near):
        return None
    return 2 * same_sentence + near + 0.5 * (p["sub_event_type"] == g["sub_event_type"]) + 0.5 * _date_ok(p, g)


def match(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy best-first matching of predicted to gold events (indices)."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["article"] == g["article"]:
                s = _score(p, g)
                if s is not None:
                    pairs.append((s, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _s, i, j in sorted(pairs, key=lambda t: -t[0]):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def confidence_bands(scores: list[float], right: list[bool]) -> list[dict[str, Any]]:
    """Per band of :data:`BANDS`: its label, how many events scored in it, how many of them were right and that share.

    >>> confidence_bands([0.3, 0.9, 0.95], [False, True, False])[-1]
    {'band': '0.85-1.0', 'predicted': 2, 'right': 1, 'precision': 0.5}
    """
    out = []
    for lo, hi in BANDS:
        inside = [y for sc, y in zip(scores, right, strict=True) if lo <= sc < hi]
        out.append({"band": f"{_bound(lo)}-{_bound(min(hi, 1.0))}", "predicted": len(inside), "right": sum(inside),
                    "precision": round(sum(inside) / len(inside), 3) if inside else None})
    return out


def rank_auc(scores: list[float], right: list[bool]) -> float | None:
    """How often a right event scores above a wrong one (ties count half): 1.0 ranks perfectly, 0.5 is chance;
    None without both kinds.

    >>> rank_auc([0.9, 0.8, 0.3, 0.8], [True, True, False, False])
    0.875
    """
    pos = [s for s, y in zip(scores, right, strict=True) if y]
    neg = [s for s, y in zip(scores, right, strict=True) if not y]
    if not pos or not neg:
        return None
    wins = 0.0
    for n in neg:  # (a few hundred events: the plain double loop is fast enough and obviously right)
        wins += sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos)
    return wins / (len(pos) * len(neg))


def load_gold(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(articles: Iterable[Article], theatre: str) -> list[dict[str, Any]]:
    """Extract events of every article, tagging each with its article's file name."""
    out = []
    for a in articles:
        name = Path((a.origin or a.id).split(":")[0]).name
        for e in extract_article(a, theatre).events:
            d = e.to_dict()
            d["article"] = name
            out.append(d)
    return out


def evaluate_events(gold_path: Path, articles_dir: Path | None = None, theatre: str = "syria-iraq",
                    negatives_path: Path | None = None) -> dict[str, Any]:
    """Score extraction on a gold JSONL; returns the report as a dict (see :func:`format_report`)."""
    gold = load_gold(gold_path)
    folder = articles_dir or gold_path.parent
    names = sorted({g["article"] for g in gold})
    arts = [a for a in read_inputs([folder / n for n in names]) if isinstance(a, Article)]
    pred = predict(arts, theatre)
    pairs = match(pred, gold)
    report: dict[str, Any] = {"articles": len(arts), "overall": _prf(len(pairs), len(pred), len(gold))}
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p in pred:
        by_type[p["event_type"]][1] += 1
    for g in gold:
        by_type[g["event_type"]][2] += 1
    for i, _j in pairs:
        by_type[pred[i]["event_type"]][0] += 1
    report["by_type"] = {k: _prf(*v) for k, v in sorted(by_type.items())}
    n = len(pairs) or 1
    report["fields"] = {
        "date": round(sum(_date_ok(pred[i], gold[j]) for i, j in pairs) / n, 3),
        "location": round(sum(_same_place(pred[i], gold[j]) for i, j in pairs) / n, 3),
        "actors": round(sum((pred[i]["actor1"] == gold[j]["actor1"]) and (pred[i]["actor2"] == gold[j]["actor2"])
                            for i, j in pairs) / n, 3),
        "actors_family": round(sum(kin_actors(pred[i]["actor1"], gold[j]["actor1"])
                                   and kin_actors(pred[i]["actor2"], gold[j]["actor2"]) for i, j in pairs) / n, 3),
        "actor1": round(sum(pred[i]["actor1"] == gold[j]["actor1"] for i, j in pairs) / n, 3),
        "sub_event_type": round(sum(pred[i]["sub_event_type"] == gold[j]["sub_event_type"] for i, j in pairs) / n, 3),
        "fatalities": round(sum((pred[i]["fatalities_low"] == gold[j].get("fatalities_low"))
                                and (pred[i]["fatalities_high"] == gold[j].get("fatalities_high"))
                                for i, j in pairs) / n, 3),
    }
    matched = {i for i, _ in pairs}
    right = [i in matched for i in range(len(pred))]
    report["confidence_bands"] = confidence_bands([p["confidence"] for p in pred], right)
    auc = rank_auc([p["confidence"] for p in pred], right)
    report["confidence_auc"] = round(auc, 3) if auc is not None else None
    # how far the confidence lies from the truth (0 is perfect; always saying 0.5 scores 0.25): calibration
    report["confidence_brier"] = round(sum((p["confidence"] - (i in matched)) ** 2 for i, p in enumerate(pred))
                                       / len(pred), 4) if pred else None
    neg_path = negatives_path or gold_path.with_name(gold_path.name.replace("gold", "negatives"))
    if neg_path.exists():
        negs = load_gold(neg_path)
        hits = sum(1 for ng in negs if any(p["article"] == ng["article"] and _norm(ng["evidence"]) in _norm(p["evidence"])
                                           for p in pred))
        report["negatives"] = {"sentences": len(negs), "with_event": hits}
    report["unmatched_predictions"] = [
        {k: pred[i][k] for k in ("article", "event_type", "sub_event_type", "location", "date", "evidence")}
        for i in range(len(pred)) if i not in matched
    ]
    got = {j for _, j in pairs}
    report["missed_gold"] = [
        {k: gold[j].get(k) for k in ("article", "event_type", "sub_event_type", "location", "date", "evidence")}
        for j in range(len(gold)) if j not in got
    ]
    return report


def format_report(r: dict[str, Any]) -> str:
    """The report as plain-text tables."""
    lines = [f"articles: {r['articles']}", "", f"{'':32} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]

    def row(name: str, m: dict[str, Any]) -> str:
        return (f"{name:32} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['tp']:4d} "
                f"{m['predicted']:5d} {m['gold']:5d}")

    lines.append(row("overall", r["overall"]))
    for k, m in r["by_type"].items():
        lines.append(row("  " + k, m))
    lines += ["", "field accuracy on matched events:"]
    lines += [f"  {k:16} {v:.3f}" for k, v in r["fields"].items()]
    lines += ["", "precision by confidence band:"]
    lines += [f"  {b['band']:10} n={b['predicted']:<4} precision={b['precision'] if b['precision'] is not None else '-'}"
              for b in r["confidence_bands"]]
    if r.get("confidence_auc") is not None:
        lines.append(f"  ranking (AUC: a right event scores above a wrong one) {r['confidence_auc']:.3f}")
    if r.get("confidence_brier") is not None:
        lines.append(f"  calibration (Brier score: 0 is perfect, a constant 0.5 scores 0.25) {r['confidence_brier']:.4f}")
    if "negatives" in r:
        lines += ["", f"negative sentences with an event: {r['negatives']['with_event']} / {r['negatives']['sentences']}"]
    return "\n".join(lines) + "\n"


def evaluate_claims(gold_path: Path, articles_dir: Path | None = None, theatre: str = "syria-iraq") -> dict[str, Any]:
    """Precision/recall of claims: a predicted claim is right when it cites the gold claim's sentence with the same
    value (within 1%; shares may be given as fractions or percentages)."""
    gold = load_gold(gold_path)
    folder = articles_dir or gold_path.parent
    names = sorted({g["article"] for g in gold})
    pred: list[dict[str, Any]] = []
    for a in read_inputs([folder / n for n in names]):
        if isinstance(a, Article):
            for c in extract_article(a, theatre).claims:
                pred.append({"article": Path((a.origin or a.id).split(":")[0]).name, "metric": c.metric,
                             "value": c.value, "unit": c.unit, "evidence": c.evidence})

    def same(p: dict[str, Any], g: dict[str, Any]) -> bool:
        if p["article"] != g["article"] or _norm(p["evidence"]) != _norm(g["evidence"]):
            return False
        pv, gv = p["value"], g.get("value")
        if pv is None or gv is None:
            return False
        return abs(pv - gv) <= 0.01 * max(1.0, abs(gv)) or (p["unit"] == "share" and abs(pv * 100 - gv) < 0.5)

    used: set[int] = set()
    tp = 0
    for g in gold:
        j = next((i for i, p in enumerate(pred) if i not in used and same(p, g)), None)
        if j is not None:
            used.add(j)
            tp += 1
    return {"overall": _prf(tp, len(pred), len(gold)),
            "missed": [{"metric": g.get("metric"), "value": g.get("value"), "evidence": g["evidence"]}
                       for g in gold if not any(same(p, g) for p in pred)]}
