"""Benchmark: p50/p99 latency of ``/events`` requests under bounded local load, against ``/health`` in the same run.

Run: python bench/api_latency.py [--db bench_events.duckdb | --n 1000000] [--clients 50] [--duration 30]
                                 [--load wrk|httpx] [--rate R] [--only NAME]

Without --db, builds a database of --n synthetic events first (bench/make_events.py). Starts uvicorn on 127.0.0.1
(a free port) in a subprocess, then runs each scenario for --duration seconds. Every scenario cycles through 2,000
different requests (random offsets and keyset cursors over the whole table, random actors and dates, boxes, event
types and place names), so the server cannot answer from a handful of cached queries. Loopback only.

Two load modes:

* closed loop (default): --clients connections, each sending its next request as soon as the last one is answered.
  The load generator is ``wrk`` (C; ``apt-get install -y wrk``) driven by a Lua script written per scenario; when
  wrk is missing (or with ``--load httpx``) an asyncio/httpx generator in Python does the same, but it then eats a
  good part of the two cores itself (see the ``/health`` row).
* fixed rate (``--rate R``): open loop, R requests per second sent on schedule whatever the server's speed, over at
  most --clients connections; a request's latency counts from its scheduled send time, so a stalled server shows
  up in p99 (no coordinated omission). This is the "bounded load" of issue #8.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

HOST = "127.0.0.1"  # never anything but loopback: this is a load generator
PATHS_PER_SCENARIO = 2000
ACTORS = ("Islamic State", "Syrian government forces", "Iraqi government forces", "YPG/SDF", "Kurdish Peshmerga",
          "Syrian rebels", "Popular Mobilization Forces", "Turkish forces", "Russian forces", "US-led coalition")
TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments",
         "Protests", "Riots", "Armed clash", "Air/drone strike", "Shelling/artillery/missile attack",
         "Government regains territory", "Non-state actor overtakes territory", "Attack")

LUA = """-- written by bench/api_latency.py: cycles through the scenario's requests, reports p50/p99 as JSON
local paths = {%s}
local i = 0
function init(args) i = math.random(#paths) end
function request()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('FWJSON {"requests":%%d,"duration_us":%%d,"p50_us":%%d,"p99_us":%%d,"errors":%%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    import httpx

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode}; run it by hand to see why")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not answer /health in time")


def _wait_index(base: str, timeout: float = 300.0) -> float:
    """Seconds until the server's listing index is built (its /health says so; 0 if it has none)."""
    import httpx

    t = time.monotonic()
    while time.monotonic() - t < timeout:
        if httpx.get(base + "/health", timeout=10).json().get("listing_index", True):
            break
        time.sleep(0.5)
    return time.monotonic() - t


def sample_ids(db: str, k: int = PATHS_PER_SCENARIO) -> tuple[int, list[str], list[str]]:
    """(fused event count, ``k`` random fused event ids, the 60 most reported place names) of a DuckDB file.

    Read before the server starts: a running server holds DuckDB's write lock on the file.
    """
    import duckdb

    with duckdb.connect(db, read_only=True) as con:
        total = con.execute("SELECT count(*) FROM fused_events").fetchone()[0]
        ids = [r[0] for r in con.execute(f"SELECT id FROM fused_events USING SAMPLE {k} ROWS").fetchall()]
        places = [r[0] for r in con.execute("SELECT location FROM fused_events WHERE location IS NOT NULL "
                                            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 60").fetchall()]
    return total, ids, places


def scenarios(total: int, ids: list[str], places: list[str]) -> dict[str, Callable[[random.Random], str]]:
    """Scenario name -> a function giving one request path (spread over the whole table)."""
    pages = max(1, total // 100)
    start = dt.date(2014, 6, 1)

    def since(r: random.Random) -> str:
        return (start + dt.timedelta(days=r.randrange(1300))).isoformat()

    def bbox(r: random.Random) -> str:
        lon, lat = r.uniform(36.0, 46.0), r.uniform(31.0, 37.0)
        return f"{lon:.2f},{lat:.2f},{lon + 1:.2f},{lat + 1:.2f}"

    return {
        "/health (baseline)": lambda r: "/health",
        "/events first page": lambda r: "/events?limit=100",
        "/events random offset": lambda r: f"/events?limit=100&offset={r.randrange(pages) * 100}",
        "/events next page (after=)": lambda r: f"/events?limit=100&after={r.choice(ids)}",
        "/events actor + since": lambda r: f"/events?actor={quote(r.choice(ACTORS))}&since={since(r)}&limit=100",
        "/events bbox": lambda r: f"/events?bbox={bbox(r)}&limit=100",
        "/events type": lambda r: f"/events?type={quote(r.choice(TYPES))}&since={since(r)}&limit=100",
        "/events text": lambda r: f"/events?text={quote(r.choice(places).lower())}&limit=100",
        "/events geojson": lambda r: f"/events?format=geojson&limit=100&after={r.choice(ids)}",
    }


def _paths(make: Callable[[random.Random], str], seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(PATHS_PER_SCENARIO)]


def run_wrk(base: str, paths: list[str], clients: int, duration: float, tmp: Path) -> dict[str, float]:
    """One closed-loop wrk run (1 thread, ``clients`` connections) over ``paths``."""
    script = tmp / "scenario.lua"
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths), encoding="utf-8")
    out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{duration:.0f}s", "--timeout", "30s", "-s", str(script),
                          base], capture_output=True, text=True, check=True).stdout
    line = next((x for x in out.splitlines() if x.startswith("FWJSON ")), None)
    if line is None:
        raise SystemExit(f"wrk printed no summary; its output was:\n{out}")
    r = json.loads(line[len("FWJSON "):])
    return {"requests": r["requests"], "rps": r["requests"] / (r["duration_us"] / 1e6), "p50": r["p50_us"] / 1000,
            "p99": r["p99_us"] / 1000, "errors": r["errors"]}


