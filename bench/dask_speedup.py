"""Benchmark the Dask batch engine on 2 workers against the single-process ingest on the same articles."""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import write  # noqa: E402
from store_latency import pg_server  # noqa: E402

import frontwatch  # noqa: E402
from frontwatch.engine import run_batch  # noqa: E402
from frontwatch.store import EventFilter, open_store  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=1000, help="articles (default 1000; the issue's sizes: 5000, 50000)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--shard-size", type=int, default=250)
    p.add_argument("--db", choices=("duckdb", "postgres"), default="duckdb")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fw-bench-") as tmp, \
            (pg_server() if args.db == "postgres" else contextlib.nullcontext()) as pg:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w") as f:
            write(args.n, f, seed=2)
        if args.db == "postgres":
            if not pg:
                raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
            import psycopg

            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute("CREATE DATABASE frontwatch_b")
            db_single, db_dask = pg, pg.rsplit("/", 1)[0] + "/frontwatch_b"
        else:
            db_single, db_dask = str(Path(tmp) / "single.duckdb"), str(Path(tmp) / "dask.duckdb")

        t = time.perf_counter()
        with frontwatch.open(db_single) as ws:
            single = ws.ingest([corpus])
        t_single = time.perf_counter() - t

        t = time.perf_counter()
        stages: dict[str, float] = {}
        batch = run_batch([corpus], db_dask, workers=args.workers, shard_size=args.shard_size,
                          out_dir=Path(tmp) / "shards",
                          on_shard=lambda name, c: stages.setdefault("first_shard_loaded", time.perf_counter() - t))
        t_dask = time.perf_counter() - t

        with open_store(db_single) as a, open_store(db_dask) as b:
            same = (sorted(e["id"] for e in a.events(EventFilter(raw=True)))
                    == sorted(e["id"] for e in b.events(EventFilter(raw=True))))
    print(f"articles: {args.n}, events: {single.events}; single: {single.line()}")
    print(f"dask:   {batch.line()}")
    print(f"single process : {t_single:8.1f} s  ({args.n / t_single:6.1f} articles/s)")
    print(f"dask {args.workers} workers : {t_dask:8.1f} s  ({args.n / t_dask:6.1f} articles/s; first shard loaded after "
          f"{stages.get('first_shard_loaded', float('nan')):.1f} s)")
    print(f"speed-up: {t_single / t_dask:.2f}x (goal >= 1.7x on 2 workers); same event ids: {same}")


if __name__ == "__main__":
    main()
