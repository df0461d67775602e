"""Front lines: the shared edges between two actors' H3 cells on a date, merged into GeoJSON lines."""

from __future__ import annotations

from typing import Any

import h3
import numpy as np

from .territory import CONTESTED, TerritorySnapshot
from .timeline import haversine_km


def _codes(snap: TerritorySnapshot, actor: str, with_allies: bool, theatre: Any | None) -> np.ndarray:
    names = {actor}
    if with_allies and theatre is not None:
        names |= theatre.allies_of(actor)
    return np.array([snap.actors.index(n) for n in names if n in snap.actors], dtype=np.int64)


def frontlines(snap: TerritorySnapshot, a: str, b: str, *, with_allies: bool = False,
               theatre: Any | None = None) -> dict[str, Any]:
    """GeoJSON FeatureCollection with one (Multi)LineString: where ``a``'s cells touch ``b``'s on the snapshot date.

    Empty (no features) when the two actors' territories do not touch. Contested cells count for the actor
    leading there, so the line runs through the middle of a contested band. ``with_allies`` (needs ``theatre``) counts
    each side's allies' cells as its own.

    >>> from frontwatch.theatre import load_theatre
    >>> from frontwatch.control import ControlTimeline, territory_snapshot
    >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
    >>> len(frontlines(snap, "Islamic State", "Kurdish Peshmerga")["features"])
    1
    """
    from shapely.geometry import MultiLineString, mapping
    from shapely.ops import linemerge

    ca, cb = _codes(snap, a, with_allies, theatre), _codes(snap, b, with_allies, theatre)
    # Contested cells count for the side that leads there, so a contested band between two actors still
    # yields one line (through its middle) instead of none.
    eff = np.where(snap.labels == CONTESTED, snap.leader, snap.labels)
    in_a = np.isin(eff, ca)
    in_b = np.isin(eff, cb)
    nb = snap.grid.neighbours
    # Vectorised pair search: every (a-cell, neighbour slot) whose neighbour is a b-cell.
    rows, slots = np.nonzero(in_a[:, None] & (nb >= 0) & in_b[np.where(nb >= 0, nb, 0)])
    segments = []
    length = 0.0
    cells = snap.grid.cells
    for i, k in zip(rows.tolist(), slots.tolist(), strict=True):
        edge = h3.cells_to_directed_edge(cells[i], cells[int(nb[i, k])])
        (lat1, lon1), (lat2, lon2) = h3.directed_edge_to_boundary(edge)[:2]
        segments.append(((lon1, lat1), (lon2, lat2)))
        length += haversine_km(lat1, lon1, lat2, lon2)
    if not segments:
        return {"type": "FeatureCollection", "features": []}
    # Edge end points are shared exactly between neighbouring edges, so linemerge joins them into long lines;
    # rounding first makes floating-point twins identical.
    merged = linemerge(MultiLineString([[(round(x, 6), round(y, 6)) for x, y in s] for s in segments]))
    props = {"date": snap.date.isoformat(), "actor_a": a, "actor_b": b, "length_km": round(length, 1),
             "segments": len(segments)}
    return {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": mapping(merged),
                                                       "properties": props}]}
