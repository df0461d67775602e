"""The store contract on every backend: DuckDB and PostgreSQL give the same answers to the same writes."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from frontwatch.errors import StoreError
from frontwatch.records import Article, Claim, Quarantined
from frontwatch.store import ArticleBatchItem, EventFilter, open_store
from frontwatch.store.migrations import LATEST

from ._records import article as _article
from ._records import event as _event
from ._records import hit_report


def _report(n: int, day: int, lat: float, conf: float, low: int | None, high: int | None,
            source: str) -> ArticleBatchItem:
    """One article reporting the recapture of Hit, for fusion checks (ids apart from ``_article``'s)."""
    return hit_report(n, day, lat, conf, low, high, source, ids=("b", "r", "k"))





def _two_articles() -> list[ArticleBatchItem]:
    claim = Claim(id="c1", subject="Islamic State", metric="fighter strength", value=30000.0, unit="fighters",
                  date=dt.date(2015, 6, 1), article_id="a1", evidence="30,000 fighters", evidence_span=(3, 18))
    return [
        ArticleBatchItem(_article(1), b"\x00\x01sig", [_event("a1", "e1")], [claim]),
        ArticleBatchItem(_article(2), None, [_event("a2", "e2", date=dt.date(2016, 1, 1),
                                                    date_end=dt.date(2016, 1, 1), actor1="Iraqi government forces",
                                                    country="IQ", event_type="Explosions/Remote violence",
                                                    sub_event_type="Air/drone strike", tags=[],
                                                    assoc_actors=["US-led coalition"])]),
    ]


@pytest.fixture
def store(store_url):
    st = open_store(store_url)
    yield st
    st.close()


def test_migrations_reach_latest_and_reopen_cleanly(store_url):
    st = open_store(store_url)
    assert st.schema_version() == LATEST
    st.close()
    st = open_store(store_url)  # a second open must not re-run CREATE TABLE
    assert st.schema_version() == LATEST
    st.close()


def test_round_trip_keeps_bytes_dates_and_lists(store):
    store.add_batch(_two_articles())
    ev = store.events(EventFilter(raw=True, article_id="a1"))[0]
    assert ev["date"] == "2015-06-15" and ev["published"] is None
    assert ev["persons"] == [{"name": "Abu X", "role": "killed", "affiliation": "Islamic State", "position": "emir"}]
    assert ev["evidence_span"] == [0, 19]
    known = sorted(store.known_articles())
    assert known == [("a1", "h1", b"\x00\x01sig"), ("a2", "h2", None)]
    assert isinstance(known[0][2], bytes)
    assert store.article("a1")["published"] == dt.date(2015, 6, 1)
    assert store.claims("islamic state")[0]["date"] == "2015-06-01"


def test_add_batch_is_idempotent(store):
    q = Quarantined("bad.jsonl", "not JSON", line=3)
    dup = {"origin": "copy.txt", "duplicate_of": "a1", "kind": "exact", "similarity": 1.0}
    for _ in range(2):
        store.add_batch(_two_articles(), [dup], [q])
    assert store.counts() == {"articles": 2, "duplicates": 1, "quarantine": 1, "events": 2, "fused_events": 2,
                              "claims": 1}


def test_a_failing_batch_rolls_back_everything(store):
    with pytest.raises(StoreError, match="latitude"):
        store.add_batch([ArticleBatchItem(_article(), None, [_event(), _event(eid="e2", latitude=123.0)])])
    # A failure inside the database (NOT NULL) must roll back the rows written before it, too.
    with pytest.raises(Exception), store.transaction():  # noqa: B017,PT011 - each backend raises its own type
        store.execute("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?)",
                      ("q1", "x", 1, None, "bad", None, dt.datetime.now()))
        store.execute("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?)",
                      ("q2", "x", 2, None, None, None, dt.datetime.now()))
    assert store.counts()["articles"] == store.counts()["events"] == store.counts()["quarantine"] == 0
    store.add_batch(_two_articles())  # and the connection is usable afterwards
    assert store.counts()["events"] == 2


def test_filters(store):
    store.add_batch(_two_articles())

    def ids(**kw):
        return [e["id"] for e in store.events(EventFilter(raw=True, **kw))]

    assert ids(country="iq") == ["e2"]
    assert ids(since=dt.date(2015, 12, 1)) == ["e2"]
    assert ids(until=dt.date(2015, 12, 1)) == ["e1"]
    assert ids(actor="ypg/sdf") == ["e1"]
    assert ids(actor="us-led coalition") == ["e2"]
    assert ids(event_type="Air/drone strike") == ["e2"]
    assert ids(tag="route_cut") == ["e1"]
    assert ids() == ["e1", "e2"]
    assert len(store.events(EventFilter(limit=1))) == 1
    assert [e["article_id"] for e in store.events(EventFilter(limit=1, offset=1))] == ["a2"]


def test_events_of_kinds(store):
    store.add_batch(_two_articles())  # e1: tags ["route_cut"]; e2: an air strike without tags
    f1, f2 = (e["id"] for e in store.events())  # their fused events, in listing order
    sub1 = store.events(EventFilter(raw=True))[0]["sub_event_type"]

    def ids(subs, tags):
        return [e["id"] for e in store.events_of_kinds(subs, tags)]  # a generator

    assert ids(["Air/drone strike"], []) == [f2]
    assert ids([], ["route_cut"]) == [f1]
    assert ids([sub1, "Air/drone strike"], ["siege"]) == [f1, f2]
    assert ids([], ["route"]) == [] and ids([], []) == []  # whole tags only


def test_fusion_across_two_articles(store):
    store.add_batch([_report(1, 13, 33.63, 0.6, 10, 10, "Wire A")])
    store.add_batch([_report(2, 14, 33.66, 0.7, 12, None, "Wire B")])
    (f,) = store.events()
    assert f["n_sources"] == 2 and {s["event_id"] for s in f["sources"]} == {"r1", "r2"}
    assert f["fatalities_low"] == 12 and f["fatalities_high"] == 10
    store.add_batch([_report(3, 25, 33.63, 0.6, None, None, "Wire C")])  # ten days later: another event
    assert len(store.events()) == 2
    assert store.refuse_all() == 2


def test_backends_agree(tmp_path, pg_database):
    answers = []
    for url in (str(tmp_path / "x.duckdb"), pg_database()):
        with open_store(url) as st:
            st.add_batch(_two_articles())
            st.add_batch([_report(1, 13, 33.63, 0.6, 10, 10, "A"), _report(2, 14, 33.66, 0.7, 12, None, "B")])
            answers.append((st.events(), st.events(EventFilter(raw=True)), st.claims(), st.counts()))
    assert answers[0] == answers[1]


def test_concurrent_ingest_and_reads_on_postgres(pg_url):
    writer, reader = open_store(pg_url), open_store(pg_url)
    seen: list[int] = []
    errors: list[BaseException] = []

    def write() -> None:
        try:
            for i in range(1, 21):
                a = Article(id=f"w{i}", text=f"t{i}", published=dt.date(2015, 1, 1), content_hash=f"w{i}")
                writer.add_batch([ArticleBatchItem(a, None, [_event(a.id, f"we{i}", latitude=30 + i / 10)])])
        except BaseException as exc:  # surfaced by the assert below
            errors.append(exc)

    t = threading.Thread(target=write)
    t.start()
    while t.is_alive():
        # One statement reads one snapshot: a batch's article and event commit together, so counts match.
        (n,) = reader.query("SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM events) AS e")
        assert n["a"] == n["e"]
        seen.append(n["e"])
    t.join()
    assert not errors
    assert seen == sorted(seen)  # commits only ever add rows
    assert reader.counts()["events"] == 20
    writer.close()
    reader.close()
