"""Parse the publication date of an article from ISO, long-hand and RFC 822 forms, never guessing relative dates."""

from __future__ import annotations

import datetime as dt
import re
import time
from email.utils import parsedate_to_datetime
from typing import Any

_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")

# No relative-time parser: "yesterday" in a header means nothing without a reference date, so we reject it rather
# than silently anchoring it to the day of ingest. Full dates only, so "June 2015" is not turned into June 1st.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
}


def parse_date(value: Any) -> dt.date | None:
    """A ``date`` from a header/field value, or ``None`` if it can't be read as a full calendar date.

    >>> parse_date("17 June 2015"), parse_date("June 17, 2015"), parse_date("2015-06-17T10:00:00Z")
    (datetime.date(2015, 6, 17), datetime.date(2015, 6, 17), datetime.date(2015, 6, 17))
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    if _ISO_RE.match(s):
        try:
            return dt.date.fromisoformat(s[:10])
        except ValueError:
            return None
    if re.match(r"^[A-Za-z]{3},\s", s) or re.search(r"[+-]\d{4}$|\bGMT$|\bUTC$", s):
        try:
            return parsedate_to_datetime(s).date()
        except (TypeError, ValueError, IndexError):
            pass
    import dateparser  # slow to import (~0.5 s); only pay for it when a non-ISO date turns up

    parsed = dateparser.parse(s, languages=["en"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        parsed = dateparser.parse(s, settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None
