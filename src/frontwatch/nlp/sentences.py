"""Split article text into sentences and coordinate clauses, keeping exact character offsets.

Rules: a line break always ends a sentence (so headings and header lines without a full stop stand alone);
``.``/``!``/``?`` (with any closing quotes or brackets) end a sentence when followed by whitespace and an
upper-case letter, digit or opening quote — unless the word before is a title (Mr., Gen., Lt., Col., Dr., St.,
No., vs.), an initial ("George W. Bush"), or a month abbreviation before a number ("Jan. 5"). Dotted acronyms
(U.S., U.N., a.m., p.m., etc.) end a sentence only when the next word is a typical sentence opener ("The", "It").
The dateline dash ("BEIRUT - Islamic State said ...") never splits.
"""

from __future__ import annotations

import re

from frontwatch.nlp.prefilter import ascii_twin
from frontwatch.records import Sentence

__all__ = ["split_clauses", "split_sentences"]

# Titles and abbreviations that are (almost) never the last word of a sentence.
_NEVER_END = frozenset(
    "mr mrs ms dr gen lt col maj brig sgt capt cpt adm gov sen rep st prof rev no nos vs v mt ft fr hon cmdr "
    "cdr gens lt.-gen maj.-gen lt.-col brig.-gen e.g i.e cf approx dept".split()
)
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that typically open a sentence: after "U.S." or "p.m." they signal a real boundary.
_OPENERS = frozenset(
    "the a an it its he she they we i you this that these those there his her their our but and in on at "
    "after before when while if as however meanwhile some many most officials one two three".split()
)

# candidate end: terminal punctuation, any closing quotes/brackets, then whitespace (written "[.!?][.!?]*", not
# "[.!?]+", so that the regex engine skips at C speed to the next stop: Python's re only does so for a pattern that
# starts with a character, a class or a choice of characters; matches are the same)
_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s)")
_LINE = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([\w.-]+)")
# ASCII twins: the same matches on an ASCII text, cheaper (see nlp.prefilter.ascii_twin)
_END_ASCII, _NEXT_WORD_ASCII = ascii_twin(_END), ascii_twin(_NEXT_WORD)


