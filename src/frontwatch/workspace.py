"""The one Python API the CLI, REST API and map share: ``frontwatch.open(db)`` returns a Workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .records import Article, Quarantined
from .store import ArticleBatchItem, EventFilter, Store, open_store
from .theatre import DEFAULT_THEATRE, Theatre, load_theatre


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did: how many inputs were read, new, duplicate and quarantined."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    quarantined: int = 0
    events: int = 0
    claims: int = 0
    messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"read {self.read}, new {self.new}, duplicate {self.duplicate} "
            f"(near {self.near_duplicate}), quarantined {self.quarantined}; "
            f"{self.events} events, {self.claims} claims stored"
        )


class Workspace:
    """A frontwatch database plus the theatre pack it is read with.

    >>> ws = Workspace(":memory:")
    >>> ws.events()
    []
    """

    def __init__(self, db: str | Path = "frontwatch.duckdb", theatre: str = DEFAULT_THEATRE):
        self.db = str(db)
        self.theatre: Theatre = load_theatre(theatre)
        self.store: Store = open_store(self.db)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest --------------------------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        published: dt.date | None = None,
        source: str | None = None,
        fmt: str | None = None,
        text_column: str = "text",
        columns: Mapping[str, str] | None = None,
        encoding: str = "utf-8",
        stdin: TextIO | None = None,
        batch_size: int = 200,
        on_item: Callable[[Article | Quarantined], None] | None = None,
    ) -> IngestSummary:
        """Read articles, skip duplicates, extract events and claims, and store them batch by batch.

        Every batch is one transaction; re-ingesting the same input changes nothing.
        """
        from .extract import extract_article
        from .ingest import Deduper, read_inputs

        summary = IngestSummary()
        dedupe = Deduper()
        for aid, h, sig in self.store.known_articles():
            dedupe.add(aid, hash=h, signature=sig)
        items: list[ArticleBatchItem] = []
        dups: list[dict[str, Any]] = []
        quarantined: list[Quarantined] = []

        def flush() -> None:
            self.store.add_batch(items, dups, quarantined)
            items.clear()
            dups.clear()
            quarantined.clear()

        for item in read_inputs(
            paths, published=published, source=source, fmt=fmt, text_column=text_column, columns=columns,
            encoding=encoding, stdin=stdin,
        ):
            summary.read += 1
            if on_item:
                on_item(item)
            if isinstance(item, Quarantined):
                summary.quarantined += 1
                summary.messages.append(item.message())
                quarantined.append(item)
            else:
                verdict = dedupe.check(item.text)
                if verdict.kind != "new":
                    summary.duplicate += 1
                    summary.near_duplicate += verdict.kind == "near"
                    dups.append({
                        "origin": item.origin or item.id, "duplicate_of": verdict.of, "kind": verdict.kind,
                        "similarity": verdict.similarity, "title": item.title, "source": item.source,
                        "url": item.url, "published": item.published,
                    })
                else:
                    sig = dedupe.signature(item.text)
                    dedupe.add(item.id, hash=item.content_hash, signature=sig)
                    result = extract_article(item, self.theatre)
                    summary.messages += result.notes
                    items.append(ArticleBatchItem(item, sig, result.events, result.claims))
                    summary.new += 1
                    summary.events += len(result.events)
                    summary.claims += len(result.claims)
            if len(items) + len(dups) + len(quarantined) >= batch_size:
                flush()
        flush()
        return summary

    # -- queries -------------------------------------------------------------------------------------------------
    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events in the event contract's shape; keyword filters as in :class:`EventFilter`."""
        return self.store.events(EventFilter(**filters))

    def claims(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Stored quantitative claims."""
        return self.store.claims(subject)

    def quarantined(self) -> list[dict[str, Any]]:
        """Rejected inputs with file, line, field and reason."""
        return self.store.quarantined()


def open(db: str | Path = "frontwatch.duckdb", theatre: str = DEFAULT_THEATRE) -> Workspace:  # noqa: A001
    """Open a frontwatch database (created if missing).

    >>> import frontwatch
    >>> frontwatch.open(":memory:").store.counts()["articles"]
    0
    """
    return Workspace(db, theatre)
