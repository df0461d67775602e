"""Consistency checks of the demo corpus (src/frontwatch/data/demo) and its gold files in tests/fixtures."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from frontwatch.theatre import load_theatre

DEMO = Path(str(resources.files("frontwatch") / "data" / "demo"))
FIXTURES = Path(__file__).parent / "fixtures"

#: ACLED event types and sub-event types the gold may use.
TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Chemical weapon",
        "Grenade",
    },
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Strategic developments": {
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Arrests",
        "Agreement",
        "Headquarters or base established",
        "Change to group/activity",
        "Disrupted weapons use",
        "Other",
    },
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
}
#: (south, west, north, east) of the theatre's core countries, a little generous at the edges.
BBOX = {"SY": (32.3, 35.6, 37.35, 42.4), "IQ": (29.0, 38.7, 37.4, 48.7)}
GOLD_FIELDS = {
    "article",
    "date",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "country",
    "latitude",
    "longitude",
    "fatalities_low",
    "fatalities_high",
    "persons",
    "tags",
    "evidence",
}


def _read_article(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n")
    assert sep, f"{path.name}: no blank line between header and body"
    header = dict(line.split(": ", 1) for line in head.splitlines())
    return {"header": header, "body": body, "published": dt.date.fromisoformat(header["published"])}


ARTICLES = {p.name: _read_article(p) for p in sorted(DEMO.glob("*.txt"))}


def _jsonl(name: str) -> list[dict]:
    with open(FIXTURES / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


GOLD = _jsonl("demo_gold.jsonl")
CLAIMS = _jsonl("demo_claims.jsonl")
NEGATIVES = _jsonl("demo_negatives.jsonl")


def test_thirteen_articles_with_exact_header():
    assert sorted(ARTICLES) == [f"{i:03d}.txt" for i in range(1, 14)]
    for name, art in ARTICLES.items():
        assert list(art["header"]) == ["title", "published", "source"], name
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["header"]["published"]), name
        assert 150 <= len(art["body"].split()) <= 300, name
        assert re.match(r"[A-Z][A-Z ,.a-z]*? - ", art["body"]), f"{name}: body should open with a dateline"


def test_every_article_has_gold_and_a_negative():
    counts = {name: sum(g["article"] == name for g in GOLD) for name in ARTICLES}
    assert all(3 <= n <= 7 for n in counts.values()), counts
    assert {n["article"] for n in NEGATIVES} == set(ARTICLES)


@pytest.mark.parametrize(
    "row", GOLD + CLAIMS + NEGATIVES, ids=lambda r: f"{r['article']}:{r['evidence'][:30]}"
)
def test_evidence_is_verbatim_in_body(row):
    assert row["article"] in ARTICLES
    assert row["evidence"] in ARTICLES[row["article"]]["body"]


def test_negatives_are_not_gold_evidence():
    gold = {(g["article"], g["evidence"]) for g in GOLD}
    assert not [n for n in NEGATIVES if (n["article"], n["evidence"]) in gold]


@pytest.mark.parametrize("g", GOLD, ids=lambda g: f"{g['article']}:{g['date']}:{g['location']}")
def test_gold_event_is_well_formed(g):
    assert GOLD_FIELDS <= set(g)
    published = ARTICLES[g["article"]]["published"]
    start, end = dt.date.fromisoformat(g["date"]), dt.date.fromisoformat(g["date_end"])
    assert start <= end <= published
    assert g["date_precision"] in {"day", "week", "month", "year"}
    assert g["sub_event_type"] in TAXONOMY[g["event_type"]]
    low, high = g["fatalities_low"], g["fatalities_high"]
    assert low is None or low >= 0
    assert high is None or (low is not None and low <= high)
    assert isinstance(g["tags"], list)
    if "background" not in g["tags"]:
        assert (published - start).days <= 14, "non-background events are recent"


@pytest.mark.parametrize("g", GOLD, ids=lambda g: f"{g['article']}:{g['date']}:{g['location']}")
def test_gold_coordinates_in_country_box(g):
    assert isinstance(g["latitude"], float) and isinstance(g["longitude"], float)
    if g["country"] in BBOX:
        s, w, n, e = BBOX[g["country"]]
        assert s <= g["latitude"] <= n and w <= g["longitude"] <= e, g["location"]
    else:
        assert g["country"] in load_theatre("syria-iraq").neighbours


def test_gold_actors_and_persons_are_in_the_pack():
    t = load_theatre("syria-iraq")
    actors = {a.name for a in t.actors}
    persons = {p.name for p in t.persons}
    for g in GOLD:
        assert g["actor1"] is not None or "not named" in g.get("note", ""), g  # empty only when the text says no one
        assert g["actor1"] is None or g["actor1"] in actors, g["actor1"]
        assert g["actor2"] is None or g["actor2"] in actors, g["actor2"]
        for p in g["persons"]:
            assert p["name"] in persons, p["name"]
            assert p["affiliation"] is None or p["affiliation"] in actors


def test_claims_shape():
    for c in CLAIMS:
        assert set(c) == {"article", "subject", "metric", "value", "unit", "evidence"}
        assert isinstance(c["value"], int | float) and c["value"] > 0
