"""Literal prefilters for regular expressions: skip a regex scan when the text lacks a word it needs.

Python's ``re`` cannot skip ahead in a case-insensitive pattern that starts with ``\\b``: it tries every position
of the text, so thirty trigger patterns cost thirty full scans of every clause. Most patterns can only match text
that contains one of a few literal strings ("strike", "shell", "captur"). :func:`required_literals` reads those
strings off the parsed pattern; :class:`Gate` checks them with plain substring tests on the lower-cased text and
runs the regex only when one is there. The gate is sound by construction: it never hides a match (it only says
"cannot match" when no required literal occurs), so results are exactly those of the ungated regex.
"""

from __future__ import annotations

import _sre
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _compiler as _RC  # (to compile a rewritten parse tree: see ascii_twin)
from re import _constants as C  # noqa: N812  (the opcodes of the parsed pattern)
from re import _parser as P  # noqa: N812
from typing import Any

_NONWORD = re.compile(r"\W")
# letters re.IGNORECASE folds that str.lower() does not, and every ASCII non-word character as a space (a table is
# several times faster than the regex, which is left for the non-ASCII rest)
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "K": "k", **{chr(c): " " for c in range(128) if _NONWORD.match(chr(c))}})
# the same, lower-casing too, for an ASCII text as bytes: str.translate looks each distinct character of a string up
# in the table's dict (a few hundred instructions each, most of the cost for a sentence), bytes.translate indexes
_FOLD_ASCII = bytes(ord(chr(c).lower().translate(_FOLD)) if c < 128 else c for c in range(256))


@functools.lru_cache(maxsize=512)  # a sentence is folded for triggers and again for claims: once is enough
def fold_for_gate(text: str) -> str:
    """``text`` the way gates compare it: lower-cased, each non-word character a space, a space in front.

    The mapping is character by character, so a literal of a pattern occurs in the folded text wherever it
    occurs in the text; a literal the pattern puts at a word start is looked for with a space in front.

    >>> fold_for_gate("Air-STRIKES, 2015")
    ' air strikes  2015'
    """
    if text.isascii():
        return " " + text.encode("ascii").translate(_FOLD_ASCII).decode("ascii")
    s = text.lower().translate(_FOLD)
    return " " + (s if s.isascii() else _NONWORD.sub(" ", s))


def _lit(chars: list[str], word_start: bool) -> str:
    """A literal run as gates look for it (see :func:`fold_for_gate`)."""
    s = _NONWORD.sub(" ", "".join(chars))
    return " " + s if word_start and chars and not _NONWORD.match(chars[0]) else s


