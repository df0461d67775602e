"""The theatre's H3 grid: cell ids, centres, areas and neighbours, computed once per (countries, resolution)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import h3
import numpy as np

#: H3 resolution 6: ~36 km^2 cells, ~16,500 over Syria + Iraq; a snapshot is one numpy pass over them.
RESOLUTION = 6


@functools.lru_cache(maxsize=1)
def load_borders() -> dict[str, dict[str, Any]]:
    """ISO2 -> GeoJSON geometry of the shipped, simplified country borders (see data-src/borders/PROVENANCE.md).

    >>> sorted(load_borders())[:3]
    ['DZ', 'EG', 'IL']
    """
    path = resources.files("frontwatch") / "data" / "borders.geojson"
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["iso2"]: f["geometry"] for f in doc["features"]}


@dataclass(frozen=True, eq=False)
class Grid:
    """H3 cells covering some countries, with everything a snapshot needs as numpy arrays."""

    resolution: int
    countries: tuple[str, ...]
    cells: list[str]
    index: dict[str, int]
    lat: np.ndarray  # degrees
    lon: np.ndarray
    area: np.ndarray  # km^2
    country: np.ndarray  # index into ``countries``
    neighbours: np.ndarray  # (n, 6) cell indices, -1 where the neighbour is outside the grid

    @property
    def total_km2(self) -> float:
        return float(self.area.sum())


@functools.lru_cache(maxsize=4)
def theatre_grid(countries: tuple[str, ...], resolution: int = RESOLUTION) -> Grid:
    """The H3 grid of ``countries`` (cells whose centre lies inside the border), cached.

    >>> g = theatre_grid(("SY",))
    >>> 180_000 < g.total_km2 < 192_000
    True
    """
    borders = load_borders()
    cells: list[str] = []
    owner: list[int] = []
    seen: set[str] = set()
    for ci, cc in enumerate(countries):
        if cc not in borders:
            continue
        for c in sorted(h3.geo_to_cells(borders[cc], resolution)):
            if c not in seen:  # a centre on a shared border belongs to the first country only
                seen.add(c)
                cells.append(c)
                owner.append(ci)
    index = {c: i for i, c in enumerate(cells)}
    ll = np.array([h3.cell_to_latlng(c) for c in cells], dtype=float).reshape(-1, 2)
    area = np.array([h3.cell_area(c, unit="km^2") for c in cells], dtype=float)
    nb = np.full((len(cells), 6), -1, dtype=np.int64)
    for i, c in enumerate(cells):
        for k, n in enumerate(x for x in h3.grid_ring(c, 1) if x in index):
            nb[i, k] = index[n]
    return Grid(resolution, tuple(countries), cells, index, ll[:, 0], ll[:, 1], area, np.array(owner), nb)


def haversine_matrix(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Pairwise great-circle distances in km, shape (len(lat1), len(lat2)).

    >>> round(float(haversine_matrix(np.array([36.34]), np.array([43.12]), np.array([36.19]), np.array([44.01]))[0, 0]))
    82
    """
    p = np.pi / 180
    a1, o1 = lat1[:, None] * p, lon1[:, None] * p
    a2, o2 = lat2[None, :] * p, lon2[None, :] * p
    h = np.sin((a2 - a1) / 2) ** 2 + np.cos(a1) * np.cos(a2) * np.sin((o2 - o1) / 2) ** 2
    return 12742.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
