"""Score fusion against a gold clustering: pairwise precision and recall of "same real-world event".

The gold is a JSONL file beside its articles, one raw report per line: ``{"article", "evidence", "cluster"}``.
The articles are ingested into a fresh in-memory database (so fusion runs exactly as in production, article by
article); each gold line is matched to the raw event of that article whose evidence sentence is the same. Over
every pair of matched reports, a pair is a true positive when both gold and frontwatch put the two reports in
one event.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any


def _norm(s: str | None) -> str:
    return " ".join((s or "").split())


def evaluate_fusion(gold_path: Path, articles_dir: Path | None = None, theatre: str = "syria-iraq") -> dict[str, Any]:
    """Pairwise precision/recall/F1 of the fused clusters (see the module docstring)."""
    import frontwatch

    folder = articles_dir or gold_path.parent
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = sorted({g["article"] for g in gold})
    with frontwatch.open(":memory:", theatre) as ws:
        for name in names:  # one article at a time: incremental fusion, as when news arrives
            ws.ingest([folder / name])
        raw = ws.events(raw=True)
        origin = {a["id"]: Path(a["origin"] or "").name for a in ws.store.articles()}
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for e in raw:
        by_key.setdefault((origin.get(e["article_id"], ""), _norm(e["evidence"])), e)
    matched = []
    missing = []
    for g in gold:
        e = by_key.get((g["article"], _norm(g["evidence"])))
        (matched if e else missing).append((g, e))
    tp = fp = fn = 0
    for (g1, e1), (g2, e2) in itertools.combinations([m for m in matched], 2):
        same_gold = g1["cluster"] == g2["cluster"]
        same_pred = e1["fused_id"] == e2["fused_id"]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        "reports": len(gold), "matched": len(matched),
        "unmatched": [{"article": g["article"], "evidence": g["evidence"]} for g, _ in missing],
        "pairs": {"tp": tp, "fp": fp, "fn": fn},
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "clusters_gold": len({g["cluster"] for g in gold}),
        "clusters_predicted": len({e["fused_id"] for _, e in matched}),
    }


def format_report(r: dict[str, Any]) -> str:
    """The fusion report as plain text."""
    lines = [
        f"reports: {r['reports']} (matched to extracted events: {r['matched']})",
        f"clusters: gold {r['clusters_gold']}, frontwatch {r['clusters_predicted']}",
        f"pairwise precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
        f"(tp {r['pairs']['tp']}, fp {r['pairs']['fp']}, fn {r['pairs']['fn']})",
    ]
    lines += [f"  not extracted: {u['article']}: {u['evidence'][:90]}" for u in r["unmatched"]]
    return "\n".join(lines) + "\n"
