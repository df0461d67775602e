"""Control timeline: captures, withdrawals, sieges, conflicting claims and bad input, on a hand-made snapshot."""

from __future__ import annotations

import pytest

from frontwatch.control import ControlTimeline, load_snapshot
from frontwatch.control.timeline import SIEGE_DAYS
from frontwatch.errors import GeocodeError, InputError, TheatreError

from .conftest import ev


def build(theatre, snapshot, events):
    return ControlTimeline.build(theatre, events, snapshot=snapshot)


def holder(tl, date, place="Tal Abyad"):
    rows = tl.on(date, place=place)
    return rows[0]["actor"] if rows else None


def test_capture_flips_control_on_its_day(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("e1", "2015-06-15", "YPG/SDF")])
    assert holder(tl, "2015-06-14") == "Islamic State"
    assert holder(tl, "2015-06-15") == "YPG/SDF"
    row = tl.on("2015-07-01", place="Tal Abyad")[0]
    assert row["since"] == "2015-06-15" and row["evidence"] == ["e1"] and row["contested"] is False
    hist = tl.history("Tal Abyad")
    assert [(h["actor"], h["from"], h["to"]) for h in hist] == [
        ("Islamic State", "2015-01-01", "2015-06-15"), ("YPG/SDF", "2015-06-15", None)]
    assert tl.skipped == []


def test_snapshot_since_is_reported_until_first_change(theatre, snapshot):
    tl = build(theatre, snapshot, [])
    assert tl.on("2015-03-01", place="Ras al-Ayn")[0]["since"] == "2013-07"
    assert {r["place"] for r in tl.on("2015-03-01", actor="ISIS")} == {"Tal Abyad", "Ain Issa"}


def test_month_precision_capture_takes_effect_at_range_end(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("m1", "2015-06-01", "YPG/SDF", precision="month", date_end="2015-06-30")])
    assert holder(tl, "2015-06-29") == "Islamic State"
    assert holder(tl, "2015-06-30") == "YPG/SDF"
    assert tl.history("Tal Abyad")[1]["from_earliest"] == "2015-06-01"


def test_conflicting_same_day_claims_are_contested_with_both_ids(theatre, snapshot):
    events = [ev("y1", "2015-06-15", "YPG/SDF", confidence=0.8),
              ev("s1", "2015-06-15", "Syrian government forces", confidence=0.6)]
    tl = build(theatre, snapshot, events)
    row = tl.on("2015-06-16", place="Tal Abyad")[0]
    assert row["actor"] == "YPG/SDF"  # higher confidence wins
    assert row["contested"] is True
    assert sorted(row["evidence"]) == ["s1", "y1"]


def test_day_precision_beats_month_precision(theatre, snapshot):
    events = [ev("m1", "2015-06-01", "Syrian government forces", precision="month", date_end="2015-06-30",
                 confidence=0.9),
              ev("d1", "2015-06-15", "YPG/SDF", confidence=0.5)]
    tl = build(theatre, snapshot, events)
    row = tl.on("2015-07-01", place="Tal Abyad")[0]
    assert row["actor"] == "YPG/SDF" and row["contested"] is True and set(row["evidence"]) == {"m1", "d1"}


def test_allied_joint_claims_are_not_contested(theatre, snapshot):
    events = [ev("y1", "2015-06-15", "YPG/SDF"), ev("c1", "2015-06-15", "US-led coalition")]
    tl = build(theatre, snapshot, events)
    assert tl.on("2015-06-20", place="Tal Abyad")[0]["contested"] is False


def test_repeated_reports_of_same_capture_add_evidence_not_periods(theatre, snapshot):
    events = [ev("e1", "2015-06-15", "YPG/SDF"), ev("e2", "2015-06-20", "YPG/SDF")]
    tl = build(theatre, snapshot, events)
    assert len(tl.history("Tal Abyad")) == 2
    assert tl.history("Tal Abyad")[1]["evidence"] == ["e1", "e2"]


def test_event_before_snapshot_is_skipped_with_reason(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("old", "2014-06-01", "YPG/SDF"),
                                   ev("conf", "2014-02-01", "Islamic State", actor2="Syrian rebels")])
    assert holder(tl, "2015-02-01") == "Islamic State"
    reasons = {s["id"]: s["reason"] for s in tl.skipped}
    assert "before the snapshot" in reasons["old"]
    assert "confirms the snapshot" in reasons["conf"]
    assert tl.history("Tal Abyad")[0]["evidence"] == ["conf"]


def test_capture_without_coordinates_is_skipped(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("nc", "2015-06-15", "YPG/SDF", lat=None, lon=None)])
    assert holder(tl, "2015-07-01") == "Islamic State"
    assert tl.skipped[0]["id"] == "nc" and "no coordinates" in tl.skipped[0]["reason"]


