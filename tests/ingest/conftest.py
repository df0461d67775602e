"""Fixtures for the ingest tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._helpers import FIXTURES


@pytest.fixture
def fixtures() -> Path:
    """The folder of tiny checked-in input files."""
    return FIXTURES