async def _closed_loop(base: str, paths: list[str], clients: int, duration: float) -> tuple[list[float], int]:
    import httpx

    lat: list[float] = []
    errors = 0
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        async def client(k: int) -> None:
            nonlocal errors
            i = k * 37
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                r = await http.get(paths[i % len(paths)])
                lat.append(time.perf_counter() - t)
                errors += r.status_code != 200
                i += 1

        await asyncio.gather(*(client(k) for k in range(clients)))
    return lat, errors


async def _fixed_rate(base: str, paths: list[str], clients: int, duration: float,
                      rate: float) -> tuple[list[float], int]:
    """Open loop: request k is due at start + k / rate; its latency counts from then."""
    import httpx

    lat: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        async def one(path: str, due: float) -> None:
            nonlocal errors
            r = await http.get(path)
            lat.append(time.perf_counter() - due)
            errors += r.status_code != 200

        t0 = time.perf_counter()
        tasks = []
        for k in range(int(duration * rate)):
            due = t0 + k / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(one(paths[k % len(paths)], due)))
        await asyncio.gather(*tasks)
    return lat, errors


def _pct(xs: list[float], q: int) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[q - 1] if len(xs) > 1 else xs[0]


def run_python(base: str, paths: list[str], clients: int, duration: float, rate: float | None) -> dict[str, float]:
    t = time.perf_counter()
    if rate:
        lat, errors = asyncio.run(_fixed_rate(base, paths, clients, duration, rate))
    else:
        lat, errors = asyncio.run(_closed_loop(base, paths, clients, duration))
    wall = time.perf_counter() - t
    return {"requests": len(lat), "rps": len(lat) / wall, "p50": _pct(lat, 50) * 1000, "p99": _pct(lat, 99) * 1000,
            "errors": errors}


def _drain(base: str) -> None:
    """Wait until the requests a finished scenario left queued in the server are answered."""
    import httpx

    httpx.get(base + "/events?limit=1", timeout=300)


def _serve(db: str, port: int) -> subprocess.Popen[bytes]:
    # uvicorn picks httptools and uvloop when they are installed ("auto"); the line printed says which ran.
    code = ("import sys, uvicorn; from frontwatch.api import create_app; "
            "import importlib.util as u; "
            "print('server: http', 'httptools' if u.find_spec('httptools') else 'h11', '| loop', "
            "'uvloop' if u.find_spec('uvloop') else 'asyncio', flush=True); "
            f"uvicorn.run(create_app(sys.argv[1]), host={HOST!r}, port={port}, log_level='warning')")
    return subprocess.Popen([sys.executable, "-c", code, db])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="existing DuckDB database (default: build one with --n synthetic events)")
    ap.add_argument("--n", type=int, default=100_000, help="synthetic events when --db is not given")
    ap.add_argument("--clients", type=int, default=50, help="connections (closed loop) / at most (fixed rate)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds per scenario")
    ap.add_argument("--load", choices=["wrk", "httpx"], help="closed-loop generator (default: wrk if installed)")
    ap.add_argument("--rate", type=float, help="fixed-rate open-loop mode: requests per second per scenario")
    ap.add_argument("--only", help="run only scenarios whose name contains this (the baseline always runs)")
    args = ap.parse_args()
    load = "httpx" if args.rate else (args.load or ("wrk" if shutil.which("wrk") else "httpx"))
    if load == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install -y wrk (or pass --load httpx)")

    tmp = tempfile.TemporaryDirectory(prefix="fw-bench-")
    db = args.db
    if db is None:
        db = str(Path(tmp.name) / "events.duckdb")
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_events.py")), str(args.n), "--db", db],
                       check=True)
    total, ids, places = sample_ids(db)
    port = _free_port()
    base = f"http://{HOST}:{port}"
    proc = _serve(db, port)
    try:
        _wait_ready(base, proc)
        print(f"listing index built {_wait_index(base):.0f} s after the server answered", flush=True)
        mode = f"fixed rate {args.rate:g} req/s (open loop, httpx)" if args.rate else \
            f"closed loop, {args.clients} connections ({load})"
        print(f"{total:,} fused events in {db}; {mode}; {args.duration:.0f} s per scenario; "
              f"{PATHS_PER_SCENARIO} distinct requests per scenario\n")
        print(f"{'scenario':28} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'p50 x':>7} {'p99 x':>7}"
              f" {'errors':>6}", flush=True)
        base_p50 = base_p99 = None
        for k, (name, make) in enumerate(scenarios(total, ids, places).items()):
            if args.only and args.only not in name and "baseline" not in name:
                continue
            paths = _paths(make, seed=k)
            if load == "wrk" and not args.rate:
                r = run_wrk(base, paths, args.clients, args.duration, Path(tmp.name))
            else:
                r = run_python(base, paths, args.clients, args.duration, args.rate)
            _drain(base)
            if base_p50 is None:
                base_p50, base_p99 = r["p50"], r["p99"]
            print(f"{name:28} {r['requests']:9,.0f} {r['rps']:7.0f} {r['p50']:8.1f} {r['p99']:8.1f} "
                  f"{r['p50'] / base_p50:7.1f} {r['p99'] / base_p99:7.1f} {r['errors']:6.0f}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        tmp.cleanup()


if __name__ == "__main__":
    main()
