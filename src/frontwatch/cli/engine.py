"""CLI glue for the Dask batch engine: ``--engine``/``--scheduler``/``--workers`` options and ``frontwatch batch``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import click

from ._common import DATE, db_option, theatre_option

ENGINES = ("single", "dask")


def engine_options(cmd: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--engine``, ``--scheduler``, ``--workers``, ``--shard-size`` and ``--shard-dir`` to a command.

    >>> @engine_options
    ... @click.command()
    ... def ingest(engine, scheduler, workers, shard_size, shard_dir): ...
    """
    for opt in reversed((
        click.option("--engine", type=click.Choice(ENGINES), default="single", show_default=True,
                     help="single: this process; dask: shard the inputs over a Dask cluster."),
        click.option("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler to use (tcp://HOST:8786); default: a local cluster of --workers processes."),
        click.option("--workers", type=click.IntRange(0), default=2, show_default=True,
                     help="Worker processes of the local Dask cluster (0: no Dask, shards run in this process)."),
        click.option("--shard-size", type=click.IntRange(1), default=2000, show_default=True,
                     help="Articles (JSONL lines, Parquet rows or files) per shard."),
        click.option("--shard-dir", type=click.Path(file_okay=False),
                     help="Folder for shard Parquet files, shared by all hosts (default: next to the database)."),
    )):
        cmd = opt(cmd)
    return cmd


add_engine_options = engine_options


def run_from_cli(paths: Sequence[str], db: str, engine: str, scheduler: str | None, workers: int, shard_size: int,
                 theatre: str, published: dt.date | None, source: str | None, *, shard_dir: str | None = None,
                 text_column: str = "text", encoding: str = "utf-8", fmt: str | None = None,
                 columns: Any = None) -> Any:
    """Run ``ingest`` with the Dask engine, print the messages and the summary line, and return the summary.

    The ingest command calls this when ``--engine dask``:

    >>> run_from_cli(["corpus.jsonl"], "war.duckdb", "dask", None, 2, 2000, "syria-iraq", None, None)  # doctest: +SKIP
    shards 3 (0 already loaded, 0 failed): read 5000, new 4990, duplicate 10, quarantined 0; 6120 events stored
    """
    from ..engine import run_batch

    if engine != "dask":
        raise click.UsageError(f"run_from_cli runs the dask engine, not {engine!r}")
    if any(str(p) == "-" for p in paths):
        raise click.UsageError("--engine dask reads files and folders, not stdin; save the input to a file first")
    if fmt or columns:
        raise click.UsageError("--input-format and --column are not supported with --engine dask yet; "
                               "use the file extension and the default field names, or --engine single")
    summary = run_batch(list(paths), db, workers=workers, scheduler=scheduler, shard_size=shard_size,
                        out_dir=shard_dir, theatre=theatre, published=published, source=source,
                        text_column=text_column, encoding=encoding)
    for msg in summary.messages:
        click.echo(f"quarantined: {msg}", err=True)
    for note in summary.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(summary.line())
    return summary


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", type=DATE, help="Publication date for every input (overrides the input's own).")
@click.option("--source", help="Source name for every input (overrides the input's own).")
@click.option("--text-column", default="text", show_default=True, help="JSONL/CSV/Parquet field holding the text.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the input files.")
@theatre_option
@engine_options
def batch(paths, db, published, source, text_column, encoding, theatre, engine, scheduler, workers, shard_size,
          shard_dir) -> None:
    """Ingest big inputs on a Dask cluster: sharded, resumable, bulk-loaded (same events as ingest)."""
    if engine == "single":
        engine = "dask"  # `batch` exists to use the cluster; --engine only matters on `ingest`
    run_from_cli(paths, db, engine, scheduler, workers, shard_size, theatre, published, source,
                 shard_dir=shard_dir, text_column=text_column, encoding=encoding)
