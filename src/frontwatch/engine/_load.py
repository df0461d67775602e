"""The driver side of a batch run: load finished shards into the store, one transaction per shard, then fuse."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest import Deduper
from ..records import Quarantined
from ..store import Store, out_of_memory
from ._task import ARTICLE_COLUMNS, SUCCESS

log = logging.getLogger("frontwatch.engine")
_ARTICLE_STORE_COLUMNS = (*ARTICLE_COLUMNS, "ingested_at")
# On DuckDB the driver never reads article texts into Python: the INSERT scans them from the file.
_LOAD_COLUMNS: dict[str, list[str] | None] = {"articles": [c for c in ARTICLE_COLUMNS if c != "text"]}


def loaded_shards(store: Store) -> set[str]:
    """Names of the shards already in the store (from earlier, possibly killed, runs)."""
    return {r["name"] for r in store.query("SELECT name FROM engine_shards")}


def seeded_deduper(store: Store) -> Deduper:
    """A deduplicator that knows every stored article, so shards are deduped against the store and each other."""
    dedupe = Deduper()
    for aid, h, sig in store.known_articles():
        dedupe.add(aid, hash=h, signature=sig)
    return dedupe


def quarantine_shard(store: Store, name: str, origin: str, reason: str) -> None:
    """Record a shard whose output cannot be loaded, and mark it done so a restart does not retry forever."""
    with store.transaction():
        store.add_batch([], quarantined=[Quarantined(origin, f"shard {name}: {reason}")])
        store.execute("INSERT INTO engine_shards VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                      (name, "quarantined", 0, 0, dt.datetime.now()))


@dataclass(slots=True)
class PreparedShard:
    """A finished shard read and deduplicated by the driver, ready to be written by :func:`store_shards`."""

    shard_dir: Path
    articles: Any  # Arrow tables, already filtered to the new articles
    events: Any
    claims: Any
    dropped: list[str]  # ids of the shard's articles that duplicate earlier ones (DuckDB skips them in the files)
    duplicates: list[dict[str, Any]]
    quarantined: list[Quarantined]

    def counts(self) -> dict[str, int]:
        return {"articles": self.articles.num_rows, "events": self.events.num_rows,
                "duplicates": len(self.duplicates), "quarantined": len(self.quarantined)}


def prepare_shard(store: Store, shard_dir: Path, dedupe: Deduper) -> PreparedShard:
    """Read one finished shard and drop its articles that duplicate earlier ones (cross-shard dedupe).

    Articles are checked against ``dedupe`` in shard order, exactly as a single-process ingest would check them,
    then added to it. Raises on an unreadable shard (the caller quarantines it).
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if not (shard_dir / SUCCESS).exists():
        raise FileNotFoundError(f"{shard_dir} has no {SUCCESS} marker")
    copy = hasattr(store, "copy_insert")  # PostgreSQL gets rows by COPY, texts included; DuckDB reads the files
    tables = {t: pq.read_table(shard_dir / f"{t}.parquet", columns=None if copy else _LOAD_COLUMNS.get(t))
              for t in ("articles", "events", "claims", "duplicates", "quarantine")}
    arts = tables["articles"]
    keep, dups = _dedupe(arts, dedupe)
    kept = arts.filter(pa.array(keep, type=pa.bool_()))
    kept_ids = kept.column("id")
    dropped = [aid for aid, k in zip(arts.column("id").to_pylist(), keep, strict=True) if not k]
    quarantined = [Quarantined(r["origin"], r["reason"], r["line"], r["field"], r["raw"])
                   for r in tables["quarantine"].to_pylist()]
    return PreparedShard(
        shard_dir, kept,
        tables["events"].filter(pc.is_in(tables["events"].column("article_id"), value_set=kept_ids)),
        tables["claims"].filter(pc.is_in(tables["claims"].column("article_id"), value_set=kept_ids)),
        dropped, dups + tables["duplicates"].to_pylist(), quarantined)


def store_shards(store: Store, shards: list[PreparedShard], *, fuse: bool = False) -> None:
    """Write prepared shards in one transaction, each recorded in ``engine_shards``; their events are left for
    :func:`fuse_pending` unless ``fuse``."""
    import pyarrow as pa

    now = dt.datetime.now()
    with store.transaction():
        new_events: list[str] = []
        # A dropped id is dropped from its own shard's file only: an exact duplicate has the same id as the article
        # it repeats, which another shard of the group may hold.
        dropped = [f"{p.shard_dir / t}.parquet\x1f{aid}" for p in shards for aid in p.dropped
                   for t in ("articles", "events", "claims")]
        arts = [p.articles.append_column("ingested_at", pa.array([now] * p.articles.num_rows, type=pa.timestamp("us")))
                for p in shards]
        # One INSERT per table for the whole group (a statement per shard costs DuckDB ~6 ms each).
        _bulk_insert(store, "articles", arts, [p.shard_dir / "articles.parquet" for p in shards], "id", dropped,
                     {"ingested_at": now})
        for table in ("events", "claims"):
            _bulk_insert(store, table, [getattr(p, table) for p in shards],
                         [p.shard_dir / f"{table}.parquet" for p in shards], "article_id", dropped)
        for p in shards:
            store.add_batch([], p.duplicates, p.quarantined)
            new_events += p.events.column("id").to_pylist()
        if fuse:
            store.fuse_new(new_events)
        for p in shards:
            store.execute("INSERT INTO engine_shards VALUES (?, ?, ?, ?, ?)",
                          (p.shard_dir.name, "loaded", p.articles.num_rows, p.events.num_rows, now))


