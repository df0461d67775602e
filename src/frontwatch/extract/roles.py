"""Actor roles: a small learned re-ranker that may replace the rules' actor1 or actor2 of an event when it is sure.

The rules choose each event's two sides (who acted, who was acted upon) in many places, tuned on the text they were
read from; on never-read sets both sides are right far less often than on read ones. This module runs after them:
for each event and each slot it scores a short list of candidates (the rules' choice, no actor, "Civilians", and
every canonical actor the article mentions) with a conditional logit (a softmax over the candidates) on plain
features of the candidate: whether the rules chose it, where it is mentioned relative to the evidence sentence (in
it, first in it, after "by", after "against"/"on", as a speaker, in the sentences around it), how much of the
article it takes (share and rank of the mentions), its kind (state force, armed group, ...) crossed with the event
type, whether it is an enemy or an ally of the actor in the other slot, and cue words of the sentence ("claimed",
"blamed", "its fighters", "the militants", "no group claimed"; language data, ``role_cues`` in
``patterns/en.yaml``).

The weights ship as ``patterns/roles-en.json``, written by ``scripts/train_roles.py`` from the read gold sets and
coded banks (never from the blind ones), from the events of the current rules and of the rules as they stood
before each set was first committed. A candidate replaces the rules' choice only when the model gives it at least
the file's ``threshold`` (chosen by the script's leave-one-set-out check, recorded in the file's ``meta``); a place
or a person never becomes an actor (the candidates are canonical actors), and actor1 never equals actor2. Scoring
is a few dot products per event: no run-time dependency beyond the standard library.
"""

from __future__ import annotations

import functools
import json
import math
import operator
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..records import Event, Mention, Sentence
from ..theatre import Theatre
from .scoring import model_features, shipped_model_text

CIVILIANS = "Civilians"
UNIDENTIFIED = "Unidentified armed group"
#: Event types of the taxonomy (crossed with the candidate's kind).
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
#: Candidate kinds: no actor, civilians, and the theatre's actor kinds folded into four.
KINDS = ("none", "civilians", "group", "state", "foreign")
_KIND_OF = {"armed group": "group", "militia": "group", "state force": "state", "foreign force": "foreign",
            "coalition": "foreign", "civilians": "civilians"}
#: Sub-event types where the actor1 is often left unnamed by the sentence (an article's group did it).
ANONYMOUS_SUBS = ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Abduction/forced disappearance",
                  "Attack", "Armed clash", "Non-state actor overtakes territory")

# Cue patterns of the evidence sentence (crossed with "the article's main armed group" and with "no actor"); the
# patterns are language data (``role_cues`` in ``patterns/LANG.yaml``), these names the model's features.
CUES = ("claimed", "blamed", "unclaimed", "anaphor", "suicide", "passive")


@functools.cache
def cue_patterns(language: str = "en") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The language's role cue patterns, in the order of :data:`CUES` (every name must be in its patterns file)."""
    from .rules import load_patterns  # (the rules import nothing of this module; loaded once per language)

    found = load_patterns(language).role_cues
    missing = [c for c in CUES if c not in found]
    if missing:
        raise ValueError(f"patterns/{language}.yaml lacks role_cues {missing}: the roles model reads them")
    return tuple((c, found[c]) for c in CUES)


_BY = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_AGAINST = re.compile(r"\b(?:against|on|at|targeting|targeted|killing|killed|attacked|hit|struck|captured|seized|"
                      r"ambushed|besieged|from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
_SPEAKER_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:said|says|told|stated|announced|reported|claimed|denied|"
                            r"accused|blamed)\b", re.I)
_SPEAKER_BEFORE = re.compile(r"\b(?:according to|said|cited|quoted)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.I)
_ACT_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}?(?:attacked|killed|seized|captured|took|launched|shelled|bombed|"
                        r"struck|fired|stormed|ambushed|advanced|detonated|executed|abducted|kidnapped|carried out|"
                        r"clashed|fought|pushed|overran|recaptured|retook|targeted|hit|arrested|detained)\b", re.I)

