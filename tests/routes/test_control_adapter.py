"""Routing against the real control timeline (pack snapshot + one capture event): adapters and cut_by evidence."""

from __future__ import annotations

import datetime as dt

from frontwatch.control import ControlTimeline, territory_snapshot
from frontwatch.routes import changes_from_timeline, from_snapshot, from_timeline, route, routes_cut
from frontwatch.theatre import load_theatre

CAPTURE = {"id": "e1", "date": "2015-06-15", "date_end": "2015-06-15", "date_precision": "day",
           "event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory", "actor1": "YPG/SDF",
           "actor2": "Islamic State", "location": "Tal Abyad", "country": "SY", "latitude": 36.696,
           "longitude": 38.954, "geo_precision": 1, "tags": [], "confidence": 0.8, "article_id": "a1",
           "evidence": "Kurdish forces took Tal Abyad from the jihadists.", "source": "wire", "url": "http://x/1"}


def timeline():
    return ControlTimeline.build(load_theatre("syria-iraq"), [CAPTURE])


def test_snapshot_and_timeline_adapters_agree():
    tl = timeline()
    day = dt.date(2015, 7, 1)
    assert from_snapshot(territory_snapshot(tl, day))(36.696, 38.954) == "YPG/SDF"
    assert from_timeline(tl)(day)(36.696, 38.954) == "YPG/SDF"
    assert from_timeline(tl)(dt.date(2015, 6, 1))(36.696, 38.954) == "Islamic State"
    assert from_timeline(tl) is from_timeline(tl)  # one cached adapter per timeline


def test_changes_quote_the_event_evidence():
    tl = timeline()
    ch = changes_from_timeline(tl, [CAPTURE])(dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert [(c.place, c.actor_from, c.actor_to, c.event_id) for c in ch] == [
        ("Tal Abyad", "Islamic State", "YPG/SDF", "e1")]
    assert ch[0].evidence.startswith("Kurdish forces took Tal Abyad") and ch[0].url == "http://x/1"


def test_route_to_the_border_is_cut_by_the_capture():
    r = route("Raqqa", "Akcakale", "IS", dt.date(2015, 7, 1), timeline(), through="unknown",
              vs=dt.date(2015, 6, 1))
    assert r["found"] is False
    assert r["vs"]["found"] and r["vs"]["via"][-1] == "Akcakale" and "Tal Abyad" in r["vs"]["via"]
    assert [(c["place"], c["actor_to"], c["event_id"]) for c in r["cut_by"]] == [("Tal Abyad", "YPG/SDF", "e1")]


def test_default_vs_date_comes_from_the_timeline():
    r = route("Raqqa", "Akcakale", "IS", dt.date(2015, 7, 1), timeline(), through="unknown")
    assert r["vs"]["date"] == "2015-06-14" and r["cut_by"][0]["place"] == "Tal Abyad"


def test_routes_cut_over_the_real_timeline_runs_and_is_consistent():
    rep = routes_cut("YPG/SDF", dt.date(2015, 1, 1), dt.date(2015, 12, 31), timeline(), n_towns=6,
                     through="unknown")
    assert "Qamishli" in rep["towns"] and rep["change_days"] == 1
    assert rep["cuts"] == []  # YPG only gained ground that year: none of its routes can have got longer

