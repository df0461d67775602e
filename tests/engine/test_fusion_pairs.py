"""``Store.fuse_new`` (candidate pairs filtered in SQL) builds exactly the fused events of ``Store.update_fusion``."""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest

from frontwatch.records import Article, Event
from frontwatch.store import ArticleBatchItem, Store, open_store

_TYPES = (("Battles", "Armed clash"), ("Battles", "Government regains territory"), ("Battles", ""),
          ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Suicide bomb"))
# A member and its coalition are compatible actors (frontwatch.fuse.same_actor); two members are not.
_ACTORS = (None, "", None, "", "Islamic State", "United States", "US-led coalition", "Syrian rebels", "Ahrar al-Sham",
           "Jaish al-Islam")
_PLACES = (("Hit", 33.64, 42.83), ("Kubaysah", 33.59, 42.60), ("Ramadi", 33.42, 43.30), ("Rutba", 33.04, 40.28))


def _event(rng: random.Random, aid: str, eid: str) -> Event:
    etype, sub = rng.choice(_TYPES)
    start = dt.date(2016, 4, 1) + dt.timedelta(days=rng.randrange(40))
    end = start + dt.timedelta(days=rng.choice((0, 0, 0, 2, 29)))
    name, lat, lon = rng.choice(_PLACES)
    has_coords = rng.random() < 0.8
    return Event(id=eid, article_id=aid, event_type=etype, sub_event_type=sub,
                 date=None if rng.random() < 0.05 else start, date_end=end, date_precision="day",
                 actor1=rng.choice(_ACTORS), actor2=rng.choice(_ACTORS), location=rng.choice((name, name, None)),
                 country="IQ", latitude=lat + rng.uniform(-0.1, 0.1) if has_coords else None,
                 longitude=lon + rng.uniform(-0.1, 0.1) if has_coords else None, geo_precision=rng.choice((1, 1, 2, 3)),
                 fatalities_low=rng.choice((None, 2, 5)), source=rng.choice(("W1", "W2", "W3")),
                 evidence=f"sentence {eid}", evidence_span=(0, 10), confidence=rng.choice((0.5, 0.7, 0.9)))


def _items(seed: int, n: int = 120) -> list[ArticleBatchItem]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a = Article(id=f"a{i:04d}", text=f"text {i}", published=dt.date(2016, 5, 20), source="W",
                    content_hash=f"h{i}")
        out.append(ArticleBatchItem(a, None, [_event(rng, a.id, f"e{i:04d}{k}") for k in range(rng.randint(0, 3))]))
    return out


def _fused(st: Store) -> tuple[list[tuple], list[tuple]]:
    """Every fused row (``SELECT *``: the last three columns are n_sources, sources, component) and every link."""
    return (sorted(tuple(r.values()) for r in st.query("SELECT * FROM fused_events")),
            sorted(tuple(r.values()) for r in st.query("SELECT id, fused_id FROM events")))


def _load(st: Store, items: list[ArticleBatchItem], sizes: list[int], new_path: bool) -> None:
    i = 0
    for size in sizes:
        batch, i = items[i:i + size], i + size
        (st.write_batch if new_path else st.add_batch)(batch)


def _clusters(st: Store) -> list[list[str]]:
    """The stored fused events as sorted lists of their raw events' ids."""
    groups: dict[str, list[str]] = {}
    for r in st.query("SELECT id, fused_id FROM events ORDER BY id"):
        groups.setdefault(r["fused_id"], []).append(r["id"])
    return sorted(groups.values())


@pytest.mark.parametrize("seed", range(1, 6))
def test_fuse_new_equals_update_fusion_for_any_batching(seed):
    """Batches of any size give the fused events of one batch, and those are the clusters that
    ``frontwatch.fuse.cluster`` makes of every raw event at once (a pass re-fuses only what new events change)."""
    from frontwatch.fuse import cluster
    from frontwatch.store import event_dict

    items = _items(seed)
    rng = random.Random(seed)
    sizes = [rng.randint(1, 30) for _ in range(40)]
    with open_store(":memory:") as ref, open_store(":memory:") as a, open_store(":memory:") as b:
        _load(ref, items, [len(items)], new_path=False)
        _load(a, items, sizes, new_path=True)
        _load(b, items, [1] * len(items), new_path=True)
        expected = _fused(ref)
        assert sum(r[-3] >= 2 for r in expected[0]) >= 5  # n_sources: the corpus does fuse (the test has teeth)
        assert _clusters(ref) == sorted([e["id"] for e in c] for c in cluster(
            event_dict(r) for r in ref.query("SELECT * FROM events")))
        assert _fused(a) == expected
        assert _fused(b) == expected


def test_fuse_new_is_idempotent_on_reingest():
    items = _items(7, 60)
    with open_store(":memory:") as st:
        st.write_batch(items)
        before = _fused(st)
        st.write_batch(items[10:30])
        assert _fused(st) == before


def test_fuse_new_on_postgres_matches_duckdb(pg_url):
    items = _items(5, 80)
    with open_store(":memory:") as duck, open_store(pg_url) as pg:
        _load(duck, items, [30, 30, 20], new_path=True)
        _load(pg, items, [30, 30, 20], new_path=True)
        assert _fused(pg) == _fused(duck)


def test_fuse_new_finds_pairs_across_join_key_boundaries():
    """The SQL joins on fusion windows, latitude bands and 1/20-degree cells: pairs on either side of a boundary
    still fuse."""
    def item(i: int, start: dt.date, days: int, lat: float, lon: float, precision: int = 1) -> ArticleBatchItem:
        a = Article(id=f"b{i:03d}", text=f"t{i}", published=dt.date(2016, 6, 1), source=f"S{i}", content_hash=f"x{i}")
        ev = Event(id=f"b{i:03d}0", article_id=a.id, event_type="Battles", sub_event_type="Armed clash",
                   date=start, date_end=start + dt.timedelta(days=days), date_precision="day", location="X",
                   country="IQ", latitude=lat, longitude=lon, geo_precision=precision, source=a.source,
                   evidence="s", evidence_span=(0, 1), confidence=0.6)
        return ArticleBatchItem(a, None, [ev])

    items = []
    # precise pairs one day apart inside one fusion window (2016-01-01 opens one), window after window
    for k in range(0, 60, 3):
        day = dt.date(2016, 1, 1) + dt.timedelta(days=k)
        items += [item(len(items), day, 0, 33.0 + k, 42.0), item(len(items) + 1, day + dt.timedelta(days=1), 6,
                                                               33.0 + k, 42.05)]
    # Vague pairs 0.5-0.9 km apart on both sides of a cell edge (latitude 33.05, longitude 42.10).
    for j, (dlat, dlon) in enumerate(((0.004, 0.0), (0.0, 0.0055), (0.003, 0.004))):
        items += [item(len(items), dt.date(2016, 3, 1), 30, 33.05 - dlat / 2 + 20 * j, 42.10 - dlon / 2),
                  item(len(items) + 1, dt.date(2016, 3, 10), 0, 33.05 + dlat / 2 + 20 * j, 42.10 + dlon / 2)]
    # Precise pairs across latitude-band edges: towns 14.5 km apart across 33.00 (bands of 0.15 degrees), regions
    # 39 km apart across 33.30 (bands of 1.85 degrees), a town and a region 50 km apart across 37.00, a province
    # and a town 167 km apart across 35.15.
    day = dt.date(2017, 5, 1)
    for lat_a, lat_b, pa, pb in ((32.935, 33.065, 1, 1), (33.10, 33.45, 2, 2), (36.80, 37.25, 1, 2),
                                 (35.0, 36.5, 3, 1)):
        items += [item(len(items), day, 0, lat_a, 44.0, pa), item(len(items) + 1, day, 0, lat_b, 44.0, pb)]
        day += dt.timedelta(days=10)
    with open_store(":memory:") as ref, open_store(":memory:") as st:
        ref.add_batch(items)
        for it in items:  # one event per batch: every pair is found from the new side
            st.write_batch([it])
        expected = _fused(ref)
        assert max(r[-3] for r in expected[0]) == 2 and len(expected[0]) == len(items) // 2
        assert _fused(st) == expected


def test_sql_decides_clear_pairs_once_per_cluster_and_leaves_the_limit_to_python():
    """A new event beside a stored cluster of five gives one decided pair, not five; pairs within 10 m of the
    15 km limit go to ``same_event``, and the fused events still equal ``update_fusion``'s."""
    from frontwatch.geodesy import EARTH_RADIUS_KM

    deg = 180 / (math.pi * EARTH_RADIUS_KM)  # degrees of latitude per km along a meridian

    def item(i: int, lat: float, day: int = 1) -> ArticleBatchItem:
        a = Article(id=f"c{i:03d}", text=f"t{i}", published=dt.date(2016, 6, 9), source=f"S{i}", content_hash=f"y{i}")
        ev = Event(id=f"c{i:03d}0", article_id=a.id, event_type="Battles", sub_event_type="Armed clash",
                   date=dt.date(2016, 6, day), date_end=None, date_precision="day", location=f"P{round(lat)}",
                   country="IQ", latitude=lat,
                   longitude=43.0, geo_precision=1, source=a.source, evidence="s", evidence_span=(0, 1),
                   confidence=0.6)
        return ArticleBatchItem(a, None, [ev])

    cluster = [item(i, 34.0 + 0.001 * i) for i in range(5)]
    lone = [item(10, 30.0), item(11, 31.0)]
    near_limit = [item(12, 30.0 + 14.995 * deg), item(13, 31.0 + 15.005 * deg)]
    with open_store(":memory:") as ref, open_store(":memory:") as st:
        ref.add_batch([*cluster, *lone, *near_limit, item(20, 34.002)])
        st.write_batch([*cluster, *lone])
        assert st.query("SELECT count(DISTINCT fused_id) AS n FROM events WHERE id LIKE 'c00%'")[0]["n"] == 1
        st.write_batch(near_limit)
        new = item(20, 34.002)
        st.write_batch([new])
        sure, maybe = st._fusion_pairs([new.events[0].id])
        assert [(n, f) for n, _, f, _ in sure] == [("c0200", st.query(
            "SELECT fused_id FROM events WHERE id = 'c0000'")[0]["fused_id"])]
        assert maybe == []
        assert sorted(st._fusion_pairs(["c0120", "c0130"])[1]) == [("c0120", "c0100"), ("c0130", "c0110")]
        assert _fused(st) == _fused(ref)
        fused_pairs = st.query("SELECT n_sources FROM fused_events WHERE id IN (SELECT fused_id FROM events WHERE "
                               "id IN ('c0100', 'c0110'))")
        assert sorted(r["n_sources"] for r in fused_pairs) == [1, 2]  # 14.995 km fuses, 15.005 km does not


def test_fuse_new_in_small_chunks_equals_update_fusion(monkeypatch):
    # A long batch run's pass finds pairs, copies singles and builds clusters in chunks; tiny chunks change nothing.
    monkeypatch.setattr(Store, "FUSE_CHUNK", 2)
    monkeypatch.setattr(Store, "PAIR_CHUNK", 3)
    items = _items(4)
    with open_store(":memory:") as ref, open_store(":memory:") as st:
        _load(ref, items, [len(items)], new_path=False)
        _load(st, items, [50, 70], new_path=True)
        expected = _fused(ref)
        assert sum(r[-3] >= 2 for r in expected[0]) >= 5
        assert _fused(st) == expected


def test_id_batches_read_every_row_once_in_batches():
    # A fusion pass turns rows into dicts batch by batch; a batch boundary must neither drop nor repeat a row.
    items = _items(5, n=30)
    with open_store(":memory:") as st:
        _load(st, items, [len(items)], new_path=True)
        ids = sorted(r["id"] for r in st.query("SELECT id FROM events"))
        batches = list(st._id_batches("SELECT id FROM events WHERE id IN ({ids}) ORDER BY id", ids, size=7))
        assert [len(rows) for _, rows in batches] == [7] * (len(ids) // 7) + ([len(ids) % 7] if len(ids) % 7 else [])
        assert [r[0] for _, rows in batches for r in rows] == ids
        assert st._id_query("SELECT id, article_id FROM events WHERE id IN ({ids}) ORDER BY id", ids[:3],
                            lambda d: {**d, "seen": True}) == [
            {"id": i, "article_id": "a" + i[1:5], "seen": True} for i in ids[:3]]


def test_fuse_new_again_over_fused_events_rebuilds_the_same_rows():
    # Singles are copied without ON CONFLICT: re-fusing stored events must delete their old rows first.
    items = _items(6)
    with open_store(":memory:") as st:
        _load(st, items, [60, 60], new_path=True)
        before = _fused(st)
        assert sum(1 for r in before[0] if r[-3] == 1) > 10  # singles are among them
        st.fuse_new([r["id"] for r in st.query("SELECT id FROM events ORDER BY id")])
        assert _fused(st) == before
