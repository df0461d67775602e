"""Persist articles, events, claims and quarantined input: DuckDB by default, one transaction per batch."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Article, Claim, Event, Person, Quarantined
from .migrations import DUCKDB_ONLY, LATEST, MIGRATIONS, POSTGRES_ONLY

EVENT_COLUMNS = (
    "id", "article_id", "date", "date_end", "date_precision", "event_type", "sub_event_type", "tags", "actor1",
    "actor2", "assoc_actors", "persons", "location", "country", "latitude", "longitude", "geo_precision",
    "fatalities_low", "fatalities_best", "fatalities_high", "source", "url", "published", "evidence",
    "evidence_start", "evidence_end", "confidence",
)
ARTICLE_COLUMNS = ("id", "title", "published", "source", "url", "origin", "content_hash", "signature", "text",
                   "ingested_at")
DUPLICATE_COLUMNS = ("origin", "duplicate_of", "kind", "similarity", "title", "source", "url", "published")
QUARANTINE_COLUMNS = ("id", "origin", "line", "field", "reason", "raw", "quarantined_at")
CLAIM_COLUMNS = (
    "id", "article_id", "subject", "metric", "value", "unit", "change", "period", "date", "said_by", "evidence",
    "evidence_start", "evidence_end", "confidence",
)
JSON_COLUMNS = {"tags", "assoc_actors", "persons"}
#: The order of every event listing; the last three columns make it total (no ties), so pages never overlap.
EVENT_ORDER = "date NULLS LAST, article_id, coalesce(evidence_start, 2147483647), id"
#: Filters whose per-date counts are kept between writes (a listing's ``total`` and page plan); bounded so memory
#: stays flat (a filter's counts are one row per distinct (date, end date) pair).
COUNT_CACHE_SIZE = 512
#: Rows per DuckDB row group (its zone maps' granularity).
ROW_GROUP = 122_880


@dataclass(slots=True)
class EventFilter:
    """Filters of an event query; every field is optional."""

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None  # matches actor1, actor2 or assoc_actors
    event_type: str | None = None  # matches event_type or sub_event_type
    country: str | None = None
    article_id: str | None = None
    tag: str | None = None
    limit: int | None = None
    offset: int = 0
    raw: bool = False  # per-article events instead of fused ones
    bbox: tuple[float, float, float, float] | None = None  # (min_lon, min_lat, max_lon, max_lat), WGS84
    text: str | None = None  # case-insensitive substring of the evidence or the location
    after: str | None = None  # keyset paging: only events after this event id in the listing's order


@dataclass(slots=True)
class ArticleBatchItem:
    """One new article with everything extracted from it, written together."""

    article: Article
    signature: bytes | None = None
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


#: Columns that identify a stored row, per table (``id`` where not listed): what ``Store.insert_rows`` skips on.
_KEYS = {"duplicates": ("origin", "duplicate_of")}


def _quarantine_id(q: Quarantined) -> str:
    key = f"{q.origin}\x00{q.line}\x00{q.field}\x00{q.reason}"
    return "q" + hashlib.sha1(key.encode()).hexdigest()[:15]


def _check_coords(e: Event) -> None:
    if e.latitude is not None and not -90 <= e.latitude <= 90:
        raise StoreError(f"event {e.id}: latitude {e.latitude} outside -90..90; fix the geocoder output")
    if e.longitude is not None and not -180 <= e.longitude <= 180:
        raise StoreError(f"event {e.id}: longitude {e.longitude} outside -180..180; fix the geocoder output")


_PERSON_FIELDS = tuple(f.name for f in fields(Person))


def event_row(e: Event) -> tuple[Any, ...]:
    """The event as a row tuple in ``EVENT_COLUMNS`` order (JSON-encoded lists; persons as dicts of their fields).

    Attribute by attribute rather than ``dataclasses.asdict``, which deep-copies and cost extraction ~8%.
    """
    _check_coords(e)
    span = e.evidence_span or (None, None)
    persons = [p if isinstance(p, dict) else {k: getattr(p, k) for k in _PERSON_FIELDS} for p in e.persons]
    out: list[Any] = []
    for c in EVENT_COLUMNS:
        if c == "persons":
            out.append(json.dumps(persons, ensure_ascii=False))
        elif c in JSON_COLUMNS:
            out.append(json.dumps(list(getattr(e, c)), ensure_ascii=False))
        elif c == "evidence_start":
            out.append(span[0])
        elif c == "evidence_end":
            out.append(span[1])
        else:
            out.append(getattr(e, c))
    return tuple(out)


def claim_row(c: Claim) -> tuple[Any, ...]:
    """The claim as a row tuple in ``CLAIM_COLUMNS`` order."""
    d = asdict(c)
    span = d.pop("evidence_span")
    d["evidence_start"], d["evidence_end"] = (span if span else (None, None))
    return tuple(d[k] for k in CLAIM_COLUMNS)


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event row back into the event contract's shape (ISO dates, lists, evidence_span)."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if k in JSON_COLUMNS or k == "sources":
            v = json.loads(v) if v else []
        elif isinstance(v, dt.date):
            v = v.isoformat()
        out[k] = v
    s, e = out.pop("evidence_start", None), out.pop("evidence_end", None)
    out["evidence_span"] = None if s is None else [s, e]
    return out


def _tag_like(tag: str) -> str:
    """The LIKE pattern of events whose tags (a JSON list of strings, stored with ensure_ascii=False) hold ``tag``."""
    return f'%"{tag}"%'


#: DuckDB's indexes for reads by id (``/events/{id}``, a raw report, an article) that a batch load drops and builds
#: again at its end (migrations 8 and 10): DuckDB holds a table's whole index in memory to insert one row
#: (migration 6).
LOOKUP_INDEXES = {"events_id": ("events", "id"), "articles_id": ("articles", "id"),
                  "fused_events_id": ("fused_events", "id")}

#: The columns of a fused event that readers get (``component`` is fusion's own bookkeeping, see ``fuse_new``).
FUSED_COLUMNS = (*EVENT_COLUMNS, "n_sources", "sources")


def _columns(table: str) -> str:
    """The select list of an event table's rows for readers."""
    return ", ".join(FUSED_COLUMNS) if table == "fused_events" else "*"


def _table(f: EventFilter) -> str:
    return "events" if (f.raw or f.article_id) else "fused_events"  # an article's own reports are raw events


def event_clauses(f: EventFilter, dates: bool = True) -> list[tuple[str, str, list[Any]]]:
    """(kind, SQL condition, parameters) of each filter set in ``f``; the conditions are ANDed.

    The kind names the filter (since, until, actor, type, country, article, tag, bbox, text): the listing index
    (:mod:`frontwatch.store._listing`) evaluates each kind its own way, with exactly these semantics.
    """
    out: list[tuple[str, str, list[Any]]] = []
    if f.since and dates:
        out.append(("since", "coalesce(date_end, date) >= ?", [f.since]))
    if f.until and dates:
        out.append(("until", "date <= ?", [f.until]))
    if f.actor:
        out.append(("actor", "(lower(actor1) = lower(?) OR lower(actor2) = lower(?) OR lower(assoc_actors) LIKE ?)",
                    [f.actor, f.actor, f'%"{f.actor.lower()}"%']))
    if f.event_type:
        out.append(("type", "(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))",
                    [f.event_type, f.event_type]))
    if f.country:
        out.append(("country", "upper(country) = upper(?)", [f.country]))
    if f.article_id:
        out.append(("article", "article_id = ?", [f.article_id]))
    if f.tag:
        out.append(("tag", "tags LIKE ?", [_tag_like(f.tag)]))
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        out.append(("bbox", "latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?",
                    [min_lat, max_lat, min_lon, max_lon]))
    if f.text:
        # Escape LIKE wildcards so a user's "%" or "_" matches itself.
        needle = "%" + f.text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        out.append(("text", "(lower(evidence) LIKE ? ESCAPE '\\' OR lower(location) LIKE ? ESCAPE '\\')",
                    [needle, needle]))
    return out


