"""Fixtures shared by several test folders."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import frontwatch


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file holding the bundled demo corpus, built once per session (tests that write copy it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with frontwatch.open(path) as ws:
        ws.ingest([str(resources.files("frontwatch") / "data" / "demo")])
    return path
