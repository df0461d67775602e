"""Versioned schema of the store: an ordered list of migrations, applied once each, in one transaction each.

SQL here is kept to the subset DuckDB and PostgreSQL share, so both backends run the same migrations. Lists and
nested records (tags, persons) are stored as JSON text.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (
        1,
        "articles, duplicates, quarantine, events, claims",
        [
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                title TEXT,
                published DATE,
                source TEXT,
                url TEXT,
                origin TEXT,
                content_hash TEXT NOT NULL,
                signature BLOB,
                text TEXT NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
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
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                date DATE,
                date_end DATE,
                date_precision TEXT,
                event_type TEXT NOT NULL,
                sub_event_type TEXT NOT NULL,
                tags TEXT NOT NULL,
                actor1 TEXT,
                actor2 TEXT,
                assoc_actors TEXT NOT NULL,
                persons TEXT NOT NULL,
                location TEXT,
                country TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                geo_precision INTEGER,
                fatalities_low INTEGER,
                fatalities_best INTEGER,
                fatalities_high INTEGER,
                source TEXT,
                url TEXT,
                published DATE,
                evidence TEXT NOT NULL,
                evidence_start INTEGER,
                evidence_end INTEGER,
                confidence DOUBLE PRECISION NOT NULL,
                CHECK (latitude IS NULL OR (latitude BETWEEN -90 AND 90)),
                CHECK (longitude IS NULL OR (longitude BETWEEN -180 AND 180))
            )""",
            "CREATE INDEX events_date ON events (date)",
            "CREATE INDEX events_article ON events (article_id)",
            """CREATE TABLE claims (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                subject TEXT,
                metric TEXT NOT NULL,
                value DOUBLE PRECISION,
                unit TEXT,
                change TEXT,
                period TEXT,
                date DATE,
                said_by TEXT,
                evidence TEXT NOT NULL,
                evidence_start INTEGER,
                evidence_end INTEGER,
                confidence DOUBLE PRECISION NOT NULL
            )""",
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
            """CREATE TABLE fused_events (
                id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL,
                date DATE,
                date_end DATE,
                date_precision TEXT,
                event_type TEXT NOT NULL,
                sub_event_type TEXT NOT NULL,
                tags TEXT NOT NULL,
                actor1 TEXT,
                actor2 TEXT,
                assoc_actors TEXT NOT NULL,
                persons TEXT NOT NULL,
                location TEXT,
                country TEXT,
                latitude DOUBLE PRECISION,
                longitude DOUBLE PRECISION,
                geo_precision INTEGER,
                fatalities_low INTEGER,
                fatalities_best INTEGER,
                fatalities_high INTEGER,
                source TEXT,
                url TEXT,
                published DATE,
                evidence TEXT NOT NULL,
                evidence_start INTEGER,
                evidence_end INTEGER,
                confidence DOUBLE PRECISION NOT NULL,
                n_sources INTEGER NOT NULL,
                sources TEXT NOT NULL
            )""",
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

LATEST = MIGRATIONS[-1][0]
