"""Benchmark the store at scale, DuckDB vs PostgreSQL: /events pages and territory snapshots over the same events.

Run: python bench/store_latency.py -n 1000000 [--runs 40] [--pg-url postgresql://...] [--keep DIR]

Both databases hold the same rows: DuckDB is filled by ``make_events.sql_write`` (events generated inside DuckDB, in
date order), then DuckDB exports its three tables (articles, events, fused_events) to CSV and PostgreSQL loads them
with ``COPY ... FREEZE`` after the store's own migrations made the schema; PostgreSQL's indexes and keys are dropped
for the load and rebuilt after it (then ``VACUUM ANALYZE``). Each query runs through the library's store API exactly
as ``GET /events`` calls it (``Store.event_rows`` with ``limit + 1`` rows, then ``Store.count_events`` for the
total), first once over the whole parameter list (warm caches, as a serving API has), then timed over the same list.
The territory snapshot is ``Workspace.territory_snapshot`` with the control timeline already built (what every
``/territory/polygons`` request after the first pays); the timeline build itself is timed separately.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from frontwatch.store import ARTICLE_COLUMNS, EVENT_COLUMNS, EventFilter, Store, open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_events  # noqa: E402  (a sibling script, not a package)

#: The tables the bench fills, with their columns in the order DuckDB exports them.
TABLES = {"articles": ARTICLE_COLUMNS, "events": (*EVENT_COLUMNS, "fused_id"),
          "fused_events": (*EVENT_COLUMNS, "n_sources", "sources")}
#: Server settings of the throwaway PostgreSQL (the Debian defaults are sized for a small shared machine): a
#: quarter of RAM as shared buffers, room for index builds, and the planner told that the data are cached.
PG_SETTINGS = {"shared_buffers": "4GB", "maintenance_work_mem": "2GB", "effective_cache_size": "16GB",
               "work_mem": "64MB", "random_page_cost": "1.1"}
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Air/drone strike",
               "Armed clash")
PAGE = 100  # the API's default page size
DEEP_OFFSET = 10_000  # page 101 of a filtered listing


@contextlib.contextmanager
def pg_server(settings: dict[str, str] | None = None) -> Iterator[str | None]:
    """A throwaway PostgreSQL (scripts/pg_test_server.sh) for the run, restarted with ``settings`` (ALTER SYSTEM);
    None when PostgreSQL is not installed."""
    d = Path(tempfile.mkdtemp(prefix="fw-pgbench-"))
    shutil.rmtree(d)
    script = ["bash", str(ROOT / "scripts" / "pg_test_server.sh")]
    try:
        url = subprocess.run([*script, "start", str(d)], check=True, capture_output=True, text=True).stdout.strip()
    except subprocess.CalledProcessError as exc:
        print(f"PostgreSQL not started ({exc.stderr.strip()}); DuckDB only", file=sys.stderr)
        yield None
        return
    try:
        if settings:
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                for k, v in settings.items():
                    conn.execute(f"ALTER SYSTEM SET {k} = '{v}'")
            bindir = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))[-1]
            as_ = ["runuser", "-u", "postgres", "--"] if _root() else []
            # The restarted server must not inherit a pipe of ours (run() would wait for it to close).
            subprocess.run([*as_, str(bindir / "pg_ctl"), "-D", str(d / "data"), "-l", str(d / "server.log"), "-w",
                            "restart"], check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        yield url
    finally:
        subprocess.run([*script, "stop", str(d)], capture_output=True)


def _root() -> bool:
    import os

    return os.geteuid() == 0


# -- building the databases ------------------------------------------------------------------------------------------
def build_duckdb(path: Path, n: int, seed: int = 1) -> float:
    """Fill a new DuckDB store with ``n`` generated events (articles, raw and fused events); returns seconds."""
    t = time.perf_counter()
    with open_store(path) as store:
        make_events.sql_write(store, n, seed)
        store.execute("CHECKPOINT")
    return time.perf_counter() - t


def export_csv(duck_path: Path, folder: Path) -> dict[str, Path]:
    """Write the bench tables of a DuckDB store to CSV files (storage order, no header), one per table."""
    import duckdb

    out = {}
    con = duckdb.connect(str(duck_path), read_only=True)
    try:
        for table, cols in TABLES.items():
            out[table] = folder / f"{table}.csv"
            con.execute(f"COPY (SELECT {', '.join(cols)} FROM {table} ORDER BY rowid) TO '{out[table]}' "
                        "(FORMAT csv, HEADER false)")
    finally:
        con.close()
    return out


def load_postgres(url: str, files: dict[str, Path]) -> dict[str, float]:
    """Migrate an empty PostgreSQL database with the store, then bulk-load the CSV files.

    Keys and indexes of the loaded tables are dropped for the COPY and rebuilt from their saved definitions after
    it, so the database ends with exactly the schema the migrations made. Returns seconds per phase.
    """
    import psycopg

    open_store(url).close()  # the store's normal open: schema and migrations
    times: dict[str, float] = {"copy": 0.0, "indexes": 0.0}
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '2GB'")
        for table, path in files.items():
            keys = conn.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                "WHERE conrelid = %s::regclass AND contype IN ('p', 'u')", (table,)).fetchall()
            indexes = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND "
                                   "tablename = %s AND indexname NOT IN (SELECT conname FROM pg_constraint)",
                                   (table,)).fetchall()
            for name, _ in indexes:
                conn.execute(f"DROP INDEX {name}")
            for name, _ in keys:
                conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            t = time.perf_counter()
            # TRUNCATE and COPY in one transaction allow FREEZE: rows are written frozen and all-visible, as a
            # long-running server's vacuum would leave them (index-only scans need that).
            with conn.transaction():
                conn.execute(f"TRUNCATE {table}")
                with conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(TABLES[table])}) FROM STDIN "
                                                    "WITH (FORMAT csv, FREEZE)") as copy, path.open("rb") as fh:
                    while chunk := fh.read(1 << 20):
                        copy.write(chunk)
            times["copy"] += time.perf_counter() - t
            t = time.perf_counter()
            for name, definition in keys:
                conn.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
            for _, definition in indexes:
                conn.execute(definition)
            times["indexes"] += time.perf_counter() - t
        t = time.perf_counter()
        conn.execute("VACUUM ANALYZE")
        times["analyze"] = time.perf_counter() - t
    return times


def size_bytes(store: Store, path: Path | None) -> int:
    """Database size on disk: the DuckDB file (plus WAL), or PostgreSQL's pg_database_size."""
    if path is not None:
        return sum(p.stat().st_size for p in (path, Path(f"{path}.wal")) if p.exists())
    return int(store.query("SELECT pg_database_size(current_database()) AS n")[0]["n"])


