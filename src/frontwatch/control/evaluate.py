"""Score the control timeline against a gold table of (place, date, actor): overall and per-actor accuracy."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import FrontwatchError, InputError
from ..theatre import Theatre
from .timeline import ControlTimeline


def read_gold(path: str | Path) -> list[dict[str, str]]:
    """Gold rows (place, date, actor) from a CSV with a header or a JSONL file.

    Raises ``InputError`` naming the line of a row without one of the three fields.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "gold.csv"
    >>> _ = p.write_text("place,date,actor\\nMosul,2015-06-01,IS\\n")
    >>> read_gold(p)[0]["actor"]
    'IS'
    """
    p = Path(path)
    rows: list[dict[str, str]] = []
    with open(p, encoding="utf-8", newline="") as fh:
        if p.suffix.lower() in (".jsonl", ".json", ".ndjson"):
            for i, line in enumerate(fh, start=1):
                if line.strip():
                    try:
                        rows.append({**json.loads(line), "_line": str(i)})
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{p}:{i}: not JSON: {exc}") from None
        else:
            rows = [{**r, "_line": str(i)} for i, r in enumerate(csv.DictReader(fh), start=2)]
    for r in rows:
        missing = [k for k in ("place", "date", "actor") if not r.get(k)]
        if missing:
            raise InputError(f"{p}:{r['_line']}: missing {', '.join(missing)} (gold needs place,date,actor)")
    return rows


def _score(tl: ControlTimeline, theatre: Theatre, gold: list[dict[str, str]]) -> dict[str, Any]:
    per: dict[str, dict[str, int]] = {}
    details = []
    correct = 0
    for g in gold:
        want = theatre.actor(g["actor"]).name if g["actor"] not in ("unknown", "none") else None
        try:
            got_rows = tl.on(g["date"], place=g["place"])
            got = got_rows[0]["actor"] if got_rows else None
            note = ""
        except FrontwatchError as exc:
            got, note = None, str(exc)
        ok = got == want
        correct += ok
        s = per.setdefault(want or "unknown", {"n": 0, "correct": 0})
        s["n"] += 1
        s["correct"] += ok
        details.append({"place": g["place"], "date": g["date"], "gold": want, "predicted": got, "correct": ok,
                        **({"note": note} if note else {})})
    n = len(gold)
    return {"n": n, "correct": correct, "accuracy": round(correct / n, 4) if n else None,
            "per_actor": {a: {**v, "accuracy": round(v["correct"] / v["n"], 4)} for a, v in sorted(per.items())},
            "rows": details}


def evaluate_control(theatre: Theatre, events: list[dict[str, Any]], gold: list[dict[str, str]]) -> dict[str, Any]:
    """Accuracy of the timeline (snapshot + events) on the gold rows, next to the snapshot-alone baseline.

    >>> from frontwatch.theatre import load_theatre
    >>> evaluate_control(load_theatre("syria-iraq"), [], [{"place": "Mosul", "date": "2015-06-01",
    ...                  "actor": "IS"}])["accuracy"]
    1.0
    """
    report = _score(ControlTimeline.build(theatre, events), theatre, gold)
    base = _score(ControlTimeline.build(theatre, []), theatre, gold)
    report["baseline_snapshot_only"] = {"accuracy": base["accuracy"], "correct": base["correct"]}
    return report


def format_report(report: dict[str, Any]) -> str:
    """The report as a small text table.

    >>> from frontwatch.theatre import load_theatre
    >>> rep = evaluate_control(load_theatre("syria-iraq"), [], [{"place": "Mosul", "date": "2015-06-01", "actor": "IS"}])
    >>> format_report(rep).splitlines()[0]
    'control accuracy: 1/1 = 1.0  (snapshot alone: 1.0)'
    """
    lines = [f"control accuracy: {report['correct']}/{report['n']} = {report['accuracy']}"
             f"  (snapshot alone: {report['baseline_snapshot_only']['accuracy']})", "",
             f"{'actor':32s} {'n':>5s} {'correct':>8s} {'accuracy':>9s}"]
    for a, v in report["per_actor"].items():
        lines.append(f"{a:32s} {v['n']:5d} {v['correct']:8d} {v['accuracy']:9.3f}")
    wrong = [r for r in report["rows"] if not r["correct"]]
    if wrong:
        lines += ["", "wrong:"]
        lines += [f"  {r['date']} {r['place']}: gold {r['gold']}, got {r['predicted']}"
                  + (f" ({r['note']})" if r.get("note") else "") for r in wrong[:20]]
    return "\n".join(lines) + "\n"
