"""Routes-cut report and border crossings on the hand-made graph (and the shipped crossing list)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.errors import InputError
from frontwatch.routes import ControlChange, crossings_held, load_crossings, load_road_graph, routes_cut
from frontwatch.routes.crossings import Crossing, crossings_status
from frontwatch.routes.cuts import routes_cut as graph_routes_cut

from .conftest import holding

START, END = dt.date(2015, 1, 1), dt.date(2015, 12, 31)
TOOK_B, TOOK_D, RETOOK_B = dt.date(2015, 3, 1), dt.date(2015, 5, 1), dt.date(2015, 8, 1)
CHANGES = [
    ControlChange(TOOK_B, "B", 35.0, 38.5, "Red", "Blue", evidence="Blue took B"),
    ControlChange(TOOK_D, "D", 35.4, 38.5, "Red", "Blue", evidence="Blue took D"),
    ControlChange(RETOOK_B, "B", 35.0, 38.5, "Blue", "Red", evidence="Red retook B"),
]


def timeline(day: dt.date):
    zones = {}
    if TOOK_B <= day < RETOOK_B:
        zones["B"] = "Blue"
    if day >= TOOK_D:
        zones["D"] = "Blue"
    return holding(**zones)


@pytest.mark.parametrize("full_refresh", [False, True])
def test_routes_cut_reports_each_lengthening_with_its_change(graph, full_refresh):
    rep = graph_routes_cut(graph, "Red", START, END, timeline, CHANGES, allies={"Red"}, n_towns=2,
                           full_refresh=full_refresh)
    assert rep["towns"] == ["A", "C"]
    cuts = [(c["date"], c["km_before"], c["km_after"], [x["place"] for x in c["cut_by"]]) for c in rep["cuts"]]
    # B falls: 100 -> 140 via D; D falls: 140 -> 200 via E; B retaken: shorter again, not a cut
    assert cuts == [("2015-03-01", 100.0, 140.0, ["B"]), ("2015-05-01", 140.0, 200.0, ["D"])]
    assert rep["cuts"][0]["via_after"] == ["A", "D", "C"]


def test_routes_cut_impossible_route_is_reported(graph):
    def everything_falls(day: dt.date):
        return holding(B="Blue", D="Blue", E="Blue") if day >= TOOK_B else holding()

    changes = [ControlChange(TOOK_B, n, la, lo, "Red", "Blue") for n, la, lo in
               [("B", 35.0, 38.5), ("D", 35.4, 38.5), ("E", 34.6, 38.5)]]
    rep = graph_routes_cut(graph, "Red", START, END, everything_falls, changes, allies={"Red"}, n_towns=2)
    assert len(rep["cuts"]) == 1
    cut = rep["cuts"][0]
    assert cut["found_after"] is False and cut["km_after"] is None
    assert [c["place"] for c in cut["cut_by"]] == ["B"]  # only B lay on the path that was cut


def test_routes_cut_main_towns_are_those_held_at_the_start(graph):
    rep = graph_routes_cut(graph, "Red", START, END, lambda d: holding(A="Blue"), [], allies={"Red"}, n_towns=5)
    assert rep["towns"] == ["C", "D"]


def test_routes_cut_rejects_reversed_periods():
    with pytest.raises(InputError):
        routes_cut("Islamic State", END, START, lambda d: (lambda lat, lon: "Islamic State"), changes=[])


def test_crossings_held_by_the_actor_side():
    crossings = (Crossing("North", "Far North", "SY-TR", 36.8, 38.0, "North", "test"),
                 Crossing("East", "Far East", "SY-IQ", 35.0, 42.0, "East", "test"))
    rows = crossings_status(lambda lat, lon: "Blue" if lon > 40 else "Red", {"Red", "Pink"}, crossings)
    assert [(r["name"], r["holder"], r["held"]) for r in rows] == [("North", "Red", True), ("East", "Blue", False)]


def test_shipped_crossings_are_on_the_road_graph_and_allies_count():
    g = load_road_graph()
    names = {c.name for c in load_crossings()}
    assert {"Bab al-Hawa", "Bab al-Salam", "Tal Abyad", "Semalka", "Yarubiya", "Albu Kamal", "Al-Tanf",
            "Trebil", "Nasib", "Jdeidet Yabous"} <= names
    for c in load_crossings():
        node = g.find_node(c.node)
        assert node is not None, c.node
        assert abs(g.node_lat[node] - c.lat) < 0.05 and abs(g.node_lon[node] - c.lon) < 0.05
        assert c.source.startswith("https://")
    rows = crossings_held("YPG/SDF", dt.date(2016, 1, 1), lambda lat, lon: "US-led coalition")
    assert all(r["held"] for r in rows)  # the coalition is a YPG/SDF ally in the theatre pack
    rows = crossings_held("YPG/SDF", dt.date(2016, 1, 1), lambda lat, lon: "Islamic State")
    assert not any(r["held"] for r in rows)


def test_unknown_gate_takes_the_holder_of_the_inner_road():
    bab = next(c for c in load_crossings() if c.name == "Bab al-Hawa")

    def control(lat: float, lon: float) -> str | None:
        # unknown within ~1 km of the gate, rebels further in
        return None if abs(lat - bab.lat) < 0.01 and abs(lon - bab.lon) < 0.01 else "Syrian rebels"

    row = next(r for r in crossings_status(control, {"Syrian rebels"}, (bab,), graph=load_road_graph()))
    assert row["holder"] == "Syrian rebels" and row["held"] and row["holder_km"] == 2.0
    row = next(r for r in crossings_status(control, {"Syrian rebels"}, (bab,)))  # no graph: no probing
    assert row["holder"] is None and not row["held"]
