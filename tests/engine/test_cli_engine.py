"""CLI glue of the batch engine: the ``batch`` command and the options the ingest command takes."""

from __future__ import annotations

import click
from click.testing import CliRunner

from frontwatch.cli.engine import batch, engine_options, run_from_cli
from frontwatch.store import open_store


def test_batch_command_loads_and_prints_the_summary(tmp_path, corpus):
    db = tmp_path / "b.duckdb"
    res = CliRunner().invoke(batch, [str(corpus), "--db", str(db), "--workers", "0", "--shard-size", "5"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "shards 3 (0 already loaded, 0 failed): read 15, new 13, duplicate 1, quarantined 1" in res.output
    assert "quarantined: " in res.output and ".jsonl:14: not valid JSON" in res.output  # the rejected line, named
    with open_store(db) as st:
        assert st.counts()["articles"] == 13


def test_engine_options_attach_to_a_command_and_stdin_is_refused(tmp_path):
    seen = {}

    @click.command()
    @click.argument("paths", nargs=-1)
    @engine_options
    def ingest(paths, engine, scheduler, workers, shard_size, shard_dir):
        seen.update(engine=engine, workers=workers, shard_size=shard_size)
        if engine == "dask":
            run_from_cli(paths, str(tmp_path / "x.duckdb"), engine, scheduler, workers, shard_size, "syria-iraq",
                         None, None)

    res = CliRunner().invoke(ingest, ["-", "--engine", "dask", "--workers", "0"])
    assert res.exit_code == 2 and "not stdin" in res.output
    assert seen == {"engine": "dask", "workers": 0, "shard_size": 2000}
