"""Routing under territorial control: usable-edge masks per (date, actor), shortest paths, and what cut a path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from ..errors import GeocodeError, InputError
from ..records import Place
from .graph import RoadGraph, haversine_np

#: who holds a point: a canonical actor name, "contested", or None for unknown
ControlLookup = Callable[[float, float], "str | None"]
#: a control timeline: the lookup for a date
ControlAt = Callable[[dt.date], ControlLookup]
THROUGH_LEVELS = {"own": ("own",), "contested": ("own", "contested"), "unknown": ("own", "contested", "unknown")}
#: a blocked road point is blamed on a control change no further away than this (km); the control module lets
#: a settlement label ground up to its 40 km support radius, plus half an H3 cell
CUT_RADIUS_KM = 45.0
#: places further than this from any road node are refused (GeocodeError): they are not in the theatre
MAX_SNAP_KM = 150.0
#: places further than this from any road node are still routed, but the result says how far the snap was
SNAP_WARN_KM = 25.0


@dataclass(slots=True, frozen=True)
class ControlChange:
    """One change of control from the control timeline, with the evidence for it.

    >>> ControlChange(dt.date(2015, 6, 16), "Tal Abyad", 36.70, 38.95, "Islamic State", "YPG/SDF").actor_to
    'YPG/SDF'
    """

    date: dt.date
    place: str
    lat: float
    lon: float
    actor_from: str | None
    actor_to: str | None
    evidence: str | None = None
    event_id: str | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (ISO date, latitude/longitude keys as in the event contract)."""
        d = asdict(self)
        d["date"] = self.date.isoformat()
        d["latitude"], d["longitude"] = d.pop("lat"), d.pop("lon")
        return d


ChangeSource = Sequence[ControlChange] | Callable[[dt.date, dt.date], Iterable[ControlChange]]


def changes_between(changes: ChangeSource | None, start: dt.date, end: dt.date) -> list[ControlChange]:
    """Changes with ``start < date <= end``, date-sorted, from a list or a ``(start, end) -> changes`` callable."""
    if changes is None:
        return []
    items = changes(start, end) if callable(changes) else changes
    return sorted((c for c in items if start < c.date <= end), key=lambda c: (c.date, c.place))


def through_levels(through: str | Sequence[str]) -> tuple[str, ...]:
    """Normalise ``through``: "own" | "contested" | "unknown" or an explicit tuple such as ("own", "contested")."""
    if isinstance(through, str):
        if through not in THROUGH_LEVELS:
            raise InputError(f"through must be one of {', '.join(THROUGH_LEVELS)}, got {through!r}")
        return THROUGH_LEVELS[through]
    levels = tuple(through)
    bad = [x for x in levels if x not in ("own", "contested", "unknown")]
    if bad or "own" not in levels:
        raise InputError(f"through takes 'own' plus optionally 'contested' and 'unknown', got {levels!r}")
    return levels


class MaskCache:
    """Who holds each sample point, per control lookup, and the usable-edge masks derived from it.

    The expensive part, one control lookup per sample point, depends only on the lookup (the date), not on the
    actor, so it is done once per lookup object and every (actor, through) mask is then a vectorised ``isin``.
    """

    def __init__(self, graph: RoadGraph, maxsize: int = 64) -> None:
        self.graph = graph
        self.maxsize = maxsize
        self._holders: dict[int, tuple[Any, np.ndarray, list[str | None]]] = {}

    def holders(self, control: ControlLookup) -> tuple[np.ndarray, list[str | None]]:
        """(code per sample point, names by code) for one lookup; code k means names[k] holds the point."""
        key = id(control)
        hit = self._holders.get(key)
        if hit is not None and hit[0] is control:  # id() reuse after garbage collection: check identity
            return hit[1], hit[2]
        codes, table = encode(lookup_points(control, self.graph.sample_lat, self.graph.sample_lon))
        if len(self._holders) >= self.maxsize:
            self._holders.pop(next(iter(self._holders)))
        self._holders[key] = (control, codes, table)
        return codes, table

    def usable(self, control: ControlLookup, allies: set[str], through: Sequence[str]) -> np.ndarray:
        """Boolean usable flag per edge for an actor (with allies) under one control lookup."""
        codes, table = self.holders(control)
        return self.graph.edge_allowed(sample_ok(codes, table, allies, through))