#: The model's inputs, in order; a model file must name exactly these.
FEATURES: tuple[str, ...] = (
    # the rules' choice; the other slot's choice (a swap); an empty slot filled, by an actor the sentence does not name
    "rules", "rules_other", "fill", "fill_outside",
    *(f"kind:{k}" for k in KINDS),
    *(f"kind:{k}*{t}" for k in KINDS for t in EVENT_TYPES),
    *(f"none*sub:{s}" for s in ANONYMOUS_SUBS),
    "in_sentence", "sentence_mentions", "first_in_sentence", "last_in_sentence", "sentence_start",
    "after_by", "after_against", "speaker", "acts",
    "prev_sentence", "next_sentence", "distance", "in_lead", "unnamed_in_sentence*none",
    "unnamed_in_sentence*outside",
    "share", "top", "top_group", "absent",
    "enemy_of_other", "ally_of_other",
    *(f"cue:{c}*top_group" for c in CUES), *(f"cue:{c}*none" for c in CUES), *(f"cue:{c}*in_sentence" for c in CUES),
)
SLOTS = ("actor1", "actor2")
_FEATURE_INDEX = {n: i for i, n in enumerate(FEATURES)}


@dataclass(slots=True)
class _Article:
    """What the features read of one article: its sentences, and each actor's mentions (sentence index, mention)."""

    text: str
    starts: list[int]
    sentences: Sequence[Sentence]
    mentions: dict[str, list[tuple[int, Mention]]]
    share: dict[str, float]
    rank: list[str]
    top_group: str | None
    language: str = "en"  # (whose cue patterns the features read)
    evidence: dict[int, _Evidence] = field(default_factory=dict)  # sentence index -> its facts (see _evidence_sentence)


@dataclass(slots=True)
class _Evidence:
    """What the features of every candidate of every event read of one evidence sentence: computed once."""

    start: int
    end: int
    mentions: list[Mention]  # the sentence's canonical actor mentions, in text order
    unnamed: bool  # one of them is "Unidentified armed group" ("gunmen", "the attacker")
    cues: tuple[str, ...]  # the role cues (CUES) the sentence matches
    # candidate -> (its kind, whether the sentence names it, its features that no event or slot changes)
    candidates: dict[str | None, tuple[str, bool, list[float]]] = field(default_factory=dict)


def _evidence_sentence(art: _Article, k: int) -> _Evidence:
    """The facts of sentence ``k`` of ``art`` (its whole text where the article has no sentences)."""
    found = art.evidence.get(k)
    if found is None:
        start, end = (art.sentences[k].start, art.sentences[k].end) if art.sentences else (0, len(art.text))
        here = sorted((m for v in art.mentions.values() for i, m in v if i == k), key=lambda m: m.start)
        sentence = art.text[start:end]
        found = art.evidence[k] = _Evidence(
            start, end, here, any(m.value == UNIDENTIFIED for m in here),
            tuple(c for c, rx in cue_patterns(art.language) if rx.search(sentence)))
    return found


def read_article(text: str, mentions: Sequence[Mention], sentences: Sequence[Sentence],
                 theatre: Theatre, language: str = "en") -> _Article:
    """Index an article's canonical actor mentions by sentence (places and persons are no candidates)."""
    starts = [s.start for s in sentences]
    by: dict[str, list[tuple[int, Mention]]] = {}
    known = {a.name for a in theatre.actors}
    for m in mentions:
        if m.kind == "actor" and isinstance(m.value, str) and (m.value in known):
            by.setdefault(m.value, []).append((max(0, bisect_right(starts, m.start) - 1), m))
    total = sum(len(v) for v in by.values()) or 1
    share = {n: len(v) / total for n, v in by.items()}
    rank = sorted(by, key=lambda n: (-len(by[n]), by[n][0][1].start))
    kinds = {a.name: a.kind for a in theatre.actors}
    top_group = next((n for n in rank if kinds.get(n) == "armed group"), None)
    return _Article(text, starts, sentences, by, share, rank, top_group, language)


def _kind(name: str | None, theatre: Theatre) -> str:
    if name is None:
        return "none"
    if name == CIVILIANS:
        return "civilians"
    try:
        return _KIND_OF.get(theatre.actor(name).kind, "group")
    except Exception:  # an actor name the pack lacks ("Unidentified armed group")
        return "group"


