"""A demo database built once per test session for the sitrep tests."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import frontwatch


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sitrep") / "demo.duckdb"
    demo = resources.files("frontwatch") / "data" / "demo"
    with frontwatch.open(path) as ws:
        ws.ingest([str(demo)])
    return path


@pytest.fixture(scope="session")
def ws(demo_db: Path):
    with frontwatch.open(demo_db) as w:
        yield w
