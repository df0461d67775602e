"""The store benchmark's bulk loader: PostgreSQL loaded by COPY from DuckDB's export holds the same events."""

from __future__ import annotations

import pytest

from frontwatch.store import EventFilter, open_store
from tests.bench_module import load_bench


@pytest.fixture(scope="module")
def store_latency():
    return load_bench("store_latency")


def test_copy_loaded_postgres_matches_duckdb(store_latency, pg_url, tmp_path):
    duck = tmp_path / "bench.duckdb"
    store_latency.build_duckdb(duck, 230, seed=4)
    files = store_latency.export_csv(duck, tmp_path)
    store_latency.load_postgres(pg_url, files)
    with open_store(duck) as d, open_store(pg_url) as p:
        assert d.counts()["fused_events"] == 230 and d.counts() == p.counts()
        # Every row of every table, through the normal read paths.
        assert d.events(EventFilter()) == p.events(EventFilter())
        assert d.events(EventFilter(raw=True)) == p.events(EventFilter(raw=True))
        assert d.query("SELECT * FROM articles ORDER BY id") == p.query("SELECT * FROM articles ORDER BY id")
        store_latency.check_same(d, p, store_latency.scenarios(d, 3))
        # The load rebuilt the migrations' keys and indexes, and the store still writes there.
        names = {r["indexname"] for r in p.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
        assert {"fused_events_pkey", "fused_date", "fused_listing", "events_listing", "articles_hash"} <= names
        assert p.schema_version() == d.schema_version()
