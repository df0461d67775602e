"""Turn an article into events and claims: the one entry point of the extraction stage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..records import Article, Claim, Event
from ..theatre import DEFAULT_THEATRE, Theatre, load_theatre
from .claims import find_claims
from .rules import Extractor, load_patterns

__all__ = ["ExtractResult", "Extractor", "extract_article", "load_patterns"]

_EXTRACTORS: dict[str, Extractor] = {}


#: Longest article text read for events; past this, the rest is skipped with a note (split such files).
MAX_CHARS = 1_000_000


@dataclass(slots=True)
class ExtractResult:
    """Events and claims of one article, and notes for the user (e.g. a truncated giant article)."""

    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def extract_article(article: Article, theatre: Theatre | str = DEFAULT_THEATRE) -> ExtractResult:
    """Extract events and claims from one article.

    >>> import datetime as dt
    >>> a = Article(id="a1", text="Kurdish YPG fighters took Tal Abyad from Islamic State on Monday.",
    ...             published=dt.date(2015, 6, 17))
    >>> extract_article(a).events[0].sub_event_type
    'Non-state actor overtakes territory'
    """
    th = load_theatre(theatre) if isinstance(theatre, str) else theatre
    notes: list[str] = []
    if len(article.text) > MAX_CHARS:
        notes.append(f"{article.origin or article.id}: article is {len(article.text):,} characters; events were "
                     f"read from the first {MAX_CHARS:,} only (split the file into one article per record)")
        article = replace(article, text=article.text[:MAX_CHARS])
    ex = _EXTRACTORS.get(th.name)
    if ex is None:
        ex = _EXTRACTORS[th.name] = Extractor(th)
    events = ex.extract(article)
    if article.published is None or not article.text.strip():
        return ExtractResult(events, [], notes)
    actors = [m for m in ex.last_actor_mentions if m.kind == "actor"]
    claims = find_claims(article, ex.last_sentences, actors)
    # A war's cumulative toll is a claim, not an event.
    toll_spans = {c.evidence_span for c in claims if c.metric == "cumulative death toll"}
    events = [e for e in events if e.evidence_span not in toll_spans]
    return ExtractResult(events, claims, notes)
