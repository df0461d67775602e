"""Territory on a date: H3 cells take the controller of nearby settlements (distance- and population-weighted).

Model: the theatre's countries are covered with H3 resolution-6 cells (~36 km², ~16,500 for Syria + Iraq). Each
settlement of known control within ``RADIUS_KM`` of a cell's centre adds ``log10(population + 1000) /
(distance_km + 5)²`` to its holder's weight in that cell; the cell goes to the heaviest actor, is "contested"
when a non-allied rival comes within ``RIVAL_RATIO`` of it (or contested settlements dominate), and "unknown"
when no settlement is in range. Areas are sums of cell areas. With the shipped 2015-01-01 snapshot the Islamic
State gets ~105,900 km² (IHS Conflict Monitor, January 2015: ~90,800 km²).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass
from typing import Any

import h3
import numpy as np

from ..errors import InputError
from ._grid import RESOLUTION, Grid, haversine_matrix, load_borders, theatre_grid
from .timeline import ControlTimeline

#: A cell farther than this from every settlement of known control is "unknown", not given to anyone. 40 km is
#: about a day's patrol from a garrison town; the desert between towns is left unknown rather than guessed.
RADIUS_KM = 40.0
#: Distance softening (km): a cell at a town's centre does not get an infinite weight.
SOFTEN_KM = 5.0
#: Population floor: villages with no gazetteer population still count, big cities count ~2x more (log10).
POP_FLOOR = 1000
#: A cell is "contested" when a non-allied rival's weight reaches this share of the leader's, or when the
#: contested pool outweighs the leader: a contested settlement gives half its weight to its holder and half to
#: that pool, so a lone contested town makes its own surroundings contested but not a big city next door.
RIVAL_RATIO = 0.75
CONTESTED_SPLIT = 0.5
UNKNOWN, CONTESTED = -1, -2


@dataclass(frozen=True, eq=False)
class _Support:
    """Sparse cell -> settlement links within RADIUS_KM with their fixed weights (depends only on the places)."""

    cell: np.ndarray
    place: np.ndarray
    weight: np.ndarray


@functools.lru_cache(maxsize=16)
def _support(grid: Grid, coords: tuple[tuple[float, float, int], ...], radius_km: float) -> _Support:
    lat = np.array([c[0] for c in coords], dtype=float)
    lon = np.array([c[1] for c in coords], dtype=float)
    pop = np.array([c[2] for c in coords], dtype=float)
    cells, places, weights = [], [], []
    # Chunks of settlements keep the distance matrix small (64 x 16.5k floats).
    for s in range(0, len(coords), 64):
        d = haversine_matrix(lat[s:s + 64], lon[s:s + 64], grid.lat, grid.lon)
        pi, ci = np.nonzero(d <= radius_km)
        cells.append(ci)
        places.append(pi + s)
        w = np.log10(pop[pi + s] + POP_FLOOR) / (d[pi, ci] + SOFTEN_KM) ** 2
        weights.append(w)
    if not cells:
        return _Support(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    return _Support(np.concatenate(cells), np.concatenate(places), np.concatenate(weights))


def support_for(tl: ControlTimeline, grid: Grid, radius_km: float = RADIUS_KM) -> _Support:
    """The (cached) cell-settlement links for the timeline's places.

    >>> from frontwatch.theatre import load_theatre
    >>> tl = ControlTimeline.build(load_theatre("syria-iraq"), [])
    >>> len(support_for(tl, theatre_grid(("SY", "IQ"))).cell) > 10_000
    True
    """
    coords = tuple((p.latitude, p.longitude, p.population) for p in tl.places)
    return _support(grid, coords, radius_km)


class TerritorySnapshot:
    """Cell labels on one date: an actor index, ``UNKNOWN`` or ``CONTESTED``.

    Areas are sums of H3 cell areas (cells whose centre is inside the theatre's borders).
    """

    def __init__(self, date: dt.date, grid: Grid, labels: np.ndarray, actors: list[str],
                 colors: dict[str, str | None], leader: np.ndarray | None = None):
        self.date = date
        self.grid = grid
        self.labels = labels
        # The heaviest actor of every cell with support, contested ones included: front lines run through
        # the middle of a contested band, where the leader changes.
        self.leader = leader if leader is not None else np.where(labels >= 0, labels, UNKNOWN)
        self.actors = actors
        self.colors = colors

    def _codes(self, actor: str | None) -> list[int]:
        if actor == "contested":
            return [CONTESTED]
        if actor is None or actor == "unknown":
            return [UNKNOWN]
        return [self.actors.index(actor)] if actor in self.actors else []

    def area_km2(self, actor: str | None) -> float:
        """Area held by ``actor`` (canonical name; "contested" or None/"unknown" for those cells).

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> snap.area_km2("Islamic State") > 50_000
        True
        """
        codes = self._codes(actor)
        return float(self.grid.area[np.isin(self.labels, codes)].sum()) if codes else 0.0

    def shares(self) -> dict[str, float]:
        """Share of the theatre's area per actor holding any (sums to <= 1; the rest is contested/unknown).

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> 0.1 < snap.shares()["Islamic State"] < 0.25
        True
        """
        tot = self.grid.total_km2
        areas = np.bincount(self.labels[self.labels >= 0], weights=self.grid.area[self.labels >= 0],
                            minlength=len(self.actors))
        return {a: float(areas[i] / tot) for i, a in enumerate(self.actors) if areas[i] > 0}

    def summary(self) -> dict[str, float]:
        """km^2 per actor plus "contested" and "unknown" (sums to the grid's area).

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> round(sum(snap.summary().values())) == round(snap.grid.total_km2)
        True
        """
        out = {a: self.area_km2(a) for a in self.shares()}
        out["contested"] = self.area_km2("contested")
        out["unknown"] = self.area_km2("unknown")
        return out

    def controller_at(self, lat: float, lon: float) -> str | None:
        """Actor holding the cell at (lat, lon); "contested"; None when unknown or outside the theatre.

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> snap.controller_at(36.34, 43.12)
        'Islamic State'
        """
        i = self.grid.index.get(h3.latlng_to_cell(lat, lon, self.grid.resolution))
        if i is None:
            return None
        code = int(self.labels[i])
        return "contested" if code == CONTESTED else (None if code == UNKNOWN else self.actors[code])

    def cells(self, actor: str | None) -> list[str]:
        """H3 ids of the cells held by ``actor`` (or "contested"/"unknown").

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> len(snap.cells("Islamic State")) > 1000
        True
        """
        idx = np.nonzero(np.isin(self.labels, self._codes(actor)))[0]
        return [self.grid.cells[i] for i in idx]

    def polygons(self, clip: bool = True) -> dict[str, Any]:
        """GeoJSON FeatureCollection: one dissolved (Multi)Polygon per actor (and "contested"), clipped to the
        theatre's borders so hexagon teeth do not cross into neighbouring countries.

        >>> from frontwatch.theatre import load_theatre
        >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
        >>> snap.polygons()["features"][0]["properties"]["actor"]
        'Islamic State'
        """
        from shapely.geometry import mapping, shape
        from shapely.ops import unary_union

        border = None
        if clip:
            b = load_borders()
            border = unary_union([shape(b[c]) for c in self.grid.countries if c in b])
        feats = []
        for name in [*self.shares(), "contested"]:
            cells = self.cells(name)
            if not cells:
                continue
            geom = h3.cells_to_geo(cells)
            if border is not None:
                g = shape(geom).intersection(border)
                geom = mapping(g)
            feats.append({"type": "Feature", "geometry": geom,
                          "properties": {"actor": name, "date": self.date.isoformat(),
                                         "area_km2": round(self.area_km2(name), 1),
                                         "color": self.colors.get(name)}})
        return {"type": "FeatureCollection", "features": feats}


def _as_date(d: dt.date | str) -> dt.date:
    if isinstance(d, dt.date):
        return d
    try:
        return dt.date.fromisoformat(str(d))
    except ValueError:
        raise InputError(f"{d!r} is not a date; use YYYY-MM-DD") from None


def territory_snapshot(tl: ControlTimeline, date: dt.date | str, *, radius_km: float = RADIUS_KM,
                       resolution: int = RESOLUTION) -> TerritorySnapshot:
    """Label every H3 cell of the theatre with its controller on ``date``.

    >>> from frontwatch.theatre import load_theatre
    >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
    >>> 0 < sum(snap.shares().values()) <= 1
    True
    """
    day = _as_date(date)
    grid = theatre_grid(tuple(tl.theatre.countries), resolution)
    sup = support_for(tl, grid, radius_km)
    actors = [a.name for a in tl.theatre.actors]
    aidx = {a: i for i, a in enumerate(actors)}
    state = tl.state_index(day)
    holder = np.array([aidx.get(a, -1) if a else -1 for a, _c, _p in state], dtype=np.int64)
    contested = np.array([c for _a, c, _p in state], dtype=bool)
    n, na = len(grid.cells), len(actors)
    h = holder[sup.place]
    ok = h >= 0
    cell, w = sup.cell[ok], sup.weight[ok]
    split = CONTESTED_SPLIT * contested[sup.place][ok]
    weights = np.bincount(cell * na + h[ok], weights=w * (1 - split), minlength=n * na).reshape(n, na)
    cont_w = np.bincount(cell, weights=w * split, minlength=n)
    total = weights.sum(axis=1) + cont_w
    best = weights.argmax(axis=1)
    best_w = weights[np.arange(n), best]
    rival_w = np.where(_ally_matrix(tl)[best], 0.0, weights).max(axis=1)
    labels = best.copy()
    labels[(rival_w >= RIVAL_RATIO * best_w) | (cont_w >= best_w)] = CONTESTED
    labels[total <= 0] = UNKNOWN
    colors = {a.name: a.color for a in tl.theatre.actors}
    colors["contested"] = "#999999"
    return TerritorySnapshot(day, grid, labels, actors, colors, np.where(total > 0, best, UNKNOWN))


def _ally_matrix(tl: ControlTimeline) -> np.ndarray:
    """allied[i, j]: actor j may share territory with actor i (itself included), from the pack's allies."""
    names = [a.name for a in tl.theatre.actors]
    m = np.zeros((len(names), len(names)), dtype=bool)
    for i, a in enumerate(names):
        allies = tl.theatre.allies_of(a)
        for j, b in enumerate(names):
            m[i, j] = b in allies
    return m


STEPS = {"week": 7, "month": None, "quarter": None}


def _dates(start: dt.date, end: dt.date, step: str) -> list[dt.date]:
    if step not in STEPS:
        raise InputError(f"step must be one of {', '.join(STEPS)}, got {step!r}")
    out, d = [], start
    months = {"month": 1, "quarter": 3}.get(step)
    k = 0
    while d <= end:
        out.append(d)
        k += 1
        if months is None:
            d = start + dt.timedelta(days=7 * k)
        else:
            m = start.month - 1 + months * k
            y = start.year + m // 12
            # Clamp the day so a series starting on the 31st still steps monthly.
            day = min(start.day, [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31][m % 12])
            d = dt.date(y, m % 12 + 1, day)
    return out


def territory_series(tl: ControlTimeline, actor: str, start: dt.date | str, end: dt.date | str,
                     step: str = "month", **kw: Any) -> list[dict[str, Any]]:
    """Area and share of ``actor`` on each step date from ``start`` to ``end`` with the change since the last.

    >>> from frontwatch.theatre import load_theatre
    >>> rows = territory_series(ControlTimeline.build(load_theatre("syria-iraq"), []), "IS", "2015-01-01", "2015-03-01")
    >>> [r["date"] for r in rows]
    ['2015-01-01', '2015-02-01', '2015-03-01']
    """
    name = tl.theatre.actor(actor).name
    a, b = _as_date(start), _as_date(end)
    if b < a:
        raise InputError(f"--to {b} is before --from {a}")
    rows: list[dict[str, Any]] = []
    prev: float | None = None
    for d in _dates(a, b, step):
        snap = territory_snapshot(tl, d, **kw)
        area = snap.area_km2(name)
        change = None if prev is None else area - prev
        pct = None if prev is None or prev == 0 else 100.0 * (area - prev) / prev
        rows.append({"date": d.isoformat(), "actor": name, "area_km2": round(area, 1),
                     "share": round(area / snap.grid.total_km2, 4),
                     "change_km2": None if change is None else round(change, 1),
                     "change_pct": None if pct is None or math.isnan(pct) else round(pct, 2)})
        prev = area
    return rows
