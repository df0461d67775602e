"""Sentence and clause splitting with exact offsets."""

from __future__ import annotations

import pytest

from frontwatch.nlp import split_clauses, split_sentences
from frontwatch.records import Sentence


def texts(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    return [s.text for s in out]


def test_basic_split_and_offsets() -> None:
    text = "  IS retreated.  Kurds advanced!   Did it hold? Yes."
    assert texts(text) == ["IS retreated.", "Kurds advanced!", "Did it hold?", "Yes."]
    assert split_sentences(text)[1].start == text.index("Kurds")


def test_dateline_stays_one_sentence() -> None:
    text = "BEIRUT - Islamic State said on Tuesday that Adnani had been killed. The group confirmed it."
    assert texts(text)[0] == "BEIRUT - Islamic State said on Tuesday that Adnani had been killed."


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Gen. Votel in Baghdad.",
        "Lt. Col. Brown and Maj. Gen. Gersten spoke.",
        "Brig. Gen. Yahya Rasool and Dr. Ali and Capt. Reed spoke.",
        "He prayed at St. George church on Jan. 5 with Sgt. Lee.",
        "President George W. Bush spoke.",
        "Fighting rose 2.5 percent at No. 4 checkpoint.",
        "The U.S. envoy met U.N. officials.",
        "It struck at 5 a.m. local time, vs. the usual dawn raids.",
        "They took arms, vehicles, etc. from the depot.",
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert texts(text) == [text]


def test_acronym_before_sentence_opener_splits() -> None:
    assert texts("Jets were sent by the U.S. The group fled.") == [
        "Jets were sent by the U.S.",
        "The group fled.",
    ]
    assert texts("It began at 3 p.m. The army advanced.") == ["It began at 3 p.m.", "The army advanced."]


def test_quote_ends_sentence() -> None:
    assert texts('He said: "We won." The army advanced.') == ['He said: "We won."', "The army advanced."]


def test_quote_followed_by_attribution_does_not_split() -> None:
    assert texts('"We will fight on!" he said.') == ['"We will fight on!" he said.']


def test_newlines_always_end_sentences() -> None:
    text = "Iraqi army retakes Hit\n\nBAGHDAD - Troops entered the town\non Thursday."
    assert texts(text) == ["Iraqi army retakes Hit", "BAGHDAD - Troops entered the town", "on Thursday."]


def test_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n  ") == []


def _clauses(text: str, start: int = 0) -> list[Sentence]:
    article = " " * start + text
    out = split_clauses(Sentence(text, start, start + len(text)))
    for c in out:
        assert article[c.start : c.end] == c.text
    return out


def test_clauses_split_at_comma_and() -> None:
    text = (
        "Turkish tanks drove the militants out of Jarabulus last week, and Kurdish-led fighters took Manbij "
        "from them earlier this month after a siege lasting more than two months."
    )
    got = [c.text for c in _clauses(text, start=40)]
    assert got == [
        "Turkish tanks drove the militants out of Jarabulus last week",
        "and Kurdish-led fighters took Manbij from them earlier this month",
        "after a siege lasting more than two months.",
    ]


def test_clauses_offsets_are_article_offsets() -> None:
    out = _clauses("IS fled the town; the army moved in while jets bombed the road.", start=7)
    assert [c.start for c in out] == [7, 25, 43]


def test_clauses_keep_lists_and_time_after() -> None:
    listing = "The army, police, and Sunni tribal fighters took part in the assault."
    assert [c.text for c in _clauses(listing)] == [listing]
    timed = "The blast came a day after Turkish-backed rebels captured the centre of al-Bab."
    assert [c.text for c in _clauses(timed)] == [timed]


def test_clauses_split_but_and_while() -> None:
    text = "The army took the west bank of the city, but fighting continued in the east, while jets struck the road."
    assert [c.text for c in _clauses(text)] == [
        "The army took the west bank of the city",
        "but fighting continued in the east",
        "while jets struck the road.",
    ]
