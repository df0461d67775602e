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


def _varied_store(path):
    """A DuckDB store of 240 raw events with varied text, places, actors, types, tags, dates and coordinates (some
    NULL), fused as they come."""
    import random

    rng = random.Random(11)
    places = [("Raqqa", "SY", 35.95, 39.01), ("Al Ḩirāk", "SY", 32.75, 36.3), ("Tall Abyad", "SY", 36.7, 38.95),
              ("Mosul", "IQ", 36.34, 43.13), (None, None, None, None), ("Hit", "IQ", 33.64, 42.83)]
    verbs = ["clashed with", "struck", "shelled", "took 50% of", "raided_the base of", "attacked"]
    actors = ["YPG/SDF", "Islamic State", "Iraqi government forces", "Syrian rebels", None]
    items = []
    for a in range(1, 25):
        events = []
        for k in range(10):
            name, cc, lat, lon = rng.choice(places)
            day = None if rng.random() < 0.05 else dt.date(2015, 6, 1) + dt.timedelta(days=rng.randrange(40))
            end = day and day + dt.timedelta(days=rng.randrange(3))
            a1, a2 = rng.choice(actors), rng.choice(actors)
            text = f"{a1 or 'Gunmen'} {rng.choice(verbs)} {a2 or 'civilians'} in {name or 'the desert'} on {day}."
            events.append(_event(f"a{a}", f"e{a}_{k}", date=day, date_end=end, actor1=a1, actor2=a2,
                                 assoc_actors=rng.sample(["Turkish forces", "US-led coalition"], rng.randrange(2)),
                                 location=name, country=cc, latitude=lat and lat + rng.uniform(-0.3, 0.3),
                                 longitude=lon and lon + rng.uniform(-0.3, 0.3), evidence=text,
                                 event_type=rng.choice(["Battles", "Explosions/Remote violence"]),
                                 tags=rng.sample(["route_cut", "siege"], rng.randrange(3)),
                                 evidence_span=None if k == 2 else (k * 90, k * 90 + len(text))))
        items.append(ArticleBatchItem(_article(a), None, events))
    st = open_store(path)
    st.add_batch(items)
    return st


LISTING_TEXTS = ["raqqa", "RAQQA", "ḩirāk", "al ḩ", "l ḩir", "in hit", " on ", "on 2015-06-1", "50%", "50", "_the",
                 "raided_", "%", "_", ".", "s.", "ck ", "forces", "forces shelled ypg", "desert on", "x", "hit",
                 "yp", "/sdf", "zzz", "tall abyad", "2015", " ", "state struck"]


def test_listing_index_gives_the_sql_answers(tmp_path):
    """Pages and counts from the in-memory listing index equal those of SQL, filter by filter (text needles within a
    word, across words, of punctuation only, with LIKE wildcards; boxes, actors, types, tags, dates, cursors)."""
    st = _varied_store(tmp_path / "idx.duckdb")
    assert st.enable_listing_index(wait=True)
    every = _ids(st.events(EventFilter(raw=True)))
    fused = _ids(st.events(EventFilter()))
    cases = [EventFilter(raw=raw, limit=lim, offset=off) for raw in (True, False) for lim in (1, 25)
             for off in (0, 30, 500)]
    cases += [EventFilter(raw=True, text=t, limit=50) for t in LISTING_TEXTS]
    cases += [EventFilter(text=t, limit=7, offset=3, since=dt.date(2015, 6, 10)) for t in LISTING_TEXTS[:8]]
    cases += [EventFilter(raw=True, bbox=b, limit=30) for b in ((38, 35, 40, 37), (36, 32, 44, 37.5), (0, 0, 1, 1),
                                                                (38.9, 36.4, 39.3, 37.0))]
    cases += [EventFilter(raw=True, actor=a, since=s, until=u, limit=10, offset=o)
              for a in ("YPG/SDF", "islamic state", "Turkish forces") for s, u in ((None, None),
              (dt.date(2015, 6, 12), dt.date(2015, 6, 25))) for o in (0, 12)]
    cases += [EventFilter(raw=True, event_type=t, country=c, tag=g, limit=20)
              for t in ("battles", "Explosions/Remote violence", "Non-state actor overtakes territory")
              for c in ("sy", "IQ", None) for g in ("siege", None)]
    cases += [EventFilter(raw=True, limit=9, after=every[i]) for i in (0, 50, 160, len(every) - 1)]
    cases += [EventFilter(limit=9, after=fused[i], text="in", bbox=(30, 30, 45, 40)) for i in (0, 40)]
    via_index = [(_ids(st.events(f)), st.count_events(f)) for f in cases]
    assert st.listing_index("events") is not None and st.listing_index("fused_events") is not None
    st._listing_on = False  # the SQL path
    via_sql = [(_ids(st.events(f)), st.count_events(f)) for f in cases]
    assert via_index == via_sql
    assert sum(1 for ids, _ in via_index if ids) > len(cases) // 2  # the cases find events
    st.close()


def test_listing_index_is_not_used_after_a_write(tmp_path):
    st = _varied_store(tmp_path / "w.duckdb")
    assert not st.listing_built()  # what /health reports: nothing built before the index is turned on
    st.enable_listing_index(wait=True)
    assert st.listing_built() and st.listing_built("events")
    f = EventFilter(raw=True, text="raqqa", limit=1000)
    before = st.count_events(f)
    st.add_batch([ArticleBatchItem(_article(30), None, [_event("a30", "e99", evidence="Shelling in Raqqa.")])])
    assert st.listing_index("events") is None  # stale: rebuilt in the background, SQL answers meanwhile
    assert st.count_events(f) == before + 1 and "e99" in _ids(st.events(f))
    st._build_listing("events")
    assert st.listing_index("events") is not None
    assert st.count_events(f) == before + 1 and "e99" in _ids(st.events(f))
    with pytest.raises(InputError, match="next_after"):
        st.events(EventFilter(raw=True, limit=5, after="no-such-event"))
    st.close()
