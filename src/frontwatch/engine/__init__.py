"""Distributed batch ingest on Dask: shard the inputs, extract on workers into Parquet, bulk-load and fuse."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import Store, open_store
from ..theatre import DEFAULT_THEATRE
from ..workspace import IngestSummary
from ._load import load_shard, loaded_shards, quarantine_shard, seeded_deduper
from ._plan import Shard, plan_shards
from ._task import SUCCESS, ReadOptions, process_shard, read_shard

__all__ = ["BatchSummary", "ReadOptions", "Shard", "default_out_dir", "plan_shards", "process_shard", "read_shard",
           "run_batch"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class BatchSummary(IngestSummary):
    """What a batch run did: an ``IngestSummary`` plus shard counts."""

    shards: int = 0
    skipped: int = 0  # already loaded by an earlier run
    failed: int = 0  # quarantined shards

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
) -> BatchSummary:
    """Ingest ``inputs`` into ``db`` with Dask: same stages and event ids as ``Workspace.ingest``, resumable.

    ``scheduler`` is a ``tcp://host:8786`` address of a running cluster; without it a ``LocalCluster`` of
    ``workers`` processes starts on 127.0.0.1 (``workers=0`` runs every shard in this process, without Dask).
    Shards land in ``out_dir/shards/NAME`` with a ``_SUCCESS`` marker; a restarted run reuses finished shards and
    skips the ones already loaded (table ``engine_shards``). ``out_dir`` must be shared by all hosts.

    >>> run_batch(["corpus.jsonl"], "war.duckdb", workers=2).line()  # doctest: +SKIP
    'shards 3 (0 already loaded, 0 failed): read 5000, new 4990, duplicate 10, quarantined 0; 6120 events stored'
    """
    store = db if isinstance(db, Store) else open_store(db)
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
        dedupe = seeded_deduper(store)
        for shard, result in _compute(todo, str(out.resolve()), theatre, opts, workers, scheduler):
            shard_dir = out / "shards" / shard.name
            try:
                if isinstance(result, BaseException):
                    raise result
                counts = load_shard(store, shard_dir, dedupe)
            except Exception as exc:  # a damaged shard must not stop the other thousand
                log.warning("shard %s quarantined: %s", shard.name, exc)
                quarantine_shard(store, shard.name, ",".join(shard.paths), f"{type(exc).__name__}: {exc}")
                summary.failed += 1
                summary.quarantined += 1
                summary.messages.append(f"shard {shard.name} ({', '.join(shard.paths)}): {exc}")
                continue
            summary.read += result["read"]
            summary.new += counts["articles"]
            summary.duplicate += counts["duplicates"]
            summary.quarantined += counts["quarantined"]
            summary.events += counts["events"]
            if on_shard:
                on_shard(shard.name, counts)
    finally:
        if not isinstance(db, Store):
            store.close()
    return summary


def _compute(todo: list[Shard], out: str, theatre: str, opts: ReadOptions, workers: int,
             scheduler: str | None) -> Any:
    """Yield (shard, counts or exception) in plan order, while later shards keep computing on the cluster."""
    if not todo:
        return
    if scheduler is None and workers == 0:
        for s in todo:
            try:
                yield s, process_shard(s, out, theatre, opts)
            except Exception as exc:
                yield s, exc
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
        for s, fut in zip(todo, futures, strict=True):
            try:
                yield s, fut.result()
            except Exception as exc:
                yield s, exc
            fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def shard_succeeded(out_dir: str | Path, name: str) -> bool:
    """True when the shard's Parquet files are complete (its ``_SUCCESS`` marker exists)."""
    return (Path(out_dir) / "shards" / name / SUCCESS).exists()
