"""Benchmark: p50/p99 latency of ``/events`` pages under bounded local load, against ``/health`` in the same run.

Run: python bench/api_latency.py [--db bench_events.duckdb | --n 100000] [--clients 50] [--duration 30]
Without --db, builds a database of --n synthetic events first (bench/make_events.py; --n 1000000 for the large
case). Starts uvicorn on 127.0.0.1 (a free port) in a subprocess, then for each scenario runs --clients concurrent
clients for --duration seconds, each client stopping early after --max-requests requests. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

HOST = "127.0.0.1"  # never anything but loopback: this is a load generator


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with code {proc.returncode}")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not answer /health in time")


def scenarios(total: int) -> dict[str, Callable[[random.Random], str]]:
    """Scenario name -> a function giving the next request path (pages spread over the whole table)."""
    pages = max(1, total // 100)
    return {
        "/health (baseline)": lambda r: "/health",
        "/events first page": lambda r: "/events?limit=100",
        "/events random page": lambda r: f"/events?limit=100&offset={r.randrange(pages) * 100}",
        "/events actor + since": lambda r: f"/events?actor=Islamic%20State&since=2015-0{r.randint(1, 9)}-01&limit=100",
        "/events bbox": lambda r: "/events?bbox=36.0,34.5,38.5,36.5&limit=100",
        "/events geojson": lambda r: f"/events?format=geojson&limit=100&offset={r.randrange(pages) * 100}",
    }


async def _run(base: str, make_path: Callable[[random.Random], str], clients: int, duration: float,
               max_requests: int) -> tuple[list[float], int]:
    lat: list[float] = []
    errors = 0
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:
        async def client(seed: int) -> None:
            nonlocal errors
            rng = random.Random(seed)
            for _ in range(max_requests):
                if time.perf_counter() >= deadline:
                    return
                t = time.perf_counter()
                r = await http.get(make_path(rng))
                lat.append(time.perf_counter() - t)
                errors += r.status_code != 200

        await asyncio.gather(*(client(i) for i in range(clients)))
    return lat, errors


def _pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[q - 1] if len(xs) > 1 else xs[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="existing database (default: build one with --n synthetic events)")
    ap.add_argument("--n", type=int, default=100_000, help="synthetic events when --db is not given")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=30.0, help="seconds per scenario")
    ap.add_argument("--max-requests", type=int, default=2000, help="per client per scenario")
    ap.add_argument("--only", help="run only scenarios whose name contains this")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="fw-bench-")
    db = args.db
    if db is None:
        db = str(Path(tmp.name) / "events.duckdb")
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_events.py")), str(args.n), "--db", db],
                       check=True)
    port = _free_port()
    base = f"http://{HOST}:{port}"
    code = ("import sys, uvicorn; from frontwatch.api import create_app; "
            f"uvicorn.run(create_app(sys.argv[1]), host={HOST!r}, port={port}, log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, db])
    try:
        _wait_ready(base, proc)
        total = httpx.get(base + "/stats").json()["counts"]["fused_events"]
        print(f"{total:,} fused events in {db}; {args.clients} clients x {args.duration:.0f} s per scenario, "
              f"at most {args.max_requests} requests per client\n")
        print(f"{'scenario':26} {'requests':>9} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'p50 x':>7} {'p99 x':>7}"
              f" {'errors':>6}")
        base_p50 = base_p99 = None
        for name, make_path in scenarios(total).items():
            if args.only and args.only not in name and "baseline" not in name:
                continue
            t = time.perf_counter()
            lat, errors = asyncio.run(_run(base, make_path, args.clients, args.duration, args.max_requests))
            wall = time.perf_counter() - t
            p50, p99 = _pct(lat, 50) * 1000, _pct(lat, 99) * 1000
            if base_p50 is None:
                base_p50, base_p99 = p50, p99
            print(f"{name:26} {len(lat):9,} {len(lat) / wall:7.0f} {p50:8.1f} {p99:8.1f} {p50 / base_p50:7.1f} "
                  f"{p99 / base_p99:7.1f} {errors:6}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        tmp.cleanup()


if __name__ == "__main__":
    main()
