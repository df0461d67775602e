"""Benchmark /events-style page queries and a territory-snapshot-style aggregate: DuckDB vs PostgreSQL."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from frontwatch.store import EVENT_COLUMNS, EventFilter, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ("Islamic State", "Syrian government forces", "Iraqi government forces", "YPG/SDF", "Kurdish Peshmerga",
          "Syrian rebels", "US-led coalition", "Russian forces", "Turkish forces", "Popular Mobilization Forces")
TYPES = (("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
         ("Battles", "Government regains territory"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Strategic developments", "Headquarters or base established"))


@contextlib.contextmanager
def pg_server() -> Iterator[str | None]:
    """A throwaway PostgreSQL (scripts/pg_test_server.sh) for the run; None when PostgreSQL is not installed."""
    d = Path(tempfile.mkdtemp(prefix="fw-pgbench-"))
    shutil.rmtree(d)
    try:
        url = subprocess.run(["bash", str(ROOT / "scripts" / "pg_test_server.sh"), "start", str(d)], check=True,
                             capture_output=True, text=True).stdout.strip()
    except subprocess.CalledProcessError as exc:
        print(f"PostgreSQL not started ({exc.stderr.strip()}); DuckDB only", file=sys.stderr)
        yield None
        return
    try:
        yield url
    finally:
        subprocess.run(["bash", str(ROOT / "scripts" / "pg_test_server.sh"), "stop", str(d)], capture_output=True)


def synthetic_events(n: int, seed: int = 0) -> Any:
    """``n`` fused-event rows as an Arrow table (no extraction: this measures the database, not the NLP)."""
    import pyarrow as pa

    from frontwatch.theatre import load_theatre

    rng = random.Random(seed)
    with load_theatre().file("control.csv").open() as f:
        places = [r.split(",")[:4] for r in f.read().splitlines()[1:]]
    start = dt.date(2014, 6, 1)
    cols: dict[str, list[Any]] = {c: [] for c in (*EVENT_COLUMNS, "n_sources", "sources")}
    for i in range(n):
        typ, sub = rng.choice(TYPES)
        name, country, lat, lon = rng.choice(places)
        day = start + dt.timedelta(days=rng.randrange(1300))
        a1, a2 = rng.sample(ACTORS, 2)
        row = {"id": f"f{i:09d}", "article_id": f"a{i // 4:09d}", "date": day, "date_end": day,
               "date_precision": "day", "event_type": typ, "sub_event_type": sub, "tags": "[]", "actor1": a1,
               "actor2": a2, "assoc_actors": "[]", "persons": "[]", "location": name, "country": country,
               "latitude": float(lat), "longitude": float(lon), "geo_precision": 1,
               "fatalities_low": rng.choice((None, rng.randint(0, 50))), "fatalities_best": None,
               "fatalities_high": None, "source": "Bench Wire", "url": None, "published": day,
               "evidence": f"{a1} and {a2} fought in {name}.", "evidence_start": 0, "evidence_end": 30,
               "confidence": 0.5 + rng.random() / 2, "n_sources": 1, "sources": json.dumps([{"event_id": "x"}])}
        for k, v in row.items():
            cols[k].append(v)
    return pa.table(cols)


def load(store: Store, table: Any, tmp: Path) -> float:
    """Bulk-load the rows into fused_events (what /events reads); returns seconds."""
    t = time.perf_counter()
    copy_insert = getattr(store, "copy_insert", None)
    if copy_insert is not None:
        for batch in table.to_batches(max_chunksize=50_000):
            copy_insert("fused_events", table.column_names, zip(*(c.to_pylist() for c in batch.columns), strict=True))
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, tmp / "rows.parquet")
        names = ", ".join(table.column_names)
        store.execute(f"INSERT INTO fused_events ({names}) SELECT {names} FROM read_parquet(?)",
                      (str(tmp / "rows.parquet"),))
    if copy_insert is not None:
        store.execute("ANALYZE")  # fresh planner statistics, as autovacuum would give a live server
    return time.perf_counter() - t


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Median and 95th percentile in milliseconds."""
    fn()  # warm caches: the API serves a warm database
    ms = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def measure(store: Store, n: int, runs: int) -> dict[str, tuple[float, float]]:
    rng = random.Random(7)

    def page_filtered() -> Any:
        since = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(1200))
        return store.events(EventFilter(since=since, until=since + dt.timedelta(days=90), actor=rng.choice(ACTORS),
                                        limit=50))

    def page_plain() -> Any:
        return store.events(EventFilter(limit=50, offset=rng.randrange(max(1, n - 50))))

    def snapshot() -> Any:
        # Territory-snapshot shape: the last territorial event per place up to a date.
        day = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(1300))
        return store.query(
            "SELECT location, max(date) AS last, count(*) AS n FROM fused_events WHERE date <= ? "
            "AND event_type = 'Battles' GROUP BY location", (day,))

    return {"page (date+actor filter, 50 rows)": timed(page_filtered, runs),
            "page (no filter, deep offset)": timed(page_plain, runs),
            "territory-snapshot aggregate": timed(snapshot, runs)}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=100_000, help="events (default 100k; try 1000000)")
    p.add_argument("--runs", type=int, default=30)
    p.add_argument("--pg-url", help="postgresql:// URL of an empty database (default: start a throwaway server)")
    args = p.parse_args(argv)
    table = synthetic_events(args.n)
    results: dict[str, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp, (contextlib.nullcontext(args.pg_url) if args.pg_url
                                                else pg_server()) as pg:
        targets = {"duckdb": str(Path(tmp) / "bench.duckdb")}
        if pg:
            targets["postgres"] = pg
        for name, url in targets.items():
            with open_store(url) as st:
                secs = load(st, table, Path(tmp))
                print(f"{name}: loaded {args.n} events in {secs:.1f} s")
                results[name] = measure(st, args.n, args.runs)
    print(f"\n{'query at ' + format(args.n, ',') + ' events':40s}" + "".join(f"{k:>22s}" for k in results))
    for q in next(iter(results.values())):
        print(f"{q:40s}" + "".join(f"{results[k][q][0]:9.1f} ms (p95 {results[k][q][1]:5.1f})" for k in results))
    if len(results) == 2:
        for q in results["duckdb"]:
            print(f"ratio postgres/duckdb, {q}: {results['postgres'][q][0] / results['duckdb'][q][0]:.2f}")


if __name__ == "__main__":
    main()
