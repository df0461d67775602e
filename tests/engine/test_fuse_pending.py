"""``fuse_pending``: a pass that runs the database out of memory rolls back and is retried in halves."""

from __future__ import annotations

import logging

import duckdb
import pytest

from frontwatch.engine._load import fuse_pending
from frontwatch.store import EVENT_COLUMNS, ArticleBatchItem, Store, event_row, open_store, out_of_memory

from .test_fusion_pairs import _fused, _items


def _unfused(items: list[ArticleBatchItem]) -> Store:
    """A store holding the items' articles and raw events, none fused (as the engine leaves them between passes)."""
    st = open_store(":memory:")
    st.add_batch([ArticleBatchItem(it.article, it.signature, [], it.claims) for it in items])
    st.insert_rows("events", EVENT_COLUMNS, [event_row(e) for it in items for e in it.events])
    return st


def _fail_above(st: Store, limit: int, exc: type[Exception] = duckdb.OutOfMemoryException) -> list[int]:
    """Make ``st.fuse_new`` do its work and then fail as if out of memory when given more than ``limit`` events
    (so a failed pass has written rows the rollback must undo); returns the sizes it was called with."""
    calls: list[int] = []
    real = st.fuse_new

    def fuse_new(ids):
        calls.append(len(ids))
        real(ids)
        if len(ids) > limit:
            raise exc("could not allocate block of size 256.0 KiB (test)")
    st.fuse_new = fuse_new  # type: ignore[method-assign]
    return calls


def test_an_out_of_memory_pass_is_retried_in_halves_with_the_same_fused_events(caplog):
    items = _items(11, 150)
    with _unfused(items) as ref, _unfused(items) as st:
        n = fuse_pending(ref)
        assert ref.fusion_stats["new"] == n and ref.fusion_stats["commit_s"] > 0  # (what the engine logs)
        expected = _fused(ref)
        assert n > 40 and ref.query("SELECT max(n_sources) AS n FROM fused_events")[0]["n"] >= 3  # they do fuse
        calls = _fail_above(st, n // 3)
        with caplog.at_level(logging.WARNING, logger="frontwatch.engine"):
            assert fuse_pending(st, min_retry=5) == n
        assert calls[0] == n and calls[1] == n // 2  # the whole pass failed, then its first half
        assert sum(c for c in calls if c <= n // 3) == n  # the parts that passed hold every event once
        assert _fused(st) == expected
        assert "ran out of database memory; retrying in two halves" in caplog.text
        assert st.query("SELECT count(*) AS k FROM events WHERE fused_id IS NULL")[0]["k"] == 0


def test_other_errors_and_passes_too_small_to_split_fail_and_leave_nothing_fused():
    items = _items(12, 60)
    with _unfused(items) as st:
        _fail_above(st, 0, exc=ValueError)  # not memory: never retried
        with pytest.raises(ValueError):
            fuse_pending(st, min_retry=1)
        assert st.query("SELECT count(*) AS k FROM fused_events")[0]["k"] == 0
    with _unfused(items) as st:
        calls = _fail_above(st, 0)
        with pytest.raises(duckdb.OutOfMemoryException):
            fuse_pending(st, min_retry=10_000)  # smaller than two parts of the minimum: the error stands
        assert len(calls) == 1
        assert st.query("SELECT count(*) AS k FROM events WHERE fused_id IS NOT NULL")[0]["k"] == 0


def test_a_failed_statement_on_a_registered_view_keeps_its_own_error():
    """DuckDB aborts the transaction on an error, so unregistering the view afterwards fails; the caller must see
    the statement's error (here a cast), not "transaction is aborted", to know whether to retry."""
    with open_store(":memory:") as st:
        with pytest.raises(duckdb.ConversionException) as err, st.transaction():
            list(st._id_batches("SELECT CAST(id || 'x' AS INTEGER) FROM (SELECT id FROM ({ids}))", ["e1"]))
        assert not out_of_memory(err.value)
        assert st.query("SELECT 1 AS one")[0]["one"] == 1  # the connection is usable after the rollback


def test_out_of_memory_looks_through_errors_raised_while_handling_one():
    try:
        try:
            raise duckdb.OutOfMemoryException("could not allocate")
        except duckdb.Error:
            raise duckdb.TransactionException("Current transaction is aborted (please ROLLBACK)")  # noqa: B904
    except duckdb.Error as exc:
        assert out_of_memory(exc)
