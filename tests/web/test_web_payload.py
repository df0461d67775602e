"""The map page's Python side: dates, de-duplicated territory states, self-containment and size."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import frontwatch
from frontwatch.web import build_payload, map_dates, page_html, render_map_html


def test_dates_are_month_starts_between_the_ends() -> None:
    days = map_dates(dt.date(2015, 11, 20), dt.date(2016, 2, 3), dt.date(2015, 12, 24))
    assert [d.isoformat() for d in days] == ["2015-11-20", "2015-12-01", "2015-12-24", "2016-01-01", "2016-02-01",
                                             "2016-02-03"]


def test_payload_shares_states_between_unchanged_months(demo_db: Path) -> None:
    with frontwatch.open(demo_db) as ws:
        p = build_payload(ws)
    assert len(p["dates"]) == len(p["state_of_date"])
    assert 1 < len(p["states"]) < len(p["dates"])  # the demo has a handful of captures over ~20 months
    assert p["initial"] == len(p["dates"]) - 1
    n_edges = len(p["graph"]["edges"])
    assert all(len(s["edges"]) == n_edges for s in p["states"])
    assert max(max(s["edges"]) for s in p["states"]) < len(p["holder_sets"])
    assert all(f["properties"]["color"].startswith("#") for s in p["states"] for f in s["territory"]["features"])
    assert any(s["fronts"]["features"] for s in p["states"])
    ev = p["events"][0]
    assert ev["ev"] and ev["src"] and ev["date"] <= p["dates"][-1]


def test_period_and_initial_date_follow_the_arguments(demo_db: Path) -> None:
    with frontwatch.open(demo_db) as ws:
        p = build_payload(ws, date=dt.date(2016, 3, 28), start=dt.date(2016, 1, 1), end=dt.date(2016, 6, 30))
    assert p["dates"][0] == "2016-01-01" and p["dates"][-1] == "2016-06-30"
    assert p["dates"][p["initial"]] == "2016-03-28"
    assert all("2016-01-01" <= e["date"] <= "2016-06-30" for e in p["events"])


def test_page_is_self_contained_and_small(demo_db: Path) -> None:
    with frontwatch.open(demo_db) as ws:
        html = render_map_html(ws)
    assert html.startswith("<!doctype html>")
    # no remote scripts or styles in the markup (scripts are inline; links inside them are not loaded); the
    # browser tests check that the style has no glyphs, sprites or tile sources and that nothing is fetched
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", html, flags=re.S)
    assert "<script" not in markup and "<style" not in markup
    assert not re.search(r"https?://", markup)
    assert "maplibregl" in html and "frontwatchMap" in html
    assert len(html.encode()) < 5_000_000


def test_embedded_json_cannot_close_the_script() -> None:
    html = page_html({"dates": [], "note": "</script><script>alert(1)</script>"})
    data = html.split('<script id="fw-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data)["note"] == "</script><script>alert(1)</script>"


def test_rendering_is_cached_per_database_state(demo_db: Path) -> None:
    with frontwatch.open(demo_db) as ws:
        first = render_map_html(ws, date=dt.date(2016, 1, 1))
        assert render_map_html(ws, date=dt.date(2016, 1, 1)) is first
        assert render_map_html(ws, date=dt.date(2016, 2, 1)) is not first
