"""Fatality phrases -> low/best/high, following the documented rules."""

import pytest

from frontwatch.extract.fatalities import find_fatalities, parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The blast killed 12 people.", (12, 12, 12)),
        ("The blast killed at least 12 people.", (12, 12, None)),
        ("An air strike killed more than 50 civilians.", (51, 51, None)),
        ("Dozens of fighters were killed in the clashes.", (24, 24, None)),
        ("Scores of people were killed.", (40, 40, None)),
        ("Some 150 soldiers were killed.", (150, 150, 150)),
        ("The bomber killed five and wounded 12.", (5, 5, 5)),
        ("Twenty-five people were killed on Monday.", (25, 25, 25)),
        ("About a dozen IS fighters were killed in the firefight.", (12, 12, 12)),
        ("The attack killed between 30 and 40 people.", (30, 35, 40)),
        ("Turkish jets killed between 160 and 200 YPG militants.", (160, 180, 200)),
        ("Clashes killed 20 to 30 fighters.", (20, 25, 30)),
        ("A roadside bomb killed several more people.", (3, 3, None)),
        ("Hundreds of cadets were massacred.", (200, 200, None)),
        ("A strike left 9 dead.", (9, 9, 9)),
        ("The jets struck around al-Bab, killing two dozen militants.", (24, 24, 24)),
        ("Gunmen killed half a dozen policemen.", (6, 6, 6)),
        ("A coalition air strike killed the group's finance chief.", (1, 1, 1)),  # one person, named by the post
        ("Gunmen shot dead Russia's ambassador at an exhibition.", (1, 1, 1)),
        ("Militants killed the village's mukhtar and his two sons.", (3, 3, 3)),
        ("A suicide bomber killed 33 young activists in Suruc.", (33, 33, 33)),  # whom: any plural noun
        ("The bombers killed nine Iranian technicians at the plant.", (9, 9, 9)),
    ],
)
def test_phrases(text, expected):
    found = find_fatalities(text)
    if expected is None:
        assert all(f.low != 30 for f in found)
    else:
        assert found, text
        assert (found[0].low, found[0].best, found[0].high) == expected


def test_one_of_the_deadliest_is_no_count():
    assert find_fatalities("They killed soldiers in one of the deadliest attacks of the war.") == []


def test_a_measure_after_killed_is_no_count_of_people():
    assert find_fatalities("He was killed two years ago in Raqqa.") == []
    assert find_fatalities("The strike killed 30 km from the border.") == []


def test_wounded_are_not_fatalities():
    assert find_fatalities("Twelve people were wounded in the attack.") == []
    assert find_fatalities("The shelling wounded 40 civilians.") == []


def test_a_year_is_not_a_death_count():
    found = find_fatalities("IS seized the town in June 2014 and executed up to 1,700 cadets.")
    assert [(f.low, f.best, f.high) for f in found] == [(1, 1700, 1700)]
    assert find_fatalities("The group took the city in 2015 and killed scores.")[0].best == 40
    assert find_fatalities("Fighting since 2012 killed 2016 people, the monitor said.")[0].best == 2016  # a count


def test_span_offsets_are_absolute():
    text = "On Monday a strike killed 7 people."
    (f,) = find_fatalities(text, offset=100)
    assert text[f.span[0] - 100: f.span[1] - 100] == f.text


@pytest.mark.parametrize("s, n", [("1,600", 1600), ("twelve", 12), ("thirty-one", 31), ("two hundred", 200),
                                  ("300,000", 300000), ("many", None)])
def test_parse_number(s, n):
    assert parse_number(s) == n


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb hit a patrol, killing an officer and two soldiers.", (3, 3, 3)),
    ("An attack killed a US Marine and wounded several others.", (1, 1, 1)),
    ("Clashes killed 3 soldiers and 2 civilians on Monday.", (5, 5, 5)),
    ("A suicide bomber blew himself up at a funeral, killing 17 mourners.", (17, 17, 17)),
    ("Clashes killed at least 10 fighters and a commander.", (11, 11, None)),
])
def test_one_victim_and_joined_counts_add_up(text, expected):
    (f,) = find_fatalities(text)
    assert (f.low, f.best, f.high) == expected


def test_one_named_victim_in_the_passive_and_the_wounded_after_and_are_not_added():
    (f,) = find_fatalities("A Turkish soldier was killed and three wounded when IS militants fired rockets.")
    assert (f.low, f.best, f.high) == (1, 1, 1)
    (f,) = find_fatalities("The blast killed five people and 12 others were wounded.")
    assert f.best == 5


def test_one_named_by_rank_and_more_of_his_men_add_up():
    assert [(f.low, f.high) for f in find_fatalities("an air strike killed a rebel commander and four of his men")] == [
        (5, 5)]


@pytest.mark.parametrize("text, low, high", [
    ("killing more than a hundred people", 101, None),
    ("The attack cost 12 lives.", 12, 12),
    ("claiming at least 17 lives", 17, None),
])
def test_a_hundred_and_lives_claimed(text, low, high):
    (f,) = find_fatalities(text)
    assert (f.low, f.high) == (low, high)


def test_a_model_number_is_no_death_toll():
    assert [f.best for f in find_fatalities("Russia said its Su-34 bombers had killed the commander in a strike.")] \
        == [1]  # (the commander, not 34)
    assert [f.best for f in find_fatalities("Its MiG-23 jets killed 12 people.")] == [12]


def test_a_groups_number_two_is_a_rank_not_a_count():
    from frontwatch.extract.fatalities import find_fatalities
    assert [f.low for f in find_fatalities("The Islamic State's number two was killed in a strike on Friday.", 0)] == []
    assert [f.low for f in find_fatalities("Two commanders were killed in a strike on Friday.", 0)] == [2]


def test_a_day_of_the_month_is_no_death_toll():
    assert find_fatalities("A Jan. 12 strike near Mayadin had killed an ISIL financier.") == []
    assert find_fatalities("A strike near Mayadin on January 12 had killed the financier.") == []
    # (a count of people after the month is still one)
    assert [f.best for f in find_fatalities("In May 40 people were killed in the city.")] == [40]
    assert [f.best for f in find_fatalities("The strike killed 12 people on May 5.")] == [12]
