"""Turn an article into events and claims: the one entry point of the extraction stage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import Article, Claim, Event
from ..theatre import DEFAULT_THEATRE, Theatre, load_theatre
from .claims import find_claims
from .roles import rerank
from .rules import Extractor, load_patterns
from .scoring import rescore

__all__ = ["ExtractResult", "Extractor", "english_share", "extract_article", "load_patterns"]

_EXTRACTORS: dict[str, Extractor] = {}


#: Longest article text read for events; past this, the rest is skipped with a note (split such files).
MAX_CHARS = 1_000_000


#: Below this share of common English words (in a text of 40 words or more), an article is not read for events.
MIN_ENGLISH_SHARE = 0.08
_ENGLISH = frozenset("the of and to in a an is was were are for on that with by at from as said has have had it its "
                     "they their he his which who after but this been be not".split())
_WORD = re.compile(r"[^\W\d_]+")
# on an ASCII text the words are its runs of ASCII letters: every other character made a space, then split
_NOT_LETTER_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalpha()})


def english_share(text: str) -> float | None:
    """The share of common English function words among the first ~2,500 characters' words (None under 40 words).

    English news runs at a quarter to a third (0.26–0.38 on the development and demo articles); French, Arabic or
    Turkish text near zero.

    >>> round(english_share("The army said it had retaken the town of Hit from the militants on Monday, "
    ...                     "and that the road to the west was open again after weeks of fighting in the area "
    ...                     "around it, according to a statement by the ministry in Baghdad on Tuesday."), 2)
    0.58
    >>> english_share("Le groupe a revendiqué l'attentat commis hier soir dans le centre de la ville, selon un "
    ...               "communiqué publié par son agence de propagande, qui affirme que ses combattants ont tué "
    ...               "plusieurs soldats lors de violents affrontements près de la frontière avec la Turquie.") < 0.08
    True
    """
    head = text[:2500].lower()
    words = head.translate(_NOT_LETTER_TO_SPACE).split() if head.isascii() else _WORD.findall(head)
    if len(words) < 40:
        return None
    return sum(map(_ENGLISH.__contains__, words)) / len(words)


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
    foreign = english_share(article.text)
    if foreign is not None and foreign < MIN_ENGLISH_SHARE:
        notes.append(f"{article.origin or article.id}: the text does not look like English prose (only {foreign:.0%} "
                     "of its words are common English words, against a quarter in English news): another language, "
                     "or page furniture rather than an article. The extraction patterns are English, so no events "
                     "were read; translate the article first, or check what the reader took from the page.")
        return ExtractResult([], [], notes)
    ex = _EXTRACTORS.get(th.name)
    if ex is None:
        ex = _EXTRACTORS[th.name] = Extractor(th)
    events = ex.extract(article)
    # a learned re-ranker may replace an event's actors where it is confident the rules chose wrong (extract.roles)
    events = rerank(events, article.text, ex.last_actor_mentions, ex.last_sentences, th, ex.patterns.language)
    if article.published is None or not article.text.strip():
        return ExtractResult(events, [], notes)
    actors = [m for m in ex.last_actor_mentions if m.kind == "actor"]
    tolls: dict[tuple[int, int], set[float]] = {}
    for e in events:
        if e.evidence_span is not None:
            tolls.setdefault(e.evidence_span, set()).update(
                float(v) for v in (e.fatalities_low, e.fatalities_best, e.fatalities_high) if v is not None)
    claims = find_claims(article, ex.last_sentences, actors, ex.armed_groups, tolls)
    # A war's cumulative toll is a claim, not an event.
    toll_spans = {c.evidence_span for c in claims if c.metric == "cumulative death toll"}
    events = [e for e in events if e.evidence_span not in toll_spans]
    # the rules' hand score becomes a learned probability that the event is right (see extract.scoring)
    events = rescore(events, article.text, ex.patterns, th.countries)
    return ExtractResult(events, claims, notes)
