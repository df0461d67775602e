"""Transliteration keys for place names, so spelling variants of one Arabic/Kurdish/Turkish name meet.

Two keys are computed for every name:

* ``fold`` — case, diacritics, apostrophes/ayn marks, hyphens and Arabic articles removed
  ("Deir ez-Zor" → "deir zor", "al-Qaryatain" → "qaryatain"). Two names with the same fold are
  the same spelling for every practical purpose.
* ``skeleton`` — a lossy phonetic key on top of ``fold``: vowels dropped except a word-initial one
  (collapsed to "a"), doubled letters merged, k→q, diphthongs unified, final -h dropped, so that
  Raqqa/Raqqah/Rakka, Deir/Dayr/Dair, Kobani/Kobane and Tal/Tall meet. It collides more often, so the
  parser uses it only as a fallback tier with a score penalty.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Arabic definite-article forms as they appear in English transliteration (sun-letter assimilations
# included: ad-, ash-, as-, at-, az-, ar-, an-, adh-), and the Levantine/Egyptian el-/ed-/es-/ez-.
ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "ash", "as", "at", "az", "ar", "an", "ed", "es", "esh", "et", "ez", "er", "en", "ul"}
)
_QUOTES = "'’‘ʿʾ`´ʻʼ\u02bf\u02be\""
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTES)}]")
_SEP_RE = re.compile(r"[^a-z0-9]+")
# A fused assimilated article at the start of a later word: "Ezzor" (ez-Zor), "Arraqqa" (ar-Raqqa).
_FUSED_ARTICLE_RE = re.compile(r"^[ae]([lzsdtrn])(?=\1[a-z]{2,})")
# Letter-cluster rewrites for the skeleton key, applied in order. Why each: transliterations of the same
# Arabic sound (ق → q/k, ش → sh/ch, ي/ai → ay/ei/ey/ai/ie, خ → kh/ch/x, ث/ذ → th/dh/t/d).
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("ph", "f"),
    ("ch", "s"),
    ("sh", "s"),
    ("kh", "x"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("ck", "q"),
    ("k", "q"),
    ("c", "q"),
    ("ei", "ay"),
    ("ai", "ay"),
    ("ey", "ay"),
    ("ie", "ay"),
    ("ee", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("j", "j"),
)
_VOWELS = set("aeiouw")


def strip_accents(text: str) -> str:
    """Text with combining marks removed (Ḩasakah → Hasakah, Akçakale → Akcakale).

    >>> strip_accents("Ḩadīthah")
    'Hadithah'
    """
    # ı (dotless i) and ß do not decompose; map them explicitly.
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of ``name`` with quote marks dropped and articles removed.

    >>> fold_tokens("Deir ez-Zor")
    ['deir', 'zor']
    """
    s = strip_accents(name).casefold()
    s = _QUOTE_RE.sub("", s)
    toks = [t for t in _SEP_RE.split(s) if t]
    if len(toks) > 1:
        # An article is only an article when a word follows it ("Al Bab" → "bab", but "As" alone stays).
        kept = [t for i, t in enumerate(toks) if not (t in ARTICLES and i < len(toks) - 1)]
        toks = kept or toks
        toks = [toks[0], *(_FUSED_ARTICLE_RE.sub("", t) for t in toks[1:])]
    return toks


@functools.lru_cache(maxsize=1 << 16)  # news prose repeats its words; fold is pure
def fold(name: str) -> str:
    """The exact-spelling key: case, accents, apostrophes, hyphens and Arabic articles removed.

    >>> fold("al-Qaryatain") == fold("Al Qaryatain") == fold("Qaryatain")
    True
    """
    return " ".join(fold_tokens(name))


def _skeleton_token(tok: str) -> str:
    for old, new in _SKELETON_RULES:
        tok = tok.replace(old, new)
    if len(tok) > 2 and tok.endswith("h") and tok[-2] in _VOWELS:
        tok = tok[:-1]  # Raqqah → Raqqa, Hasakah → Hasaka
    out: list[str] = []
    for i, c in enumerate(tok):
        if c in _VOWELS:
            if i == 0:
                out.append("a")  # Ain/Ayn/Ein, Idlib/Edlib, Irbil/Erbil keep a vowel marker
            continue
        if out and out[-1] == c:
            continue  # doubled consonants: Raqqa/Raqa
        out.append(c)
    # y after a consonant is a vowel (Dayr→dyr but Tadmur); keep it to separate Mayadin from Medina.
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """The loose phonetic key used as a fallback tier.

    >>> skeleton("Deir ez-Zor") == skeleton("Dayr az Zawr") == skeleton("Deir Ezzor")
    True
    """
    return " ".join(_skeleton_token(t) for t in fold_tokens(name))


def is_latin(name: str) -> bool:
    """True when ``name`` is written in Latin script (after accent stripping), i.e. usable for English text.

    >>> is_latin("Ḩalab"), is_latin("حلب")
    (True, False)
    """
    s = strip_accents(name)
    return bool(s) and all(c.isascii() for c in s)
