"""Versioned schema of the store: an ordered list of migrations, applied once each, in one transaction each.

SQL here is kept to the subset DuckDB and PostgreSQL share, so both backends run the same migrations. Lists and
nested records (tags, persons) are stored as JSON text.
"""

from __future__ import annotations

# Column definitions after the key, shared by the first migrations and the DuckDB rebuild of migration 6.
_ARTICLE_BODY = """title TEXT, published DATE, source TEXT, url TEXT, origin TEXT, content_hash TEXT NOT NULL,
    signature BLOB, text TEXT NOT NULL, ingested_at TIMESTAMP NOT NULL"""
_EVENT_BODY = """article_id TEXT NOT NULL, date DATE, date_end DATE, date_precision TEXT, event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL, tags TEXT NOT NULL, actor1 TEXT, actor2 TEXT, assoc_actors TEXT NOT NULL,
    persons TEXT NOT NULL, location TEXT, country TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
    geo_precision INTEGER, fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER, source TEXT,
    url TEXT, published DATE, evidence TEXT NOT NULL, evidence_start INTEGER, evidence_end INTEGER,
    confidence DOUBLE PRECISION NOT NULL"""
_COORD_CHECKS = """CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90)),
    CHECK (longitude IS NULL OR (longitude BETWEEN -180 AND 180))"""
_FUSED_BODY = _EVENT_BODY + ", n_sources INTEGER NOT NULL, sources TEXT NOT NULL"
_CLAIM_BODY = """article_id TEXT NOT NULL, subject TEXT, metric TEXT NOT NULL, value DOUBLE PRECISION, unit TEXT,
    change TEXT, period TEXT, date DATE, said_by TEXT, evidence TEXT NOT NULL, evidence_start INTEGER,
    evidence_end INTEGER, confidence DOUBLE PRECISION NOT NULL"""

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "articles, duplicates, quarantine, events, claims",
        [
            f"CREATE TABLE articles (id TEXT PRIMARY KEY, {_ARTICLE_BODY})",
            "CREATE UNIQUE INDEX articles_hash ON articles (content_hash)",
            """CREATE TABLE duplicates (
                origin TEXT NOT NULL,
                duplicate_of TEXT NOT NULL,
                kind TEXT NOT NULL,
                similarity DOUBLE PRECISION,
                title TEXT,
                source TEXT,
                url TEXT,
                published DATE,
                PRIMARY KEY (origin, duplicate_of)
            )""",
            """CREATE TABLE quarantine (
                id TEXT PRIMARY KEY,
                origin TEXT NOT NULL,
                line INTEGER,
                field TEXT,
                reason TEXT NOT NULL,
                raw TEXT,
                quarantined_at TIMESTAMP NOT NULL
            )""",
            f"CREATE TABLE events (id TEXT PRIMARY KEY, {_EVENT_BODY}, {_COORD_CHECKS})",
            "CREATE INDEX events_date ON events (date)",
            "CREATE INDEX events_article ON events (article_id)",
            f"CREATE TABLE claims (id TEXT PRIMARY KEY, {_CLAIM_BODY})",
        ],
    ),
]

MIGRATIONS.append(
    (
        2,
        "fusion: cluster id on raw events, fused events table",
        [
            "ALTER TABLE events ADD COLUMN fused_id TEXT",
            "CREATE INDEX events_fused ON events (fused_id)",
            "CREATE INDEX events_type_date ON events (event_type, date)",
            f"CREATE TABLE fused_events (id TEXT PRIMARY KEY, {_FUSED_BODY})",
            "CREATE INDEX fused_date ON fused_events (date)",
        ],
    )
)

MIGRATIONS.append(
    (
        3,
        "batch engine: shards already loaded, so a restarted run skips them",
        [
            """CREATE TABLE engine_shards (
                name TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                articles INTEGER NOT NULL,
                events INTEGER NOT NULL,
                loaded_at TIMESTAMP NOT NULL
            )""",
        ],
    )
)

#: Statements starting with this comment run on PostgreSQL only (DuckDB reads pages through zone maps instead:
#: an ART index on four columns would cost memory and insert time without serving ORDER BY ... LIMIT).
POSTGRES_ONLY = "-- postgresql only\n"

