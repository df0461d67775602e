"""Territory snapshots and front lines on the hand-made snapshot (and the shipped one for plausibility)."""

from __future__ import annotations

import pytest

from frontwatch.control import ControlTimeline, frontlines, territory_series, territory_snapshot
from frontwatch.control._grid import theatre_grid
from frontwatch.control.territory import RADIUS_KM
from frontwatch.control.timeline import Settlement, haversine_km

from .conftest import SNAP_DAY, ev


@pytest.fixture()
def tl(theatre, snapshot):
    return ControlTimeline.build(theatre, [], snapshot=snapshot)


def test_cells_near_a_settlement_take_its_controller(tl):
    snap = territory_snapshot(tl, "2015-02-01")
    assert snap.controller_at(36.70, 38.96) == "Islamic State"  # Tal Abyad
    assert snap.controller_at(36.86, 40.09) == "YPG/SDF"  # Ras al-Ayn
    assert snap.controller_at(36.50, 40.75) == "Syrian government forces"  # Hasakah


def test_far_cells_are_unknown_not_given_away(tl):
    snap = territory_snapshot(tl, "2015-02-01")
    # Deir ez-Zor is ~170 km from every fixture town.
    assert snap.controller_at(35.33, 40.14) is None
    assert snap.controller_at(33.5, 36.3) is None  # Damascus: not in this fixture
    assert snap.controller_at(48.0, 2.0) is None  # Paris: outside the grid
    # No labelled cell lies farther than RADIUS_KM from a fixture town.
    g = snap.grid
    labelled = snap.labels != -1
    towns = [(p.latitude, p.longitude) for p in tl.places]
    for i in labelled.nonzero()[0][:400]:
        assert min(haversine_km(g.lat[i], g.lon[i], a, b) for a, b in towns) <= RADIUS_KM + 0.01


def test_areas_and_shares_are_bounded(tl, theatre):
    snap = territory_snapshot(tl, "2015-02-01")
    total = sum(snap.summary().values())
    assert total == pytest.approx(snap.grid.total_km2)
    grid = theatre_grid(tuple(theatre.countries))
    # Syria ~185,180 km2 + Iraq ~438,317 km2 (CIA World Factbook): the grid is within 1 %.
    assert grid.total_km2 == pytest.approx(185_180 + 438_317, rel=0.01)
    shares = snap.shares()
    assert 0 < sum(shares.values()) <= 1
    assert set(shares) == {"Islamic State", "YPG/SDF", "Syrian government forces"}
    # one 40 km disc is ~5,000 km2: four towns cannot hold more than four discs
    held = sum(snap.area_km2(a) for a in shares)
    assert 5_000 < held <= 4 * 3.1416 * RADIUS_KM**2 * 1.05


def test_capture_moves_area_between_actors(theatre, snapshot):
    tl = ControlTimeline.build(theatre, [ev("e1", "2015-06-15", "YPG/SDF")], snapshot=snapshot)
    rows = territory_series(tl, "YPG/SDF", "2015-05-15", "2015-07-15", step="month")
    assert [r["date"] for r in rows] == ["2015-05-15", "2015-06-15", "2015-07-15"]
    assert rows[1]["change_km2"] > 1000 and rows[2]["change_km2"] == 0
    assert rows[0]["change_km2"] is None and rows[1]["change_pct"] > 0
    before, after = territory_snapshot(tl, "2015-06-14"), territory_snapshot(tl, "2015-06-15")
    assert after.area_km2("Islamic State") < before.area_km2("Islamic State")


def test_close_rival_towns_make_contested_cells_allies_do_not(theatre):
    places = [Settlement("A", "SY", 36.50, 39.00, 10000), Settlement("B", "SY", 36.50, 39.12, 10000)]
    rivals = ControlTimeline.build(theatre, [], snapshot=(SNAP_DAY, places, [("Islamic State", False, ""),
                                                                             ("YPG/SDF", False, "")]))
    allies = ControlTimeline.build(theatre, [], snapshot=(SNAP_DAY, places, [("Syrian rebels", False, ""),
                                                                             ("Jabhat al-Nusra", False, "")]))
    assert territory_snapshot(rivals, SNAP_DAY).area_km2("contested") > 0
    assert territory_snapshot(allies, SNAP_DAY).area_km2("contested") == 0