def _related(a: str | None, b: str | None, theatre: Theatre) -> tuple[bool, bool]:
    """(enemies, allies) of two canonical actors by the theatre pack."""
    if not a or not b or a == b or CIVILIANS in (a, b):
        return False, False
    try:
        x, y = theatre.actor(a), theatre.actor(b)
    except Exception:
        return False, False
    enemy = y.name in x.enemies or x.name in y.enemies
    return enemy, y.name in theatre.allies_of(x.name)


def candidates(ev: Event | Any, slot: int, art: _Article) -> list[str | None]:
    """The rules' choice, no actor, "Civilians" and every canonical actor the article names, but for
    "Unidentified armed group" (the rules' word for gunmen no one names: only ever their own choice)."""
    rules = getattr(ev, SLOTS[slot])
    return list(dict.fromkeys([rules, None, CIVILIANS, *(n for n in art.rank if n != UNIDENTIFIED)]))


def features(ev: Event | Any, slot: int, cand: str | None, art: _Article, theatre: Theatre) -> list[float]:
    """The inputs (in :data:`FEATURES` order) of candidate ``cand`` for ``slot`` (0: actor1, 1: actor2) of event
    ``ev`` in article ``art`` (see :func:`read_article`)."""
    rules, other = getattr(ev, SLOTS[slot]), getattr(ev, SLOTS[1 - slot])
    span = ev.evidence_span or (0, 0)
    k = max(0, bisect_right(art.starts, span[0]) - 1) if art.starts else 0
    kind, named_here, row = _candidate_in_sentence(cand, art, k, theatre)
    x: dict[str, float] = {
        "rules": float(cand == rules), "rules_other": float(cand is not None and cand == other),
        "fill": float(rules is None and cand is not None), f"kind:{kind}*{ev.event_type}": 1.0,
    }
    if cand is None and ev.sub_event_type in ANONYMOUS_SUBS:
        x[f"none*sub:{ev.sub_event_type}"] = 1.0
    if rules is None and cand is not None and not named_here:
        x["fill_outside"] = 1.0
    enemy, ally = _related(cand, other, theatre)
    x["enemy_of_other"], x["ally_of_other"] = float(enemy), float(ally)
    return _with(row, x)


def _candidate_in_sentence(cand: str | None, art: _Article, k: int, theatre: Theatre
                           ) -> tuple[str, bool, list[float]]:
    """Candidate ``cand``'s kind, whether sentence ``k`` names it, and its features that depend on that sentence
    only, not on the event or the slot (memoised: the same for every event citing the sentence, and both slots)."""
    sent = _evidence_sentence(art, k)
    found = sent.candidates.get(cand)
    if found is not None:
        return found
    sent_start, sent_end, in_sent_all = sent.start, sent.end, sent.mentions
    kind = _kind(cand, theatre)
    mentions = art.mentions.get(cand, []) if cand else []
    here = [m for i, m in mentions if i == k]
    x: dict[str, float] = {f"kind:{kind}": 1.0}
    if here:
        x["in_sentence"] = 1.0
        x["sentence_mentions"] = math.log1p(len(here))
        x["first_in_sentence"] = float(in_sent_all[0].value == cand)
        x["last_in_sentence"] = float(in_sent_all[-1].value == cand)
        x["sentence_start"] = float(any(m.start - sent_start < 30 for m in here))
        x["after_by"] = float(any(_BY.search(art.text, max(sent_start, m.start - 30), m.start) for m in here))
        x["after_against"] = float(any(_AGAINST.search(art.text, max(sent_start, m.start - 30), m.start)
                                       for m in here))
        x["speaker"] = float(any(_SPEAKER_AFTER.match(art.text, m.end, min(sent_end, m.end + 40))
                                 or _SPEAKER_BEFORE.search(art.text, max(sent_start, m.start - 40), m.start)
                                 for m in here))
        x["acts"] = float(any(_ACT_AFTER.match(art.text, m.end, min(sent_end, m.end + 40)) for m in here))
    if mentions:
        x["prev_sentence"] = float(any(i == k - 1 for i, _ in mentions))
        x["next_sentence"] = float(any(i == k + 1 for i, _ in mentions))
        x["distance"] = math.log1p(min(abs(i - k) for i, _ in mentions)) / 3
        x["in_lead"] = float(mentions[0][0] < 2)
        x["share"] = art.share.get(cand, 0.0)
        x["top"] = float(bool(art.rank) and art.rank[0] == cand)
    elif cand is not None and cand != CIVILIANS:
        x["absent"] = 1.0
    if sent.unnamed:  # "gunmen", "the attacker": a side left unnamed
        if cand is None:
            x["unnamed_in_sentence*none"] = 1.0
        elif not here:
            x["unnamed_in_sentence*outside"] = 1.0  # ... is it an actor named elsewhere?
    is_top_group = cand is not None and cand == art.top_group
    x["top_group"] = float(is_top_group)
    for c in sent.cues:
        if is_top_group:
            x[f"cue:{c}*top_group"] = 1.0
        if cand is None:
            x[f"cue:{c}*none"] = 1.0
        if here:
            x[f"cue:{c}*in_sentence"] = 1.0
    found = sent.candidates[cand] = (kind, bool(here), _with([0.0] * len(FEATURES), x))
    return found


