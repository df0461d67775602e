"""Rule-based event extraction: trigger patterns + argument frames over clauses, with actors, places, dates."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from ..actors import ActorResolver, get_actor_resolver
from ..records import Article, DateSpan, Event, Mention, Person, Place, Sentence
from ..theatre import PersonInfo, Theatre
from .fatalities import find_fatalities

LEADER_POSITIONS = re.compile(
    r"leader|commander|chief|spokesman|minister|deputy|emir|governor|official|head|founder|mufti|wali|general",
    re.I,
)
CIVILIAN_WORDS = re.compile(
    r"\b(civilians?|residents|villagers|people|worshippers|shoppers|pilgrims|children|women|families|"
    r"passers-by|crowd|market|cadets|prisoners|captives|hostages)\b",
    re.I,
)
ROUTE_WORDS = re.compile(r"\b(cut(?:ting)?|sever(?:ed|ing)|block(?:ed|ing)|clos(?:ed|ing))\b[^.]{0,60}\b(road|highway|supply\s+(?:line|route)s?|route|M\d+|corridor)\b", re.I)
OIL_WORDS = re.compile(r"\b(oil|refinery|gas\s+field|oilfield|oil\s+field|wells?|pipeline)\b", re.I)
HERITAGE_WORDS = re.compile(
    r"\b(mosque|minaret|shrine|church|temple|tomb|monastery|museum|ancient|heritage|archaeological|ruins|"
    r"statues?|citadel|antiquities)\b",
    re.I,
)
SIEGE_WORDS = re.compile(r"\b(siege|besieged|blockade|encircled)\b", re.I)
BORDER_WORDS = re.compile(r"\bborder\s+(?:crossing|post|gate|town)\b|\bcrossing\s+point\b", re.I)
PERSON_NAME = re.compile(r"\b(?:Abu|Umm)\s+[A-Z][a-z]+(?:\s+(?:al|el|ad|ash|as|at|az|ar|an)-[A-Z][a-z]+)*(?:\s+al-[A-Z][a-z]+)?")
POSITION_NEAR = re.compile(
    r"\b(?:its|the\s+group's|the\s+organisation's|their|a\s+senior|the|a)\s+((?:[\w\-]+\s+){0,4}?"
    r"(?:leader|commander|chief|spokesman|minister|deputy|emir|governor|official|head))\b",
    re.I,
)
KILL_NEAR = re.compile(r"\b(killed|died|dead|death|slain|assassinated|eliminated)\b", re.I)
CAPTURE_NEAR = re.compile(r"\b(captured|arrested|detained|taken\s+prisoner)\b", re.I)
WOUND_NEAR = re.compile(r"\b(wounded|injured)\b", re.I)


@dataclass(slots=True)
class Trigger:
    """A compiled trigger pattern from the language's pattern file."""

    id: str
    regex: re.Pattern[str]
    category: str
    event_type: str
    sub_event_type: str | None
    frame: str
    territory: bool = False
    priority: int = 1


@dataclass(slots=True)
class Patterns:
    """The triggers and cue lists of one language."""

    triggers: list[Trigger]
    irrealis_before: re.Pattern[str]
    irrealis_anywhere: re.Pattern[str]
    hedges: re.Pattern[str]
    taxonomy: dict[str, list[str]] = field(default_factory=dict)


def _words(items: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in items) + r")\b", re.I)


@functools.lru_cache(maxsize=4)
def load_patterns(language: str = "en") -> Patterns:
    """Load a language's trigger patterns and the taxonomy from package data."""
    root = resources.files("frontwatch.extract") / "patterns"
    doc = yaml.safe_load((root / f"{language}.yaml").read_text(encoding="utf-8"))
    taxonomy = yaml.safe_load((root / "taxonomy.yaml").read_text(encoding="utf-8"))
    triggers = []
    for t in doc["triggers"]:
        sub = t.get("sub_event_type")
        if t["event_type"] not in taxonomy or (sub is not None and sub not in taxonomy[t["event_type"]]):
            raise ValueError(f"pattern {t['id']}: {t['event_type']} / {sub} is not in the ACLED taxonomy")
        triggers.append(Trigger(
            id=t["id"], regex=re.compile(r"\b(?:" + t["regex"] + r")", re.I), category=t["category"],
            event_type=t["event_type"], sub_event_type=sub, frame=t.get("frame", "active"),
            territory=bool(t.get("territory")), priority=int(t.get("priority", 1)),
        ))
    irr = doc["irrealis"]
    return Patterns(
        triggers=triggers,
        irrealis_before=_words(irr["before_trigger"]),
        irrealis_anywhere=_words(irr["anywhere"]),
        hedges=_words(doc["hedges"]),
        taxonomy=taxonomy,
    )


