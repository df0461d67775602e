"""The PostgreSQL server backend of the store: the same schema and contract as DuckDB, over psycopg 3."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..errors import StoreError
from . import Store, _columns
from .migrations import DUCKDB_ONLY

# DuckDB spellings in the portable migrations that PostgreSQL spells differently.
_DDL_TYPES = ((re.compile(r"\bBLOB\b"), "BYTEA"),)


class PostgresStore(Store):
    """A frontwatch database on a PostgreSQL server; open it with ``open_store("postgresql://...")``.

    The connection runs in autocommit mode so that every statement outside :meth:`Store.transaction` commits on its
    own, exactly like DuckDB; ``transaction()`` issues explicit ``BEGIN``/``COMMIT``/``ROLLBACK``.

    >>> st = open_store("postgresql://postgres@127.0.0.1:5432/frontwatch")  # doctest: +SKIP
    >>> st.counts()["events"]  # doctest: +SKIP
    0
    """

    placeholder = "%s"
    thread_cursors = False  # one psycopg connection, used under the caller's lock
    exclusive_writer = False  # other processes write the same database: count every time

    def _connect(self, url: str) -> Any:
        try:
            import psycopg
        except ImportError as exc:  # an optional dependency: only PostgreSQL users need it
            raise StoreError('PostgreSQL support needs psycopg 3: pip install "psycopg[binary]"') from exc
        try:
            return psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}; is the server running and "
                             "does the database exist?") from exc

    def _ddl(self, sql: str) -> str:
        if sql.startswith(DUCKDB_ONLY):
            return ""
        for pattern, repl in _DDL_TYPES:
            sql = pattern.sub(repl, sql)
        return sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (``?`` placeholders, rewritten to ``%s``) and return the cursor."""
        import psycopg

        sql = sql.replace("?", self.placeholder)
        try:
            # No parameters: pass None so a literal % in the SQL is not read as a placeholder.
            return self._conn.execute(sql, list(params) if params else None)
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL error: {exc}") from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many rows; psycopg pipelines them into one round trip per batch."""
        import psycopg

        rows = list(rows)
        if not rows:
            return
        try:
            with self._conn.cursor() as cur:
                cur.executemany(sql.replace("?", self.placeholder), rows)
        except psycopg.Error as exc:
            raise StoreError(f"PostgreSQL error: {exc}") from exc

    def copy_insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Bulk-insert rows with COPY through a temporary table, skipping rows whose key already exists.

        COPY itself has no ``ON CONFLICT``, so rows land in a temporary copy of the table first; returns the number
        of rows inserted.

        >>> st.copy_insert("claims", CLAIM_COLUMNS, rows)  # doctest: +SKIP
        12
        """
        cols = ", ".join(columns)
        tmp = f"_fw_copy_{table}"
        with self.transaction():
            self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE {table}) ON COMMIT DELETE ROWS")
            # (LIKE t) copies NOT NULL constraints only, so columns we do not fill keep their defaults/NULLs.
            with self._conn.cursor() as cur, cur.copy(f"COPY {tmp} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
            n = self.execute(
                f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {tmp} ON CONFLICT DO NOTHING"
            ).rowcount
            self.execute(f"DELETE FROM {tmp}")
        return int(n)

    def _page_rows(self, table: str, where: str, order: str, page: str,
                   params: list[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """One page in one query: the planner walks the listing-order index and reads only the page's rows."""
        cur = self.execute(f"SELECT {_columns(table)} FROM {table}{where}{order}{page}", params)
        return [d[0] for d in cur.description], cur.fetchall()

    def known_articles(self) -> Iterator[tuple[str, str, bytes | None]]:
        """(id, content_hash, signature) of every stored article, streamed through a server-side cursor."""
        if self._in_tx:
            yield from super().known_articles()
            return
        # A named cursor needs a transaction; it keeps memory flat on millions of articles.
        with self._conn.transaction(), self._conn.cursor(name="fw_known_articles") as cur:
            cur.itersize = 10_000
            cur.execute("SELECT id, content_hash, signature FROM articles")
            for r in cur:
                yield r[0], r[1], (bytes(r[2]) if r[2] is not None else None)


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
