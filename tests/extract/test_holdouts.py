"""The blind holdout sets (tests/fixtures/holdout*): well-formed, and scored no worse than when this session left
them (floors a little under the figures in the README, so that a change that loses what they measure fails)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.extract.evaluate import evaluate_claims, evaluate_events
from frontwatch.theatre import load_theatre

FIX = Path(__file__).parents[1] / "fixtures"
SETS = ["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
        "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
        "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
        "holdout23", "holdout24", "holdout25", "holdout26", "holdout27"]
CANONICAL = {"Islamic State", "Syrian government forces", "Russian forces", "US-led coalition", "United States",
             "Iraqi government forces", "Kurdish Peshmerga", "YPG/SDF", "Popular Mobilization Forces",
             "Sunni tribal forces", "Syrian rebels", "Jabhat al-Nusra", "Turkish forces", "Civilians", None}
# (the fourth to thirteenth sets were briefed with the pack's whole list of actors, the fourteenth to 21st
# with 23 of them, the 22nd with the development gold's and the conventions page's)
PACK = CANONICAL | {a.name for a in load_theatre("syria-iraq").actors}


@pytest.mark.parametrize("name", SETS)
def test_every_gold_line_cites_its_article_and_uses_the_gold_vocabulary(name):
    folder = FIX / name
    for kind in ("gold", "claims", "negatives"):
        for line in (folder / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            body = (folder / rec["article"]).read_text(encoding="utf-8")
            assert rec["evidence"] in body, (name, kind, rec["evidence"][:60])
            if kind == "gold":
                names = CANONICAL if name in ("holdout", "holdout2", "holdout3") else PACK
                assert rec["actor1"] in names and rec["actor2"] in names, rec


@pytest.mark.parametrize("name, f1, actors, negatives", [("holdout", 0.91, 0.86, 0), ("holdout2", 0.86, 0.77, 0),
                                                         ("holdout3", 0.91, 0.68, 0), ("holdout4", 0.85, 0.75, 1),
                                                         ("holdout5", 0.85, 0.63, 0), ("holdout6", 0.81, 0.85, 0),
                                                         ("holdout7", 0.91, 0.79, 0), ("holdout8", 0.87, 0.70, 1),
                                                         ("holdout9", 0.89, 0.80, 0), ("holdout10", 0.94, 0.75, 0),
                                                         ("holdout11", 0.94, 0.82, 1), ("holdout12", 0.85, 0.70, 0),
                                                         ("holdout13", 0.89, 0.64, 2), ("holdout14", 0.80, 0.46, 2),
                                                         ("holdout15", 0.83, 0.62, 2),
                                                         ("holdout16", 0.85, 0.77, 0), ("holdout17", 0.82, 0.73, 0),
                                                         ("holdout18", 0.88, 0.73, 0), ("holdout19", 0.72, 0.56, 3),
                                                         ("holdout20", 0.82, 0.58, 3), ("holdout21", 0.74, 0.64, 1),
                                                         ("holdout22", 0.74, 0.49, 4), ("holdout23", 0.83, 0.48, 2),
                                                         ("holdout24", 0.76, 0.47, 3), ("holdout25", 0.83, 0.52, 2),
                                                         ("holdout26", 0.85, 0.58, 1), ("holdout27", 0.80, 0.69, 1)])
def test_the_holdouts_score_no_worse_than_they_did(name, f1, actors, negatives):
    folder = FIX / name
    r = evaluate_events(folder / "gold.jsonl", folder, negatives_path=folder / "negatives.jsonl")
    assert r["overall"]["f1"] >= f1, r["overall"]
    assert r["fields"]["actors"] >= actors, r["fields"]
    # no future, denied or hypothetical sentence gives an event (holdout4, holdout8, holdout11, holdout16: one does;
    # holdout13, holdout14, holdout15 and holdout17: two; holdout19 and holdout20: three; holdout21: one; holdout22:
    # four of 24; holdout23: two of 25; holdout24: three of 21; holdout25: two of 23; holdout26: one of 24; holdout27:
    # one of 23)
    assert r["negatives"]["with_event"] <= negatives


def test_the_holdout_claims_are_found_as_well_as_they_were():
    assert evaluate_claims(FIX / "holdout" / "claims.jsonl")["overall"]["recall"] >= 0.95
    assert evaluate_claims(FIX / "holdout6" / "claims.jsonl")["overall"]["recall"] >= 0.75
    assert evaluate_claims(FIX / "holdout7" / "claims.jsonl")["overall"]["recall"] >= 0.9
    assert evaluate_claims(FIX / "holdout8" / "claims.jsonl")["overall"]["recall"] >= 0.8
    assert evaluate_claims(FIX / "holdout9" / "claims.jsonl")["overall"]["recall"] >= 0.8
    assert evaluate_claims(FIX / "holdout10" / "claims.jsonl")["overall"]["recall"] >= 0.8
    # (the blind sets' claims since the reported-figure fallback: numbers only)
    assert evaluate_claims(FIX / "holdout13" / "claims.jsonl")["overall"]["recall"] >= 0.93
    assert evaluate_claims(FIX / "holdout14" / "claims.jsonl")["overall"]["recall"] >= 0.7
    assert evaluate_claims(FIX / "holdout15" / "claims.jsonl")["overall"]["recall"] >= 0.75
    assert evaluate_claims(FIX / "holdout16" / "claims.jsonl")["overall"]["recall"] >= 0.6
    assert evaluate_claims(FIX / "holdout17" / "claims.jsonl")["overall"]["recall"] >= 0.6
    assert evaluate_claims(FIX / "holdout18" / "claims.jsonl")["overall"]["recall"] >= 0.7
    assert evaluate_claims(FIX / "holdout19" / "claims.jsonl")["overall"]["recall"] >= 0.65
    assert evaluate_claims(FIX / "holdout20" / "claims.jsonl")["overall"]["recall"] >= 0.5
    assert evaluate_claims(FIX / "holdout21" / "claims.jsonl")["overall"]["recall"] >= 0.6
    assert evaluate_claims(FIX / "holdout22" / "claims.jsonl")["overall"]["recall"] >= 0.15
    assert evaluate_claims(FIX / "holdout23" / "claims.jsonl")["overall"]["recall"] >= 0.25
    assert evaluate_claims(FIX / "holdout24" / "claims.jsonl")["overall"]["recall"] >= 0.2
    assert evaluate_claims(FIX / "holdout25" / "claims.jsonl")["overall"]["recall"] >= 0.6
    assert evaluate_claims(FIX / "holdout26" / "claims.jsonl")["overall"]["recall"] >= 0.75
    assert evaluate_claims(FIX / "holdout27" / "claims.jsonl")["overall"]["recall"] >= 0.9
