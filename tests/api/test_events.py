"""/events and /events/{id}: filters, pagination, GeoJSON, sources and helpful 4xx errors."""

from __future__ import annotations

import pytest


def items(client, **params):
    r = client.get("/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_health_and_stats(client):
    body = client.get("/health").json()
    assert body.pop("listing_index") in (True, False)  # built in the background: either, depending on timing
    assert body == {"status": "ok", "theatre": "syria-iraq", "writable": False}
    counts = client.get("/stats").json()["counts"]
    assert counts["fused_events"] > 30 and counts["articles"] == 13


def test_default_page_is_fused_events_with_sources(client):
    body = client.get("/events").json()
    assert body["limit"] == 100 and body["offset"] == 0 and body["next_offset"] is None
    assert body["count"] == len(body["items"]) > 30
    for e in body["items"]:
        assert 1 <= e["n_sources"] <= len(e["sources"])  # n_sources counts distinct outlets
        assert all(s["evidence"] and s["article_id"] for s in e["sources"])


def test_pagination_walks_every_event_once(client):
    everything = [e["id"] for e in items(client, limit=1000)]
    seen, offset = [], 0
    while offset is not None:
        body = client.get("/events", params={"limit": 7, "offset": offset}).json()
        assert len(body["items"]) <= 7
        seen += [e["id"] for e in body["items"]]
        offset = body["next_offset"]
    assert seen == everything


def test_filters(client):
    by_actor = items(client, actor="ISIS")  # an alias resolves to the canonical name
    assert by_actor and all("Islamic State" in (e["actor1"], e["actor2"], *e["assoc_actors"]) for e in by_actor)
    dated = items(client, since="2016-01-01", until="2016-06-30")
    assert dated and all(e["date"] <= "2016-06-30" and (e["date_end"] or e["date"]) >= "2016-01-01" for e in dated)
    assert all(e["country"] == "IQ" for e in items(client, country="iq"))
    leaders = items(client, tag="leader_killed")
    assert leaders and all("leader_killed" in e["tags"] for e in leaders)
    subtype = items(client, type="Government regains territory")
    assert {e["location"] for e in subtype} >= {"Palmyra"}
    text = items(client, text="palmyra")
    assert text and all("palmyra" in (e["evidence"] + e["location"]).lower() for e in text)
    assert items(client, text="100%_no_such_thing") == []  # LIKE wildcards are literal


def test_bbox_filter(client):
    # Around Palmyra and Homs only: nothing in Iraq.
    inside = items(client, bbox="36.5,34.0,38.8,35.2")
    assert inside and all(36.5 <= e["longitude"] <= 38.8 and 34.0 <= e["latitude"] <= 35.2 for e in inside)
    assert len(inside) < len(items(client, limit=1000))


def test_raw_events_are_per_article(client):
    raw = items(client, raw="true", limit=1000)
    fused = items(client, limit=1000)
    assert len(raw) > len(fused)
    assert all("n_sources" not in e for e in raw)


def test_geojson_events(client):
    r = client.get("/events", params={"format": "geojson", "actor": "YPG/SDF"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and fc["features"]
    f = fc["features"][0]
    lon, lat = f["geometry"]["coordinates"]
    assert (lat, lon) == (f["properties"]["latitude"], f["properties"]["longitude"])


def test_fused_event_by_id_has_its_sources(client):
    multi = next(e for e in items(client, limit=1000) if e["n_sources"] > 1)
    r = client.get(f"/events/{multi['id']}")
    assert r.status_code == 200
    e = r.json()
    assert e["kind"] == "fused" and e["id"] == multi["id"]
    assert len(e["sources"]) >= e["n_sources"] > 1
    raw_id = e["sources"][0]["event_id"]
    raw = client.get(f"/events/{raw_id}").json()
    assert raw["kind"] == "raw" and raw["evidence"] == e["sources"][0]["evidence"]


def test_unknown_event_is_404(client):
    r = client.get("/events/f000000000000000")
    assert r.status_code == 404 and "/events" in r.json()["detail"]


@pytest.mark.parametrize(("params", "hint"), [
    ({"since": "2015-02-30"}, "YYYY-MM-DD"),
    ({"until": "yesterday"}, "YYYY-MM-DD"),
    ({"since": "2016-01-01", "until": "2015-01-01"}, "swap"),
    ({"actor": "Sith Empire"}, "known actors"),
    ({"bbox": "35,32,43"}, "minlon,minlat,maxlon,maxlat"),
    ({"bbox": "a,b,c,d"}, "minlon,minlat,maxlon,maxlat"),
    ({"bbox": "43,32,35,37"}, "min > max"),
    ({"country": "Syria"}, "ISO2"),
    ({"type": "Dragon attack"}, "Battles"),
    ({"limit": 5000}, "1000"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"format": "xml"}, "format"),
])
def test_bad_parameters_are_helpful_4xx(client, params, hint):
    r = client.get("/events", params=params)
    assert 400 <= r.status_code < 500, r.text
    assert hint in r.json()["detail"]


def test_store_bbox_and_text_filters_directly(demo_db):
    """The EventFilter fields behind ?bbox= and ?text= (store/__init__.py), checked without HTTP."""
    from frontwatch.store import EventFilter, open_store

    with open_store(demo_db) as store:
        everything = store.events(EventFilter(raw=True))
        box = store.events(EventFilter(raw=True, bbox=(41.0, 36.0, 42.5, 36.6)))  # around Sinjar
        assert box and len(box) < len(everything)
        assert all(41.0 <= e["longitude"] <= 42.5 and 36.0 <= e["latitude"] <= 36.6 for e in box)
        assert {e["id"] for e in box} == {e["id"] for e in everything if e["latitude"] is not None
                                          and 41.0 <= e["longitude"] <= 42.5 and 36.0 <= e["latitude"] <= 36.6}
        sinjar = store.events(EventFilter(text="SINJAR"))
        assert sinjar and all("sinjar" in (e["evidence"] + (e["location"] or "")).lower() for e in sinjar)
        assert store.events(EventFilter(text="_")) == [e for e in store.events() if "_" in e["evidence"]
                                                       or "_" in (e["location"] or "")]
