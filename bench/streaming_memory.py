"""Benchmark peak memory (RSS of the whole process tree) and time of a streaming ingest of N articles."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_corpus import write  # noqa: E402

# The ingest runs in a child process so that its own tree (driver, Dask nannies and workers) is what we measure.
_RUN = {
    "dask": "from frontwatch.engine import run_batch; import logging, sys; "
            "h = logging.StreamHandler(); h.setFormatter(logging.Formatter('%(asctime)s %(message)s', '%H:%M:%S')); "
            "log = logging.getLogger('frontwatch.engine'); log.addHandler(h); log.setLevel(logging.INFO); "
            "print(run_batch([sys.argv[1]], sys.argv[2], workers={workers}, shard_size={shard}, "
            "duckdb_memory={memory!r}).line())",
    "single": "import frontwatch, sys; ws = frontwatch.open(sys.argv[2]); print(ws.ingest([sys.argv[1]]).line())",
}


def peak_tree_rss(proc: subprocess.Popen[bytes], every: float = 0.2, report: Callable[[float, float], None] | None
                  = None, report_every: float = 60.0) -> tuple[dict[str, float], threading.Thread]:
    """Sample the RSS of ``proc`` and its descendants until it exits; returns a box of peaks in bytes: ``tree``
    (the sum), ``driver`` (``proc`` itself) and ``child`` (the largest single descendant). ``report(now, peak)``
    gets the tree's current and peak RSS every ``report_every`` seconds (a long run shows where it is)."""
    import psutil

    box = {"tree": 0.0, "driver": 0.0, "child": 0.0}

    def sample() -> None:
        root = psutil.Process(proc.pid)
        last = time.perf_counter()
        while proc.poll() is None:
            try:
                driver = root.memory_info().rss
                children = [c.memory_info().rss for c in root.children(recursive=True)]
            except psutil.Error:
                driver, children = 0, []
            box["tree"] = max(box["tree"], driver + sum(children))
            box["driver"] = max(box["driver"], driver)
            box["child"] = max(box["child"], max(children, default=0))
            if report is not None and time.perf_counter() - last >= report_every:
                last = time.perf_counter()
                report(driver + sum(children), box["tree"])
            time.sleep(every)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    return box, t


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=1000, help="articles (default 1000; the issue's size: 1000000)")
    p.add_argument("--engine", choices=tuple(_RUN), default="dask")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--shard-size", type=int, default=500)
    p.add_argument("--corpus", type=Path, help="an existing JSONL corpus of N articles (default: write one with "
                   "make_corpus, seed 3)")
    p.add_argument("--report-every", type=float, default=60.0, help="seconds between progress lines (dask)")
    p.add_argument("--duckdb-memory", default="256MB", help="cap on DuckDB's buffer pool in the driver (dask; "
                   "run_batch's duckdb_memory)")
    p.add_argument("--dir", type=Path, help="working folder (default: a temp dir; 1M articles need ~5 GB free)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fw-mem-", dir=args.dir) as tmp:
        corpus = args.corpus or Path(tmp) / "corpus.jsonl"
        t = time.perf_counter()
        if args.corpus is None:
            with corpus.open("w") as f:
                write(args.n, f, seed=3)
        print(f"corpus: {args.n} articles, {corpus.stat().st_size / 1e6:.0f} MB, "
              + ("given" if args.corpus else f"written in {time.perf_counter() - t:.1f} s"), flush=True)
        code = _RUN[args.engine].format(workers=args.workers, shard=args.shard_size, memory=args.duckdb_memory)
        t = time.perf_counter()
        db = Path(tmp) / "mem.duckdb"
        proc = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(db)])

        def report(now: float, peak: float) -> None:
            done = len(list(db.with_name(db.name + ".shards").glob("shards/*/_SUCCESS")))
            secs = time.perf_counter() - t
            print(f"{secs:7.0f} s: {done} shards extracted (~{done * args.shard_size / secs:.0f} articles/s), tree "
                  f"RSS {now / 1e9:.2f} GB (peak {peak / 1e9:.2f} GB)", flush=True)

        box, sampler = peak_tree_rss(proc, report=report if args.engine == "dask" else None,
                                     report_every=args.report_every)
        proc.wait()
        sampler.join()
        secs = time.perf_counter() - t
    if proc.returncode:
        print(f"{args.engine}: FAILED after {secs:.1f} s (exit code {proc.returncode}: see the error above); peak RSS "
              f"of the process tree until then {box['tree'] / 1e9:.2f} GB (driver {box['driver'] / 1e9:.2f} GB)")
        sys.exit(1)
    print(f"{args.engine}: {args.n} articles in {secs:.1f} s ({args.n / secs:.1f}/s); peak RSS of the process tree "
          f"{box['tree'] / 1e9:.2f} GB (goal < 2 GB; driver {box['driver'] / 1e9:.2f} GB, largest child "
          f"{box['child'] / 1e9:.2f} GB"
          + (f"; DuckDB capped at {args.duckdb_memory}" if args.engine == "dask" else "") + f"); exit code {proc.returncode}")


if __name__ == "__main__":
    main()
