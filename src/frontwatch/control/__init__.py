"""Territorial control: the control timeline per settlement, territory on a date (H3 grid) and front lines.

Pure functions over (theatre, events) so the CLI, the REST API and the map share them::

    tl = ControlTimeline.build(theatre, ws.events())
    tl.on("2015-06-20", actor="YPG/SDF"); tl.history("Tal Abyad"); tl.changes("2015-06-01", "2015-06-30")
    snap = territory_snapshot(tl, "2015-06-20"); snap.area_km2("Islamic State"); snap.polygons()
    frontlines(snap, "Islamic State", "YPG/SDF")
    territory_series(tl, "Islamic State", "2015-01-01", "2015-12-01", step="month")
"""

from __future__ import annotations

from .evaluate import evaluate_control, format_report, read_gold
from .frontlines import frontlines
from .territory import RADIUS_KM, TerritorySnapshot, territory_series, territory_snapshot
from .timeline import SNAPSHOT_DATE, ControlTimeline, build_timeline, load_snapshot

__all__ = ["RADIUS_KM", "SNAPSHOT_DATE", "ControlTimeline", "TerritorySnapshot", "build_timeline",
           "evaluate_control", "format_report", "frontlines", "load_snapshot", "read_gold", "territory_series",
           "territory_snapshot"]
