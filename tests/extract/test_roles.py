"""The actor-role re-ranker: the shipped model loads and matches the module, scores are deterministic, and an
override happens above the threshold only, never onto the other slot's actor."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from frontwatch.extract import roles
from frontwatch.records import Event, Mention, Sentence
from frontwatch.theatre import load_theatre

TEXT = ("Islamic State fighters attacked an army post near Hit on Monday. "
        "A suicide bomber killed nine soldiers at the gate, officials said.")
S1 = TEXT.index("A suicide")


def _article() -> roles._Article:
    th = load_theatre("syria-iraq")
    mentions = [Mention("Islamic State fighters", 0, 22, "actor", "Islamic State"),
                Mention("army", TEXT.index("army"), TEXT.index("army") + 4, "actor", "Iraqi government forces")]
    sentences = [Sentence(TEXT[:S1 - 1], 0, S1 - 1), Sentence(TEXT[S1:], S1, len(TEXT))]
    return roles.read_article(TEXT, mentions, sentences, th)


def _event(actor1: str | None, actor2: str | None) -> Event:
    return Event(id="e", date=dt.date(2015, 5, 18), date_end=dt.date(2015, 5, 18), date_precision="day",
                 event_type="Explosions/Remote violence", sub_event_type="Suicide bomb", actor1=actor1, actor2=actor2,
                 evidence=TEXT[S1:], evidence_span=(S1, len(TEXT)))


def _model(threshold: float) -> roles.RolesModel:
    # a hand-made model: the article's main armed group is the one that acted; nothing else matters
    w = [0.0] * len(roles.FEATURES)
    w[roles.FEATURES.index("top_group")] = 5.0
    return roles.RolesModel({"actor1": w, "actor2": [0.0] * len(roles.FEATURES)}, threshold)


def test_shipped_model_loads_with_the_modules_features() -> None:
    model = roles.load_model("en")
    assert model is not None
    doc = json.loads((resources.files("frontwatch.extract") / "patterns" / "roles-en.json").read_text("utf-8"))
    assert tuple(doc["features"]) == roles.FEATURES
    assert set(doc["weights"]) == set(roles.SLOTS)
    assert 0.5 <= model.threshold < 1.0
    assert "leave_one_set_out" in doc["meta"]


def test_scores_are_deterministic() -> None:
    model, th, art = roles.load_model("en"), load_theatre("syria-iraq"), _article()
    assert model is not None
    ev = _event(None, "Iraqi government forces")
    first = [model.probabilities(s, roles.candidate_rows(ev, s, art, th)[1]) for s in (0, 1)]
    again = [model.probabilities(s, roles.candidate_rows(ev, s, art, th)[1]) for s in (0, 1)]
    assert first == again
    assert all(abs(sum(p) - 1.0) < 1e-9 for p in first)


def test_override_above_the_threshold_only() -> None:
    th, art = load_theatre("syria-iraq"), _article()
    ev = _event(None, "Iraqi government forces")
    assert roles.choose(ev, art, th, _model(0.5)) == ("Islamic State", "Iraqi government forces")
    assert roles.choose(ev, art, th, _model(0.999)) == (None, "Iraqi government forces")


def test_never_the_same_actor_in_both_slots() -> None:
    th, art = load_theatre("syria-iraq"), _article()
    w = [0.0] * len(roles.FEATURES)
    w[roles.FEATURES.index("top_group")] = 5.0
    model = roles.RolesModel({"actor1": w, "actor2": w}, 0.5)
    # both slots would take Islamic State: the overrides that made one side twice are undone
    assert roles.choose(_event(None, "Iraqi government forces"), art, th, model) == (None, "Iraqi government forces")
    # the rules' actor1 is no candidate for actor2 unless actor1 moves too
    model = roles.RolesModel({"actor1": [0.0] * len(roles.FEATURES), "actor2": w}, 0.5)
    assert roles.choose(_event("Islamic State", None), art, th, model) == ("Islamic State", None)


def test_candidates_are_canonical_actors_only() -> None:
    th = load_theatre("syria-iraq")
    mentions = [Mention("Hit", TEXT.index("Hit"), TEXT.index("Hit") + 3, "place", None),
                Mention("Abu Bakr", 0, 8, "person", None), Mention("Islamic State fighters", 0, 22, "actor", "Islamic State")]
    art = roles.read_article(TEXT, mentions, [Sentence(TEXT, 0, len(TEXT))], th)
    cands, _ = roles.candidate_rows(_event(None, None), 0, art, th)
    assert set(cands) == {None, "Civilians", "Islamic State"}


@pytest.mark.parametrize("slot", [0, 1])
def test_features_have_the_models_length(slot: int) -> None:
    th, art = load_theatre("syria-iraq"), _article()
    cands, xs = roles.candidate_rows(_event("Islamic State", None), slot, art, th)
    assert len(cands) == len(xs) and all(len(x) == len(roles.FEATURES) for x in xs)