def lookup_points(control: ControlLookup, lats: np.ndarray, lons: np.ndarray) -> list[str | None]:
    """Who holds each point; uses the lookup's vectorised ``controllers_at(lats, lons)`` when it has one."""
    bulk = getattr(control, "controllers_at", None)
    if bulk is not None:
        return list(bulk(lats, lons))
    return [control(la, lo) for la, lo in zip(lats.tolist(), lons.tolist(), strict=True)]


def encode(names: Sequence[str | None]) -> tuple[np.ndarray, list[str | None]]:
    """Integer codes for a list of holder names (None included as its own code)."""
    table: list[str | None] = []
    index: dict[str | None, int] = {}
    codes = np.empty(len(names), dtype=np.int32)
    for i, n in enumerate(names):
        k = index.get(n)
        if k is None:
            k = index[n] = len(table)
            table.append(n)
        codes[i] = k
    return codes, table


def sample_ok(codes: np.ndarray, table: Sequence[str | None], allies: set[str], through: Sequence[str]) -> np.ndarray:
    """Per-sample usability: held by the actor or an ally, or contested/unknown when ``through`` allows it."""
    ok_codes = [k for k, n in enumerate(table)
                if (n in allies) or (n == "contested" and "contested" in through) or (n is None and "unknown" in through)]
    return np.isin(codes, ok_codes)


@dataclass(slots=True)
class Endpoint:
    """A routed place: its name and point, the node it was snapped to and how far that was."""

    name: str
    lat: float
    lon: float
    node: int
    snap_km: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {"name": self.name, "latitude": round(self.lat, 5), "longitude": round(self.lon, 5),
                "node": self.node, "snap_km": round(self.snap_km, 1)}


def actor_side(actor: str, allies: set[str] | None, theatre: str) -> tuple[str, set[str]]:
    """The actor's canonical name and every actor whose ground it may use (its allies from the pack unless given).

    >>> actor_side("IS", None, "syria-iraq")[0]
    'Islamic State'
    """
    if allies is None:
        from ..theatre import load_theatre

        th = load_theatre(theatre)
        actor = th.actor(actor).name
        allies = th.allies_of(actor)
    return actor, set(allies) | {actor}


def resolve_place(graph: RoadGraph, place: str | Place | tuple[float, float], theatre: str = "syria-iraq") -> Endpoint:
    """A place name, Place or (lat, lon) as a graph endpoint; unknown names raise GeocodeError with suggestions.

    >>> from frontwatch.routes import load_road_graph
    >>> resolve_place(load_road_graph(), "Raqqa").snap_km < 5
    True
    """
    if isinstance(place, tuple):
        lat, lon = float(place[0]), float(place[1])
        name = f"{lat:.4f},{lon:.4f}"
    elif isinstance(place, Place):
        lat, lon, name = place.latitude, place.longitude, place.name
    else:
        text = str(place).strip()
        if not text:
            raise GeocodeError("empty place name; give a town, e.g. Raqqa")
        node = graph.find_node(text)
        if node is not None:  # road nodes (towns, crossings) first: their coordinates are the curated ones
            return Endpoint(graph.node_name[node], float(graph.node_lat[node]), float(graph.node_lon[node]), node, 0.0)
        from ..geo import get_geoparser

        gp = get_geoparser(theatre)
        hit = gp.resolve(text)
        if hit is None:
            sugg = [p.name for p, _ in gp.candidates(text, n=5)]
            hint = f"; did you mean: {', '.join(dict.fromkeys(sugg))}?" if sugg else ""
            raise GeocodeError(f"unknown place {text!r}{hint}")
        lat, lon, name = hit.latitude, hit.longitude, hit.name
    node, km = graph.nearest_node(lat, lon)
    if km > MAX_SNAP_KM:
        # A name that resolves far outside the road network (another country's town of the same name, or a
        # typo that matched something abroad) must not be routed: say so and suggest theatre places.
        from ..geo import get_geoparser

        sugg = [p.name for p, _ in get_geoparser(theatre).candidates(name, n=8)
                if graph.nearest_node(p.latitude, p.longitude)[1] <= MAX_SNAP_KM][:5]
        hint = f"; did you mean: {', '.join(dict.fromkeys(sugg))}?" if sugg else ""
        raise GeocodeError(f"{name!r} resolves to a place {km:,.0f} km from the theatre's road network "
                           f"(max {MAX_SNAP_KM:.0f} km){hint}")
    return Endpoint(name, lat, lon, node, km)


