"""Find actor and person mentions in text and resolve them to the theatre pack's canonical names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..nlp.prefilter import ascii_twin
from ..nlp.prefilter import trie_regex as _trie_regex
from ..records import Mention
from ..theatre import PersonInfo, Theatre, load_theatre

# Nationality adjectives + a force noun ("Russian jets", "Iraqi troops") name a state's forces even when the
# pack lists no such phrase; the adjective maps to the actor whose ``country`` it is.
DEMONYMS = {
    "iraqi": "IQ", "syrian": "SY", "russian": "RU", "turkish": "TR", "american": "US", "u.s.": "US", "us": "US",
    "iranian": "IR", "jordanian": "JO", "british": "GB", "french": "FR", "lebanese": "LB",
}
FORCE_NOUNS = (
    r"(?:special\s+)?(?:forces|troops|soldiers?|army|military|fighters?|militia(?:s|men)?|jets?|warplanes?|aircraft|"
    r"planes?|helicopters?|drones?|tanks?|artillery|commandos?|units?|gunboats?|frigates?|navy|air\s+force|"
    r"bombers?|paratroopers?|police|policem[ae]n|officers?|commanders?|warships?|air\s*[\s\-]?strikes?|airstrikes?|"
    r"shelling|bombardment|missiles?|rockets?|gunships?|f-\d+s?|su-\d+s?|mig-\d+s?|tornados?|rafales?|strikes|raids|air\s+defen[cs]es?|"
    r"border\s+guards?|gendarmes?|gendarmerie|coast\s*guards?|strike)"
)

# states a pack may list as a coalition's `members` (no actor of their own): their aircraft are the coalition's
MEMBER_DEMONYMS = {
    "french": "FR", "british": "GB", "raf": "GB", "royal air force": "GB", "jordanian": "JO", "australian": "AU", "canadian": "CA",
    "danish": "DK", "dutch": "NL", "belgian": "BE", "saudi": "SA", "emirati": "AE", "bahraini": "BH",
}
_AIR_NOUNS = (r"(?:jets?|warplanes?|aircraft|planes?|bombers?|drones?|(?:c|cf)?f-\d+s?|tornados?|rafales?|"
              r"(?:super\s+)?hornets?|typhoons?|reapers?|air\s+force|air\s*[\s\-]?strikes?|airstrikes?)")


@dataclass(slots=True)
class _Pattern:
    """What a matched phrase names: one or several (ambiguous) actors, or a person."""

    actors: tuple[str, ...]  # one actor, or several when ambiguous
    kind: str  # "alias" | "description" | "demonym" | "person"
    person: PersonInfo | None = None


_MATCH_END = re.Match.end
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# the demonyms as one alternation, the longest first (a demonym that begins a longer one is tried after it)
_DEMONYM_CHOICE = "|".join(sorted((re.escape(d) for d in DEMONYMS), key=len, reverse=True))
_AND_DEMONYM = re.compile(r"\s+and\s+(?:kurdish|government|regime|" + _DEMONYM_CHOICE + r")\b")
_GOVERNMENT_AND_DEMONYM = re.compile(r"\b(government|regime)\s+and\s+(?:" + _DEMONYM_CHOICE + r")\s+(?:[a-z\-]+\s+)?"
                                     r"(?:jets|warplanes|aircraft|planes|helicopters|bombers|forces|troops|artillery)\b")
_TOWN_OF = re.compile(r"\b(?:(?:town|village|city|district|suburb)\s+of|in|near|into|outside)\s+$", re.I)
_DISGUISE = re.compile(r"\b(?:wearing|dressed\s+in|disguised\s+in|in)\s+(?:stolen\s+|fake\s+)?$", re.I)
_UNIFORMS = re.compile(r"\s+(?:uniforms?|fatigues)\b", re.I)
# "in the uniform of the Rafidi Hashd", "wearing the uniforms of the Iraqi army": whose uniform, before the side
_UNIFORM_OF = re.compile(r"\b(?:in|wearing|dressed\s+in|disguised\s+in)\s+(?:the\s+)?(?:stolen\s+|fake\s+)?(?:uniforms?|fatigues)"
                         r"\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)
# a coalition that is not the pack's US-led one: "the Nusra-linked coalition", "a rebel coalition", "the coalition
# Jaish al-Fatah" (its own name follows)
_OTHER_COALITION_BEFORE = re.compile(r"(?:-linked|-allied|-dominated|-led|\brebel|\bIslamist|\bopposition|\bjihadist|"
                                     r"\binsurgent|\bmilitant|\bumbrella|\bKurdish|\bArab|\btribal|\bSunni|\bShi'?ite|"
                                     r"\bShia|\blocal|\bnew)\s+$")
_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?(?:al-|[A-Z][a-z])(?!\w*day\b)")
_MADE_BY = re.compile(r"-(?:built|made|designed|supplied|manufactured|era)\b")
_NUMBERED_UNIT = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:(?:Armou?red|Infantry|Mechani[sz]ed|Army|Commando|"
                            r"Special\s+Forces|Motori[sz]ed)\s+)?(?:Division|Brigade|Regiment|Corps)\b")
_NUMBERED_UNIT_ASCII = ascii_twin(_NUMBERED_UNIT)  # (on an ASCII text: the engine tries only at digits)
# every match of _NUMBERED_UNIT ends with one of these words, as written (the pattern is case-sensitive): a text
# without any, most, is not scanned (four substring searches cost far less than the engine's scan of every digit)
_UNIT_NOUNS = ("Division", "Brigade", "Regiment", "Corps")
_BELIEVED_TO_BE = re.compile(r"\s*,?\s+(?:(?:widely|probably|likely)\s+)?(?:believed|thought|suspected|presumed|assumed)\s+to\s+"
                             r"(?:be|have\s+been)\b", re.I)
_FLYING_FOR = re.compile(r"\s+(?:flying|operating|fighting|striking)\s+(?:for|with|under|on\s+behalf\s+of)\s+(?:the\s+)?")
_OF_SIDE = re.compile(r"\s+of\s+(?:the\s+)?")
_OF_A_TRIBE = re.compile(r"\s+(?:from|of)\s+the\s+(?:[A-Z][\w\-']*\s+){1,3}(?:tribe|clan)s?\b")
_BARE_FORCE = re.compile(r"(?i:gunmen|gunman|fighters|militants|militiamen|paramilitaries|jihadists|insurgents|troops|soldiers|forces)")
_THE_BARE_FORCE = re.compile(r"(?:[Tt]he\s+)?" + _BARE_FORCE.pattern)


_GAPS = re.compile(r"[\s\-]+")
_WORD_AFTER_SPACE = re.compile(r"(?<=\s)\w")


def _key(phrase: str) -> str:
    return _GAPS.sub(" ", phrase.strip())


def _other_number(phrase: str) -> list[str]:
    """The phrase with its head noun in the other number, for the nouns of fighters and their weapons only ("the
    jihadist groups" are not one group, so other nouns keep the number the pack gives).

    >>> _other_number("regime helicopters"), _other_number("Syrian warplane"), _other_number("Shia militiamen")
    (['regime helicopter'], ['Syrian warplanes'], ['Shia militiaman'])
    >>> _other_number("the jihadist group"), _other_number("Kurdish police")
    ([], [])
    """
    head, _, last = phrase.rpartition(" ")
    other = _NUMBER.get(last)
    return [f"{head} {other}"] if head and other else []


# (not "jihadist", "militant", "extremist", "loyalist": their singular is also an adjective, "the jihadist groups")
_COUNT_NOUNS = ("fighter soldier warplane jet helicopter plane drone bomber tank commando adviser advisor militia "
                "airstrike strike gunboat warship paratrooper policeman:policemen militiaman:militiamen").split()
_NUMBER = {**{w.split(":")[0]: w.split(":")[-1] if ":" in w else w + "s" for w in _COUNT_NOUNS},
           **{(w.split(":")[-1] if ":" in w else w + "s"): w.split(":")[0] for w in _COUNT_NOUNS}}


def _phrase_regex(phrase: str, case_sensitive: bool) -> str:
    words = [re.escape(w) for w in phrase.split()]
    body = r"[\s\-]+".join(words)
    return body if case_sensitive else f"(?i:{body})"


class ActorResolver:
    """Matches a theatre's actor aliases, descriptions and person names in text.

    >>> r = get_actor_resolver("syria-iraq")
    >>> [m.value for m in r.find("Daesh fighters attacked the town.") if m.kind == "actor"]
    ['Islamic State']
    """

    def __init__(self, theatre: Theatre):
        self.theatre = theatre
        self.by_name = {a.name: a for a in theatre.actors}
        entries: list[tuple[str, str, tuple[str, ...], str, PersonInfo | None]] = []
        for a in theatre.actors:
            entries.append((a.name, "alias", (a.name,), "cs", None))
            for al in a.aliases:
                # Short all-caps abbreviations ("IS", "SDF") must match in capitals only.
                entries.append((al, "alias", (a.name,), "cs" if al.isupper() or len(al) <= 4 else "ci", None))
            for d in a.descriptions:
                entries.append((d, "description", (a.name,), "ci", None))
        # "regime helicopters" in the pack also names "a regime helicopter", and "Syrian warplane" "Syrian
        # warplanes": every description gets its head noun's other number, unless the pack lists that phrase itself.
        listed = {_key(e[0]).casefold() for e in entries}
        entries += [(v, "description", actors, "ci", None) for d, kind, actors, _c, _p in list(entries)
                    if kind == "description" for v in _other_number(d) if _key(v).casefold() not in listed]
        for phrase, refs in theatre.ambiguous.items():
            entries.append((phrase, "description", tuple(refs), "ci", None))
        for phrase, refs in theatre.anaphoric.items():
            # (a capital makes a name of it: "the Front" is the Nusra Front of the story, "the front" a front line)
            case = "cs" if any(c.isupper() for c in phrase) else "ci"
            entries.append((phrase, "description", tuple(refs), case, None))
        # Wire copy writes "U.S.-backed forces" where the pack says "US-backed forces": every phrase with "US"
        # also matches with "U.S." (case-sensitive, as "US" is).
        listed = {_key(e[0]).casefold() for e in entries}
        entries += [(v, kind, actors, "cs", person) for phrase, kind, actors, _c, person in list(entries)
                    if "US" in phrase and (v := re.sub(r"(?<![A-Za-z])US(?![A-Za-z])", "U.S.", phrase)) != phrase
                    and _key(v).casefold() not in listed]
        for p in theatre.persons:
            for n in [p.name, *p.aliases]:
                entries.append((n, "person", (), "cs", p))
        # One alternation over every phrase, longest first, so "Islamic State" beats "IS" and "Syrian rebels"
        # beats "Syrian"; a matched span is then looked up by its normalised text (one pass over the text).
        entries.sort(key=lambda e: -len(e[0]))
        self._cs: dict[str, _Pattern] = {}
        self._ci: dict[str, _Pattern] = {}
        # The alternation is split by first letter: at a word start only the phrases that can begin there are
        # tried (same order, so the same phrase wins), and one character-class scan finds the word starts.
        by_first: dict[str, list[str]] = {}
        first_chars: set[str] = set()
        # what every match of a phrase starts with: its first word, a gap, two letters of the next word
        # ("the\0ji" for "the jihadists"), or a one-word phrase's first four letters; "\0" is the [\s-]+ gap
        heads = {"ci": set(), "cs": set()}
        for phrase, kind, actors, case, person in entries:
            pat = _Pattern(actors, kind, person)
            key = _key(phrase)
            table = self._cs if case == "cs" else self._ci
            table.setdefault(key if case == "cs" else key.casefold(), pat)
            c = phrase.strip()[0]
            by_first.setdefault(c.lower(), []).append(_phrase_regex(phrase, case == "cs"))
            first_chars.update((c,) if case == "cs" else (c, c.lower(), c.upper()))
            words = phrase.split()
            head = f"{words[0]}\0{words[1][:2]}" if len(words) > 1 else words[0][:4]
            heads[case].add(head if case == "cs" else head.translate(_ASCII_LOWER) if head.isascii() else "")
        self._by_first = {c: re.compile(r"(?:" + "|".join(alts) + r")(?![\w\-])") for c, alts in by_first.items()}
        self._by_first_ascii = {c: ascii_twin(rx) for c, rx in self._by_first.items()}  # (for ASCII texts)
        # Word starts where a phrase could begin: tries of the phrases' heads, one scanned over the text lower-cased
        # in ASCII (same length, so same offsets) for the case-insensitive phrases, one over the text itself for
        # the others; a pack with non-ASCII heads falls back to a class of first letters.
        # Each is scanned as "a non-word character, then the head" (a match ends where the phrase may start),
        # plus a check at the text's start: the same word starts as a "(?<![\w\-])" before the head, but the scan
        # skips, at C speed, the word characters where no phrase can start.
        # (each with its ASCII twin, for ASCII texts)
        self._starts: list[tuple[re.Pattern[str], re.Pattern[str], bool, re.Pattern[str], re.Pattern[str]]] = []
        # With ASCII heads, one scan does for both: over the lower-cased text, of the case-insensitive heads and the
        # lower-cased case-sensitive ones (a case-sensitive head at a word start is there lower-cased too); each
        # word start it finds is then checked against the heads of each kind (anchored matches, a few per text).
        self._scan: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
        self._head_at: dict[bool, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {}
        bodies: list[tuple[str, bool]] = []
        if "" in heads["ci"]:
            bodies.append(("[" + "".join(re.escape(c) for c in sorted(first_chars)) + "]", False))
        elif heads["ci"] or heads["cs"]:
            gap = {"\0": r"[\s\-]+"}
            both = _trie_regex(sorted(heads["ci"] | {h.translate(_ASCII_LOWER) for h in heads["cs"]}), gap)
            scan, scan_at_start = re.compile(r"[^\w\-](?=" + both + ")"), re.compile(both)
            self._scan = (scan, scan_at_start, ascii_twin(scan), ascii_twin(scan_at_start))
            ci, cs = (re.compile(_trie_regex(sorted(heads[c]), gap)) if heads[c] else None for c in ("ci", "cs"))
            self._head_at = {False: (ci, cs), True: (ci and ascii_twin(ci), cs and ascii_twin(cs))}
        for body, lower in bodies:
            rx, at_start = re.compile(r"[^\w\-](?=" + body + ")"), re.compile(body)
            self._starts.append((rx, at_start, lower, ascii_twin(rx), ascii_twin(at_start)))
        country_actor: dict[str, str] = {}
        for a in theatre.actors:
            if a.country and a.kind in ("state force", "foreign force") and a.country not in country_actor:
                country_actor[a.country] = a.name
        self.country_actor = country_actor
        self._coalition_of = {a.name: a.coalition for a in theatre.actors if a.coalition}
        # "the 9th Armoured Division", "the 4th Division": a numbered army unit is a theatre state's army, the one
        # of the country where it acts
        self._armies = [country_actor[c] for c in theatre.countries if c in country_actor]
        # scanned over the text lower-cased in ASCII, so without re.I (several times faster; same offsets)
        self._demonym = re.compile(rf"\b({_DEMONYM_CHOICE})(?:-led)?\s+(?:[a-z0-9\-]+\s+){{0,2}}?{FORCE_NOUNS}\b")  # ("mi-8")
        self._demonym_ascii = ascii_twin(self._demonym)
        # "Danish F-16s", "two RAF Tornado jets": a member state's aircraft are its coalition's
        self._member_actor = {c: a.name for a in theatre.actors for c in a.members}
        members = "|".join(re.escape(d) for d, c in sorted(MEMBER_DEMONYMS.items(), key=lambda x: -len(x[0]))
                           if c in self._member_actor)
        self._member_air = re.compile(rf"\b({members})\s+(?:[a-z0-9\-]+\s+){{0,2}}?{_AIR_NOUNS}\b") if members else None
        self._member_air_ascii = ascii_twin(self._member_air) if self._member_air is not None else None
        # (a gate: every match starts with one of these words, so a text without them is not scanned)
        self._member_words = tuple(d for d, c in MEMBER_DEMONYMS.items() if c in self._member_actor)

    def find(self, text: str) -> list[Mention]:
        """Actor and person mentions in ``text``, non-overlapping, sorted by position.

        Actor mentions carry the canonical name in ``value`` (or ``None`` with ``candidates`` when the phrase is
        ambiguous in this theatre); person mentions carry a :class:`~frontwatch.theatre.PersonInfo`.
        """
        taken = bytearray(len(text) + 1)
        out: list[Mention] = []

        def free(s: int, e: int) -> bool:
            return not any(taken[s:e])

        def take(s: int, e: int) -> None:
            taken[s:e] = b"\x01" * (e - s)

        low = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)  # (the same on an ASCII text, faster)
        for m in self._longest_matches(text, low):
            s, e = m.span()
            if _MADE_BY.match(text, e) or (text[max(0, s - 7):s].lower() == "former " and text[e:e + 5] == " base") \
                    or _DISGUISE.search(text, max(0, s - 20), s) and _UNIFORMS.match(text, e) \
                    or _UNIFORM_OF.search(text, max(0, s - 50), s):
                continue  # "US-built", "a former US base", "wearing Iraqi army uniforms": no party
            if m.group(0) == "coalition" and (_OTHER_COALITION_BEFORE.search(text, max(0, s - 24), s)
                                              or _NAMED_AFTER.match(text, e)):
                continue  # "the Nusra-linked coalition Jaish al-Fustat": an alliance of its own, not the US-led one
            key = _key(m.group(0))
            p = self._cs.get(key) or self._ci.get(key.casefold())
            if p is None:
                continue
            if p.kind == "alias" and m.group(0) == "IS" and not self._is_is(text, s, e):
                continue
            if p.kind == "person" and _TOWN_OF.search(text, max(0, s - 20), s) and text[e:e + 2] not in ("'s", "’s"):
                continue  # "the town of al-Baghdadi", "in al-Baghdadi": a place named like a person (not "in Assad's")
            take(s, e)
            if p.kind == "person":
                out.append(Mention(m.group(0), s, e, "person", p.person, 1.0))
            elif len(p.actors) == 1:
                out.append(Mention(m.group(0), s, e, "actor", p.actors[0], 1.0 if p.kind == "alias" else 0.8))
            else:
                out.append(Mention(m.group(0), s, e, "actor", None, 0.6, list(p.actors)))
        for m in _GOVERNMENT_AND_DEMONYM.finditer(low):
            # "Government and Russian jets answered with raids": the first a side of its own, as "regime forces" or
            # "government forces" are (the second is read on its own)
            s, e = m.span(1)
            p = self._ci.get(_key(f"{m.group(1)} forces").casefold())
            if p is None or not free(s, e):
                continue
            take(s, e)
            out.append(Mention(text[s:e], s, e, "actor", p.actors[0] if len(p.actors) == 1 else None, 0.8,
                               [] if len(p.actors) == 1 else list(p.actors)))
        demonym = self._demonym_ascii if low.isascii() else self._demonym
        for m in demonym.finditer(low):
            s, e = m.span()
            if _DISGUISE.search(text, max(0, s - 20), s) and _UNIFORMS.match(text, e) or _UNIFORM_OF.search(
                    text, max(0, s - 50), s):
                continue  # "some wearing Iraqi army uniforms", "in the uniforms of the Iraqi army"
            actor = self.country_actor.get(DEMONYMS[m.group(1)])
            e1 = m.end(1)
            if actor and (both := _AND_DEMONYM.match(low, e1)) and free(s, e1):
                # "Iraqi and Kurdish forces": the first is a side of its own, the second is read on its own
                take(s, e1)
                out.append(Mention(text[s:e1], s, e1, "actor", actor, 0.8))
                # ("Russian and Syrian aircraft": the second, which the first's match swallowed, read here)
                s2 = both.end() - len(both.group(0).split()[-1])
                if (m2 := demonym.match(low, s2)) is not None and free(*m2.span()) and (
                        second := self.country_actor.get(DEMONYMS[m2.group(1)])):
                    take(*m2.span())
                    out.append(Mention(text[m2.start():m2.end()], m2.start(), m2.end(), "actor", second, 0.8))
                continue
            if actor and low[m.end(1):m.end(1) + 4] == "-led":
                # "US-led warplanes": the coalition the state leads
                actor = self._coalition_of.get(actor, actor)
            if actor and not free(s, e) and all(x.value is None and s <= x.start and x.end <= e
                                                for x in out if x.start < e and s < x.end):
                # "US-led warplanes": the bare "warplanes" inside would be guessed from the story
                out = [x for x in out if not (x.start < e and s < x.end)]
                taken[s:e] = bytes(e - s)
            if not free(s, e):
                if actor is None:
                    # "Lebanese troops": a country the pack has no force for; "troops" alone would be guessed
                    # among the theatre's armies, so an ambiguous phrase inside the match is dropped
                    out = [x for x in out if not (x.value is None and s <= x.start and x.end <= e)]
                continue
            if actor:
                take(s, e)
                out.append(Mention(text[s:e], s, e, "actor", actor, 0.8))
        if self._member_air is not None and any(w in low for w in self._member_words):
            for m in (self._member_air_ascii if low.isascii() else self._member_air).finditer(low):
                s, e = m.span()
                if free(s, e):
                    take(s, e)
                    out.append(Mention(text[s:e], s, e, "actor", self._member_actor[MEMBER_DEMONYMS[m.group(1)]], 0.8))
        if self._armies and any(map(text.__contains__, _UNIT_NOUNS)):
            for m in (_NUMBERED_UNIT_ASCII if text.isascii() else _NUMBERED_UNIT).finditer(text):
                s, e = m.span()
                if free(s, e):
                    take(s, e)
                    out.append(Mention(m.group(0), s, e, "actor", None, 0.6, list(self._armies)))
        out.sort(key=lambda m: m.start)
        # "Warplanes of the US-led coalition", "fighters of the Islamic State": a force noun that the pack reads
        # several ways, followed by the side it belongs to, is that side (one mention)
        for i in range(len(out) - 2, -1, -1):
            m, nxt = out[i], out[i + 1]
            # ("the militants of Jabhat al-Nusra": a bare force noun the pack reads as its default group, too)
            if m.kind == "actor" and (m.value is None or _THE_BARE_FORCE.fullmatch(m.text)) and (
                    nxt.kind == "actor" and nxt.value is not None and _OF_SIDE.fullmatch(text, m.end, nxt.start)):
                out[i:i + 2] = [Mention(text[m.start:nxt.end], m.start, nxt.end, "actor", nxt.value, nxt.score)]
            elif m.kind == "actor" and nxt.kind == "actor" and nxt.value is not None and (
                    self._coalition_of.get(m.value) == nxt.value) and _FLYING_FOR.fullmatch(text, m.end, nxt.start):
                # "American B-52 bombers flying for the coalition": the coalition's aircraft
                out[i] = Mention(m.text, m.start, m.end, "actor", nxt.value, m.score)
        # "Warplanes believed to be Russian": a guess the report does not make its own, no side named
        out = [m for m in out if not (m.kind == "actor" and m.value is None and _BELIEVED_TO_BE.match(text, m.end))]
        # "Islamic State gunmen", "Hezbollah fighters": a bare force noun right after a named side is that side's
        # people, not another actor ("gunmen" alone is the pack's unidentified armed group)
        # "Gunmen from the Albu Nimr tribe": armed men of a tribe are the pack's tribal fighters, if it has them
        tribal = self._tribal_actor
        if tribal is not None:
            for i, m in enumerate(out):
                if m.kind == "actor" and _BARE_FORCE.fullmatch(m.text) and _OF_A_TRIBE.match(text, m.end):
                    out[i] = Mention(m.text, m.start, m.end, "actor", tribal, m.score)
        return [m for i, m in enumerate(out) if not (
            i and m.kind == "actor" and out[i - 1].kind == "actor" and out[i - 1].value is not None
            and text[out[i - 1].end:m.start] == " " and _BARE_FORCE.fullmatch(m.text))]

    @functools.cached_property
    def _tribal_actor(self) -> str | None:
        """The actor the pack calls "tribal fighters" (None when it has none)."""
        return next((a.name for a in self.theatre.actors if "tribal fighters" in (d.lower() for d in a.descriptions)),
                    None)

    def _longest_matches(self, text: str, low: str) -> list[re.Match[str]]:
        """Left-to-right matches, where a longer phrase starting inside a match wins ("the Army of Conquest"
        is "Army of Conquest", not "the army")."""
        out: list[re.Match[str]] = []
        pos = 0
        starts: set[int] = set()
        asc = text.isascii()
        if self._scan is not None:
            scan, scan_at_start = self._scan[2:] if asc else self._scan[:2]
            ci, cs = self._head_at[asc]
            found = list(map(_MATCH_END, scan.finditer(low)))
            if scan_at_start.match(low):
                found.append(0)
            starts.update(i for i in found
                          if (ci is not None and ci.match(low, i)) or (cs is not None and cs.match(text, i)))
        for rx, at_start, lower, rx_ascii, at_start_ascii in self._starts:
            if asc:
                rx, at_start = rx_ascii, at_start_ascii
            scanned = low if lower else text
            starts.update(map(_MATCH_END, rx.finditer(scanned)))
            if at_start.match(scanned):
                starts.add(0)
        for i in sorted(starts):
            if i < pos:
                continue
            m = self._match_at(text, i)
            if m is None:
                continue
            for w in _WORD_AFTER_SPACE.finditer(text[m.start():m.end()]):  # after a hyphen no phrase starts
                m2 = self._match_at(text, m.start() + w.start())
                if m2 is not None and m2.end() > m.end():
                    m = m2
                    break
            out.append(m)
            pos = m.end()
        return out

    def _match_at(self, text: str, i: int) -> re.Match[str] | None:
        """The first phrase (longest first) matching at word start ``i``."""
        rx = (self._by_first_ascii if text.isascii() else self._by_first).get(text[i].lower())
        return rx.match(text, i) if rx is not None else None

    @staticmethod
    def _is_is(text: str, s: int, e: int) -> bool:
        # "IS" the group vs a shouted "IS" or the verb at sentence start in all-caps headlines.
        before = text[max(0, s - 12):s]
        return not re.search(r"[A-Z]{3,}\s*$", before)


@functools.lru_cache(maxsize=8)
def get_actor_resolver(theatre: str) -> ActorResolver:
    """The (cached) resolver of a theatre pack by name."""
    return ActorResolver(load_theatre(theatre))
