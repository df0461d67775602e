"""Claims by kind: the twentieth session's rules, each on sentences written for the tests (none from a fixture)."""

import datetime as dt

from frontwatch.extract import extract_article
from frontwatch.records import Article


def claims(text: str, published: str = "2016-08-02") -> list[tuple[str, float]]:
    return [(c.metric, c.value) for c in extract_article(Article(id="t", text=text,
                                                                 published=dt.date.fromisoformat(published))).claims]


def values(text: str, published: str = "2016-08-02") -> list[float]:
    return [v for _m, v in claims(text, published)]


def test_as_many_as_a_figure_of_civilians_is_no_strength_of_its_first_digits():
    got = claims("Aid agencies fear that as many as 620,000 civilians are still trapped in the old quarter.")
    assert 620.0 not in values("Aid agencies fear that as many as 620,000 civilians are still trapped in the "
                               "old quarter.")
    assert ("civilians remaining", 620000) in got


def test_an_x_held_half_of_a_city_is_a_place_not_a_share_held():
    assert claims("Militiamen shelled the government-held half of Deir ez-Zor city on Sunday.") == []
    assert claims("Snipers fired across the river into the rebel-held half of the town.") == []
    assert ("territory share held", 0.5) in claims("The Kurds now hold half of the town, a commander said.")


def test_a_range_of_the_dead_of_a_raid_is_no_strength():
    assert values("Jets bombed positions near the dam overnight, killing between 70 and 130 militants, the army "
                  "said.") == []
    assert values("The ministry said its strikes had killed between 240 and 310 fighters of the group.") == []
    got = claims("The group is thought to field between 6,000 and 9,000 fighters in the east.")
    assert ("fighters", 6000) in got and ("fighters", 9000) in got
    got = claims("Officials say operations have killed between 20,000 and 25,000 fighters since 2014.")
    assert ("fighters killed", 20000) in got and ("fighters killed", 25000) in got


def test_men_shot_dead_or_tribesmen_killed_in_a_massacre_are_the_dead_not_a_force():
    assert values("Witnesses said gunmen shot dead some 140 former policemen at a quarry outside the town.") == []
    assert values("Jihadists have killed more than 300 members of the Jubur tribe in the past fortnight, "
                  "local officials said.") == []
    assert ("fighters killed", 1700) in claims("The army says it has killed some 1,700 members of the group since "
                                               "January.")


def test_a_raids_detainees_or_wrecks_are_no_claim_but_a_tally_since_a_date_is():
    assert values("Police detained 214 people in dawn raids across the province on Tuesday.") == []
    assert values("Drones destroyed 132 fuel trucks parked near the crossing.") == []
    assert 1100 in values("Security forces have arrested more than 1,100 suspects since July, the ministry said.")
