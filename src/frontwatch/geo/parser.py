"""Rule-based geoparser: find place names in English news text and resolve them against the gazetteer.

No NER model. Detection is gazetteer matching over capitalised token spans (longest first, on the ``fold``
key, then the looser ``skeleton`` key), gated by rules an analyst would apply: persons and armed groups of
the theatre are not places, English words that are also place names ("Hit") need a locative cue, demonyms
are country hints. Resolution scores every candidate on the theatre prior, population, the countries and
provinces named in the sentence and article, and distance to the article's other unambiguous places.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from itertools import compress
from operator import itemgetter, or_

import numpy as np

from ..geodesy import haversine_np
from ..nlp.prefilter import ascii_twin, fold_for_gate
from ..records import Mention, Place
from ..theatre import Theatre
from ._lexicon import (
    AMBIGUOUS,
    BEARINGS,
    CONNECTORS,
    DEMONYMS,
    LOCATIVE_CUES,
    ON_CUES,
    PERSON_TITLES,
    PLACE_NOUNS,
    STOPWORDS,
    TYPE_WORDS,
)
from .gazetteer import ALTERNATE, CURATED, PRIMARY, Gazetteer
from .normalise import ARTICLES, fold, skeleton

# (a capital letter and a number is one name: the T4 air base, the H3 base)
_CODE_NAME = re.compile(r"[A-Z]-?\d{1,2}")
_TOKEN_RE = re.compile(r"[A-Z]-?\d{1,2}(?![\w\-])|[^\W\d_]+(?:['’‘ʿ`][^\W\d_]+)*(?:-[^\W\d_]+(?:['’‘ʿ`][^\W\d_]+)*)*|"
                       r"\d+(?:[.,]\d+)?|\S")
# the same on an ASCII text, where a letter is [A-Za-z] and a digit [0-9]: a plain class is checked far faster than
# the Unicode categories of "[^\W\d_]" (and as an ASCII twin, the engine skips the spaces between tokens itself)
_TOKEN_RE_ASCII = ascii_twin(re.compile(_TOKEN_RE.pattern.replace(r"[^\W\d_]", "[A-Za-z]")
                                        .replace(r"\w", "A-Za-z0-9_").replace(r"\d", "[0-9]")))
# ("[.!?\n]" first, each alternative checking it by a lookbehind: the regex engine skips to the next stop or line
# break at C speed; the matches are those of "[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z])")
_SENT_END_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|(?<=\n)(?:\s*\n|(?=[A-Z])))")
_OFFSET_RE = re.compile(
    r"(?P<num>\d\d*(?:[.,]\d+)?)\s*-?\s*(?P<unit>km|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b"
    r"(?:\s*\([^)]{1,20}\))?\s+(?:to\s+the\s+)?(?P<dir>north-east|north-west|south-east|south-west|northeast|"
    r"northwest|southeast|southwest|north|south|east|west)\s+of\s+",
    re.IGNORECASE,
)
# a gate in front of _OFFSET_RE's scan of a whole article (a scan the engine tries at every digit): every match holds a
# unit, "km", "kilomet...", "mile" or "mi" before a space or bracket, and a direction after a space, as fold_for_gate
# writes the text (the pattern ignores case, the folded text is lower-cased; a bracket or space becomes a space)
_OFFSET_UNITS = ("km", "kilomet", "mile", "mi ")
_OFFSET_DIRS = (" north", " south", " east", " west")
# an appositive giving a distance right after a name ("Hit, about 60 km west of ...", "Rai, 30 km away"): a place
_DISTANCE_AFTER_RE = re.compile(
    r",\s+(?:about|some|around|roughly|nearly|approximately|only|just|less\s+than|more\s+than)?\s*"
    r"\d+(?:[.,]\d+)?\s*-?\s*(?:km|kilomet(?:re|er)s?|miles?)\b",
    re.IGNORECASE,
)
_CAPITAL_RE = re.compile(r"\b(?:provincial\s+)?capital\s+of\s+(?:the\s+)?", re.IGNORECASE)
_CAPITAL_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:provincial|province's|provincial\s+government's)\s+capital\b", re.IGNORECASE)
# ASCII twins (the same matches on an ASCII text, cheaper: see nlp.prefilter.ascii_twin)
_OFFSET_RE_ASCII, _CAPITAL_RE_ASCII, _CAPITAL_AFTER_RE_ASCII, _DISTANCE_AFTER_RE_ASCII = map(
    ascii_twin, (_OFFSET_RE, _CAPITAL_RE, _CAPITAL_AFTER_RE, _DISTANCE_AFTER_RE))
_WORDS_RE = re.compile(r"[\w-]+")
# (on an ASCII text its runs of [\w-] are the words left when every other character is made a space)
_NOT_WORDISH_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_-")})
_MAX_TOKENS = 6
_AL_EL = frozenset(("al", "el"))
_UNRESOLVED_NOUNS = frozenset(("village", "town", "city", "suburb", "neighbourhood", "district"))
_DIRECTION_ADJ = frozenset(
    "northern southern eastern western north-eastern north-western south-eastern south-western northeastern "
    "northwestern southeastern southwestern central".split()
)
_SETTLEMENT_NOUNS = frozenset("town city village suburb district".split())
_PERSON_PLACE_CUES = frozenset("in near into outside".split())  # a person's name after these is a place it also names
# after a name, the kind of organisation it names ("the Khorasan group", "the Hamza brigade")
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "brigade", "brigades", "faction", "organisation",
                          "organization", "network", "battalion", "battalions", "regiment"})
# a name right after these is a broadcaster's or a paper's ("the channel al-Mayadeen", "the newspaper al-Hayat")
_MEDIA_NOUNS = frozenset("channel broadcaster network newspaper daily weekly website station".split())
# "the Reina nightclub": a venue's own name, not the town abroad called so
_VENUE_WORDS = frozenset("nightclub club restaurant cafe café hotel bar cinema theatre stadium mall".split())
# "Milan anti-tank missiles", "Kornet missiles": a weapon's name, not the city abroad called so
_WEAPON_NOUNS = frozenset({"anti tank", "antitank", "missile", "missiles", "rocket", "rockets", "launcher", "launchers"})
_SITE_WORDS = frozenset("dam airbase air base airport field oilfield refinery border crossing mountain mountains".split())


# A token is a plain tuple (an article has hundreds; tuples are the cheapest to build), read by these indexes:
# text (possessive stripped), start, end, sentence number, first word of its sentence?, capitalised (or an
# article-prefixed capitalised word: al-Bab)?, fold key.
_Tok = tuple[str, int, int, int, bool, bool, str]
_TEXT, _START, _END, _SENT, _FIRST, _CAP, _KEY = range(7)
_TEXTGET, _CAPGET, _KEYGET = itemgetter(_TEXT), itemgetter(_CAP), itemgetter(_KEY)

# The first words of many Arabic place names ("Tal Abyad", "Ain Issa", "Deir Hafer", "Kafr Nabl"): alone they can be
# a town of their own, but before another capitalised word they begin a longer name
_NAME_HEADS = frozenset({"tal", "tall", "tell", "tel", "ain", "ayn", "deir", "dayr", "kafr", "jisr", "ras", "khan", "bir",
                         "qasr", "jabal", "jebel", "wadi", "umm", "beit", "bayt", "abu", "marj", "hawsh"})


@dataclass(slots=True)

class _Span:
    i: int  # first token
    j: int  # one past last token
    start: int
    end: int
    text: str
    key: str
    rows: list[tuple[int, int, bool]]
    type_word: str | None = None
    cue: bool = False
    weak: bool = False  # ambiguous common word
    places: list[tuple[Place, float]] = field(default_factory=list)


def _is_cap(word: str) -> bool:
    for part in word.split("-"):
        if part[:1].isupper():
            return True
    return False


_WORD_INFO: dict[str, tuple[str, bool, str]] = {}


def _word_info(w: str) -> tuple[str, bool, str]:
    """(word without a possessive, capitalised?, fold key) of one token; memoised, as prose repeats its words."""
    info = _WORD_INFO.get(w)
    if info is None:
        word = w[:-2] if len(w) > 2 and w[-2:] in ("'s", "’s") else w  # possessive: Syria's, Mosul's
        # (a short word in capitals is an acronym, unless it opens a place name: "TAL ABYAD, Syria - ")
        cap = (_is_cap(word) and not (word.isupper() and len(word) <= 3 and word.lower() not in _NAME_HEADS)) or bool(
            _CODE_NAME.fullmatch(word))
        info = (word, cap, fold(word))
        if len(_WORD_INFO) < 200_000:
            _WORD_INFO[w] = info
    return info




def move_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) along ``bearing`` degrees (great circle).

    >>> round(move_point(36.0, 43.0, 111.2, 180.0)[0], 1)
    35.0
    """
    d = km / 6371.0
    b = math.radians(bearing)
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2 = math.asin(math.sin(la1) * math.cos(d) + math.cos(la1) * math.sin(d) * math.cos(b))
    lo2 = lo1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(la1), math.cos(d) - math.sin(la1) * math.sin(la2))
    lon2 = (math.degrees(lo2) + 540.0) % 360.0 - 180.0
    return round(math.degrees(la2), 5), round(lon2, 5)


