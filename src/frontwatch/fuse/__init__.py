"""Fuse reports of the same real-world event from different articles into one event with all its sources.

Two raw events are the same event when they come from different articles and have:

- the same ``event_type`` and ``sub_event_type`` (a report without a sub-event type may fuse with any of its type,
  except a change of territory, which fuses only with the same change): an air strike and a suicide bombing
  in neighbouring towns on one day are two events (on a synthetic corpus of 700,000 articles, one cluster of
  "explosions" held 340 reports of six kinds in 15 towns of Daraa);
- compatible actors: each of ``actor1`` / ``actor2`` equal, or empty on one side, or one side the other's
  coalition in a theatre pack (:func:`actor_parents`): actors are coded as a report names them, so "US warplanes"
  and "coalition warplanes" striking one town on one day are one strike; two members of one coalition (two rebel
  factions of the "Syrian rebels" umbrella) stay two actors;
- places within a distance that grows with the coarser geo precision (1 town: 15 km, 2 region: 60 km,
  3 province/country: 200 km), or the same place name; but two reports of the same level (two towns, or two
  regions or provinces) that name different places fuse only at one point (within 1 km): fighting in Nawa and in
  Jasim, 9 km apart, is two events, and without this rule daily reports from the towns of one district chained
  into one event; air strikes "in Idlib province" and "in Hama province" are two events too;
- overlapping date ranges, each widened by one day (a report filed the next day often says "on Monday" for the
  same event), whose start dates fall in the same fusion window (``WINDOW_DAYS`` days counted from 2000-01-01):
  without windows, reports of daily clashes in one town a day apart chain into one "event" without end (on a
  synthetic corpus of 121,500 articles one cluster held 11,367 reports from 2014 to 2017, and every fusion pass
  re-read it); with them the reports of a fused event start within three days (ACLED codes a frontline day by
  day), at the cost of leaving apart a next-day report whose start date is the first day of the next window;
- but a vague date (a range wider than a week: "in February", "this year") fuses only with a range inside it (or
  around it), with no slack, at the same place (within 1 km; the same name where a side has no point): otherwise one "February" report links
  every event of that month nearby and of the days around it, and clusters chain without bound across places and
  months (on a synthetic corpus of 2,000 articles, 292 "Agreement" reports had become one event).

A vague report still links precise reports that are not the same event ("in April" at Hit matches the clashes
of 14 and 28 April there, and would make them one), and so does a report placed only at a region or province
("air strikes in Idlib province" is within 200 km of every town's air strikes that day). So in clustering such a
report is *loose* (:func:`loose`): the connected components of ``same_event`` are split into clusters
(:func:`components`): the other (tight) reports by their own links; a loose report joins them only when every
tight report it matches is in one cluster; a loose report that matches none, or several clusters, joins only the
loose reports of its kind that do the same (vague reports of the same range; coarse-place reports, which fuse
only with the same place). A store re-fuses only the clusters a new report can change
(``Store.fuse_new``), not whole components: one "this year" report at a busy town links a year of its fighting. A fused event
takes its fields from the most confident, most precise member; dates from the narrowest range; its fatality
range is ``low = max of lows`` and ``high = max of highs`` (and ``best = max of bests``), because later reports
usually count more of the dead and a low bound one report supports holds for all; confidence is
``1 - prod(1 - c)`` over members from independent sources (distinct source names), capped at 0.99.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from ..geodesy import haversine_km

#: Version of the fusion rules; a store records the one its fused events were built with (``Store.stale_fusion``).
#: 1: until 2026-11-26 (only territory changes needed the same sub-event type); 2: reports of different sub-event
#: types are different events.
#: 3: two town-level reports naming different places are different events unless at one point.
#: 4: the same for two region- or province-level reports; such a report joins a cluster of town-level reports only
#: when it matches one (it is loose, like a vague date).
#: 5: an actor and its coalition are compatible actors.
RULES = 5
DISTANCE_KM = {1: 15.0, 2: 60.0, 3: 200.0}
SAME_POINT_KM = 1.0  # two points this close are one gazetteer place
VAGUE_DAYS = 7  # a date range wider than this (month, season, year) is vague: see the module docstring
WINDOW_DAYS = 3  # precise reports fuse only when their start dates fall in the same window of this many days
WINDOW_EPOCH = dt.date(2000, 1, 1)
COARSE = (2, 3)  # geo precisions coarser than a town: loose reports (see the module docstring)
#: The key that every loose report with a coarse place and a precise date shares in :func:`clusters_of` (vague
#: reports' keys are their date ranges).
COARSE_KEY = (dt.date(1, 1, 1), dt.date(1, 1, 1))
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("latitude"), b.get("latitude")):
        return None
    return haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def _date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def _range(e: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    s = _date(e.get("date"))
    if s is None:
        return None
    return s, _date(e.get("date_end")) or s


def fusion_window(day: dt.date) -> int:
    """The fusion window of a precise report's start date (see the module docstring).

    >>> [fusion_window(dt.date(2016, 4, d)) for d in (13, 14, 15)]
    [1982, 1982, 1983]
    """
    return (day - WINDOW_EPOCH).days // WINDOW_DAYS


@cache
def actor_parents() -> dict[str, str]:
    """Each actor's coalition (its ``coalition`` in a theatre pack), over every installed pack, for
    :func:`same_event`: a report naming a member and one naming its coalition may report one event.

    >>> actor_parents()["United States"]
    'US-led coalition'
    """
    from ..theatre import available_theatres, load_theatre

    out: dict[str, str] = {}
    for name in available_theatres():
        for a in load_theatre(name).actors:
            if a.coalition:
                out.setdefault(a.name, a.coalition)
    return out


def kin_actors(x: str | None, y: str | None) -> bool:
    """Whether two coded actors are one party: equal, or one the other's coalition (:func:`actor_parents`)."""
    if x == y:
        return True
    parents = actor_parents()
    return x is not None and y is not None and (parents.get(x) == y or parents.get(y) == x)


