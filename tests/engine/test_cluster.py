"""The deploy recipe on one host: an external 2-worker cluster reached by its scheduler address."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import frontwatch
from frontwatch.engine import run_batch
from frontwatch.store import EventFilter, open_store

ROOT = Path(__file__).resolve().parents[2]


def _ids(db: str) -> list[str]:
    with open_store(db) as st:
        return sorted(e["id"] for e in st.events(EventFilter(raw=True)))


def test_scheduler_address_with_a_two_worker_local_cluster(tmp_path, corpus):
    from distributed import LocalCluster

    with frontwatch.open(tmp_path / "single.duckdb") as ws:
        ws.ingest([corpus])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        s = run_batch([corpus], str(tmp_path / "b.duckdb"), scheduler=cluster.scheduler_address, shard_size=4,
                      out_dir=tmp_path / "shared")
    assert s.failed == 0 and s.new == 13
    assert _ids(str(tmp_path / "b.duckdb")) == _ids(str(tmp_path / "single.duckdb"))


@pytest.mark.skipif(shutil.which("dask", path=os.path.dirname(sys.executable)) is None,
                    reason="the dask CLI is not installed next to this Python")
def test_deploy_script_local_mode(tmp_path, corpus):
    env = dict(os.environ, FW_PYTHON=sys.executable, FW_DB=str(tmp_path / "d.duckdb"),
               FW_SHARDS=str(tmp_path / "shards"))
    res = subprocess.run(["bash", str(ROOT / "scripts" / "deploy_cluster.sh"), "local", str(corpus)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "read 15, new 13, duplicate 1, quarantined 1" in res.stdout
    with open_store(tmp_path / "d.duckdb") as st:
        assert st.counts()["articles"] == 13
