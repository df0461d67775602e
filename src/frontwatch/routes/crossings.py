"""Border crossings (curated, with sources) and which of them an actor's side holds on a date."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .routing import ControlLookup


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


def crossings_status(control: ControlLookup, allies: set[str], crossings: tuple[Crossing, ...] | None = None,
                     actor: str | None = None) -> list[dict[str, Any]]:
    """Every crossing with who holds its inner side and whether that is the actor's side ("held").

    >>> rows = crossings_status(lambda lat, lon: "YPG/SDF" if lon > 38.3 else "Syrian rebels", {"YPG/SDF"})
    >>> [r["name"] for r in rows if r["held"]][:2]
    ['Kobani', 'Tal Abyad']
    """
    out = []
    for c in crossings if crossings is not None else load_crossings():
        holder = control(c.lat, c.lon)
        out.append({"name": c.name, "other_side": c.other_side, "countries": c.countries, "holder": holder,
                    "held": holder in allies, "actor": actor, "latitude": c.lat, "longitude": c.lon,
                    "source": c.source})
    return out
