"""A small hand-made road graph whose right answers are known, and fake control lookups over it."""

from __future__ import annotations

import pytest

from frontwatch.routes import RoadGraph

# A --50-- B --50-- C   direct road, 100 km
# A --70-- D --70-- C   northern detour, 140 km
# A -100-- E -100-- C   southern detour, 200 km
NODES = [("A", 35.0, 38.0), ("B", 35.0, 38.5), ("C", 35.0, 39.0), ("D", 35.4, 38.5), ("E", 34.6, 38.5)]
EDGES = [(0, 1, 50.0, "M1"), (1, 2, 50.0, "M1"), (0, 3, 70.0, "N7"), (3, 2, 70.0, "N7"), (0, 4, 100.0, "S9"),
         (4, 2, 100.0, "S9")]
TOWNS = [("A", 35.0, 38.0, 100_000), ("C", 35.0, 39.0, 50_000), ("D", 35.4, 38.5, 20_000)]


@pytest.fixture(scope="session")
def graph() -> RoadGraph:
    return RoadGraph.from_lists(NODES, EDGES, TOWNS)


def near(lat: float, lon: float, clat: float, clon: float, r: float = 0.15) -> bool:
    return abs(lat - clat) < r and abs(lon - clon) < r


def holding(default: str | None = "Red", **zones: str | None):
    """A control lookup: ``default`` everywhere except around the named nodes (B="Blue" -> Blue holds B)."""
    where = {n: (la, lo) for n, la, lo in NODES}

    def control(lat: float, lon: float) -> str | None:
        for name, holder in zones.items():
            if near(lat, lon, *where[name]):
                return holder
        return default

    return control