MIGRATIONS.append(
    (
        4,
        "event listings: an index in listing order, so a page (or a keyset page) reads only its rows",
        [
            POSTGRES_ONLY + "CREATE INDEX fused_listing ON fused_events "
                            "(date, article_id, (coalesce(evidence_start, 2147483647)), id)",
            POSTGRES_ONLY + "CREATE INDEX events_listing ON events "
                            "(date, article_id, (coalesce(evidence_start, 2147483647)), id)",
        ],
    )
)

#: Statements starting with this comment run on DuckDB only.
DUCKDB_ONLY = "-- duckdb only\n"

MIGRATIONS.append(
    (
        5,
        "DuckDB: no ART indexes that only fusion used (it joins by hash now); updating an indexed fused_id cost "
        "DuckDB 50x more per batch, and every index is rewritten at each checkpoint",
        [
            DUCKDB_ONLY + "DROP INDEX IF EXISTS events_fused",
            DUCKDB_ONLY + "DROP INDEX IF EXISTS events_type_date",
        ],
    )
)



def _rebuild(table: str, body: str, version: int = 6) -> list[str]:
    """DuckDB statements that rebuild ``table`` with the same columns and checks but no key or index, rows kept.
    (DuckDB can't drop a primary key in place.)"""
    new = f"{table}_v{version}"
    return [DUCKDB_ONLY + s for s in (f"CREATE TABLE {new} (id TEXT NOT NULL, {body})",
                                      f"INSERT INTO {new} SELECT * FROM {table}", f"DROP TABLE {table}",
                                      f"ALTER TABLE {new} RENAME TO {table}")]


MIGRATIONS.append(
    (
        6,
        "DuckDB: no primary keys or indexes on articles, raw events and claims. DuckDB holds a table's whole ART "
        "index in memory to insert one row (91 MB for 2M events), so a long batch run ran out of any fixed memory "
        "cap; inserts skip stored ids with an anti-join instead (Store.insert_rows). Fused events keep theirs: "
        "the API reads a page's scattered rows by id",
        [
            *_rebuild("articles", _ARTICLE_BODY),
            *_rebuild("events", f"{_EVENT_BODY}, {_COORD_CHECKS}, fused_id TEXT"),
            *_rebuild("claims", _CLAIM_BODY),
        ],
    )
)

MIGRATIONS.append(
    (
        7,
        "fusion: the connected component of each fused event, so a store re-fuses a component's clusters together "
        "(a vague report can link two clusters without joining either: frontwatch.fuse.components)",
        [
            "ALTER TABLE fused_events ADD COLUMN component TEXT",
            "UPDATE fused_events SET component = id",  # each cluster fused before was a whole component
            POSTGRES_ONLY + "CREATE INDEX fused_component ON fused_events (component)",
        ],
    )
)

MIGRATIONS.append(
    (
        8,
        "DuckDB: plain indexes for reads by id of raw events and articles (a scan of 3.5M events took ~150 ms, the "
        "index 2 ms); a batch run drops them while it loads and builds them again at its end (Store.drop_lookup_"
        "indexes), so its inserts do not hold them in memory",
        [
            DUCKDB_ONLY + "CREATE INDEX IF NOT EXISTS events_id ON events (id)",
            DUCKDB_ONLY + "CREATE INDEX IF NOT EXISTS articles_id ON articles (id)",
        ],
    )
)

MIGRATIONS.append(
    (
        9,
        "store_meta: facts about the store itself; 'fusion_rules' is the version of the fusion rules "
        "(frontwatch.fuse.RULES) its fused events were built with, so an upgrade that changes them can say so "
        "(a store fused before is taken as version 1)",
        [
            "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "INSERT INTO store_meta SELECT 'fusion_rules', '1' WHERE EXISTS (SELECT 1 FROM fused_events)",
        ],
    )
)

MIGRATIONS.append(
    (
        10,
        "DuckDB: fused events lose their primary key and date index too, for a plain index for reads by id that a "
        "batch run drops while it loads (as migration 8 did for raw events): their ART indexes, which every insert "
        "holds in memory, took ~110 MB of a batch driver's memory at 2.25M fused events (a 1M-article run)",
        [
            *_rebuild("fused_events", f"{_FUSED_BODY}, component TEXT", version=10),
            DUCKDB_ONLY + "CREATE INDEX IF NOT EXISTS fused_events_id ON fused_events (id)",
        ],
    )
)

LATEST = MIGRATIONS[-1][0]