def same_actor(x: str | None, y: str | None) -> bool:
    """Whether two coded actors are compatible in fusion: either empty, or one party (:func:`kin_actors`)."""
    return not x or not y or kin_actors(x, y)


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two raw events report the same real-world event (see the module docstring).

    >>> e = dict(article_id="a1", event_type="Battles", sub_event_type="Armed clash", actor1="IS", actor2=None,
    ...          location="Hit", latitude=33.6, longitude=42.8, geo_precision=1, date="2016-04-14")
    >>> same_event(e, {**e, "article_id": "a2", "latitude": 33.65})
    True
    """
    if a.get("article_id") == b.get("article_id"):
        return False
    if a["event_type"] != b["event_type"]:
        return False
    sa, sb = a.get("sub_event_type") or "", b.get("sub_event_type") or ""
    if sa != sb and (sa and sb or sa in TERRITORY or sb in TERRITORY):
        return False
    if not (same_actor(a.get("actor1"), b.get("actor1")) and same_actor(a.get("actor2"), b.get("actor2"))):
        return False
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None:
        return False
    if (ra[1] - ra[0]).days > VAGUE_DAYS or (rb[1] - rb[0]).days > VAGUE_DAYS:
        if not (ra[0] <= rb[0] and rb[1] <= ra[1] or rb[0] <= ra[0] and ra[1] <= rb[1]):
            return False  # one range inside the other: "on 14 April" is "in April", 1 March is not "in February"
        km = _km(a, b)
        if km is None:
            return bool(a.get("location")) and a.get("location") == b.get("location")
        return km <= SAME_POINT_KM  # the same gazetteer point (the places of two reports of one town are one point)
    one = dt.timedelta(days=1)
    if ra[0] - one > rb[1] or rb[0] - one > ra[1]:
        return False
    if fusion_window(ra[0]) != fusion_window(rb[0]):
        return False
    km = _km(a, b)
    if km is None:
        return bool(a.get("location")) and a.get("location") == b.get("location")
    pa, pb = a.get("geo_precision") or 1, b.get("geo_precision") or 1
    if (pa in COARSE) == (pb in COARSE) and km > SAME_POINT_KM and (a.get("location") or "") != (b.get("location") or ""):
        return False  # two towns (or two provinces) named: fighting in neighbouring towns is two events
    return km <= DISTANCE_KM.get(max(pa, pb), 15.0)


def fuse_cluster(members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One fused event (event contract fields + ``n_sources`` and ``sources``) from a cluster of raw events."""
    ranked = sorted(members, key=lambda e: (-(e.get("confidence") or 0), e.get("geo_precision") or 9, e["id"]))
    rep = dict(ranked[0])
    dated = [e for e in members if _range(e)]
    if dated:
        narrow = min(dated, key=lambda e: ((_range(e)[1] - _range(e)[0]).days, e["id"]))  # type: ignore[index]
        rep["date"], rep["date_end"], rep["date_precision"] = narrow["date"], narrow["date_end"], narrow["date_precision"]
    for k in ("actor1", "actor2", "location", "country", "latitude", "longitude", "geo_precision"):
        if rep.get(k) is None:
            rep[k] = next((e[k] for e in ranked if e.get(k) is not None), None)
    for k in ("fatalities_low", "fatalities_best", "fatalities_high"):
        vals = [e[k] for e in members if e.get(k) is not None]
        rep[k] = max(vals) if vals else None
    tags: list[str] = []
    assoc: list[str] = []
    persons: dict[tuple[str, str | None], dict[str, Any]] = {}
    for e in ranked:
        tags += [t for t in e.get("tags") or [] if t not in tags]
        assoc += [a for a in e.get("assoc_actors") or [] if a not in assoc]
        for p in e.get("persons") or []:
            persons.setdefault((p["name"], p.get("role")), p)
    rep["tags"], rep["assoc_actors"], rep["persons"] = tags, assoc, list(persons.values())
    by_source: dict[str, float] = {}
    for e in members:
        key = e.get("source") or e["article_id"]
        by_source[key] = max(by_source.get(key, 0.0), e.get("confidence") or 0.0)
    miss = 1.0
    for c in by_source.values():
        miss *= 1.0 - c
    rep["confidence"] = round(min(0.99, 1.0 - miss), 3)
    rep["sources"] = [_source(e) for e in sorted(members, key=lambda e: (str(e.get("published")), e["id"]))]
    rep["n_sources"] = len(by_source)
    rep["id"] = fused_id(e["id"] for e in members)
    return rep