def _path_summary(graph: RoadGraph, src: int, edges: Sequence[int]) -> dict[str, Any]:
    nodes = graph.path_nodes(src, edges)
    via = [graph.node_name[n] for n in nodes]
    roads: list[str] = []
    for e in edges:
        label = graph.edge_ref[e] or graph.edge_name[e].split(" | ")[0] or "road"
        if not roads or roads[-1] != label:
            roads.append(label)
    return {"km": round(float(sum(graph.edge_km[e] for e in edges)), 1), "via": via, "roads": roads,
            "geometry": {"type": "LineString", "coordinates": graph.path_coords(src, edges)}}


def shortest_path(graph: RoadGraph, src: int, dst: int, usable: np.ndarray | None) -> list[int] | None:
    """Edges of the shortest usable path, [] when src == dst, None when there is none."""
    if src == dst:
        return []
    dist, pred = graph.shortest(src, dst, usable)
    if not np.isfinite(dist[dst]):
        return None
    return graph.path_edges(pred, src, dst)


def blocked_points(graph: RoadGraph, edges: Sequence[int], codes: np.ndarray, table: Sequence[str | None],
                   allies: set[str], through: Sequence[str]) -> list[tuple[float, float, str | None]]:
    """(lat, lon, holder) of the sample points on ``edges`` that the actor may not use."""
    ok = sample_ok(codes, table, allies, through)
    out = []
    for e in edges:
        lo = int(graph.sample_start[e])
        hi = lo + int(graph.sample_count[e])
        for i in range(lo, hi):
            if not ok[i]:
                out.append((float(graph.sample_lat[i]), float(graph.sample_lon[i]), table[codes[i]]))
    return out


def attribute(points: Sequence[tuple[float, float, str | None]], changes: Sequence[ControlChange],
              allies: set[str], radius_km: float = CUT_RADIUS_KM) -> list[dict[str, Any]]:
    """The control changes that explain blocked points: for each point, the latest nearby change lost to the actor.

    A change counts when it happened within ``radius_km`` of the point and handed ground to someone outside the
    actor's side (or to "contested"); the latest such change per point is the one that closed the road.
    """
    if not points or not changes:
        return []
    lost = [c for c in changes if c.actor_to not in allies]
    if not lost:
        return []
    clat = np.array([c.lat for c in lost])
    clon = np.array([c.lon for c in lost])
    picked: dict[int, float] = {}
    for la, lo, _ in points:
        d = haversine_np(la, lo, clat, clon)
        near = np.flatnonzero(d <= radius_km)
        if len(near) == 0:
            continue
        best = max(near.tolist(), key=lambda k: (lost[k].date, -d[k]))  # latest, then nearest
        picked[best] = min(picked.get(best, np.inf), float(d[best]))
    out = []
    for k, km in sorted(picked.items(), key=lambda kv: (lost[kv[0]].date, lost[kv[0]].place)):
        out.append({**lost[k].to_dict(), "km_from_path": round(km, 1)})
    return out


def check_date(date: dt.date, start: dt.date, end: dt.date, what: str = "date") -> None:
    """Raise InputError when ``date`` is outside the data's period."""
    if not isinstance(date, dt.date):
        raise InputError(f"{what} must be a date (YYYY-MM-DD), got {date!r}")
    if date < start or date > end:
        raise InputError(f"{what} {date.isoformat()} is outside the data ({start.isoformat()} to {end.isoformat()})")


def default_vs_date(graph: RoadGraph, src: int, dst: int, date: dt.date, changes: Sequence[ControlChange],
                    path_edges: Sequence[int] | None, radius_km: float = CUT_RADIUS_KM) -> dt.date | None:
    """The day before the last control change (on or before ``date``) near the natural path or the current one.

    "Natural" is the shortest path with no control applied: the road a route would take if nothing were cut,
    so the last change on it is the one that most plausibly diverted (or restored) the route.
    """
    free = shortest_path(graph, src, dst, None) or []
    edges = set(free) | set(path_edges or [])
    if not edges or not changes:
        return None
    sel = np.isin(graph.sample_edge, list(edges))
    slat, slon = graph.sample_lat[sel], graph.sample_lon[sel]
    for c in sorted(changes, key=lambda c: c.date, reverse=True):
        if c.date > date:
            continue
        if float(np.min(haversine_np(c.lat, c.lon, slat, slon))) <= radius_km:
            return c.date - dt.timedelta(days=1)
    return None