def _is_boundary(line: str, punct_start: int, after: int) -> bool:
    """Whether the terminal punctuation at ``punct_start`` (ending at ``after``) closes a sentence."""
    nxt = (_NEXT_WORD_ASCII if line.isascii() else _NEXT_WORD).match(line, after)
    if nxt is None:
        return True
    word = nxt.group(1)
    j = after
    while j < len(line) and line[j].isspace():  # no slicing of the rest of the line: long lines stay linear
        j += 1
    first = line[j:j + 1]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘(["):
        return False  # lower-case continuation: "e.g. the", "said 2.5 p.m. on"
    if line[punct_start] != "." or line[punct_start:after].count(".") > 1:
        return True  # "!" / "?" / "..." always end
    k, lo = punct_start, max(0, punct_start - 200)
    while k > lo and not line[k - 1].isspace():  # the word before the stop (a backward walk, not a regex scan)
        k -= 1
    token = line[k:punct_start].lstrip("\"'“‘([")
    low = token.lower()
    if low in _NEVER_END:
        return False
    if low in _MONTH_ABBR:
        return not first.isdigit() and word.lower() in _OPENERS
    if len(token) == 1 and token.isupper():
        return False  # an initial: "George W. Bush"
    if "." in token:
        # dotted acronym: U.S., U.N., a.m. — a boundary only before a typical sentence opener
        return word.lower() in _OPENERS
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets index ``text`` exactly (surrounding whitespace stripped).

    >>> [s.text for s in split_sentences("BEIRUT - Gen. Smith arrived. He left.")]
    ['BEIRUT - Gen. Smith arrived.', 'He left.']
    """
    out: list[Sentence] = []
    end_re = _END_ASCII if text.isascii() else _END
    for lm in _LINE.finditer(text):
        line, base = lm.group(0), lm.start()
        start = 0
        for em in end_re.finditer(line):
            if _is_boundary(line, em.start(), em.end()):
                _emit(text, base + start, base + em.end(), out)
                start = em.end()
        _emit(text, base + start, base + len(line), out)
    return out


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text=text[start:end], start=start, end=end))


# Clause boundaries. The conjunction opens the next clause; the comma/semicolon closes the previous one.
# " after " does not split after a time quantity ("a day after", "shortly after"): that is a date expression.
# (Each alternative begins with ";", "," or a space; the pattern consumes that character first and each
# alternative checks it with a lookbehind, so that the regex engine skips the characters of words at C speed
# instead of trying five alternatives at every position; the matches are those of the plain alternation
# ";\s+|,\s+(?=...)|(?<!,)\s+(?=...)|...".)
_CLAUSE = re.compile(
    r"[;:,\s](?:(?<=[;:])\s+|(?<=,)\s+(?=(?:and|but|while|whereas|although|though|when|as|before|after|then|yet)\s)|"
    r"(?<=\s)(?<!,\s)\s*(?=(?:after|while)\s)|"
    # "seized parts of Samarra before troops drove them out": a clause of its own when a verb follows
    r"(?<=\s)(?<!,\s)\s*(?=before\s+(?:[\w\-]+\s+){1,6}?(?:drove|took|retook|forced|pushed|repelled|recaptured|"
    r"regained|expelled)\b)|"
    # "..., a monitoring group said, a day after US cruise missiles wrecked the air base": another event's clause
    r"(?<=,)\s+(?=(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:after|before)\s)|"
    # "..., shortly after it seized Mosul"
    r"(?<=,)\s+(?=(?:shortly|soon|just|only|not\s+long)\s+(?:after|before)\s))"
)
# " after " right behind a time quantity is part of a date expression ("a day after", "days after", "shortly after")
_TIME_BEFORE = re.compile(
    r"(?:\b(?:a|an|one|the|\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some)\s+"
    r"(?:hour|day|week|month|year)s?|\b(?:hours|days|weeks|months|years)|\b(?:shortly|soon|long|just|right|only|"
    r"immediately))$",
    re.IGNORECASE,
)
_CLAUSE_ASCII, _TIME_BEFORE_ASCII = ascii_twin(_CLAUSE), ascii_twin(_TIME_BEFORE)
# a gate: every boundary follows a ";", ":" or "," (lookbehinds) or opens with "after", "while" or "before" (the
# lookaheads of the others), so a sentence with none of them, most, is one clause and is not scanned (a scan the
# engine tries at every space)
_CLAUSE_NEEDS = (";", ":", ",", "after", "while", "before")
_MIN_WORDS = 3  # a piece shorter than this is a list item ("army, police, and tribes"), not a clause


def split_clauses(sentence: Sentence) -> list[Sentence]:
    """Split a sentence into coordinate clauses at "; ", ": ", ", and", ", but", ", while", " after " ...; offsets kept.

    >>> [c.text for c in split_clauses(Sentence("Y took A last week, and Z took B earlier this month.", 0, 52))]
    ['Y took A last week', 'and Z took B earlier this month.']
    """
    text = sentence.text
    cuts = [0]
    gated = any(map(text.__contains__, _CLAUSE_NEEDS))
    asc = text.isascii()
    for m in (_CLAUSE_ASCII if asc else _CLAUSE).finditer(text) if gated else ():
        if len(text[cuts[-1] : m.start()].split()) < _MIN_WORDS:
            continue
        if (
            text.startswith("and ", m.end())
            and len(text[cuts[-1] : m.start()].rsplit(",", 1)[-1].split()) < _MIN_WORDS
        ):
            continue  # ", and" closing a list: "the army, police, and tribal fighters"
        if text.startswith("after", m.end()) and (_TIME_BEFORE_ASCII if asc else _TIME_BEFORE).search(text, 0, m.start()):
            continue
        if len(text[m.end() :].split()) < _MIN_WORDS + 1:
            continue
        cuts.append(m.end())
    pieces: list[Sentence] = []
    for i, s in enumerate(cuts):
        e = cuts[i + 1] if i + 1 < len(cuts) else len(text)
        seg = text[s:e]
        # strip the separator (", " / "; ") and whitespace left at the end of the piece
        seg_end = len(seg.rstrip().rstrip(",;").rstrip())
        seg_start = len(seg) - len(seg.lstrip())
        if seg_end > seg_start:
            pieces.append(
                Sentence(
                    text=seg[seg_start:seg_end],
                    start=sentence.start + s + seg_start,
                    end=sentence.start + s + seg_end,
                )
            )
    return pieces
