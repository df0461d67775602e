"""Fill a database with N synthetic events (realistic actors, places, types) for the API latency benchmark.

Run: python bench/make_events.py N [--db bench_events.duckdb] [--via add_batch|bulk|sql] [--batch 5000] [--seed 1]
(N defaults to 100,000; pass 1000000 for the large case.) One synthetic article per 10 events; actors come from the
theatre pack, places from the shipped gazetteer (towns of the theatre's countries, weighted by population), types
from ACLED's taxonomy.

``--via add_batch`` writes through ``Store.add_batch`` like real ingest (fusion included). On DuckDB that runs at
about 35 events/s (profiled: DuckDB's row-by-row ``executemany`` takes ~87% of the time), so 100k events would
take most of an hour. ``--via bulk`` (the default above 10,000 events) writes the same rows with set-based
``INSERT ... SELECT FROM read_parquet`` and makes every event its own fused event (n_sources 1, the shape a
page of ``/events`` serves), which is what the latency benchmark needs. ``--via sql`` (the default above 10,000
events) makes the same kind of rows inside DuckDB with one ``INSERT ... SELECT`` over ``range(N)`` (hash-based
choices from the same pools; no Python per event): 1M events in seconds, 10M in about a minute. Rows are written in
date order, as chronological ingest writes them.
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
from typing import Any

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


def _lookup(weights: list[float], slots: int = 10_000) -> list[int]:
    """Indexes 0..len-1 repeated in proportion to their weights: a table a uniform draw picks from."""
    total = sum(weights)
    out: list[int] = []
    for i, w in enumerate(weights):
        out += [i] * max(1, round(w / total * slots))
    return out


def _sql_list(values: list[Any]) -> str:
    """A DuckDB list literal of numbers, strings (quotes doubled) and NULLs."""
    def lit(v: Any) -> str:
        if v is None:
            return "NULL"
        return str(v) if isinstance(v, int | float) else "'" + str(v).replace("'", "''") + "'"
    return "[" + ", ".join(lit(v) for v in values) + "]"


def sql_generate(con: Any, n: int, seed: int = 1, start: dt.date = dt.date(2014, 6, 1),
                 days: int = 3 * 365 + 200) -> None:
    """Create temp tables ``gen_articles`` and ``gen_events`` (fused-event columns) with ``n`` events in DuckDB.

    ``con`` is a DuckDB connection. Articles of ``EVENTS_PER_ARTICLE`` events are spread evenly over ``days``
    (chronological); every choice is a hash of (seed, event number), so a run is reproducible.
    """
    places, weights, fighters, tax = _pool()
    types = list(tax)
    type_w = [{"Battles": 5, "Explosions/Remote violence": 4, "Violence against civilians": 2}.get(t, 1)
              for t in types]
    con.register("_gen_places", pa.table({"pi": list(range(len(places))), "name": [p[0] for p in places],
                                          "cc": [p[1] for p in places], "lat": [p[2] for p in places],
                                          "lon": [p[3] for p in places]}))
    con.register("_gen_types", pa.table({"ti": list(range(len(types))), "etype": types,
                                         "subs": [tax[t] for t in types],
                                         "verb": [VERBS.get(t, "engaged") for t in types]}))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE gen_events AS
        WITH k AS (
            SELECT i, i // {EVENTS_PER_ARTICLE} AS a, i % {EVENTS_PER_ARTICLE} AS k,
                   hash({seed}, i, 'h') AS h,
                   {_sql_list(_lookup(weights))} AS pl, {_sql_list(_lookup(type_w))} AS tl, {_sql_list(fighters)} AS f,
                   {_sql_list([None, None, 0, 1, 2, 3, 5, 8, 12, 20, 40, 100])} AS deaths, {_sql_list(SOURCES)} AS src,
                   {_sql_list(TAGS)} AS tags
            FROM range({n}) r(i)
        ), e AS (
            SELECT k.*, 's' || substr(md5({seed} || ':' || a), 1, 15) AS aid,
                   DATE '{start}' + CAST(a * {days} // {max(1, -(-n // EVENTS_PER_ARTICLE))} AS INTEGER) AS published,
                   pl[1 + CAST(h % len(pl) AS INTEGER)] AS pi, tl[1 + CAST((h >> 14) % len(tl) AS INTEGER)] AS ti,
                   CAST((h >> 28) % len(f) AS INTEGER) AS f1, CAST((h >> 34) % (len(f) - 1) AS INTEGER) AS f2,
                   deaths[1 + CAST((h >> 40) % 12 AS INTEGER)] AS dead, CAST((h >> 44) % 3 AS INTEGER) AS back,
                   src[1 + CAST(hash({seed}, a) % len(src) AS INTEGER)] AS source
            FROM k
        ), s AS (
            SELECT e.*, p.name, p.cc, p.lat, p.lon, t.etype, t.verb,
                   t.subs[1 + CAST((h >> 50) % len(t.subs) AS INTEGER)] AS sub, published - back AS day,
                   f[1 + f1] AS a1,
                   CASE WHEN t.etype = 'Violence against civilians' THEN 'Civilians'
                        ELSE f[1 + (f1 + 1 + f2) % len(f)] END AS a2
            FROM e JOIN _gen_places p USING (pi) JOIN _gen_types t USING (ti)
        ), v AS (
            SELECT s.*, a1 || ' ' || CASE WHEN etype = 'Violence against civilians' THEN 'attacked' ELSE verb END
                        || ' ' || a2 || ' in ' || name || ' on ' || strftime(day, '%d %B %Y')
                        || CASE WHEN dead THEN ', killing ' || dead || ' people.' ELSE '.' END AS sentence,
                   'e' || substr(md5(aid || ':' || k), 1, 15) AS eid
            FROM s
        )
        SELECT 'f' || substr(eid, 2) AS id, aid AS article_id, day AS date, day AS date_end,
               'day' AS date_precision, etype AS event_type, sub AS sub_event_type,
               CASE WHEN (h >> 56) % 20 = 0 THEN '["' || tags[1 + CAST((h >> 8) % len(tags) AS INTEGER)] || '"]'
                    ELSE '[]' END AS tags,
               a1 AS actor1, a2 AS actor2, '[]' AS assoc_actors, '[]' AS persons, name AS location, cc AS country,
               round(lat + (CAST((h >> 3) % 4001 AS INTEGER) - 2000) / 100000.0, 5) AS latitude,
               round(lon + (CAST((h >> 5) % 4001 AS INTEGER) - 2000) / 100000.0, 5) AS longitude, 1 AS geo_precision,
               dead AS fatalities_low, dead AS fatalities_best, dead AS fatalities_high, source,
               'https://example.org/' || aid AS url, published, sentence AS evidence,
               CAST(k * 80 AS INTEGER) AS evidence_start, CAST(k * 80 + length(sentence) AS INTEGER) AS evidence_end,
               round(0.4 + ((h >> 20) % 56) / 100.0, 2) AS confidence, 1 AS n_sources,
               json_array(json_object('event_id', eid, 'article_id', aid, 'source', source,
                                      'url', 'https://example.org/' || aid, 'published', strftime(published, '%Y-%m-%d'),
                                      'evidence', sentence, 'evidence_span', [k * 80, k * 80 + length(sentence)],
                                      'confidence', round(0.4 + ((h >> 20) % 56) / 100.0, 2)))::VARCHAR AS sources,
               eid
        FROM v
        ORDER BY date, article_id, evidence_start, id
    """)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE gen_articles AS
        SELECT article_id AS id, 'Synthetic report ' || article_id AS title, min(published) AS published,
               min(source) AS source, min(url) AS url, 'bench:make_events' AS origin, md5(article_id) AS content_hash,
               NULL::BLOB AS signature, string_agg(evidence, ' ' ORDER BY evidence_start) AS text,
               now()::TIMESTAMP AS ingested_at
        FROM gen_events GROUP BY article_id ORDER BY published, id
    """)
    con.unregister("_gen_places")
    con.unregister("_gen_types")


def sql_write(store: Store, n: int, seed: int = 1) -> None:
    """Fill a DuckDB store with ``n`` generated events: articles, raw events and one fused event per event."""
    con = store._base  # noqa: SLF001 - a benchmark helper talks to DuckDB directly
    sql_generate(con, n, seed)
    names = ", ".join(EVENT_COLUMNS)
    with store.transaction():
        store.execute("INSERT INTO articles SELECT * FROM gen_articles")
        store.execute(f"INSERT INTO events ({names}, fused_id) SELECT eid, {names.split(', ', 1)[1]}, id "
                      "FROM gen_events ORDER BY date, article_id, evidence_start, id")
        store.execute(f"INSERT INTO fused_events ({names}, n_sources, sources) SELECT {names}, n_sources, sources "
                      "FROM gen_events ORDER BY date, article_id, evidence_start, id")
    con.execute("DROP TABLE gen_events")
    con.execute("DROP TABLE gen_articles")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=100_000, help="number of events (default 100,000)")
    ap.add_argument("--db", default="bench_events.duckdb", help="DuckDB file to create (must not exist)")
    ap.add_argument("--batch", type=int, default=5000, help="events per add_batch transaction")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--via", choices=["add_batch", "bulk", "sql"], help="write path (default: add_batch up to "
                                                                       "10,000 events, sql above)")
    args = ap.parse_args()
    if Path(args.db).exists():
        ap.error(f"{args.db} exists; remove it or pass another --db")
    per_batch = max(EVENTS_PER_ARTICLE, args.batch // EVENTS_PER_ARTICLE * EVENTS_PER_ARTICLE)
    via = args.via or ("add_batch" if args.n <= 10_000 else "sql")
    t = time.perf_counter()
    with open_store(args.db) as store:
        if via == "sql":
            sql_write(store, args.n, args.seed)
        for first in range(0, args.n if via != "sql" else 0, per_batch):
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
