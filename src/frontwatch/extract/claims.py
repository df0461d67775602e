"""Quantitative claims that are not events: fighter strength, territory share, cumulative tolls, revenue."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from ..records import Article, Claim, Mention, Sentence
from .fatalities import _NUM, parse_number

FRACTIONS = {
    "half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4, "a fifth": 1 / 5, "one fifth": 1 / 5,
    "a tenth": 1 / 10, "a sixth": 1 / 6,
}
_FRAC = "|".join(re.escape(k) for k in sorted(FRACTIONS, key=len, reverse=True))
_APPROX = r"(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated|as\s+many\s+as|approximately)"
_SHARE = rf"(?:(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)|(?P<frac>{_FRAC}))"

RULES: list[tuple[str, re.Pattern[str]]] = [
    # "lost about a fifth of its territory", "lost 14% of the territory it held"
    ("territory share lost", re.compile(
        rf"\b(?:lost|ceded|surrendered|been\s+driven\s+from)\s+(?:{_APPROX}\s+)?{_SHARE}\s+of\s+(?:its|their|the)\s+(?:territory|land|area)",
        re.I)),
    ("territory share held", re.compile(
        rf"\b(?:controls?|holds?|held|controlled)\s+(?:{_APPROX}\s+)?{_SHARE}\s+of\s+(?:the\s+)?(?:country|territory|Syria|Iraq|land)",
        re.I)),
    # "shrank by a third", "fell by 20%" (fighter strength)
    ("fighter strength change", re.compile(
        rf"\b(?:fighters?|ranks|strength|manpower|force)\b[^.]{{0,60}}?\b(?:shr[au]nk|fell|dropped|declined|decreased|grew|rose|increased)\s+by\s+(?:{_APPROX}\s+)?{_SHARE}",
        re.I)),
    # "has between 20,000 and 31,500 fighters", "about 30,000 fighters"
    ("fighters", re.compile(
        rf"(?:\b(?:between\s+(?P<lo>{_NUM})\s+and\s+)|\b(?:{_APPROX}\s+))?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{3,}}|{_NUM}\s+thousand)\s+(?:[\w\-]+\s+){{0,2}}?(?:fighters|militants|troops|soldiers|members|men\s+under\s+arms|recruits|foreign\s+fighters)\b",
        re.I)),
    # "the war has killed more than 300,000 people", "more than 1,600 people had been killed in the battle"
    ("cumulative death toll", re.compile(
        rf"\b(?:(?:war|conflict|fighting|battle|campaign|violence|uprising)\s+(?:has|had|have)\s+(?:so\s+far\s+)?(?:killed|left|claimed)\s+(?:{_APPROX}\s+)?(?P<num>{_NUM})|(?:{_APPROX}\s+)?(?P<num2>\d{{1,3}}(?:,\d{{3}})+|\d{{4,}})\s+(?:people|civilians|fighters)?\s*(?:have|had)\s+(?:been|died)\s*(?:killed)?\s+(?:in|since|during)\s+(?:the\s+)?(?:war|conflict|battle|fighting|uprising|\d{{4}}))",
        re.I)),
    # "$1 million a day", "earning $500 million a year"
    ("revenue", re.compile(
        r"\$\s?(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>million|billion|m|bn)?\s+(?:a|per|each)\s+(?P<per>day|week|month|year)",
        re.I)),
]
SAID_BY = re.compile(
    r"(?:according\s+to\s+(?P<a>[^,.;]{3,60}))|(?:(?P<b>(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,6})\s+(?:said|says|estimated|estimates|reported))",
)


def _claim_id(article_id: str, start: int, metric: str) -> str:
    return "c" + hashlib.sha1(f"{article_id}\x00{start}\x00{metric}".encode()).hexdigest()[:15]


def _share(m: re.Match[str]) -> float | None:
    if m.groupdict().get("pct"):
        return float(m.group("pct")) / 100
    if m.groupdict().get("frac"):
        return FRACTIONS[m.group("frac").lower().replace("-", " ") if m.group("frac").lower() not in FRACTIONS else m.group("frac").lower()]
    return None


def find_claims(article: Article, sentences: Iterable[Sentence], actors: list[Mention]) -> list[Claim]:
    """Quantitative claims in an article's sentences, each with its evidence sentence and span.

    The subject is the first actor named in the sentence (or the war/battle for tolls).
    """
    out: list[Claim] = []
    for sent in sentences:
        for metric, rx in RULES:
            m = rx.search(sent.text)
            if not m:
                continue
            value: float | None = None
            unit: str | None = None
            change: str | None = None
            if metric.startswith("territory share") or metric == "fighter strength change":
                share = _share(m)
                if share is None:
                    continue
                value = round(share, 4)
                unit = "share"
                if "lost" in metric or re.search(r"shr[au]nk|fell|dropped|declined|decreased", m.group(0), re.I):
                    change = f"-{value:g}"
                elif metric == "fighter strength change":
                    change = f"+{value:g}"
            elif metric == "revenue":
                value = float(m.group("num")) * {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}.get(
                    (m.group("mult") or "").lower(), 1)
                unit = f"USD per {m.group('per').lower()}"
            else:
                num = m.groupdict().get("num") or m.groupdict().get("num2")
                if not num:
                    continue
                n = parse_number(num)
                if n is None or (metric == "fighters" and n < 100):
                    continue
                value = float(n)
                unit = "fighters" if metric == "fighters" else "people"
                if re.search(r"more\s+than|over\b", m.group(0), re.I):
                    unit += " (more than)"
                elif re.search(r"about|around|some|roughly|estimated|approximately", m.group(0), re.I):
                    unit += " (about)"
            subj_actor = next((a.value for a in actors if sent.start <= a.start < sent.end and a.value), None)
            subject = subj_actor
            if metric == "cumulative death toll" and not subj_actor:
                w = re.search(r"\b(war|conflict|battle|fighting|uprising)\b", sent.text, re.I)
                subject = f"the {w.group(1).lower()}" if w else None
            said = SAID_BY.search(sent.text)
            said_by = (said.group("a") or said.group("b")).strip() if said else None
            start = sent.start
            out.append(Claim(
                id=_claim_id(article.id, start + m.start(), metric),
                subject=subject, metric=metric, value=value, unit=unit, change=change,
                date=article.published, said_by=said_by, article_id=article.id,
                evidence=sent.text, evidence_span=(sent.start, sent.end), confidence=0.6 if said_by else 0.5,
            ))
    return out