class Geoparser:
    """Find and resolve place mentions for one theatre.

    >>> gp = get_geoparser("syria-iraq")  # doctest: +SKIP
    >>> [m.value.country for m in gp.parse("Iraqi forces pushed into Hit.")]  # doctest: +SKIP
    ['IQ']
    """

    def __init__(self, gazetteer: Gazetteer, theatre: Theatre | None = None) -> None:
        self.gz = gazetteer
        self.core = set(theatre.countries) if theatre else {"SY", "IQ"}
        self.neighbours = set(theatre.neighbours) if theatre else set()
        self.blocked: set[str] = set()  # fold keys of person/actor phrases: never places
        self.person_words: set[str] = set()  # surnames etc. of known persons
        if theatre:
            for p in theatre.persons:
                for n in [p.name, *p.aliases]:
                    self.blocked.add(fold(n))
                    last = fold(n).split()[-1:] or [""]
                    if len(last[0]) >= 4:
                        self.person_words.add(last[0])
            for a in theatre.actors:
                for n in [a.name, *a.aliases, *a.descriptions]:
                    k = fold(n)
                    if k and not self.gz.has_key(k) or (k and len(n.split()) > 1):
                        self.blocked.add(k)
        self.blocked.discard("")
        # a nom de guerre taken from a town ("Mazloum Kobani", "Abu Omar Saraqib") does not make the bare town a
        # person: keep the surname only when it is not the main name of a theatre town of some size
        self.person_words = {w for w in self.person_words if not self._is_town_name(w)}
        self._block_first = {k.split()[0] for k in self.blocked}
        # the second words of the blocked phrases, by their first word ("the" begins dozens: "the extremist group")
        self._block_next: dict[str, set[str]] = {}
        for k in self.blocked:
            words = k.split()
            if len(words) > 1:
                self._block_next.setdefault(words[0], set()).add(words[1])
        self._rows_cache: dict[tuple[str, bool, bool], list[tuple[int, int, bool]]] = {}
        # first words of every fold key and every skeleton key: a span can only match from a word in one of them
        self._fold_first = {k.split(" ")[0] for k in self.gz.fold_keys()}
        self._skel_first = {k.split(" ")[0] for k in self.gz.skeleton_keys()}
        self._start_cache: dict[str, bool] = {}
        self._blocked_prefixes = {" ".join(k.split()[:n]) for k in self.blocked for n in range(1, len(k.split()) + 1)}

    def _is_town_name(self, key: str) -> bool:
        """Whether ``key`` names a theatre town we curated, or one of 10,000 or more by (a spelling of) its main name.

        Other alternate names do not count: "Sadr" is an alternate of Sadr City, but in the news it is a cleric.
        """
        for r, kind, _ in self.gz.rows_for_key(key):
            p = self.gz.place(r)
            if p.country in self.core and p.feature == "P" and (kind == CURATED or (p.population >= 10_000 and (
                    kind == PRIMARY or skeleton(key) == skeleton(p.name)))):
                return True
        return False

    # ------------------------------------------------------------------ tokenising
    def _tokens(self, text: str) -> list[_Tok]:
        bounds = [m.end() for m in _SENT_END_RE.finditer(text)]
        bounds.append(len(text) + 1)
        toks: list[_Tok] = []
        append, info = toks.append, _WORD_INFO
        sent, next_bound, prev_sent = 0, bounds[0], -1
        for m in (_TOKEN_RE_ASCII if text.isascii() else _TOKEN_RE).finditer(text):
            start = m.start()
            while start >= next_bound:
                sent += 1
                next_bound = bounds[sent]
            w = m.group()
            word, cap, key = info.get(w) or _word_info(w)
            append((word, start, start + len(word), sent, sent != prev_sent, cap, key))
            prev_sent = sent
        return toks

    # ------------------------------------------------------------------ detection
    def _detect(self, text: str, toks: list[_Tok]) -> tuple[list[_Span], set[int]]:
        n = len(toks)
        blocked_tok: set[int] = set()
        # persons and actors: longest phrase first, mark their tokens
        block_first, blocked, prefixes = self._block_first, self.blocked, self._blocked_prefixes
        block_next = self._block_next
        # (candidate tokens picked by C-level maps over the token tuples, not a Python loop over all of them)
        for i in compress(range(n), map(block_first.__contains__, map(_KEYGET, toks))):  # a blocked phrase may start
            sent = toks[i][_SENT]
            if toks[i][_KEY] not in blocked and i + 1 < n and toks[i + 1][_SENT] == sent and toks[i + 1][_KEY] and \
                    toks[i + 1][_KEY].split(" ", 1)[0] not in block_next.get(toks[i][_KEY], ()):
                continue  # no blocked phrase is this word, nor goes on with the next one ("the" before most words)
            k, hit = "", 0
            for j in range(i + 1, min(n, i + _MAX_TOKENS) + 1):
                if toks[j - 1][_SENT] != sent:
                    break
                key = toks[j - 1][_KEY]
                if key:
                    k = f"{k} {key}" if k else key
                if k not in prefixes:
                    break  # no blocked phrase goes on like this
                if k in blocked:
                    hit = j
            if hit:
                j = hit
                # "the town of al-Baghdadi": after "town/village/city of" a name the gazetteer knows is the place,
                # although a person is called so too
                if i > 0 and toks[i - 1][_SENT] == sent and (
                        (i > 1 and toks[i - 1][_KEY] == "of" and toks[i - 2][_KEY] in _SETTLEMENT_NOUNS)
                        or toks[i - 1][_KEY] in _PERSON_PLACE_CUES) and \
                        self.gz.has_key(fold(text[toks[i][_START]:toks[j - 1][_END]])):
                    continue  # (or "in al-Baghdadi", "near al-Baghdadi")
                # "Lake Assad" is a place although "Assad" is a person: a known name around it wins
                if i > 0 and toks[i - 1][_CAP] and toks[i - 1][_SENT] == sent and self.gz.has_key(
                        fold(text[toks[i - 1][_START]:toks[j - 1][_END]])):
                    continue
                blocked_tok.update(range(i, j))
        spans: list[_Span] = []
        rows_cache = self._rows_cache
        resume = 0  # after an accepted span, the next one starts past it
        for i in compress(range(n), map(or_, map(_CAPGET, toks), map(_AL_EL.__contains__, map(_TEXTGET, toks)))):
            if i < resume:
                continue
            t = toks[i]
            # a span starts at a capitalised word, or at a detached article before one ("the town of al Bab")
            art_start = t[_TEXT] in ("al", "el") and i + 1 < n and toks[i + 1][_CAP] and toks[i + 1][_SENT] == t[_SENT]
            if not (t[_CAP] or art_start) or i in blocked_tok or not t[_KEY]:
                continue
            if not self._may_start(t[_KEY]):
                continue  # no gazetteer name (exact or by skeleton) begins with this word
            best: _Span | None = None
            prev_key = toks[i - 1][_KEY] if i > 0 and toks[i - 1][_SENT] == t[_SENT] else ""
            # a list continues its first item's cue: "bombed Saraqeb and Maarat al-Numan"
            listed = bool(spans) and spans[-1].j == i - 1 and toks[i - 1][_TEXT] in ("and", "or", ",")
            has_cue = prev_key in LOCATIVE_CUES or prev_key in PLACE_NOUNS or listed or (
                prev_key == "on" and i > 1 and toks[i - 2][_KEY] in ON_CUES and toks[i - 2][_SENT] == t[_SENT])
            # longest span first; at each length the exact key before the loose one ("Ain Issa" beats "Ain")
            # how far a span from here may reach: same sentence, no blocked token, no punctuation, nothing but a
            # space or a hyphen between words (conditions that only get worse with length)
            reach, lim = i + 1, min(n, i + _MAX_TOKENS)
            while reach < lim:
                a, b = toks[reach - 1], toks[reach]
                if b[_SENT] != a[_SENT] or not b[_KEY] or reach in blocked_tok or text[a[_END]:b[_START]].strip() not in ("", "-"):
                    break
                reach += 1
            for j in range(reach, i, -1):
                last = toks[j - 1]
                if not (last[_CAP] or last[_KEY] in TYPE_WORDS or last[_KEY] in _SITE_WORDS):
                    continue
                seg = toks[i:j]
                if j - i > 2 and any(not s[_CAP] and s[_KEY] not in CONNECTORS and s[_KEY] not in _SITE_WORDS
                                     and s[_KEY] not in TYPE_WORDS and s[_KEY] != "of" for s in seg[1:-1]):
                    continue
                # fold the whole span: fused articles inside it ("Deir Ezzor") only show in context
                key = last[_KEY] if j - i == 1 else fold(" ".join(s[_TEXT] for s in seg))
                if j - i > 1 and all((s[_KEY] in STOPWORDS and s[_KEY] not in AMBIGUOUS) or s[_KEY] in CONNECTORS
                                     or s[_KEY] in TYPE_WORDS for s in seg):
                    continue  # "Old City", "Central Command": generic words, not a name
                # at most three named words (not connectors or type words): sure for a span of three tokens or fewer
                few_named = j - i <= 3 or sum(1 for s in seg if s[_KEY] not in CONNECTORS and s[_KEY] not in TYPE_WORDS) <= 3
                for loose in (False, True):
                    if loose and (len(key) < 5 or not few_named or any(s[_KEY] in STOPWORDS for s in seg)
                                  or (t[_FIRST] and not has_cue) or self._name_continues(toks, j, t[_SENT])):
                        continue
                    ck = (key, True, has_cue) if loose else (key, False, has_cue and len(key) >= 4 and few_named)
                    rows = rows_cache.get(ck)
                    if rows is None:
                        rows = self._rows(*ck)
                    if rows:
                        best = _Span(i, j, t[_START], last[_END], text[t[_START]:last[_END]], key, rows)
                        tw = last[_KEY] if last[_KEY] in TYPE_WORDS else None
                        best.type_word = tw
                        break
                if best:
                    break
            if best is None:
                continue
            if self._accept(best, toks, text, listed):
                # a following "province"/"governorate" word not part of the name: widen the span
                j = best.j
                if best.type_word is None and j < n and toks[j][_KEY] in TYPE_WORDS and toks[j][_SENT] == t[_SENT]:
                    best.type_word = toks[j][_KEY]
                    best.end = toks[j][_END]
                    best.text = text[best.start:best.end]
                    best.j = j + 1
                spans.append(best)
                resume = best.j
        return spans, blocked_tok

    def _may_start(self, key: str) -> bool:
        """Whether a span whose first token has fold key ``key`` can match any gazetteer name.

        A span's fold key starts with its first token's first word (articles are dropped only before another
        word, so a bare article is let through), and its skeleton key with that word's skeleton.
        """
        ok = self._start_cache.get(key)
        if ok is None:
            first = key.split(" ")[0]
            ok = self._start_cache[key] = (key in ARTICLES or first in self._fold_first
                                           or skeleton(first) in self._skel_first)
        return ok

    def _rows(self, key: str, loose: bool, cue: bool) -> list[tuple[int, int, bool]]:
        """Candidate gazetteer rows for a span key (memoised: the answer depends on these three values only).

        Exact rows, plus, after a cue, theatre towns spelled a little differently; or, for ``loose``, theatre
        places whose skeleton key matches and whose spelling is still similar.
        """
        ck = (key, loose, cue)
        rows = self._rows_cache.get(ck)
        if rows is not None:
            return rows
        gz = self.gz
        rows = gz.rows_for_key(key, loose=loose)
        if not loose and rows and cue and not any(gz.place(r[0]).country in self.core and gz.place(r[0]).feature == "P"
                                                  for r in rows):
            # An exact match may be a namesake (a crossing, a town abroad): keep theatre towns spelled
            # a little differently ("Rabia" / "Rabi'ah") as candidates, so context can choose. (Not when a theatre
            # town has the very name: "Sadad" is Sadad, not al-Shaddadi.)
            exact_rows = {r[0] for r in rows}
            rows = rows + [
                r for r in gz.rows_for_key(key, loose=True)
                if r[0] not in exact_rows and not r[2] and gz.place(r[0]).country in self.core
                and gz.place(r[0]).feature == "P" and r[1] != ALTERNATE
                and _similar(key, gz.last_loose.get(r[0], ""))]
        if loose:
            # spelling drift is accepted for theatre places only (and neighbours after a cue)
            # obscure GeoNames alternates drift into English words; need a cue for those
            rows = [r for r in rows if not r[2] and gz.place(r[0]).country in self.core
                    and (cue or r[1] != ALTERNATE)
                    and _similar(key, gz.last_loose.get(r[0], ""))]
        if len(self._rows_cache) < 100_000:
            self._rows_cache[ck] = rows
        return rows

    @staticmethod
    def _is_dateline(toks: list[_Tok], sp: _Span) -> bool:
        if not toks[sp.i][_FIRST]:
            return False  # (a dateline opens its line)
        nxt = toks[sp.j][_TEXT] if sp.j < len(toks) else ""
        return all(t[_TEXT].isupper() for t in toks[sp.i:sp.j]) and nxt in ("-", "–", "—", ",")

    def _dateline_country(self, toks: list[_Tok], sp: _Span, spans: list[_Span]) -> dict[str, float]:
        """The country a dateline names after its town ("TRIPOLI, Libya - ..."), as the only hint it has."""
        if sp.j >= len(toks) or toks[sp.j][_TEXT] != ",":
            return {}
        nxt = next((o for o in spans if o.i == sp.j + 1), None)
        if nxt is None:
            return {}
        countries = {self.gz.place(r).country for r, _, exact in nxt.rows if exact
                     and self.gz.place(r).feature_code == "PCLI"}
        return {countries.pop(): 4.0} if len(countries) == 1 else {}

    def _name_continues(self, toks: list[_Tok], j: int, sent: int) -> bool:
        """A capitalised word right after the span ("Muammar Gaddafi"): the span is part of a longer name."""
        if j >= len(toks) or toks[j][_SENT] != sent or not toks[j][_CAP]:
            return False
        if toks[j][_KEY] in DEMONYMS and toks[j][_KEY] not in AMBIGUOUS:
            return False  # "the Yarmouk Palestinian camp", "the Afrin Kurdish enclave": an adjective, not the name
        return toks[j - 1][_END] == toks[j][_START] - 1 and not self.gz.has_key(toks[j][_KEY])

    def _words_of(self, text: str) -> set[str]:
        """Every whole word of ``text`` (cached for the text being parsed), so the check stays linear."""
        if getattr(self, "_words_key", None) is not text:
            self._words_key = text
            self._words_cache = set(text.translate(_NOT_WORDISH_TO_SPACE).split() if text.isascii()
                                    else _WORDS_RE.findall(text))
        return self._words_cache

    def _accept(self, sp: _Span, toks: list[_Tok], text: str, listed: bool = False) -> bool:
        seg = toks[sp.i:sp.j]
        key = sp.key
        if sp.j - sp.i == 1 and key in _NAME_HEADS and sp.j < len(toks) and toks[sp.j][_CAP] and \
                toks[sp.j][_SENT] == seg[0][_SENT] and toks[sp.j - 1][_END] == toks[sp.j][_START] - 1:
            return False  # "Tal Brak", "Deir Hafer": an unknown name that begins like many ("Tal" alone is a town)
        prev = toks[sp.i - 1] if sp.i > 0 and toks[sp.i - 1][_SENT] == seg[0][_SENT] else None
        prev2 = toks[sp.i - 2] if sp.i > 1 and toks[sp.i - 2][_SENT] == seg[0][_SENT] else None
        nxt = toks[sp.j] if sp.j < len(toks) and toks[sp.j][_SENT] == seg[0][_SENT] else None
        cue = bool(prev and (prev[_KEY] in LOCATIVE_CUES or prev[_KEY] in PLACE_NOUNS)) or listed or bool(
            prev and prev[_KEY] == "on" and prev2 and prev2[_KEY] in ON_CUES) or bool(
            nxt and nxt[_TEXT] == "," and (_DISTANCE_AFTER_RE_ASCII if text.isascii() else _DISTANCE_AFTER_RE).match(
                text, sp.end))
        sp.cue = cue
        if key in DEMONYMS:
            return False
        if sp.j - sp.i == 1 and key in STOPWORDS and key not in AMBIGUOUS:
            return False
        # person: a title or a capitalised first name right before an "al-" surname, or a known surname
        if prev and prev[_KEY] in PERSON_TITLES:
            return False
        if nxt and nxt[_KEY] in _VENUE_WORDS and prev and prev[_KEY] == "the" and not any(
                self.gz.place(r[0]).country in self.core for r in sp.rows):
            return False  # "at the Reina nightclub": a venue's name, not Er Reina in Israel
        if prev and prev[_CAP] and self._after_age(toks, sp.i, seg[0][_SENT]):
            return False  # "the gunman, 22-year-old Mevlut Mert Altintas": the end of a person's name
        raw0 = seg[0][_TEXT].lower()
        if prev and prev[_CAP] and not prev[_FIRST] and raw0.startswith(("al-", "el-", " al ")) and not cue:
            if not any(r[1] == CURATED for r in sp.rows):
                return False
        if key in self.person_words and not cue:
            return False
        if nxt and nxt[_KEY] in ("said", "says", "told") and not cue and not any(
                r[1] == CURATED or self.gz.place(r[0]).feature_code == "PCLI" for r in sp.rows):
            return False  # "Baghdad said" is the government speaking; "officials in Baghdad said" are somewhere
        # English words that are also place names: only with a locative cue ("into Hit", "the town of Hit")
        lower_seen = sp.j - sp.i == 1 and seg[0][_TEXT].lower() in self._words_of(text)
        bare = seg[0][_TEXT].lower() == key  # "Bab" is ambiguous, "al-Bab" is not
        if (key in AMBIGUOUS and bare) or (lower_seen and seg[0][_TEXT].lower() != seg[0][_TEXT]):
            sp.weak = True
            if not cue or (nxt and nxt[_KEY] == "by" and seg[0][_FIRST]):
                return False
        if sp.j - sp.i == 1 and nxt and self._name_continues(toks, sp.j, seg[0][_SENT]) and nxt[_KEY] not in STOPWORDS:
            return False  # "Bab Touma", "Tal Rifaat": the first word of a longer name we do not know
        if seg[0][_FIRST] and sp.j - sp.i == 1 and not cue and nxt and nxt[_KEY] == "by":
            return False  # "Hit by shelling, ..." at a sentence start
        if seg[0][_FIRST] and sp.j - sp.i == 1 and not cue and raw0.endswith("ing") and nxt and (
                nxt[_KEY] in STOPWORDS and not nxt[_CAP]) and not any(
                self.gz.place(r[0]).country in self.core for r in sp.rows):
            return False  # "Reading the statement aloud, ...": a verb opening the sentence, not Reading in England
        if prev and prev[_KEY] in _MEDIA_NOUNS:
            return False  # "the Beirut-based channel al-Mayadeen": a broadcaster's name, not Mayadin
        if nxt and nxt[_KEY] in _WEAPON_NOUNS and not any(self.gz.place(r[0]).country in self.core for r in sp.rows):
            return False  # "destroyed by Milan anti-tank missiles": a weapon's name, not Milan in Italy
        if nxt and nxt[_KEY] in _GROUP_NOUNS and not cue:
            return False  # "known as the Khorasan group": an armed group's name, not Horasan in Turkey
        if prev2 is not None and prev2[_KEY] in PERSON_TITLES and prev and prev[_CAP]:
            return False
        if raw0 in ("abu", "umm") and prev2 is not None and prev and prev[_KEY] == "as" and prev2[_KEY] in (
                "known", "called", "nicknamed", "named", "dubbed"):
            return False  # "Essam al-Buwaydani, known as Abu Hammam": a man's byname, not Abu Hamam on the Euphrates
        return True

    @staticmethod
    def _after_age(toks: list[_Tok], i: int, sent: int) -> bool:
        """Whether one to three capitalised words before token ``i`` follow an age ("22-year-old")."""
        k = i - 1
        while k >= 0 and i - k <= 3 and toks[k][_SENT] == sent and toks[k][_CAP]:
            k -= 1
        return k < i - 1 and k >= 0 and toks[k][_SENT] == sent and toks[k][_KEY] in ("year-old", "year old")

    # ------------------------------------------------------------------ resolution
    def _hints(self, toks: list[_Tok], spans: list[_Span]) -> tuple[dict[int, dict[str, float]], dict[str, float]]:
        """Country evidence per sentence and for the whole article."""
        per_sent: dict[int, dict[str, float]] = {}
        art: dict[str, float] = {}

        def add(sent: int, cc: str, w: float) -> None:
            d = per_sent.setdefault(sent, {})
            d[cc] = max(d.get(cc, 0.0), w)
            art[cc] = max(art.get(cc, 0.0), w / 4)

        for t in compress(toks, map(DEMONYMS.__contains__, map(_KEYGET, toks))):
            cc = DEMONYMS[t[_KEY]]
            if cc:  # "Turkish artillery in Kilis": a sentence-level hint only ("US officials" say little)
                d = per_sent.setdefault(t[_SENT], {})
                d[cc] = max(d.get(cc, 0.0), 1.5)
        for sp in spans:
            sent = toks[sp.i][_SENT]
            for r, _, exact in sp.rows:
                if exact and (p := self.gz.place(r)).feature_code == "PCLI":
                    add(sent, p.country, 4.0)
        return per_sent, art

    def _score(self, p: Place, kind: int, exact: bool, sp: _Span, hints: dict[str, float], art: dict[str, float],
               near: Callable[[Place], float | None] | None, country: str | None, admins: set[str],
               anchors_exist: bool = False) -> float | None:
        """Score one candidate place; ``near(p)`` is the distance to the nearest anchor (None: no anchors)."""
        cc = p.country
        hinted = hints.get(cc, 0.0) + art.get(cc, 0.0)
        if cc in self.core:
            s = 3.0
        elif cc in self.neighbours:
            s = 1.5
            if p.population < 1000 and kind != CURATED and not hinted and p.feature == "P":
                return None
            if kind == ALTERNATE and not hinted and not sp.cue:
                return None  # "Aknaf Bayt al-Maqdis", a Palestinian faction: Bayt al-Maqdis is Jerusalem's old name
            if near is not None and not hinted and kind != CURATED and p.population < 100_000 and (
                    d := near(p)) is not None and d > 500:
                return None  # a small town across the border, far from everything else the article names
        else:
            # abroad only with evidence: the country named nearby, or a capital / very large city; a mid-size
            # foreign town is accepted only when the text has no theatre places to anchor it
            s = 0.0
            big = p.feature_code == "PCLI" or p.population >= 1_000_000 or (
                p.feature_code == "PPLC" and p.population >= 100_000)
            if not hinted and kind != CURATED and not big:
                if p.population < 100_000 or anchors_exist or sp.type_word:
                    return None
            if not hinted and sp.type_word in ("district", "area", "countryside"):
                return None  # "the Sofia district" of an Iraqi city is not Bulgaria's capital
            if not hinted and kind == ALTERNATE and p.feature_code != "PCLI":
                return None  # "Victoria" is an old name of Hong Kong: abroad, obscure names need a country cue
        # GeoNames population 0 means "village, unknown"; a town we curated is one the news names (its population
        # is unknown to us, not small)
        pop = p.population or (10_000 if kind == CURATED and p.feature == "P" else 0)
        s += 0.6 * math.log10(pop + 10)
        if p.feature_code == "PPLC" or p.population >= 1_000_000:
            s += 0.7
        s += {CURATED: 1.0, PRIMARY: 0.5}.get(kind, 0.0)
        if not exact:
            s -= 1.5
        s += hinted * 1.0
        if country and cc == country:
            s += 6.0
        if sp.type_word:
            level = TYPE_WORDS[sp.type_word]
            if p.geo_precision == level or (level == 3 and p.feature_code == "ADM1"):
                s += 4.0
            elif p.feature == "P":
                s -= 2.0
        elif p.feature == "A" and p.feature_code != "PCLI":
            s -= 1.5  # a bare "Aleppo" is the city, not the governorate
        if p.admin1 and admins and fold(p.admin1) in admins:
            s += 3.0  # the province the text names: containment an analyst trusts over a namesake's fame
        if near is not None and (d := near(p)) is not None:
            s += 2.0 if d < 100 else 1.0 if d < 300 else 0.0 if d < 1000 else -1.0
        return s

    def _resolve_spans(self, toks: list[_Tok], spans: list[_Span], country: str | None) -> None:
        per_sent, art = self._hints(toks, spans)
        admins: set[str] = set()
        for sp in spans:
            if sp.type_word:  # "Anbar province": the province named
                for r, _, _ in sp.rows:
                    p = self.gz.place(r)
                    if p.feature_code == "ADM1":
                        admins.add(fold(p.admin1))
        anchors: list[tuple[float, float]] = []
        dists: dict[tuple[float, float], tuple[float, int, float]] = {}  # place point -> (nearest km, its anchor, second km)
        anchor_at: dict[tuple[float, float], int] = {}  # anchor point -> its index
        rescored: list[_Span] = []  # the spans round 1 scores again
        for rnd in (0, 1):
            # spans with the same candidates in the same context score the same: a town named five times is
            # scored once per round (the key holds everything _score reads besides the round's constants)
            memo: dict[tuple[object, ...], list[tuple[Place, float]]] = {}
            for sp in rescored if rnd else spans:
                # a dateline ("WASHINGTON - ...") is where the reporter files from: its sentence says nothing
                dateline = self._is_dateline(toks, sp)
                hints = self._dateline_country(toks, sp, spans) if dateline else per_sent.get(toks[sp.i][_SENT], {})
                top = (sp.places[0][0].latitude, sp.places[0][0].longitude) if rnd and sp.places else None
                mk = (id(sp.rows), sp.type_word, dateline, tuple(sorted(hints.items())), top)
                places = memo.get(mk)
                if places is None:
                    if dateline or not rnd or not anchors:
                        near = None
                    else:
                        # the anchor at the span's own reading is not evidence for itself (gazetteer points are
                        # rounded to 5 decimals, so "within 1e-6" is equality)
                        k = anchor_at.get(top) if top is not None else None
                        near = partial(_nearest, dists, k)
                    scored: list[tuple[Place, float]] = []
                    for r, kind, exact in sp.rows:
                        p = self.gz.place(r)
                        s = self._score(p, kind, exact, sp, hints, {} if dateline else art, near, country, admins,
                                        anchors_exist=bool(anchors) and not dateline)
                        if s is not None:
                            scored.append((p, s))
                    scored.sort(key=lambda x: -x[1])
                    places = memo[mk] = _softmax(scored)
                sp.places = places
            if rnd == 0:
                # anchors: confidently resolved, town-level places of the theatre
                # (each point once: only the nearest one counts, and a town named ten times is one anchor)
                anchors = list(dict.fromkeys(
                    (sp.places[0][0].latitude, sp.places[0][0].longitude) for sp in spans
                    if sp.places and sp.places[0][1] >= 0.8 and sp.places[0][0].country in self.core
                    and sp.places[0][0].geo_precision == 1))
                if not anchors:
                    # a story wholly across the border ("from Kilis to a camp at Elbeyli"): its own towns anchor it
                    anchors = list(dict.fromkeys(
                        (sp.places[0][0].latitude, sp.places[0][0].longitude) for sp in spans
                        if sp.places and sp.places[0][1] >= 0.8 and sp.places[0][0].country in self.neighbours
                        and sp.places[0][0].geo_precision == 1 and len(sp.rows) == 1))
                # a town read with confidence is evidence for its country in its sentence ("Antakya, the
                # ancient Antioch": Turkey's, not California's)
                for sp in spans:
                    if sp.places and sp.places[0][1] >= 0.8 and sp.places[0][0].geo_precision == 1 and len(sp.rows) == 1:
                        d = per_sent.setdefault(toks[sp.i][_SENT], {})
                        cc = sp.places[0][0].country
                        d[cc] = max(d.get(cc, 0.0), 1.0)
                anchor_at = {a: k for k, a in enumerate(anchors)}
                # (not a span with one theatre candidate: anchors change its score, never its reading or its 1.0)
                rescored = [sp for sp in spans
                            if not (len(sp.rows) == 1 and sp.places and sp.places[0][0].country in self.core)]
                if anchors:
                    # every candidate's distance to every anchor in one vectorised step (the candidates of the
                    # spans scored again: no other span asks for a distance)
                    pts = list(dict.fromkeys((p.latitude, p.longitude) for sp in rescored
                                             for p in (self.gz.place(r) for r, _, _ in sp.rows)))
                    if pts:
                        pa, aa = np.array(pts), np.array(anchors)
                        mat = haversine_np(pa[:, :1], pa[:, 1:], aa[:, 0], aa[:, 1])
                        rows = np.arange(len(pts))
                        k1 = mat.argmin(axis=1)
                        d1 = mat[rows, k1]
                        mat[rows, k1] = np.inf
                        d2 = mat.min(axis=1)
                        dists.update(zip(pts, zip(d1.tolist(), k1.tolist(), d2.tolist(), strict=True), strict=True))

    # ------------------------------------------------------------------ public API
    def parse(self, text: str, country: str | None = None) -> list[Mention]:
        """Place mentions in ``text`` (best resolution first in ``candidates``), sorted by start offset.

        >>> [m.text for m in get_geoparser().parse("A car bomb exploded in Kirkuk.")]  # doctest: +SKIP
        ['Kirkuk']
        """
        toks = self._tokens(text)
        spans, _ = self._detect(text, toks)
        self._resolve_spans(toks, spans, country)
        out: list[Mention] = self._unresolved(text, toks, spans)
        asc = text.isascii()
        offset_re, capital_re, capital_after_re = (_OFFSET_RE_ASCII, _CAPITAL_RE_ASCII, _CAPITAL_AFTER_RE_ASCII) if asc \
            else (_OFFSET_RE, _CAPITAL_RE, _CAPITAL_AFTER_RE)
        folded = fold_for_gate(text)
        maybe_offset = any(map(folded.__contains__, _OFFSET_UNITS)) and any(map(folded.__contains__, _OFFSET_DIRS))
        offsets = {m.end(): m for m in offset_re.finditer(text)} if maybe_offset else {}
        # every match of the two capital patterns holds "capital" (in any case): an ASCII text without it has none
        maybe_capital = not asc or "capital" in text.lower()
        for sp in spans:
            if not sp.places:
                continue
            best, score = sp.places[0]
            conf = score * (0.7 if sp.weak else 1.0) * (1.0 if any(r[2] for r in sp.rows) else 0.8)
            m_off = offsets.get(sp.start)
            if m_off is not None and best.geo_precision == 1:
                km = float(m_off.group("num").replace(",", "."))
                if m_off.group("unit").lower().startswith("mi"):
                    km *= 1.609
                lat, lon = move_point(best.latitude, best.longitude, km, BEARINGS[m_off.group("dir").lower()])
                label = f"{m_off.group('num')}km {m_off.group('dir').lower()} of {best.name}"
                moved = Place(id=f"{best.id}@{km:g}km{int(BEARINGS[m_off.group('dir').lower()])}", name=label,
                              country=best.country, latitude=lat, longitude=lon, geo_precision=2,
                              feature="P", feature_code="OFFSET", population=0, admin1=best.admin1)
                out.append(Mention(text=text[m_off.start():sp.end], start=m_off.start(), end=sp.end, kind="place",
                                   value=moved, score=round(conf, 3),
                                   candidates=[(moved, round(conf, 3)), *[(p, round(s, 3)) for p, s in sp.places[:5]]]))
                continue
            cap_m = capital_re.search(text, max(0, sp.start - 40), sp.start) if maybe_capital else None
            capital = self.gz.capital_of(best) if cap_m and cap_m.end() == sp.start else None
            if capital is not None and cap_m is not None:
                # "the capital of Anbar province" names the provincial capital, not the province
                out.append(Mention(text=text[cap_m.start():sp.end], start=cap_m.start(), end=sp.end, kind="place",
                                   value=capital, score=round(conf * 0.9, 3),
                                   candidates=[(capital, round(conf * 0.9, 3)), *[(p, round(s, 3))
                                                                                 for p, s in sp.places[:4]]]))
                continue
            cap_after = capital_after_re.match(text, sp.end) if maybe_capital else None
            capital = self.gz.capital_of(best) if cap_after else None
            if capital is not None and cap_after is not None:
                # "the Anbar provincial capital", "Nineveh's provincial capital": the same city
                out.append(Mention(text=text[sp.start:cap_after.end()], start=sp.start, end=cap_after.end(),
                                   kind="place", value=capital, score=round(conf * 0.9, 3),
                                   candidates=[(capital, round(conf * 0.9, 3)), *[(p, round(s, 3))
                                                                                 for p, s in sp.places[:4]]]))
                continue
            value = best
            mtext, mstart = sp.text, sp.start
            prev = toks[sp.i - 1] if sp.i > 0 and toks[sp.i - 1][_SENT] == toks[sp.i][_SENT] else None
            if prev is not None and prev[_KEY] in _DIRECTION_ADJ and not sp.type_word:
                # "eastern Aleppo", "northern Syria": part of the place; a town becomes a district-level point
                mtext, mstart = text[prev[_START]:sp.end], prev[_START]
                if best.geo_precision == 1 and best.feature == "P":
                    value = Place(id=best.id, name=f"{prev[_TEXT].lower()} {best.name}", country=best.country,
                                  latitude=best.latitude, longitude=best.longitude, geo_precision=2,
                                  feature=best.feature, feature_code=best.feature_code,
                                  population=best.population, admin1=best.admin1)
            if sp.type_word and best.geo_precision == 1 and best.feature == "P":
                # "the Sinjar region" with no curated region: the town's point, flagged as a region
                value = Place(id=best.id, name=sp.text, country=best.country, latitude=best.latitude,
                              longitude=best.longitude, geo_precision=TYPE_WORDS[sp.type_word], feature="L",
                              feature_code="RGN", population=0, admin1=best.admin1)
            out.append(Mention(text=mtext, start=mstart, end=sp.end, kind="place", value=value,
                               score=round(conf, 3), candidates=[(p, round(s, 3)) for p, s in sp.places[:5]]))
        out.sort(key=lambda m: m.start)
        return out

    def _unresolved(self, text: str, toks: list[_Tok], spans: list[_Span]) -> list[Mention]:
        """Names the gazetteer lacks after "the village/town/city of": reported with value None, not guessed."""
        taken = {k for sp in spans for k in range(sp.i, sp.j)}
        out: list[Mention] = []
        for i in compress(range(len(toks) - 2), map(_UNRESOLVED_NOUNS.__contains__, map(_KEYGET, toks))):
            if toks[i + 1][_KEY] != "of":
                continue
            j = i + 2
            while j < len(toks) and j - i - 2 < 4 and toks[j][_SENT] == toks[i][_SENT] and j not in taken and (
                    toks[j][_CAP] or (toks[j][_KEY] in CONNECTORS and j + 1 < len(toks) and toks[j + 1][_CAP])):
                j += 1
            if j == i + 2 or toks[i + 2][_KEY] in STOPWORDS or toks[i + 2][_KEY] in DEMONYMS:
                continue
            s0, e0 = toks[i + 2][_START], toks[j - 1][_END]
            name = text[s0:e0]
            out.append(Mention(text=name, start=s0, end=e0, kind="place", value=None, score=0.0,
                               candidates=self._quick_candidates(name)))
        return out

    def _quick_candidates(self, name: str, n: int = 3) -> list[tuple[Place, float]]:
        """Theatre/neighbour places with the same phonetic key (no fuzzy search: parse must stay fast)."""
        rows = self.gz.rows_for_key(fold(name), loose=True)
        ok = self.core | self.neighbours
        places = sorted({self.gz.place(r) for r, _, _ in rows if self.gz.place(r).country in ok},
                        key=lambda p: (p.country not in self.core, -p.population))[:n]
        return [(p, 0.0) for p in places]

    def candidates(self, name: str, country: str | None = None, n: int = 5) -> list[tuple[Place, float]]:
        """Best places for a typed name, fuzzy: exact and phonetic keys, then close spellings.

        >>> get_geoparser().candidates("Deir Ezzor")[0][0].country  # doctest: +SKIP
        'SY'
        """
        key = fold(name)
        if not key:
            return []
        rows = self.gz.rows_for_key(key, loose=True)
        if not rows:
            for k in self.gz.close_keys(name, n=n):
                rows.extend((r, kind, False) for r, kind, _ in self.gz.rows_for_key(k))
        sp = _Span(0, 1, 0, len(name), name, key, rows)
        last = key.split()[-1]
        if last in TYPE_WORDS:
            sp.type_word = last
        scored = []
        for r, kind, exact in rows:
            p = self.gz.place(r)
            s = self._score(p, kind, exact, sp, {}, {}, None, country, set())
            if s is None and (country is None or p.country == country):
                s = -5.0 + 0.5 * math.log10(p.population + 10)  # still a suggestion, ranked last
            if s is not None and (country is None or p.country == country):
                scored.append((p, s))
        scored.sort(key=lambda x: -x[1])
        seen: set[str] = set()
        uniq = []
        for p, s in scored:
            if p.id not in seen:
                seen.add(p.id)
                uniq.append((p, s))
        return [(p, round(s, 3)) for p, s in _softmax(uniq)[:n]]

    def resolve(self, name: str, country: str | None = None) -> Place | None:
        """The best place for a bare name, or None when nothing in the gazetteer is called that.

        >>> get_geoparser().resolve("Kobane").name  # doctest: +SKIP
        'Kobani'
        """
        key = fold(name)
        rows = self.gz.rows_for_key(key, loose=True)
        if not rows:
            return None
        cands = [c for c in self.candidates(name, country, n=1)]
        return cands[0][0] if cands else None


