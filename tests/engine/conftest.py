"""Fixtures of the batch-engine tests: a small JSONL corpus, and the PostgreSQL server of the store tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from frontwatch.ingest import read_inputs

_DEMO = Path(__file__).resolve().parents[2] / "src" / "frontwatch" / "data" / "demo"
_spec = importlib.util.spec_from_file_location("fw_store_conftest", Path(__file__).parents[1] / "store" / "conftest.py")
assert _spec and _spec.loader
_pg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pg)
pg_server = _pg.pg_server  # the same session fixture: one throwaway PostgreSQL server
new_database = _pg.new_database


@pytest.fixture
def pg_url(pg_server: str) -> str:
    return new_database(pg_server)


def write_corpus(path: Path, copies: int = 1) -> Path:
    """The demo articles as JSONL (``copies`` variants of each, so shards have work), one bad line, one duplicate."""
    arts = [a for a in read_inputs([_DEMO]) if not hasattr(a, "reason")]
    with path.open("w") as f:
        for k in range(copies):
            for a in arts:
                # A distinct tail per copy makes a new article (new id) with the same events text.
                text = a.text if k == 0 else f"{a.text}\nUpdate {k}: reporting continues from {a.source} desk {k}."
                f.write(json.dumps({"text": text, "published": a.published.isoformat(), "title": a.title,
                                    "source": a.source}) + "\n")
        f.write("{not json\n")
        f.write(json.dumps({"text": arts[0].text, "published": arts[0].published.isoformat()}) + "\n")
    return path


@pytest.fixture
def make_corpus() -> object:
    """``write_corpus`` as a fixture (test modules cannot import from a conftest when several exist)."""
    return write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl")
