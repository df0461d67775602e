"""Tiny records the store tests write: an article, an event, and one report of the recapture of Hit."""

from __future__ import annotations

import datetime as dt

from frontwatch.records import Article, Event, Person
from frontwatch.store import ArticleBatchItem


def article(i: int = 1) -> Article:
    return Article(id=f"a{i}", text=f"Article number {i}.", published=dt.date(2015, 6, i), source="Wire",
                   origin=f"f{i}.txt", content_hash=f"h{i}")


def event(aid: str = "a1", eid: str = "e1", **kw) -> Event:
    base = dict(id=eid, date=dt.date(2015, 6, 15), date_end=dt.date(2015, 6, 15), date_precision="day",
                event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor1="YPG/SDF",
                actor2="Islamic State", persons=[Person("Abu X", "killed", "Islamic State", "emir")],
                tags=["route_cut"], location="Tall Abyad", country="SY", latitude=36.7, longitude=38.95,
                geo_precision=1, article_id=aid, evidence="YPG took Tal Abyad.", evidence_span=(0, 19),
                confidence=0.8)
    base.update(kw)
    return Event(**base)


def hit_report(n: int, day: int, lat: float, conf: float, low: int | None, high: int | None, source: str, *,
               ids: tuple[str, str, str] = ("a", "e", "h")) -> ArticleBatchItem:
    """One article reporting the recapture of Hit on April ``day`` 2016; ``ids`` prefixes article, event, hash."""
    ap, ep, hp = ids
    a = Article(id=f"{ap}{n}", text=f"text {n}", published=dt.date(2016, 4, 20), source=source,
                content_hash=f"{hp}{n}")
    e = Event(id=f"{ep}{n}", date=dt.date(2016, 4, day), date_end=dt.date(2016, 4, day), date_precision="day",
              event_type="Battles", sub_event_type="Government regains territory",
              actor1="Iraqi government forces", actor2="Islamic State", location="Hit", country="IQ",
              latitude=lat, longitude=42.83, geo_precision=1, fatalities_low=low, fatalities_best=low,
              fatalities_high=high, article_id=a.id, source=source, evidence=f"sentence {n}",
              evidence_span=(0, 10), confidence=conf)
    return ArticleBatchItem(a, None, [e])
