"""/events responses: the same JSON as the event contract, fields pinned, keyset pages, the stdlib fallback."""

from __future__ import annotations

import json

import pytest

import frontwatch.api as api

PAGE_FIELDS = {"total", "limit", "offset", "count", "next_offset", "next_after", "items"}
EVENT_FIELDS = {"id", "article_id", "date", "date_end", "date_precision", "event_type", "sub_event_type", "tags",
                "actor1", "actor2", "assoc_actors", "persons", "location", "country", "latitude", "longitude",
                "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "source", "url",
                "published", "evidence", "evidence_span", "confidence", "n_sources", "sources"}
QUERIES = [{}, {"limit": 5, "offset": 3}, {"actor": "ISIS"}, {"since": "2016-01-01", "type": "Battles"},
           {"bbox": "36.5,34.0,38.8,35.2"}, {"text": "palmyra"}, {"raw": "true", "limit": 7}]


def _contract(client, params):
    """What the Python API (``Workspace.events``) says the page holds, through the standard json module."""
    ws = client.app.state.workspace
    keys = {"since": "since", "actor": "actor", "type": "event_type", "bbox": "bbox", "text": "text", "raw": "raw"}
    filters = {keys[k]: v for k, v in params.items() if k in keys}
    if "actor" in filters:
        filters["actor"] = ws.theatre.actor(filters["actor"]).name
    if "since" in filters:
        filters["since"] = api.parse_date(filters["since"], "since")
    if "bbox" in filters:
        filters["bbox"] = api.parse_bbox(filters["bbox"])
    filters["raw"] = filters.get("raw") == "true"
    offset, limit = params.get("offset", 0), params.get("limit", 100)
    return json.loads(json.dumps(ws.events(**filters)[offset:offset + limit])), ws.count_events(**filters)


@pytest.mark.parametrize("params", QUERIES)
def test_items_are_the_event_contract(client, params):
    body = client.get("/events", params=params).json()
    expected, total = _contract(client, params)
    assert set(body) == PAGE_FIELDS
    assert body["items"] and body["items"] == expected
    assert body["total"] == total and body["count"] == len(expected)
    if params.get("raw") != "true":
        assert all(set(e) == EVENT_FIELDS for e in body["items"])


@pytest.mark.parametrize("params", QUERIES[:3])
def test_standard_library_fallback_gives_the_same_json(client, monkeypatch, params):
    fast = client.get("/events", params=params).json()
    geo = client.get("/events", params={**params, "format": "geojson"}).json()
    monkeypatch.setattr(api, "_ORJSON", None)
    assert client.get("/events", params=params).json() == fast
    assert client.get("/events", params={**params, "format": "geojson"}).json() == geo


def test_keyset_pages_walk_every_event_once(client):
    everything = [e["id"] for e in client.get("/events", params={"limit": 1000}).json()["items"]]
    seen, after = [], None
    while True:
        body = client.get("/events", params={"limit": 6, **({"after": after} if after else {})}).json()
        seen += [e["id"] for e in body["items"]]
        assert body["total"] == len(everything)
        after = body["next_after"]
        if after is None:
            break
        assert after == body["items"][-1]["id"]
    assert seen == everything


def test_geojson_page_has_paging_fields(client):
    fc = client.get("/events", params={"format": "geojson", "limit": 4}).json()
    assert {"total", "limit", "offset", "next_offset", "next_after"} <= set(fc)
    assert fc["next_after"] == fc["features"][-1]["id"] and len(fc["features"]) == 4


@pytest.mark.parametrize("after", ["no-such-event", "' OR 1=1 --"])
def test_unknown_after_is_a_422_that_says_what_to_pass(client, after):
    r = client.get("/events", params={"after": after})
    assert r.status_code == 422 and "next_after" in r.json()["detail"]
