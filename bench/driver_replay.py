"""Benchmark the batch driver alone: extract a corpus's shards once, then load and fuse them into a fresh database.

A streaming ingest's time is its workers' extraction plus its driver's loads and fusion passes, on the same cores.
This splits the two. ``--extract`` runs only the workers' part (Dask, ``--workers`` processes) into ``--shards`` and
prints its rate: the bound no driver change can lift. The replay then runs ``run_batch`` with ``workers=0`` on the
same shard folder, so every shard is already done and only the driver works. It prints each fusion pass with the
driver's current and peak RSS, DuckDB's memory limit, and where the pass spent its time.

Run: python bench/driver_replay.py CORPUS --shards DIR [--extract] [--shard-size 500] [--duckdb-memory 256MB]
     [--fuse-every 5000]
"""

from __future__ import annotations

import argparse
import collections
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

import psutil

from frontwatch.engine import ReadOptions, _compute, plan_shards, run_batch, shard_succeeded
from frontwatch.store import Store
from frontwatch.theatre import DEFAULT_THEATRE

# Store methods a fusion pass spends its time in (see Store.fuse_new); fusion_scope includes fusion_pairs.
_STEPS = ("_fusion_pairs", "_fusion_scope", "_fuse_singles", "_fuse_groups", "_set_fused_ids")


def extract(corpus: Path, shards: Path, shard_size: int, workers: int) -> None:
    """Extract every shard of ``corpus`` into ``shards`` on a local Dask cluster, nothing else: the engine's own
    shard loop (``frontwatch.engine._compute``) without the driver's loads (the rate includes the cluster's start)."""
    todo = plan_shards([corpus], shard_size)
    t = time.perf_counter()
    read = 0
    for i, (_, result, _) in enumerate(_compute(todo, str(shards.resolve()), DEFAULT_THEATRE, ReadOptions(), workers,
                                                None)):
        if isinstance(result, BaseException):
            raise result
        read += result["read"]
        if (i + 1) % 100 == 0 or i + 1 == len(todo):
            secs = time.perf_counter() - t
            print(f"extract: {i + 1}/{len(todo)} shards, {read} articles in {secs:.0f} s "
                  f"({read / secs:.0f} articles/s on {workers} workers)", flush=True)


def replay(corpus: Path, shards: Path, shard_size: int, duckdb_memory: str, fuse_every: int) -> None:
    """Load and fuse the finished shards into a fresh DuckDB file, timing the driver's steps."""
    spent: dict[str, float] = collections.defaultdict(float)
    originals = {name: getattr(Store, name) for name in _STEPS}

    def timer(name: str) -> object:
        def timed(self: Store, *a: object, **k: object) -> object:
            t = time.perf_counter()
            try:
                return originals[name](self, *a, **k)
            finally:
                spent[name] += time.perf_counter() - t
        return timed

    class Passes(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            rss = psutil.Process().memory_info().rss / 1e6
            steps = ", ".join(f"{k.strip('_')} {v:.1f}" for k, v in spent.items())
            print(f"{record.getMessage()}; RSS now {rss:.0f} MB\n    steps (s): {steps}", flush=True)
            spent.clear()

    log = logging.getLogger("frontwatch.engine")
    handler, level = Passes(), log.level
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    for name in _STEPS:
        setattr(Store, name, timer(name))
    try:
        with tempfile.TemporaryDirectory(prefix="fw-replay-") as tmp:
            t = time.perf_counter()
            summary = run_batch([corpus], Path(tmp) / "replay.duckdb", workers=0, shard_size=shard_size,
                                out_dir=shards, duckdb_memory=duckdb_memory, fuse_every=fuse_every)
            secs = time.perf_counter() - t
    finally:
        for name, method in originals.items():
            setattr(Store, name, method)
        log.removeHandler(handler)
        log.setLevel(level)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
    print(summary.line())
    print(f"driver alone: {summary.new} articles in {secs:.1f} s ({secs / max(summary.new, 1) * 1000:.2f} ms per "
          f"article); peak RSS {peak:.0f} MB with DuckDB capped at {duckdb_memory}")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", type=Path, help="a JSONL corpus (bench/make_corpus.py)")
    p.add_argument("--shards", type=Path, required=True, help="the shard folder (an earlier run's out_dir)")
    p.add_argument("--extract", action="store_true", help="first extract the shards that are not done yet")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--shard-size", type=int, default=500)
    p.add_argument("--duckdb-memory", default="256MB")
    p.add_argument("--fuse-every", type=int, default=5000, help="articles between fusion passes (run_batch's)")
    args = p.parse_args(argv)
    if args.extract:
        extract(args.corpus, args.shards, args.shard_size, args.workers)
    else:  # an unfinished shard would be extracted in the replay, and its time counted as the driver's
        missing = [s for s in plan_shards([args.corpus], args.shard_size) if not shard_succeeded(args.shards, s.name)]
        if missing:
            sys.exit(f"{args.shards}: {len(missing)} shards of {args.corpus} (shard size {args.shard_size}) are not "
                     "extracted yet: run with --extract (and the same --shard-size)")
    replay(args.corpus, args.shards, args.shard_size, args.duckdb_memory, args.fuse_every)


if __name__ == "__main__":
    main()