@dataclass(slots=True)
class _Context:
    """Article-wide state while walking its sentences."""

    article: Article
    theatre: Theatre
    published: dt.date
    places: list[Mention]
    actors: list[Mention]
    last_date: DateSpan | None = None
    last_place: Mention | None = None
    salience: dict[str, float] = field(default_factory=dict)
    killed_persons: set[str] = field(default_factory=set)
    captured_persons: set[str] = field(default_factory=set)


def _event_id(article_id: str, span: tuple[int, int], sub: str, trig_start: int) -> str:
    key = f"{article_id}\x00{span[0]}\x00{span[1]}\x00{sub}\x00{trig_start}"
    return "e" + hashlib.sha1(key.encode()).hexdigest()[:15]


def _in(m: Mention, s: int, e: int) -> bool:
    return m.start >= s and m.end <= e


class Extractor:
    """Extract events from articles of one theatre.

    >>> from frontwatch.theatre import load_theatre
    >>> ex = Extractor(load_theatre("syria-iraq"))
    """

    def __init__(self, theatre: Theatre, language: str = "en"):
        from ..geo import get_geoparser

        self.theatre = theatre
        self.patterns = load_patterns(language)
        self.actors: ActorResolver = get_actor_resolver(theatre.name)
        self.geo = get_geoparser(theatre.name)
        self.actor_info = {a.name: a for a in theatre.actors}

    # -- public ----------------------------------------------------------------------------------------------
    def extract(self, article: Article) -> list[Event]:
        """Events of one article, each with its own evidence sentence, span, date, place and confidence."""
        from ..nlp import split_clauses, split_sentences

        if not article.text.strip() or article.published is None:
            return []
        actor_mentions = self.actors.find(article.text)
        blocked = [(m.start, m.end) for m in actor_mentions]
        places = [
            p for p in self.geo.parse(article.text)
            if p.value is not None and not any(s <= p.start < e for s, e in blocked)
        ]
        ctx = _Context(article, self.theatre, article.published, places,
                       [m for m in actor_mentions if m.kind == "actor"])
        persons = [m for m in actor_mentions if m.kind == "person"]
        self._scan_person_fates(article.text, persons, ctx)
        events: list[Event] = []
        for sent in split_sentences(article.text):
            sent_events: list[Event] = []
            for clause in split_clauses(sent):
                sent_events += self._clause_events(sent, clause, ctx, persons)
            # One event per (category, place) in a sentence: clause splits must not duplicate.
            seen: set[tuple[str, str | None]] = set()
            for ev in sent_events:
                key = (ev.sub_event_type, ev.location)
                if key not in seen:
                    seen.add(key)
                    events.append(ev)
            self._update_salience(sent, ctx)
        return events

    # -- internals -------------------------------------------------------------------------------------------
    def _scan_person_fates(self, text: str, persons: list[Mention], ctx: _Context) -> None:
        for m in persons:
            info: PersonInfo = m.value
            window = text[max(0, m.start - 80): m.end + 120]
            if KILL_NEAR.search(window):
                ctx.killed_persons.add(info.name)
            elif CAPTURE_NEAR.search(window):
                ctx.captured_persons.add(info.name)

    def _update_salience(self, sent: Sentence, ctx: _Context) -> None:
        for k in list(ctx.salience):
            ctx.salience[k] *= 0.7
        for m in ctx.actors:
            if _in(m, sent.start, sent.end) and m.value:
                ctx.salience[m.value] = ctx.salience.get(m.value, 0.0) + 1.0

    def _resolve_actor(self, m: Mention, country: str | None, ctx: _Context) -> str | None:
        if m.value:
            return m.value
        cands: list[str] = list(m.candidates)
        if country:
            local = [c for c in cands if self.actor_info[c].country == country]
            if len(local) == 1:
                return local[0]
        best = max(cands, key=lambda c: ctx.salience.get(c, 0.0), default=None)
        if best is not None and ctx.salience.get(best, 0.0) > 0:
            return best
        return cands[0] if cands else None

    def _salient(self, ctx: _Context, exclude: set[str], kinds: tuple[str, ...] = ("armed group",)) -> str | None:
        ranked = sorted(ctx.salience.items(), key=lambda kv: -kv[1])
        for name, _ in ranked:
            if name not in exclude and self.actor_info[name].kind in kinds:
                return name
        return None

    def _clause_events(self, sent: Sentence, clause: Sentence, ctx: _Context,
                       persons: list[Mention]) -> list[Event]:
        from ..nlp import find_dates

        text = clause.text
        matches: list[tuple[Trigger, re.Match[str]]] = []
        for t in self.patterns.triggers:
            for m in t.regex.finditer(text):
                matches.append((t, m))
        if not matches:
            return []
        # Keep one trigger per category: highest priority, then earliest.
        best: dict[str, tuple[Trigger, re.Match[str]]] = {}
        for t, m in sorted(matches, key=lambda tm: (-tm[0].priority, tm[1].start())):
            best.setdefault(t.category, (t, m))
        if self.patterns.irrealis_anywhere.search(text):
            return []
        dates = [d for d in find_dates(text, ctx.published, offset=clause.start, anchor=ctx.last_date)]
        if dates and all(d.start > ctx.published for d in dates):
            return []  # future
        out: list[Event] = []
        for cat, (trig, m) in best.items():
            if self.patterns.irrealis_before.search(text[: m.start()]):
                continue
            ev = self._build(sent, clause, trig, m, dates, ctx, persons, cat, best)
            if ev is not None:
                out.append(ev)
        if out:
            first = out[0]
            if first.date is not None:
                ctx.last_date = DateSpan(first.date, first.date_end or first.date, first.date_precision or "day")
        elif dates:
            ctx.last_date = dates[0]
        return out

    def _build(self, sent: Sentence, clause: Sentence, trig: Trigger, m: re.Match[str], dates: list[DateSpan],
               ctx: _Context, persons: list[Mention], category: str,
               all_triggers: dict[str, tuple[Trigger, re.Match[str]]]) -> Event | None:
        cs, ce = clause.start, clause.end
        tpos = cs + m.start()
        tend = cs + m.end()
        confidence = 0.55
        # -- place: the clause's place after the trigger, then before it, then the sentence, then the story's.
        in_clause = [p for p in ctx.places if _in(p, cs, ce)]
        after = [p for p in in_clause if p.start >= tend]
        before = [p for p in in_clause if p.end <= tpos]
        place_m: Mention | None = None
        for group in (after, before):
            towns = [p for p in group if p.value.geo_precision <= 2]
            if towns:
                place_m = towns[0] if group is after else towns[-1]
                break
        if place_m is None:
            in_sent = [p for p in ctx.places if _in(p, sent.start, sent.end) and p.value.geo_precision <= 2]
            if in_sent:
                place_m = in_sent[0]
                confidence -= 0.05
        if place_m is None and in_clause:
            place_m = in_clause[0]
        if place_m is None and ctx.last_place is not None:
            place_m = ctx.last_place
            confidence -= 0.1
        place: Place | None = place_m.value if place_m else None
        country = place.country if place else None
        if place_m is not None:
            ctx.last_place = place_m
        # -- actors
        clause_actors = [a for a in ctx.actors if _in(a, cs, ce)]
        resolved = [(a, self._resolve_actor(a, country, ctx)) for a in clause_actors]
        resolved = [(a, n) for a, n in resolved if n]
        actor1 = actor2 = None
        if trig.frame == "passive":
            after_a = [n for a, n in resolved if a.start >= tend]
            before_a = [n for a, n in resolved if a.end <= tpos]
            actor1 = after_a[0] if after_a else None
            actor2 = before_a[-1] if before_a else None
        else:
            before_a = [n for a, n in resolved if a.end <= tpos]
            after_a = [n for a, n in resolved if a.start >= tend]
            actor1 = before_a[-1] if before_a else None
            if trig.frame == "drive_out":
                inside = [n for a, n in resolved if tpos <= a.start < tend]
                actor2 = inside[0] if inside else (after_a[0] if after_a else None)
            else:
                actor2 = after_a[0] if after_a else None
            if actor1 is None and after_a and trig.frame != "victim":
                # "A suicide car bomb by Islamic State ..." / "air strikes by Russian jets"
                by = re.search(r"\bby\s+", clause.text[m.end(): m.end() + 40])
                if by:
                    actor1, actor2 = after_a[0], (after_a[1] if len(after_a) > 1 else None)
        if actor1 is None:
            # Pronoun-like subject ("they", "the group") before the trigger: most salient actor.
            head = clause.text[: m.start()]
            if re.search(r"\b(they|it|the\s+group|the\s+militants|the\s+organisation|its\s+fighters)\b", head, re.I) \
                    or trig.category in ("capture", "suicide", "massacre", "destruction", "abduction"):
                actor1 = self._salient(ctx, exclude={actor2} if actor2 else set(),
                                       kinds=("armed group", "state force", "militia", "foreign force"))
                confidence -= 0.1
        if actor2 is not None and actor2 == actor1:
            actor2 = None
        if actor2 is None and re.search(r"\b(them|their)\b", clause.text[m.end():], re.I) and actor1:
            actor2 = self._salient(ctx, exclude=self.theatre.allies_of(actor1) if actor1 in self.actor_info else {actor1})
        # -- victims / civilians
        after_text = clause.text[m.end(): m.end() + 80]
        fat = find_fatalities(sent.text, sent.start)
        clause_fat = [f for f in fat if f.span and cs <= f.span[0] < ce] or fat
        if actor2 is None and (trig.frame == "victim" or clause_fat) and CIVILIAN_WORDS.search(
            " ".join(f.text for f in clause_fat) + " " + after_text
        ):
            actor2 = "Civilians" if "Civilians" in self.actor_info else None
        if actor2 is None and trig.category in ("airstrike", "shelling", "clash", "capture") and actor1:
            if re.search(r"\b(militant|jihadist|insurgent)s?\b", clause.text, re.I):
                actor2 = self._salient(ctx, exclude=self.theatre.allies_of(actor1) | {actor1})
        if actor2 is None and trig.territory and actor1 in self.actor_info:
            actor2 = self._salient(ctx, exclude=self.theatre.allies_of(actor1) | {actor1},
                                   kinds=("armed group", "state force", "militia"))
            confidence -= 0.05
        if actor1 is None and actor2 is None:
            confidence -= 0.15
        # -- event type
        sub = trig.sub_event_type
        if trig.territory:
            sub = self._territory_sub(actor1, country)
        if trig.category == "massacre" and actor2 != "Civilians" and not CIVILIAN_WORDS.search(clause.text):
            return None  # "killed" without civilian victims is the fighting it belongs to, not a massacre
        if trig.category == "ied" and "suicide" in all_triggers:
            return None
        if trig.category == "destruction" and any(c in all_triggers for c in ("airstrike", "shelling", "suicide", "ied")):
            return None
        if trig.category == "clash" and any(c in all_triggers for c in ("capture",)):
            return None
        # -- date
        date = self._pick_date(dates, tpos, ctx)
        if date is None:
            confidence -= 0.1
            date = ctx.last_date
        if date is not None and date.start > ctx.published:
            return None
        # -- fatalities
        f = clause_fat[0] if clause_fat else None
        # -- persons
        ev_persons: list[Person] = []
        for pm in persons:
            if not _in(pm, sent.start, sent.end):
                continue
            info: PersonInfo = pm.value
            role = None
            if info.name in ctx.killed_persons:
                role = "killed"
            elif info.name in ctx.captured_persons:
                role = "captured"
            elif WOUND_NEAR.search(sent.text):
                role = "wounded"
            if role is None:
                continue
            ev_persons.append(Person(info.name, role, info.affiliation, self._position(sent, pm) or info.position))
        tags: list[str] = []
        if any(p.role == "killed" and p.position and LEADER_POSITIONS.search(p.position) for p in ev_persons):
            tags.append("leader_killed")
        if HERITAGE_WORDS.search(sent.text) and trig.category == "destruction":
            tags.append("heritage_destroyed")
        if ROUTE_WORDS.search(sent.text):
            tags.append("route_cut")
        if SIEGE_WORDS.search(clause.text):
            tags.append("siege")
        if trig.category == "withdrawal" or re.search(r"\bwithdr[ae]w|retreat", clause.text, re.I):
            tags.append("withdrawal")
        if BORDER_WORDS.search(sent.text) or (place and place.feature_code in ("BCRS", "PSTB")):
            tags.append("border_crossing")
        if OIL_WORDS.search(clause.text) or (place and place.feature_code in ("OILF", "OILR", "GASF")):
            tags.append("oil_infrastructure")
        if country and country not in self.theatre.countries + self.theatre.neighbours and actor1 in self.actor_info:
            tags.append("foreign_attack")
        if date is not None and (ctx.published - date.end).days > 10:
            tags.append("background")
        if self.patterns.hedges.search(clause.text):
            confidence -= 0.1
        if place_m is not None and _in(place_m, cs, ce):
            confidence += 0.1
        if dates:
            confidence += 0.1
        if actor1 and any(n == actor1 for _, n in resolved):
            confidence += 0.1
        if actor2:
            confidence += 0.05
        a = ctx.article
        return Event(
            id=_event_id(a.id, (sent.start, sent.end), sub or trig.event_type, tpos),
            date=date.start if date else None,
            date_end=date.end if date else None,
            date_precision=date.precision if date else None,
            event_type=trig.event_type,
            sub_event_type=sub or "",
            actor1=actor1,
            actor2=actor2,
            assoc_actors=self._assoc(clause, resolved, actor1, actor2),
            persons=ev_persons,
            tags=tags,
            location=place.name if place else None,
            country=country,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geo_precision=place.geo_precision if place else None,
            fatalities_low=f.low if f else None,
            fatalities_best=f.best if f else None,
            fatalities_high=f.high if f else None,
            article_id=a.id,
            source=a.source,
            url=a.url,
            published=a.published,
            evidence=sent.text,
            evidence_span=(sent.start, sent.end),
            confidence=round(max(0.05, min(0.95, confidence)), 2),
        )

    def _pick_date(self, dates: list[DateSpan], tpos: int, ctx: _Context) -> DateSpan | None:
        past = [d for d in dates if d.start <= ctx.published]
        if not past:
            return None
        # The date expression nearest to the trigger, preferring one after it ("took X on Monday").
        return min(past, key=lambda d: abs((d.span[0] if d.span else tpos) - tpos) + (0 if (d.span and d.span[0] >= tpos) else 5))

    def _territory_sub(self, actor1: str | None, country: str | None) -> str:
        a = self.actor_info.get(actor1 or "")
        if a is not None and country:
            if a.kind == "state force" and a.country == country:
                return "Government regains territory"
            gov = [x for x in self.theatre.actors if x.kind == "state force" and x.country == country]
            if a.kind == "militia" and gov and (gov[0].name in a.allies or a.coalition == gov[0].name):
                return "Government regains territory"
        return "Non-state actor overtakes territory"

    def _assoc(self, clause: Sentence, resolved: list[tuple[Mention, str]], a1: str | None, a2: str | None) -> list[str]:
        out: list[str] = []
        for _m, n in resolved:
            if n in (a1, a2) or n in out or n == "Civilians":
                continue
            if a1 and a1 in self.actor_info and n in self.theatre.allies_of(a1):
                out.append(n)
        return out

    @staticmethod
    def _position(sent: Sentence, pm: Mention) -> str | None:
        window = sent.text[max(0, pm.start - sent.start - 60): pm.end - sent.start + 80]
        m = POSITION_NEAR.search(window)
        if m:
            pos = re.sub(r"^(?:chief|senior|top)\s+", "", m.group(1).strip().lower())
            return pos
        return None