def required_literals(pattern: re.Pattern[str] | str, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one (as :func:`fold_for_gate` writes the
    text), or None if none are known. A leading space marks a literal the pattern puts at a word start.

    >>> sorted(required_literals(r"\\b(?:air\\s*strikes?|shell(?:ed|ing))", re.I))
    [' shelled', ' shelling', 'strike']
    >>> required_literals(r"\\w+\\s+\\d+") is None
    True
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    req = _seq(P.parse(pattern, flags).data, False)
    return frozenset(req) if req else None


def required_clauses(pattern: re.Pattern[str] | str, flags: int = 0, limit: int = 3) -> tuple[frozenset[str], ...]:
    """Several requirements that all hold for every match: each is a set of strings one of which occurs.

    A sequence needs each of its parts, so the literal of every part is a clause of its own; the ``limit`` most
    selective are kept. Empty when nothing is known.

    >>> [sorted(c) for c in required_clauses(r"\\b(?:killed|died)\\s+\\d+\\s+(?:people|civilians)", re.I)]
    [[' civilians', ' people'], [' died', ' killed']]
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    found = {frozenset(c) for c in _all_of(P.parse(pattern, flags).data, False) if c}
    return tuple(sorted(found, key=lambda c: (-min(map(len, c)), len(c), sorted(c)))[:limit])


def alternative_clauses(pattern: re.Pattern[str] | str, flags: int = 0,
                        limit: int = 3) -> tuple[tuple[frozenset[str], ...], ...]:
    """The required clauses (:func:`required_clauses`) of each alternative of a pattern's top-level choice, with
    what stands before and after the choice: every match is a match of one alternative, so it holds a literal of
    each clause of that alternative. One entry for a pattern with no top-level choice.

    A trigger pattern is a choice of dozens of phrases; each phrase needs several words ("was" and "hit" and
    "by"), where the pattern as a whole needs only one of a hundred (see :class:`AlternativesIndex`).

    >>> [[sorted(c) for c in alt] for alt in alternative_clauses(r"\\b(?:was\\s+hit\\s+by|shelled)", re.I)]
    [[[' hit'], [' was'], [' by']], [[' shelled']]]
    """
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    items = list(P.parse(pattern, flags).data)
    alternatives = [items]
    for k, (op, av) in enumerate(items):
        if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2] and len(av[3].data) == 1:  # type: ignore
            op, av = av[3].data[0]  # type: ignore[index]  # ("(?:a|b)": a group that captures nothing)
        if op is C.BRANCH:
            alternatives = [items[:k] + list(alt.data) + items[k + 1:] for alt in av[1]]  # type: ignore[index]
            break
    out = []
    for alt in alternatives:
        found = {frozenset(c) for c in _all_of(alt, False) if c}
        out.append(tuple(sorted(found, key=lambda c: (-min(map(len, c)), len(c), sorted(c)))[:limit]))
    return tuple(out)


# Where a pattern is at a word start: the text start (fold_for_gate adds a space), after \b, after a non-word
# character. A literal run that begins there and with a word character needs a non-word character before it.
_AT_WORD_START = {C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BOUNDARY, C.AT_UNI_BOUNDARY, C.AT_LOC_BOUNDARY}
_NONWORD_CATEGORIES = {C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_NOT_WORD}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _nonword(op: object, av: object) -> bool:
    """Whether an item can only match non-word characters (a space, a hyphen, a class of those)."""
    if op is C.LITERAL:
        return bool(_NONWORD.match(chr(av)))  # type: ignore[arg-type]
    if op is C.IN:
        return all((o is C.LITERAL and _NONWORD.match(chr(a))) or (o is C.CATEGORY and a in _NONWORD_CATEGORIES)
                   for o, a in av)  # type: ignore[union-attr]
    return False


def _after(op: object, av: object, at_start: bool) -> bool:
    """Whether the position after an item is surely a word start, given whether the position before it was."""
    if op is C.AT:
        return at_start or av in _AT_WORD_START
    if op is C.SUBPATTERN:
        return _ends_at_word_start(av[-1].data, at_start)  # type: ignore[index]
    if op is C.BRANCH:
        return all(_ends_at_word_start(alt.data, at_start) for alt in av[1])  # type: ignore[index]
    if op in _REPEATS:
        lo, _, body = av  # type: ignore[misc]
        taken = _ends_at_word_start(body.data, False)  # whatever an iteration starts at
        return taken if lo >= 1 else taken and at_start
    return _nonword(op, av)


def _ends_at_word_start(items: Iterable[tuple[object, object]], at_start: bool) -> bool:
    for op, av in items:
        at_start = _after(op, av, at_start)
    return at_start


def _runs(items: Iterable[tuple[object, object]], at_start: bool) -> Iterable[tuple[str, object, object, bool]]:
    """Walk a sequence: yields ("run", literal, None, _) for each literal run and ("item", op, av, word_start)
    for each other item, with whether it begins at a word start."""
    run: list[str] = []
    run_start = at_start
    for op, av in items:
        if op is C.LITERAL:
            if not run:
                run_start = at_start
            run.append(chr(av).lower())  # type: ignore[arg-type]
            at_start = _after(op, av, at_start)
            continue
        if run:
            yield "run", _lit(run, run_start), "".join(run), run_start
            run = []
        yield "item", op, av, at_start
        at_start = _after(op, av, at_start)
    if run:
        yield "run", _lit(run, run_start), "".join(run), run_start


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _seq(items: Iterable[tuple[object, object]], at_start: bool) -> set[str] | None:
    """Requirement of a sequence: every element must match, so any one element's requirement holds."""
    best: set[str] | None = None
    prev: tuple[str, bool] | None = None  # the literal run right before the current item
    for kind, a, b, start in _runs(items, at_start):
        if kind == "run":
            best = _better(best, {a})  # type: ignore[arg-type]
            prev = (b, start)  # type: ignore[assignment]
            continue
        if prev is not None:
            best = _better(best, _joined(prev, a, b))
        best = _better(best, _one(a, b, start))
        prev = None
    return best


def _all_of(items: Iterable[tuple[object, object]], at_start: bool) -> list[set[str]]:
    """Every requirement a sequence imposes (a conjunction), one per part and per literal run."""
    out: list[set[str]] = []
    prev: tuple[str, bool] | None = None
    for kind, op, av, start in _runs(items, at_start):
        if kind == "run":
            out.append({op})  # type: ignore[arg-type]
            prev = (av, start)  # type: ignore[assignment]
            continue
        if prev is not None:
            joined = _joined(prev, op, av)
            if joined:
                out.append(joined)
        prev = None
        if op is C.SUBPATTERN:
            out += _all_of(av[-1].data, start)  # type: ignore[index]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            out += _all_of(av[2].data, start)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            out += _all_of(av.data, start)  # type: ignore[attr-defined]
        else:
            req = _one(op, av, start)
            if req:
                out.append(req)
    return out


def _lead(items: Iterable[tuple[object, object]]) -> str:
    """The literal text every match of a sequence starts with ("" if none)."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av).lower())  # type: ignore[arg-type]
            continue
        if op is C.SUBPATTERN and not out:
            return _lead(av[-1].data)  # type: ignore[index]
        break
    return "".join(out)


def _joined(prev: tuple[str, bool], op: object, av: object) -> set[str] | None:
    """A literal run and the branch right after it, as whole words: the parser factors "took|take" into
    "t(?:ook|ake)", which alone would leave only "ook" and "ake" to look for."""
    if op is not C.BRANCH:
        return None
    leads = [_lead(alt.data) for alt in av[1]]  # type: ignore[index]
    if not all(leads):
        return None
    run, start = prev
    return {_lit(list(run + lead), start) for lead in leads}


def _one(op: object, av: object, at_start: bool) -> set[str] | None:
    if op is C.SUBPATTERN:
        return _seq(av[-1].data, at_start)  # type: ignore[index]
    if op is C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            req = _seq(alt.data, at_start)
            if not req:
                return None  # an alternative needs nothing: neither does the branch
            out |= req
        return out
    if op in _REPEATS:
        lo, _, body = av  # type: ignore[misc]
        return _seq(body.data, at_start) if lo >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _seq(av.data, at_start)  # type: ignore[attr-defined]
    return None  # classes, any-char, anchors, lookarounds: no literal known


_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")


def literal_alternatives(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a case-insensitive pattern that is nothing but a choice of words, some at a word start
    ("kill|bomb|\\b(?:storm|raid)"), as :func:`fold_for_gate` writes them (" storm" at a word start); None for
    any other pattern. On an ASCII text the pattern matches exactly where one of them occurs in the folded text.

    >>> literal_alternatives(re.compile(r"kill|\\b(?:storm|raid)|\\bclash", re.I))
    ('kill', ' storm', ' raid', ' clash')
    >>> literal_alternatives(re.compile(r"kill(?:ed)?", re.I)) is None
    True
    """
    if not isinstance(rx.pattern, str) or not rx.flags & re.IGNORECASE:
        return None

    def alternatives(items: list[tuple[object, object]]) -> list[list[tuple[object, object]]]:
        if len(items) == 1 and items[0][0] is C.SUBPATTERN and items[0][1][:3] == (None, 0, 0):  # type: ignore[index]
            items = list(items[0][1][3].data)  # type: ignore[index]  # ("(?:...)" is often inlined by the parser)
        return [list(a.data) for a in items[0][1][1]] if len(items) == 1 and items[0][0] is C.BRANCH else [items]  # type: ignore

    def word(items: list[tuple[object, object]]) -> str | None:  # (ASCII word characters only: folding keeps them)
        chars = [chr(av) for op, av in items if op is C.LITERAL]  # type: ignore[arg-type]
        if not chars or len(chars) != len(items) or not all(_WORD_CHAR.fullmatch(c) for c in chars):
            return None
        return "".join(chars).lower()

    out: list[str] = []
    for items in alternatives(list(P.parse(rx.pattern, rx.flags).data)):
        start = bool(items) and items[0] == (C.AT, C.AT_BOUNDARY)
        words = [word(a) for a in alternatives(items[1:])] if start else [word(items)]
        if None in words:
            return None
        out += [" " + w if start else w for w in words]  # type: ignore[operator]
    return tuple(out)



def _live_for(hit: int, masks: Sequence[int], memo: dict[int, list[int]]) -> list[int]:
    """Indexes of the ``masks`` all of whose bits are in ``hit``, memoised in ``memo`` (up to 20,000 answers)."""
    out = memo.get(hit)
    if out is None:
        out = [i for i, m in enumerate(masks) if m & hit == m]
        if len(memo) < 20_000:
            memo[hit] = out
    return out

class Gate:
    """A compiled regex with its required literals: ``search``/``finditer`` skip texts that cannot match.

    >>> g = Gate(re.compile(r"\\bshell(?:ed|ing)\\b", re.I))
    >>> g.search("Rebels shelled the town.").group()
    'shelled'
    >>> g.search("Rebels attacked the town.") is None
    True
    """

    __slots__ = ("_clause_rxs", "ascii", "clauses", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.ascii = ascii_twin(regex)  # the same matches on an ASCII text, cheaper
        self.clauses = required_clauses(regex)
        # each clause as one pattern of its literals: a text is checked for all of them in one C-speed scan (a
        # clause often has a dozen literals or more, each a substring test of its own in a Python loop)
        self._clause_rxs = tuple(re.compile(trie_regex(sorted(clause))) for clause in self.clauses)

    def could_match(self, folded: str) -> bool:
        """False only when ``folded`` (see :func:`fold_for_gate`) lacks every literal of some required clause."""
        for rx in self._clause_rxs:
            if rx.search(folded) is None:
                return False
        return True

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        if not self.could_match(fold_for_gate(text) if folded is None else folded):
            return None
        return (self.ascii if text.isascii() else self.regex).search(text)

    def match(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """``regex.match(text)``: a match at the start holds the required literals as any match does."""
        if not self.could_match(fold_for_gate(text) if folded is None else folded):
            return None
        return (self.ascii if text.isascii() else self.regex).match(text)

    def finditer(self, text: str, folded: str | None = None) -> Iterable[re.Match[str]]:
        if not self.could_match(fold_for_gate(text) if folded is None else folded):
            return ()
        return (self.ascii if text.isascii() else self.regex).finditer(text)


class GateIndex:
    """Which of many gated patterns could match a text, from one C-speed scan for all their literals.

    Give it each pattern's required clauses (:func:`required_clauses`). The literals are compiled into a
    trie-shaped regex inside a lookahead, so the scan reports, at each position, the longest literal starting
    there (every literal inside a reported one is present too); each clause is a bit, and a pattern is live
    when all of its bits are hit.

    A text is read word by word (the words between its spaces): a literal without a space but perhaps a leading
    one lies within one word and the space before it, so the bits of a text are those of its words, each scanned
    once and remembered (prose repeats its words); literals with other spaces are looked for in the whole text.

    >>> idx = GateIndex([(frozenset({"shell"}),), (frozenset({"strike"}), frozenset({"air", "drone"})), ()])
    >>> idx.live("the shelling began"), idx.live("a drone strike"), idx.live("a strike")
    ([0, 2], [1, 2], [2])
    """

    __slots__ = ("_live", "_masks", "_rx", "_spaced", "_spaced_by_first", "_within", "_word_bits")

    def __init__(self, clause_lists: Iterable[tuple[frozenset[str], ...]]) -> None:
        lit_bits: dict[str, int] = {}
        self._masks: list[int] = []
        bit = 1
        for clauses in clause_lists:
            mask = 0
            for clause in clauses:
                for lit in clause:
                    lit_bits[lit] = lit_bits.get(lit, 0) | bit
                mask |= bit
                bit <<= 1
            self._masks.append(mask)
        self._index_literals(lit_bits)

    def _index_literals(self, lit_bits: dict[str, int]) -> None:
        """The scan's regex and tables for literals and the clause bits each of them hits."""
        lits = sorted(lit_bits)
        self._rx = re.compile("(?=(" + trie_regex(lits) + "))") if lits else None
        self._within: dict[str, int] = {}
        self._live: dict[int, list[int]] = {}  # the answer per set of hit bits (texts share few distinct sets)
        self._word_bits: dict[str, int] = {}  # the bits of " " + a word
        # literals with a space elsewhere than at their start: not within one word (and the first word of one that
        # starts with a space: a word of the text where it occurs, so a set look-up before the substring search)
        self._spaced = [(lit, bits, lit.split(" ")[1] if lit[0] == " " else None)
                        for lit, bits in lit_bits.items() if " " in lit[1:]]
        # (those with a first word, by that word: a text's words select the few to look for, by a set intersection
        # at C speed instead of a Python loop over them all; the others are looked for in every text)
        self._spaced_by_first: dict[str, list[tuple[str, int]]] = {}
        for lit, bits, first in self._spaced:
            if first is not None:
                self._spaced_by_first.setdefault(first, []).append((lit, bits))
        self._spaced = [(lit, bits, None) for lit, bits, first in self._spaced if first is None]  # type: ignore[misc]
        for x in lits:
            m = 0
            for lit in lits:
                if lit in x:
                    m |= lit_bits[lit]
            self._within[x] = m

    def live(self, folded: str) -> list[int]:
        """Indexes of the patterns whose every clause has a literal in ``folded`` (see :func:`fold_for_gate`).

        The list is shared between calls with the same hits: read it, do not change it.
        """
        return _live_for(self.hits(folded), self._masks, self._live)

    def hits(self, folded: str) -> int:
        """The bits of the clauses that have a literal in ``folded``."""
        hit = 0
        if self._rx is not None:
            words = folded.split(" ")
            if words[0]:  # (a text that does not start with a space: its first word has none before it)
                hit = self._bits(words[0])
            known = self._word_bits
            after = set(words[1:])
            # (each word's bits looked up and or-ed at C speed, map and reduce: a Python loop over the words
            # costs several times more; a word not seen before is scanned once and remembered)
            found = list(map(known.get, after))
            if None in found:
                for k, w in enumerate(after):  # (a set iterates in the same order while unchanged)
                    if found[k] is None:
                        found[k] = b = self._bits(" " + w)
                        if len(known) < 200_000:
                            known[w] = b
            hit = functools.reduce(operator.or_, found, hit)
            for lit, bits, _first in self._spaced:
                if lit in folded:
                    hit |= bits
            for first in self._spaced_by_first.keys() & after:
                for lit, bits in self._spaced_by_first[first]:
                    if lit in folded:
                        hit |= bits
        return hit

    def _bits(self, text: str) -> int:
        """The bits of every literal in ``text`` (one scan of the literals' regex)."""
        hit = 0
        within = self._within
        for lit in set(self._rx.findall(text)):  # type: ignore[union-attr]
            hit |= within[lit]
        return hit


class AlternativesIndex(GateIndex):
    """Which of a text's candidate patterns could match it, each pattern read as a choice of alternatives with
    required clauses of their own (:func:`alternative_clauses`): a pattern could match when every clause of one
    of its alternatives has a literal in the text. Finer than :class:`GateIndex`, which knows for a choice only
    that one of its alternatives' literals is needed ("was" for "was hit by", common in any text).

    ``hits`` reads a text once (as :class:`GateIndex` does: each distinct clause a bit; the last text's answer is
    kept); ``could_match`` then checks one pattern: only the alternatives whose first clause was hit are looked at.
    Given each pattern's own clauses too (``clause_lists``), ``live`` answers as a :class:`GateIndex` of them,
    from the same hits.

    >>> idx = AlternativesIndex([alternative_clauses(r"\\b(?:was\\s+hit\\s+by|shelled)", re.I)])
    >>> [idx.could_match(0, idx.hits(fold_for_gate(t))) for t in ("It was hit by a shell", "It was hit", "shelled")]
    [True, False, True]
    """

    __slots__ = ("_always", "_by_key", "_coarse", "_keys", "_last")

    def __init__(self, alternative_lists: Iterable[tuple[tuple[frozenset[str], ...], ...]],
                 clause_lists: Iterable[tuple[frozenset[str], ...]] = ()) -> None:
        bit_of: dict[frozenset[str], int] = {}  # a bit per distinct clause
        self._always: list[bool] = []  # patterns with an alternative that needs no literal
        self._keys: list[int] = []  # per pattern, the bits of its alternatives' first clauses
        self._by_key: list[dict[int, list[int]]] = []  # per pattern: first clause's bit -> masks of the alternatives
        for alternatives in alternative_lists:
            by_key: dict[int, list[int]] = {}
            always = not alternatives
            for clauses in alternatives:
                if not clauses:
                    always = True
                    continue
                bits = [bit_of.setdefault(c, 1 << len(bit_of)) for c in clauses]
                mask = 0
                for b in bits:
                    mask |= b
                by_key.setdefault(bits[0], []).append(mask)
            self._always.append(always)
            self._by_key.append(by_key)
            key_mask = 0
            for b in by_key:
                key_mask |= b
            self._keys.append(key_mask)
        self._masks: list[int] = []  # (for live: each pattern's own clauses)
        self._coarse = 0
        for clauses in clause_lists:
            mask = 0
            for c in clauses:
                mask |= bit_of.setdefault(c, 1 << len(bit_of))
            self._masks.append(mask)
            self._coarse |= mask
        lit_bits: dict[str, int] = {}
        for clause, b in bit_of.items():
            for lit in clause:
                lit_bits[lit] = lit_bits.get(lit, 0) | b
        self._last: tuple[str | None, int] = (None, 0)
        self._index_literals(lit_bits)

    def hits(self, folded: str) -> int:
        last = self._last  # (a sentence of one clause is read for live and for its clause; one read of the pair, so
        if folded is last[0]:  # threads sharing the index each get their own text's answer)
            return last[1]
        hit = GateIndex.hits(self, folded)
        self._last = (folded, hit)
        return hit

    def live(self, folded: str) -> list[int]:
        # (the clause bits of live only: fewer distinct answers to keep)
        return _live_for(self.hits(folded) & self._coarse, self._masks, self._live)

    def could_match(self, i: int, hit: int) -> bool:
        """Whether pattern ``i`` could match a text with the clause bits ``hit`` (see :meth:`hits`)."""
        if self._always[i]:
            return True
        keys = hit & self._keys[i]
        by_key = self._by_key[i]
        while keys:
            low = keys & -keys
            for mask in by_key[low]:
                if mask & hit == mask:
                    return True
            keys ^= low
        return False


def trie_regex(words: list[str], specials: dict[str, str] | None = None) -> str:
    """A regex matching exactly ``words``, factored by common prefixes, longest alternative first.

    ``specials`` maps a character to the regex it stands for (e.g. a gap ``"\\0"`` to ``[\\s\\-]+``).

    >>> trie_regex(["shell", "shelling", "strike"])
    's(?:hell(?:ing)?|trike)'
    """
    specials = specials or {}
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [specials.get(ch, re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# --------------------------------------------------------------------------------------- ASCII twins of patterns
# On an ASCII text, a pattern compiled with re.ASCII finds exactly what the Unicode pattern finds, except for \s
# and \S: Unicode's \s also holds the separators \x1c-\x1f. A twin is the pattern compiled with re.ASCII and
# every \s / \S spelt out as those exact sets of ASCII characters; it is several times cheaper where a pattern
# tests \w, \b or \d or ignores case (no Unicode look-ups per character).
#
# Two more rewrites make a twin cheaper still, neither changing what it matches on an ASCII text:
# - case is spelt out: under re.IGNORECASE each cased letter becomes the class of its two cases ("k" -> [kK]) and
#   each class gains the other case of its letters, and the flag is dropped. The engine then rejects a branch's
#   alternatives by their first class without entering each one ("\b(?:clash|fought|...)" tries thirty at every
#   word start), which it does only for case-sensitive items.
# - the characters a match can start with are given to the engine (its "charset prefix", which it works out itself
#   only for a pattern that starts with a plain character or class): it then skips at C speed every position
#   where no match can start, instead of trying the whole pattern there (a pattern that opens with \b, a
#   lookaround or an optional item gets none from the compiler).
_SPACE_ITEMS = [(C.RANGE, (9, 13)), (C.RANGE, (28, 32))]  # \t\n\v\f\r, \x1c-\x1f and " ": Unicode \s in ASCII
_NOT_SPACE_ITEMS = [(C.RANGE, (0, 8)), (C.RANGE, (14, 27)), (C.RANGE, (33, 127))]


def _spell_spaces(sub: P.SubPattern) -> None:
    """Replace, in place, \\s and \\S in a parsed pattern by the ASCII characters Unicode gives them."""
    data = sub.data
    for k, (op, av) in enumerate(data):
        if op is C.IN:
            items: list[tuple[object, object]] = []
            for iop, iav in av:  # type: ignore[union-attr]
                if iop is C.CATEGORY and iav is C.CATEGORY_SPACE:
                    items += _SPACE_ITEMS
                elif iop is C.CATEGORY and iav is C.CATEGORY_NOT_SPACE:
                    items += _NOT_SPACE_ITEMS
                else:
                    items.append((iop, iav))
            data[k] = (op, items)
        elif op is C.SUBPATTERN:
            _spell_spaces(av[-1])  # type: ignore[index]
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                _spell_spaces(alt)
        elif op in _REPEATS:
            _spell_spaces(av[2])  # type: ignore[index]
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _spell_spaces(av[1])  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            _spell_spaces(av)  # type: ignore[arg-type]
        elif op is C.GROUPREF_EXISTS:
            _spell_spaces(av[1])  # type: ignore[index]
            if av[2] is not None:  # type: ignore[index]
                _spell_spaces(av[2])  # type: ignore[index]
        elif op is C.CATEGORY:
            raise ValueError("a bare category")  # (the parser wraps categories in IN; never seen)


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern that matches an ASCII string exactly as ``rx`` does (same spans, same groups), only faster; ``rx``
    itself when no twin can be made. Use it only on strings for which ``str.isascii()`` holds.

    >>> twin = ascii_twin(re.compile(r"\\b(?:killed|died)\\s+\\w+", re.I))
    >>> twin.search("Five KILLED\\x1cyesterday").group(), bool(twin.flags & re.ASCII)
    ('KILLED\\x1cyesterday', True)
    """
    if not isinstance(rx.pattern, str) or rx.flags & (re.ASCII | re.LOCALE):
        return rx
    flags = (rx.flags & ~re.UNICODE) | re.ASCII
    try:
        tree = P.parse(rx.pattern, flags)
        _spell_spaces(tree)
        _spell_cases(tree, bool(flags & re.IGNORECASE))  # (and in a scope that ignores case: "(?i:...)")
        flags &= ~re.IGNORECASE
        tree.state.flags &= ~re.IGNORECASE
        return _compile_with_starts(tree, flags)
    # (RuntimeError: the engine's "invalid SRE code", should another Python lay out its info block differently from
    # 3.11's, which _compile_with_starts writes; the pattern itself is then used)
    except (re.error, ValueError, TypeError, AttributeError, IndexError, RuntimeError):
        return rx


class Twinned:
    """A compiled pattern that runs as its ASCII twin (:func:`ascii_twin`) on an ASCII string, as itself on any
    other: a stand-in for a module-level pattern scanned often (search, match, fullmatch, finditer, findall, sub).

    Whether a string is ASCII is a flag Python keeps on it, so the choice costs one method call; a match's ``re``
    is the pattern that ran, not the stand-in.

    >>> rx = Twinned(re.compile(r"\\bsiege\\b", re.I))
    >>> rx.search("under SIEGE").span(), rx.search("sous siège, siege").span()
    ((6, 11), (12, 17))
    """

    __slots__ = ("ascii", "flags", "groupindex", "groups", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.ascii = ascii_twin(regex)
        self.pattern, self.flags, self.groups, self.groupindex = regex.pattern, regex.flags, regex.groups, regex.groupindex

    def search(self, string: str, *pos: int) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.regex).search(string, *pos)

    def match(self, string: str, *pos: int) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.regex).match(string, *pos)

    def fullmatch(self, string: str, *pos: int) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.regex).fullmatch(string, *pos)

    def finditer(self, string: str, *pos: int) -> Iterator[re.Match[str]]:
        return (self.ascii if string.isascii() else self.regex).finditer(string, *pos)

    def findall(self, string: str, *pos: int) -> list[Any]:
        return (self.ascii if string.isascii() else self.regex).findall(string, *pos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self.ascii if string.isascii() else self.regex).sub(repl, string, count)


@functools.lru_cache(maxsize=128)
def _twinned(pattern: str, flags: int) -> Twinned:
    return Twinned(re.compile(pattern, flags))


def search_twinned(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """``re.search`` for a pattern written where it is used, run as its ASCII twin on an ASCII string (see
    :class:`Twinned`; each pattern is compiled once).

    >>> search_twinned(r"\\bwithdr[ae]w", "They WITHDREW", re.I).group()
    'WITHDREW'
    """
    return _twinned(pattern, flags).search(string)


_I = C.SRE_FLAG_IGNORECASE


def _other_case(c: int) -> int | None:
    """The other case of an ASCII letter (None for any other character)."""
    return c + 32 if 65 <= c <= 90 else c - 32 if 97 <= c <= 122 else None


def _with_cases(items: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """A class's items and the other case of each of its letters: on an ASCII text, the class the engine checks
    when it ignores case (a negated class is negated after the letters are added, as ignoring case does)."""
    out = list(items)
    for op, av in items:
        if op is C.LITERAL:
            other = _other_case(av)  # type: ignore[arg-type]
            if other is not None:
                out.append((C.LITERAL, other))
        elif op is C.RANGE:
            lo, hi = av  # type: ignore[misc]
            for first, last, shift in ((65, 90, 32), (97, 122, -32)):
                if max(lo, first) <= min(hi, last):
                    out.append((C.RANGE, (max(lo, first) + shift, min(hi, last) + shift)))
        elif op is not C.NEGATE and op is not C.CATEGORY:  # (ASCII categories hold both cases or neither)
            raise ValueError(f"a class item {op}")
    return out


def _spell_cases(sub: P.SubPattern, icase: bool) -> None:
    """Rewrite, in place, a parsed pattern so that it matches an ASCII text without re.IGNORECASE as it did with it
    (``icase``: whether case is ignored where ``sub`` stands); scoped flags lose the flag too."""
    data = sub.data
    for k, (op, av) in enumerate(data):
        if op is C.LITERAL or op is C.NOT_LITERAL:
            other = _other_case(av) if icase else None  # type: ignore[arg-type]
            if other is not None:
                items = [(C.LITERAL, av), (C.LITERAL, other)]
                data[k] = (C.IN, items if op is C.LITERAL else [(C.NEGATE, None), *items])
        elif op is C.IN:
            if icase:
                data[k] = (op, _with_cases(av))  # type: ignore[arg-type]
        elif op is C.SUBPATTERN:
            group, add, remove, body = av  # type: ignore[misc]
            _spell_cases(body, (icase or bool(add & _I)) and not remove & _I)
            data[k] = (op, (group, add & ~_I, remove & ~_I, body))
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                _spell_cases(alt, icase)
        elif op in _REPEATS:
            _spell_cases(av[2], icase)  # type: ignore[index]
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _spell_cases(av[1], icase)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            _spell_cases(av, icase)  # type: ignore[arg-type]
        elif op is C.GROUPREF_EXISTS:
            _spell_cases(av[1], icase)  # type: ignore[index]
            if av[2] is not None:  # type: ignore[index]
                _spell_cases(av[2], icase)  # type: ignore[index]
        elif op is C.GROUPREF and icase:
            raise ValueError("a back-reference that ignores case")  # (no twin: none in our patterns)
        elif op not in (C.AT, C.ANY, C.GROUPREF):
            raise ValueError(f"an item {op}")


def _starts(items: Iterable[tuple[object, object]]) -> tuple[list[tuple[object, object]], bool] | None:
    """The class items a match of a sequence can start with, and whether it can match the empty string; None when
    not known (a negated class, any character, a back-reference)."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # (zero-width: the next item starts the match)
        if op is C.LITERAL:
            return [*out, (C.LITERAL, av)], False
        if op is C.IN:
            if any(o is C.NEGATE for o, _ in av):  # type: ignore[union-attr]
                return None
            return [*out, *av], False  # type: ignore[misc]
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP or op is C.BRANCH or op in _REPEATS:
            if op is C.BRANCH:
                alts = [_starts(alt.data) for alt in av[1]]  # type: ignore[index]
            else:
                alts = [_starts((av if op is C.ATOMIC_GROUP else av[-1]).data)]  # type: ignore[index,union-attr]
            if any(a is None for a in alts):
                return None
            for first, _ in alts:  # type: ignore[misc]
                out += first
            if not (any(empty for _, empty in alts) or (op in _REPEATS and av[0] == 0)):  # type: ignore[index,misc]
                return out, False
            continue
        return None
    return out, True


def _compile_with_starts(tree: P.SubPattern, flags: int) -> re.Pattern[str]:
    """Compile a parsed pattern, telling the engine the characters its matches start with when the compiler would
    not (see above); the same code otherwise, so the same matches."""
    flags |= tree.state.flags
    lo, hi = tree.getwidth()
    starts = _starts(tree.data) if lo > 0 else None  # (a match that can be empty starts with no character)
    if starts is None or starts[1] or _RC._get_literal_prefix(tree, flags)[0] or _RC._get_charset_prefix(tree, flags):
        return _RC.compile(tree, flags)
    # the info block _RC._compile_info writes for a charset prefix: INFO, its length, flags, min/max width, the set
    code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, _RC.MAXCODE), min(hi, _RC.MAXCODE)]
    charset, hascased = _RC._optimize_charset(starts[0])
    if hascased:
        return _RC.compile(tree, flags)
    _RC._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    _RC._compile(code, tree.data, flags)
    code.append(C.SUCCESS)
    indexgroup = [None] * tree.state.groups
    for name, i in tree.state.groupdict.items():
        indexgroup[i] = name
    return _sre.compile(None, flags, code, tree.state.groups - 1, tree.state.groupdict, tuple(indexgroup))
