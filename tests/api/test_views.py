"""Control, territory, front lines, routes, crossings, claims, sitreps and the home page."""

from __future__ import annotations

import pytest


def ok(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def test_claims(client):
    rows = ok(client, "/claims")
    assert rows and all(c["evidence"] for c in rows)
    assert {c["subject"] for c in ok(client, "/claims", subject="IS")} == {"Islamic State"}


def test_control_on_a_date(client):
    rows = ok(client, "/control", date="2015-06-01")
    palmyra = next(r for r in rows if r["place"] == "Palmyra")
    assert palmyra["actor"] == "Islamic State"  # taken in May 2015
    assert all(r["actor"] == "Islamic State" for r in ok(client, "/control", date="2015-06-01", actor="Daesh"))
    one = ok(client, "/control", date="2016-04-01", place="Palmyra")
    assert [r["actor"] for r in one] == ["Syrian government forces"]


def test_control_geojson_history_and_changes(client):
    fc = ok(client, "/control", date="2015-06-01", format="geojson")
    assert fc["type"] == "FeatureCollection" and fc["features"][0]["geometry"]["type"] == "Point"
    hist = ok(client, "/control/history", place="Palmyra")
    assert [p["actor"] for p in hist][-2:] == ["Islamic State", "Syrian government forces"]
    changes = ok(client, "/control/changes", **{"from": "2015-11-01", "to": "2015-11-30"})
    assert [c["place"] for c in changes] == ["Sinjar"]


def test_territory_series_and_polygons(client):
    rows = ok(client, "/territory", actor="IS", **{"from": "2015-01-01", "to": "2015-07-01"}, step="quarter")
    assert [r["date"] for r in rows] == ["2015-01-01", "2015-04-01", "2015-07-01"]
    assert all(r["actor"] == "Islamic State" and r["area_km2"] > 50_000 for r in rows)
    fc = ok(client, "/territory/polygons", date="2015-06-01")
    actors = {f["properties"]["actor"] for f in fc["features"]}
    assert "Islamic State" in actors
    assert all(f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in fc["features"])


def test_frontline(client):
    fc = ok(client, "/frontline", date="2015-06-01", a="IS", b="YPG")
    assert fc["type"] == "FeatureCollection" and fc["features"]


def test_route_and_its_cut(client):
    r = ok(client, "/routes", **{"from": "Mosul", "to": "Raqqa"}, actor="IS", date="2015-11-14", through="unknown")
    assert r["found"] and r["via"][0] == "Mosul" and r["via"][-1] == "Raqqa"
    assert r["vs"]["km"] < r["km"]  # the Sinjar road was shorter the day before it was cut
    assert any(c["place"] == "Sinjar" for c in r["cut_by"])
    fc = ok(client, "/routes", **{"from": "Mosul", "to": "Raqqa"}, actor="IS", date="2015-11-14",
            through="unknown", format="geojson")
    assert [f["properties"]["kind"] for f in fc["features"]] == ["route", "vs"]


def test_routes_cut_and_crossings(client):
    rep = ok(client, "/routes/cut", actor="IS", **{"from": "2016-08-01", "to": "2016-09-30"})
    assert any(c["from"] == "Raqqa" for c in rep["cuts"])
    rows = ok(client, "/crossings", actor="YPG/SDF", date="2016-01-01")
    assert rows and {"name", "holder", "held"} <= set(rows[0])


def test_sitrep_formats(client):
    period = {"from": "2015-11-01", "to": "2015-11-30"}
    md = client.get("/sitrep", params={**period, "format": "md"})
    assert md.status_code == 200 and md.text.startswith("# Situation report") and "Sinjar" in md.text
    js = ok(client, "/sitrep", **period, format="json")
    assert js["start"] == "2015-11-01" and js["key_events"] and js["control_changes"][0]["place"] == "Sinjar"
    html = client.get("/sitrep", params=period)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'id="ev-' in html.text


def test_home_page_and_docs(client):
    home = client.get("/")
    assert home.status_code == 200 and home.headers["content-type"].startswith("text/html")
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "cdn" not in docs.text.lower() and "//" not in docs.text.split("swagger-ui-bundle.js")[0][-40:]
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200  # served locally: works offline
    spec = ok(client, "/openapi.json")
    assert {"/events", "/events/{event_id}", "/control", "/territory/polygons", "/routes", "/sitrep",
            "/articles"} <= set(spec["paths"])


@pytest.mark.parametrize(("url", "params", "hint"), [
    ("/control", {}, "date is required"),
    ("/control", {"date": "01/06/2015"}, "YYYY-MM-DD"),
    ("/control", {"date": "2010-01-01"}, "snapshot"),
    ("/control", {"date": "2015-06-01", "actor": "Nobody"}, "known actors"),
    ("/control", {"date": "2015-06-01", "place": "Atlantis"}, "not tracked"),
    ("/control/history", {"place": "Atlantis"}, "not tracked"),
    ("/territory", {"actor": "IS", "from": "2015-06-01", "to": "2015-01-01"}, "swap"),
    ("/territory", {"actor": "IS", "from": "2015-01-01", "to": "2015-06-01", "step": "day"}, "step"),
    ("/territory", {"actor": "Nobody", "from": "2015-01-01", "to": "2015-06-01"}, "known actors"),
    ("/territory/polygons", {"date": "June"}, "YYYY-MM-DD"),
    ("/frontline", {"date": "2015-06-01", "a": "IS"}, "both actors"),
    ("/frontline", {"date": "2015-06-01", "a": "IS", "b": "Nobody"}, "known actors"),
    ("/routes", {"from": "Mosul", "to": "Raqqa", "date": "2015-11-14"}, "required"),
    ("/routes", {"from": "Mosul", "to": "Raqqa", "actor": "IS", "date": "2030-01-01"}, "outside the data"),
    ("/routes", {"from": "Atlantis", "to": "Raqqa", "actor": "IS", "date": "2015-11-14"}, "Atlantis"),
    ("/routes", {"from": "Mosul", "to": "Raqqa", "actor": "IS", "date": "2015-11-14", "through": "air"}, "through"),
    ("/crossings", {"date": "2016-01-01"}, "actor is required"),
    ("/crossings", {"actor": "Nobody", "date": "2016-01-01"}, "known actors"),
    ("/sitrep", {"from": "2015-12-01", "to": "2015-11-01"}, "swap"),
    ("/sitrep", {"from": "2015-11-01"}, "to is required"),
])
def test_bad_parameters_are_helpful_4xx(client, url, params, hint):
    r = client.get(url, params=params)
    assert 400 <= r.status_code < 500, r.text
    assert hint in r.json()["detail"]
