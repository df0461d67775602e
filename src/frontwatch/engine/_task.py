"""The worker side of a batch run: read one shard, dedupe and extract with the ingest stages, write Parquet."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, Quarantined
from ..store import CLAIM_COLUMNS, EVENT_COLUMNS, JSON_COLUMNS, claim_row, event_row
from ._plan import Shard

SUCCESS = "_SUCCESS"
MAX_NOTES = 20  # notes kept per shard (a shard of a foreign-language feed would otherwise repeat one note per article)
TABLES = ("articles", "events", "claims", "duplicates", "quarantine")
ARTICLE_COLUMNS = ("id", "title", "published", "source", "url", "origin", "content_hash", "signature", "text")
DUPLICATE_COLUMNS = ("origin", "duplicate_of", "kind", "similarity", "title", "source", "url", "published")
QUARANTINE_COLUMNS = ("origin", "line", "field", "reason", "raw")
_DATES = {"date", "date_end", "published"}
_INTS = {"geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "evidence_start", "evidence_end",
         "line"}
_FLOATS = {"latitude", "longitude", "confidence", "value", "similarity"}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What ``read_inputs`` needs besides the paths; the same for every shard of a run."""

    published: dt.date | None = None
    source: str | None = None
    text_column: str = "text"
    encoding: str = "utf-8"


def _schema(columns: tuple[str, ...]) -> Any:
    import pyarrow as pa

    def typ(c: str) -> Any:
        if c in _DATES:
            return pa.date32()
        if c in _INTS:
            return pa.int64()
        if c in _FLOATS:
            return pa.float64()
        return pa.binary() if c == "signature" else pa.string()

    return pa.schema([(c, typ(c)) for c in columns])


SCHEMAS = {
    "articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "claims": CLAIM_COLUMNS,
    "duplicates": DUPLICATE_COLUMNS, "quarantine": QUARANTINE_COLUMNS,
}
assert JSON_COLUMNS <= set(EVENT_COLUMNS)  # lists are JSON text in both the store and the shard files


def _relocate(items: Iterator[Article | Quarantined], path: str, line_offset: int) -> Iterator[Article | Quarantined]:
    """Items read from a slice through stdin, renamed to the file and line they came from (as a whole-file read)."""
    for it in items:
        if isinstance(it, Quarantined):
            it.origin = path
            if it.line is not None:
                it.line += line_offset
        elif it.origin and it.origin.startswith("<stdin>:"):
            it.origin = f"{path}:{int(it.origin.rsplit(':', 1)[1]) + line_offset}"
        yield it


def read_shard(shard: Shard, opts: ReadOptions) -> Iterator[Article | Quarantined]:
    """The articles and rejected inputs of one shard, read by ``ingest.read_inputs`` like a single-process run.

    >>> list(read_shard(Shard("x", "files", ("/nonexistent.txt",)), ReadOptions()))[0].reason[:10]
    'no such fi'
    """
    from ..ingest import read_inputs

    kw: dict[str, Any] = {"published": opts.published, "source": opts.source, "text_column": opts.text_column,
                          "encoding": opts.encoding}
    if shard.kind == "files":
        yield from read_inputs(list(shard.paths), **kw)
        return
    path = shard.paths[0]
    if shard.kind == "jsonl":
        with open(path, "rb") as f:
            f.seek(shard.start)
            data = f.read(shard.end - shard.start)
        try:
            text = data.decode(opts.encoding)
        except UnicodeDecodeError as e:
            yield Quarantined(path, f"not valid {opts.encoding} in lines from {shard.first_line} (byte "
                                    f"{shard.start + e.start}); re-save as UTF-8 or pass --encoding",
                              line=shard.first_line)
            return
        if text.strip():
            yield from _relocate(read_inputs(["-"], stdin=io.StringIO(text), fmt="jsonl", **kw), path,
                                 shard.first_line - 1)
        return
    yield from _read_parquet_rows(shard, kw)


def _read_parquet_rows(shard: Shard, kw: dict[str, Any]) -> Iterator[Article | Quarantined]:
    from ..ingest import read_inputs

    path = shard.paths[0]
    try:
        import pyarrow.parquet as pq

        if shard.end < 0:
            raise ValueError("no rows could be read")
        rows: list[dict[str, Any]] = []
        pos = 0
        # Stream record batches and keep only this shard's rows: memory is one shard, not the whole file.
        for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
            lo, hi = max(shard.start - pos, 0), min(shard.end - pos, batch.num_rows)
            if lo < hi:
                rows += batch.slice(lo, hi - lo).to_pylist()
            pos += batch.num_rows
            if pos >= shard.end:
                break
    except Exception as exc:  # pyarrow raises several types for a damaged file
        yield Quarantined(path, f"unreadable Parquet file ({exc}); re-export it or remove it from the inputs")
        return
    # Rows go through the JSONL reader so that validation and ids are exactly those of the other formats.
    lines = [json.dumps(r, default=str, ensure_ascii=False) for r in rows]
    yield from _relocate(read_inputs(["-"], stdin=io.StringIO("\n".join(lines)), fmt="jsonl", **kw), path,
                         shard.start)


