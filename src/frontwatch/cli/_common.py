"""Options and output helpers shared by every CLI command (``--db``, ``--format``, ``-o``)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import FrontwatchError
from ..theatre import DEFAULT_THEATRE

DEFAULT_DB = "frontwatch.duckdb"
FORMATS = ("table", "json", "jsonl", "csv", "geojson")

db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="FRONTWATCH_DB",
    help="Database: a DuckDB file path, or a postgresql:// URL.",
)


theatre_option = click.option("--theatre", default=DEFAULT_THEATRE, show_default=True, help="Theatre pack.")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False),
                             help="Write to this file instead of stdout.")


class DateType(click.ParamType):
    """A YYYY-MM-DD option value as a ``datetime.date``."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        if isinstance(value, dt.date):
            return value.date() if isinstance(value, dt.datetime) else value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2015-06-17", param, ctx)


DATE = DateType()


def user_errors(fn: Any) -> Any:
    """Report a FrontwatchError (unknown actor or place, bad input) as a one-line usage error (exit code 1)."""

    @functools.wraps(fn)
    def wrapper(*a: Any, **kw: Any) -> Any:
        try:
            return fn(*a, **kw)
        except FrontwatchError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def format_option(default: str = "table", choices: Sequence[str] = FORMATS):
    """The ``--format`` option of a query command."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
        help="table for people; json, jsonl, csv, geojson for programs.",
    )


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def render(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
           table_columns: Sequence[str] | None = None) -> str:
    """Render dict rows as table/json/jsonl/csv/geojson text (geojson needs latitude/longitude keys)."""
    rows = list(rows)
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in cols})
        return buf.getvalue()
    if fmt == "geojson":
        feats = []
        for r in rows:
            if "geometry" in r:
                geom = r["geometry"]
                props = {k: v for k, v in r.items() if k != "geometry"}
            else:
                lat, lon = r.get("latitude"), r.get("longitude")
                geom = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
                props = r
            feats.append({"type": "Feature", "geometry": geom, "properties": props})
        return json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False, default=str) + "\n"
    # table
    tcols = list(table_columns or cols)
    if not rows:
        return "(no rows)\n"
    cells = [[_cell(r.get(c)) for c in tcols] for r in rows]
    cells = [[c if len(c) <= 60 else c[:57] + "..." for c in row] for row in cells]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(tcols)]
    line = "  ".join(c.ljust(w) for c, w in zip(tcols, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(out) + "\n"


def emit(text: str, output: str | Path | None = None) -> None:
    """Write rendered text to ``output`` (a path) or stdout."""
    if output and str(output) != "-":
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