def _with(row: list[float], x: dict[str, float]) -> list[float]:
    """A copy of the dense feature row ``row`` with the features ``x`` set (a name outside FEATURES, e.g. an event
    type the model lacks, is dropped)."""
    row = row.copy()
    for name, value in x.items():
        i = _FEATURE_INDEX.get(name)
        if i is not None:
            row[i] = value
    return row


def candidate_rows(ev: Event | Any, slot: int, art: _Article, theatre: Theatre
                   ) -> tuple[list[str | None], list[list[float]]]:
    """Candidates of one slot of one event and their feature vectors."""
    cands = candidates(ev, slot, art)
    if getattr(ev, SLOTS[slot]) is None:
        k = max(0, bisect_right(art.starts, (ev.evidence_span or (0, 0))[0]) - 1)
        if any(i == k for i, _ in art.mentions.get(UNIDENTIFIED, ())):
            # a slot the rules left empty where the sentence tells of a side it does not name ("the gunman", "an
            # attacker") is that side's: no actor named elsewhere in the article fills it
            named_here = {n for n, v in art.mentions.items() if any(i == k for i, _ in v)}
            cands = [c for c in cands if c in (None, CIVILIANS) or c in named_here]
    return cands, [features(ev, slot, c, art, theatre) for c in cands]


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    e = [math.exp(s - top) for s in scores]
    total = sum(e)
    return [v / total for v in e]