def route(graph: RoadGraph, from_place: str | Place | tuple[float, float], to_place: str | Place | tuple[float, float],
          actor: str, date: dt.date, control: ControlLookup, allies: set[str] | None = None,
          through: str | Sequence[str] = ("own",), *, vs: dt.date | None = None,
          control_vs: ControlLookup | None = None, timeline: ControlAt | None = None,
          changes: ChangeSource | None = None, masks: MaskCache | None = None,
          theatre: str = "syria-iraq") -> dict[str, Any]:
    """Shortest road route for ``actor`` on ``date`` through territory it or its allies hold.

    ``control`` is who holds what on ``date``; ``through`` also admits "contested" and/or "unknown" ground.
    With ``vs`` (and ``control_vs`` or a ``timeline``) the route is compared with that date's and ``cut_by``
    lists the control changes (from ``changes``) that closed the old path; with a timeline and changes but no
    ``vs``, the comparison date defaults to the day before the last change on the route's natural path.

    >>> from frontwatch.routes import load_road_graph
    >>> r = route(load_road_graph(), "Mosul", "Raqqa", "Islamic State", dt.date(2015, 1, 1),
    ...           control=lambda lat, lon: "Islamic State", allies={"Islamic State"})
    >>> r["found"], r["via"][0], r["via"][-1]
    (True, 'Mosul', 'Raqqa')
    """
    levels = through_levels(through)
    actor, allies = actor_side(actor, allies, theatre)
    masks = masks or MaskCache(graph)
    a = resolve_place(graph, from_place, theatre)
    b = resolve_place(graph, to_place, theatre)
    usable = masks.usable(control, allies, levels)
    edges = shortest_path(graph, a.node, b.node, usable)
    out: dict[str, Any] = {
        "found": edges is not None, "from": a.name, "to": b.name, "actor": actor, "date": date.isoformat(),
        "through": list(levels), "km": None, "via": [], "roads": [], "geometry": None,
        "snapped": {"from": round(a.snap_km, 1), "to": round(b.snap_km, 1)},
    }
    if edges is not None:
        out.update(_path_summary(graph, a.node, edges))
    else:
        out["reason"] = (f"no road from {a.name} to {b.name} stays in ground held by {actor} or its allies"
                         + ("" if "unknown" in levels else "; try through='contested' or 'unknown'"))
    # who holds the endpoints themselves: a route "to" a town the enemy holds reaches its edge, not the town
    out["held_by"] = {"from": control(a.lat, a.lon), "to": control(b.lat, b.lon)}
    warn = [w for w, e in (("from", a), ("to", b)) if e.snap_km > SNAP_WARN_KM]
    if warn:
        out["warning"] = "; ".join(f"{w} place is {(a if w == 'from' else b).snap_km:.0f} km from the nearest road "
                                   f"node ({graph.node_name[(a if w == 'from' else b).node]})" for w in warn)

    # -- comparison with an earlier date
    if vs is None and timeline is not None and changes is not None:
        vs = default_vs_date(graph, a.node, b.node, date, changes_between(changes, dt.date.min, date), edges)
    if vs is not None:
        if vs >= date:
            raise InputError(f"vs date {vs.isoformat()} must be before the route date {date.isoformat()}")
        if control_vs is None:
            if timeline is None:
                raise InputError("comparing with an earlier date needs control_vs or a timeline")
            control_vs = timeline(vs)
        old = shortest_path(graph, a.node, b.node, masks.usable(control_vs, allies, levels))
        out["vs"] = {"date": vs.isoformat(), "found": old is not None, "km": None, "via": []}
        if old is not None:
            s = _path_summary(graph, a.node, old)
            out["vs"].update({"km": s["km"], "via": s["via"], "roads": s["roads"], "geometry": s["geometry"]})
        out["cut_by"] = []
        if old is not None and (edges is None or out["km"] > out["vs"]["km"] + 0.05):
            codes, table = masks.holders(control)
            pts = blocked_points(graph, old, codes, table, allies, levels)
            out["cut_by"] = attribute(pts, changes_between(changes, vs, date), allies)
            if pts and not out["cut_by"]:
                out["cut_note"] = (f"{len(pts)} point(s) of the old path are no longer usable, but no recorded "
                                   f"control change lies within {CUT_RADIUS_KM:.0f} km of them")
    return out
