"""The batch driver's DuckDB memory cap holds for a store of any size: while a run loads, no table has an index
or key (DuckDB holds a table's whole index in memory to insert into it; with the keys of articles and raw events a
fixed cap ran out at ~600k articles with 384 MB, and the fused events' key took ~110 MB at 1M articles)."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

from frontwatch.engine import ReadOptions, _open, plan_shards, process_shard, run_batch
from frontwatch.store import LOOKUP_INDEXES, open_store


def _limit_mib(store) -> float:
    value = store.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # e.g. '256.0 MiB'
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def _corpus(path, n: int = 40):
    path.write_text("".join(json.dumps({"text": f"Iraqi troops recaptured the town of Hit on Monday, officials said. "
                                                f"Report {i}.", "published": "2016-04-15"}) + "\n" for i in range(n)))
    return path


def _indexes(st) -> set[str]:
    return {r["index_name"] for r in st.query("SELECT index_name FROM duckdb_indexes()")}


def test_the_driver_sets_the_cap_it_is_given_but_never_under_its_working_room(tmp_path):
    for asked, want in (("512MiB", 512), ("1GB", 1024), ("64MiB", 256), ("16MB", 256)):
        store = _open(tmp_path / "cap.duckdb", asked)
        try:
            assert abs(_limit_mib(store) - want) < 1, asked
        finally:
            store.close()
    with pytest.raises(ValueError, match="duckdb_memory must look like"):
        _open(tmp_path / "cap.duckdb", "lots")
    with open_store(tmp_path / "cap.duckdb") as plain:  # a store the caller opened keeps its own settings
        plain.execute("SET memory_limit = '100MiB'")
        run_batch([_corpus(tmp_path / "c.jsonl", 5)], plain, workers=0, shard_size=5, out_dir=tmp_path / "out")
        assert abs(_limit_mib(plain) - 100) < 1


def test_while_a_run_loads_no_table_holds_an_index_or_key(tmp_path):
    seen: list[tuple[set[str], list]] = []
    with open_store(tmp_path / "x.duckdb") as st:
        def look(name, stats):
            seen.append((_indexes(st), st.query("SELECT table_name, constraint_type FROM duckdb_constraints() WHERE "
                                                "constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name IN "
                                                "('articles', 'events', 'claims', 'fused_events')")))

        run_batch([_corpus(tmp_path / "c.jsonl", 12)], st, workers=0, shard_size=3, load_every=3, fuse_every=3,
                  out_dir=tmp_path / "out", on_shard=look)
        assert len(seen) == 4 and st.counts()["fused_events"] >= 1
        assert all(ix == set() and keys == [] for ix, keys in seen)
        assert _indexes(st) == set(LOOKUP_INDEXES)  # built again at the end, for reads by id


def test_a_batch_run_with_a_small_cap_completes(tmp_path):
    """(It runs with the driver's working room: at 16 MB every shard ran out of memory.)"""
    summary = run_batch([_corpus(tmp_path / "c.jsonl")], str(tmp_path / "small.duckdb"), workers=0, shard_size=10,
                        duckdb_memory="16MB")
    assert summary.read == 40 and summary.failed == 0 and summary.events >= 1  # (the copies are near-duplicates)


def test_a_batch_run_builds_the_indexes_for_reads_by_id_again_even_after_a_killed_run(tmp_path):
    db = tmp_path / "idx.duckdb"
    corpus = _corpus(tmp_path / "c.jsonl", 6)

    def indexes() -> set[str]:
        with open_store(db) as st:
            return _indexes(st)

    run_batch([corpus], str(db), workers=0, shard_size=3, out_dir=tmp_path / "out")
    assert indexes() == set(LOOKUP_INDEXES) == {"events_id", "articles_id", "fused_events_id"}
    with open_store(db) as st:  # as a run killed while loading leaves the store
        st.drop_lookup_indexes()
        raw = st.query("SELECT id FROM events LIMIT 1")[0]["id"]
        fused = st.query("SELECT id FROM fused_events LIMIT 1")[0]["id"]
    assert indexes() == set()
    again = run_batch([corpus], str(db), workers=0, shard_size=3, out_dir=tmp_path / "out")
    assert again.skipped == again.shards  # nothing left to load, and yet
    assert indexes() == set(LOOKUP_INDEXES)
    with open_store(db) as st:
        assert [r["id"] for r in st.query("SELECT id FROM events WHERE id = ?", (raw,))] == [raw]
        assert [r["id"] for r in st.query("SELECT id FROM fused_events WHERE id = ?", (fused,))] == [fused]


def test_a_process_that_runs_shards_gives_arrow_the_system_allocator(tmp_path):
    """(mimalloc, Arrow's default, kept what a worker freed: ~25 MB more a worker after two shards; see
    ``frontwatch.engine._task._use_system_pool``)."""
    before = pa.default_memory_pool()
    try:
        (shard,) = plan_shards([_corpus(tmp_path / "c.jsonl", 3)], 10)
        counts = process_shard(shard, str(tmp_path / "out"), "syria-iraq", ReadOptions())
        assert counts["articles"] >= 1
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)


def test_the_indexes_are_built_at_the_end_without_the_load_cap(tmp_path, monkeypatch):
    """The indexes of 1M articles (~340 MB) did not fit under the 256 MB a run loads with (run 12): the run lifts
    its cap for the build, once the workers are gone. A store the caller opened keeps its own settings."""
    from frontwatch.store import Store

    limits: list[float] = []
    real = Store.build_lookup_indexes

    def build(self):
        limits.append(_limit_mib(self))
        real(self)

    monkeypatch.setattr(Store, "build_lookup_indexes", build)
    run_batch([_corpus(tmp_path / "c.jsonl", 4)], str(tmp_path / "x.duckdb"), workers=0, shard_size=4,
              duckdb_memory="64MiB", out_dir=tmp_path / "out")
    assert len(limits) == 1 and limits[0] > 256
    with open_store(tmp_path / "y.duckdb") as st:
        st.execute("SET memory_limit = '100MiB'")
        run_batch([_corpus(tmp_path / "c.jsonl", 4)], st, workers=0, shard_size=4, out_dir=tmp_path / "out2")
    assert abs(limits[1] - 100) < 1
