"""The API benchmark's synthetic events: both write paths give events the API serves like real ones."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.store import open_store
from tests.bench_module import load_bench


@pytest.fixture(scope="module")
def make_events():
    return load_bench("make_events")


def test_batches_are_deterministic_and_contiguous(make_events):
    def ids(items):
        return [e.id for i in items for e in i.events]

    whole = make_events.make_items(40, seed=3)
    parts = make_events.make_items(20, seed=3) + make_events.make_items(20, seed=3, first=20)
    assert ids(parts) == ids(whole) and len(set(ids(whole))) == 40
    again = make_events.make_items(20, seed=3, first=20)
    assert [e.evidence for i in again for e in i.events] == [e.evidence for i in parts[2:] for e in i.events]
    assert len(whole) == 4 and all(len(i.events) == 10 for i in whole)
    from frontwatch.theatre import load_theatre

    known = {a.name for a in load_theatre("syria-iraq").actors}
    assert all(e.actor1 in known and e.actor2 in known for i in whole for e in i.events)
    assert all(e.latitude and 29 < e.latitude < 38 for i in whole for e in i.events)


@pytest.mark.parametrize("via", ["bulk", "add_batch"])
def test_synthetic_events_are_served(make_events, tmp_path, via):
    db = tmp_path / "bench.duckdb"
    items = make_events.make_items(60, seed=2)
    with open_store(db) as store:
        if via == "bulk":
            make_events.bulk_write(store, items, tmp_path)
        else:
            store.add_batch(items)
        assert store.counts()["events"] == 60
    with TestClient(create_app(db)) as c:
        body = c.get("/events", params={"limit": 1000, "raw": "true"}).json()
        assert body["count"] == 60
        fused = c.get("/events", params={"limit": 1000}).json()["items"]
        assert fused and all(e["sources"] and e["sources"][0]["evidence"] for e in fused)
        one = fused[0]
        assert c.get(f"/events/{one['id']}").json()["evidence"] == one["evidence"]
