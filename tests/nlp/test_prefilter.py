"""The literal gates must never hide a match: gated and plain regexes agree on every text."""

from __future__ import annotations

import random
import re

import pytest

from frontwatch.extract import load_patterns
from frontwatch.nlp.prefilter import Gate, fold_for_gate, literal_alternatives, required_literals

SENTENCES = [
    "Kurdish forces retook Sinjar on November 13th, cutting Highway 47.",
    "A coalition AIR STRIKE killed the group's finance chief last month.",
    "Government troops shelled the rebel-held district and clashed with fighters.",
    "The army said it had not captured the town, and denied that it planned to attack.",
    "Protesters rallied in the square; police fired tear gas to disperse them.",
    "A suicide car bomber blew himself up at a checkpoint near Baiji.",
    "Nothing happened here at all.",
    "",
    "İstanbul, Kılıç and the ſtrong Kelvin K: odd letters that change under case folding.",
    "A counter-attack retook al-Bab; air-strikes hit (re)captured towns, a self-detonated SVBIED killed 12.",
    "They died in the landmine-strewn fields, the Thailand-born fighter said, after IS-held Raqqa fell.",
]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bshell(?:ed|ing)\b", {" shelled", " shelling"}),  # a run and the branch after it, joined; at \b
    (r"air\s*strikes?|shelling", {"strike", "shelling"}),  # a pattern's start is no word start without \b
    (r"x(?:took|seized)\s+(?:control\s+of\s+)?", {"xtook", "xseized"}),
    (r"x(?:took|take[ns]?|taking)", {"xtook", "xtake", "xtaking"}),  # not the factored "ook"/"ake"
    (r"(?:foo)?bar", {"bar"}),  # after an optional word, not a word start
    (r"\bkilled\s+(?:at\s+least\s+)?civilians", {" civilians"}),
    (r"\bcease-fire", {" cease fire"}),  # non-word characters are spaces, as in fold_for_gate
])
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern, re.I) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r"(?:took|)\s+x?", r"(?:abc)*", r"[A-Z][a-z]+", r"(?=killed)"])
def test_nothing_required(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_literals_are_lower_case_even_outside_ignorecase() -> None:
    assert required_literals(r"Highway \d+") == {"highway "}


def test_word_start_literal_needs_a_word_start() -> None:
    g = Gate(re.compile(r"\bIED\b", re.I))
    assert g.search("an IED exploded") is not None
    assert not g.could_match(fold_for_gate("he died"))  # " ied" is not in " he died"
    assert g.search("he died") is None


def test_every_trigger_gated_equals_plain() -> None:
    pats = load_patterns()
    gates = [Gate(t.regex) for t in pats.triggers] + [pats.irrealis_before, pats.irrealis_anywhere, pats.hedges]
    rng = random.Random(3)
    words = " ".join(SENTENCES).split()
    texts = SENTENCES + [" ".join(rng.choice(words) for _ in range(rng.randint(3, 25))) for _ in range(300)]
    for g in gates:
        for text in texts:
            plain = [m.span() for m in g.regex.finditer(text)]
            assert [m.span() for m in g.finditer(text)] == plain, (g.regex.pattern[:60], text)
            assert (g.search(text) is None) == (not plain)


def test_live_triggers_keep_every_trigger_that_matches() -> None:
    pats = load_patterns()
    for text in SENTENCES:
        live = {t.id for t in pats.live_triggers(fold_for_gate(text))}
        matching = {t.id for t in pats.triggers if t.regex.search(text)}
        assert matching <= live
    # and the gate does prune: a sentence with no trigger words leaves few candidates
    assert len(pats.live_triggers(fold_for_gate("Nothing happened here at all."))) < len(pats.triggers) // 2


def test_clause_triggers_keep_every_trigger_that_matches() -> None:
    pats = load_patterns()
    rng = random.Random(5)
    words = " ".join(SENTENCES).split()
    texts = SENTENCES + [" ".join(rng.choice(words) for _ in range(rng.randint(3, 25))) for _ in range(300)]
    for text in texts:
        kept = {t.id for t in pats.clause_triggers(text, pats.triggers)}
        matching = {t.id for t in pats.triggers if t.regex.search(text)}
        assert matching <= kept, text
    # and the alternatives prune more than the sentence's gate: "was" alone no longer keeps "was hit by"
    text = "The convoy was stopped at the border."
    assert len(pats.clause_triggers(text, pats.triggers)) < len(pats.live_triggers(fold_for_gate(text)))


def test_literal_alternatives_answer_as_the_pattern_on_ascii() -> None:
    from frontwatch.extract import rules

    assert literal_alternatives(re.compile(r"kill|\b(?:storm|raid)|\bclash", re.I)) == ("kill", " storm", " raid", " clash")
    for pattern in [r"kill(?:ed)?", r"\bkill\s", r"kil+", r"a|", r"\b(?:a|b)c"]:
        assert literal_alternatives(re.compile(pattern, re.I)) is None, pattern
    assert literal_alternatives(re.compile(r"kill|bomb")) is None  # (case-sensitive: not what folding compares)
    assert rules._HINT_WORDS is not None
    rnd = random.Random(3)
    words = [*rules._HINT_WORDS, "skill", "re-took", "Storm", "un", "  ", "-", "_", "1", "."]
    texts = SENTENCES + [s.swapcase() for s in SENTENCES]
    texts += ["".join(rnd.choice(words) + rnd.choice(["", " ", "x", "_"]) for _ in range(rnd.randint(0, 6)))
              for _ in range(3000)]
    for s in texts + [t.upper() for t in texts[-500:]]:
        assert rules._trigger_hint(s) == bool(rules.TRIGGER_HINT.search(s)), s
