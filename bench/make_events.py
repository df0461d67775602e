"""Fill a database with N synthetic events (realistic actors, places, types) for the API latency benchmark.

Run: python bench/make_events.py N [--db bench_events.duckdb] [--via add_batch|bulk] [--batch 5000] [--seed 1]
(N defaults to 100,000; pass 1000000 for the large case.) One synthetic article per 10 events; actors come from the
theatre pack, places from the shipped gazetteer (towns of the theatre's countries, weighted by population), types
from ACLED's taxonomy.

``--via add_batch`` writes through ``Store.add_batch`` like real ingest (fusion included). On DuckDB that runs at
about 35 events/s (profiled: DuckDB's row-by-row ``executemany`` takes ~87% of the time), so 100k events would
take most of an hour. ``--via bulk`` (the default above 10,000 events) writes the same rows with set-based
``INSERT ... SELECT FROM read_parquet`` and makes every event its own fused event (n_sources 1, the shape a
page of ``/events`` serves), which is what the latency benchmark needs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import random
import tempfile
import time
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from frontwatch.records import Article, Event
from frontwatch.store import EVENT_COLUMNS, ArticleBatchItem, Store, event_row, open_store
from frontwatch.theatre import load_theatre

EVENTS_PER_ARTICLE = 10
SOURCES = ["Levant Wire", "Tigris News", "Euphrates Press", "Orontes Wire", "Bosphorus Wire", "Anbar Daily"]
TAGS = ["leader_killed", "route_cut", "siege", "withdrawal", "border_crossing", "oil_infrastructure"]
VERBS = {"Battles": "clashed with", "Explosions/Remote violence": "struck",
         "Violence against civilians": "attacked", "Strategic developments": "moved against",
         "Protests": "protested against", "Riots": "rioted against"}


def _places(countries: list[str], n: int = 2000) -> list[tuple[str, str, float, float, int]]:
    path = resources.files("frontwatch") / "data" / "gazetteer_places.parquet"
    t = pq.read_table(str(path), columns=["name", "country", "latitude", "longitude", "population"]).to_pylist()
    rows = [r for r in t if r["country"] in countries and r["population"]]
    rows.sort(key=lambda r: -r["population"])
    # Weighted by sqrt(population): big towns get more reporting, but not all of it.
    return [(r["name"], r["country"], r["latitude"], r["longitude"], r["population"]) for r in rows[:n]]


def _taxonomy() -> dict[str, list[str]]:
    path = resources.files("frontwatch") / "extract" / "patterns" / "taxonomy.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in doc.items() if isinstance(v, list)}


@functools.lru_cache(maxsize=1)
def _pool() -> tuple[list[tuple[str, str, float, float, int]], list[float], list[str], dict[str, list[str]]]:
    th = load_theatre("syria-iraq")
    places = _places(th.countries)
    return places, [p[4] ** 0.5 for p in places], [a.name for a in th.actors if a.kind != "civilians"], _taxonomy()


def make_items(n: int, seed: int = 1, first: int = 0, start: dt.date = dt.date(2014, 6, 1),
               days: int = 3 * 365 + 200) -> list[ArticleBatchItem]:
    """Synthetic events ``first`` .. ``first + n - 1`` grouped into articles of ``EVENTS_PER_ARTICLE``.

    Deterministic for a seed and ``first`` (a multiple of ``EVENTS_PER_ARTICLE``), so a million events can be
    made batch by batch without holding them all in memory.

    >>> items = make_items(20)
    >>> sum(len(i.events) for i in items), items[0].events[0].evidence.endswith(".")
    (20, True)
    """
    rng = random.Random(f"{seed}:{first}")
    places, weights, fighters, tax = _pool()
    types = list(tax)
    type_w = [{"Battles": 5, "Explosions/Remote violence": 4, "Violence against civilians": 2}.get(t, 1) for t in types]
    items: list[ArticleBatchItem] = []
    for a in range(first, first + n, EVENTS_PER_ARTICLE):
        published = start + dt.timedelta(days=rng.randrange(days))
        source = rng.choice(SOURCES)
        aid = "s" + hashlib.sha1(f"{seed}:{a}".encode()).hexdigest()[:15]
        events, text = [], []
        for k in range(min(EVENTS_PER_ARTICLE, first + n - a)):
            name, cc, lat, lon, _pop = rng.choices(places, weights)[0]
            etype = rng.choices(types, type_w)[0]
            a1, a2 = rng.sample(fighters, 2)
            if etype == "Violence against civilians":
                a2 = "Civilians"
            deaths = rng.choice([None, None, 0, 1, 2, 3, 5, 8, 12, 20, 40, 100])
            date = published - dt.timedelta(days=rng.randrange(3))
            sentence = f"{a1} {VERBS.get(etype, 'engaged')} {a2} in {name} on {date:%d %B %Y}" + \
                (f", killing {deaths} people." if deaths else ".")
            offset = sum(len(s) + 1 for s in text)
            text.append(sentence)
            events.append(Event(
                id="e" + hashlib.sha1(f"{aid}:{k}".encode()).hexdigest()[:15], date=date, date_end=date,
                date_precision="day", event_type=etype, sub_event_type=rng.choice(tax[etype]), actor1=a1,
                actor2=a2, tags=[rng.choice(TAGS)] if rng.random() < 0.05 else [], location=name, country=cc,
                latitude=round(lat + rng.uniform(-0.02, 0.02), 5), longitude=round(lon + rng.uniform(-0.02, 0.02), 5),
                geo_precision=1, fatalities_low=deaths, fatalities_best=deaths, fatalities_high=deaths,
                article_id=aid, source=source, url=f"https://example.org/{aid}", published=published,
                evidence=sentence, evidence_span=(offset, offset + len(sentence)),
                confidence=round(rng.uniform(0.4, 0.95), 2)))
        body = " ".join(text)
        art = Article(id=aid, text=body, published=published, title=f"Synthetic report {a // EVENTS_PER_ARTICLE}",
                      source=source, url=f"https://example.org/{aid}", origin="bench:make_events",
                      content_hash=hashlib.sha1(body.encode()).hexdigest())
        items.append(ArticleBatchItem(art, None, events, []))
    return items


def bulk_write(store: Store, items: list[ArticleBatchItem], folder: Path) -> None:
    """Write articles, events and one fused event per event with set-based inserts from Parquet files."""
    import json

    arts = [it.article for it in items]
    now = dt.datetime.now()
    pq.write_table(pa.table({
        "id": [a.id for a in arts], "title": [a.title for a in arts], "published": [a.published for a in arts],
        "source": [a.source for a in arts], "url": [a.url for a in arts], "origin": [a.origin for a in arts],
        "content_hash": [a.content_hash for a in arts], "signature": pa.nulls(len(arts), pa.binary()),
        "text": [a.text for a in arts], "ingested_at": [now] * len(arts)}), folder / "articles.parquet")
    rows = [event_row(e) for it in items for e in it.events]
    cols = {c: [r[i] for r in rows] for i, c in enumerate(EVENT_COLUMNS)}
    cols["sources"] = [json.dumps([{"event_id": r[0], "article_id": r[1], "source": r[20], "url": r[21],
                                    "published": r[22].isoformat(), "evidence": r[23], "evidence_span": [r[24], r[25]],
                                    "confidence": r[26]}]) for r in rows]
    pq.write_table(pa.table(cols), folder / "events.parquet")
    names = ", ".join(EVENT_COLUMNS)
    with store.transaction():
        store.execute(f"INSERT INTO articles SELECT * FROM read_parquet('{folder / 'articles.parquet'}')")
        store.execute(f"INSERT INTO events ({names}, fused_id) SELECT {names}, 'f' || substr(id, 2) "
                      f"FROM read_parquet('{folder / 'events.parquet'}')")
        store.execute(f"INSERT INTO fused_events ({names}, n_sources, sources) SELECT 'f' || substr(id, 2), "
                      f"{names.split(', ', 1)[1]}, 1, sources FROM read_parquet('{folder / 'events.parquet'}')")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=100_000, help="number of events (default 100,000)")
    ap.add_argument("--db", default="bench_events.duckdb", help="DuckDB file to create (must not exist)")
    ap.add_argument("--batch", type=int, default=5000, help="events per add_batch transaction")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--via", choices=["add_batch", "bulk"], help="write path (default: add_batch up to 10,000 "
                                                                "events, bulk above)")
    args = ap.parse_args()
    if Path(args.db).exists():
        ap.error(f"{args.db} exists; remove it or pass another --db")
    per_batch = max(EVENTS_PER_ARTICLE, args.batch // EVENTS_PER_ARTICLE * EVENTS_PER_ARTICLE)
    via = args.via or ("add_batch" if args.n <= 10_000 else "bulk")
    t = time.perf_counter()
    with open_store(args.db) as store:
        for first in range(0, args.n, per_batch):
            items = make_items(min(per_batch, args.n - first), args.seed, first=first)
            if via == "bulk":
                with tempfile.TemporaryDirectory() as tmp:
                    bulk_write(store, items, Path(tmp))
            else:
                store.add_batch(items)
            print(f"\r{min(first + per_batch, args.n):,} / {args.n:,} events ({via})", end="", flush=True)
        counts = store.counts()
    print(f"\nmade and stored in {time.perf_counter() - t:.1f} s: {counts['events']:,} events, "
          f"{counts['fused_events']:,} fused, {counts['articles']:,} articles -> {args.db}")


if __name__ == "__main__":
    main()