def _source(e: dict[str, Any]) -> dict[str, Any]:
    """A member's entry in its fused event's ``sources``."""
    return {"event_id": e["id"], "article_id": e["article_id"], "source": e.get("source"), "url": e.get("url"),
            "published": e.get("published"), "evidence": e.get("evidence"), "evidence_span": e.get("evidence_span"),
            "confidence": e.get("confidence")}


def fused_id(member_ids: Iterable[str]) -> str:
    """The id of the fused event of a cluster: stable while its smallest member id stays."""
    return "f" + hashlib.sha1(min(member_ids).encode()).hexdigest()[:15]


def single_parts(e: dict[str, Any]) -> tuple[str, float, str, str]:
    """``(id, confidence, persons, sources)`` of ``fuse_cluster([e])`` as stored (JSON text), for a raw event ``e``
    that fuses with nothing: every other field of that fused event is ``e``'s own (the store copies those in SQL).

    ``e`` needs ``id``, ``article_id``, ``source``, ``url``, ``published``, ``evidence``, ``evidence_span``,
    ``confidence`` and ``persons`` (a list).

    >>> e = dict(id="e1", article_id="a1", source="W", url=None, published="2016-04-15", evidence="…",
    ...          evidence_span=[0, 1], confidence=0.7, persons=[])
    >>> single_parts(e)[:3]
    ('f84896d3e0678846', 0.7, '[]')
    """
    persons: dict[tuple[str, str | None], dict[str, Any]] = {}
    for p in e.get("persons") or []:
        persons.setdefault((p["name"], p.get("role")), p)
    return (fused_id([e["id"]]), round(min(0.99, 1.0 - (1.0 - max(0.0, e.get("confidence") or 0.0))), 3),
            json.dumps(list(persons.values()), ensure_ascii=False, default=str),
            json.dumps([_source(e)], ensure_ascii=False, default=str))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def vague(e: dict[str, Any]) -> bool:
    """Whether a raw event's date range is wider than ``VAGUE_DAYS`` ("in April", "this year")."""
    r = _range(e)
    return r is not None and (r[1] - r[0]).days > VAGUE_DAYS