class Store:
    """A frontwatch database. Use :func:`open_store`; every write method runs in one transaction."""

    placeholder = "?"
    #: True when this process is the database's only writer (DuckDB locks its file), so counts may be cached
    #: between this process's own writes; a server database (PostgreSQL) has other writers and counts every time.
    exclusive_writer = True
    #: DuckDB connections may not be shared by threads, but cursors of one connection may run side by side:
    #: each thread gets its own cursor, so API reads run in parallel. Backends without this set it False.
    thread_cursors = True

    def __init__(self, url: str):
        self.url = url
        self._base = _quiet(self._connect(url))
        self._local = threading.local()
        self._cursors: list[Any] = []
        self._main = threading.get_ident()
        # Bumped by every write this process makes; cached counts are valid for one version only.
        self._writes = 0
        self._counts: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
        self._counts_lock = threading.Lock()
        # Listing indexes (see _listing.py), per table; off until enable_listing_index() (the API turns it on).
        self._listing: dict[str, Any] = {}
        self._listing_on = False
        self._listing_building: set[str] = set()
        self._listing_build_lock = threading.Lock()
        self._listing_serial = threading.Lock()  # one build at a time, on one cursor
        self._listing_cursor: Any = None
        # What fusion passes did since the caller last cleared it (the batch engine logs it per pass): new events,
        # events re-fused (the new ones and the stored ones they touch), seconds finding those and writing.
        self.fusion_stats: dict[str, float] = {}
        self.migrate()

    @property
    def _conn(self) -> Any:
        if not self.thread_cursors or threading.get_ident() == self._main:
            return self._base
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = _quiet(self._base.cursor())
            self._cursors.append(cur)
        return cur

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside :meth:`transaction` (a nested ``transaction()`` joins the outer one)."""
        return self._in_tx

    @property
    def _in_tx(self) -> bool:
        return getattr(self._local, "in_tx", False)

    @_in_tx.setter
    def _in_tx(self, value: bool) -> None:
        self._local.in_tx = value

    # -- backend hooks -------------------------------------------------------------------------------------------
    def _connect(self, url: str) -> Any:
        import duckdb

        path = Path(url)
        if path.parent and not path.parent.exists():
            raise StoreError(f"cannot create database {url}: folder {path.parent} does not exist")
        try:
            return duckdb.connect(str(path))
        except Exception as exc:  # duckdb raises its own IOException types
            raise StoreError(f"cannot open DuckDB database {url}: {exc}; is another process writing it?") from exc

    def _ddl(self, sql: str) -> str:
        """A migration statement in this backend's dialect ("" to skip it)."""
        return "" if sql.startswith(POSTGRES_ONLY) else sql.removeprefix(DUCKDB_ONLY)

    # -- plumbing ------------------------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (``?`` placeholders) and return the cursor."""
        if self.placeholder != "?":
            sql = sql.replace("?", self.placeholder)
        self._note_write(sql)
        return self._conn.execute(sql, list(params))

    def _note_write(self, sql: str | None = None) -> None:
        """Invalidate cached counts unless ``sql`` is a plain read."""
        if sql is None or not sql.lstrip()[:6].upper().startswith(("SELECT", "WITH", "SET", "EXPLAI", "PRAGMA")):
            self._writes += 1

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a query and return rows as dicts."""
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows, skipping any whose key is already stored (idempotent writes).

        DuckDB takes the rows as one Arrow table in a single INSERT ... SELECT (its row-by-row executemany is
        about a thousand times slower) that skips stored keys with an anti-join, because its tables that grow with
        every article have no key to conflict on (migration 6); other backends use executemany with ON CONFLICT.
        """
        if not rows:
            return
        self._note_write()
        cols = ", ".join(columns)
        if self.placeholder != "?":
            marks = ", ".join(["?"] * len(columns))
            self.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks}) ON CONFLICT DO NOTHING", rows)
            return
        import pyarrow as pa

        # Keep the first row per key: a batch may repeat one (the same event twice, a file quarantined twice).
        keys = _KEYS.get(table, ("id",))
        at = [columns.index(k) for k in keys]
        seen: set[Any] = set()
        unique = []
        for r in rows:
            key = tuple(r[i] for i in at)
            if key not in seen:
                seen.add(key)
                unique.append(r)
        data = pa.table({c: pa.array([r[i] for r in unique]) for i, c in enumerate(columns)})
        on = " AND ".join(f"old.{k} = src.{k}" for k in keys)
        select = ", ".join(f"src.{c}" for c in columns)
        with self._view("_frontwatch_batch", data):
            self._conn.execute(f"INSERT INTO {table} ({cols}) SELECT {select} FROM _frontwatch_batch src "
                               f"ANTI JOIN {table} old ON {on}")

    @contextlib.contextmanager
    def _view(self, name: str, table: Any) -> Iterator[None]:
        """DuckDB: the Arrow ``table`` is a view called ``name`` inside the block.

        When a statement fails inside a transaction, DuckDB aborts the transaction, and unregistering the view then
        raises "Current transaction is aborted". That error would replace the statement's own error (an out-of-memory
        error that a caller could retry, say), so it is ignored: the rollback drops the view anyway.
        """
        self._conn.register(name, table)
        try:
            yield
        except BaseException:
            with contextlib.suppress(Exception):
                self._conn.unregister(name)
            raise
        self._conn.unregister(name)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            self._note_write()
            if self.placeholder != "?":
                sql = sql.replace("?", self.placeholder)
            self._conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together or not at all (a killed process leaves no half batch)."""
        if self._in_tx:
            yield self
            return
        self._conn.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._in_tx = False
            self._note_write()  # writes through the raw connection inside the transaction count too

    def close(self) -> None:
        self._listing_on = False
        with self._listing_serial:  # not under a listing index build
            for cur in self._cursors:
                with contextlib.suppress(Exception):
                    cur.close()
            self._base.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
        rows = self.query("SELECT max(version) AS v FROM schema_version")
        return rows[0]["v"] or 0

    def migrate(self) -> int:
        """Apply every migration newer than the database's version; returns the version reached."""
        current = self.schema_version()
        if current > LATEST:
            raise StoreError(
                f"{self.url} has schema version {current}, newer than this frontwatch ({LATEST}); upgrade frontwatch"
            )
        for version, _name, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for sql in statements:
                    if ddl := self._ddl(sql):
                        self.execute(ddl)
                self.execute("INSERT INTO schema_version VALUES (?, ?)", (version, dt.datetime.now()))
        return LATEST

    def drop_lookup_indexes(self) -> None:
        """DuckDB: drop the indexes for reads by id before a bulk load (reads by id scan until they are built)."""
        if self.placeholder == "?":
            with self.transaction():
                for name in LOOKUP_INDEXES:
                    self.execute(f"DROP INDEX IF EXISTS {name}")

    def build_lookup_indexes(self) -> None:
        """DuckDB: build the indexes for reads by id that are missing (after a bulk load; ~4 s for 3.5M events)."""
        if self.placeholder == "?":
            with self.transaction():
                for name, (table, column) in LOOKUP_INDEXES.items():
                    self.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")

    # -- writes --------------------------------------------------------------------------------------------------
    def add_batch(self, items: Sequence[ArticleBatchItem], duplicates: Sequence[dict[str, Any]] = (),
                  quarantined: Sequence[Quarantined] = ()) -> None:
        """Write new articles with their events and claims, duplicate links and quarantined input, atomically."""
        now = dt.datetime.now()
        with self.transaction():
            self.insert_rows("articles", ARTICLE_COLUMNS, [
                (it.article.id, it.article.title, it.article.published, it.article.source, it.article.url,
                 it.article.origin, it.article.content_hash, it.signature, it.article.text, now)
                for it in items
            ])
            self.insert_rows("events", EVENT_COLUMNS, [event_row(e) for it in items for e in it.events])
            self.insert_rows("claims", CLAIM_COLUMNS, [claim_row(c) for it in items for c in it.claims])
            self.insert_rows("duplicates", DUPLICATE_COLUMNS, [
                (d["origin"], d["duplicate_of"], d["kind"], d.get("similarity"), d.get("title"), d.get("source"),
                 d.get("url"), d.get("published"))
                for d in duplicates
            ])
            self.insert_rows("quarantine", QUARANTINE_COLUMNS, [
                (_quarantine_id(q), q.origin, q.line, q.field, q.reason, q.raw, now) for q in quarantined
            ])
            self.update_fusion([e.id for it in items for e in it.events])

    def update_fusion(self, new_ids: Sequence[str]) -> None:
        """Re-fuse only the clusters the new raw events can change (incremental; see :meth:`fuse_new`)."""
        self.fuse_new(new_ids)

    def _set_fused_ids(self, links: Sequence[tuple[str, str]]) -> None:
        """Point raw events at their fused event ((fused_id, event_id) pairs)."""
        if self.placeholder != "?":
            self.executemany("UPDATE events SET fused_id = ? WHERE id = ?", links)
            return
        import pyarrow as pa

        # Only the rows whose fused event changed: a pass re-fuses stored members that mostly keep theirs (2.1
        # re-fused events per new one at 1M articles), and every updated row is rewritten at the next checkpoint.
        with self._view("_frontwatch_links", pa.table({"fid": [f for f, _ in links], "eid": [e for _, e in links]})):
            self._conn.execute("UPDATE events SET fused_id = l.fid FROM _frontwatch_links l WHERE events.id = l.eid "
                               "AND events.fused_id IS DISTINCT FROM l.fid")

    def _raw_by_ids(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        return self._id_query("SELECT * FROM events WHERE id IN ({ids})", ids, event_dict)

    def stale_fusion(self) -> str | None:
        """What to do when the stored fused events were built with older fusion rules than this frontwatch's
        (``frontwatch.fuse.RULES``), else None."""
        from ..fuse import RULES

        rows = self.query("SELECT value FROM store_meta WHERE key = 'fusion_rules'")
        if not rows or int(rows[0]["value"]) >= RULES:
            return None
        return (f"the fused events were built with fusion rules {rows[0]['value']} and this frontwatch uses {RULES}; "
                "new reports re-fuse only what they touch, so run `frontwatch fuse` to rebuild them all")

    def _record_fusion_rules(self, replace: bool) -> None:
        """Record this frontwatch's fusion rules: always after a rebuild of every fused event (``replace``), else
        only for a store that has recorded none (a new one)."""
        from ..fuse import RULES

        if replace:
            self.execute("DELETE FROM store_meta WHERE key = 'fusion_rules'")
        self.execute("INSERT INTO store_meta SELECT 'fusion_rules', ? WHERE NOT EXISTS (SELECT 1 FROM store_meta "
                     "WHERE key = 'fusion_rules')", (str(RULES),))

    def refuse_all(self) -> int:
        """Rebuild every fused event from the raw events (after a change of fusion rules); returns the count."""
        with self.transaction():
            self._record_fusion_rules(replace=True)
            self.execute("DELETE FROM fused_events")
            self.execute("UPDATE events SET fused_id = NULL")
            ids = [r["id"] for r in self.query("SELECT id FROM events")]
            self.update_fusion(ids)
        return self.query("SELECT count(*) AS n FROM fused_events")[0]["n"]

    # -- reads ---------------------------------------------------------------------------------------------------
    def known_articles(self) -> Iterator[tuple[str, str, bytes | None]]:
        """(id, content_hash, signature) of every stored article, to seed the deduplicator."""
        cur = self.execute("SELECT id, content_hash, signature FROM articles")
        while True:
            rows = cur.fetchmany(10_000)
            if not rows:
                return
            for r in rows:
                yield r[0], r[1], (bytes(r[2]) if r[2] is not None else None)

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return rows[0] if rows else None

    def articles(self) -> list[dict[str, Any]]:
        return self.query(
            "SELECT id, title, published, source, url, origin FROM articles ORDER BY published, id"
        )

    def _where(self, f: EventFilter, dates: bool = True) -> tuple[str, str, list[Any]]:
        """(table, WHERE clause or "", parameters) of an event filter (without since/until if not ``dates``)."""
        clauses = event_clauses(f, dates)
        where = " AND ".join(sql for _, sql, _ in clauses)
        return _table(f), (" WHERE " + where) if where else "", [p for _, _, ps in clauses for p in ps]

    def events(self, f: EventFilter | None = None) -> list[dict[str, Any]]:
        """Events matching the filter, in the event contract's shape, ordered by date."""
        cols, rows = self.event_rows(f or EventFilter())
        return [event_dict(dict(zip(cols, r, strict=True))) for r in rows]

    def events_of_kinds(self, sub_event_types: Iterable[str], tags: Iterable[str]) -> Iterator[dict[str, Any]]:
        """Fused events whose sub-event type is one of ``sub_event_types`` or whose tags include one of ``tags``,
        in listing order, streamed in chunks: what a reader that ignores every other event needs (the control
        timeline), without holding millions of rows as dicts at once.

        >>> list(open_store(":memory:").events_of_kinds(["Non-state actor overtakes territory"], ["siege"]))
        []
        """
        subs, tag_list = sorted(set(sub_event_types)), sorted(set(tags))
        conds = []
        if subs:
            conds.append(f"sub_event_type IN ({', '.join('?' * len(subs))})")
        conds += ["tags LIKE ?" for _ in tag_list]  # tags are a JSON list of strings: '["siege", ...]'
        if not conds:
            return
        params = [*subs, *(_tag_like(t) for t in tag_list)]
        cur = self.execute(f"SELECT {_columns('fused_events')} FROM fused_events WHERE {' OR '.join(conds)} "
                           f"ORDER BY {EVENT_ORDER}", params)
        cols = [d[0] for d in cur.description]
        while rows := cur.fetchmany(10_000):
            for r in rows:
                yield event_dict(dict(zip(cols, r, strict=True)))

    def event_rows(self, f: EventFilter) -> tuple[list[str], list[tuple[Any, ...]]]:
        """(column names, stored rows) of the events matching the filter, in listing order.

        The raw rows (dates as dates, JSON columns as text) let a caller serialise a page without building the
        contract's dicts first; :func:`event_dict` gives the contract's shape of one row.
        """
        if f.limit is not None and (idx := self.listing_index(_table(f))) is not None:
            keys = idx.page(self, f)
            if keys is not None:
                return self._rows_by_keys(idx.table, keys)
        table, where, params = self._where(f)
        after_day = None
        if f.after is not None:
            key, key_params, after_day = self._after_clause(table, f.after)
            where = f"{where} AND {key}" if where else f" WHERE {key}"
            params = [*params, *key_params]
        order = f" ORDER BY {EVENT_ORDER}"
        if f.limit is None and not f.offset:
            cur = self.execute(f"SELECT {_columns(table)} FROM {table}{where}{order}", params)
            return [d[0] for d in cur.description], cur.fetchall()
        offset = int(f.offset)
        if f.limit is not None and self.exclusive_writer:
            version = self._writes
            window = self._date_window(f, after_day if f.after is not None else None)
            if window is not None and version == self._writes:
                lo, hi, before = window
                # One day more than needed never changes the page, and keeps "lo <= date <= hi" a range: DuckDB
                # would turn a one-day range into an equality and walk the date index, row by row (5x slower).
                hi = hi + dt.timedelta(days=1) if hi is not None else None
                bounds = [c for c, v in (("date >= ?", lo), ("date <= ?", hi)) if v is not None]
                where = (f"{where} AND " if where else " WHERE ") + " AND ".join(bounds)
                params = [*params, *(v for v in (lo, hi) if v is not None)]
                offset -= before
        page = f" LIMIT {int(f.limit) if f.limit is not None else 'ALL'} OFFSET {offset}"
        return self._page_rows(table, where, order, page, params)

    def _date_window(self, f: EventFilter, after_day: dt.date | None) -> tuple[Any, Any, int] | None:
        """(first date, last date or None, rows before the first date) that hold the page, from the filter's
        cached per-date counts, so the page query reads a few days of rows instead of sorting the whole table.
        None when no date bound helps (the page reaches undated events, or lies past the end)."""
        days = self._day_counts(f)
        need = int(f.offset) + int(f.limit or 0)
        if f.after is not None:
            if after_day is None:
                return None
            # The cursor's own day may hold all of its rows after the cursor: count only later days.
            later = 0
            for day, n in days:
                if day is None:
                    return None
                if day > after_day:
                    later += n
                    if later >= need:
                        return after_day, day, 0
            return after_day, None, 0
        before, lo, inside = 0, None, 0
        for day, n in days:
            if day is None:
                return None
            if lo is None:
                if before + n <= f.offset:
                    before += n
                    continue
                lo = day
            inside += n
            if before + inside >= need:
                return lo, day, before
        return (lo, None, before) if lo is not None else None

    def _page_rows(self, table: str, where: str, order: str, page: str,
                   params: list[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """One page: find the rows on the narrow sort columns first, then read only those rows whole (wide text
        columns are not carried through the sort), in one snapshot.

        Rows stored close together (date-ordered storage: chronological ingest, the bulk loaders) are read back
        by rowid, which touches one or two row groups; scattered rows by primary key (the id index).
        """
        with self._read_snapshot():
            keys = self.execute(f"SELECT rowid, id FROM {table}{where}{order}{page}", params).fetchall()
            return self._rows_by_keys(table, keys)

    def _rows_by_keys(self, table: str, keys: list[tuple[int, str]]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The whole rows of (rowid, id) keys, in the keys' order."""
        with self._read_snapshot():
            if not keys:
                cur = self.execute(f"SELECT {_columns(table)} FROM {table} LIMIT 0")
                return [d[0] for d in cur.description], []
            rowids = [int(r) for r, _ in keys]
            if len({r // ROW_GROUP for r in rowids}) <= 2:
                # The range lets DuckDB skip to the right vectors; the IN list alone would decompress them all.
                cur = self.execute(f"SELECT id, {_columns(table)} FROM {table} WHERE rowid BETWEEN {min(rowids)} "
                                   f"AND {max(rowids)} AND rowid IN ({', '.join(map(str, rowids))})")
            else:
                cur = self.execute(f"SELECT id, {_columns(table)} FROM {table} "
                                   f"WHERE id IN ({', '.join('?' * len(keys))})", [i for _, i in keys])
            cols = [d[0] for d in cur.description][1:]
            by_id = {r[0]: r[1:] for r in cur.fetchall()}
        return cols, [by_id[i] for _, i in keys]

    @contextlib.contextmanager
    def _read_snapshot(self) -> Iterator[None]:
        """Run the enclosed reads in one transaction (one snapshot), unless one is already open."""
        if self._in_tx or getattr(self._local, "snapshot", False):
            yield
            return
        self._conn.execute("BEGIN TRANSACTION")
        self._local.snapshot = True
        try:
            yield
        finally:
            self._local.snapshot = False
            self._conn.execute("COMMIT")

    def _after_clause(self, table: str, after: str) -> tuple[str, list[Any], dt.date | None]:
        """The keyset condition "comes after event ``after`` in listing order", its parameters and the event's
        date; InputError if no such event."""
        rows = self.query(f"SELECT date, article_id, coalesce(evidence_start, 2147483647) AS s, id FROM {table} "
                          "WHERE id = ?", (after,))
        if not rows:
            from ._listing import after_missing

            raise after_missing(after)
        day, article, start, eid = (rows[0][k] for k in ("date", "article_id", "s", "id"))
        rest = "(article_id > ? OR (article_id = ? AND (coalesce(evidence_start, 2147483647) > ? OR " \
               "(coalesce(evidence_start, 2147483647) = ? AND id > ?))))"
        rest_params = [article, article, start, start, eid]
        if day is None:
            return f"(date IS NULL AND {rest})", rest_params, None
        # "date >= ?" on its own lets the database skip whole blocks of earlier dates (zone maps, the date index).
        return f"(date IS NULL OR (date >= ? AND (date > ? OR {rest})))", [day, day, *rest_params], day

    def count_events(self, f: EventFilter | None = None) -> int:
        """How many events match the filter (limit, offset and after ignored).

        When this process is the database's only writer (DuckDB) the count comes from the filter's per-date
        counts, kept until the next write; other backends count every time.
        """
        f = f or EventFilter()
        if (idx := self.listing_index(_table(f))) is not None and (pos := idx.select(self, f)) is not None:
            return len(pos)
        if self.exclusive_writer:
            return sum(n for _, n in self._day_counts(f))
        table, where, params = self._where(f)
        return int(self.query(f"SELECT count(*) AS n FROM {table}{where}", params)[0]["n"])

    def enable_listing_index(self, wait: bool = False) -> bool:
        """Serve event pages and counts from in-memory listing indexes (:mod:`frontwatch.store._listing`).

        Only where this process is the database's only writer (DuckDB); returns whether they are on. An index is
        built in a background thread for the fused events now (``wait``: before returning, and for the raw events
        too) and for a table after each write, when first asked for; until it is ready, SQL answers.
        """
        if not self.exclusive_writer:
            return False
        self._listing_on = True
        for table in ("fused_events", "events") if wait else ("fused_events",):
            if wait:
                self._build_listing(table)
            else:
                self.listing_index(table)
        return True

    def listing_built(self, table: str = "fused_events") -> bool:
        """Whether a listing index of ``table`` has been built (it may be one write behind until rebuilt); unlike
        :meth:`listing_index`, asking starts no build."""
        return self._listing.get(table) is not None

    def listing_index(self, table: str) -> Any:
        """The current listing index of ``table``, or None (off, or being built: a build is started)."""
        if not self._listing_on:
            return None
        idx = self._listing.get(table)
        if idx is not None and idx.version == self._writes:
            return idx
        with self._listing_build_lock:
            if table in self._listing_building:
                return None
            self._listing_building.add(table)
        threading.Thread(target=self._build_listing, args=(table, True), daemon=True,
                         name=f"frontwatch-listing-{table}").start()
        return None

    def _build_listing(self, table: str, started: bool = False) -> None:
        import logging

        from ._listing import ListingIndex

        try:
            with self._listing_build_lock:
                if self._listing_cursor is None:
                    self._listing_cursor = _quiet(self._base.cursor())
                    self._cursors.append(self._listing_cursor)
            with self._listing_serial:
                version = self._writes
                own = getattr(self._local, "cursor", None)  # put back after: the build has a cursor of its own
                self._local.cursor = self._listing_cursor
                try:
                    idx = ListingIndex(self, table, version)
                finally:
                    self._local.cursor = own
            if version == self._writes:
                self._listing[table] = idx
            else:
                self._listing.pop(table, None)
        except Exception:  # noqa: BLE001 - SQL keeps answering; the next request tries again
            logging.getLogger(__name__).exception("building the listing index of %s failed", table)
        finally:
            if started:
                with self._listing_build_lock:
                    self._listing_building.discard(table)

    def _day_counts(self, f: EventFilter) -> list[tuple[dt.date | None, int]]:
        """(date, events) in listing order (undated last) of the events matching the filter.

        One GROUP BY per filter other than since/until, cached until this process's next write; since/until are
        applied here, exactly as the SQL would (``coalesce(date_end, date) >= since``, ``date <= until``).
        """
        table, where, params = self._where(f, dates=False)
        key = (self._writes, table, where, *params)
        with self._counts_lock:
            spans = self._counts.get(key)
        if spans is None:
            spans = self.execute(f"SELECT date, coalesce(date_end, date), count(*) FROM {table}{where} "
                                 "GROUP BY 1, 2 ORDER BY 1 NULLS LAST", params).fetchall()
            self._remember(key, spans)
        out: dict[dt.date | None, int] = {}
        for day, end, n in spans:
            if (f.since and (end is None or end < f.since)) or (f.until and (day is None or day > f.until)):
                continue
            out[day] = out.get(day, 0) + n
        return list(out.items())

    def _remember(self, key: tuple[Any, ...], spans: list[tuple[Any, ...]]) -> None:
        with self._counts_lock:
            if key[0] != self._writes:
                return  # a write landed while counting: the counts may be stale already
            for k in [k for k in self._counts if k[0] != self._writes]:
                del self._counts[k]
            while len(self._counts) >= COUNT_CACHE_SIZE:
                del self._counts[next(iter(self._counts))]
            self._counts[key] = spans

    def claims(self, subject: str | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT * FROM claims", []
        if subject:
            sql += " WHERE lower(subject) = lower(?)"
            params.append(subject)
        rows = self.query(sql + " ORDER BY date NULLS LAST, article_id, evidence_start", params)
        for r in rows:
            for k, v in r.items():
                if isinstance(v, dt.date):
                    r[k] = v.isoformat()
            s, e = r.pop("evidence_start"), r.pop("evidence_end")
            r["evidence_span"] = None if s is None else [s, e]
        return rows

    def quarantined(self) -> list[dict[str, Any]]:
        return self.query("SELECT origin, line, field, reason FROM quarantine ORDER BY origin, line")

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return {
            t: self.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for t in ("articles", "duplicates", "quarantine", "events", "fused_events", "claims")
        }

    # -- fusion by candidate pairs filtered in SQL (batch engine and single-process ingest) --------------------
    def write_batch(self, items: Sequence[ArticleBatchItem], duplicates: Sequence[dict[str, Any]] = (),
                    quarantined: Sequence[Quarantined] = ()) -> None:
        """``add_batch`` with :meth:`fuse_new` as its fusion step: the same stored rows, cheaper on big databases."""
        with self.transaction():
            self.add_batch([ArticleBatchItem(it.article, it.signature, [], it.claims) for it in items], duplicates,
                           quarantined)
            events = [e for it in items for e in it.events]
            self.insert_rows("events", EVENT_COLUMNS, [event_row(e) for e in events])
            self.fuse_new([e.id for e in events])

    def fuse_new(self, new_ids: Sequence[str]) -> None:
        """Fuse newly stored raw events into the clusters they join: the same fused events as ``update_fusion``.

        The database finds the candidate pairs (same type, overlapping dates, other article, compatible actors,
        close enough or the same place name), Python confirms each with ``same_event``; clusters are the connected
        components of those pairs and of the stored clusters they touch, so only pairs that fuse reach Python.
        """
        if not new_ids:
            return
        started = time.perf_counter()
        with self.transaction():
            self._record_fusion_rules(replace=False)
            scope = self._fusion_scope(list(new_ids))
            found = time.perf_counter()
            groups: dict[str, list[str]] = {}
            for eid in scope.parent:
                groups.setdefault(_uf_find(scope.parent, eid), []).append(eid)
            links: list[tuple[str, str]] = []
            if self.placeholder == "?":  # DuckDB: events that fuse with nothing are copied in SQL
                singles = sorted(ids[0] for ids in groups.values() if len(ids) == 1)
                # In chunks: a pass over a long batch run's events would hold every single's parts at once.
                for i in range(0, len(singles), self.FUSE_CHUNK):
                    links += self._fuse_singles(singles[i:i + self.FUSE_CHUNK])
                groups = {k: ids for k, ids in groups.items() if len(ids) > 1}
            for chunk in _chunks_of_groups(list(groups.values()), self.FUSE_CHUNK):
                links += self._fuse_groups(chunk, scope)
            self._set_fused_ids(links)
        stats = self.fusion_stats
        for k, v in (("new", len(new_ids)), ("refused", len(scope.parent)), ("scope_s", found - started),
                     ("write_s", time.perf_counter() - found)):
            stats[k] = stats.get(k, 0) + v

    # Events per chunk of a fusion pass's Python work (memory, not speed): in a pass of 69,000 new events over
    # 240,000 articles (rows made into dicts batch by batch), 25,000 held the driver's peak at 671 MB, 50,000 at
    # 731 MB, in the same 11 s.
    FUSE_CHUNK = 25_000
    PAIR_CHUNK = 40_000  # new events per run of the candidate-pair queries (DuckDB's memory, not speed)

    def _fuse_groups(self, groups: list[list[str]], scope: _Scope) -> list[tuple[str, str]]:
        """Store the fused events of ``groups`` (lists of raw event ids of ``scope`` that its links join); returns
        the (fused id, event id) links. Clusters come from the links the pass found
        (:func:`frontwatch.fuse.clusters_of`), so a stored cluster is not compared pair by pair again. One chunk's
        raw rows live only in this call, so a pass holds one chunk at a time."""
        from ..fuse import clusters_of

        rows_by_id = {e["id"]: e for e in self._raw_by_ids(sorted(i for ids in groups for i in ids))}
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[str, str]] = []
        for ids in groups:
            clusters = clusters_of({i: scope.ranges[i] for i in ids}, scope.links.get(_uf_find(scope.parent, ids[0]), ()),
                                   scope.external)
            links += _fused_rows([[rows_by_id.pop(i) for i in c] for c in clusters], rows)
        self.insert_rows("fused_events", _FUSED_STORED, rows)
        return links

    def _fuse_singles(self, ids: list[str]) -> list[tuple[str, str]]:
        """Store the fused events of raw events that fuse with nothing (most of them): Python computes only the
        fields that differ from the raw row (:func:`frontwatch.fuse.single_parts`), DuckDB copies the rest.
        Returns the (fused id, event id) links."""
        from ..fuse import single_parts

        if not ids:
            return []
        import pyarrow as pa

        parts = [(e["id"], *single_parts(event_dict(e))) for e in self._id_query(
            "SELECT id, article_id, source, url, published, evidence, evidence_start, evidence_end, confidence, "
            "persons FROM events WHERE id IN ({ids})", ids)]
        cols = _FUSED_STORED
        own = {"id": "s.fid", "component": "s.fid", "confidence": "s.confidence", "persons": "s.persons",
               "n_sources": "1", "sources": "s.sources", "tags": "coalesce(nullif(e.tags, ''), '[]')",
               "assoc_actors": "coalesce(nullif(e.assoc_actors, ''), '[]')"}
        select = ", ".join(own.get(c, f"e.{c}") for c in cols)
        with self._view("_frontwatch_singles", pa.table(
                {k: [p[i] for p in parts] for i, k in enumerate(("eid", "fid", "confidence", "persons", "sources"))})):
            # No ON CONFLICT: no single's fused row can be stored (_fusion_scope deletes the rows it rebuilds),
            # and DuckDB's conflict check took memory that grew with the store: with a 512 MB cap it failed at
            # ~737,000 articles of a 1M run, with 256 MB at 77,000 (a plain INSERT passed 240,000 at 256 MB).
            self._conn.execute(f"INSERT INTO fused_events ({', '.join(cols)}) SELECT {select} FROM events e JOIN "
                               "_frontwatch_singles s ON e.id = s.eid")
        return [(p[1], p[0]) for p in parts]

    _PAIR_COLUMNS = ("id", "article_id", "event_type", "sub_event_type", "actor1", "actor2", "date", "date_end",
                     "latitude", "longitude", "geo_precision", "location", "fused_id")

    def _fusion_scope(self, new_ids: list[str]) -> _Scope:
        """The events a pass re-fuses and what it knows of them (:class:`_Scope`); deletes the fused rows they
        replace.

        A new report can change only: the clusters of the reports it matches (it joins or merges them); the loose
        reports it matches (vague dates, coarse places: ``frontwatch.fuse.loose``; one may leave its cluster, now
        matching two) and their clusters; where clusters merge, the loose reports that matched several of them (one
        may now join); and the loose reports of the same kind that a changed loose report joins or leaves. A pass
        re-fuses those clusters whole, and nothing else: a loose report re-fused with them is told which clusters
        outside the pass it matches, so it is attached exactly as :func:`frontwatch.fuse.components` over the
        whole store would attach it. (Re-fusing whole connected components instead made a pass read a quarter of a
        700,000-article store: one "this year" report at a busy town links a year of its fighting.)
        """
        from ..fuse import COARSE_KEY, VAGUE_DAYS

        info: dict[str, tuple[str | None, bool, Any, Any]] = {}  # id -> (fused id, loose?, its loose_key)
        adj: dict[str, set[str]] = {}  # same_event pairs found so far, both ways
        asked: set[str] = set()

        shared: dict[str | None, tuple[str | None, bool, Any, Any]] = {}  # one record per cluster's precise reports

        def read(sql: str, ids: Sequence[str]) -> list[str]:
            # Streamed, and tight reports share their cluster's record: a pass may read ~10^5-10^6 members.
            vague = f"coalesce(date_end, date) - date > {VAGUE_DAYS}"
            got: list[str] = []
            for _, batch in self._id_batches(f"SELECT id, fused_id, CASE WHEN {vague} THEN date END, CASE WHEN "
                                             f"{vague} THEN coalesce(date_end, date) END, {_COARSE_SQL} FROM events "
                                             f"WHERE {sql}", ids):
                for i, fid, start, end, coarse in batch:
                    if start is not None:
                        info[i] = (fid, True, start, end)
                    elif coarse:
                        info[i] = (fid, True, *COARSE_KEY)
                    else:
                        info[i] = shared.get(fid) or shared.setdefault(fid, (fid, False, None, None))
                    got.append(i)
            return got

        def ask(ids: Iterable[str]) -> None:
            todo = sorted(set(ids) - asked)
            asked.update(todo)
            for a, b, fid, is_loose in self._matches(todo):
                adj.setdefault(a, set()).add(b)
                adj.setdefault(b, set()).add(a)
                if b not in info:
                    info[b] = (fid, is_loose, None, None)

        def key(i: str) -> str:
            return info[i][0] or i

        read("id IN ({ids})", new_ids)
        new = set(info)
        ask(new)
        fused: set[str] = set()  # stored fused events to rebuild
        unfused: set[str] = set(new)  # events to re-fuse that no stored fused event holds

        def pull(i: str) -> None:
            (fused.add if info[i][0] else unfused.add)(info[i][0] or i)

        for n in new:
            pull(n)
            for b in adj.get(n, ()):
                pull(b)
        # Clusters a new tight report merges: the loose reports matching their tight members.
        merge: dict[str, str] = {}
        for n in new:
            if not info[n][1]:
                for b in adj.get(n, ()):
                    if not info[b][1]:
                        _uf_union(merge, key(n), key(b))
        roots: dict[str, set[str]] = {}
        for k in [k for k in merge if k in fused]:
            roots.setdefault(_uf_find(merge, k), set()).add(k)
        merged = sorted(f for fs in roots.values() if len(fs) > 1 for f in fs)
        changed = {n for n in new if info[n][1]} | {b for n in new for b in adj.get(n, ()) if info[b][1]}
        if merged:
            members = read(f"NOT {_LOOSE_SQL} AND fused_id IN ({{ids}})", merged)
            ask(members)
            for m in members:
                for b in adj.get(m, ()):
                    if info[b][1]:
                        changed.add(b)
                        pull(b)
        # A loose report that may change joins or leaves the loose reports of its kind: rebuild their groups too.
        ask(changed)
        partners = {b for v in changed for b in adj.get(v, ()) if info[b][1]}
        read("id IN ({ids})", sorted(i for i in partners | changed if info[i][2] is None))
        for v in changed:
            for b in adj.get(v, ()):
                if info[b][1] and info[b][2:] == info[v][2:]:
                    pull(b)
        scope = set(unfused) | set(read("fused_id IN ({ids})", sorted(fused)))
        ask(i for i in scope if info[i][1])  # every loose report's matches outside the pass
        parent: dict[str, str] = {i: i for i in scope}
        first: dict[str, str] = {}
        for i in sorted(scope):
            if info[i][0] and not info[i][1]:
                _uf_union(parent, i, first.setdefault(info[i][0], i))
        external: dict[str, set[str]] = {}
        links: list[tuple[str, str]] = []
        for i in sorted(scope):
            for b in adj.get(i, ()):
                if b in parent:
                    _uf_union(parent, i, b)
                    if i < b:
                        links.append((i, b))
                elif info[i][1] and not info[b][1]:
                    external.setdefault(i, set()).add(key(b))
        # The precise reports of a stored cluster are linked (the pass did not look for links between them).
        for i in sorted(scope):
            if info[i][0] and not info[i][1] and first[info[i][0]] != i:
                links.append((first[info[i][0]], i))
        self._with_ids("DELETE FROM fused_events WHERE id IN ({ids})", sorted(fused))
        ranges = {i: (info[i][2], info[i][3]) if info[i][1] else None for i in scope}
        by_root: dict[str, list[tuple[str, str]]] = {}
        for a, b in links:
            by_root.setdefault(_uf_find(parent, a), []).append((a, b))
        return _Scope(parent, external, by_root, ranges)

    def _matches(self, ids: Sequence[str]) -> list[tuple[str, str, str | None, bool]]:
        """(id of ``ids``, other event, its fused id, is it loose?) for the pairs ``same_event`` accepts, as found
        by :meth:`_fusion_pairs`: a tight other may stand for its whole cluster."""
        from ..fuse import loose, same_event

        sure, maybe = self._fusion_pairs(list(ids))
        out = list(sure)
        if maybe:
            cols = ", ".join(self._PAIR_COLUMNS)
            ev = {r["id"]: r for r in self._id_query(f"SELECT {cols} FROM events WHERE id IN ({{ids}})",
                                                     sorted({i for p in maybe for i in p}))}
            out += [(a, b, ev[b]["fused_id"], loose(ev[b])) for a, b in maybe if same_event(ev[a], ev[b])]
        return out

    def _fusion_pairs(self, new_ids: list[str]
                      ) -> tuple[list[tuple[str, str, str | None, bool]], list[tuple[str, str]]]:
        """The pairs of a new event and another event that may be the same event, in two lists:

        - ``sure``: (new id, other id, other's fused id, is the other vague?) for pairs that ``same_event``
          accepts whatever the rounding (distances at least 10 m inside the limit; every other test of
          ``same_event`` is exact in SQL), one per new event and cluster of precise others (a new event in a
          city's busy week meets hundreds of events of a few clusters: joining one member joins the cluster, so
          the rest need not reach Python), and one per vague other (fusion needs each vague report's matches);
        - ``maybe``: (new id, other id) for pairs within 10 m of a distance limit (or a little over it: the join
          keeps slack against rounding), which ``same_event`` decides in Python.

        Every join is an equality join on keys that only close pairs share, so its cost follows the pairs near
        each new event, not the size of the store:

        - both dates precise (ranges of at most ``VAGUE_DAYS``): the same fusion window of start dates
          (``frontwatch.fuse.fusion_window``); and latitude bands as wide as the
          pair's distance limit and their neighbours (0.15 degrees for towns' 16 km, 1.85 for regions' and
          provinces' 61 and 201 km), or the same place name when a side has no point;
        - one date vague: the same point (within 1 km), through cells of 1/20 degree and their eight neighbours
          (wider than 1 km up to about 79 degrees of latitude), or the same place name when a side has no point.

        Each query's two sides are filtered before the join (precise or vague, with or without a point, town or
        region), so no side holds events the join would only throw away.
        """
        from itertools import product

        from ..fuse import DISTANCE_KM, SAME_POINT_KM, TERRITORY, VAGUE_DAYS, WINDOW_DAYS, WINDOW_EPOCH

        territory = ", ".join(f"'{t}'" for t in sorted(TERRITORY))

        cols = ("id, article_id, event_type, sub_event_type, actor1, actor2, date, coalesce(date_end, date) AS dend, "
                "fused_id, latitude, "
                "longitude, location, coalesce(geo_precision, 1) AS pc, "
                f"coalesce(date_end, date) - date > {VAGUE_DAYS} AS vague, {_LOOSE_SQL} AS loose, "
                f"CAST(floor((date - DATE '{WINDOW_EPOCH}') / {WINDOW_DAYS}.0) AS INTEGER) AS w, "
                "CAST(floor(latitude / 0.15) AS INTEGER) AS l1, CAST(floor(latitude / 1.85) AS INTEGER) AS l3, "
                "CAST(floor(latitude * 20) AS INTEGER) AS cy, CAST(floor(longitude * 20) AS INTEGER) AS cx")
        common = ("e.event_type = n.event_type AND e.id <> n.id AND e.article_id <> n.article_id "
                  + "".join(f"AND {_same_actor_sql('n.' + a, 'e.' + a)} " for a in ("actor1", "actor2"))
                  # the same sub-event type, or none on one side except for a change of control (same_event)
                  + "AND (coalesce(n.sub_event_type, '') = coalesce(e.sub_event_type, '') OR ((coalesce("
                  "n.sub_event_type, '') = '' OR coalesce(e.sub_event_type, '') = '') AND coalesce(n.sub_event_type, "
                  f"'') NOT IN ({territory}) AND coalesce(e.sub_event_type, '') NOT IN ({territory}))) "
                  # A pair of two new events of the same chunk once, not in both directions (same_event is symmetric).
                  + "AND NOT (e.id < n.id AND e.id IN ({ids}))")
        km = ("2 * 6371.0088 * asin(sqrt(power(sin(radians(e.latitude - n.latitude) / 2), 2) + cos(radians("
              "n.latitude)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - n.longitude) / 2), 2)))")

        def limit_plus(km: float) -> str:
            """same_event's distance limit for the pair's coarser precision, plus ``km``."""
            return (f"CASE greatest(n.pc, e.pc) WHEN 2 THEN {DISTANCE_KM[2] + km} WHEN 3 THEN {DISTANCE_KM[3] + km} "
                    f"ELSE {DISTANCE_KM[1] + km} END")

        limit = limit_plus(1.0)  # a kilometre of slack against rounding: Python decides near the limit
        exact = limit_plus(0.0)  # a pair 10 m under it is the same event whatever the rounding
        overlap = "e.date <= n.dend + 1 AND e.dend >= n.date - 1"
        inside = "(n.date <= e.date AND e.dend <= n.dend OR e.date <= n.date AND n.dend <= e.dend)"
        named = "(n.latitude IS NULL OR e.latitude IS NULL) AND n.location <> ''"
        same_name = "coalesce(n.location, '') = coalesce(e.location, '')"  # two towns apart: same_event
        near = ("-1", "0", "1")

        def join(n_where: str, e_where: str, keys: dict[str, tuple[str, ...]], cond: str, sure: str) -> str:
            """Pairs of new events (``n_where``) and stored ones (``e_where``) equal on ``keys`` (a key with
            offsets matches its neighbours too: the offsets are columns of a derived table, because an offset
            inside the ON clause is no hash key) and satisfying ``cond``; ``sure`` says same_event accepts them
            (then one row per new event and cluster)."""
            shifted = [k for k, offs in keys.items() if offs != ("0",)]
            on = " AND ".join(f"e.{k} = n.{'k_' + k if k in shifted else k}" for k in keys)
            side = f"(SELECT * FROM (SELECT {cols} FROM events WHERE date IS NOT NULL{{}}) x WHERE {{}})"
            sql = (f"WITH n AS {side.format(' AND id IN ({ids})', n_where)}, e AS {side.format('', e_where)}")
            if shifted:
                combos = ", ".join("(" + ", ".join(c) + ")" for c in product(*(keys[k] for k in shifted)))
                sql += (", k AS (SELECT n.*, " + ", ".join(f"n.{k} + d.d_{k} AS k_{k}" for k in shifted)
                        + f" FROM n CROSS JOIN (VALUES {combos}) AS d({', '.join('d_' + k for k in shifted)}))")
            sql += (f" SELECT n.id AS nid, e.id AS eid, e.fused_id AS fid, {sure} AS sure, e.loose AS ev FROM "
                    f"{'k' if shifted else 'n'} AS n JOIN e ON {on} AND {common} AND {cond}")
            return (f"SELECT nid, min(eid), min(fid), sure, ev FROM ({sql}) q GROUP BY nid, sure, ev, "
                    "CASE WHEN sure AND NOT ev THEN coalesce(fid, eid) ELSE eid END")

        town, region, point = "latitude IS NOT NULL AND pc NOT IN (2, 3)", "latitude IS NOT NULL AND pc IN (2, 3)", \
            "latitude IS NOT NULL"
        queries = [
            # both precise, both with a point: towns (16 km) on narrow bands, regions/provinces on wide ones
            join(f"NOT vague AND {town}", f"NOT vague AND {town}", {"w": ("0",), "l1": near},
                 f"{overlap} AND {km} <= 16.0 AND ({km} <= {SAME_POINT_KM + 0.001} OR {same_name})",
                 f"({km} <= {SAME_POINT_KM - 0.01} OR {same_name}) AND {km} <= {exact} - 0.01"),
            # (two regions or provinces named: only at one point, as two towns)
            join(f"NOT vague AND {region}", f"NOT vague AND {point}", {"w": ("0",), "l3": near},
                 f"{overlap} AND greatest(n.pc, e.pc) IN (2, 3) AND {km} <= {limit} AND (e.pc NOT IN (2, 3) OR "
                 f"{km} <= {SAME_POINT_KM + 0.001} OR {same_name})",
                 f"(e.pc NOT IN (2, 3) OR {km} <= {SAME_POINT_KM - 0.01} OR {same_name}) AND {km} <= {exact} - 0.01"),
            join(f"NOT vague AND {town}", f"NOT vague AND {region}", {"w": ("0",), "l3": near},
                 f"{overlap} AND greatest(n.pc, e.pc) IN (2, 3) AND {km} <= {limit}", f"{km} <= {exact} - 0.01"),
            # both precise, a side without a point: the same place name
            join("NOT vague", "NOT vague", {"w": ("0",), "location": ("0",)}, f"{overlap} AND {named}", "TRUE"),
            # a vague date: the same point or, without one, the same name
            join(f"vague AND {point}", point, {"cy": near, "cx": near}, f"{inside} AND {km} <= 1.001",
                 f"{km} <= 0.99"),
            join(f"NOT vague AND {point}", f"vague AND {point}", {"cy": near, "cx": near},
                 f"{inside} AND {km} <= 1.001", f"{km} <= 0.99"),
            join("vague", "TRUE", {"location": ("0",)}, f"{inside} AND {named}", "TRUE"),
            join("NOT vague", "vague", {"location": ("0",)}, f"{inside} AND {named}", "TRUE"),
        ]
        # DuckDB takes a chunk's ids in one Arrow table (each query scans the whole store once per chunk); other
        # backends get parameter lists of 2,000 ids (see _id_batches). In chunks of new ids: a join's build side
        # holds each new event up to nine times (its neighbouring keys), and 200,000 new events at once ran DuckDB
        # out of its 512 MB. Two new events in different chunks are then paired twice, which changes nothing.
        sure: list[tuple[str, str, str | None]] = []
        maybe: list[tuple[str, str]] = []
        for i in range(0, len(new_ids), self.PAIR_CHUNK):
            chunk = new_ids[i:i + self.PAIR_CHUNK]
            for sql in queries:
                for nid, eid, fid, ok, vague in self._with_ids(sql, chunk):
                    if ok:
                        sure.append((nid, eid, fid, bool(vague)))
                    else:
                        maybe.append((nid, eid))
        return sure, maybe

    def _with_ids(self, sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
        """Rows (tuples) of ``sql`` whose every ``{ids}`` stands for the list ``ids``."""
        return [r for _, batch in self._id_batches(sql, ids) for r in batch]

    def _id_query(self, sql: str, ids: Sequence[str],
                  convert: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        """Rows (dicts, passed through ``convert`` if given) of ``sql`` whose every ``{ids}`` stands for the list
        ``ids``. Rows become dicts batch by batch: a fusion pass reads a chunk of wide rows at a time, and holding
        them as tuples and as dicts at once doubled its peak."""
        out: list[dict[str, Any]] = []
        for cols, batch in self._id_batches(sql, ids):
            if convert is None:
                out += [dict(zip(cols, r, strict=True)) for r in batch]
            else:
                out += [convert(dict(zip(cols, r, strict=True))) for r in batch]
        return out

    def _id_batches(self, sql: str, ids: Sequence[str],
                    size: int = 5000) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
        """Column names and rows of ``sql``, in batches, with ``{ids}`` standing for ``ids``: an Arrow table
        scanned by DuckDB (binding a long IN list of parameters costs DuckDB ~50 ms), else parameters, one query
        per 2,000 ids. The caller must not use the connection until the batches are consumed."""
        if not ids:
            return
        if self.placeholder != "?":
            for i in range(0, len(ids), 2000):
                chunk = list(ids[i:i + 2000])
                cur = self.execute(sql.format(ids=", ".join("?" * len(chunk))), chunk * sql.count("{ids}"))
                if cur.description is None:  # a statement without rows (DELETE)
                    continue
                yield [d[0] for d in cur.description], cur.fetchall()
            return
        import pyarrow as pa

        with self._view("_frontwatch_ids", pa.table({"id": pa.array(list(ids), type=pa.string())})):
            cur = self._conn.execute(sql.format(ids="SELECT id FROM _frontwatch_ids"))
            cols = [d[0] for d in cur.description]
            while batch := cur.fetchmany(size):
                yield cols, batch


@dataclass(slots=True)
class _Scope:
    """What a fusion pass re-fuses (``Store._fusion_scope``): union-find ``parent`` of its events (those its links
    join share a root), the ``same_event`` ``links`` among them that decide its clusters (by root), each event's
    date ``ranges`` (None when precise), and for each vague report the precise clusters outside the pass it
    matches (``external``: it can join none of the pass's)."""

    parent: dict[str, str]
    external: dict[str, set[str]]
    links: dict[str, list[tuple[str, str]]]
    ranges: dict[str, tuple[Any, Any] | None]


def _same_actor_sql(x: str, y: str) -> str:
    """SQL for ``frontwatch.fuse.same_actor`` of columns ``x`` and ``y``."""
    from ..fuse import actor_parents

    out = f"(coalesce({x}, '') = '' OR coalesce({y}, '') = '' OR {x} = {y}"
    parents = actor_parents()
    if parents:
        whens = " ".join(f"WHEN {_sql_text(k)} THEN {_sql_text(v)}" for k, v in sorted(parents.items()))
        out += f" OR CASE {x} {whens} END = {y} OR CASE {y} {whens} END = {x}"
    return out + ")"


def _sql_text(s: str) -> str:
    """``s`` as an SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def _loose_sql() -> tuple[str, str]:
    from ..fuse import COARSE, VAGUE_DAYS

    coarse = f"coalesce(geo_precision, 1) IN ({', '.join(map(str, COARSE))})"
    return coarse, f"(coalesce(date_end, date) - date > {VAGUE_DAYS} OR {coarse})"


#: SQL for ``frontwatch.fuse.loose`` over the events table (and for its coarse place alone).
_COARSE_SQL, _LOOSE_SQL = _loose_sql()

#: The columns a fusion pass writes: a reader's columns and the component the fused event belongs to.
_FUSED_STORED = (*FUSED_COLUMNS, "component")


def _fused_rows(clusters: list[list[dict[str, Any]]], rows: list[tuple[Any, ...]]) -> list[tuple[str, str]]:
    """Append to ``rows`` the fused events (in ``_FUSED_STORED`` order) of ``clusters`` of raw events; returns the
    (fused id, event id) links. A fused event's ``component`` is its own id (the column is kept from schema 7,
    when a store re-fused whole components)."""
    from ..fuse import fuse_cluster, fused_row_json

    links: list[tuple[str, str]] = []
    for group in clusters:
        fused = fused_row_json(fuse_cluster(group))
        span = fused.pop("evidence_span", None) or [None, None]
        fused["evidence_start"], fused["evidence_end"], fused["component"] = *span, fused["id"]
        rows.append(tuple(fused.get(c) for c in _FUSED_STORED))
        links += [(fused["id"], e["id"]) for e in group]
    return links


def _chunks_of_groups(groups: list[list[str]], size: int) -> Iterator[list[list[str]]]:
    """``groups`` in runs of about ``size`` ids (a group is never split), so a fusion pass over a long batch run
    holds one run's raw events at a time.

    >>> [len(c) for c in _chunks_of_groups([["a", "b"], ["c"], ["d", "e", "f"]], 3)]
    [2, 1]
    """
    chunk: list[list[str]] = []
    n = 0
    for ids in groups:
        chunk.append(ids)
        n += len(ids)
        if n >= size:
            yield chunk
            chunk, n = [], 0
    if chunk:
        yield chunk


def _quiet(conn: Any) -> Any:
    """A DuckDB connection or cursor that prints no progress bar (a long query, such as a fusion pass over
    millions of events, would draw one into the CLI's output); other backends' connections are returned as is."""
    if type(conn).__module__.lstrip("_").startswith("duckdb"):
        conn.execute("SET enable_progress_bar = false")
    return conn


def out_of_memory(exc: BaseException) -> bool:
    """Whether ``exc``, or an error it was raised while handling, is the database running out of memory: DuckDB's
    ``OutOfMemoryException`` (its memory cap reached) or PostgreSQL's SQLSTATE 53200 ``out_of_memory``.

    >>> import duckdb
    >>> out_of_memory(duckdb.OutOfMemoryException("could not allocate block"))
    True
    >>> out_of_memory(ValueError("bad date"))
    False
    """
    import duckdb

    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, duckdb.OutOfMemoryException) or getattr(e, "sqlstate", None) == "53200":
            return True
        e = e.__cause__ or e.__context__
    return False


def _uf_find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _uf_union(parent: dict[str, str], a: str, b: str) -> None:
    parent.setdefault(a, a)
    parent.setdefault(b, b)
    ra, rb = _uf_find(parent, a), _uf_find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def open_store(url: str | Path) -> Store:
    """Open (creating and migrating if needed) the database at ``url``: a DuckDB path or a postgresql:// URL.

    >>> open_store(":memory:").counts()["events"]
    0
    """
    url = str(url)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    return Store(url)
