"""Split batch inputs into shards: whole small files grouped, big JSONL files cut into line ranges, Parquet by rows."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_JSONL = {".jsonl", ".ndjson"}
_PARQUET = {".parquet", ".pq"}
_SCAN_CHUNK = 1 << 22  # 4 MiB reads when counting lines: flat memory on multi-GB files


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: some whole files, a byte range of lines of one JSONL file, or rows of one Parquet file.

    >>> Shard("000000-ab", "files", ("a.txt",)).kind
    'files'
    """

    name: str  # stable across runs of the same inputs: the shard's output folder and its row in engine_shards
    kind: str  # "files", "jsonl" (byte range) or "parquet" (row range)
    paths: tuple[str, ...]
    start: int = 0  # byte offset (jsonl) or first row (parquet)
    end: int = -1  # byte offset or row after the last one; -1 for whole files
    first_line: int = 1  # line number of the first line of a jsonl range, for quarantine messages
    size_hint: int = field(default=0, compare=False)  # articles (lines, rows, files) expected


def _files(paths: Sequence[str | Path]) -> Iterator[Path]:
    # Same order as ingest.read_inputs (sorted, hidden skipped) so both engines see articles in the same order.
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        yield Path(dirpath) / name
        else:
            yield path


def _line_ranges(path: Path, lines_per_shard: int) -> Iterator[tuple[int, int, int, int]]:
    """(start byte, end byte, first line, n lines) of consecutive runs of ``lines_per_shard`` lines."""
    start, first, n, pos = 0, 1, 0, 0
    with path.open("rb") as f:
        while chunk := f.read(_SCAN_CHUNK):
            i = 0
            while True:
                j = chunk.find(b"\n", i)
                if j < 0:
                    break
                n += 1
                i = j + 1
                if n == lines_per_shard:
                    end = pos + i
                    yield start, end, first, n
                    start, first, n = end, first + n, 0
            pos += len(chunk)
    if pos > start:
        yield start, pos, first, n + 1


def _parquet_rows(path: Path) -> int | None:
    try:
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    except Exception:  # an unreadable file becomes one shard, quarantined by the worker
        return None


def plan_shards(paths: Sequence[str | Path], shard_size: int = 2000) -> list[Shard]:
    """Cut the inputs into shards of about ``shard_size`` articles, in input order.

    >>> plan_shards([])
    []
    """
    if shard_size < 1:
        raise ValueError(f"shard_size must be at least 1, got {shard_size}")
    raw: list[tuple[str, tuple[str, ...], int, int, int, int]] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            raw.append(("files", tuple(group), 0, -1, 1, len(group)))
            group.clear()

    for f in _files(paths):
        suffix = f.suffix.lower()
        size = f.stat().st_size if f.is_file() else 0
        if suffix in _JSONL and size > 0:
            flush()
            for start, end, first, n in _line_ranges(f, shard_size):
                raw.append(("jsonl", (str(f),), start, end, first, n))
        elif suffix in _PARQUET:
            flush()
            rows = _parquet_rows(f)
            if rows is None:
                raw.append(("parquet", (str(f),), 0, -1, 1, 0))
            for start in range(0, rows or 0, shard_size):
                raw.append(("parquet", (str(f),), start, min(start + shard_size, rows or 0), 1,
                            min(shard_size, (rows or 0) - start)))
        else:
            # Files of one article each (text, HTML) and small CSV/feeds: group them to amortise task overhead.
            group.append(str(f))
            if len(group) >= shard_size:
                flush()
    flush()
    return [Shard(_name(i, r), r[0], r[1], r[2], r[3], r[4], r[5]) for i, r in enumerate(raw)]


def _name(index: int, r: tuple[str, tuple[str, ...], int, int, int, int]) -> str:
    # Size and mtime in the key: an edited input file gets new shard names, so it is not mistaken as loaded.
    stamp = []
    for p in r[1]:
        try:
            st = os.stat(p)
            stamp.append(f"{os.path.abspath(p)}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            stamp.append(os.path.abspath(p))
    key = "\x00".join([r[0], *stamp, str(r[2]), str(r[3])])
    return f"{index:06d}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"
