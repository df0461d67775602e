"""The batch driver's DuckDB memory cap follows the fused events' primary-key index (an insert loads its table's
whole index; with the indexes of raw events and articles too, a fixed cap ran out at ~600k articles with 384 MB)."""

from __future__ import annotations

import json

from frontwatch.engine import INDEX_BYTES, WORKING_BYTES, _open, memory_cap, run_batch
from frontwatch.store import open_store


def _limit_mib(store) -> float:
    value = store.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # e.g. '256.0 MiB'
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def test_the_cap_is_the_floor_until_the_indexes_need_more():
    floor = 512 * 2**20
    assert memory_cap({"events": 10_000, "fused_events": 9_000, "articles": 3_000}, floor) == floor
    rows = {"events": 5_000_000, "fused_events": 6_000_000, "articles": 1_500_000}
    expected = INDEX_BYTES["fused_events"] * 6_000_000 + WORKING_BYTES  # tables without an index cost nothing
    assert set(INDEX_BYTES) == {"fused_events"}
    assert memory_cap(rows, floor) == expected > floor


def _corpus(path, n: int = 40):
    path.write_text("".join(json.dumps({"text": f"Iraqi troops recaptured the town of Hit on Monday, officials said. "
                                                f"Report {i}.", "published": "2016-04-15"}) + "\n" for i in range(n)))
    return path


def test_the_driver_raises_the_cap_as_the_store_grows_and_never_lowers_it(tmp_path):
    db = tmp_path / "cap.duckdb"
    store, cap = _open(db, "64MB")
    try:
        assert abs(_limit_mib(store) - WORKING_BYTES / 2**20) < 1  # an empty store needs the working room only
        assert cap.current == WORKING_BYTES
        store.execute("SET memory_limit = '128MiB'")  # (as if set lower elsewhere: the driver's value stands)
        cap.current = 10**12
        assert cap.raise_for(store) == 10**12  # the driver's cap stands: never lowered
        assert abs(_limit_mib(store) - 128) < 1
    finally:
        store.close()
    with open_store(db) as plain:  # a store the caller opened keeps its own settings
        plain.execute("SET memory_limit = '100MiB'")
        run_batch([_corpus(tmp_path / "c.jsonl", 5)], plain, workers=0, shard_size=5, out_dir=tmp_path / "out")
        assert abs(_limit_mib(plain) - 100) < 1


def test_a_batch_run_with_a_small_cap_completes(tmp_path):
    summary = run_batch([_corpus(tmp_path / "c.jsonl")], str(tmp_path / "small.duckdb"), workers=0, shard_size=10,
                        duckdb_memory="16MB")
    assert summary.read == 40 and summary.failed == 0 and summary.events >= 1  # (the copies are near-duplicates)


def test_a_batch_run_builds_the_indexes_for_reads_by_id_again_even_after_a_killed_run(tmp_path):
    db = tmp_path / "idx.duckdb"
    corpus = _corpus(tmp_path / "c.jsonl", 6)

    def indexes() -> set[str]:
        with open_store(db) as st:
            return {r["index_name"] for r in st.query("SELECT index_name FROM duckdb_indexes() WHERE table_name IN "
                                                      "('events', 'articles')")}

    run_batch([corpus], str(db), workers=0, shard_size=3, out_dir=tmp_path / "out")
    assert indexes() == {"events_id", "articles_id"}
    with open_store(db) as st:  # as a run killed while loading leaves the store
        st.drop_lookup_indexes()
        raw = st.query("SELECT id FROM events LIMIT 1")[0]["id"]
    assert indexes() == set()
    again = run_batch([corpus], str(db), workers=0, shard_size=3, out_dir=tmp_path / "out")
    assert again.skipped == again.shards  # nothing left to load, and yet
    assert indexes() == {"events_id", "articles_id"}
    with open_store(db) as st:
        assert [r["id"] for r in st.query("SELECT id FROM events WHERE id = ?", (raw,))] == [raw]
