"""Border crossings (curated, with sources) and which of them an actor's side holds on a date."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .graph import RoadGraph, haversine_km
from .routing import ControlLookup

#: km inward along the inner road at which an unknown gate is probed
PROBE_KM = (2.0, 5.0, 10.0)


@dataclass(slots=True, frozen=True)
class Crossing:
    """A border crossing: its name on the Syrian/Iraqi side, the far side's name, the countries and a source."""

    name: str
    other_side: str
    countries: str  # "SY-TR": this side first
    lat: float
    lon: float
    node: str  # the road-graph node at the crossing
    source: str


@functools.lru_cache(maxsize=2)
def load_crossings(path: str | None = None) -> tuple[Crossing, ...]:
    """The curated border crossings shipped with frontwatch (``data/roads_crossings.csv``).

    >>> any(c.name == "Bab al-Hawa" for c in load_crossings())
    True
    """
    p = Path(path) if path else Path(str(resources.files("frontwatch") / "data" / "roads_crossings.csv"))
    with open(p, encoding="utf-8", newline="") as fh:
        return tuple(Crossing(name=r["name"], other_side=r["other_side"], countries=r["countries"],
                              lat=float(r["latitude"]), lon=float(r["longitude"]), node=r["node"], source=r["source"])
                     for r in csv.DictReader(fh))


def probe_points(crossing: Crossing, graph: RoadGraph | None) -> list[tuple[float, float, float]]:
    """(lat, lon, km inward) points at which to ask who holds a crossing: the gate, then along the inner road.

    Control maps built from settlements often leave the last kilometres before a border unknown; whoever holds
    the road a few km inside holds the crossing in practice.
    """
    pts = [(crossing.lat, crossing.lon, 0.0)]
    if graph is None:
        return pts
    node = graph.find_node(crossing.node)
    if node is None:
        return pts
    inner = crossing.countries.split("-")[0]
    for nb, e in graph.adj[node]:
        if graph.node_country[nb] not in ("", inner):
            continue
        lo, la = graph.edge_lons[e], graph.edge_lats[e]
        if int(graph.edge_u[e]) != node:
            lo, la = lo[::-1], la[::-1]
        seg = np.array([haversine_km(la[i], lo[i], la[i + 1], lo[i + 1]) for i in range(len(la) - 1)])
        cum = np.concatenate([[0.0], np.cumsum(seg)])
        for km in PROBE_KM:
            if km < cum[-1]:
                pts.append((float(np.interp(km, cum, la)), float(np.interp(km, cum, lo)), km))
        break  # one inner road is enough
    return pts


def crossings_status(control: ControlLookup, allies: set[str], crossings: tuple[Crossing, ...] | None = None,
                     actor: str | None = None, graph: RoadGraph | None = None) -> list[dict[str, Any]]:
    """Every crossing with who holds its inner side and whether that is the actor's side ("held").

    With ``graph``, a crossing whose gate is unknown ground takes the holder of the inner road a few km in
    (``holder_km`` says how far in).

    >>> rows = crossings_status(lambda lat, lon: "YPG/SDF" if lon > 38.3 else "Syrian rebels", {"YPG/SDF"})
    >>> [r["name"] for r in rows if r["held"]][:2]
    ['Kobani', 'Tal Abyad']
    """
    out = []
    for c in crossings if crossings is not None else load_crossings():
        holder, at_km = None, None
        for la, lo, km in probe_points(c, graph):
            holder = control(la, lo)
            if holder is not None:
                at_km = km
                break
        out.append({"name": c.name, "other_side": c.other_side, "countries": c.countries, "holder": holder,
                    "held": holder in allies, "holder_km": at_km, "actor": actor, "latitude": c.lat,
                    "longitude": c.lon, "source": c.source})
    return out
