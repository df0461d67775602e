"""Benchmark the Dask batch engine on 2 workers against the single-process ingest on the same articles."""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import write  # noqa: E402
from store_latency import pg_server  # noqa: E402

import frontwatch  # noqa: E402
from frontwatch.engine import BatchSummary, run_batch  # noqa: E402
from frontwatch.store import EventFilter, open_store  # noqa: E402
from frontwatch.workspace import IngestSummary  # noqa: E402


def _single(corpus: Path, db: str) -> tuple[float, IngestSummary]:
    t = time.perf_counter()
    with frontwatch.open(db) as ws:
        summary = ws.ingest([corpus])
    return time.perf_counter() - t, summary


def _dask(corpus: Path, db: str, out: Path, args: argparse.Namespace) -> tuple[float, BatchSummary, float]:
    t = time.perf_counter()
    first: list[float] = []
    batch = run_batch([corpus], db, workers=args.workers, shard_size=args.shard_size, out_dir=out,
                      load_every=args.load_every, fuse_every=args.fuse_every,
                      on_shard=lambda name, c: first or first.append(time.perf_counter() - t))
    return time.perf_counter() - t, batch, (first or [float("nan")])[0]


def _event_ids(db: str) -> list[str]:
    with open_store(db) as st:
        return sorted(e["id"] for e in st.events(EventFilter(raw=True)))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=1000, help="articles (default 1000; the issue's sizes: 5000, 50000)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--shard-size", type=int, default=50)
    p.add_argument("--load-every", type=int, default=1000, help="articles per load transaction (run_batch)")
    p.add_argument("--fuse-every", type=int, default=5000, help="articles per fusion pass (run_batch)")
    p.add_argument("--repeat", type=int, default=1, help="alternate single and Dask runs this many times each; "
                   "the ratio reported is the median of the pairs (timings on a shared machine are noisy)")
    p.add_argument("--db", choices=("duckdb", "postgres"), default="duckdb")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fw-bench-") as tmp, \
            (pg_server() if args.db == "postgres" else contextlib.nullcontext()) as pg:
        if args.db == "postgres" and not pg:
            raise SystemExit("PostgreSQL is not installed (apt-get install postgresql)")
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w") as f:
            write(args.n, f, seed=2)
        ratios: list[float] = []
        for r in range(args.repeat):
            db_single, db_dask = _databases(tmp, pg, r)
            # Alternate which engine runs first, so neither always gets the quieter moment.
            if r % 2 == 0:
                t_single, single = _single(corpus, db_single)
                t_dask, batch, first = _dask(corpus, db_dask, Path(tmp) / f"shards{r}", args)
            else:
                t_dask, batch, first = _dask(corpus, db_dask, Path(tmp) / f"shards{r}", args)
                t_single, single = _single(corpus, db_single)
            same = _event_ids(db_single) == _event_ids(db_dask)
            ratios.append(t_single / t_dask)
            print(f"run {r + 1}: single {t_single:7.1f} s ({args.n / t_single:6.1f} articles/s); dask "
                  f"{args.workers} workers {t_dask:7.1f} s ({args.n / t_dask:6.1f} articles/s; first shard loaded "
                  f"after {first:.1f} s, driver busy {batch.driver_seconds:.1f} s); {t_single / t_dask:.2f}x; "
                  f"same event ids: {same}", flush=True)
            if not same:
                raise SystemExit("the engines stored different events")
    print(f"articles: {args.n}, events: {single.events}; single: {single.line()}")
    print(f"dask:   {batch.line()}")
    print(f"speed-up: median {statistics.median(ratios):.2f}x over {len(ratios)} run(s) (min {min(ratios):.2f}x, "
          f"max {max(ratios):.2f}x; goal >= 1.7x on 2 workers)")


def _databases(tmp: str, pg: str | None, r: int) -> tuple[str, str]:
    if pg is None:
        return str(Path(tmp) / f"single{r}.duckdb"), str(Path(tmp) / f"dask{r}.duckdb")
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE frontwatch_s{r}")
        conn.execute(f"CREATE DATABASE frontwatch_d{r}")
    base = pg.rsplit("/", 1)[0]
    return f"{base}/frontwatch_s{r}", f"{base}/frontwatch_d{r}"


if __name__ == "__main__":
    main()
