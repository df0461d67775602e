"""The "routes cut" report: routes between an actor's main towns that got longer or impossible, and why."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from .graph import RoadGraph, haversine_np
from .routing import (
    CUT_RADIUS_KM,
    SNAP_WARN_KM,
    ChangeSource,
    ControlAt,
    ControlChange,
    actor_side,
    attribute,
    changes_between,
    encode,
    lookup_points,
    sample_ok,
    through_levels,
)

#: a route "got longer" only past this many km: km are summed floats, and 1 km is below the data's precision
LONGER_KM = 1.0
#: a town this close to its road node is reported under the node's name
NODE_NAME_KM = 10.0


def main_towns(graph: RoadGraph, holder_at: Any, allies: set[str], n: int) -> list[int]:
    """Indexes (into ``graph.towns``) of the ``n`` largest towns the actor's side holds, one per road node."""
    t = graph.towns
    order = np.argsort(-np.asarray(t["population"]), kind="stable")
    picked: list[int] = []
    nodes: set[int] = set()
    for i in order.tolist():
        node = int(t["node"][i])
        if node in nodes or float(t["snap_km"][i]) > SNAP_WARN_KM:
            continue
        if holder_at(float(t["lat"][i]), float(t["lon"][i])) in allies:
            picked.append(i)
            nodes.add(node)
            if len(picked) >= n:
                break
    return picked


def routes_cut(graph: RoadGraph, actor: str, start: dt.date, end: dt.date, timeline: ControlAt,
               changes: ChangeSource, allies: set[str] | None = None, through: str | Sequence[str] = ("own",),
               n_towns: int = 12, radius_km: float = CUT_RADIUS_KM, full_refresh: bool = False,
               theatre: str = "syria-iraq") -> dict[str, Any]:
    """Every route between the actor's main towns that became longer or impossible in ``(start, end]``.

    Main towns are the ``n_towns`` largest it (or an ally) holds on ``start``. The report walks the control
    changes day by day and is incremental: only sample points within ``radius_km`` of a day's changes are looked
    up again (``full_refresh`` looks up all of them), and only pairs whose current path uses an edge that closed
    (or, when some edge reopened, pairs that are longer than at the start) are routed again.

    >>> from frontwatch.routes import load_road_graph
    >>> rep = routes_cut(load_road_graph(), "Islamic State", dt.date(2015, 1, 1), dt.date(2015, 12, 31),
    ...                  timeline=lambda d: (lambda lat, lon: "Islamic State"), changes=[], n_towns=4)
    >>> rep["cuts"]
    []
    """
    levels = through_levels(through)
    actor, allies = actor_side(actor, allies, theatre)
    if end < start:
        raise ValueError(f"end {end.isoformat()} is before start {start.isoformat()}")
    lookup0 = timeline(start)
    towns = main_towns(graph, lookup0, allies, n_towns)
    tnodes = [int(graph.towns["node"][i]) for i in towns]
    # the road node's curated spelling ("Mosul") reads better than a gazetteer suburb snapped to it
    tnames = [graph.node_name[n] if float(graph.towns["snap_km"][i]) <= NODE_NAME_KM else graph.towns["name"][i]
              for i, n in zip(towns, tnodes, strict=True)]

    # who holds every sample point, kept up to date incrementally
    holders = lookup_points(lookup0, graph.sample_lat, graph.sample_lon)

    def usable_now() -> tuple[np.ndarray, np.ndarray]:
        codes, table = encode(holders)
        ok = sample_ok(codes, table, allies, levels)
        return ok, graph.edge_allowed(ok)

    ok, usable = usable_now()

    def route_from(src_idx: int, targets: list[int]) -> dict[int, tuple[list[int] | None, float | None]]:
        dist, pred = graph.shortest(tnodes[src_idx], None, usable)
        res = {}
        for j in targets:
            if np.isfinite(dist[tnodes[j]]):
                res[j] = (graph.path_edges(pred, tnodes[src_idx], tnodes[j]), float(dist[tnodes[j]]))
            else:
                res[j] = (None, None)
        return res

    pairs = [(i, j) for i in range(len(towns)) for j in range(i + 1, len(towns))]
    current: dict[tuple[int, int], tuple[list[int] | None, float | None]] = {}
    for i in range(len(towns)):
        for j, r in route_from(i, [j for j in range(i + 1, len(towns))]).items():
            current[(i, j)] = r
    baseline = dict(current)

    day_changes: dict[dt.date, list[ControlChange]] = defaultdict(list)
    for c in changes_between(changes, start, end):
        day_changes[c.date].append(c)
    cuts: list[dict[str, Any]] = []
    rerouted = 0
    for day in sorted(day_changes):
        todays = day_changes[day]
        lookup = timeline(day)
        if full_refresh:
            idx = np.arange(len(holders))
        else:
            near = np.zeros(len(holders), dtype=bool)
            for c in todays:
                near |= haversine_np(c.lat, c.lon, graph.sample_lat, graph.sample_lon) <= radius_km
            idx = np.flatnonzero(near)
        if len(idx) == 0:
            continue
        for k, h in zip(idx.tolist(), lookup_points(lookup, graph.sample_lat[idx], graph.sample_lon[idx]), strict=True):
            holders[k] = h
        old_usable = usable
        old_ok = ok
        ok, usable = usable_now()
        closed = set(np.flatnonzero(old_usable & ~usable).tolist())
        reopened = bool(np.any(~old_usable & usable))
        if not closed and not reopened:
            continue
        todo: dict[int, list[int]] = defaultdict(list)
        for (i, j), (path, km) in current.items():
            hit = path is not None and any(e in closed for e in path)
            worse_than_start = km is None or (baseline[(i, j)][1] is not None and km > baseline[(i, j)][1] + LONGER_KM)
            if hit or (reopened and worse_than_start):
                todo[i].append(j)
        for i, targets in todo.items():
            for j, (path, km) in route_from(i, targets).items():
                rerouted += 1
                old_path, old_km = current[(i, j)]
                current[(i, j)] = (path, km)
                if old_km is None or (km is not None and km <= old_km + LONGER_KM):
                    continue
                # blame: the samples of the old path that closed today
                pts = []
                for e in old_path or []:
                    lo = int(graph.sample_start[e])
                    for s in range(lo, lo + int(graph.sample_count[e])):
                        if old_ok[s] and not ok[s]:
                            pts.append((float(graph.sample_lat[s]), float(graph.sample_lon[s]), holders[s]))
                cuts.append({
                    "date": day.isoformat(), "from": tnames[i], "to": tnames[j],
                    "km_before": round(old_km, 1), "km_after": None if km is None else round(km, 1),
                    "found_after": km is not None, "extra_km": None if km is None else round(km - old_km, 1),
                    "via_before": [graph.node_name[n] for n in graph.path_nodes(tnodes[i], old_path or [])],
                    "via_after": [] if path is None else [graph.node_name[n] for n in graph.path_nodes(tnodes[i], path)],
                    "cut_by": attribute(pts, todays, allies, radius_km),
                })
    return {"actor": actor, "from": start.isoformat(), "to": end.isoformat(), "through": list(levels),
            "towns": tnames, "pairs": len(pairs), "change_days": len(day_changes), "rerouted": rerouted,
            "cuts": cuts}
