"""Event listings on every backend: keyset pages (``after``), offset pages and cached counts agree."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.errors import InputError
from frontwatch.store import ArticleBatchItem, EventFilter, open_store

from ._records import article as _article
from ._records import event as _event


def _items() -> list[ArticleBatchItem]:
    """Twelve raw events over three articles: shared dates, a null date and null evidence starts (the order's
    tie-breakers all matter)."""
    out = []
    for a in range(1, 4):
        events = []
        for k in range(4):
            day = None if (a, k) == (2, 3) else dt.date(2015, 6, 10 + k % 2)
            events.append(_event(f"a{a}", f"e{a}{k}", date=day, date_end=day,
                                 evidence_span=None if k == 2 else (k * 10, k * 10 + 5)))
        out.append(ArticleBatchItem(_article(a), None, events))
    return out


@pytest.fixture
def store(store_url):
    st = open_store(store_url)
    st.add_batch(_items())
    yield st
    st.close()


def _ids(rows):
    return [r["id"] for r in rows]


def test_keyset_pages_walk_the_listing_once(store):
    everything = _ids(store.events(EventFilter(raw=True)))
    assert len(everything) == 12 and everything[-1] == "e23"  # the undated event comes last
    seen, after = [], None
    while True:
        page = _ids(store.events(EventFilter(raw=True, limit=5, after=after)))
        seen += page
        if len(page) < 5:
            break
        after = page[-1]
    assert seen == everything


def test_offset_pages_match_the_full_listing(store):
    everything = _ids(store.events(EventFilter(raw=True)))
    pages = [_ids(store.events(EventFilter(raw=True, limit=5, offset=o))) for o in (0, 5, 10)]
    assert sum(pages, []) == everything
    assert _ids(store.events(EventFilter(raw=True, limit=3, offset=2, after=everything[4]))) == everything[7:10]


def test_keyset_page_keeps_the_filters(store):
    june_10 = _ids(store.events(EventFilter(raw=True, until=dt.date(2015, 6, 10))))
    assert len(june_10) == 6
    assert _ids(store.events(EventFilter(raw=True, until=dt.date(2015, 6, 10), after=june_10[1]))) == june_10[2:]


def test_after_an_unknown_id_says_what_to_pass(store):
    with pytest.raises(InputError, match="next_after"):
        store.events(EventFilter(raw=True, limit=5, after="no-such-event"))


def test_count_follows_writes(store):
    f = EventFilter(raw=True, actor="YPG/SDF")
    assert store.count_events(f) == 12
    assert store.count_events(EventFilter(raw=True, actor="YPG/SDF", limit=2, after="e10")) == 12
    store.add_batch([ArticleBatchItem(_article(9), None, [_event("a9", "e90")])])
    assert store.count_events(f) == 13
    store.execute("DELETE FROM events WHERE id = ?", ("e90",))
    assert store.count_events(f) == 12


def test_pages_planned_from_day_counts_equal_plain_pages(tmp_path):
    """DuckDB bounds a page's dates with the cached per-day counts; the rows must be those of the plain query."""
    import random

    rng = random.Random(5)
    items = []
    for a in range(1, 31):
        events = []
        for k in range(6):
            day = None if rng.random() < 0.05 else dt.date(2015, 6, 1) + dt.timedelta(days=rng.randrange(20))
            end = day and day + dt.timedelta(days=rng.randrange(3))
            events.append(_event(f"a{a}", f"e{a}_{k}", date=day, date_end=end,
                                 actor1=rng.choice(["YPG/SDF", "Islamic State"])))
        items.append(ArticleBatchItem(_article(a), None, events))
    st = open_store(tmp_path / "plan.duckdb")
    st.add_batch(items)
    ids = _ids(st.events(EventFilter(raw=True)))
    cases = [EventFilter(raw=True, limit=lim, offset=off) for lim in (1, 7, 50) for off in (0, 3, 60, 170, 400)]
    cases += [EventFilter(raw=True, actor="Islamic State", since=dt.date(2015, 6, 8), until=dt.date(2015, 6, 15),
                          limit=4, offset=off) for off in (0, 5, 30)]
    cases += [EventFilter(raw=True, limit=9, after=ids[i]) for i in (0, 50, 160, len(ids) - 1)]
    planned = [_ids(st.events(f)) for f in cases] + [st.count_events(f) for f in cases]
    st.exclusive_writer = False  # the plain path: no day counts, no date bounds
    assert planned == [_ids(st.events(f)) for f in cases] + [st.count_events(f) for f in cases]
    assert any(planned[: len(cases)])
    st.close()
