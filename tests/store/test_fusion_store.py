"""Fusion inside the store: reports of one event from two articles become one fused event, incrementally."""

import dataclasses
import datetime as dt

import pytest

from frontwatch.store import EventFilter, open_store

from ._records import hit_report as _item


def test_two_reports_fuse_with_merged_fatalities(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 13, 33.63, 0.6, 10, 10, "Wire A")])
    assert len(st.events()) == 1
    st.add_batch([_item(2, 14, 33.66, 0.7, 12, None, "Wire B")])  # next-day report of the same recapture
    (f,) = st.events()
    assert f["n_sources"] == 2
    assert {s["event_id"] for s in f["sources"]} == {"e1", "e2"}
    assert f["fatalities_low"] == 12 and f["fatalities_high"] == 10  # max of lows, max of highs
    assert f["confidence"] > 0.7  # raised by an independent source
    assert len(st.events(EventFilter(raw=True))) == 2


def test_a_pass_counts_what_it_re_fused(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 13, 33.63, 0.6, None, None, "A"), _item(3, 25, 33.63, 0.6, None, None, "C")])
    st.fusion_stats.clear()
    st.add_batch([_item(2, 14, 33.66, 0.7, None, None, "B")])  # joins e1's event; e3's is left alone
    assert (st.fusion_stats["new"], st.fusion_stats["refused"]) == (1, 2)
    assert st.fusion_stats["scope_s"] > 0 and st.fusion_stats["write_s"] > 0


def test_distinct_events_stay_apart(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 14, 33.63, 0.6, None, None, "A"), _item(2, 25, 33.63, 0.6, None, None, "B")])
    st.add_batch([_item(3, 14, 36.0, 0.6, None, None, "C")])  # far away
    assert len(st.events()) == 3


def test_a_bridge_report_merges_clusters_and_refuse_all_agrees(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([_item(1, 12, 33.63, 0.6, None, None, "A")])
    st.add_batch([_item(2, 14, 33.63, 0.6, None, None, "B")])
    assert len(st.events()) == 2  # two days apart: not the same
    st.add_batch([_item(3, 13, 33.63, 0.6, None, None, "C")])  # overlaps both (one window: 12-14 April)
    incremental = st.events()
    assert len(incremental) == 1 and incremental[0]["n_sources"] == 3
    assert st.refuse_all() == 1
    assert st.events()[0]["id"] == incremental[0]["id"]


def _month_report(n: int, source: str):
    """A report of fighting at Hit "in April" (a vague date), at the same point as ``_item``'s reports."""
    item = _item(n, 1, 33.63, 0.5, None, None, source)
    e = dataclasses.replace(item.events[0], date=dt.date(2016, 4, 1), date_end=dt.date(2016, 4, 30),
                            date_precision="month")
    return dataclasses.replace(item, events=[e])


@pytest.mark.parametrize("path", ["add_batch", "write_batch"])
def test_a_vague_report_leaves_a_cluster_when_a_second_event_makes_it_ambiguous(tmp_path, path):
    st = open_store(tmp_path / "x.duckdb")
    write = getattr(st, path)
    write([_item(1, 14, 33.63, 0.6, None, None, "A")])
    write([_month_report(2, "B")])
    (f,) = st.events()  # the one retaking it can mean: one event
    assert {s["event_id"] for s in f["sources"]} == {"e1", "e2"}
    write([_item(3, 28, 33.63, 0.6, None, None, "C")])  # a second retaking that month: which one is "April"?
    assert sorted(sorted(s["event_id"] for s in f["sources"]) for f in st.events()) == [["e1"], ["e2"], ["e3"]]
    before = sorted((f["id"], f["n_sources"]) for f in st.events())
    assert st.refuse_all() == 3 and sorted((f["id"], f["n_sources"]) for f in st.events()) == before


def _report(n: int, start: tuple[int, int], end: tuple[int, int], source: str, actor1: str | None = None):
    """``_item``'s report of Hit, over 2016 dates ``start``-``end`` (month, day), with its own ``actor1``."""
    item = _item(n, 1, 33.63, 0.5, None, None, source)
    e = dataclasses.replace(item.events[0], date=dt.date(2016, *start), date_end=dt.date(2016, *end),
                            actor1=item.events[0].actor1 if actor1 is None else actor1)
    return dataclasses.replace(item, events=[e])


def _sources(st) -> list[list[str]]:
    return sorted(sorted(s["event_id"] for s in f["sources"]) for f in st.events())


def test_a_vague_report_joins_when_a_new_report_merges_the_two_events_it_matched(tmp_path):
    # The 3-week report matches the retakings of 12 and 14 April, two events; a report of 12-15 April (not inside
    # the 3 weeks, so it does not match the vague one) makes them one, and the vague report joins it.
    st = open_store(tmp_path / "x.duckdb")
    st.write_batch([_item(1, 12, 33.63, 0.6, None, None, "A")])
    st.write_batch([_item(2, 14, 33.63, 0.6, None, None, "B")])
    st.write_batch([_report(3, (3, 25), (4, 14), "C")])
    assert _sources(st) == [["e1"], ["e2"], ["e3"]]
    st.write_batch([_report(4, (4, 12), (4, 15), "D")])
    assert _sources(st) == [["e1", "e2", "e3", "e4"]]
    assert st.refuse_all() == 1 and _sources(st) == [["e1", "e2", "e3", "e4"]]


def test_a_vague_report_that_leaves_an_event_joins_the_vague_reports_of_its_range(tmp_path):
    # "In April" (no actor) matches the retaking of the 14th; another "in April" by other forces matches neither
    # retaking, only the first vague report. A second retaking makes the first vague report ambiguous: it leaves
    # the 14th and joins the other vague report, which no new report matched.
    st = open_store(tmp_path / "x.duckdb")
    st.write_batch([_item(1, 14, 33.63, 0.6, None, None, "A")])
    st.write_batch([_report(2, (4, 1), (4, 30), "B", actor1="")])
    st.write_batch([_report(3, (4, 1), (4, 30), "C", actor1="Popular Mobilization Forces")])
    assert _sources(st) == [["e1", "e2"], ["e3"]]
    st.write_batch([_item(4, 28, 33.63, 0.6, None, None, "D")])
    assert _sources(st) == [["e1"], ["e2", "e3"], ["e4"]]
    assert st.refuse_all() == 3 and _sources(st) == [["e1"], ["e2", "e3"], ["e4"]]


def test_a_store_fused_by_older_rules_says_so_until_frontwatch_fuse_rebuilds_it(tmp_path):
    from frontwatch.store.migrations import MIGRATIONS

    st = open_store(tmp_path / "x.duckdb")
    st.write_batch([_item(1, 14, 33.63, 0.6, None, None, "A")])
    assert st.stale_fusion() is None  # a new store records today's rules
    st.execute("DROP TABLE store_meta")  # as before schema 9: the migration takes stored fused events as rules 1
    for sql in next(stmts for version, _, stmts in MIGRATIONS if version == 9):
        st.execute(sql)
    st.write_batch([_item(2, 14, 33.64, 0.6, None, None, "B")])
    assert "frontwatch fuse" in st.stale_fusion()
    assert st.refuse_all() == 1 and st.stale_fusion() is None
