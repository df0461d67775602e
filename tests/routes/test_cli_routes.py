"""The route / routes cut / crossings commands on an empty database (control from the pack's snapshot)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from frontwatch.cli.routes import crossings_cmd, route_cmd, routes_group

DB = ["--db", ":memory:"]


def test_route_json_has_the_documented_keys():
    res = CliRunner().invoke(route_cmd, ["Mosul", "Raqqa", "--actor", "IS", "--date", "2015-06-01",
                                         "--through", "unknown", "--format", "json", *DB])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert {"found", "km", "via", "roads", "snapped"} <= set(out)
    assert out["found"] and out["via"][0] == "Mosul" and out["via"][-1] == "Raqqa" and out["km"] > 370


def test_route_geojson_is_a_feature_collection_with_the_path():
    res = CliRunner().invoke(route_cmd, ["Mosul", "Raqqa", "--actor", "IS", "--date", "2015-06-01",
                                         "--through", "unknown", "--format", "geojson", *DB])
    fc = json.loads(res.output)
    assert fc["type"] == "FeatureCollection" and fc["features"][0]["geometry"]["type"] == "LineString"


def test_route_user_errors_exit_1_with_the_reason():
    r = CliRunner()
    res = r.invoke(route_cmd, ["Aleppoz", "Hama", "--actor", "IS", "--date", "2015-06-01", *DB])
    assert res.exit_code == 1 and "did you mean: Aleppo" in res.output
    res = r.invoke(route_cmd, ["Aleppo", "Hama", "--actor", "Martians", "--date", "2015-06-01", *DB])
    assert res.exit_code == 1 and "known actors" in res.output
    res = r.invoke(route_cmd, ["Aleppo", "Hama", "--actor", "IS", "--date", "2019-06-01", *DB])
    assert res.exit_code == 1 and "outside the data" in res.output


def test_routes_cut_runs_on_an_empty_database():
    res = CliRunner().invoke(routes_group, ["cut", "--actor", "IS", "--from", "2015-01-01", "--to", "2015-12-31",
                                            "--format", "json", *DB])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.output)
    assert rep["actor"] == "Islamic State" and "Mosul" in rep["towns"] and rep["cuts"] == []


def test_crossings_csv_lists_every_crossing():
    res = CliRunner().invoke(crossings_cmd, ["--actor", "YPG/SDF", "--date", "2015-07-01", "--format", "csv", *DB])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("name,other_side,countries,holder,held") and len(lines) == 17


def test_place_far_outside_the_theatre_is_refused():
    res = CliRunner().invoke(route_cmd, ["Atlantis", "Raqqa", "--actor", "IS", "--date", "2015-06-01", *DB])
    assert res.exit_code == 1 and "road network" in res.output