# -- measuring -------------------------------------------------------------------------------------------------------
def scenarios(store: Store, runs: int, seed: int = 7) -> dict[str, list[EventFilter]]:
    """Per scenario, ``runs`` filters of a /events request (``limit`` is the API's page + 1); drawn once, from a
    seeded generator, and used for both backends."""
    rng = random.Random(seed)
    first, last = (store.query("SELECT min(date) AS a, max(date) AS b FROM fused_events")[0][k] for k in "ab")
    span = (last - first).days
    actors = make_events._pool()[2]  # noqa: SLF001 - the generator's own actor list
    dated = [r["date"] for r in store.query("SELECT DISTINCT date FROM fused_events WHERE date IS NOT NULL "
                                            "ORDER BY date")]
    days = [rng.choice(dated) for _ in range(runs)]
    # Keyset cursors: the last event of a random day (an id that a previous page's next_after would carry).
    cursors = [store.query("SELECT id FROM fused_events WHERE date = ? ORDER BY article_id DESC, "
                           "coalesce(evidence_start, 2147483647) DESC, id DESC LIMIT 1", (d,))[0]["id"]
               for d in days]
    rng.shuffle(cursors)

    def window() -> tuple[dt.date, dt.date]:
        since = first + dt.timedelta(days=rng.randrange(max(1, span - 90)))
        return since, since + dt.timedelta(days=90)

    def bbox() -> tuple[float, float, float, float]:
        lon, lat = rng.uniform(36.0, 44.0), rng.uniform(32.5, 37.0)  # 1 x 1 degree inside Syria/Iraq
        return (round(lon, 2), round(lat, 2), round(lon + 1, 2), round(lat + 1, 2))

    return {
        "actor + 90 days, page 1": [EventFilter(actor=rng.choice(actors), since=(w := window())[0], until=w[1],
                                                limit=PAGE + 1) for _ in range(runs)],
        "bbox + type, page 1": [EventFilter(bbox=bbox(), event_type=rng.choice(EVENT_TYPES), limit=PAGE + 1)
                                for _ in range(runs)],
        f"type, offset {DEEP_OFFSET:,}": [EventFilter(event_type=rng.choice(EVENT_TYPES), offset=DEEP_OFFSET,
                                                      limit=PAGE + 1) for _ in range(runs)],
        "no filter, keyset after=": [EventFilter(after=c, limit=PAGE + 1) for c in cursors[:runs]],
    }


