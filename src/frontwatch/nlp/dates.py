"""Find temporal expressions in wire-style English and resolve them to ``DateSpan`` against a published date.

Resolution table (``p`` = published date, ``a`` = anchor span, the story's main event; ``a`` defaults to ``p``).
Weeks are ISO weeks (Monday..Sunday). "most recent" means on or before ``p`` unless stated.

=====================================================  ===========================================  =========
Expression                                             Resolves to                                  Precision
=====================================================  ===========================================  =========
"on Monday", "Monday night", "late on Tuesday",        most recent Monday on or before p (p itself  day
"before dawn on Thursday", "Tuesday's attack",         if p is a Monday)
"in the early hours of Sunday"
"last Monday" / "next Monday"                          most recent Monday strictly before p / first day
                                                       Monday strictly after p
"on Sunday and Monday", "late Friday into Saturday"    first weekday .. second weekday              day
"yesterday" / "today", "this morning", "tonight"       p-1 / p                                      day
"overnight"                                            p-1 .. p                                     day
"tomorrow"                                             p+1 (future)                                 day
"two days ago" / "three weeks ago"                     p-2 / p-21 +-3 days                          day/week
"two months ago" / "two years ago"                     calendar month / year that far back          month/year
"two years ago this week / this month / today"         p's ISO week / month / day that far back     week/month/day
"a fortnight ago"                                      as "two weeks ago"                           week
"three years since X" ("to mark three years since")   as "three years ago" (marked: that month)    year/month
"fifteen months later", "eighteen months ago"          counted in words up to thirty                month
"on March 27th", "27 March", "March 27, 2015"          that day; without a year, the year that puts day
                                                       it on or before p
"June 17-18", "17 and 18 June"                         the day range                                day
"in May 2015", "since October 2014", "June 2014"       that calendar month                          month
"in February", "since January" (no year)               most recent February on or before p (this    month
                                                       month counts)
"last March" / "next March"                            most recent March before p's month / first   month
                                                       March after it
"in early June" / "late March"                         1st..10th / 21st..last day                   month
"mid-September", "the middle of May"                   the whole month (as the dev gold codes it)   month
"at the start/beginning of March" / "the end of May"   1st..7th / last 7 days                       week
"the first/second/last week of June"                   that 7-day block                             week
"2015-03-27" (ISO)                                     that day                                     day
"in 2014", "since 2014", "between 2014 and 2016"       the calendar year(s)                         year
"early 2015" / "mid-2015" / "late 2015"                Jan..Apr / May..Aug / Sep..Dec               month
"the start of 2015" / "the end of 2015"                January / December                           month
"last week"                                            previous ISO week, Monday..Sunday            week
"this week", "earlier this week"                       Monday of p's week .. p                      week
"later this week" / "next week"                        p+1 .. Sunday / next ISO week (future)       week
"early last week" / "late last week"                   Mon..Wed / Thu..Sun of the previous week     week
"over the past week", "in the last week"               p-7 .. p-1                                   week
"last weekend", "over the weekend", "at the weekend"   most recent Saturday..Sunday (p-1..p if p    day
                                                       is a Sunday; p if a Saturday)
"last month"                                           previous calendar month                      month
"this month", "earlier this month"                     whole current calendar month (dev gold)      month
"later this month" / "next month"                      p+1 .. month end / next month (future)       month
"early/late last month", "the end of last month"       1..10 / 21..end / last 7 days                month/week
"last year" / "this year", "earlier this year"         previous / current calendar year             year
"late last year" / "early this year"                   Sep..Dec prev. year / Jan..Apr this year     month
"the end of last year" / "the start of this year"      December prev. year / January this year      month
"next year", "later this year"                         next year / p+1 .. Dec 31 (future)           year
"the end of the year" / "the start of the month"       December / 1st..7th of the current one       month/week
"in recent days" / "in recent weeks"                   p-7 .. p / p-28 .. p                         week
"in recent months"                                     p-90 .. p                                    month
"over the past 10 days" / "the past three weeks"       p-10 .. p-1 / p-21 .. p-1                    week
"over the past 24 hours", "in the past day"           p-1 .. p (48 hours: p-2 .. p)                day
"in the coming days/weeks/months", "within weeks"      p+1 .. p+7 / p+28 / p+90 (future)            week/month
"last summer", "in the spring", "the summer of 2014"   Mar-May spring, Jun-Aug summer, Sep-Nov      month
                                                       autumn/fall, Dec-Feb winter; most recent
                                                       (completed, for "last") season
"the next day", "the following day", "a day later"     a+1                                          day
"the previous day", "the day before", "a day earlier"  a-1                                          day
"the same day", "that night", "hours later"            a                                            day
"the previous October", "the following March"         that month before / after a's                month
"in May of that year", "in May that year"              May of a's year                              month
"in April" after "in 2015" in the same sentence        April 2015 (the year told before it)         month
"that August"                                          August of a's year                           month
"by the end of that year" / "the start of that year"   December / January of a's year               month
"that month", "the same month", "at the end of that    a's month (its end, start, later/earlier part  month/week
month", "later that month"                             as for a named month)
"N days later/earlier", "weeks earlier", "days later"  a+-N days; vague "days" = 2..6 days,         day/week
                                                       "weeks" = 14..42 days
"N weeks/months/years later/earlier"                   a+-7N days +-3 / calendar month / year       week/...
"X came a day after Y" (mid-sentence "after")          a-1: the after-clause is the earlier event   day
"Three days after the attack, ..." (sentence-initial)  a+3: the main clause is the later event      day
"Three days after the offensive began on October 17,"  the date its own phrase gives, +3            day
"June 29: ..." (a chronology line)                     that day (a colon after a day is no clock)   day
=====================================================  ===========================================  =========

Weekdays and day-month dates without a year are always resolved into the past (wire copy reports what happened);
explicit future phrases ("next week", "tomorrow", "in the coming weeks") resolve into the future, so the
extractor can compare a span with the published date to recognise future events.
Non-dates that must not match: "may" (modal), "the march on Raqqa", "Theresa May said", numbers ("30,000",
"1,600"), "Highway 47", "Resolution 2249", bare years ("2016 would be the year") and clock times alone.
The resolver is pure regular expressions and calendar arithmetic (no dateparser): it is fast and deterministic.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from frontwatch.nlp.prefilter import ascii_twin
from frontwatch.records import DateSpan, Precision

__all__ = ["add_months", "find_dates", "resolve_date"]

_D = dt.timedelta

_MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "a couple of": 2,
    "couple of": 2,
}
_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
_UNIT_PRECISION: dict[str, Precision] = {"day": "week", "week": "week", "month": "month", "year": "year"}
# window (days) and precision for vague recent/coming periods: "in recent days", "in the coming weeks"
_VAGUE_WINDOW: dict[str, tuple[int, Precision]] = {
    "day": (7, "week"),
    "week": (28, "week"),
    "month": (90, "month"),
    "year": (730, "year"),
}

# Month and weekday names are matched case-sensitively (capitalised) so "may begin" / "the march" never match;
# the words around them are case-insensitive via scoped (?i:...) groups, so sentence-initial "Last month" works.
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
#: a month's name, in full or abbreviated (case as written), for other modules' patterns
MONTH_NAMES = _MONTH_ANY
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_NUM = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|(?:a\s+)?couple\s+of)")
_VAGUE_RE = r"(?:a\s+few|few|several|some|a\s+number\s+of)"
_ORD = r"(?:st|nd|rd|th)?"
# A number that continues ("30,000", "2.5") or a unit after it means it is not a day or a year.
_NOT_NUM = r"(?![,.]?\d)(?!\s*(?:km|kilomet|mi\b|miles|%|per\s*cent|percent))"
_TIME_OF_DAY = r"(?i:morning|afternoon|evening|night)"
_MOD_PARTS = r"(?i:(?:the\s+)?(?:start|beginning|end|middle|first\s+half|second\s+half|(?:first|second|third|fourth|last)\s+week)\s+of)"

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], "_Ctx"], tuple[dt.date, dt.date, Precision] | None]]


class _Ctx:
    """Published date, anchor span and where the match sits, shared by the rule handlers."""

    __slots__ = ("published", "anchor", "initial", "near")

    def __init__(self, published: dt.date, anchor: DateSpan | None, near: bool = False) -> None:
        self.published = published
        self.anchor = anchor
        self.initial = False  # the match opens the text (sentence-initial "Three days after the attack, ...")
        self.near = near  # the anchor was told earlier in the same sentence ("in 2015, when ... in April")

    @property
    def a(self) -> tuple[dt.date, dt.date, Precision]:
        if self.anchor is None:
            return self.published, self.published, "day"
        return self.anchor.start, self.anchor.end, self.anchor.precision


# --- calendar helpers -------------------------------------------------------------------------------------


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _month(y: int, m: int, p: Precision = "month") -> tuple[dt.date, dt.date, Precision]:
    return dt.date(y, m, 1), _month_end(y, m), p


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + n
    return i // 12, i % 12 + 1


def add_months(day: dt.date, n: int) -> dt.date:
    """``day`` moved ``n`` calendar months (back when negative), on the month's last day when it is shorter.

    >>> add_months(dt.date(2016, 3, 31), -1), add_months(dt.date(2016, 3, 28), -24)
    (datetime.date(2016, 2, 29), datetime.date(2014, 3, 28))
    """
    y, m = _add_months(day.year, day.month, n)
    return dt.date(y, m, min(day.day, _month_end(y, m).day))


def _year(y: int) -> tuple[dt.date, dt.date, Precision]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"


def _monday(d: dt.date) -> dt.date:
    return d - _D(days=d.weekday())


def _coarser(a: Precision, b: Precision) -> Precision:
    return a if _RANK[a] >= _RANK[b] else b


def _recent_month(m: int, p: dt.date) -> int:
    """Year of the most recent month ``m`` on or before p's month."""
    return p.year if m <= p.month else p.year - 1


