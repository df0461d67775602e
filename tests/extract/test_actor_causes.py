"""Actor resolution: the common causes of wrong actor1/actor2 found on the read sets, one test per rule, on
sentences written for the tests."""

import datetime as dt

from frontwatch.extract import extract_article
from frontwatch.records import Article


def events(text: str, published: str = "2016-06-01"):
    return extract_article(Article(id="t", text=text, published=dt.date.fromisoformat(published))).events


def one(text: str, published: str = "2016-06-01"):
    evs = events(text, published)
    assert len(evs) == 1, [(e.sub_event_type, e.evidence) for e in evs]
    return evs[0]


def test_homes_looted_or_burned_are_civilians_property():
    e = one("Pro-government militiamen set fire to about thirty homes in the village of Tal Jabin, north of Aleppo, on Friday, residents said.",
            "2016-02-07")
    assert e.sub_event_type == "Looting/property destruction"
    assert (e.actor1, e.actor2) == ("Syrian government forces", "Civilians")
    e = one("Houses of Arab families in the town of Sinjar were looted and burned on Tuesday, a local official said.",
            "2015-11-20")
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor2 == "Civilians"
