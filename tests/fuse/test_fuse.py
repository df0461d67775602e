"""Fusion rules on hand-made raw events."""

import datetime as dt

from frontwatch.fuse import cluster, components, fuse_cluster, fusion_window, same_actor, same_event

BASE = dict(event_type="Battles", sub_event_type="Government regains territory", actor1="Iraqi government forces",
            actor2="Islamic State", location="Hit", country="IQ", latitude=33.64, longitude=42.83, geo_precision=1,
            date="2016-04-14", date_end="2016-04-14", date_precision="day", confidence=0.6, tags=[], assoc_actors=[], persons=[],
            fatalities_low=None, fatalities_best=None, fatalities_high=None, evidence="x", evidence_span=[0, 1])


def ev(i: str, **kw):
    return {**BASE, "id": f"e{i}", "article_id": f"a{i}", "source": f"S{i}", **kw}


def test_same_event_needs_different_articles():
    a = ev("1")
    assert not same_event(a, {**a, "id": "e2"})
    assert same_event(a, ev("2"))


def test_incompatible_actors_types_and_places_split():
    a = ev("1")
    assert not same_event(a, ev("2", actor1="Popular Mobilization Forces"))
    assert same_event(a, ev("2", actor1=None))  # empty on one side is compatible
    assert not same_event(a, ev("2", sub_event_type="Non-state actor overtakes territory"))
    strike = ev("3", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert not same_event(strike, ev("4", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb"))
    assert same_event(strike, ev("4", event_type="Explosions/Remote violence", sub_event_type=None))
    assert not same_event(a, ev("2", sub_event_type=None))  # a change of control only with the same change
    assert not same_event(a, ev("2", latitude=34.0))  # ~40 km away at town precision
    assert same_event(a, ev("2", latitude=34.0, geo_precision=2))  # within a region's 60 km
    assert same_event(a, ev("2", latitude=33.70))  # ~7 km: the same town placed a little apart
    assert not same_event(a, ev("2", latitude=33.70, location="Kubaysah"))  # another town: another event
    assert same_event(a, ev("2", latitude=33.645, location="Hit city"))  # one point, another spelling


def test_a_member_and_its_coalition_are_one_actor():
    """Reports name the striker as they see it: "US warplanes" and "coalition warplanes" of one strike fuse."""
    us = ev("1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", actor1="United States")
    assert same_event(us, {**us, "id": "e2", "article_id": "a2", "actor1": "US-led coalition"})
    assert same_event({**us, "actor1": "US-led coalition"}, {**us, "id": "e2", "article_id": "a2"})
    assert not same_event(us, {**us, "id": "e2", "article_id": "a2", "actor1": "Russia"})
    assert not same_event(us, {**us, "id": "e2", "article_id": "a2", "actor1": "Islamic State"})
    assert same_actor("Ahrar al-Sham", "Syrian rebels") and same_actor("Syrian rebels", "Ahrar al-Sham")
    assert not same_actor("Ahrar al-Sham", "Jaish al-Islam")  # two members of one coalition: two actors


def test_dates_overlap_with_one_day_slack():
    assert same_event(ev("1"), ev("2", date="2016-04-13", date_end="2016-04-13"))
    assert not same_event(ev("1"), ev("2", date="2016-04-12", date_end="2016-04-12"))
    assert same_event(ev("1"), ev("2", date="2016-04-01", date_end="2016-04-30", date_precision="month"))


def test_fused_fields():
    f = fuse_cluster([ev("1", fatalities_low=5, fatalities_high=10, confidence=0.5),
                      ev("2", fatalities_low=8, fatalities_high=None, confidence=0.7, date="2016-04-01",
                         date_end="2016-04-30", date_precision="month")])
    assert (f["fatalities_low"], f["fatalities_high"]) == (8, 10)
    assert f["date"] == "2016-04-14" and f["date_precision"] == "day"  # the narrowest range wins
    assert f["confidence"] == round(1 - 0.5 * 0.3, 3)
    assert f["n_sources"] == 2 and [s["event_id"] for s in f["sources"]] == ["e2", "e1"] or f["n_sources"] == 2


def test_same_source_twice_is_not_independent():
    f = fuse_cluster([ev("1", confidence=0.6), ev("2", confidence=0.6, source="S1")])
    assert f["n_sources"] == 1 and f["confidence"] == 0.6


def test_precise_reports_fuse_within_one_window_only():
    # 14 April ends a window (12-14 April), 15 April starts the next: a day apart but not fused
    assert fusion_window(dt.date(2016, 4, 14)) + 1 == fusion_window(dt.date(2016, 4, 15))
    assert not same_event(ev("1"), ev("2", date="2016-04-15", date_end="2016-04-15"))
    # daily clashes in one town for three weeks (3-23 April): seven events of three days, not one of 21
    days = [ev(str(d), date=f"2016-04-{d:02d}", date_end=f"2016-04-{d:02d}") for d in range(3, 24)]
    groups = cluster(days)
    assert len(groups) == 7 and {len(g) for g in groups} == {3}
    assert all(len({fusion_window(dt.date.fromisoformat(e["date"])) for e in g}) == 1 for g in groups)


def test_cluster_is_transitive_and_stable():
    # 12 and 14 April are two days apart, but both a day from the 13th: one event (the window is 12-14 April)
    evs = [ev("1", date="2016-04-12", date_end="2016-04-12"), ev("2", date="2016-04-13", date_end="2016-04-13"),
           ev("3"), ev("4", location="Mosul", latitude=36.34, longitude=43.13)]
    groups = cluster(evs)
    assert sorted(len(g) for g in groups) == [1, 3]
    assert [sorted(e["id"] for e in g) for g in cluster(reversed(evs))] == [sorted(e["id"] for e in g) for g in groups]


APRIL = dict(date="2016-04-01", date_end="2016-04-30", date_precision="month")


def test_vague_dates_fuse_only_inside_their_range_at_the_same_point():
    month = ev("1", **APRIL)
    assert same_event(month, ev("2"))  # "on 14 April" is "in April", same town
    assert same_event(month, ev("2", **APRIL))
    assert not same_event(month, ev("2", date="2016-05-01", date_end="2016-05-01"))  # no slack: 1 May is not April
    assert not same_event(month, ev("2", latitude=33.70))  # ~7 km away: a neighbouring place, not this one
    assert not same_event(month, ev("2", date="2016-04-20", date_end="2016-05-20"))  # neither range inside the other
    assert same_event(ev("1"), ev("2", latitude=33.70))  # precise dates keep the 15 km town radius


def test_vague_reports_do_not_bridge_months_or_places():
    # under the old rule all five were one event: April's report caught 1 May (one day of slack), May's report
    # caught 1 May, and the town 7 km away fell within the 15 km radius
    events = [ev("m1", **APRIL), ev("d2", date="2016-05-01", date_end="2016-05-01"),
              ev("m2", date="2016-05-01", date_end="2016-05-31", date_precision="month"),
              ev("m3", **APRIL, latitude=33.70), ev("d3", date="2016-04-10", date_end="2016-04-10", latitude=33.70)]
    groups = sorted(sorted(e["id"] for e in g) for g in cluster(events))
    assert groups == [["ed2", "em2"], ["ed3", "em3"], ["em1"]]


def _ids(groups):
    return sorted(sorted(e["id"] for e in g) for g in groups)


def test_a_vague_report_never_makes_two_precise_events_one():
    # "in April" at Hit matches the retaking of 14 April and a clash of 28 April there: under plain components
    # the three were one event
    month, d14 = ev("m", **APRIL, actor2=None), ev("d14")
    d28 = ev("d28", date="2016-04-28", date_end="2016-04-28")
    assert same_event(month, d14) and same_event(month, d28) and not same_event(d14, d28)
    for order in ([month, d14, d28], [d28, month, d14], [d14, d28, month]):
        (comp,) = components(order)  # still one component: a store re-fuses the three together
        assert _ids(comp) == [["ed14"], ["ed28"], ["em"]]
        assert _ids(cluster(order)) == [["ed14"], ["ed28"], ["em"]]


def test_a_vague_report_joins_the_one_precise_event_it_matches():
    d14, d13 = ev("d14"), ev("d13", date="2016-04-13", date_end="2016-04-13")  # the 13th and the 14th: one window
    assert _ids(cluster([ev("m", **APRIL), d14, d13])) == [["ed13", "ed14", "em"]]


def test_vague_reports_left_apart_fuse_only_with_the_same_range():
    d14, d28 = ev("d14"), ev("d28", date="2016-04-28", date_end="2016-04-28")
    year = dict(date="2016-01-01", date_end="2016-12-31", date_precision="year")
    groups = cluster([ev("m1", **APRIL), ev("m2", **APRIL), ev("y", **year), d14, d28])
    # both April reports match both clashes, so they stay apart from them, together; the year holds April's
    # reports but is another range
    assert _ids(groups) == [["ed14"], ["ed28"], ["em1", "em2"], ["ey"]]


def _reference(evs):
    """The clusters by the module docstring's rule, from every pair of reports (slow, obviously right)."""
    ids = [e["id"] for e in evs]
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    def days(e):
        return (dt.date.fromisoformat(e["date_end"]) - dt.date.fromisoformat(e["date"])).days

    def wide(e):  # loose: a vague date, or a place no finer than a region
        return days(e) > 7 or e["geo_precision"] in (2, 3)

    def kind(e):  # loose reports left apart fuse with their own kind only: the same range, or both coarse
        return (e["date"], e["date_end"]) if days(e) > 7 else "coarse"

    pairs = [(a, b) for k, a in enumerate(evs) for b in evs[k + 1:] if same_event(a, b)]
    for a, b in pairs:
        if not wide(a) and not wide(b):
            union(a["id"], b["id"])
    roots = {}
    for a, b in pairs:
        if wide(a) != wide(b):
            v, p = (a, b) if wide(a) else (b, a)
            roots.setdefault(v["id"], set()).add(find(p["id"]))
    attached = {v: next(iter(r)) for v, r in roots.items() if len(r) == 1}
    for v, r in attached.items():
        union(v, r)
    for a, b in pairs:
        if wide(a) and wide(b) and not {a["id"], b["id"]} & attached.keys() and \
                kind(a) == kind(b):
            union(a["id"], b["id"])
    groups = {}
    for i in sorted(ids):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def test_clusters_equal_the_rule_applied_to_every_pair_on_random_reports():
    import random

    rng = random.Random(7)
    for _ in range(20):
        evs = []
        for n in range(60):
            start = dt.date(2016, 4, 1) + dt.timedelta(days=rng.randint(0, 40))
            if rng.random() < 0.3:  # vague: a month, or a longer range
                end = start + dt.timedelta(days=rng.choice([10, 29, 60]))
            else:
                end = start + dt.timedelta(days=rng.choice([0, 0, 1]))
            evs.append(ev(f"{n:03d}", date=start.isoformat(), date_end=end.isoformat(),
                          latitude=rng.choice([33.64, 33.645, 33.70, 34.1]), actor1=rng.choice([BASE["actor1"], None]),
                          geo_precision=rng.choice([1, 1, 1, 2, 3]), location=rng.choice(["Hit", "Hit", "Anbar"])))
        assert [sorted(e["id"] for e in c) for c in cluster(evs)] == _reference(evs)


def test_a_province_report_is_loose_like_a_vague_date():
    """"Air strikes in Anbar province" is within 200 km of every town's air strikes that day: it joins the one
    town event it matches, and never makes two town events one."""
    anbar = dict(location="Anbar", latitude=33.35, longitude=42.5, geo_precision=3)
    hit, kubaysah = ev("hit"), ev("kub", location="Kubaysah", latitude=33.59, longitude=42.60)
    province = ev("prov", **anbar)
    assert same_event(province, hit) and same_event(province, kubaysah) and not same_event(hit, kubaysah)
    assert _ids(cluster([province, hit, kubaysah])) == [["ehit"], ["ekub"], ["eprov"]]
    assert _ids(cluster([province, hit, ev("hit2")])) == [["ehit", "ehit2", "eprov"]]
    # two reports of the province fuse with each other when they attach to no town event
    assert _ids(cluster([province, ev("prov2", **anbar), hit, kubaysah])) == [["ehit"], ["ekub"], ["eprov", "eprov2"]]


def test_two_provinces_named_are_two_events():
    anbar = ev("1", location="Anbar", latitude=33.35, longitude=42.5, geo_precision=3)
    assert not same_event(anbar, ev("2", location="Salah ad-Din", latitude=34.5, longitude=43.5, geo_precision=3))
    assert same_event(anbar, ev("2", location="Anbar", latitude=33.9, longitude=42.5, geo_precision=3))
    assert same_event(anbar, ev("2", location="Ramadi", latitude=33.42, longitude=43.30))  # a town in it