def process_shard(shard: Shard, out_dir: str, theatre: str, opts: ReadOptions) -> dict[str, Any]:
    """Read, dedupe (within the shard) and extract one shard into ``out_dir/shards/NAME/*.parquet`` + ``_SUCCESS``.

    Returns the shard's counts; a shard that already has its ``_SUCCESS`` marker is not redone.

    >>> process_shard(shard, "/shared/run1", "syria-iraq", ReadOptions())  # doctest: +SKIP
    {'name': '000000-…', 'read': 2000, 'articles': 1987, 'events': 2411, 'quarantined': 3, 'duplicates': 10}
    """
    final = Path(out_dir) / "shards" / shard.name
    marker = final / SUCCESS
    _use_system_pool()
    if marker.exists():
        try:
            return json.loads(marker.read_text())
        except ValueError:  # cut short by a kill under older code, which wrote it after the rename: redo the shard
            pass
    rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABLES}
    counts = {"name": shard.name, "read": 0, "articles": 0, "events": 0, "quarantined": 0, "duplicates": 0}
    try:
        _extract_into(shard, theatre, opts, rows, counts)
    except Exception as exc:  # a shard that cannot be processed is quarantined; the run goes on
        rows = {t: [] for t in TABLES}
        rows["quarantine"].append((",".join(shard.paths), shard.first_line if shard.kind == "jsonl" else None,
                                   None, f"shard {shard.name} failed: {type(exc).__name__}: {exc}", None))
        counts.update(read=0, articles=0, events=0, quarantined=1, duplicates=0)
    _write(final, rows, counts)
    del rows
    release_memory()  # a worker's extraction and Arrow writes free ~10^5 objects a shard
    return counts


def _use_system_pool() -> None:
    """Give Arrow the system allocator in a process that runs shards. Arrow's default (mimalloc) kept what it
    freed: a worker that had loaded the gazetteer and extracted two shards of 250 articles held 173 MB of anonymous
    memory, 148 MB after :func:`release_memory`; with the system allocator 146 MB, 131 MB after it."""
    import pyarrow as pa

    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def release_memory() -> None:
    """Hand freed memory back to the OS (after a fusion pass in the driver, after a shard in a worker): Arrow's
    allocator pool and glibc's heap keep what shard reads and fusion passes freed (a driver that had loaded 20,000
    articles held 543 MB, 411 MB after this). glibc's ``malloc_trim`` is skipped where it does not exist."""
    import ctypes
    import ctypes.util

    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    if trim is not None:
        trim(0)


def _extract_into(shard: Shard, theatre: str, opts: ReadOptions, rows: dict[str, list[tuple[Any, ...]]],
                  counts: dict[str, Any]) -> None:
    from ..extract import extract_article
    from ..ingest import Deduper

    dedupe = Deduper()
    for item in read_shard(shard, opts):
        counts["read"] += 1
        if isinstance(item, Quarantined):
            counts["quarantined"] += 1
            rows["quarantine"].append((item.origin, item.line, item.field, item.reason, item.raw))
            continue
        verdict = dedupe.check(item.text)
        if verdict.kind != "new":
            counts["duplicates"] += 1
            rows["duplicates"].append((item.origin or item.id, verdict.of, verdict.kind, verdict.similarity,
                                       item.title, item.source, item.url, item.published))
            continue
        sig = dedupe.signature(item.text)
        dedupe.add(item.id, hash=item.content_hash, signature=sig)
        result = extract_article(item, theatre)
        if result.notes and len(counts.setdefault("notes", [])) < MAX_NOTES:
            counts["notes"] += result.notes[:MAX_NOTES - len(counts["notes"])]  # a non-English or truncated article
        counts["articles"] += 1
        counts["events"] += len(result.events)
        rows["articles"].append((item.id, item.title, item.published, item.source, item.url, item.origin,
                                 item.content_hash, sig, item.text))
        rows["events"] += [event_row(e) for e in result.events]
        rows["claims"] += [claim_row(c) for c in result.claims]


def _write(final: Path, rows: dict[str, list[tuple[Any, ...]]], counts: dict[str, Any]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Write into a private folder and rename it: a killed worker never leaves a half shard under the final name.
    tmp = final.parent / f".{final.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for table, cols in SCHEMAS.items():
        data = list(zip(*rows[table], strict=True)) if rows[table] else [[] for _ in cols]
        arrays = {c: data[i] for i, c in enumerate(cols)}
        pq.write_table(pa.table(arrays, schema=_schema(cols)), tmp / f"{table}.parquet")
    (tmp / SUCCESS).write_text(json.dumps(counts))
    # The marker is in place before the rename, so the folder appears under its final name complete or not at all.
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