@dataclass(slots=True)
class RolesModel:
    """Two conditional logits (one per slot) over :data:`FEATURES`: ``P(cand) = softmax(w . x)`` over a slot's
    candidates; a candidate other than the rules' replaces it at probability ``threshold`` or more."""

    weights: dict[str, list[float]]  # slot name -> weights in FEATURES order
    threshold: float = 0.9
    features: tuple[str, ...] = FEATURES
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, slot: int, xs: Sequence[Sequence[float]]) -> list[float]:
        """The model's probability of each candidate (feature vectors ``xs``) of one slot."""
        w = self.weights[SLOTS[slot]]
        if any(len(x) != len(w) for x in xs):
            raise ValueError(f"feature vectors of {len(w)} values expected (one per model feature)")
        return softmax([sum(map(operator.mul, w, x)) for x in xs])

    @classmethod
    def fit(cls, groups: Sequence[tuple[Sequence[Sequence[float]], int]], l2: float = 1.0) -> list[float]:
        """Weights of one slot's conditional logit from ``groups`` (candidates' feature vectors, index of the right
        one), by Newton's method with an L2 penalty ``l2``.

        >>> w = RolesModel.fit([([[1.0] + [0.0] * (len(FEATURES) - 1), [0.0] * len(FEATURES)], 0)] * 3, l2=1.0)
        >>> w[0] > 0
        True
        """
        import numpy as np  # (training only: scoring needs nothing beyond the standard library)

        x = np.vstack([np.asarray(xs, dtype=float) for xs, _ in groups])
        sizes = np.array([len(xs) for xs, _ in groups])
        first = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        gold = x[first + np.array([y for _, y in groups])].sum(axis=0)
        group = np.repeat(np.arange(len(groups)), sizes)
        w = np.zeros(x.shape[1])
        for _ in range(50):
            s = x @ w
            s -= np.maximum.reduceat(s, first)[group]
            e = np.exp(s)
            p = e / np.add.reduceat(e, first)[group]
            mean = np.add.reduceat(x * p[:, None], first)  # each group's expected feature vector
            grad = mean.sum(axis=0) - gold + l2 * w
            hess = (x * p[:, None]).T @ x - mean.T @ mean + l2 * np.eye(x.shape[1])
            step = np.linalg.solve(hess, grad)
            w -= step
            if np.max(np.abs(step)) < 1e-8:
                break
        return [float(v) for v in w]

    def to_json(self) -> str:
        return json.dumps({"features": list(self.features), "threshold": self.threshold,
                           "weights": {s: {n: round(v, 6) for n, v in zip(self.features, w, strict=True)}
                                       for s, w in self.weights.items()},
                           "meta": self.meta}, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RolesModel:
        doc = json.loads(text)
        names = model_features(doc, FEATURES, "roles", "scripts/train_roles.py")
        return cls({s: [float(doc["weights"][s][n]) for n in names] for s in SLOTS}, float(doc["threshold"]), names,
                   doc.get("meta", {}))


@functools.lru_cache(maxsize=4)
def load_model(language: str = "en") -> RolesModel | None:
    """The shipped model of a language (``patterns/roles-LANG.json``), or None where there is none (the rules'
    actors then stay)."""
    text = shipped_model_text("roles", language)
    return RolesModel.from_json(text) if text is not None else None


def scored(ev: Event | Any, art: _Article, theatre: Theatre, model: RolesModel
           ) -> list[tuple[list[str | None], list[float]]]:
    """Each slot's candidates and the model's probabilities for them."""
    out = []
    for slot in (0, 1):
        cands, xs = candidate_rows(ev, slot, art, theatre)
        out.append((cands, model.probabilities(slot, xs)))
    return out


def decide(ev: Event | Any, slots: Sequence[tuple[list[str | None], list[float]]], threshold: float
           ) -> tuple[str | None, str | None]:
    """The event's (actor1, actor2): each slot's best candidate (see :func:`scored`) where it is not the rules'
    choice and reaches ``threshold``, else the rules' choice; never the same actor twice."""
    picked: list[tuple[str | None, bool]] = []
    for slot, (cands, probs) in enumerate(slots):
        rules = getattr(ev, SLOTS[slot])
        best = max(range(len(cands)), key=lambda i: probs[i])
        if cands[best] != rules and probs[best] >= threshold:
            picked.append((cands[best], True))
        else:
            picked.append((rules, False))
    (a1, moved1), (a2, moved2) = picked
    if a1 is not None and a1 == a2:  # one side twice: the overrides that made it are undone (the rules' pair stays)
        a1, a2 = (ev.actor1 if moved1 else a1), (ev.actor2 if moved2 else a2)
    return a1, a2


def choose(ev: Event | Any, art: _Article, theatre: Theatre, model: RolesModel) -> tuple[str | None, str | None]:
    """The event's (actor1, actor2) after the model, at the model's threshold (see :func:`decide`)."""
    return decide(ev, scored(ev, art, theatre, model), model.threshold)


def rerank(events: list[Event], text: str, mentions: Sequence[Mention], sentences: Sequence[Sentence],
           theatre: Theatre, language: str = "en", model: RolesModel | None = None) -> list[Event]:
    """``events`` of one article with the model's actors where it overrides the rules (see :func:`choose`).
    Without a model the events come back unchanged.

    >>> from frontwatch.theatre import load_theatre
    >>> rerank([], "No events here.", [], [], load_theatre("syria-iraq"))
    []
    """
    model = model or load_model(language)
    if model is None or not events:
        return events
    art = read_article(text, mentions, sentences, theatre, language)
    out = []
    for e in events:
        a1, a2 = choose(e, art, theatre, model)
        out.append(e if (a1, a2) == (e.actor1, e.actor2) else replace(e, actor1=a1, actor2=a2))
    return out