def _nearest(dists: dict[tuple[float, float], tuple[float, int, float]], mine: int | None, p: Place) -> float | None:
    """Distance from ``p`` to the nearest anchor other than anchor ``mine`` (where the span's own first reading
    lies), or None when there is no other.

    ``dists`` holds, per candidate point of the article, the nearest distance, its anchor and the second-nearest
    distance (made once per article in one numpy step, for every candidate of every span).
    """
    d1, k1, d2 = dists[(p.latitude, p.longitude)]
    if mine is None or k1 != mine:
        return d1
    return d2 if d2 != math.inf else None


def _similar(key: str, name: str) -> bool:
    """Loose matches must still look alike (the skeleton key alone merges Karrada with Rifai)."""
    return difflib.SequenceMatcher(None, key.replace(" ", ""), name.replace(" ", "")).ratio() >= 0.75


def _softmax(scored: list[tuple[Place, float]]) -> list[tuple[Place, float]]:
    if not scored:
        return []
    if len(scored) == 1:
        return [(scored[0][0], 1.0)]  # (exp(0) / exp(0): most names have one candidate left)
    top = scored[0][1]
    ex = [math.exp(min(0.0, s - top)) for _, s in scored]
    tot = sum(ex)
    return [(p, e / tot) for (p, _), e in zip(scored, ex, strict=True)]