def _count(word: str | None) -> int | None:
    """Number written as digits or words; None for vague quantities ("several", "a few") or none at all."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def _month_part(y: int, m: int, mod: str | None) -> tuple[dt.date, dt.date, Precision] | None:
    """Apply early/mid/late/start of/... to a calendar month."""
    start, end, _ = _month(y, m)
    if not mod:
        return start, end, "month"
    mod = " ".join(mod.lower().replace("-", " ").split())
    mod = mod.removeprefix("the ").removesuffix(" of")
    if mod == "early":
        return start, start.replace(day=10), "month"
    if mod in ("mid", "middle"):
        return start, end, "month"  # the dev gold codes "mid-September" as the whole month
    if mod == "late":
        return start.replace(day=21), end, "month"
    if mod in ("start", "beginning", "first week"):
        return start, start.replace(day=7), "week"
    if mod in ("end", "last week"):
        return end - _D(days=6), end, "week"
    if mod in ("second week", "third week", "fourth week"):
        k = {"second week": 1, "third week": 2, "fourth week": 3}[mod]
        return start.replace(day=1 + 7 * k), start.replace(day=7 + 7 * k), "week"
    if mod == "first half":
        return start, start.replace(day=15), "month"
    if mod == "second half":
        return start.replace(day=16), end, "month"
    return None


def _year_part(y: int, mod: str | None) -> tuple[dt.date, dt.date, Precision] | None:
    """Apply early/mid/late/start of/... to a calendar year."""
    if not mod:
        return _year(y)
    mod = " ".join(mod.lower().replace("-", " ").split()).removeprefix("the ").removesuffix(" of")
    table: dict[str, tuple[int, int]] = {
        "early": (1, 4),
        "mid": (5, 8),
        "middle": (5, 8),
        "late": (9, 12),
        "start": (1, 1),
        "beginning": (1, 1),
        "end": (12, 12),
        "first half": (1, 6),
        "second half": (7, 12),
    }
    if mod in ("earlier", "later"):
        return _year(y)
    if mod not in table:
        return None
    m1, m2 = table[mod]
    return dt.date(y, m1, 1), _month_end(y, m2), "month"


# --- rule handlers ----------------------------------------------------------------------------------------


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _h_day_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    mon = _MONTHS[m["mon"].rstrip(".").lower()]
    d1 = int(m["day"])
    d2 = int(m["day2"]) if m["day2"] else d1
    if m["year"]:
        y = int(m["year"])
    else:
        # the year that puts the date on or before published (wire copy reports the past)
        y = c.published.year
        first = _safe_date(y, mon, d1)
        if first is None and not (mon == 2 and d1 == 29):
            return None
        if first is None or first > c.published:
            y -= 1
        if c.anchor is not None and c.anchor.precision == "day" and c.anchor.start.year < y:
            # "The ordeal began on Aug. 3, 2014 ... On Aug. 15 the jihadists surrounded Kocho": a story told day by
            # day in an earlier year goes on in it (a date up to half a year after the day told before; "in 2014"
            # or "in June 2014" is background, not a story told day by day)
            told = _safe_date(c.anchor.start.year, mon, d1)
            if told is not None and 0 <= (told - c.anchor.start).days <= 183:
                y = c.anchor.start.year
    start, end = _safe_date(y, mon, d1), _safe_date(y, mon, d2)
    if start is None or end is None or end < start:
        return None
    return start, end, "day"


def _h_day_of_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    d = int(m["day"])
    y, mon = c.published.year, c.published.month
    if d > c.published.day:  # "on the 28th" in a story of 3 March: 28 February
        y, mon = (y - 1, 12) if mon == 1 else (y, mon - 1)
    day = _safe_date(y, mon, d)
    return (day, day, "day") if day is not None else None


def _h_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    pre = (m["pre"] or "").strip().lower()
    mod = m["mod"]
    mon = _MONTHS[m["mon"].lower()]
    p = c.published
    if m["year"]:
        y = int(m["year"])
    elif not pre and not mod:
        return None  # a bare month name is too ambiguous ("March" the noun at a sentence start)
    elif pre == "at" and not mod:
        return None
    elif pre == "last":
        y = p.year if mon < p.month else p.year - 1
    elif pre == "next":
        y = p.year if mon > p.month else p.year + 1
    elif pre == "this":
        y = p.year
    elif c.anchor is not None and _THAT_YEAR_AFTER.match(m.string, m.end()):
        y = c.anchor.start.year  # "in May of that year": the year of the date told before
    elif c.near and c.anchor is not None and c.anchor.precision in ("year", "month") and c.anchor.start.year < p.year \
            and dt.date(c.anchor.start.year, mon, 1) <= p:
        y = c.anchor.start.year  # "The tide turned in 2015, when Iraqi forces retook Tikrit in April": April 2015
    else:
        y = _recent_month(mon, p)
    if m["mon2"]:
        # "in April and May", "from March to June": a month range
        mon2 = _MONTHS[m["mon2"].lower()]
        y2 = y if mon2 >= mon else y + 1
        if not m["year"] and dt.date(y2, mon2, 1) > p and y2 > y:
            y, y2 = y - 1, y2 - 1
        return dt.date(y, mon, 1), _month_end(y2, mon2), "month"
    return _month_part(y, mon, mod)


def _h_year(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    if not m["pre"] and not m["mod"]:
        return None  # bare years are often not dates ("2016 would be the year ...", "(2014)")
    y = int(m["year"])
    if m["year2"]:
        y2 = int(m["year2"])
        if y2 < y or y2 - y > 10:
            return None
        return dt.date(y, 1, 1), dt.date(y2, 12, 31), "year"
    return _year_part(y, m["mod"])


def _weekday_on_or_before(wd: int, p: dt.date) -> dt.date:
    return p - _D(days=(p.weekday() - wd) % 7)


def _h_weekday(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    pre = " ".join((m["pre"] or "").lower().split())
    wd = _WEEKDAYS[m["wd"].lower()]
    d = _weekday_on_or_before(wd, p)
    if pre == "last" and d == p:
        d -= _D(days=7)
    elif pre == "next":
        d = p + _D(days=(wd - p.weekday()) % 7 or 7)
    end = d
    if m["wd2"]:
        gap = (_WEEKDAYS[m["wd2"].lower()] - wd) % 7
        end = d + _D(days=gap)
        if end > p and pre != "next":
            # "Saturday and Sunday" published on a Saturday: the pair is the previous weekend
            d, end = d - _D(days=7), end - _D(days=7)
    return d, end, "day"


def _h_word(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    w = " ".join(m[0].lower().split())
    w = w.removeprefix("on ").removesuffix("'s")
    if w in ("yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return p - _D(days=1), p - _D(days=1), "day"
    if w == "the day before yesterday":
        return p - _D(days=2), p - _D(days=2), "day"
    if w == "overnight":
        return p - _D(days=1), p, "day"
    if w in ("tomorrow", "tomorrow morning", "tomorrow night"):
        return p + _D(days=1), p + _D(days=1), "day"
    return p, p, "day"  # today, tonight, this morning, earlier today, ...


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    mon = _monday(d)
    return mon, mon + _D(days=6)


def _weekend_before(p: dt.date) -> tuple[dt.date, dt.date]:
    if p.weekday() == 6:
        return p - _D(days=1), p
    if p.weekday() == 5:
        return p, p
    sat = p - _D(days=(p.weekday() - 5) % 7)
    return sat, sat + _D(days=1)


_THE_LAST = re.compile(r"(?i:\bthe\s+last\b)")


def _h_period(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    if rel == "last" and _THE_LAST.search(m[0]):
        rel = "past"  # "in the last week" is the past seven days, not the previous calendar week
    mod = " ".join((m["mod"] or "").lower().replace("-", " ").split()) or None
    pos = (m["pos"] or "").lower() or None
    part = pos or mod
    a_start = c.a[0]
    if unit == "weekend":
        if rel in ("next", "coming", "following"):
            sat = p + _D(days=(5 - p.weekday()) % 7 or 7)
            return sat, sat + _D(days=1), "day"
        return (*_weekend_before(p), "day")
    if unit == "week":
        if rel == "last":
            s, e = _week_of(p - _D(days=7))
        elif rel == "this":
            s, e = _monday(p), p
            if mod == "later":
                s, e = p + _D(days=1), _monday(p) + _D(days=6)
        elif rel == "next":
            s, e = _week_of(p + _D(days=7))
        elif rel == "past":
            return p - _D(days=7), p - _D(days=1), "week"
        elif rel == "coming":
            return p + _D(days=1), p + _D(days=7), "week"
        elif rel == "previous":
            s, e = _week_of(a_start - _D(days=7))
        else:  # following
            s, e = _week_of(a_start + _D(days=7))
        if part == "early":
            return s, s + _D(days=2), "week"
        if part == "late":
            return s + _D(days=3), max(s + _D(days=3), e), "week"
        return s, e, "week"
    if unit == "month":
        if rel in ("this",):
            y, mo = p.year, p.month
            if mod == "later":
                return p + _D(days=1), _month_end(y, mo), "month"
        elif rel == "last":
            y, mo = _add_months(p.year, p.month, -1)
        elif rel == "next":
            y, mo = _add_months(p.year, p.month, 1)
        elif rel == "past":
            return p - _D(days=30), p - _D(days=1), "month"
        elif rel == "coming":
            return p + _D(days=1), p + _D(days=30), "month"
        elif rel == "previous":
            y, mo = _add_months(a_start.year, a_start.month, -1)
        else:
            y, mo = _add_months(a_start.year, a_start.month, 1)
        if part in ("earlier", "later"):
            part = None
        return _month_part(y, mo, part)
    # year
    if rel == "this":
        y = p.year
        if mod == "later":
            return p + _D(days=1), dt.date(y, 12, 31), "year"
    elif rel == "last":
        y = p.year - 1
    elif rel == "next":
        y = p.year + 1
    elif rel == "past":
        return p - _D(days=365), p - _D(days=1), "year"
    elif rel == "coming":
        return p + _D(days=1), p + _D(days=365), "year"
    elif rel == "previous":
        y = a_start.year - 1
    else:
        y = a_start.year + 1
    return _year_part(y, part)


def _h_in_the_period(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    """ "earlier in the week/month/year" relative to published."""
    p = c.published
    unit = m["unit"].lower()
    if unit == "week":
        return _monday(p), p, "week"
    if unit == "month":
        return _month(p.year, p.month)
    return _year(p.year)


def _h_this_part(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    """ "the end of the year", "the start of the month": part of the current year or month."""
    p = c.published
    if m["unit"].lower() == "month":
        return _month_part(p.year, p.month, m["pos"])
    return _year_part(p.year, m["pos"])


def _h_iso(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    d = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return None if d is None else (d, d, "day")


def _h_recent(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    unit = m["unit"].lower().rstrip("s")
    n = _count(m["n"])
    if unit == "hour" or m["unit"].lower() == "day":  # "over the past 24 hours", "in the past day"
        return p - _D(days=max(1, -(-(n or 24) // 24))), p, "day"
    if n is not None and m["n"].lower() not in ("a", "an"):
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        prec: Precision = "day" if unit == "day" and n <= 2 else _UNIT_PRECISION[unit]
        return p - _D(days=days), p - _D(days=1), prec
    # "in recent days", "over the past few weeks"
    window, prec = _VAGUE_WINDOW[unit]
    return p - _D(days=window), p, prec


def _h_future(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    unit = m["unit"].lower().rstrip("s")
    if unit == "hour":
        return p, p + _D(days=1), "day"
    days, prec = _VAGUE_WINDOW[unit]
    return p + _D(days=1), p + _D(days=days), prec


def _shift(
    base: tuple[dt.date, dt.date, Precision], n: int | None, unit: str, sign: int
) -> tuple[dt.date, dt.date, Precision]:
    """Move a span n units (None = a vague few) forwards (sign 1) or backwards (sign -1)."""
    s, e, bp = base
    if unit in ("hour", "minute", "moment"):
        return s, e, bp
    if unit == "day":
        if n is None:
            lo, hi = (2, 6) if sign > 0 else (-6, -2)
            return s + _D(days=lo), e + _D(days=hi), _coarser("week", bp)
        return s + _D(days=sign * n), e + _D(days=sign * n), _coarser("day", bp)
    if unit == "week":
        if n is None:
            lo, hi = (14, 42) if sign > 0 else (-42, -14)
            return s + _D(days=lo), e + _D(days=hi), _coarser("month", bp)
        k = sign * 7 * n
        return s + _D(days=k - 3), e + _D(days=k + 3), _coarser("week", bp)
    if unit == "month":
        if n is None:
            y1, m1 = _add_months(s.year, s.month, 2 * sign if sign > 0 else -6)
            y2, m2 = _add_months(e.year, e.month, 6 if sign > 0 else -2)
            return dt.date(y1, m1, 1), _month_end(y2, m2), _coarser("month", bp)
        y1, m1 = _add_months(s.year, s.month, sign * n)
        y2, m2 = _add_months(e.year, e.month, sign * n)
        return dt.date(y1, m1, 1), _month_end(y2, m2), _coarser("month", bp)
    # year
    if n is None:
        lo, hi = (2, 5) if sign > 0 else (-5, -2)
        return dt.date(s.year + lo, 1, 1), dt.date(e.year + hi, 12, 31), "year"
    return dt.date(s.year + sign * n, 1, 1), dt.date(e.year + sign * n, 12, 31), "year"


# an anniversary marked: "to mark three years since ...", "on the anniversary, two years since ..."
_MARKED_BEFORE = re.compile(r"\b(?:mark(?:s|ed|ing)?|commemorat\w*|anniversary|remember\w*)\b[^.;]{0,20}$", re.IGNORECASE)


def _h_ago(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    unit = m["unit"].lower().rstrip("s")
    n = _count(m["n"])
    if unit == "fortnight":  # "a fortnight ago": two weeks
        unit, n = "week", 2 * (n or 1)
    p = c.published
    base: tuple[dt.date, dt.date, Precision] = (p, p, "day")
    if m["since"] and (n is None or not m["n"] or unit not in ("day", "week", "month", "year")):
        return None  # ("hours since", "years since" with no count: no date)
    if m["since"] and unit == "year" and _MARKED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # "gathered to mark three years since Islamic State overran Sinjar": the anniversary's month that far back
        return _month(p.year - n, p.month)
    if m["same"] and n is not None and unit in ("month", "year"):
        # "two years ago this week": the same week (day, month) that many months or years back
        y, mo = _add_months(p.year, p.month, -n * (12 if unit == "year" else 1))
        day = dt.date(y, mo, min(p.day, _month_end(y, mo).day))
        same = m["same"].lower().split()[-1]
        if same == "week":
            monday = day - _D(days=day.weekday())
            return monday, monday + _D(days=6), "week"
        if same == "month":
            return _month(y, mo)
        return day, day, "day"
    if unit == "month" and n is not None:
        y, mo = _add_months(p.year, p.month, -n)
        return _month(y, mo)
    return _shift(base, n, unit, -1)


_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s+(?:[\w'-]+\s+){0,3}|\b(?:times|once|twice|per)\s+)$", re.IGNORECASE
)


def _h_relative(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    unit = m["unit"].lower().rstrip("s")
    n = _count(m["n"])
    direction = m["dir"].lower()
    if m["n"] and m["n"].lower() in ("a", "an") and _RATE_BEFORE.search(m.string, 0, m.start()):
        return None  # a rate, not a date: "300,000 barrels of oil a day before ...", "twice a week after"
    if direction in ("after", "before"):
        if n is None and unit not in ("hour", "minute", "moment"):
            return None  # "in January 2014, months before their advance": too vague to place
        # "The blast came a day after rebels took al-Bab": the after-clause is the earlier event (a-1);
        # "Three days after the attack, IS claimed it": the main clause is the later event (a+3).
        sign = 1 if c.initial else -1
        if direction == "before":
            sign = -sign
    elif direction in ("later", "afterwards", "afterward"):
        sign = 1
    else:  # earlier, beforehand, previously, prior
        sign = -1
    return _shift(c.a, n, unit, sign)


def _h_anchor_word(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    w = " ".join(m[0].lower().split())
    s, e, prec = c.a
    if re.search(r"next|following|day after|day later", w):
        return s + _D(days=1), e + _D(days=1), prec
    if re.search(r"previous|before|preceding|\beve\b", w):
        return s - _D(days=1), e - _D(days=1), prec
    return s, e, prec


def _h_relative_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    s, _e, _prec = c.a
    month = _MONTHS[m["mon"].lower()]
    if m["rel"].lower() in ("previous", "preceding"):
        year = s.year if month < s.month else s.year - 1
    else:
        year = s.year if month > s.month else s.year + 1
    return _month(year, month)


def _h_that_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    s, e, prec = c.a
    if prec == "year":
        return None  # ("in 2014 ... that month": no month was told)
    start, end, _ = _month(s.year, s.month)
    rel = (m["rel"] or "").lower()
    if rel == "later":
        return min(s + _D(days=1), end), end, "month"
    if rel == "earlier":
        return start, max(s - _D(days=1), start), "month"
    return _month_part(s.year, s.month, m["mod"] or m["part"])


def _h_that_named_month(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    """"that August": the month named, in the year of the date told before."""
    return _month(c.a[0].year, _MONTHS[m["mon"].lower().rstrip(".")])


def _h_that_year_part(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    """"By the end of that year": December (the start: January; the middle: June) of the year told before."""
    month = {"end": 12, "start": 1, "beginning": 1, "middle": 6}[m["part"].lower()]
    return _month(c.a[0].year, month)


_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _h_season(m: re.Match[str], c: _Ctx) -> tuple[dt.date, dt.date, Precision] | None:
    p = c.published
    first = _SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if m["year"]:
        y = int(m["year"])
    else:
        # the season's start month index, counting December winters in the year they start
        idx = p.year * 12 + p.month - 1
        y = p.year
        start_idx = y * 12 + first - 1
        if start_idx > idx:
            y -= 1
        if rel == "last":
            end_idx = y * 12 + first - 1 + 2
            if end_idx >= idx:  # not yet over: the season before
                y -= 1
        elif rel == "next":
            y += 1
        elif rel == "this" and first == 12 and p.month <= 2:
            y = p.year - 1
    s = dt.date(y, first, 1)
    ey, em = _add_months(y, first, 2)
    mod = (m["mod"] or "").lower()
    if mod == "early":
        return s, _month_end(y, first), "month"
    if mod == "late":
        return dt.date(ey, em, 1), _month_end(ey, em), "month"
    return s, _month_end(ey, em), "month"


# --- rules ------------------------------------------------------------------------------------------------

_X = re.VERBOSE

_RULES: list[Rule] = [
    # the previous October, the following March: that month before (after) the date told before
    (
        re.compile(rf"(?i:\b(?:the\s+)?(?P<rel>previous|preceding|following|next)\s+)(?P<mon>{_MONTH_FULL})\b", _X),
        _h_relative_month,
    ),
    # 27 March 2015, 17 and 18 June, the 27th of March
    (
        re.compile(
            rf"""(?<![\w,.])(?:(?i:on|since|until|by|from)\s+)?(?:(?i:the)\s+)?
        (?P<day>\d{{1,2}}){_ORD}(?:\s*(?:-|–|(?i:to|and))\s*(?P<day2>\d{{1,2}}){_ORD})?
        \s+(?:(?i:of)\s+)?(?P<mon>{_MONTH_ANY})(?:,?\s+(?P<year>{_YEAR}))?\b{_NOT_NUM}""",
            _X,
        ),
        _h_day_month,
    ),
    # March 27th, March 27, 2015, June 17-18, Sept. 30
    (
        re.compile(
            rf"""(?:(?i:on|since|until|by|from)\s+)?(?<!\w)(?P<mon>{_MONTH_ANY})\s+
        (?P<day>\d{{1,2}}){_ORD}\b(?![,.]?\d{{2}})(?!\s*(?:km|%|:\d))
        (?:\s*(?:-|–|(?i:to|and))\s*(?P<day2>\d{{1,2}}){_ORD}\b(?![,.]?\d))?
        (?:,?\s+(?P<year>{_YEAR})\b)?{_NOT_NUM}""",
            _X,
        ),
        _h_day_month,
    ),
    # in May 2015, since January, in early June, mid-September, at the start of March, in April and May
    (
        re.compile(
            rf"""(?<!\w)(?P<pre>(?i:in|since|until|till|by|during|from|through|throughout|last|this|next|of|
            before|after|around|at|for|between)\s+)?
        (?P<mod>(?i:early|mid|late)(?:\s+|-)|{_MOD_PARTS}\s+)?
        (?<!Theresa\s)(?P<mon>{_MONTH_FULL})\b(?!\s+(?:said|says|told|has|had|is|was|will|would)\b)
        (?:\s*(?:(?i:and|or|to|through|until)|-|–)\s*(?P<mon2>{_MONTH_FULL})\b)?
        (?:(?:\s+(?i:of))?,?\s+(?P<year>{_YEAR})\b)?{_NOT_NUM}(?!\s*\d)""",
            _X,
        ),
        _h_month,
    ),
    # 2015-03-27 (ISO, as in some datelines)
    (re.compile(rf"(?<![\w-])(?P<year>{_YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\w-])(?P<day2>)"), _h_iso),
    # in 2014, since 2014, mid-2015, between 2014 and 2016
    (
        re.compile(
            rf"""(?<![\w-])(?P<pre>(?i:in|since|until|till|by|during|throughout|from|of|before|after|through|
            around|for|between)\s+)?
        (?P<mod>(?i:early|mid|late)(?:\s+|-)|{_MOD_PARTS}\s+)?
        (?P<year>{_YEAR})\b(?![,.]?\d)(?!\s*(?:km|%|people|fighters|troops|civilians|soldiers))
        (?:\s*(?:(?i:and|to)|-|–)\s*(?P<year2>{_YEAR})\b(?![,.]?\d))?""",
            _X,
        ),
        _h_year,
    ),
    # on Monday, late on Tuesday, Monday night, before dawn on Thursday, on Sunday and Monday, last Monday
    (
        re.compile(
            rf"""(?P<pre>(?i:(?:(?:late|early|before\s+dawn|at\s+dawn|overnight)\s+)?on
            |(?:on\s+|in\s+)?the\s+(?:early\s+)?(?:night|hours|morning|evening|afternoon)\s+of
            |late|early|overnight(?:\s+(?:from|between))?|since|by|until|from|last|this|next|between)\s+)?
        (?P<wd>{_WD})(?:'s)?(?:\s+{_TIME_OF_DAY})?
        (?:\s*(?:(?i:and|or|to|through|into|until)|-|–)\s+(?:(?i:on|late|early)\s+)?(?P<wd2>{_WD})(?:'s)?
            (?:\s+{_TIME_OF_DAY})?)?\b""",
            _X,
        ),
        _h_weekday,
    ),
    # yesterday, today, overnight, this morning, tomorrow
    (
        re.compile(
            r"""(?i:\b(?:the\s+day\s+before\s+yesterday|(?:earlier\s+|later\s+)?today|yesterday(?:\s+(?:morning|afternoon|evening))?
        |tonight|(?:on\s+)?this\s+(?:morning|afternoon|evening)|last\s+night|overnight
        |tomorrow(?:\s+(?:morning|night))?)(?:'s)?\b)""",
            _X,
        ),
        _h_word,
    ),
    # last week, earlier this month, late last year, the end of last year, this weekend, over the past week
    (
        re.compile(
            r"""(?i:\b(?:(?P<mod>early|late|earlier|later|mid)[\s-]+)?
        (?:(?:at\s+|by\s+|until\s+|since\s+|in\s+|towards?\s+)?(?:the\s+)?(?P<pos>start|beginning|end|middle)\s+of\s+)?
        (?:(?:over|in|during)\s+)?(?:the\s+)?
        (?P<rel>last|this|next|past|previous|coming|following|preceding)\s+(?P<unit>week|month|year|weekend)\b)""",
            _X,
        ),
        _h_period,
    ),
    (
        re.compile(r"(?i:\b(?:over|at|during|on)\s+the\s+(?P<rel>)(?P<unit>weekend)\b)"),
        lambda m, c: (*_weekend_before(c.published), "day"),
    ),
    (re.compile(r"(?i:\b(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b)"), _h_in_the_period),
    # the start of the year, by the end of the month (the current one)
    (
        re.compile(
            r"""(?i:\b(?:(?:at|by|until|since|towards?|in)\s+)?the\s+(?P<pos>start|beginning|end|middle)\s+of\s+the\s+
        (?P<unit>month|year)\b)(?P<rel>)(?P<mod>)""",
            _X,
        ),
        _h_this_part,
    ),
    # in recent days, over the past few weeks, in the last two months, the past 10 days
    (
        re.compile(
            rf"""(?i:\b(?:(?:in|over|during|for)\s+)?(?:recent|(?:the\s+)?(?:past|last)\s+(?P<n>{_VAGUE_RE}|{_NUM}))
        \s+(?P<unit>hours?|days?|weeks?|months?|years?)\b)""",
            _X,
        ),
        _h_recent,
    ),
    (
        re.compile(
            r"""(?i:\b(?:in|over|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?P<unit>days|weeks|months|years|day)\b)(?P<n>)""",
            _X,
        ),
        _h_recent,
    ),
    # in the coming weeks, within days, in the next few months
    (
        re.compile(
            rf"""(?i:\b(?:(?:in|over|during)\s+the\s+(?:coming|next)(?:\s+(?:{_VAGUE_RE}|{_NUM}))?|within(?:\s+(?:{_VAGUE_RE}|{_NUM}))?)
        \s+(?P<unit>hours?|days?|weeks?|months?|years?)\b)""",
            _X,
        ),
        _h_future,
    ),
    # two days ago, three weeks ago
    (
        re.compile(
            rf"""(?i:\b(?P<n>{_NUM}|{_VAGUE_RE})?\s*(?P<unit>hours?|days?|weeks?|fortnight|months?|years?)\s+
        (?:ago\b|(?<=\s)(?P<since>since)\s+(?=(?:the\s+|its\s+|their\s+)?[a-z])(?![^.;]{{0,80}}?\b(?:19|20)\d\d\b))
        (?:,?\s+(?P<same>this\s+(?:week|month)|today|to\s+the\s+day)\b)?)""",
            _X,
        ),
        _h_ago,
    ),
    # a day later, weeks earlier, three months after, two days before
    # "held it for two years before ..." is a duration, not a date
    (
        re.compile(
            rf"""(?<!\bfor\s)(?<!\blasting\s)(?<!\bspent\s)
        (?i:\b(?:(?P<n>{_NUM}|{_VAGUE_RE})[\s-]+)?(?P<unit>hours?|minutes?|moments?|days?|weeks?|months?|years?)
        \s+(?P<dir>later|earlier|after(?:wards?)?|before(?:hand)?|previously|prior)\b)""",
            _X,
        ),
        _h_relative,
    ),
    # the next day, the same day, that night, the day before, shortly afterwards
    (
        re.compile(
            r"""(?i:\b(?:(?:on|by|later|earlier)\s+)?(?:
        the\s+(?:next|following|previous|preceding|same)\s+(?:day|night|morning|evening|afternoon)
        |(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|night|morning|evening)
        |that\s+(?:same\s+)?(?:day|night|morning|evening|afternoon)
        |the\s+(?:day|night)\s+before|(?:on\s+)?the\s+eve(?!\s+of\s+(?!(?:it|that|this)\b))
        |(?:earlier|later)\s+in\s+the\s+day|within\s+hours
        |(?:shortly|soon|immediately)\s+(?:afterwards?|thereafter))\b)""",
            _X,
        ),
        _h_anchor_word,
    ),
    # that month, the same month, later that month, at the end of that month: the month of the date told before
    (
        re.compile(
            r"""(?i:\b(?:(?P<rel>later|earlier)\s+(?:in\s+)?|(?P<mod>early|late)\s+(?:in\s+)?
        |(?:at|by|towards?|in)\s+(?P<part>the\s+(?:start|beginning|end|middle)\s+of)\s+|(?:in|during)\s+)?
        (?:that|the\s+same)\s+month\b)""",
            _X,
        ),
        _h_that_month,
    ),
    # that August; by the end of that year: a month, or a part of the year, in the year of the date told before
    (
        re.compile(rf"""(?i:\b(?:in\s+)?that\s+)(?P<mon>{_MONTH_FULL})\b""", _X),
        _h_that_named_month,
    ),
    (
        re.compile(r"""(?i:\b(?:at|by|towards?|in)\s+the\s+(?P<part>end|start|beginning|middle)\s+of\s+(?:that|the\s+same)
        \s+year\b)""", _X),
        _h_that_year_part,
    ),
    # last summer, in the spring, the summer of 2014, spring 2015 ("the fall of Mosul" must not match)
    (
        re.compile(
            rf"""(?i:\b(?:(?P<rel>last|this|next)\s+|(?:in|during|over|since|by)\s+(?:the\s+)?|the\s+)
        (?:(?P<mod>early|late)\s+)?(?P<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b)?)""",
            _X,
        ),
        _h_season,
    ),
    (
        re.compile(
            rf"""(?i:\b(?:(?P<rel>last|this|next)\s+(?:(?P<mod>early|late)\s+)?(?P<season>fall)\b(?!\s+of\b)
        |(?:in\s+)?the\s+(?:(?P<mod2>early|late)\s+)?(?P<s2>fall)\s+of\s+(?P<year>{_YEAR})\b))""",
            _X,
        ),
        lambda m, c: _h_season(_FallMatch(m), c),
    ),
    # "on the 13th": that day of the publication's month, or of the month before when it is still to come
    (
        re.compile(
            r"""(?i:\bon\s+the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b
        (?!\s+(?:of|anniversary|floor|century|day|division|brigade|time|round|consecutive|straight|annual|
        armou?red|army|corps|regiment|battalion|fleet|and|or)\b))""",
            _X,
        ),
        _h_day_of_month,
    ),
]


_MONTH_KEYS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_WORDS = ("day", "night", "morning", "evening", "afternoon", "eve", "hour", "afterward", "thereafter")
# Cheap substring gates, one per rule: a rule's regex only runs when one of its key words occurs in the text
# (case-sensitive keys for month/weekday names, lower-case keys otherwise). This keeps find_dates fast.
_GATES: list[tuple[tuple[str, ...], bool]] = [
    (("previous", "preceding", "following", "next"), True),
    (_MONTH_KEYS, False),
    (_MONTH_KEYS, False),
    (_MONTH_KEYS, False),
    (("-",), False),
    (("19", "20"), False),
    (tuple(_WD.split("|")), False),
    (("today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "tomorrow"), True),
    (("week", "month", "year"), True),
    (("weekend",), True),
    (("in the",), True),
    (("of the",), True),
    (("recent", "past", "last"), True),
    (("recent", "past", "last"), True),
    (("coming", "next", "within"), True),
    ((" ago", " since"), True),
    (("later", "earlier", "after", "before", "previously", "prior"), True),
    (_DAY_WORDS, True),
    (("month",), True),
    (("that ",), True),
    (("that year", "same year"), True),
    (("spring", "summer", "autumn", "winter"), True),
    (("fall",), True),
    (("on the",), True),
]
assert len(_GATES) == len(_RULES)
# The gates as sets of (key, lower?) pairs, and every key once, so a text is checked for each key only once.
_GATE_SETS = [frozenset((k, lower) for k in keys) for keys, lower in _GATES]
_ASCII_RULES = [ascii_twin(pattern) for pattern, _handler in _RULES]  # the same matches on an ASCII text, cheaper
_CASED_KEYS = tuple(sorted({k for keys, lower in _GATES if not lower for k in keys}))
_LOWER_KEYS = tuple(sorted({k for keys, lower in _GATES if lower for k in keys}))
# each (key, lower?) pair: the indexes of the rules whose gate holds it
_RULES_OF_KEY: dict[tuple[str, bool], list[int]] = {}
for _i, _gate in enumerate(_GATE_SETS):
    for _key in _gate:
        _RULES_OF_KEY.setdefault(_key, []).append(_i)


class _FallMatch:
    """Adapter so the "fall" rule's alternative groups read like the season rule's."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, key: str) -> str | None:
        m = self._m
        if key == "season":
            return "fall"
        if key == "mod":
            return m["mod"] or m["mod2"]
        return m[key]


_MONTH_YEAR_GAP = re.compile(r"\s+")
_THAT_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_YEAR_REL = re.compile(r"(?i:(?:last|this|next)\s+year)")


# --- public API -------------------------------------------------------------------------------------------


def find_dates(
    text: str, published: dt.date, *, offset: int = 0, anchor: DateSpan | None = None, continues: bool = False,
    near: bool = False,
) -> list[DateSpan]:
    """Every temporal expression in ``text``, resolved against ``published``; spans are ``offset``-shifted.
    ``continues``: ``text`` is a clause that goes on a sentence begun before it, so an expression opening it is not
    sentence-initial ("..., a monitor said, | a day after US missiles wrecked the base": the earlier event, a-1).
    ``near``: ``anchor`` was told earlier in the same sentence, so a month without a year is in its year ("in 2015,
    when ... in April").

    >>> [(d.start.isoformat(), d.end.isoformat(), d.precision) for d in
    ...  find_dates("IS fighters were driven out on Monday.", dt.date(2015, 1, 27))]
    [('2015-01-26', '2015-01-26', 'day')]
    """
    ctx = _Ctx(published, anchor, near)
    lead = len(text) - len(text.lstrip(" \t\n\"'“‘("))
    found: list[tuple[int, int, tuple[dt.date, dt.date, Precision]]] = []
    matches: dict[tuple[int, int], tuple[re.Match[str], Callable[..., Any], bool]] = {}
    low = text.lower()
    present = {(k, False) for k in _CASED_KEYS if k in text}
    present.update((k, True) for k in _LOWER_KEYS if k in low)
    asc = text.isascii()
    # (the rules whose gate holds a key the text has, in the rules' order: one set union over the text's few keys
    # instead of a test of every rule's gate)
    for i in sorted({i for key in present for i in _RULES_OF_KEY[key]}):
        pattern, handler = _RULES[i]
        for m in (_ASCII_RULES[i] if asc else pattern).finditer(text):
            s, e = m.span()
            # trim whitespace the optional groups may have left at the edges
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s == e:
                continue
            ctx.initial = s <= lead and not continues
            value = handler(m, ctx)
            if value is not None:
                found.append((s, e, value))
                matches[(s, e)] = (m, handler, ctx.initial)
    # longest expression wins where candidates overlap ("earlier this month" over "this month")
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    kept: list[tuple[int, int, tuple[dt.date, dt.date, Precision]]] = []
    for cand in found:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    kept.sort(key=lambda t: t[0])
    # "in January last year", "since June this year": the month of the year named right after it
    for i in range(len(kept) - 1, 0, -1):
        (s0, _e0, v0), (s1, e1, v1) = kept[i - 1], kept[i]
        if v0[2] == "month" and v1[2] == "year" and _MONTH_YEAR_GAP.fullmatch(text, _e0, s1) and \
                _YEAR_REL.fullmatch(text, s1, e1):
            start = v0[0].replace(year=v1[0].year)
            kept[i - 1:i + 1] = [(s0, e1, (start, v0[1].replace(year=v1[0].year, day=calendar.monthrange(
                v1[0].year, start.month)[1]), "month"))]
    # "fell to the rebels in April, but the militants recaptured it days later": an expression counted from a
    # date (the anchor) counts from the date the same text gave just before it, not from the story's
    for i in range(1, len(kept)):
        s, e, v = kept[i]
        if (s, e) not in matches:
            continue  # (a month joined to its year: "in January last year")
        m, handler, initial = matches[(s, e)]
        ps, pe, pv = kept[i - 1]
        ctx.anchor = DateSpan(start=pv[0], end=pv[1], precision=pv[2], text=text[ps:pe], span=(ps, pe))
        ctx.initial, ctx.near = initial, True
        again = handler(m, ctx)
        if again is not None and again != v and again[0] <= published:
            kept[i] = (s, e, again)
    # "Three days after the offensive began on October 17, troops retook Bartella": the opening span counts from
    # the date its own phrase gives
    if (opening := _COUNTED_FROM_OPENING.match(text, lead)) is not None and not continues:
        inside = [i for i, (s, e, v) in enumerate(kept) if opening.end("phrase") >= e and s >= opening.end("dir")]
        if len(inside) == 1:
            i = inside[0]
            s, e, v = kept[i]
            unit = opening.group("unit").lower().rstrip("s")
            moved = _shift(v, _count(opening.group("n")), unit, 1 if opening.group("dir").lower() == "after" else -1)
            if moved[0] <= published:
                kept[i] = (opening.start(), e, moved)
                kept = [k for j, k in enumerate(kept) if j == i or k[1] <= opening.start() or k[0] >= e]
    return [
        DateSpan(start=v[0], end=v[1], precision=v[2], text=text[s:e], span=(s + offset, e + offset))
        for s, e, v in kept
    ]


_COUNTED_FROM_OPENING = re.compile(rf"(?i:(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?)\s+(?P<dir>after|before)\s+"
                                   r"(?P<phrase>[^,;.]{1,100}?)),")


def resolve_date(expr: str, published: dt.date, *, anchor: DateSpan | None = None) -> DateSpan | None:
    """Resolve one expression (the longest temporal expression in ``expr``), or None if it holds none.

    >>> resolve_date("last week", dt.date(2016, 8, 31)).start
    datetime.date(2016, 8, 22)
    """
    spans = find_dates(expr, published, anchor=anchor)
    if not spans:
        return None
    return max(spans, key=lambda d: (d.span[1] - d.span[0]) if d.span else 0)
