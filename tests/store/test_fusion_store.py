"""Fusion inside the store: reports of one event from two articles become one fused event, incrementally."""

import datetime as dt

from frontwatch.records import Article, Event
from frontwatch.store import ArticleBatchItem, EventFilter, open_store


def _item(n: int, day: int, lat: float, conf: float, low: int | None, high: int | None, source: str) -> ArticleBatchItem:
    a = Article(id=f"a{n}", text=f"text {n}", published=dt.date(2016, 4, 20), source=source, content_hash=f"h{n}")
    e = Event(id=f"e{n}", date=dt.date(2016, 4, day), date_end=dt.date(2016, 4, day), date_precision="day",
              event_type="Battles", sub_event_type="Government regains territory",
              actor1="Iraqi government forces", actor2="Islamic State", location="Hit", country="IQ",
              latitude=lat, longitude=42.83, geo_precision=1, fatalities_low=low, fatalities_best=low,
              fatalities_high=high, article_id=a.id, source=source, evidence=f"sentence {n}",
              evidence_span=(0, 10), confidence=conf)
    return ArticleBatchItem(a, None, [e])


def test_two_reports_fuse_with_merged_fatalities(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 14, 33.63, 0.6, 10, 10, "Wire A")])
    assert len(st.events()) == 1
    st.add_batch([_item(2, 15, 33.66, 0.7, 12, None, "Wire B")])  # next-day report of the same recapture
    (f,) = st.events()
    assert f["n_sources"] == 2
    assert {s["event_id"] for s in f["sources"]} == {"e1", "e2"}
    assert f["fatalities_low"] == 12 and f["fatalities_high"] == 10  # max of lows, max of highs
    assert f["confidence"] > 0.7  # raised by an independent source
    assert len(st.events(EventFilter(raw=True))) == 2


def test_distinct_events_stay_apart(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 14, 33.63, 0.6, None, None, "A"), _item(2, 25, 33.63, 0.6, None, None, "B")])
    st.add_batch([_item(3, 14, 36.0, 0.6, None, None, "C")])  # far away
    assert len(st.events()) == 3


def test_a_bridge_report_merges_clusters_and_refuse_all_agrees(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 13, 33.63, 0.6, None, None, "A")])
    st.add_batch([_item(2, 15, 33.63, 0.6, None, None, "B")])
    assert len(st.events()) == 2  # two days apart: not the same
    st.add_batch([_item(3, 14, 33.63, 0.6, None, None, "C")])  # overlaps both
    incremental = st.events()
    assert len(incremental) == 1 and incremental[0]["n_sources"] == 3
    assert st.refuse_all() == 1
    assert st.events()[0]["id"] == incremental[0]["id"]
