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


def test_a_months_count_of_the_dead_told_by_a_monitor_is_a_claim():
    assert ("people killed", 812) in claims("The UN mission said at least 812 Iraqis were killed in acts of terrorism "
                                            "and violence in May.", "2016-06-02")
    assert ("people killed", 1030) in claims("Some 1,030 civilians were killed across the country in October, the "
                                             "monitor said.", "2016-11-02")


def test_a_toll_since_a_day_or_over_a_stretch_of_fighting_in_any_figure():
    assert ("cumulative death toll", 35) in claims("Medics say at least 35 people have been killed in the district "
                                                   "since Friday.")
    assert ("cumulative death toll", 57) in claims("The monitor said 57 people had been killed in the fortnight of "
                                                   "clashes around the dam.")
    assert 19 in values("Nurses said 19 patients at the field clinic had died of hunger since March.")
    assert ("fighters killed", 62) in claims("A monitor said 62 soldiers and allied militiamen have been killed since "
                                             "Tuesday.")
    assert ("cumulative death toll", 30) in claims("Mortar fire from across the river has killed about 30 people in "
                                                   "the market town since April.")
    # (one blast's dead is the event's, no tally)
    assert values("The car bomb killed 23 people at a checkpoint on Sunday.") == []


def test_ground_retaken_told_as_part_of_a_whole_or_after_another_haul():
    got = claims("The army said it had recovered about 90 of the 110 square kilometres the militants held.")
    assert got == [("territory taken", 90)]
    got = claims("Since March the militia has retaken more than 40 villages and some 1,300 square kilometres.")
    assert ("territory taken", 1300) in got and ("villages taken", 40) in got


def test_how_near_a_side_came_and_a_zones_radius():
    assert ("distance", 3) in claims("Kurdish units have pushed to within 3 km of the dam, a spokesman said.")
    assert ("distance", 200) in claims("Troops got within about 200 metres of the shrine before dusk.")
    assert ("zone radius", 40) in claims("Jets struck a column that had entered the 40 km exclusion zone around the "
                                         "garrison.")
    assert ("zone radius", 30) in claims("Ankara wants a 30-mile buffer zone along the frontier.")
    assert ("distance from provincial capital", 35) in claims("The oasis town lies about 35 km north of the "
                                                              "provincial capital.")


def test_a_price_on_a_mans_head():
    assert ("reward", 7e6) in claims("Washington has offered a reward of up to $7 million for information on him.")
    assert ("reward", 2e7) in claims("The ministry announced a bounty of 20 million dollars for his capture.")


def test_how_many_the_doctors_treated():
    assert ("people treated", 60) in claims("Medics said more than 60 people were treated for breathing problems.")
    assert ("people treated", 140) in claims("A surgeon said the clinic had received some 140 wounded since dawn.")


def test_a_part_of_a_whole_and_a_decimal_million_are_reported_figures():
    assert 600 in values("Dutch officials believe that some 600 of their nationals have gone to join the jihadists.")
    assert 2000 in values("Diplomats think about 2,000 of its men are now in Iraq.")
    assert 2.5e6 in values("The agency says 2.5 million people in the north have lost access to clean water.")
    # (a part of the dead is none, nor a killing's second object, nor a milestone)
    assert values("Elders said as many as 700 of their kinsmen had been put to death.") == []
    assert values("The raid killed some 20 officers and about 250 of their bodyguards.") == []
    assert values("The convoy was hit at kilometre 140 of the desert highway.") == []


def test_the_earlier_figure_of_a_change_takes_the_unit_of_the_figure_before_it():
    got = claims("Gas output has slipped to about 6.2 million cubic metres a day from 24 million before the war, the "
                 "ministry said.")
    assert ("gas output", 6.2e6) in got and ("gas output", 2.4e7) in got
    got = claims("The group's monthly income has dropped to roughly $11 million, from nearly $60 million a year ago.")
    assert ("revenue", 1.1e7) in got and ("revenue", 6e7) in got
    got = claims("Fields once pumped 210,000 barrels a day but output has collapsed to under 8,000, engineers say.")
    assert ("oil output", 210000) in got and ("oil output", 8000) in got
    assert ("oil output", 7000) in claims("Wells held by the group are thought to pump under 7,000 b/d.")
    # (a figure with a unit of its own is another claim's, and a year is no figure)
    got = claims("Some 40,000 people live in the camp, up from 2015, and 3,000 families came from 12 villages.")
    assert ("civilians remaining", 40000) in got and 2015 not in values(
        "Some 40,000 people live in the camp, up from 2015.")
