"""Typed records passed between pipeline stages: Article, Sentence, DateSpan, Place, Mention, Event, Claim."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year"]
MentionKind = Literal["place", "actor", "person", "date"]

#: The event contract: JSON field names of an exported event, in order. Never rename; later issues append.
EVENT_FIELDS: tuple[str, ...] = (
    "id",
    "date",
    "date_end",
    "date_precision",
    "event_type",
    "sub_event_type",
    "tags",
    "actor1",
    "actor2",
    "assoc_actors",
    "persons",
    "location",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "article_id",
    "source",
    "url",
    "published",
    "evidence",
    "evidence_span",
    "confidence",
)


@dataclass(slots=True)
class Article:
    """One news article as it leaves ``ingest``: text plus metadata and where it came from.

    >>> Article(id="a1", text="Kurdish forces took Sinjar.", published=dt.date(2015, 11, 13)).title is None
    True
    """

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # "path" or "path:line" it was read from
    content_hash: str | None = None  # normalised-text hash, for exact dedupe
    duplicate_of: str | None = None  # set when this is a near-duplicate of a stored article


@dataclass(slots=True)
class Quarantined:
    """An input that ``ingest`` rejected, with where it was and why."""

    origin: str
    reason: str
    line: int | None = None
    field: str | None = None
    raw: str | None = None  # the rejected input (truncated), so nothing is lost

    def message(self) -> str:
        """One-line human message: ``path:line: field: reason``."""
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.field + ': ' if self.field else ''}{self.reason}"


@dataclass(slots=True, frozen=True)
class Sentence:
    """A sentence with its character offsets in the article text (``text == article.text[start:end]``)."""

    text: str
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class DateSpan:
    """A resolved date expression: first and last day it covers, and how precise it is."""

    start: dt.date
    end: dt.date
    precision: Precision
    text: str = ""  # the expression as written, e.g. "last week"
    span: tuple[int, int] | None = None  # offsets in the text it was found in


@dataclass(slots=True, frozen=True)
class Place:
    """A gazetteer entry (or a derived point, e.g. "30km south of Mosul")."""

    id: str
    name: str
    country: str  # ISO2
    latitude: float
    longitude: float
    geo_precision: int = 1  # 1 town/site, 2 district/region, 3 province/country
    feature: str = "P"  # GeoNames feature class letter: P place, A admin, S site, T terrain, H water, L area, R road
    feature_code: str = ""
    population: int = 0
    admin1: str = ""


@dataclass(slots=True)
class Mention:
    """A span of text recognised as a place, actor, person or date, with what it resolves to."""

    text: str
    start: int
    end: int
    kind: MentionKind
    value: Any = None  # Place | str (canonical actor) | Person | DateSpan
    score: float = 1.0
    candidates: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    """A named person in an event, with the role they play in it (killed, wounded, captured, ...)."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    position: str | None = None


@dataclass(slots=True)
class Event:
    """One event reported by one article: the event contract (see ``EVENT_FIELDS`` and the README)."""

    id: str
    date: dt.date | None
    date_end: dt.date | None
    date_precision: Precision | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    assoc_actors: list[str] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    location: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    article_id: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    evidence: str = ""
    evidence_span: tuple[int, int] | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict with the contract's field names, in contract order."""
        d = asdict(self)
        out: dict[str, Any] = {}
        for name in EVENT_FIELDS:
            v = d[name]
            if isinstance(v, dt.date):
                v = v.isoformat()
            elif name == "evidence_span" and v is not None:
                v = list(v)
            out[name] = v
        return out


@dataclass(slots=True)
class Claim:
    """A quantitative assertion that is not an event: fighter strength, territory share, cumulative toll, revenue."""

    id: str
    subject: str | None
    metric: str
    value: float | None = None
    unit: str | None = None
    change: str | None = None  # e.g. "-1/3", "-20%"
    period: str | None = None
    date: dt.date | None = None
    said_by: str | None = None
    article_id: str | None = None
    evidence: str = ""
    evidence_span: tuple[int, int] | None = None
    confidence: float = 0.5
