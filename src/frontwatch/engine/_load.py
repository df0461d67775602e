"""The driver side of a batch run: load finished shards into the store, one transaction per shard, then fuse."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..ingest import Deduper
from ..records import Quarantined
from ..store import Store
from ._task import ARTICLE_COLUMNS, SUCCESS

_ARTICLE_STORE_COLUMNS = (*ARTICLE_COLUMNS, "ingested_at")


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


def load_shard(store: Store, shard_dir: Path, dedupe: Deduper) -> dict[str, int]:
    """Insert one finished shard's articles, events and claims (minus cross-shard duplicates) and fuse them.

    Articles are checked against ``dedupe`` in shard order, exactly as a single-process ingest would check them,
    then added to it. Raises on an unreadable shard (the caller quarantines it).

    >>> load_shard(store, Path("/shared/run1/shards/000000-ab12"), seeded_deduper(store))  # doctest: +SKIP
    {'articles': 1987, 'events': 2411, 'duplicates': 10}
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if not (shard_dir / SUCCESS).exists():
        raise FileNotFoundError(f"{shard_dir} has no {SUCCESS} marker")
    tables = {t: pq.read_table(shard_dir / f"{t}.parquet")
              for t in ("articles", "events", "claims", "duplicates", "quarantine")}
    arts = tables["articles"]
    keep: list[bool] = []
    dups: list[dict[str, Any]] = []
    texts = arts.column("text").to_pylist()
    for i, (aid, text) in enumerate(zip(arts.column("id").to_pylist(), texts, strict=True)):
        verdict = dedupe.check(text)
        if verdict.kind == "new":
            dedupe.add(aid, text)
            keep.append(True)
            continue
        keep.append(False)
        row = arts.slice(i, 1).to_pylist()[0]
        dups.append({"origin": row["origin"] or aid, "duplicate_of": verdict.of, "kind": verdict.kind,
                     "similarity": verdict.similarity, "title": row["title"], "source": row["source"],
                     "url": row["url"], "published": row["published"]})
    mask = pa.array(keep, type=pa.bool_())
    arts = arts.filter(mask)
    kept_ids = arts.column("id")
    events = tables["events"].filter(pc.is_in(tables["events"].column("article_id"), value_set=kept_ids))
    claims = tables["claims"].filter(pc.is_in(tables["claims"].column("article_id"), value_set=kept_ids))
    now = dt.datetime.now()
    dropped = [aid for aid, k in zip(tables["articles"].column("id").to_pylist(), keep, strict=True) if not k]
    arts = arts.append_column("ingested_at", pa.array([now] * arts.num_rows, type=pa.timestamp("us")))
    dups += tables["duplicates"].to_pylist()
    quarantined = [Quarantined(r["origin"], r["reason"], r["line"], r["field"], r["raw"])
                   for r in tables["quarantine"].to_pylist()]
    with store.transaction():
        _bulk_insert(store, "articles", arts, shard_dir / "articles.parquet", "id", dropped, {"ingested_at": now})
        _bulk_insert(store, "events", events, shard_dir / "events.parquet", "article_id", dropped)
        _bulk_insert(store, "claims", claims, shard_dir / "claims.parquet", "article_id", dropped)
        store.add_batch([], dups, quarantined)
        store.update_fusion(events.column("id").to_pylist())
        store.execute("INSERT INTO engine_shards VALUES (?, ?, ?, ?, ?)",
                      (shard_dir.name, "loaded", arts.num_rows, events.num_rows, now))
    return {"articles": arts.num_rows, "events": events.num_rows, "duplicates": len(dups),
            "quarantined": len(quarantined)}


def _bulk_insert(store: Store, table: str, data: Any, path: Path, key: str, dropped: list[str],
                 extra: dict[str, Any] | None = None) -> None:
    """Insert a shard table: COPY of the Arrow rows on PostgreSQL, a direct ``read_parquet`` scan on DuckDB.

    ``data`` is the already filtered Arrow table; ``path``/``dropped`` say the same to DuckDB, which reads the file
    itself (no Python row objects at all) and skips the rows whose ``key`` is in ``dropped``.
    """
    if data.num_rows == 0:
        return
    copy_insert = getattr(store, "copy_insert", None)
    if copy_insert is not None:
        cols = data.column_names
        for batch in data.to_batches(max_chunksize=5000):
            copy_insert(table, cols, zip(*(c.to_pylist() for c in batch.columns), strict=True))
        return
    extra = extra or {}
    cols = [c for c in data.column_names if c not in extra]
    names = ", ".join([*cols, *extra])
    select = ", ".join([*cols, *("?" for _ in extra)])
    where = f" WHERE NOT list_contains(?::VARCHAR[], {key})" if dropped else ""
    params = [*extra.values(), str(path), *([dropped] if dropped else [])]
    store.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM read_parquet(?){where} "
                  "ON CONFLICT DO NOTHING", params)
