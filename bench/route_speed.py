"""Benchmark: one route query under control (goal < 50 ms) and a year's routes-cut report (goal < 10 s).

Control is the real control timeline (the theatre pack's snapshot) with a year of synthetic capture events
replayed over it (seeded, so runs compare). Baselines measured in the same run: a plain Dijkstra with no control
for the route query, and the non-incremental report (every sample point looked up again on every change day).

Run: python bench/route_speed.py [--events 200] [--towns 12]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from frontwatch.control import ControlTimeline
from frontwatch.routes import from_timeline, load_road_graph, route, routes_cut
from frontwatch.routes.cuts import routes_cut as graph_routes_cut
from frontwatch.theatre import load_theatre

ACTORS = ["Islamic State", "Syrian government forces", "YPG/SDF", "Syrian rebels", "Iraqi government forces",
          "Kurdish Peshmerga"]
YEAR = (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def synthetic_events(tl: ControlTimeline, n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` capture events on the snapshot's places at random days of the benchmark year."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        p = rnd.choice(tl.places)
        day = YEAR[0] + dt.timedelta(days=rnd.randrange((YEAR[1] - YEAR[0]).days))
        actor = rnd.choice(ACTORS)
        out.append({"id": f"b{i}", "date": day.isoformat(), "date_end": day.isoformat(), "date_precision": "day",
                    "event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory",
                    "actor1": actor, "actor2": None, "location": p.name, "country": p.country,
                    "latitude": p.latitude, "longitude": p.longitude, "geo_precision": 1, "tags": [],
                    "confidence": 0.8, "article_id": f"a{i}", "evidence": f"{actor} took {p.name}"})
    return out


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median wall time in seconds over ``repeat`` runs, and the last result."""
    times, res = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        res = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=200, help="synthetic capture events in the year")
    ap.add_argument("--towns", type=int, default=12, help="main towns in the routes-cut report")
    args = ap.parse_args()

    t_load, g = timed(load_road_graph)
    theatre = load_theatre("syria-iraq")
    base = ControlTimeline.build(theatre, [])
    tl = ControlTimeline.build(theatre, synthetic_events(base, args.events))
    print(f"graph: {g.n_nodes} nodes, {g.n_edges} edges, {len(g.sample_lat)} control sample points; "
          f"loaded in {t_load * 1000:.0f} ms")

    # -- one route query
    a, b = g.find_node("Mosul"), g.find_node("Raqqa")
    assert a is not None and b is not None
    t_plain, _ = timed(lambda: g.shortest(a, b), repeat=50)
    at = from_timeline(tl)
    at(dt.date(2015, 5, 31))  # first snapshot pays the H3 grid build once per process: not a per-query cost
    days = [dt.date(2015, 6, 1) + dt.timedelta(days=i) for i in range(20)]  # before the synthetic year
    cold = []
    for d in days:  # a new date each time: territory snapshot + sample lookups + mask + Dijkstra
        t = time.perf_counter()
        route("Mosul", "Raqqa", "Islamic State", d, tl, through="unknown")
        cold.append(time.perf_counter() - t)
    t_cold = statistics.median(cold)
    t_warm, r = timed(lambda: route("Mosul", "Raqqa", "Islamic State", days[0], tl, through="unknown"), repeat=50)
    print(f"route Mosul-Raqqa (found={r['found']}, km={r['km']}):")
    print(f"  baseline plain Dijkstra, no control   {t_plain * 1000:8.3f} ms")
    print(f"  with control, new date (cold)         {t_cold * 1000:8.3f} ms   x{t_cold / t_plain:,.0f} baseline   "
          f"goal < 50 ms: {'OK' if t_cold < 0.05 else 'MISSED'}")
    print(f"  with control, same date (warm)        {t_warm * 1000:8.3f} ms   x{t_warm / t_plain:,.0f} baseline")

    # -- routes cut for a year
    t_cut, rep = timed(lambda: routes_cut("Islamic State", *YEAR, tl, n_towns=args.towns, through="unknown"))
    changes = [c for c in _changes(tl)]
    t_full, rep_full = timed(lambda: graph_routes_cut(g, "Islamic State", *YEAR, from_timeline(tl), changes,
                                                      allies=theatre.allies_of("Islamic State"), through="unknown",
                                                      n_towns=args.towns, full_refresh=True))
    print(f"routes cut, Islamic State, {YEAR[0]}..{YEAR[1]}: {rep['pairs']} pairs, {rep['change_days']} change days, "
          f"{rep['rerouted']} re-routings, {len(rep['cuts'])} cuts")
    print(f"  baseline full refresh every day       {t_full:8.3f} s    ({len(rep_full['cuts'])} cuts)")
    print(f"  incremental                           {t_cut:8.3f} s    x{t_cut / t_full:.2f} baseline   "
          f"goal < 10 s: {'OK' if t_cut < 10 else 'MISSED'}")


def _changes(tl: ControlTimeline) -> list[Any]:
    from frontwatch.routes import changes_from_timeline

    return changes_from_timeline(tl)(YEAR[0] - dt.timedelta(days=1), YEAR[1])


if __name__ == "__main__":
    main()
