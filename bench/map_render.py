"""Benchmark the offline map: Python render time and time to first render (load -> map "idle") in Chromium.

Usage::

    python bench/map_render.py --db /tmp/demo.duckdb [--from 2015-08-01 --to 2016-08-01] [--synthetic 3000] [--runs 5]

Prints, for the basemap-only baseline page, the map of a year of the database's data, and (with ``--synthetic``)
a busy year: that many extra events jittered around the real ones (to load the clustering) and one territory
state per month (as if control changed every month): HTML size, median time from navigation start to MapLibre's first ``idle`` event in
headless Debian Chromium (WebGL on SwiftShader), and its ratio to the baseline measured in the same run.
Goal: under 2 s for a year of theatre data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import frontwatch
from frontwatch.web import build_payload, page_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--use-gl=angle"]


def baseline_payload(full: dict[str, Any]) -> dict[str, Any]:
    """The same page with the basemap only: no dates, territory, events or routing data.

    >>> baseline_payload({"basemap": {"x": 1}, "events": [1]})["events"]
    []
    """
    return {"version": 1, "dates": [], "states": [], "state_of_date": [], "events": [], "changes": [],
            "holder_sets": [], "actors": [], "graph": {"nodes": [], "edges": []}, "basemap": full["basemap"],
            "event_colors": full.get("event_colors", {})}


def with_synthetic_events(payload: dict[str, Any], n: int, seed: int = 7) -> dict[str, Any]:
    """A copy of ``payload`` with ``n`` extra events: real ones re-dated within the period and moved up to ~30 km.

    >>> p = with_synthetic_events({"dates": ["2015-01-01", "2015-02-01"], "events": [
    ...     {"id": "a", "date": "2015-01-05", "lat": 36.0, "lon": 38.0}]}, 3)
    >>> len(p["events"])
    4
    """
    rnd = random.Random(seed)
    real = payload["events"]
    if not real or n <= 0:
        return payload
    lo = dt.date.fromisoformat(payload["dates"][0])
    span = (dt.date.fromisoformat(payload["dates"][-1]) - lo).days or 1
    extra = []
    for k in range(n):
        e = dict(rnd.choice(real))
        e["id"] = f"syn{k}"
        e["date"] = (lo + dt.timedelta(days=rnd.randrange(span + 1))).isoformat()
        e["lat"] = round(e["lat"] + rnd.uniform(-0.3, 0.3), 4)
        e["lon"] = round(e["lon"] + rnd.uniform(-0.3, 0.3), 4)
        extra.append(e)
    return {**payload, "events": real + extra}


def with_monthly_states(payload: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``payload`` with one territory state per date, as if control changed every month.

    The demo's captures leave few distinct states; a busy year has one per month, and each costs size and parse time.

    >>> p = with_monthly_states({"dates": ["a", "b"], "state_of_date": [0, 0], "states": [{"territory": 1}]})
    >>> p["state_of_date"], len(p["states"])
    ([0, 1], 2)
    """
    states = [json.loads(json.dumps(payload["states"][k])) for k in payload["state_of_date"]]
    return {**payload, "states": states, "state_of_date": list(range(len(states)))}


def time_to_idle(browser: Any, path: Path, runs: int) -> list[float]:
    """Seconds from navigation start to the map's first "idle", one fresh page per run."""
    out = []
    for _ in range(runs):
        ctx = browser.new_context(viewport={"width": 1280, "height": 800})
        page = ctx.new_page()
        page.goto(path.as_uri())
        page.wait_for_function("window.frontwatchMap && window.frontwatchMap.ready", timeout=60_000)
        out.append(page.evaluate("window.frontwatchMap.readyAt") / 1000.0)
        ctx.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/demo.duckdb")
    ap.add_argument("--from", dest="start", default="2015-08-01")
    ap.add_argument("--to", dest="end", default="2016-08-01")
    ap.add_argument("--synthetic", type=int, default=3000, help="extra jittered events for a busy year (0: none)")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    start, end = dt.date.fromisoformat(a.start), dt.date.fromisoformat(a.end)
    with frontwatch.open(a.db) as ws:
        ws.territory_snapshot(start)  # warm the grid and timeline caches, as a long-running API would have
        t0 = time.perf_counter()
        payload = build_payload(ws, start=start, end=end)
        html = page_html(payload)
        py_s = time.perf_counter() - t0
    pages = {"baseline (basemap only)": page_html(baseline_payload(payload)), "year of data": html}
    if a.synthetic:
        busy = with_monthly_states(with_synthetic_events(payload, a.synthetic))
        pages[f"+{a.synthetic} events, state/month"] = page_html(busy)
    print(f"render_map_html: {py_s:.2f} s for {len(payload['dates'])} dates, {len(payload['states'])} distinct "
          f"territory states, {len(payload['events'])} events ({a.start} to {a.end})")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        rows = []
        for name, text in pages.items():
            path = Path(tmp) / f"{len(rows)}.html"
            path.write_text(text, encoding="utf-8")
            time_to_idle(browser, path, 1)  # warm-up: first launch compiles shaders, fills the disk cache
            rows.append((name, len(text.encode()), statistics.median(time_to_idle(browser, path, a.runs))))
        browser.close()
    base = rows[0][2]
    print(f"{'page':<34} {'size MB':>8} {'idle s':>8} {'x base':>7}")
    for name, size, sec in rows:
        print(f"{name:<34} {size / 1e6:>8.2f} {sec:>8.2f} {sec / base:>7.2f}")
    worst = max(r[2] for r in rows[1:])
    print(f"goal < 2 s for a year of data: {'met' if worst < 2 else 'NOT met'} (worst {worst:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