def percentiles(ms: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (nearest rank)."""
    ms = sorted(ms)
    return statistics.median(ms), ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def time_pages(store: Store, filters: list[EventFilter]) -> dict[str, tuple[float, float]]:
    """p50/p95 ms of the page alone and of the whole /events call (page + total), warm: one untimed pass first."""
    for f in filters:
        store.event_rows(f)
        store.count_events(f)
    page, whole = [], []
    for f in filters:
        t = time.perf_counter()
        store.event_rows(f)
        t1 = time.perf_counter()
        store.count_events(f)
        t2 = time.perf_counter()
        page.append((t1 - t) * 1000)
        whole.append((t2 - t) * 1000)
    return {"page": percentiles(page), "page + total": percentiles(whole)}


def time_staleness_ws(ws: Any, runs: int) -> dict[str, Any]:
    ms = []
    for _ in range(runs):
        t = time.perf_counter()
        ws.store.count_events(EventFilter(raw=True))
        ms.append((time.perf_counter() - t) * 1000)
    return {"staleness count": percentiles(ms)}


def time_territory(url: str, runs: int, full_timeline: bool) -> dict[str, Any]:
    """Timeline builds and warm ``Workspace.territory_snapshot`` calls on one database."""
    import frontwatch
    from frontwatch.control import ControlTimeline

    out: dict[str, Any] = {}
    with frontwatch.open(url) as ws:
        t = time.perf_counter()
        tl = ws.timeline()  # reads captures, transfers, withdrawals and sieges only (Store.events_of_kinds)
        out["timeline (Workspace, territorial events only)"] = time.perf_counter() - t
        out["control periods"] = sum(len(p) for p in tl.periods)
        if full_timeline:  # every fused event through Python: the same timeline, at sizes that can afford it
            t = time.perf_counter()
            full = ControlTimeline.build(ws.theatre, ws.events())
            out["timeline (all events)"] = time.perf_counter() - t
            assert sum(len(p) for p in full.periods) == out["control periods"]
        first, last = dt.date(2014, 6, 1), dt.date(2017, 12, 1)
        rng = random.Random(11)
        days = [first + dt.timedelta(days=rng.randrange((last - first).days)) for _ in range(runs)]
        ws.territory_snapshot(days[0])
        out.update(time_staleness_ws(ws, runs))
        ms = []
        for d in days:
            t = time.perf_counter()
            ws.territory_snapshot(d)
            ms.append((time.perf_counter() - t) * 1000)
        out["snapshot"] = percentiles(ms)
        out["snapshot areas"] = ws.territory_snapshot(dt.date(2016, 1, 1)).area_km2("Islamic State")
    return out


def check_same(duck: Store, pg: Store, filters: dict[str, list[EventFilter]]) -> None:
    """Both databases answer the first filter of every scenario with the same page and total."""
    assert duck.counts() == pg.counts(), (duck.counts(), pg.counts())
    for name, fs in filters.items():
        a, b = duck.events(fs[0]), pg.events(fs[0])
        assert [e["id"] for e in a] == [e["id"] for e in b], f"{name}: pages differ"
        assert a == b, f"{name}: rows differ"
        assert duck.count_events(fs[0]) == pg.count_events(fs[0]), f"{name}: totals differ"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=1_000_000, help="events (default 1,000,000)")
    p.add_argument("--runs", type=int, default=40, help="requests per scenario (default 40)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--pg-url", help="postgresql:// URL of an empty database (default: start a throwaway server)")
    p.add_argument("--tmp", default=tempfile.gettempdir(), help="folder for the databases and CSV files")
    p.add_argument("--territory-max", type=int, default=1_000_000,
                   help="also build the timeline from every fused event (a check that it equals the Workspace's, "
                        "which reads territorial events only) up to this many events: ~6 GB of dicts at 1M")
    args = p.parse_args(argv)
    full = args.n <= args.territory_max
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="fw-storebench-") as tmp, \
            (contextlib.nullcontext(args.pg_url) if args.pg_url else pg_server(PG_SETTINGS)) as pg:
        duck_path = Path(tmp) / "bench.duckdb"
        load = {"duckdb": {"load": build_duckdb(duck_path, args.n, args.seed)}}
        print(f"duckdb: {args.n:,} events generated and stored in {load['duckdb']['load']:.1f} s", flush=True)
        urls: dict[str, str] = {"duckdb": str(duck_path)}
        if pg:
            t = time.perf_counter()
            files = export_csv(duck_path, Path(tmp))
            export = time.perf_counter() - t
            phases = load_postgres(pg, files)
            load["postgres"] = {"load": export + sum(phases.values()), "export": export, **phases}
            print("postgres: " + ", ".join(f"{k} {v:.1f} s" for k, v in load["postgres"].items()), flush=True)
            for f in files.values():
                f.unlink()
            urls["postgres"] = pg
        stores = {k: open_store(u) for k, u in urls.items()}
        try:
            filters = scenarios(stores["duckdb"], args.runs)
            if "postgres" in stores:
                check_same(stores["duckdb"], stores["postgres"], filters)
                print("same events: counts, first pages and totals of every scenario agree", flush=True)
            sizes = {k: size_bytes(st, duck_path if k == "duckdb" else None) for k, st in stores.items()}
            results = {k: {name: time_pages(st, fs) for name, fs in filters.items()} for k, st in stores.items()}
        finally:
            for st in stores.values():
                st.close()
        terr = {k: time_territory(u, max(5, args.runs // 4), full) for k, u in urls.items()}

    print(f"\n{args.n:,} events ({dt.date.today()}); ms p50 / p95, warm")
    names = list(results)
    print(f"{'':38s}" + "".join(f"{k:>22s}" for k in names) + ("   pg/duckdb p50" if len(names) == 2 else ""))

    def row(label: str, vals: list[tuple[float, float]], unit: str = "ms") -> None:
        cells = "".join(f"{f'{a:,.1f} / {b:,.1f} {unit}':>22s}" for a, b in vals)
        ratio = f"   {vals[1][0] / vals[0][0]:8.2f}" if len(vals) == 2 and vals[0][0] else ""
        print(f"{label:38s}{cells}{ratio}")

    def one(label: str, vals: list[float], fmt: str = "{:,.1f} s") -> None:
        ratio = f"   {vals[1] / vals[0]:8.2f}" if len(vals) == 2 and vals[0] else ""
        print(f"{label:38s}" + "".join(f"{fmt.format(v):>22s}" for v in vals) + ratio)

    one("load (generate/export+COPY+indexes)", [load[k]["load"] for k in names])
    one("size on disk", [sizes[k] / 1e9 for k in names], "{:,.2f} GB")
    for q in filters:
        row(f"{q}: page", [results[k][q]["page"] for k in names])
        row(f"{q}: page + total", [results[k][q]["page + total"] for k in names])
    row("snapshot's staleness count", [terr[k]["staleness count"] for k in names])
    one("timeline, Workspace (territorial events)", [terr[k]["timeline (Workspace, territorial events only)"]
                                                      for k in names])
    if full:
        one("timeline from all events (same result)", [terr[k]["timeline (all events)"] for k in names])
    else:
        print(f"(the all-events timeline, a check, is not run above --territory-max {args.territory_max:,})")
    row("territory_snapshot (warm timeline)", [terr[k]["snapshot"] for k in names])
    t0 = terr[names[0]]
    print(f"control periods {t0['control periods']:,}, "
          f"IS area 2016-01-01 {t0['snapshot areas']:,.0f} km2"
          + ("" if all(terr[k]["control periods"] == t0["control periods"] for k in names)
             else "  (BACKENDS DIFFER: " + str({k: terr[k]['control periods'] for k in names}) + ")"))


if __name__ == "__main__":
    main()
