"""Store: migrations, transactions, idempotent writes, coordinate checks."""

import datetime as dt

import pytest

from frontwatch.errors import StoreError
from frontwatch.records import Quarantined
from frontwatch.store import ArticleBatchItem, EventFilter, open_store
from frontwatch.store.migrations import LATEST

from ._records import article as _article
from ._records import event as _event


def test_new_database_is_at_latest_schema(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    assert st.schema_version() == LATEST
    st.close()
    # reopening does not re-run migrations (would fail on CREATE TABLE)
    st = open_store(tmp_path / "x.duckdb")
    assert st.schema_version() == LATEST


def test_a_schema_5_store_is_rebuilt_without_keys_and_keeps_its_rows(tmp_path, monkeypatch):
    import frontwatch.store as store_module
    from frontwatch.fuse import fused_id
    from frontwatch.store.migrations import MIGRATIONS

    batch = [ArticleBatchItem(_article(1), b"s1", [_event("a1", "e1")]),
             ArticleBatchItem(_article(2), None, [_event("a2", "e2", date=dt.date(2016, 1, 1))])]
    with monkeypatch.context() as m:  # a store written by frontwatch before migration 6
        m.setattr(store_module, "MIGRATIONS", [mg for mg in MIGRATIONS if mg[0] <= 5])
        m.setattr(store_module, "LATEST", 5)
        m.setattr(store_module.Store, "update_fusion", lambda self, ids: None)  # today's fusion writes columns of 7
        with open_store(tmp_path / "x.duckdb") as st:
            st.add_batch(batch)
            cols = ", ".join(c for c in store_module.EVENT_COLUMNS if c != "id")
            for eid in ("e1", "e2"):  # each event its own fused event, as fusion stored it then
                st.execute(f"INSERT INTO fused_events (id, {cols}, n_sources, sources) SELECT ?, {cols}, 1, '[]' "
                           "FROM events WHERE id = ?", (fused_id([eid]), eid))
                st.execute("UPDATE events SET fused_id = ? WHERE id = ?", (fused_id([eid]), eid))
            assert st.schema_version() == 5
            before = (st.counts(), st.events(EventFilter(raw=True)), st.events(EventFilter()), st.articles())
            assert st.query("SELECT count(*) AS n FROM duckdb_indexes() WHERE table_name = 'events'")[0]["n"] == 2
    with open_store(tmp_path / "x.duckdb") as st:
        assert st.schema_version() == LATEST
        assert (st.counts(), st.events(EventFilter(raw=True)), st.events(EventFilter()), st.articles()) == before
        grown = "('articles', 'events', 'claims', 'fused_events')"
        # (plain indexes for reads by id, migrations 8 and 10, that a batch load drops and builds again)
        assert {r["index_name"] for r in st.query(f"SELECT index_name FROM duckdb_indexes() WHERE table_name IN "
                                                  f"{grown}")} == {"events_id", "articles_id", "fused_events_id"}
        assert st.query(f"SELECT table_name FROM duckdb_constraints() WHERE table_name IN {grown} "
                        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')") == []
        # Each cluster fused before was a whole component; without keys, writing the same batch again still adds
        # nothing, and the database's checks still hold.
        assert st.query("SELECT count(*) AS n FROM fused_events WHERE component = id")[0]["n"] == 2
        st.add_batch(batch)
        assert st.counts() == before[0]
        with pytest.raises(Exception, match="CHECK constraint"):
            st.execute("UPDATE events SET latitude = 123")


def test_batch_round_trip_in_contract_shape(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([ArticleBatchItem(_article(), b"sig", [_event()])])
    (ev,) = st.events(EventFilter(raw=True))
    assert ev["persons"] == [{"name": "Abu X", "role": "killed", "affiliation": "Islamic State", "position": "emir"}]
    assert ev["tags"] == ["route_cut"]
    assert ev["evidence_span"] == [0, 19]
    assert ev["date"] == "2015-06-15"
    assert list(st.known_articles()) == [("a1", "h1", b"sig")]


def test_rewriting_the_same_batch_changes_nothing(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    q = Quarantined("bad.jsonl", "not JSON", line=3)
    for _ in range(2):
        st.add_batch([ArticleBatchItem(_article(), None, [_event()])], quarantined=[q])
    assert st.counts() == {"articles": 1, "duplicates": 0, "quarantine": 1, "events": 1, "fused_events": 1,
                          "claims": 0}


def test_failed_batch_leaves_nothing(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    bad = _event(eid="e2", latitude=123.0)
    with pytest.raises(StoreError, match="latitude"):
        st.add_batch([ArticleBatchItem(_article(), None, [_event(), bad])])
    assert st.counts()["articles"] == 0
    assert st.counts()["events"] == 0


def test_filters(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([
        ArticleBatchItem(_article(1), None, [_event("a1", "e1")]),
        ArticleBatchItem(_article(2), None, [_event("a2", "e2", date=dt.date(2016, 1, 1), date_end=dt.date(2016, 1, 1),
                                                      actor1="Iraqi government forces", country="IQ",
                                                      event_type="Explosions/Remote violence",
                                                      sub_event_type="Air/drone strike", tags=[])]),
    ])
    assert [e["id"] for e in st.events(EventFilter(country="iq", raw=True))] == ["e2"]
    assert [e["id"] for e in st.events(EventFilter(since=dt.date(2015, 12, 1), raw=True))] == ["e2"]
    assert [e["id"] for e in st.events(EventFilter(until=dt.date(2015, 12, 1), raw=True))] == ["e1"]
    assert [e["id"] for e in st.events(EventFilter(actor="ypg/sdf", raw=True))] == ["e1"]
    assert [e["id"] for e in st.events(EventFilter(event_type="Air/drone strike", raw=True))] == ["e2"]
    assert [e["id"] for e in st.events(EventFilter(tag="route_cut", raw=True))] == ["e1"]
    assert len(st.events(EventFilter(limit=1))) == 1


def test_newer_schema_is_refused(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    st.execute("INSERT INTO schema_version VALUES (?, ?)", (LATEST + 1, dt.datetime.now()))
    st.close()
    with pytest.raises(StoreError, match="upgrade frontwatch"):
        open_store(tmp_path / "x.duckdb")


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "x.duckdb")


def test_pages_and_counts_agree(tmp_path):
    st = open_store(tmp_path / "x.duckdb")
    items = [ArticleBatchItem(_article(i), None, [_event(f"a{i}", f"e{i}", date=dt.date(2015, 1, i),
                                                          date_end=dt.date(2015, 1, i))]) for i in range(1, 8)]
    st.add_batch(items)
    everything = [e["id"] for e in st.events(EventFilter(raw=True))]
    pages = [e["id"] for off in (0, 3, 6) for e in st.events(EventFilter(raw=True, limit=3, offset=off))]
    assert pages == everything and len(everything) == 7
    assert st.count_events(EventFilter(raw=True, since=dt.date(2015, 1, 5))) == 3


def test_reads_from_many_threads_run_on_their_own_cursors(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([ArticleBatchItem(_article(i), None, [_event(f"a{i}", f"e{i}")]) for i in range(1, 6)])
    expected = [e["id"] for e in st.events(EventFilter(raw=True))]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: [e["id"] for e in st.events(EventFilter(raw=True))], range(64)))
    assert all(r == expected for r in results)
    assert len(st._cursors) >= 2  # more than one thread got its own cursor
    st.close()


def test_page_reads_scattered_rows_by_id_and_close_rows_by_rowid(tmp_path, monkeypatch):
    import frontwatch.store as store_mod

    st = open_store(tmp_path / "x.duckdb")
    st.add_batch([ArticleBatchItem(_article(i), None, [_event(f"a{i}", f"e{i}", date=dt.date(2015, 6, 20 - i))])
                  for i in range(1, 7)])
    close = st.events(EventFilter(raw=True, limit=4, offset=1))
    monkeypatch.setattr(store_mod, "ROW_GROUP", 1)  # every row its own "row group": the id path
    scattered = st.events(EventFilter(raw=True, limit=4, offset=1))
    assert [e["id"] for e in close] == [e["id"] for e in scattered] == ["e5", "e4", "e3", "e2"]
    assert close == scattered
    st.close()