def load_shard(store: Store, shard_dir: Path, dedupe: Deduper) -> dict[str, int]:
    """Insert one finished shard's articles, events and claims (minus cross-shard duplicates) and fuse them.

    >>> load_shard(store, Path("/shared/run1/shards/000000-ab12"), seeded_deduper(store))  # doctest: +SKIP
    {'articles': 1987, 'events': 2411, 'duplicates': 10, 'quarantined': 0}
    """
    prepared = prepare_shard(store, shard_dir, dedupe)
    store_shards(store, [prepared], fuse=True)
    return prepared.counts()


def _bulk_insert(store: Store, table: str, data: list[Any], paths: list[Path], key: str, dropped: list[str],
                 extra: dict[str, Any] | None = None) -> None:
    """Insert a table of a group of shards: COPY of the Arrow rows on PostgreSQL, one ``read_parquet`` scan of the
    shard files on DuckDB.

    ``data`` are the already filtered Arrow tables; ``paths``/``dropped`` say the same to DuckDB, which reads the
    files itself (no Python row objects at all) and skips the rows whose ``FILE\x1fKEY`` is in ``dropped``.
    """
    if not any(d.num_rows for d in data):
        return
    copy_insert = getattr(store, "copy_insert", None)
    if copy_insert is not None:
        for d in data:
            cols = d.column_names
            for batch in d.to_batches(max_chunksize=5000):
                copy_insert(table, cols, zip(*(c.to_pylist() for c in batch.columns), strict=True))
        return
    import pyarrow.parquet as pq

    extra = extra or {}
    files = [str(p) for p, d in zip(paths, data, strict=True) if d.num_rows]
    cols = [c for c in pq.read_schema(files[0]).names if c not in extra]
    names = ", ".join([*cols, *extra])
    select = ", ".join([*(f"src.{c}" for c in cols), *("?" for _ in extra)])
    where = f" WHERE NOT list_contains(?::VARCHAR[], src.filename || chr(31) || src.{key})" if dropped else ""
    params = [*extra.values(), files, *([dropped] if dropped else [])]
    # Rows already stored are skipped with an anti-join on the key, not ON CONFLICT DO NOTHING: DuckDB's conflict
    # check made this INSERT cost 1.8 s per 1,000 articles at 245,000 stored (0.03 s this way), the driver's largest
    # cost in a 1M-article run. A key twice in the group keeps its first file's row.
    store.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM read_parquet(?::VARCHAR[], filename = true) src "
                  f"ANTI JOIN {table} old ON old.id = src.id{where} "
                  "QUALIFY row_number() OVER (PARTITION BY src.id ORDER BY src.filename) = 1", params)


def _dedupe(arts: Any, dedupe: Deduper) -> tuple[list[bool], list[dict[str, Any]]]:
    """Which of a shard's articles are new, checked in order by their worker-made hashes and signatures."""
    keep: list[bool] = []
    dups: list[dict[str, Any]] = []
    cols = arts.column_names
    ids, hashes, sigs = (arts.column(c).to_pylist() for c in ("id", "content_hash", "signature"))
    for i, (aid, h, sig) in enumerate(zip(ids, hashes, sigs, strict=True)):
        verdict = dedupe.check_signature(h, sig)
        keep.append(verdict.kind == "new")
        if verdict.kind == "new":
            dedupe.add(aid, hash=h, signature=sig)
            continue
        row = dict(zip(cols, (arts.column(c)[i].as_py() for c in cols), strict=True))
        dups.append({"origin": row["origin"] or aid, "duplicate_of": verdict.of, "kind": verdict.kind,
                     "similarity": verdict.similarity, "title": row["title"], "source": row["source"],
                     "url": row["url"], "published": row["published"]})
    return keep, dups


# A pass that runs out of memory is retried in halves down to this many events; below it the error stands.
MIN_RETRY_EVENTS = 1000


def fuse_pending(store: Store, min_retry: int = MIN_RETRY_EVENTS) -> int:
    """Fuse every stored event that has no fused event yet (loaded by the engine since the last pass, or by a run
    killed before its pass); returns how many. Fusion joins connected components, so the order of passes does not
    change the result.

    When the database runs out of memory (DuckDB's cap: ``run_batch``'s ``duckdb_memory``), the pass rolls back
    whole and is retried as two passes over halves of the events, and so on down to ``min_retry`` events: a long
    run slows down instead of ending. Each part commits on its own; a run killed between parts leaves the rest
    unfused, and the next pass (or the next run) fuses it.
    """
    ids = [r[0] for r in store.execute("SELECT id FROM events WHERE fused_id IS NULL ORDER BY id").fetchall()]
    _fuse_part(store, ids, min_retry)
    return len(ids)


def _fuse_part(store: Store, ids: list[str], min_retry: int) -> None:
    try:
        with store.transaction():
            store.fuse_new(ids)
            done = time.perf_counter()
        stats = store.fusion_stats
        stats["commit_s"] = stats.get("commit_s", 0) + time.perf_counter() - done
        return
    except Exception as exc:
        if not out_of_memory(exc) or len(ids) < 2 * min_retry or store.in_transaction:
            raise  # not memory, too small to split, or a caller's transaction that is now aborted
        log.warning("fusion of %d events ran out of database memory; retrying in two halves (%s)", len(ids),
                    str(exc).strip().splitlines()[0])
    half = len(ids) // 2
    _fuse_part(store, ids[:half], min_retry)
    _fuse_part(store, ids[half:], min_retry)