def loose(e: dict[str, Any]) -> bool:
    """Whether a raw event joins a cluster only when it matches one (see the module docstring): its date is vague
    or its place is a region or province.

    >>> loose({"date": "2016-04-14", "geo_precision": 3}), loose({"date": "2016-04-14", "geo_precision": 1})
    (True, False)
    """
    return vague(e) or (e.get("geo_precision") or 1) in COARSE


def loose_key(e: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """A raw event's key in :func:`clusters_of`: None when tight, its date range when vague, else ``COARSE_KEY``."""
    r = _range(e)
    if r is not None and (r[1] - r[0]).days > VAGUE_DAYS:
        return r
    return COARSE_KEY if (e.get("geo_precision") or 1) in COARSE else None  # (loose, with a precise date)


def components(events: Iterable[dict[str, Any]]) -> list[list[list[dict[str, Any]]]]:
    """The connected components of ``same_event`` over ``events``, each split into the clusters fused into one
    event each (see the module docstring): the unit a store re-fuses together, and its fused events.

    A loose report (:func:`loose`) links reports the tight reports do not link ("in April" at Hit links the clashes
    of 14 and 28 April there), so it joins the tight reports only when every tight report it matches is in one
    cluster of their own links; otherwise it stays apart (with any loose report of its kind that stays apart too).
    Components and clusters are sorted by their smallest member id.

    >>> base = dict(event_type="Battles", sub_event_type="Armed clash", actor1=None, actor2=None, location="Hit",
    ...             latitude=33.6, longitude=42.8, geo_precision=1)
    >>> evs = [{**base, "id": "e1", "article_id": "a", "date": "2016-04-14", "date_end": "2016-04-14"},
    ...        {**base, "id": "e2", "article_id": "b", "date": "2016-04-28", "date_end": "2016-04-28"},
    ...        {**base, "id": "e3", "article_id": "c", "date": "2016-04-01", "date_end": "2016-04-30"}]
    >>> [[[e["id"] for e in c] for c in comp] for comp in components(evs)]
    [[['e1'], ['e2'], ['e3']]]
    """
    evs = {e["id"]: e for e in events}
    whole = _UnionFind()
    links: list[tuple[str, str]] = []
    ranges: dict[str, tuple[dt.date, dt.date] | None] = {}
    # Dates parsed once, on copies: in a busy city a vague report meets thousands of others.
    blocks: dict[str, tuple[list[Any], list[Any]]] = {}
    for i, e in evs.items():
        r = _range(e)
        ranges[i] = loose_key(e)
        if r:
            tight, loose_ = blocks.setdefault(e["event_type"], ([], []))
            (loose_ if ranges[i] else tight).append((r, i, {**e, "date": r[0], "date_end": r[1]}))
    one = dt.timedelta(days=1)
    before = dt.timedelta(days=VAGUE_DAYS + 1)  # a tight report overlapping a day's slack starts at most this early
    for tight, loose_ in blocks.values():
        for group in (tight, loose_):
            group.sort(key=lambda x: (x[0], x[1]))
        split = _UnionFind()  # the tight reports' own clusters, to check a loose report once per cluster
        for group in (tight, loose_):  # reports link within a day of each other
            for k, (ra, a_id, a) in enumerate(group):
                for rb, b_id, b in group[k + 1:]:
                    if rb[0] > ra[1] + one:
                        break
                    if same_event(a, b):
                        links.append((a_id, b_id))
                        if group is tight:
                            split.union(a_id, b_id)
        starts = [x[0][0] for x in tight]
        for rv, v_id, v in loose_:
            # One match per tight cluster is enough (the same clusters, and the same components, as checking
            # every pair).
            roots: set[str] = set()
            for rp, p_id, p in tight[bisect_left(starts, rv[0] - before):]:
                if rp[0] > rv[1] + one:
                    break
                root = split.find(p_id)
                if root not in roots and same_event(v, p):
                    roots.add(root)
                    links.append((v_id, p_id))
    for a, b in links:
        whole.union(a, b)
    by_id = {i: n for n, ids in enumerate(clusters_of(ranges, links)) for i in ids}
    comps: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for i in sorted(evs):
        comps.setdefault(whole.find(i), {}).setdefault(by_id[i], []).append(evs[i])
    return [list(c.values()) for c in comps.values()]


def clusters_of(ranges: dict[str, tuple[dt.date, dt.date] | None], links: Iterable[tuple[str, str]],
                external: dict[str, set[str]] | None = None) -> list[list[str]]:
    """The clusters (sorted lists of ids, sorted by their first) of the reports ``ranges`` (id -> its
    :func:`loose_key`: None when tight) from their ``same_event`` links: enough tight-tight links to connect each
    cluster of tight reports, at least one link from each loose report to every such cluster it matches, and the
    links between loose reports (the rule of :func:`components`). ``external`` gives, for a loose report, the
    tight clusters it matches outside ``ranges`` (keys of any kind): a store that re-fuses part of its events says
    so, and such a report joins no cluster of ``ranges``.

    >>> clusters_of({"p1": None, "p2": None, "v": (dt.date(2016, 4, 1), dt.date(2016, 4, 30))}, [("v", "p1")])
    [['p1', 'v'], ['p2']]
    """
    external = external or {}
    split = _UnionFind()
    loose_links: list[tuple[str, str]] = []
    to_tight: list[tuple[str, str]] = []
    for a, b in links:
        la, lb = ranges[a] is not None, ranges[b] is not None
        if not la and not lb:
            split.union(a, b)
        elif la and lb:
            loose_links.append((a, b))
        else:
            to_tight.append((a, b) if la else (b, a))
    touched: dict[str, set[str]] = {}
    for v, p in to_tight:
        touched.setdefault(v, set()).add(split.find(p))
    attached = {v: next(iter(roots)) for v, roots in touched.items() if len(roots) == 1 and not external.get(v)}
    for v, root in attached.items():
        split.union(v, root)
    for a, b in loose_links:
        if a not in attached and b not in attached and ranges[a] == ranges[b]:
            split.union(a, b)
    groups: dict[str, list[str]] = {}
    for i in sorted(ranges):
        groups.setdefault(split.find(i), []).append(i)
    return list(groups.values())


def cluster(events: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group raw events into clusters of the same real-world event: the clusters of every one of
    :func:`components`, sorted by their smallest member id.

    >>> base = dict(event_type="Battles", sub_event_type="Armed clash", actor1=None, actor2=None, location="Hit",
    ...             latitude=33.6, longitude=42.8, geo_precision=1, date="2016-04-14", date_end="2016-04-14")
    >>> [len(c) for c in cluster([{**base, "id": "e1", "article_id": "a"}, {**base, "id": "e2", "article_id": "b"}])]
    [2]
    """
    return sorted((c for comp in components(events) for c in comp), key=lambda g: g[0]["id"])


def fused_row_json(fused: dict[str, Any]) -> dict[str, Any]:
    """The fused event with list fields JSON-encoded for storage."""
    out = dict(fused)
    for k in ("tags", "assoc_actors", "persons", "sources"):
        out[k] = json.dumps(out.get(k) or [], ensure_ascii=False, default=str)
    return out
