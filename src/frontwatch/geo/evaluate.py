"""Score toponym resolution against gold sets (geo.jsonl sentences, event locations) for us and two baselines.

Scoring rules (from the eval README): a gold town is found when a predicted mention covers it and lies within
25 km, a gold region/province (geo_precision ≥ 2) within 100 km. Accuracy@k counts gold places whose matched
prediction lies within k km (a missed place counts as wrong). Precision counts town-level predictions only: a
predicted town that matches no gold place is a false positive; countries, rivers and regions the gold leaves
out are not held against the system.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..geodesy import haversine_km
from ..records import Place
from .normalise import fold, skeleton
from .parser import Geoparser

#: a system maps a text to (start, end, Place | None) predictions
System = Callable[[str], list[tuple[int, int, Place | None]]]




@dataclass(slots=True)
class Scores:
    """Accuracy, error and mention precision/recall of one system on one gold set."""

    n_gold: int = 0
    errors: list[float] = field(default_factory=list)  # km per gold place; inf when missed
    found: int = 0
    tp_towns: int = 0
    fp_towns: int = 0

    def row(self, name: str) -> dict[str, Any]:
        """The figures as one table row."""
        n = max(1, self.n_gold)
        finite = [e for e in self.errors if math.isfinite(e)]
        prec = self.tp_towns / (self.tp_towns + self.fp_towns) if self.tp_towns + self.fp_towns else 0.0
        return {
            "system": name, "n": self.n_gold,
            "acc@1km": round(sum(e <= 1 for e in self.errors) / n, 3),
            "acc@25km": round(sum(e <= 25 for e in self.errors) / n, 3),
            "acc@161km": round(sum(e <= 161 for e in self.errors) / n, 3),
            "median_km": round(statistics.median(finite), 1) if finite else None,
            "precision": round(prec, 3), "recall": round(self.found / n, 3),
        }


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    try:
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{i}: not JSON ({exc}); fix or remove the line") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    return out


def _same_name(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or skeleton(a) == skeleton(b) or (len(fb) >= 4 and fb in fa)


def _locate(text: str, mention: str, used: set[int]) -> tuple[int, int]:
    start = 0
    while True:
        i = text.find(mention, start)
        if i < 0 or i not in used:
            break
        start = i + 1
    if i < 0:
        i = text.lower().find(mention.lower())
    return (i, i + len(mention)) if i >= 0 else (-1, -1)


def score_sentences(gold: Iterable[dict[str, Any]], system: System) -> Scores:
    """Score ``system`` on geo.jsonl-shaped records ``{"text", "places": [...]}``."""
    sc = Scores()
    for rec in gold:
        text = rec["text"]
        preds = system(text)
        used_pred: set[int] = set()
        used_pos: set[int] = set()
        for g in rec.get("places", []):
            sc.n_gold += 1
            gs, ge = _locate(text, g["mention"], used_pos)
            used_pos.add(gs)
            best = None
            for k, (ps, pe, _place) in enumerate(preds):
                if k in used_pred:
                    continue
                if (gs >= 0 and ps < ge and gs < pe) or _same_name(text[ps:pe], g["mention"]):
                    best = k
                    break
            if best is None or preds[best][2] is None:
                sc.errors.append(math.inf)
                continue
            used_pred.add(best)
            p = preds[best][2]
            err = haversine_km(p.latitude, p.longitude, float(g["latitude"]), float(g["longitude"]))
            sc.errors.append(err)
            tol = 25.0 if int(g.get("geo_precision", 1)) == 1 else 100.0
            if err <= tol:
                sc.found += 1
                if p.geo_precision == 1:
                    sc.tp_towns += 1
            elif p.geo_precision == 1:
                sc.fp_towns += 1
        for k, (_, _, p) in enumerate(preds):
            if k not in used_pred and p is not None and p.geo_precision == 1 and p.feature in ("P", "S"):
                sc.fp_towns += 1
    return sc


def _article_body(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    return body if head.lower().startswith("title:") and body else raw


def score_events(gold_path: Path, system: System, core: frozenset[str] = frozenset({"SY", "IQ"})) -> Scores:
    """Score the resolution of event locations of an articles gold.jsonl (articles read from its folder).

    Per event: parse the whole article (article-wide context), take the mentions inside the evidence sentence;
    the one named like the gold location is the prediction, else the first town-level one there, else the
    article's first town-level mention (its dateline, as an extractor would fall back to).
    """
    sc = Scores()
    cache: dict[str, tuple[str, list[tuple[int, int, Place | None]]]] = {}
    for ev in _read_jsonl(gold_path):
        if ev.get("latitude") is None:
            continue
        art = ev["article"]
        if art not in cache:
            body = _article_body(gold_path.parent / art)
            cache[art] = (body, system(body))
        body, preds = cache[art]
        sc.n_gold += 1
        es = body.find(ev.get("evidence", "")[:80]) if ev.get("evidence") else -1
        ee = es + len(ev.get("evidence", "")) if es >= 0 else -1
        # a dateline ("BEIRUT - ...") says where the reporter is, not where the event happened
        preds_nd = [x for x in preds if x[2] is not None and not _is_dateline(body, x[0], x[1])]
        inside = [x for x in preds_nd if es <= x[0] < ee]
        named = [x for x in inside if _same_name(body[x[0]:x[1]], ev["location"])]
        towns = [x for x in inside if x[2] and x[2].geo_precision <= 2 and x[2].feature_code != "PCLI"]
        focus = _focus(body, [x for x in preds if x[2] is not None], core)
        pick = (named or towns or focus or [None])[0]
        if pick is None:
            sc.errors.append(math.inf)
            continue
        p = pick[2]
        err = haversine_km(p.latitude, p.longitude, float(ev["latitude"]), float(ev["longitude"]))
        sc.errors.append(err)
        if err <= 25:
            sc.found += 1
            sc.tp_towns += 1
        else:
            sc.fp_towns += 1
    return sc


def _is_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip() == "" and text[start:end].isupper() and \
        text[end:end + 3].lstrip()[:1] in ("-", "–", "—", ",")


def _focus(text: str, preds: list[tuple[int, int, Place | None]],
           core: frozenset[str]) -> list[tuple[int, int, Place | None]]:
    """The article's most-mentioned theatre town: where an unnamed "the town" points.

    A dateline counts as a mention; ties go to the place named first in the body proper.
    """
    towns = [x for x in preds if x[2] is not None and x[2].geo_precision == 1]
    if not towns:
        return []
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for x in towns:
        pid = x[2].id  # type: ignore[union-attr]
        counts[pid] = counts.get(pid, 0) + 1
        if not _is_dateline(text, x[0], x[1]):
            first.setdefault(pid, x[0])
    best = max(towns, key=lambda x: (x[2].country in core, counts[x[2].id],  # type: ignore[union-attr]
                                     -first.get(x[2].id, len(text))))  # type: ignore[union-attr]
    return [best]


# ---------------------------------------------------------------------------------------------- systems
def ours(gp: Geoparser) -> System:
    """Our geoparser as a System. An offset ("30 km south-east of Mosul") is scored on the town it names: the
    toponym is Mosul, resolved; the point 30 km away is what an event placed there gets."""

    def run(text: str) -> list[tuple[int, int, Place | None]]:
        return [(m.start, m.end, _named(m.value, m.candidates)) for m in gp.parse(text)]

    return run


def _named(value: Place | None, candidates: list[tuple[Place, float]]) -> Place | None:
    """The place a mention names: for an offset point, the town it is measured from (its next candidate)."""
    if value is not None and value.feature_code == "OFFSET" and len(candidates) > 1:
        return candidates[1][0]
    return value


def populous_baseline(gp: Geoparser) -> System:
    """Same mention detection as ours, but every mention takes its most populous gazetteer match."""

    def run(text: str) -> list[tuple[int, int, Place | None]]:
        toks = gp._tokens(text)
        spans, _ = gp._detect(text, toks)
        out: list[tuple[int, int, Place | None]] = []
        for sp in spans:
            exact = [r for r in sp.rows if r[2]] or sp.rows
            places = [gp.gz.place(r[0]) for r in exact]
            out.append((sp.start, sp.end, max(places, key=lambda p: p.population) if places else None))
        return out

    return run


def library_baseline(gp: Geoparser) -> System:
    """``geotext`` (regex over GeoNames city/country names) for detection + the gazetteer's most populous match.

    Falls back to capitalised n-grams found in the gazetteer when geotext is not installed.
    """
    try:
        from geotext import GeoText  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the environment
        GeoText = None  # noqa: N806

    def most_populous(name: str) -> Place | None:
        rows = gp.gz.rows_for_key(fold(name))
        return max((gp.gz.place(r) for r, _, _ in rows), key=lambda p: p.population, default=None)

    def run(text: str) -> list[tuple[int, int, Place | None]]:
        out: list[tuple[int, int, Place | None]] = []
        if GeoText is not None:
            g = GeoText(text)
            names = list(dict.fromkeys([*g.cities, *g.countries]))
        else:
            import re

            names = re.findall(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)*", text)
        used: set[int] = set()
        for nm in names:
            start = 0
            while (i := text.find(nm, start)) >= 0:
                start = i + 1
                if i in used:
                    continue
                used.add(i)
                p = most_populous(nm)
                if p is not None:
                    out.append((i, i + len(nm), p))
        return sorted(out, key=lambda x: x[0])

    return run


def evaluate(gold: str | Path, gp: Geoparser) -> list[dict[str, Any]]:
    """Rows of figures for ours and both baselines on a geo.jsonl or an articles gold.jsonl.

    >>> rows = evaluate("geo.jsonl", get_geoparser())  # doctest: +SKIP
    """
    path = Path(gold)
    recs = _read_jsonl(path)
    systems = {"frontwatch": ours(gp), "most-populous": populous_baseline(gp), "geotext+populous": library_baseline(gp)}
    is_events = bool(recs) and "article" in recs[0] and "text" not in recs[0]
    rows = []
    for name, sysf in systems.items():
        sc = score_events(path, sysf, frozenset(gp.core)) if is_events else score_sentences(recs, sysf)
        rows.append(sc.row(name))
    return rows


__all__ = ["Scores", "evaluate", "haversine_km", "library_baseline", "ours", "populous_baseline",
           "score_events", "score_sentences"]