def test_unknown_actor_is_skipped(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("ua", "2015-06-15", "Martian Legion")])
    assert holder(tl, "2015-07-01") == "Islamic State"
    assert "Martian Legion" in tl.skipped[0]["reason"]


def test_actor_that_cannot_hold_territory_is_skipped(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("cv", "2015-06-15", "Civilians")])
    assert holder(tl, "2015-07-01") == "Islamic State" and "cannot hold territory" in tl.skipped[0]["reason"]


def test_non_holding_loser_is_ignored_not_skipped(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("e1", "2015-06-15", "YPG/SDF", actor2="US-led coalition")])
    assert holder(tl, "2015-06-16") == "YPG/SDF" and tl.skipped == []


def test_region_level_location_is_skipped(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("rg", "2015-06-15", "YPG/SDF", place="Raqqa Governorate", lat=35.5,
                                      lon=38.5, geo_precision=3)])
    assert len(tl.places) == 4 and "region" in tl.skipped[0]["reason"]


def test_capture_at_untracked_place_adds_it(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("nw", "2015-06-10", "YPG/SDF", place="Suluk", lat=36.58, lon=39.06)])
    assert holder(tl, "2015-06-11", "Suluk") == "YPG/SDF"
    assert holder(tl, "2015-06-09", "Suluk") == "Islamic State"  # inferred from actor2
    assert tl.history("Suluk")[0]["kind"] == "inferred"


def test_match_by_name_and_by_distance(theatre, snapshot):
    # Same name 20 km off (geocoded to another point) still matches by name ...
    tl = build(theatre, snapshot, [ev("n1", "2015-06-15", "YPG/SDF", place="Tall Abyad", lat=36.85, lon=38.95)])
    assert holder(tl, "2015-06-16") == "YPG/SDF"
    # ... and an unnamed point 3 km away matches by distance.
    tl = build(theatre, snapshot, [ev("d1", "2015-06-15", "YPG/SDF", place=None, lat=36.71, lon=38.98)])
    assert holder(tl, "2015-06-16") == "YPG/SDF"


def test_withdrawal_hands_over_to_actor2_or_unknown(theatre, snapshot):
    w = dict(sub="Non-violent transfer of territory", event_type="Strategic developments", tags=["withdrawal"])
    tl = build(theatre, snapshot, [ev("w1", "2015-06-15", "Islamic State", actor2=None, **w)])
    assert tl.on("2015-06-16", place="Tal Abyad")[0]["actor"] is None
    tl = build(theatre, snapshot, [ev("w2", "2015-06-15", "Islamic State", actor2="YPG/SDF", **w)])
    assert holder(tl, "2015-06-16") == "YPG/SDF"
    # A withdrawal by someone who did not hold the town is inconsistent: skipped, not applied.
    tl = build(theatre, snapshot, [ev("w3", "2015-06-15", "Syrian rebels", actor2=None, **w)])
    assert holder(tl, "2015-06-16") == "Islamic State"
    assert "held by Islamic State" in tl.skipped[0]["reason"]


def test_siege_marks_contested_without_changing_holder_and_lapses(theatre, snapshot):
    s = dict(sub="Armed clash", tags=["siege"], place="Hasakah", lat=36.502, lon=40.748,
             actor2="Syrian government forces")
    tl = build(theatre, snapshot, [ev("s1", "2015-06-25", "Islamic State", **s)])
    row = tl.on("2015-07-01", place="Hasakah")[0]
    assert row["actor"] == "Syrian government forces" and row["contested"] is True and row["evidence"] == ["s1"]
    assert tl.on("2015-06-24", place="Hasakah")[0]["contested"] is False
    import datetime as dt

    after = (dt.date(2015, 6, 25) + dt.timedelta(days=SIEGE_DAYS + 1)).isoformat()
    assert tl.on(after, place="Hasakah")[0]["contested"] is False


def test_contested_snapshot_entry_lasts_until_an_event_settles_it(theatre, snapshot):
    day, places, states = snapshot
    states = [states[0], states[1], states[2], ("Syrian government forces", True, "")]  # Hasakah contested
    tl = ControlTimeline.build(theatre, [], snapshot=(day, places, states))
    assert tl.on("2016-06-01", place="Hasakah")[0]["contested"] is True  # no lapse without evidence
    lift = dict(place="Hasakah", lat=36.502, lon=40.748, sub="Government regains territory", actor2="Islamic State")
    tl = ControlTimeline.build(theatre, [ev("g1", "2015-07-10", "Syrian government forces", **lift)],
                               snapshot=(day, places, states))
    assert tl.on("2015-07-09", place="Hasakah")[0]["contested"] is True
    assert tl.on("2015-07-10", place="Hasakah")[0]["contested"] is False
    assert tl.history("Hasakah")[-1]["kind"] == "siege lifted"


