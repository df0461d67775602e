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
    messages: list[str] = field(default_factory=list)  # one line per quarantined input
    notes: list[str] = field(default_factory=list)  # other things the user should know (a truncated article)

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
        self._timeline: Any = None
        self._timeline_n = -1

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
        batch_size: int | None = None,
        on_item: Callable[[Article | Quarantined], None] | None = None,
    ) -> IngestSummary:
        """Read articles, skip duplicates, extract events and claims, and store them batch by batch.

        Every batch is one transaction; re-ingesting the same input changes nothing.
        """
        import os

        from .extract import extract_article
        from .ingest import Deduper, read_inputs

        batch_size = batch_size or int(os.environ.get("FRONTWATCH_BATCH_SIZE", "200"))
        # Fault injection for the crash tests: SIGKILL this process inside the Nth batch's transaction, after its
        # rows are written but before they are committed.
        crash_after = int(os.environ.get("FRONTWATCH_CRASH_AFTER_BATCHES", "0"))
        committed = 0
        summary = IngestSummary()
        dedupe = Deduper()
        for aid, h, sig in self.store.known_articles():
            dedupe.add(aid, hash=h, signature=sig)
        items: list[ArticleBatchItem] = []
        dups: list[dict[str, Any]] = []
        quarantined: list[Quarantined] = []

        def flush() -> None:
            nonlocal committed
            with self.store.transaction():
                self.store.write_batch(items, dups, quarantined)
                committed += 1
                if crash_after and committed >= crash_after:
                    import signal

                    os.kill(os.getpid(), signal.SIGKILL)
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
                    summary.notes += result.notes
                    items.append(ArticleBatchItem(item, sig, result.events, result.claims))
                    summary.new += 1
                    summary.events += len(result.events)
                    summary.claims += len(result.claims)
            if len(items) + len(dups) + len(quarantined) >= batch_size:
                flush()
        flush()
        stale = self.store.stale_fusion()
        if stale:
            summary.notes.append(stale)
        return summary

    # -- queries -------------------------------------------------------------------------------------------------
    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Stored events in the event contract's shape; keyword filters as in :class:`EventFilter`."""
        return self.store.events(EventFilter(**filters))

    def count_events(self, **filters: Any) -> int:
        """How many stored events match the filters (the same keywords as :meth:`events`)."""
        return self.store.count_events(EventFilter(**filters))

    def claims(self, subject: str | None = None) -> list[dict[str, Any]]:
        """Stored quantitative claims."""
        return self.store.claims(subject)

    def quarantined(self) -> list[dict[str, Any]]:
        """Rejected inputs with file, line, field and reason."""
        return self.store.quarantined()

    def refuse(self) -> dict[str, int]:
        """Rebuild every fused event from the stored raw events, in one transaction: what a store needs after an
        upgrade that changed the fusion rules (schema 7's split of what vague reports had chained). Returns the
        counts of raw and fused events."""
        fused = self.store.refuse_all()
        self._timeline = None
        return {"raw_events": self.store.count_events(EventFilter(raw=True)), "fused_events": fused}

    # -- control, territory, routes --------------------------------------------------------------------------------
    def timeline(self) -> Any:
        """The control timeline (initial snapshot + every fused event), rebuilt when the events change.

        Only captures, transfers, withdrawals and sieges are read from the store: the timeline ignores every
        other event without a skip record, so the result is the same as building it from all events.
        """
        from .control.timeline import CAPTURE_SUBTYPES, CLAIM_TAGS, TRANSFER_SUBTYPE, ControlTimeline

        n = self.store.count_events(EventFilter(raw=True))
        if self._timeline is None or self._timeline_n != n:
            events = self.store.events_of_kinds(CAPTURE_SUBTYPES | {TRANSFER_SUBTYPE}, CLAIM_TAGS)
            self._timeline = ControlTimeline.build(self.theatre, events)
            self._timeline_n = n
        return self._timeline

    def control(self, date: dt.date, actor: str | None = None, place: str | None = None) -> list[dict[str, Any]]:
        """Who held each tracked place on ``date`` (one dict per place; see the README's control contract)."""
        name = self.theatre.actor(actor).name if actor else None
        return self.timeline().on(date, actor=name, place=place)

    def control_history(self, place: str) -> list[dict[str, Any]]:
        """The control periods of one place."""
        return self.timeline().history(place)

    def control_changes(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """Changes of holder in a period, with their evidence events."""
        return self.timeline().changes(start, end)

    def territory_snapshot(self, date: dt.date) -> Any:
        """The H3 territory assignment on ``date`` (area, shares, polygons, controller_at)."""
        from .control import territory_snapshot

        return territory_snapshot(self.timeline(), date)

    def territory(self, actor: str, start: dt.date, end: dt.date, step: str = "month") -> list[dict[str, Any]]:
        """Area (km²) and share held by ``actor`` per date, with the change."""
        from .control import territory_series

        return territory_series(self.timeline(), self.theatre.actor(actor).name, start, end, step=step)

    def frontline(self, date: dt.date, a: str, b: str) -> dict[str, Any]:
        """The front line between two actors on ``date`` as a GeoJSON FeatureCollection."""
        from .control import frontlines

        return frontlines(self.territory_snapshot(date), self.theatre.actor(a).name, self.theatre.actor(b).name,
                          theatre=self.theatre)

    def route(self, from_place: str, to_place: str, actor: str, date: dt.date, *, vs: dt.date | None = None,
              through: str = "own") -> dict[str, Any]:
        """Shortest road route usable by ``actor`` on ``date``, compared with ``vs`` (see the README)."""
        from .routes import route

        return route(from_place, to_place, actor, date, self._route_control(), vs=vs, through=through,
                     theatre=self.theatre.name)

    def routes_cut(self, actor: str, start: dt.date, end: dt.date, *, through: str = "own") -> dict[str, Any]:
        """Routes between the actor's main towns that became longer or impossible in a period."""
        from .routes import routes_cut

        return routes_cut(actor, start, end, self._route_control(), through=through, theatre=self.theatre.name)

    def crossings(self, actor: str, date: dt.date) -> list[dict[str, Any]]:
        """Border crossings with their holder on ``date``."""
        from .routes import crossings_held

        return crossings_held(actor, date, self._route_control(), theatre=self.theatre.name)

    def _route_control(self) -> Any:
        from .routes import register_events

        tl = self.timeline()
        register_events(tl, self.events())
        return tl


def open(db: str | Path = "frontwatch.duckdb", theatre: str = DEFAULT_THEATRE) -> Workspace:  # noqa: A001
    """Open a frontwatch database (created if missing).

    >>> import frontwatch
    >>> frontwatch.open(":memory:").store.counts()["articles"]
    0
    """
    return Workspace(db, theatre)
