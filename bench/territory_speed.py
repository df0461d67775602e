"""Benchmark: one territory snapshot over the whole theatre (goal < 1 s) against baselines measured in the same run.

Run: python bench/territory_speed.py [--repeat N]
Baselines: the one-off grid + neighbour precomputation the snapshots reuse, and a naive per-cell Python loop
(the same weighting without numpy) timed on a subset of cells and scaled to the whole grid.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time

from frontwatch.control import ControlTimeline, _grid, territory, territory_snapshot
from frontwatch.control.timeline import haversine_km
from frontwatch.theatre import load_theatre


def naive_labels(tl: ControlTimeline, grid: _grid.Grid, idx: range, day: str) -> list[str | None]:
    """Per-cell, per-settlement Python loop: what territory_snapshot vectorises (no contested logic)."""
    state = tl.state_index(day)
    out: list[str | None] = []
    for i in idx:
        w: dict[str, float] = {}
        for p, (actor, _c, _per) in zip(tl.places, state, strict=True):
            if actor is None:
                continue
            d = haversine_km(grid.lat[i], grid.lon[i], p.latitude, p.longitude)
            if d <= territory.RADIUS_KM:
                w[actor] = w.get(actor, 0.0) + math.log10(p.population + territory.POP_FLOOR) / (d + 5) ** 2
        out.append(max(w, key=w.__getitem__) if w else None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    th = load_theatre("syria-iraq")
    tl = ControlTimeline.build(th, [])

    t = time.perf_counter()
    grid = _grid.theatre_grid(tuple(th.countries))
    territory.support_for(tl, grid)
    pre = time.perf_counter() - t

    times = []
    for k in range(args.repeat):
        t = time.perf_counter()
        snap = territory_snapshot(tl, f"2015-{k % 12 + 1:02d}-01")
        times.append(time.perf_counter() - t)
    snap_s = statistics.median(times)

    subset = range(0, len(grid.cells), 20)
    t = time.perf_counter()
    naive_labels(tl, grid, subset, "2015-01-01")
    naive_s = (time.perf_counter() - t) * len(grid.cells) / len(subset)

    t = time.perf_counter()
    snap.polygons()
    poly_s = time.perf_counter() - t

    print(f"grid: {len(grid.cells)} H3 res-{grid.resolution} cells, {len(tl.places)} settlements")
    print(f"precompute (grid + cell-settlement links, once): {pre:8.3f} s")
    print(f"snapshot, median of {args.repeat}:                 {snap_s:8.4f} s   goal < 1 s: "
          f"{'ok' if snap_s < 1 else 'MISSED'}")
    print(f"naive per-cell Python loop (scaled from 1/20):  {naive_s:8.3f} s   -> snapshot is {naive_s / snap_s:,.0f}x faster")
    print(f"precompute / snapshot ratio:                     {pre / snap_s:,.0f}x")
    print(f"dissolved polygons (GeoJSON export, clipped):    {poly_s:8.3f} s")
    is_km2 = territory_snapshot(tl, "2015-01-01").area_km2("Islamic State")
    print(f"IS area on 2015-01-01 from the snapshot alone:   {is_km2:,.0f} km2 (IHS Conflict Monitor: ~90,800)")


if __name__ == "__main__":
    main()
