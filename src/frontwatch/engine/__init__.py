"""Distributed batch ingest on Dask: shard the inputs, extract on workers into Parquet, bulk-load and fuse."""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store, open_store
from ..theatre import DEFAULT_THEATRE
from ..workspace import IngestSummary
from ._load import (
    PreparedShard,
    fuse_pending,
    loaded_shards,
    prepare_shard,
    quarantine_shard,
    seeded_deduper,
    store_shards,
)
from ._plan import Shard, plan_shards
from ._task import SUCCESS, ReadOptions, process_shard, read_shard, release_memory

__all__ = ["BatchSummary", "ReadOptions", "Shard", "default_out_dir", "plan_shards", "process_shard", "read_shard",
           "run_batch"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BatchSummary(IngestSummary):
    """What a batch run did: an ``IngestSummary`` plus shard counts."""

    shards: int = 0
    skipped: int = 0  # already loaded by an earlier run
    failed: int = 0  # quarantined shards
    driver_seconds: float = 0.0  # time the driver spent seeding the deduplicator and loading shards

    def line(self) -> str:
        return (f"shards {self.shards} ({self.skipped} already loaded, {self.failed} failed): read {self.read}, "
                f"new {self.new}, duplicate {self.duplicate}, quarantined {self.quarantined}; "
                f"{self.events} events stored")


def default_out_dir(db: str) -> Path:
    """Where shard files go when no ``out_dir`` is given: next to a DuckDB file, else ``./frontwatch-shards``.

    >>> default_out_dir("war.duckdb").name
    'war.duckdb.shards'
    """
    if "://" in db or db == ":memory:":
        return Path("frontwatch-shards")
    return Path(db).with_name(Path(db).name + ".shards")


def run_batch(
    inputs: Sequence[str | Path],
    db: str | Path | Store,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    shard_size: int = 2000,
    out_dir: str | Path | None = None,
    theatre: str = DEFAULT_THEATRE,
    published: dt.date | None = None,
    source: str | None = None,
    text_column: str = "text",
    encoding: str = "utf-8",
    on_shard: Callable[[str, dict[str, Any]], None] | None = None,
    load_every: int = 1000,
    fuse_every: int = 5000,
    duckdb_memory: str = "256MB",
) -> BatchSummary:
    """Ingest ``inputs`` into ``db`` with Dask: same stages and event ids as ``Workspace.ingest``, resumable.

    ``scheduler`` is a ``tcp://host:8786`` address of a running cluster; without it a ``LocalCluster`` of
    ``workers`` processes starts on 127.0.0.1 (``workers=0`` runs every shard in this process, without Dask).
    Shards land in ``out_dir/shards/NAME`` with a ``_SUCCESS`` marker; a restarted run reuses finished shards and
    skips the ones already loaded (table ``engine_shards``). ``out_dir`` must be shared by all hosts. Finished shards
    are written in groups of about ``load_every`` articles, one transaction per group; their events are fused every
    ``fuse_every`` articles, or a fifth of the articles stored (at most four times ``fuse_every``), whichever is more,
    and at the end: one pass re-fuses a cluster once, not once per group, and a pass scans the whole store, so a
    long run makes passes grow with the store instead of making one every ``fuse_every`` (1M articles: ~60 passes,
    not 200); the cap bounds a pass's memory (a pass of 160,000 events took the driver to 1.45 GB). Until its pass
    a reader sees an event as a raw event only. The fused events are those of an ingest that fuses every batch.
    ``duckdb_memory`` caps DuckDB's buffer pool when this call opens a DuckDB file (its default is 80% of RAM,
    which a long run fills with cached blocks); a ``Store`` passed in is used as configured. The cap holds
    because a run drops the indexes for reads by id while it loads (``Store.drop_lookup_indexes``) and no table
    that grows with the articles keeps a key on DuckDB since schema 10: DuckDB holds a table's whole index in
    memory to insert into it, and with the keys a fixed cap ran out at ~600k articles with 384 MB.

    >>> run_batch(["corpus.jsonl"], "war.duckdb", workers=2).line()  # doctest: +SKIP
    'shards 3 (0 already loaded, 0 failed): read 5000, new 4990, duplicate 10, quarantined 0; 6120 events stored'
    """
    store = db if isinstance(db, Store) else _open(db, duckdb_memory)
    out = Path(out_dir) if out_dir is not None else default_out_dir(str(db if not isinstance(db, Store) else db.url))
    (out / "shards").mkdir(parents=True, exist_ok=True)
    opts = ReadOptions(published, source, text_column, encoding)
    summary = BatchSummary()
    try:
        shards = plan_shards(inputs, shard_size)
        summary.shards = len(shards)
        done = loaded_shards(store)
        todo = [s for s in shards if s.name not in done]
        summary.skipped = len(shards) - len(todo)
        if todo:  # inserts would hold these indexes in memory; they are built again at the end (also after a failure,
            store.drop_lookup_indexes()  # and after a run killed before its end)
        busy = time.perf_counter()
        dedupe = seeded_deduper(store)
        stored = len(dedupe)
        summary.driver_seconds += time.perf_counter() - busy
        group: list[tuple[Shard, dict[str, Any], PreparedShard]] = []
        unfused = 0
        for shard, result, next_ready in _compute(todo, str(out.resolve()), theatre, opts, workers, scheduler):
            busy = time.perf_counter()
            try:
                if isinstance(result, BaseException):
                    raise result
                group.append((shard, result, prepare_shard(store, out / "shards" / shard.name, dedupe)))
            except Exception as exc:  # a damaged shard must not stop the other thousand
                _quarantine(store, summary, shard, exc)
            # Load in groups: fusion and commit cost per call, so one call per ~load_every articles; load a smaller
            # group when the driver would otherwise wait for the cluster.
            pending = sum(p.articles.num_rows for _, _, p in group)
            if pending >= load_every or (pending >= load_every // 4 and not next_ready) or shard is todo[-1]:
                _store_group(store, summary, group, on_shard)
                unfused += pending
                group = []
            if unfused >= fuse_threshold(stored + summary.new, fuse_every):
                started = time.perf_counter()
                store.fusion_stats.clear()
                fused = fuse_pending(store)
                unfused = 0
                release_memory()
                st = store.fusion_stats
                log.info("fusion pass: %d events in %.1f s (re-fused %d events: %.1f s finding them, %.1f s "
                         "writing, %.1f s committing); %d articles stored; driver peak RSS %.0f MB, deduplicator "
                         "%.0f MB", fused, time.perf_counter() - started, st.get("refused", 0), st.get("scope_s", 0),
                         st.get("write_s", 0), st.get("commit_s", 0), stored + summary.new, _peak_rss() / 1e6,
                         dedupe.nbytes() / 1e6)
            summary.driver_seconds += time.perf_counter() - busy
        busy = time.perf_counter()
        _store_group(store, summary, group, on_shard)
        fuse_pending(store)  # also what a killed run loaded but did not fuse
        summary.driver_seconds += time.perf_counter() - busy
        stale = store.stale_fusion()
        if stale:
            summary.notes.append(stale)
    finally:
        _rebuild_lookup_indexes(store, uncap=not isinstance(db, Store))
        if not isinstance(db, Store):
            store.close()
    return summary


def _rebuild_lookup_indexes(store: Store, uncap: bool) -> None:
    """Build the store's indexes for reads by id again after a load; a failure is logged, never raised (the data
    is complete without them, reads by id scan, and the next run builds them). With ``uncap`` (a DuckDB store the
    run opened) the run's memory cap is lifted first: the cap is for loading beside the workers, who are gone now,
    and the indexes of 1M articles need more (~340 MB; the build failed under 256 MB)."""
    try:
        if uncap and not hasattr(store, "copy_insert"):  # (PostgreSQL's memory is the server's business)
            store.execute("RESET memory_limit")
        store.build_lookup_indexes()
    except Exception as exc:  # (DuckDB's own exception types; out of memory, say)
        log.warning("indexes for reads by id not rebuilt (%s); reads by id scan until a later run builds them",
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)


def fuse_threshold(stored: int, fuse_every: int) -> int:
    """Unfused articles that start a fusion pass in a store of ``stored`` articles: ``fuse_every``, or a fifth of
    the store up to four times ``fuse_every``, whichever is more.

    >>> [fuse_threshold(n, 5000) for n in (0, 20_000, 100_000, 1_000_000)]
    [5000, 5000, 20000, 20000]
    """
    return max(fuse_every, min(stored // 5, 4 * fuse_every))


def _peak_rss() -> float:
    """This process's peak resident memory in bytes (0 where ``resource`` does not exist)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024.0


WORKING_BYTES = 256 * 2**20  # the least a driver runs with: room for a fusion pass's joins and copies


def _open(db: str | Path, duckdb_memory: str) -> Store:
    """The store at ``db``; a DuckDB file gets the memory cap ``duckdb_memory``, never under ``WORKING_BYTES``
    (a pass's joins need that much whatever the store's size; under 16 MB every shard ran out of memory).
    PostgreSQL's memory is the server's business."""
    store = open_store(db)
    if hasattr(store, "copy_insert"):  # PostgreSQL
        return store
    size = _bytes(duckdb_memory)
    if size is None:
        store.close()
        raise ValueError(f"duckdb_memory must look like '1GB' or '512MiB', got {duckdb_memory!r}")
    cap = max(size, WORKING_BYTES)
    if cap > size:
        log.info("DuckDB memory cap %s raised to the driver's least, %d MiB", duckdb_memory, cap // 2**20)
    store.execute(f"SET memory_limit = '{cap // 2**20}MiB'")
    return store


def _bytes(size: str) -> int | None:
    """ "512MB" / "1.5GiB" as bytes (decimal units taken as binary); None if it is no size.

    >>> _bytes("512MB") // 2**20, _bytes("1.5GiB") // 2**20, _bytes("lots")
    (512, 1536, None)
    """
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMGT])i?B", size.strip(), flags=re.IGNORECASE)
    if m is None:
        return None
    return int(float(m.group(1)) * 1024 ** "KMGT".index(m.group(2).upper()) * 1024)


def _quarantine(store: Store, summary: BatchSummary, shard: Shard, exc: BaseException) -> None:
    log.warning("shard %s quarantined: %s", shard.name, exc)
    quarantine_shard(store, shard.name, ",".join(shard.paths), f"{type(exc).__name__}: {exc}")
    summary.failed += 1
    summary.quarantined += 1
    summary.messages.append(f"shard {shard.name} ({', '.join(shard.paths)}): {exc}")


def _store_group(store: Store, summary: BatchSummary, group: list[tuple[Shard, dict[str, Any], PreparedShard]],
                 on_shard: Callable[[str, dict[str, Any]], None] | None) -> None:
    """Write a group of prepared shards in one transaction; if it fails, every shard of it is quarantined."""
    if not group:
        return
    try:
        store_shards(store, [p for _, _, p in group])
    except Exception as exc:
        for shard, _, _ in group:
            _quarantine(store, summary, shard, exc)
        return
    for shard, result, prepared in group:
        counts = prepared.counts()
        summary.read += result["read"]
        summary.new += counts["articles"]
        summary.duplicate += counts["duplicates"]
        summary.quarantined += counts["quarantined"]
        summary.messages += [q.message() for q in prepared.quarantined]  # file:line: field: why, as ingest says
        summary.notes += result.get("notes", [])
        summary.events += counts["events"]
        if on_shard:
            on_shard(shard.name, counts)


def _compute(todo: list[Shard], out: str, theatre: str, opts: ReadOptions, workers: int,
             scheduler: str | None) -> Any:
    """Yield (shard, counts or exception, next result ready?) in plan order, while later shards keep computing."""
    if not todo:
        return
    if scheduler is None and workers == 0:
        for s in todo:
            try:
                yield s, process_shard(s, out, theatre, opts), False
            except Exception as exc:
                yield s, exc, False
        return
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler is None:
        # Processes, not threads: extraction is pure Python and would serialise on the GIL.
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        # Pure keys per shard: a resubmitted shard (same name) is the same task.
        futures = [client.submit(process_shard, s, out, theatre, opts, key=f"fw-shard-{s.name}", pure=False)
                   for s in todo]
        for i, (s, fut) in enumerate(zip(todo, futures, strict=True)):
            try:
                result: Any = fut.result()
            except Exception as exc:
                result = exc
            yield s, result, i + 1 < len(futures) and futures[i + 1].done()
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def shard_succeeded(out_dir: str | Path, name: str) -> bool:
    """True when the shard's Parquet files are complete (its ``_SUCCESS`` marker exists)."""
    return (Path(out_dir) / "shards" / name / SUCCESS).exists()
