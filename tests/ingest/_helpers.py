"""Helpers shared by the ingest tests: the fixtures folder and a reader that splits articles from quarantine."""

from __future__ import annotations

from pathlib import Path

from frontwatch.ingest import read_inputs
from frontwatch.records import Article, Quarantined

FIXTURES = Path(__file__).parent / "fixtures"


def read_all(paths, **kwargs) -> tuple[list[Article], list[Quarantined]]:
    """Read ``paths`` and return ``(articles, quarantined)`` in input order."""
    items = list(read_inputs([str(p) for p in paths], **kwargs))
    assert all(isinstance(i, Article | Quarantined) for i in items)
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Quarantined)]
