"""Fixtures of the control tests: a hand-made snapshot in north-east Syria and an event factory."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from frontwatch.control.timeline import Settlement
from frontwatch.theatre import load_theatre

SNAP_DAY = dt.date(2015, 1, 1)


@pytest.fixture(scope="session")
def theatre():
    return load_theatre("syria-iraq")


@pytest.fixture()
def snapshot():
    """Four towns whose answers are known: two IS, one YPG, one government, 60+ km apart."""
    places = [
        Settlement("Tal Abyad", "SY", 36.696, 38.954, 20000),
        Settlement("Ain Issa", "SY", 36.385, 38.860, 5000),
        Settlement("Ras al-Ayn", "SY", 36.850, 40.070, 30000),
        Settlement("Hasakah", "SY", 36.502, 40.748, 400000),
    ]
    states = [("Islamic State", False, "2014"), ("Islamic State", False, ""), ("YPG/SDF", False, "2013-07"),
              ("Syrian government forces", False, "")]
    return SNAP_DAY, places, states


def ev(id: str, date: str, actor1: str | None, place: str | None = "Tal Abyad", *, lat: float | None = 36.696,
       lon: float | None = 38.954, actor2: str | None = "Islamic State", precision: str = "day",
       date_end: str | None = None, sub: str = "Non-state actor overtakes territory",
       event_type: str = "Battles", tags: list[str] | None = None, confidence: float = 0.7,
       geo_precision: int = 1) -> dict[str, Any]:
    """An event dict in the contract's shape (only the fields the timeline reads)."""
    return {"id": id, "date": date, "date_end": date_end or date, "date_precision": precision,
            "event_type": event_type, "sub_event_type": sub, "actor1": actor1, "actor2": actor2,
            "location": place, "country": "SY", "latitude": lat, "longitude": lon, "geo_precision": geo_precision,
            "tags": tags or [], "confidence": confidence, "article_id": "a-" + id, "evidence": "..."}
