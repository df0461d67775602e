"""Date expression finding and resolution against a fixed published date."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.nlp import find_dates, resolve_date
from frontwatch.records import DateSpan

WED = dt.date(2016, 8, 31)  # a Wednesday
D = dt.date.fromisoformat


def one(text: str, published: dt.date = WED, anchor: DateSpan | None = None) -> tuple[str, str, str, str]:
    """The single date found in ``text`` as (start, end, precision, text)."""
    spans = find_dates(text, published, anchor=anchor)
    assert len(spans) == 1, spans
    s = spans[0]
    return s.start.isoformat(), s.end.isoformat(), s.precision, s.text


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # weekdays: most recent on or before published
        ("IS said on Tuesday that", WED, ("2016-08-30", "2016-08-30", "day")),
        ("clashes on Wednesday killed", WED, ("2016-08-31", "2016-08-31", "day")),  # published that weekday
        ("clashes on Thursday killed", WED, ("2016-08-25", "2016-08-25", "day")),
        ("they struck late on Tuesday", WED, ("2016-08-30", "2016-08-30", "day")),
        ("they struck on Tuesday morning", WED, ("2016-08-30", "2016-08-30", "day")),
        ("they struck Monday night", WED, ("2016-08-29", "2016-08-29", "day")),
        ("slipped in before dawn on Thursday", D("2015-06-26"), ("2015-06-25", "2015-06-25", "day")),
        ("Tuesday's attack killed", WED, ("2016-08-30", "2016-08-30", "day")),
        ("on Sunday", D("2016-08-28"), ("2016-08-28", "2016-08-28", "day")),  # published on a Sunday
        ("on Sunday", D("2016-08-29"), ("2016-08-28", "2016-08-28", "day")),  # Monday: yesterday
        ("on Monday", D("2016-08-28"), ("2016-08-22", "2016-08-22", "day")),  # Sunday: six days back
        ("last Wednesday", WED, ("2016-08-24", "2016-08-24", "day")),
        ("next Monday", WED, ("2016-09-05", "2016-09-05", "day")),
        ("struck on Sunday and Monday", D("2015-01-27"), ("2015-01-25", "2015-01-26", "day")),
        ("late Friday into Saturday", D("2015-05-18"), ("2015-05-15", "2015-05-16", "day")),
        ("overnight from Wednesday to Thursday", D("2016-10-24"), ("2016-10-19", "2016-10-20", "day")),
        ("on Saturday and Sunday", D("2016-08-27"), ("2016-08-20", "2016-08-21", "day")),
        # simple words
        ("yesterday", WED, ("2016-08-30", "2016-08-30", "day")),
        ("today", WED, ("2016-08-31", "2016-08-31", "day")),
        ("this morning", WED, ("2016-08-31", "2016-08-31", "day")),
        ("overnight", WED, ("2016-08-30", "2016-08-31", "day")),
        ("tomorrow", WED, ("2016-09-01", "2016-09-01", "day")),
        ("two days ago", WED, ("2016-08-29", "2016-08-29", "day")),
        ("three weeks ago", WED, ("2016-08-07", "2016-08-13", "week")),
        ("two months ago", WED, ("2016-06-01", "2016-06-30", "month")),
        # explicit dates
        ("on March 27th", WED, ("2016-03-27", "2016-03-27", "day")),
        ("March 27", WED, ("2016-03-27", "2016-03-27", "day")),
        ("27 March 2015", WED, ("2015-03-27", "2015-03-27", "day")),
        ("on 27 March", WED, ("2016-03-27", "2016-03-27", "day")),
        ("on November 13th", WED, ("2015-11-13", "2015-11-13", "day")),  # later this year would be future
        ("on November 13th, 2016", WED, ("2016-11-13", "2016-11-13", "day")),  # written year wins
        ("on October 17", D("2017-01-25"), ("2016-10-17", "2016-10-17", "day")),
        ("Sept. 30, 2015", WED, ("2015-09-30", "2015-09-30", "day")),
        ("on June 17-18", WED, ("2016-06-17", "2016-06-18", "day")),
        ("on August 31", WED, ("2016-08-31", "2016-08-31", "day")),  # the published day itself
        ("in May 2015", WED, ("2015-05-01", "2015-05-31", "month")),
        ("since June 2014, when", WED, ("2014-06-01", "2014-06-30", "month")),
        ("in February", WED, ("2016-02-01", "2016-02-29", "month")),
        ("in August", WED, ("2016-08-01", "2016-08-31", "month")),  # current month counts
        ("in September", WED, ("2015-09-01", "2015-09-30", "month")),
        ("in December", D("2016-01-05"), ("2015-12-01", "2015-12-31", "month")),  # year rollover
        ("since January", WED, ("2016-01-01", "2016-01-31", "month")),
        ("last March", D("2016-03-10"), ("2015-03-01", "2015-03-31", "month")),
        ("in April and May", WED, ("2016-04-01", "2016-05-31", "month")),
        ("in 2014", WED, ("2014-01-01", "2014-12-31", "year")),
        ("between 2014 and 2016", WED, ("2014-01-01", "2016-12-31", "year")),
        ("at the start of March", WED, ("2016-03-01", "2016-03-07", "week")),
        ("at the end of May", WED, ("2016-05-25", "2016-05-31", "week")),
        ("in early March", WED, ("2016-03-01", "2016-03-10", "month")),
        ("late March", WED, ("2016-03-21", "2016-03-31", "month")),
        ("in mid-September", D("2015-01-27"), ("2014-09-01", "2014-09-30", "month")),
        ("mid-2015", WED, ("2015-05-01", "2015-08-31", "month")),
        ("late last year", WED, ("2015-09-01", "2015-12-31", "month")),
        ("the end of last year", WED, ("2015-12-01", "2015-12-31", "month")),
        # relative periods
        ("last week", WED, ("2016-08-22", "2016-08-28", "week")),
        ("last week", D("2016-08-29"), ("2016-08-22", "2016-08-28", "week")),  # Monday: the week just ended
        ("last week", D("2016-08-28"), ("2016-08-15", "2016-08-21", "week")),  # Sunday: still the week before
        ("this week", D("2016-08-26"), ("2016-08-22", "2016-08-26", "week")),
        ("earlier this week", WED, ("2016-08-29", "2016-08-31", "week")),
        ("next week", WED, ("2016-09-05", "2016-09-11", "week")),
        ("over the past week", D("2016-04-15"), ("2016-04-08", "2016-04-14", "week")),
        ("last month", D("2016-08-13"), ("2016-07-01", "2016-07-31", "month")),
        ("last month", D("2016-01-05"), ("2015-12-01", "2015-12-31", "month")),  # year rollover
        ("earlier this month", WED, ("2016-08-01", "2016-08-31", "month")),
        ("next month", D("2016-12-05"), ("2017-01-01", "2017-01-31", "month")),
        ("last year", WED, ("2015-01-01", "2015-12-31", "year")),
        ("earlier this year", WED, ("2016-01-01", "2016-12-31", "year")),
        ("Over the weekend, a deal", D("2017-10-18"), ("2017-10-14", "2017-10-15", "day")),
        ("last weekend", D("2016-08-29"), ("2016-08-27", "2016-08-28", "day")),
        ("in recent days", WED, ("2016-08-24", "2016-08-31", "week")),
        ("in recent weeks", WED, ("2016-08-03", "2016-08-31", "week")),
        ("in the coming weeks", WED, ("2016-09-01", "2016-09-28", "week")),
        ("last summer", WED, ("2015-06-01", "2015-08-31", "month")),
        ("last summer", D("2016-10-01"), ("2016-06-01", "2016-08-31", "month")),
        ("in the spring", WED, ("2016-03-01", "2016-05-31", "month")),
        ("the summer of 2014", WED, ("2014-06-01", "2014-08-31", "month")),
        ("the fall of 2014", WED, ("2014-09-01", "2014-11-30", "month")),
    ],
)
def test_rule_table(text: str, published: dt.date, want: tuple[str, str, str]) -> None:
    assert one(text, published)[:3] == want


ANCHOR = DateSpan(D("2016-08-25"), D("2016-08-25"), "day")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the next day", ("2016-08-26", "2016-08-26", "day")),
        ("a day later", ("2016-08-26", "2016-08-26", "day")),
        ("the previous day", ("2016-08-24", "2016-08-24", "day")),
        ("On the same day the jihadists stormed", ("2016-08-25", "2016-08-25", "day")),
        ("killed several more people the same night", ("2016-08-25", "2016-08-25", "day")),
        ("three days later", ("2016-08-28", "2016-08-28", "day")),
        ("two weeks earlier", ("2016-08-08", "2016-08-14", "week")),
        ("weeks earlier", ("2016-07-14", "2016-08-11", "month")),
        ("days later", ("2016-08-27", "2016-08-31", "week")),
        ("The blast came a day after rebels took al-Bab", ("2016-08-24", "2016-08-24", "day")),
        ("Three days after the attack, IS claimed it", ("2016-08-28", "2016-08-28", "day")),
        ("The advance came seven months after the city fell", ("2016-01-01", "2016-01-31", "month")),
        # the month of the date told before
        ("At the end of that month they blew up the prison", ("2016-08-25", "2016-08-31", "week")),
        ("Later that month the town fell", ("2016-08-26", "2016-08-31", "month")),
        ("Earlier that month the town fell", ("2016-08-01", "2016-08-24", "month")),
        ("In the same month the town fell", ("2016-08-01", "2016-08-31", "month")),
    ],
)
def test_anchor_relative(text: str, want: tuple[str, str, str]) -> None:
    assert one(text, WED, anchor=ANCHOR)[:3] == want


def test_anchor_defaults_to_published() -> None:
    assert one("the next day")[:2] == ("2016-09-01", "2016-09-01")


def test_anchor_week_keeps_coarse_precision() -> None:
    week = DateSpan(D("2016-08-22"), D("2016-08-28"), "week")
    assert one("the next day", anchor=week)[:3] == ("2016-08-23", "2016-08-29", "week")


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the offensive may begin soon.",
        "May God protect them, he said.",
        "Thousands joined the march on Raqqa.",
        "About 30,000 fighters and 1,600 civilians.",
        "a 45-year-old man, aged 45",
        "trucks on Highway 47 near Mosul Dam",
        "under Resolution 2249 of the Security Council",
        "2016 would be the year Islamic State was defeated",
        "the fall of Ramadi shocked Baghdad",
        "Theresa May said Britain would help.",
        "the blast at 10 p.m. local time",
        "a five-week offensive and a month-long siege lasting more than two months",
        "the group had held the town for two years before troops retook it",
        "the Arab Spring",
    ],
)
def test_non_dates(text: str) -> None:
    assert find_dates(text, WED) == []


def test_offsets_and_order() -> None:
    text = "Rebels took Jarabulus last week, and Kurds took Manbij earlier this month."
    spans = find_dates(text[12:], WED, offset=12)
    assert [s.text for s in spans] == ["last week", "earlier this month"]
    for s in spans:
        assert s.span is not None
        assert text[s.span[0] : s.span[1]] == s.text


def test_longest_expression_wins() -> None:
    spans = find_dates("Kurds took it earlier this month.", WED)
    assert [s.text for s in spans] == ["earlier this month"]


def test_sentence_initial_capitals() -> None:
    assert one("Last month, coalition strikes killed dozens.", D("2016-08-13"))[:2] == (
        "2016-07-01",
        "2016-07-31",
    )
    assert one("In March, a coalition air strike", D("2017-07-10"))[:2] == ("2017-03-01", "2017-03-31")


def test_future_expressions_resolve_after_published() -> None:
    for text in ("next month", "in the coming weeks", "next week", "tomorrow", "within months"):
        span = resolve_date(text, WED)
        assert span is not None and span.start > WED, text


def test_resolve_date_returns_none_without_expression() -> None:
    assert resolve_date("the militants withdrew", WED) is None


def test_resolve_date_one_expression() -> None:
    span = resolve_date("since October 2014", WED)
    assert span is not None
    assert (span.start, span.end, span.precision, span.text) == (
        D("2014-10-01"),
        D("2014-10-31"),
        "month",
        "since October 2014",
    )


def test_invalid_day_is_rejected() -> None:
    assert find_dates("on February 30", WED) == []


def test_rate_is_not_a_date() -> None:
    assert find_dates("it processed 300,000 barrels of oil a day before the siege", WED) == []
    assert find_dates("jets struck twice a week after that", WED) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("in the early hours of Sunday", ("2016-08-28", "2016-08-28", "day")),
        ("2015-03-27", ("2015-03-27", "2015-03-27", "day")),
        ("by the end of the year", ("2016-12-01", "2016-12-31", "month")),
        ("at the end of the month", ("2016-08-25", "2016-08-31", "week")),
        ("early last week", ("2016-08-22", "2016-08-24", "week")),
        ("late last week", ("2016-08-25", "2016-08-28", "week")),
        ("the last week of June", ("2016-06-24", "2016-06-30", "week")),
        ("in the first half of 2015", ("2015-01-01", "2015-06-30", "month")),
        ("Aug 31", ("2016-08-31", "2016-08-31", "day")),
        ("the 27th of March", ("2016-03-27", "2016-03-27", "day")),
        ("in the last week", ("2016-08-24", "2016-08-30", "week")),
        ("over the past 10 days", ("2016-08-21", "2016-08-30", "week")),
        ("last autumn", ("2015-09-01", "2015-11-30", "month")),
        ("Shortly afterwards they", ("2016-08-31", "2016-08-31", "day")),
    ],
)
def test_more_forms(text: str, want: tuple[str, str, str]) -> None:
    assert one(text)[:3] == want


def test_two_expressions_in_one_sentence() -> None:
    spans = find_dates("They held Tikrit since June 2014 and lost it on Tuesday.", dt.date(2015, 4, 1))
    assert [(s.text, s.precision) for s in spans] == [("since June 2014", "month"), ("on Tuesday", "day")]
    assert spans[1].start == dt.date(2015, 3, 31)


@pytest.mark.parametrize("text, published, expected", [
    ("On the 13th, a drone attack wounded three soldiers.", "2017-02-24", "2017-02-13"),
    ("late on the 28th", "2017-03-03", "2017-02-28"),  # still to come this month: the month before
])
def test_on_the_nth_is_that_day_of_the_month(text, published, expected):
    (d,) = find_dates(text, dt.date.fromisoformat(published))
    assert (d.start.isoformat(), d.precision) == (expected, "day")


def test_an_ordinal_that_names_a_unit_or_an_anniversary_is_no_date():
    assert find_dates("on the 4th anniversary of the uprising", dt.date(2015, 3, 15)) == []
    assert find_dates("on the 16th Division's front", dt.date(2017, 2, 24)) == []


def test_hours_past_and_a_relative_date_counted_from_the_date_told_before_it():
    pub = dt.date(2016, 9, 8)
    (d,) = find_dates("its jets had killed 150 militants over the past 24 hours", pub)
    assert (d.start, d.end, d.precision) == (dt.date(2016, 9, 7), pub, "day")
    april, later = find_dates("The town fell to the rebels in April, but the militants recaptured it days later.", pub)
    assert april.start == dt.date(2016, 4, 1) and dt.date(2016, 4, 1) < later.start < dt.date(2016, 5, 1)
    monday, after = find_dates("On Monday the army attacked, and two days later it took the town.", pub)
    assert after.start == monday.start + dt.timedelta(days=2)


def test_the_past_day_is_a_day_not_a_week():
    (d,) = find_dates("40 sorties over Aleppo province in the past day", dt.date(2016, 9, 8))
    assert (d.start, d.end, d.precision) == (dt.date(2016, 9, 7), dt.date(2016, 9, 8), "day")


def test_a_month_with_last_or_this_year_is_that_years_month():
    (d,) = find_dates("has held Fallujah since January last year.", dt.date(2015, 2, 17))
    assert (d.start, d.end, d.precision) == (dt.date(2014, 1, 1), dt.date(2014, 1, 31), "month")
    (d,) = find_dates("in February this year", dt.date(2015, 2, 17))
    assert d.start == dt.date(2015, 2, 1)


def test_the_same_evening_is_the_day_told_before_and_only_the_eve_is_the_day_before():
    pub = dt.date(2015, 3, 17)
    monday, same = find_dates("Helicopters bombed Sarmin on Monday; a second hit Qmenas the same evening.", pub)
    assert same.start == monday.start == dt.date(2015, 3, 16)
    monday, eve = find_dates("The vote was held on Monday; the army struck on the eve of it.", pub)
    assert eve.start == monday.start - dt.timedelta(days=1)


def test_the_previous_or_following_month_counts_from_the_date_told_before():
    pub = dt.date(2016, 5, 4)
    (march,) = find_dates("In March, a Marine was killed.", pub)
    (october,) = find_dates("The previous October, a soldier died.", pub, anchor=march)
    assert (october.start, october.end, october.precision) == (dt.date(2015, 10, 1), dt.date(2015, 10, 31), "month")
    (april,) = find_dates("The following April, the town fell.", pub, anchor=march)
    assert april.start == dt.date(2016, 4, 1)


def test_a_month_takes_the_year_told_before_it_in_the_same_sentence_or_that_year():
    spans = find_dates("The tide turned in 2015, when Iraqi forces retook Tikrit in April.", dt.date(2017, 6, 20))
    assert [(d.start, d.precision) for d in spans] == [(dt.date(2015, 1, 1), "year"), (dt.date(2015, 4, 1), "month")]
    told = DateSpan(dt.date(2015, 4, 1), dt.date(2015, 4, 30), "month")
    (d,) = find_dates("Ramadi fell to the jihadists in May of that year.", dt.date(2017, 6, 20), anchor=told)
    assert d.start == dt.date(2015, 5, 1)
    (d,) = find_dates("Rebels captured Idlib in March.", dt.date(2017, 6, 20), anchor=told)
    assert d.start == dt.date(2017, 3, 1)  # (a date told in an earlier sentence does not carry its year over)


def test_a_fortnight_ago_and_the_eve_of_something_undated():
    pub = dt.date(2016, 3, 16)
    (d,) = find_dates("It happened a fortnight ago.", pub)
    assert (d.start, d.end, d.precision) == (dt.date(2016, 2, 28), dt.date(2016, 3, 5), "week")
    assert find_dates("It happened on the eve of the talks.", pub) == []


def test_a_chronology_line_opening_with_its_date_and_a_colon():
    (d,) = find_dates("June 29: The SDF completes the encirclement of the city.", dt.date(2017, 10, 20))
    assert (d.start, d.precision) == (dt.date(2017, 6, 29), "day")


def test_an_opening_span_counts_from_the_date_its_own_phrase_gives():
    (d,) = find_dates("Three days after the offensive began on October 17, troops retook Bartella.", dt.date(2016, 11, 18))
    assert (d.start, d.precision) == (dt.date(2016, 10, 20), "day")


def test_that_august_and_the_end_of_that_year_are_in_the_year_told_before():
    told = DateSpan(start=dt.date(2015, 6, 1), end=dt.date(2015, 8, 31), precision="month", text="the summer of 2015",
                    span=(0, 1))
    (d,) = find_dates("By the end of that year Iraqi troops had retaken Ramadi.", dt.date(2017, 7, 12), anchor=told)
    assert (d.start, d.end, d.precision) == (dt.date(2015, 12, 1), dt.date(2015, 12, 31), "month")
    (d,) = find_dates("Its spokesman was killed near al-Bab that August.", dt.date(2017, 7, 12), anchor=told)
    assert (d.start, d.precision) == (dt.date(2015, 8, 1), "month")


def test_teen_and_tens_counts_of_months_and_years():
    got = [(d.text, d.start, d.precision) for d in find_dates(
        "Islamic State overran the town in August 2014, and Kurdish forces retook it fifteen months later.",
        dt.date(2017, 6, 10))]
    assert got[-1] == ("fifteen months later", dt.date(2015, 11, 1), "month")
    assert find_dates("Eighteen months ago the group held the city.", dt.date(2017, 6, 10))[0].start == \
        dt.date(2015, 12, 1)


@pytest.mark.parametrize(("text", "want"), [
    ("Two years ago this week, the jihadists overran Ramadi.", ("2015-02-23", "2015-03-01", "week")),
    ("A year ago this month, the army retook Ramadi.", ("2016-03-01", "2016-03-31", "month")),
    ("Two years ago today, the jihadists overran Ramadi.", ("2015-03-01", "2015-03-01", "day")),
    ("Three years ago to the day, Mosul fell.", ("2014-03-01", "2014-03-01", "day")),
    ("Three years ago, Mosul fell.", ("2014-01-01", "2014-12-31", "year")),
])
def test_years_ago_this_week_is_that_week_back_then(text, want):
    assert one(text, dt.date(2017, 3, 1))[:3] == want


@pytest.mark.parametrize(("text", "want"), [
    ("It has been three years since the militants took the town.", ("2014-01-01", "2014-12-31", "year")),
    ("Yazidis gathered to mark three years since Islamic State overran Sinjar.", ("2014-03-01", "2014-03-31", "month")),
])
def test_years_since_an_act_are_years_ago(text, want):
    assert one(text, dt.date(2017, 3, 1))[:3] == want


def test_years_since_an_act_dated_in_the_sentence_gives_way_to_that_date():
    spans = find_dates("They met to mark three years since the jihadists stormed Sinjar on 3 August 2014.",
                       dt.date(2017, 8, 3))
    assert [d.text for d in spans] == ["on 3 August 2014"]
