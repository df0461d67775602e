"""`frontwatch eval events|fusion|control` on fixtures written for the project (the demo corpus' gold is met)."""

import json
from pathlib import Path

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "src" / "frontwatch" / "data" / "demo"
FIX = ROOT / "tests" / "fixtures"


def test_demo_gold_is_met(cli):
    res = cli("eval", "events", str(FIX / "demo_gold.jsonl"), "--articles", str(DEMO), "--format", "json")
    r = json.loads(res.stdout)
    assert r["articles"] == 13
    assert r["overall"]["f1"] >= 0.85, r["overall"]
    assert r["overall"]["precision"] >= 0.85
    assert r["fields"]["date"] >= 0.9 and r["fields"]["location"] >= 0.9 and r["fields"]["actor1"] >= 0.8
    assert r["negatives"]["with_event"] == 0  # future / hypothetical / denied sentences give no event


def test_confidence_means_something(cli):
    res = cli("eval", "events", str(FIX / "demo_gold.jsonl"), "--articles", str(DEMO), "--format", "json")
    report = json.loads(res.stdout)
    bands = [b for b in report["confidence_bands"] if b["predicted"] >= 5]
    assert bands[-1]["precision"] >= bands[0]["precision"]
    # the confidence is a probability: far closer to the truth than a constant 0.5 would be
    assert report["confidence_brier"] < 0.1


def test_eval_table_format(cli):
    out = cli("eval", "events", str(FIX / "demo_gold.jsonl"), "--articles", str(DEMO)).stdout
    assert "overall" in out and "precision by confidence band" in out


def test_fusion_gold(cli):
    r = json.loads(cli("eval", "fusion", str(FIX / "fusion" / "gold.jsonl"), "--format", "json").stdout)
    assert r["matched"] == r["reports"] == 6
    assert (r["precision"], r["recall"]) == (1.0, 1.0)
    assert r["clusters_predicted"] == 3


def test_control_gold_on_demo(cli, tmp_path):
    db = str(tmp_path / "demo.duckdb")
    cli("demo", "--db", db, "--out", str(tmp_path / "out"))
    r = json.loads(cli("eval", "control", str(FIX / "demo_control_gold.csv"), "--db", db, "--format", "json").stdout)
    assert r["accuracy"] >= 0.85, r
    assert r["accuracy"] > r["baseline_snapshot_only"]["accuracy"]  # events improve on the snapshot alone


def test_claims_gold_on_demo(cli):
    r = json.loads(cli("eval", "claims", str(FIX / "demo_claims.jsonl"), "--articles", str(DEMO), "--format",
                       "json").stdout)
    assert r["overall"]["precision"] >= 0.9 and r["overall"]["recall"] >= 0.6, r["overall"]
