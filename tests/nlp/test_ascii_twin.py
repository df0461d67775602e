"""ASCII twins of patterns (nlp.prefilter.ascii_twin) match an ASCII string exactly as the pattern does."""

from __future__ import annotations

import random
import re

import pytest

import frontwatch.actors as actors
from frontwatch.extract import claims, fatalities, rules
from frontwatch.nlp import dates, sentences
from frontwatch.nlp.prefilter import Twinned, ascii_twin, search_twinned

_CHARS = [" ", "  ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "-", ",", ".", ";", "'", '"', "$",
          "%", "(", ")", "1", "12", "2015", "3,500", "_", "A", "k", "K", "s", "S", "i", "I"]


def _sig(m: re.Match[str] | None) -> tuple[tuple[int, int], ...] | None:
    return None if m is None else tuple(m.span(g) for g in range(m.re.groups + 1))


def _strings(rx: re.Pattern[str], n: int, seed: int = 0) -> list[str]:
    rnd = random.Random(seed)
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", rx.pattern))) or ["word"]
    return ["".join(rnd.choice(words) if rnd.random() < 0.45 else rnd.choice(_CHARS) for _ in range(rnd.randint(0, 30)))
            for _ in range(n)]


def _same(rx: re.Pattern[str], twin: re.Pattern[str], strings: list[str]) -> None:
    assert twin.groupindex == rx.groupindex and twin.groups == rx.groups
    for s in strings:
        assert [_sig(m) for m in twin.finditer(s)] == [_sig(m) for m in rx.finditer(s)], (rx.pattern, s)
        for i in range(0, len(s) + 1, 4):
            assert _sig(twin.match(s, i)) == _sig(rx.match(s, i)), (rx.pattern, s, i)


@pytest.mark.parametrize("pattern,flags", [
    (r"\s+", 0), (r"\S+", 0), (r"[^\s,]+", 0), (r"[\S]", 0), (r"\b(?:killed|died)\s+\w+", re.I),
    (r"[^\W\d_]+", 0), (r"(?<![\w\-])\d+(?:[.,]\d+)?\s*km\b", re.I), (r"(?P<a>x)?(?(a)\s|\S)", 0),
    # case spelt out (scoped flags both ways, negated and mixed classes) and the characters a match starts with
    (r"(?i:\bover\s+the\s+weekend)|\bIS\b", 0), (r"\b(?:kill|(?-i:[A-Z])[a-z]+|shell(?:ed|ing))\b", re.I),
    (r"[^a-cK]+s", re.I), (r"[A-z]{2}|[0-9a-f]+", re.I), (r"(?:re)?tak(?:e|en)\b|\bshell", re.I),
    (r"(?<=\s)attacked|(?<!who\s)battled|\b(?=\w)", re.I), (r"a*b?", re.I), (r"(?:the\s+)?(?:A|b)\w*", 0),
])
def test_twin_matches_like_the_pattern_on_ascii(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    twin = ascii_twin(rx)
    assert twin.flags & re.ASCII
    strings = _strings(rx, 300)
    _same(rx, twin, strings + [s.swapcase() for s in strings[:100]] + ["\x1c\x1d \t\n", "a\x1fb", "KILLED\x1cthem"])


def test_module_twins_match_like_their_patterns() -> None:
    pairs = [(p, t) for (p, _h), t in zip(dates._RULES, dates._ASCII_RULES, strict=True)]
    pairs += list(zip(fatalities.PATTERNS, fatalities._ASCII_PATTERNS, strict=True))
    pairs += [(rx, t) for (_m, rx), t in zip(claims.RULES, claims._ASCII_RULES, strict=True)]
    pairs += [(sentences._CLAUSE, sentences._CLAUSE_ASCII), (sentences._END, sentences._END_ASCII)]
    pairs.append((actors._NUMBERED_UNIT, actors._NUMBERED_UNIT_ASCII))
    pairs += [(v.regex, v.ascii) for v in vars(rules).values() if isinstance(v, Twinned)]
    for rx, twin in pairs:
        assert twin is not rx
        _same(rx, twin, _strings(rx, 25))


def test_no_twin_for_bytes_or_ascii_patterns() -> None:
    rx = re.compile(r"\w+", re.ASCII)
    assert ascii_twin(rx) is rx
    brx = re.compile(rb"\w+")
    assert ascii_twin(brx) is brx  # type: ignore[arg-type]


def test_twin_spells_out_case_and_knows_its_start() -> None:
    twin = ascii_twin(re.compile(r"\b(?:siege|blockade)\b", re.I))
    assert not twin.flags & re.IGNORECASE
    assert [m.group() for m in twin.finditer("A SIEGE, a Blockade; besieged")] == ["SIEGE", "Blockade"]
    # (a back-reference that ignores case cannot be spelt out: no twin)
    rx = re.compile(r"(a)\1", re.I)
    assert ascii_twin(rx) is rx


def test_twinned_runs_the_twin_on_ascii_only() -> None:
    rx = re.compile(r"\b(?P<w>shell(?:ed|ing))\b", re.I)
    tw = Twinned(rx)
    assert (tw.pattern, tw.flags, tw.groups, tw.groupindex) == (rx.pattern, rx.flags, rx.groups, rx.groupindex)
    for s in ["They SHELLED it, shelling on", "Shelled – déjà shelling", ""]:
        ran = tw.ascii if s.isascii() else rx
        assert tw.search(s, 1) is None or tw.search(s, 1).re is ran
        assert [_sig(m) for m in tw.finditer(s)] == [_sig(m) for m in rx.finditer(s)]
        assert tw.findall(s) == rx.findall(s) and tw.sub("x", s) == rx.sub("x", s)
        assert _sig(tw.match(s, 5)) == _sig(rx.match(s, 5)) and _sig(tw.fullmatch(s)) == _sig(rx.fullmatch(s))
    assert search_twinned(r"\bwithdr[ae]w", "they WITHDREW", re.I).span() == (5, 13)
    assert search_twinned(r"\bwithdr[ae]w", "ils ont withdrew – é", re.I).span() == (8, 16)
