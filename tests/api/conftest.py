"""One demo database per test session and API clients over copies of it (POST tests write to their own copy)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app

TOKEN = "test-token-1234"



@pytest.fixture(scope="session")
def client(demo_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """A read-only client (no token) over a copy of the demo database."""
    db = tmp_path_factory.mktemp("api_ro") / "demo.duckdb"
    shutil.copy(demo_db, db)
    with TestClient(create_app(db, token="")) as c:
        yield c


@pytest.fixture
def writable(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A client whose token comes from FRONTWATCH_TOKEN, over its own copy of the demo database."""
    db = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, db)
    monkeypatch.setenv("FRONTWATCH_TOKEN", TOKEN)
    with TestClient(create_app(db)) as c:
        yield c