def test_holder_capture_ends_a_siege(theatre, snapshot):
    s = dict(sub="Armed clash", tags=["siege"], place="Hasakah", lat=36.502, lon=40.748)
    lift = dict(place="Hasakah", lat=36.502, lon=40.748, sub="Government regains territory",
                actor2="Islamic State")
    tl = build(theatre, snapshot, [ev("s1", "2015-06-25", "Islamic State", **s),
                                   ev("g1", "2015-07-10", "Syrian government forces", **lift)])
    assert tl.on("2015-07-09", place="Hasakah")[0]["contested"] is True
    row = tl.on("2015-07-11", place="Hasakah")[0]
    assert row["contested"] is False and row["evidence"] == ["g1"]
    assert tl.history("Hasakah")[-1]["kind"] == "siege lifted"


def test_changes_lists_control_changes_in_window(theatre, snapshot):
    tl = build(theatre, snapshot, [ev("e1", "2015-06-15", "YPG/SDF"),
                                   ev("e2", "2015-08-01", "YPG/SDF", place="Ain Issa", lat=36.385, lon=38.86)])
    ch = tl.changes("2015-06-01", "2015-06-30")
    assert [(c["place"], c["from_actor"], c["to_actor"], c["evidence"]) for c in ch] == [
        ("Tal Abyad", "Islamic State", "YPG/SDF", ["e1"])]
    assert len(tl.changes("2015-01-01", "2015-12-31")) == 2


def test_query_errors(theatre, snapshot):
    tl = build(theatre, snapshot, [])
    with pytest.raises(InputError, match="known from 2015-01-01"):
        tl.on("2014-12-31")
    with pytest.raises(TheatreError, match="known actors"):
        tl.on("2015-02-01", actor="Martians")
    with pytest.raises(GeocodeError, match="did you mean: Tal Abyad"):
        tl.history("Tal Abyar")


def test_garbage_fields_never_crash(theatre, snapshot):
    bad = [ev("b1", "not a date", "YPG/SDF"), ev("b2", "2015-06-15", None),
           ev("b3", "2015-06-15", "YPG/SDF", lat="x", lon="y"), {"id": "b4"}, {}]
    tl = build(theatre, snapshot, bad)
    assert holder(tl, "2015-07-01") == "Islamic State"
    assert {s["id"] for s in tl.skipped} == {"b1", "b2", "b3"}


def test_shipped_snapshot_is_well_formed(theatre):
    day, places, states = load_snapshot(theatre)
    assert 150 <= len(places) <= 300
    names = {a.name for a in theatre.actors}
    assert all(a in names for a, _c, _s in states)
    assert all(p.country in ("SY", "IQ") and 29 < p.latitude < 38 and 35 < p.longitude < 49 for p in places)
    assert all(p.source for p in places)
    tl = ControlTimeline.build(theatre, [])
    assert tl.on(day, place="Mosul")[0]["actor"] == "Islamic State"
    kob = tl.on(day, place="Kobane")[0]
    assert kob["actor"] == "YPG/SDF" and kob["contested"] is True
    assert tl.on(day, place="Palmyra")[0]["actor"] == "Syrian government forces"


def test_changes_hide_contested_only_changes_unless_asked(theatre, snapshot):
    s = dict(sub="Armed clash", tags=["siege"], place="Hasakah", lat=36.502, lon=40.748)
    tl = build(theatre, snapshot, [ev("s1", "2015-06-25", "Islamic State", **s), ev("e1", "2015-06-15", "YPG/SDF")])
    assert [c["place"] for c in tl.changes("2015-01-01", "2015-12-31")] == ["Tal Abyad"]
    kinds = [(c["place"], c["kind"]) for c in tl.changes("2015-01-01", "2015-12-31", include_contested=True)]
    assert kinds == [("Tal Abyad", "capture"), ("Hasakah", "siege"), ("Hasakah", "siege lapsed")]


def test_workspace_timeline_reads_only_territorial_events_with_the_same_result(demo_db):
    """``Workspace.timeline`` reads captures, transfers, withdrawals and sieges only (not every fused event), and
    builds exactly the timeline that all events give."""
    import frontwatch
    from frontwatch.control import ControlTimeline

    with frontwatch.open(demo_db) as ws:
        every = ws.events()
        narrow = list(ws.store.events_of_kinds(["Non-state actor overtakes territory", "Government regains territory",
                                           "Non-violent transfer of territory"], ["withdrawal", "siege"]))
        tl, full = ws.timeline(), ControlTimeline.build(ws.theatre, every)
    assert 0 < len(narrow) < len(every)  # the demo has both kinds: the narrowing does something
    assert any("siege" in (e["tags"] or []) for e in narrow)
    assert [p.as_dict() for ps in tl.periods for p in ps] == [p.as_dict() for ps in full.periods for p in ps]
    assert tl.skipped == full.skipped and len(tl.places) == len(full.places)
