"""The offline map in headless Chromium: loads clean and offline, slider, route tool, popups, phone layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import frontwatch
from frontwatch.web import write_map

from .conftest import MapPage


def test_loads_without_errors_or_network(desktop: MapPage, map_file: Path, artifacts: Path) -> None:
    m = desktop.open(map_file)
    m.idle()
    m.page.screenshot(path=str(artifacts / "map-desktop.png"))
    assert m.errors == []
    assert m.remote == []
    style = m.js("(() => { const s = frontwatchMap.map.getStyle();"
                 " return {glyphs: s.glyphs || null, sprite: s.sprite || null,"
                 " types: [...new Set(Object.values(s.sources).map((x) => x.type))]}; })()")
    assert style == {"glyphs": None, "sprite": None, "types": ["geojson"]}
    assert m.js("frontwatchMap.territoryFeatureCount()") > 0
    assert m.js("frontwatchMap.renderedTerritoryCount()") > 0  # drawn, so WebGL works
    assert m.js("document.querySelectorAll('.fw-town:not(.hidden)').length") >= 5  # city labels shown


def test_slider_switches_territory_and_events(desktop: MapPage, map_file: Path, artifacts: Path) -> None:
    m = desktop.open(map_file)
    slider = m.page.locator("#slider")
    slider.focus()
    m.page.keyboard.press("Home")  # a real input event on the range, as a user's drag gives
    m.idle()
    first = (m.js("frontwatchMap.territoryDate()"), m.js("frontwatchMap.territoryAreas()"),
             m.js("frontwatchMap.eventCount()"))
    m.page.screenshot(path=str(artifacts / "map-first-date.png"))
    m.page.keyboard.press("End")
    m.idle()
    last = (m.js("frontwatchMap.territoryDate()"), m.js("frontwatchMap.territoryAreas()"),
            m.js("frontwatchMap.eventCount()"))
    dates = m.js("frontwatchMap.dates")
    assert first[0] == dates[0] and last[0] == dates[-1]
    assert m.page.locator("#date-label").inner_text() == dates[-1]
    assert first[1] != last[1]  # control changed over the demo's period
    assert first[2] < last[2]  # events accumulate up to the slider's date
    m.page.locator(".fw-type[value='Battles']").uncheck()  # the legend filters event types
    assert 0 < m.js("frontwatchMap.eventCount()") < last[2]
    m.page.locator(".fw-type[value='Battles']").check()
    assert m.js("frontwatchMap.eventCount()") == last[2]
    assert m.errors == []


def test_play_advances_the_date(desktop: MapPage, map_file: Path) -> None:
    m = desktop.open(map_file)
    m.page.locator("#slider").focus()
    m.page.keyboard.press("Home")
    m.page.locator("#play").click()
    m.page.wait_for_function("frontwatchMap.dateIndex() >= 2", timeout=5_000)
    m.page.locator("#play").click()  # pause
    at = m.js("frontwatchMap.dateIndex()")
    m.page.wait_for_timeout(1_200)
    assert m.js("frontwatchMap.dateIndex()") == at


def test_route_tool_draws_the_python_route(desktop: MapPage, map_file: Path, demo_db: Path,
                                           artifacts: Path) -> None:
    m = desktop.open(map_file)
    dates = m.js("frontwatchMap.dates")
    i = next(k for k, d in enumerate(dates) if d >= "2015-04-01")
    m.js(f"frontwatchMap.setDate({i})")
    # through the form, as a user would
    m.page.select_option("#route-from", "Aleppo")
    m.page.select_option("#route-to", "Damascus")
    m.page.select_option("#route-actor", "Syrian government forces")
    m.page.select_option("#route-through", "contested")
    m.page.locator("#route-go").click()
    m.idle()
    m.page.screenshot(path=str(artifacts / "map-route.png"))
    assert m.js("frontwatchMap.routeFeatureCount()") == 1
    assert m.js("frontwatchMap.map.queryRenderedFeatures({layers: ['route']}).length") > 0
    km_text = m.js("frontwatchMap.routeKmText()")
    assert km_text.endswith(" km")
    with frontwatch.open(demo_db) as ws:
        py = ws.route("Aleppo", "Damascus", "Syrian government forces", dt.date.fromisoformat(dates[i]),
                      through="contested")
    assert py["found"]
    assert abs(int(km_text.split()[0].replace(",", "")) - py["km"]) <= 1.5  # JS Dijkstra == Python router
    # a click on the route explains it
    pt = m.js("frontwatchMap.routePoint()")
    m.page.mouse.click(pt["x"], pt["y"])
    popup = m.page.locator(".maplibregl-popup-content")
    popup.wait_for(timeout=5_000)
    assert "Aleppo → Damascus" in popup.inner_text() and km_text in popup.inner_text()


def test_route_hook_matches_python_for_every_through_level(desktop: MapPage, map_file: Path,
                                                           demo_db: Path) -> None:
    m = desktop.open(map_file)
    last = m.js("frontwatchMap.dates.at(-1)")
    pairs = [("Baghdad", "Mosul", "Iraqi government forces"), ("Raqqa", "Mosul", "Islamic State"),
             ("Erbil", "Kirkuk", "Kurdish Peshmerga"), ("Aleppo", "Hama", "Syrian government forces")]
    found = 0
    with frontwatch.open(demo_db) as ws:
        for through in ("own", "contested", "unknown"):
            for a, b, actor in pairs:
                js = m.js("([a, b, actor, t]) => frontwatchMap.route(a, b, actor, t)", [a, b, actor, through])
                py = ws.route(a, b, actor, dt.date.fromisoformat(last), through=through)
                assert js["found"] == py["found"], (a, b, actor, through)
                if py["found"]:
                    found += 1
                    assert abs(js["km"] - py["km"]) <= 1.5 and js["via"] == py["via"], (a, b, actor, through)
    assert found >= 4


def _unique_event(m: MapPage) -> dict:
    evs = m.js("JSON.parse(document.getElementById('fw-data').textContent).events")
    spots: dict[tuple[float, float], int] = {}
    for e in evs:
        spots[(e["lat"], e["lon"])] = spots.get((e["lat"], e["lon"]), 0) + 1
    return next(e for e in evs if spots[(e["lat"], e["lon"])] == 1 and e["ev"])


def test_clicking_a_marker_opens_its_evidence(desktop: MapPage, map_file: Path, artifacts: Path) -> None:
    m = desktop.open(map_file)
    e = _unique_event(m)
    m.js("([lon, lat]) => frontwatchMap.map.jumpTo({center: [lon, lat], zoom: 10})", [e["lon"], e["lat"]])
    m.idle()
    pt = m.js("(id) => frontwatchMap.eventPoint(id)", e["id"])
    m.page.mouse.click(pt["x"], pt["y"])
    popup = m.page.locator(".maplibregl-popup-content")
    popup.wait_for(timeout=5_000)
    text = popup.inner_text()
    m.page.screenshot(path=str(artifacts / "map-event-popup.png"))
    assert e["ev"][:60] in text
    assert e["date"] in text
    assert (e["src"][0]["s"] or "unknown source") in text


def test_clicking_territory_explains_it(desktop: MapPage, map_file: Path) -> None:
    m = desktop.open(map_file)
    m.js("frontwatchMap.map.jumpTo({center: [39.0, 35.95], zoom: 8})")  # Raqqa, held by IS all along
    m.idle()
    box = m.page.locator("#map").bounding_box()
    m.page.mouse.click(box["x"] + 300, box["y"] + 250)
    popup = m.page.locator(".maplibregl-popup-content")
    popup.wait_for(timeout=5_000)
    assert "km²" in popup.inner_text()


def test_phone_layout(phone: MapPage, map_file: Path, artifacts: Path) -> None:
    m = phone.open(map_file)
    m.idle()
    m.page.screenshot(path=str(artifacts / "map-phone.png"))
    assert m.js("document.getElementById('panel').classList.contains('collapsed')")
    assert m.page.locator("#slider").is_visible()
    assert not m.page.locator("#route-go").is_visible()
    m.page.locator("#panel-toggle").click()
    assert m.page.locator("#route-go").is_visible()
    m.idle()
    m.page.screenshot(path=str(artifacts / "map-phone-panel.png"))
    assert m.errors == []


def test_empty_database_still_gives_a_working_map(desktop: MapPage, tmp_path: Path) -> None:
    with frontwatch.open(tmp_path / "empty.duckdb") as ws:
        path = write_map(ws, tmp_path / "empty.html")
    m = desktop.open(path)
    assert m.js("frontwatchMap.eventCount()") == 0
    assert m.js("frontwatchMap.territoryFeatureCount()") > 0  # the pack's control snapshot
    assert m.errors == [] and m.remote == []
