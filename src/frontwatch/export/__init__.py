"""Write events and other row sets to files: JSONL, CSV, GeoJSON and Parquet."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..records import EVENT_FIELDS

EXPORT_FORMATS = ("jsonl", "json", "csv", "geojson", "parquet")


def write_parquet(rows: Sequence[dict[str, Any]], path: str | Path, columns: Sequence[str] = EVENT_FIELDS) -> None:
    """Write rows to a Parquet file; list and dict fields are stored as JSON text.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "e.parquet")
    >>> write_parquet([{"id": "e1", "tags": ["siege"]}], p, columns=["id", "tags"])
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    data: dict[str, list[Any]] = {c: [] for c in columns}
    for r in rows:
        for c in columns:
            v = r.get(c)
            if isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False)
            data[c].append(v)
    pq.write_table(pa.table({c: pa.array(v) for c, v in data.items()}), str(path))


def read_parquet(path: str | Path) -> list[dict[str, Any]]:
    """Read rows back from a Parquet file written by :func:`write_parquet` (JSON text fields stay text)."""
    import pyarrow.parquet as pq

    return pq.read_table(str(path)).to_pylist()