def test_contested_settlement_makes_its_cells_contested(theatre):
    places = [Settlement("A", "SY", 36.50, 39.00, 10000)]
    tl = ControlTimeline.build(theatre, [], snapshot=(SNAP_DAY, places, [("YPG/SDF", True, "")]))
    snap = territory_snapshot(tl, SNAP_DAY)
    assert snap.controller_at(36.50, 39.00) == "contested" and snap.area_km2("YPG/SDF") == 0


def test_polygons_are_dissolved_per_actor(tl):
    fc = territory_snapshot(tl, "2015-02-01").polygons()
    actors = [f["properties"]["actor"] for f in fc["features"]]
    assert sorted(actors) == sorted({"Islamic State", "YPG/SDF", "Syrian government forces", *(
        ["contested"] if "contested" in actors else [])})
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in fc["features"])


def test_frontline_between_adjacent_actors_only(tl):
    snap = territory_snapshot(tl, "2015-02-01")
    fl = frontlines(snap, "YPG/SDF", "Syrian government forces")  # Ras al-Ayn - Hasakah, 65 km apart
    assert len(fl["features"]) == 1
    f = fl["features"][0]
    assert f["geometry"]["type"] in ("LineString", "MultiLineString") and f["properties"]["length_km"] > 5
    # The line runs between the two towns (longitude between them).
    coords = f["geometry"]["coordinates"]
    flat = coords if f["geometry"]["type"] == "LineString" else [c for line in coords for c in line]
    assert all(40.07 < lon < 40.75 for lon, _lat in flat)
    # Tal Abyad (IS) is ~100 km from Hasakah: their territories do not touch.
    assert frontlines(snap, "Islamic State", "Syrian government forces")["features"] == []


def test_shipped_snapshot_is_area_is_plausible(theatre):
    snap = territory_snapshot(ControlTimeline.build(theatre, []), "2015-01-01")
    # IHS Conflict Monitor: ~90,800 km2 in January 2015; the settlement-based grid must be in the same range.
    assert 70_000 < snap.area_km2("Islamic State") < 120_000
    assert snap.controller_at(36.34, 43.12) == "Islamic State"  # Mosul
    assert snap.controller_at(36.19, 44.01) == "Kurdish Peshmerga"  # Erbil
    assert snap.controller_at(33.51, 36.29) == "Syrian government forces"  # Damascus


def test_shipped_snapshot_points_lie_in_their_country(theatre):
    from shapely.geometry import Point, shape

    from frontwatch.control import load_snapshot
    from frontwatch.control._grid import load_borders

    borders = {cc: shape(g) for cc, g in load_borders().items()}
    _day, places, _states = load_snapshot(theatre)
    # ~0.05 degrees (~5 km) of slack for border towns (Jarabulus, Tal Abyad, Rabia) on simplified borders.
    outside = [p.name for p in places if not borders[p.country].buffer(0.05).contains(Point(p.longitude, p.latitude))]
    assert outside == []


def test_frontline_with_allies_counts_allied_cells(theatre):
    places = [Settlement("A", "SY", 36.50, 38.60, 10000), Settlement("B", "SY", 36.50, 39.30, 10000)]
    tl = ControlTimeline.build(theatre, [], snapshot=(SNAP_DAY, places, [("Syrian rebels", False, ""),
                                                                         ("Islamic State", False, "")]))
    snap = territory_snapshot(tl, SNAP_DAY)
    assert frontlines(snap, "Jabhat al-Nusra", "Islamic State")["features"] == []
    assert len(frontlines(snap, "Jabhat al-Nusra", "Islamic State", with_allies=True, theatre=theatre)["features"]) == 1
