"""A demo database built once per test session for the sitrep tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import frontwatch


@pytest.fixture(scope="session")
def ws(demo_db: Path):
    with frontwatch.open(demo_db) as w:
        yield w
