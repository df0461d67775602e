"""Routing under control on a hand-made graph: detours, no path, allies, contested/unknown, cut_by, snapping."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.errors import GeocodeError, InputError, TheatreError
from frontwatch.routes import ControlChange, load_road_graph, route
from frontwatch.routes.routing import route as graph_route

from .conftest import holding

D = dt.date(2015, 6, 10)
RED = {"Red"}


def test_all_own_takes_the_direct_road(graph):
    r = graph_route(graph, "A", "C", "Red", D, holding(), RED)
    assert r["found"] and r["km"] == 100.0
    assert r["via"] == ["A", "B", "C"] and r["roads"] == ["M1"]
    coords = r["geometry"]["coordinates"]
    assert r["geometry"]["type"] == "LineString" and coords[0] == [38.0, 35.0] and coords[-1] == [39.0, 35.0]


def test_direct_road_cut_takes_the_shorter_detour(graph):
    r = graph_route(graph, "A", "C", "Red", D, holding(B="Blue"), RED)
    assert r["found"] and r["km"] == 140.0 and r["via"] == ["A", "D", "C"]


def test_two_roads_cut_takes_the_long_detour(graph):
    r = graph_route(graph, "A", "C", "Red", D, holding(B="Blue", D="Blue"), RED)
    assert r["km"] == 200.0 and r["via"] == ["A", "E", "C"]


def test_every_road_cut_means_not_found(graph):
    r = graph_route(graph, "A", "C", "Red", D, holding(B="Blue", D="Blue", E="Blue"), RED)
    assert r["found"] is False and r["km"] is None and r["via"] == [] and "no road" in r["reason"]


def test_allies_territory_is_usable(graph):
    control = holding(B="Pink")
    assert graph_route(graph, "A", "C", "Red", D, control, RED)["km"] == 140.0
    assert graph_route(graph, "A", "C", "Red", D, control, {"Red", "Pink"})["km"] == 100.0


def test_contested_only_with_through(graph):
    control = holding(B="contested")
    assert graph_route(graph, "A", "C", "Red", D, control, RED)["km"] == 140.0
    assert graph_route(graph, "A", "C", "Red", D, control, RED, through=("own", "contested"))["km"] == 100.0
    assert graph_route(graph, "A", "C", "Red", D, control, RED, through="contested")["km"] == 100.0


def test_unknown_only_with_through_unknown(graph):
    control = holding(B=None)
    assert graph_route(graph, "A", "C", "Red", D, control, RED, through="contested")["km"] == 140.0
    assert graph_route(graph, "A", "C", "Red", D, control, RED, through="unknown")["km"] == 100.0


def test_bad_through_is_an_input_error(graph):
    with pytest.raises(InputError):
        graph_route(graph, "A", "C", "Red", D, holding(), RED, through="anything")


def test_cut_by_names_the_change_that_closed_the_old_path(graph):
    changes = [
        ControlChange(dt.date(2015, 6, 1), "B", 35.0, 38.5, "Red", "Blue", evidence="Blue took B"),
        ControlChange(dt.date(2015, 6, 2), "Far away", 30.0, 45.0, "Red", "Blue"),  # nowhere near the road
        ControlChange(dt.date(2015, 4, 1), "B", 35.0, 38.5, "Blue", "Red"),  # before the vs date
    ]
    r = graph_route(graph, "A", "C", "Red", D, holding(B="Blue"), RED, vs=dt.date(2015, 5, 1),
                    control_vs=holding(), changes=changes)
    assert r["vs"]["km"] == 100.0 and r["vs"]["via"] == ["A", "B", "C"] and r["vs"]["date"] == "2015-05-01"
    assert r["km"] == 140.0
    assert [c["place"] for c in r["cut_by"]] == ["B"]
    assert r["cut_by"][0]["evidence"] == "Blue took B" and r["cut_by"][0]["actor_to"] == "Blue"


def test_default_vs_is_the_day_before_the_last_change_on_the_path(graph):
    change_day = dt.date(2015, 6, 1)
    changes = [ControlChange(change_day, "B", 35.0, 38.5, "Red", "Blue")]

    def timeline(day: dt.date):
        return holding(B="Blue") if day >= change_day else holding()

    r = graph_route(graph, "A", "C", "Red", D, timeline(D), RED, timeline=timeline, changes=changes)
    assert r["vs"]["date"] == "2015-05-31" and r["vs"]["km"] == 100.0
    assert [c["place"] for c in r["cut_by"]] == ["B"]


def test_no_cut_by_when_the_route_did_not_change(graph):
    changes = [ControlChange(dt.date(2015, 6, 1), "B", 35.0, 38.5, "Red", "Red")]
    r = graph_route(graph, "A", "C", "Red", D, holding(), RED, vs=dt.date(2015, 5, 1), control_vs=holding(),
                    changes=changes)
    assert r["km"] == r["vs"]["km"] == 100.0 and r["cut_by"] == []


def test_place_off_the_network_is_snapped_with_the_distance(graph):
    r = graph_route(graph, (35.05, 38.0), "C", "Red", D, holding(), RED)
    assert r["found"] and r["via"][0] == "A"
    assert 5.0 < r["snapped"]["from"] < 6.0 and r["snapped"]["to"] == 0.0


def test_unknown_place_suggests_close_matches():
    with pytest.raises(GeocodeError, match="did you mean: Aleppo"):
        route("Aleppoz", "Raqqa", "Islamic State", D, lambda lat, lon: "Islamic State")


def test_misspelt_place_resolves_through_the_gazetteer():
    r = route("Mosull", "Raqqa", "Islamic State", D, lambda lat, lon: "Islamic State")
    assert r["from"] == "Mosul" and r["snapped"]["from"] < 5


def test_unknown_actor_lists_known_actors():
    with pytest.raises(TheatreError, match="known actors"):
        route("Mosul", "Raqqa", "Martians", D, lambda lat, lon: "Islamic State")


def test_date_outside_the_data_is_a_clear_error():
    with pytest.raises(InputError, match="outside the data"):
        route("Mosul", "Raqqa", "Islamic State", dt.date(2009, 1, 1), lambda lat, lon: "Islamic State")


def test_shipped_graph_mosul_raqqa_when_everything_is_passable():
    g = load_road_graph()
    assert g.n_nodes > 150 and g.n_edges > 200
    r = route("Mosul", "Raqqa", "Islamic State", D, lambda lat, lon: "Islamic State")
    assert r["found"] and r["via"][0] == "Mosul" and r["via"][-1] == "Raqqa"
    # straight line is ~370 km; a road can't be shorter, nor absurdly longer
    assert 370 < r["km"] < 700
    assert "Highway 47" in r["roads"]


def test_shipped_graph_blocked_everywhere_finds_nothing():
    r = route("Mosul", "Raqqa", "Islamic State", D, lambda lat, lon: "Kurdish Peshmerga")
    assert r["found"] is False
