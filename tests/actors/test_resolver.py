"""Actor mentions: aliases, descriptions in either number, demonym + force noun, persons."""

import pytest

from frontwatch.actors import get_actor_resolver


def actors(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in get_actor_resolver("syria-iraq").find(text) if m.kind == "actor"]


@pytest.mark.parametrize("text, phrase, actor", [
    ("A barrel bomb dropped by a regime helicopter hit the market.", "regime helicopter", "Syrian government forces"),
    ("Regime helicopters dropped barrel bombs.", "Regime helicopters", "Syrian government forces"),
    ("A coalition jet struck the bridge.", "coalition jet", "US-led coalition"),
    ("Russian warplane downed near the border.", "Russian warplane", "Russian forces"),
    ("An Iraqi Shia militiaman was killed.", "Iraqi Shia militiaman", "Popular Mobilization Forces"),
    ("An extremist fighter blew himself up.", "extremist fighter", "Islamic State"),
    ("A Turkish soldier died in the blast.", "Turkish soldier", "Turkish forces"),
    ("Rebel shelling of western districts killed five people.", "Rebel shelling", "Syrian rebels"),
    ("Regime barrel bombs hit Daraya.", "Regime barrel bombs", "Syrian government forces"),
])
def test_descriptions_and_force_nouns_match_in_either_number(text, phrase, actor):
    assert (phrase, actor) in actors(text)


def test_shiite_militias_are_read_by_the_country():
    # Iraq's Popular Mobilization in Iraq, the government's allied militias in Syria (the extractor picks by country)
    found = [m for m in get_actor_resolver("syria-iraq").find("A Shia militiaman was killed.") if m.kind == "actor"]
    assert [(m.text, m.value, set(m.candidates)) for m in found] == [
        ("Shia militiaman", None, {"Popular Mobilization Forces", "Syrian government forces"})]


def test_other_nouns_keep_the_number_the_pack_gives():
    # "the extremist group" is Islamic State; "the extremist groups" are several, so not one actor
    assert ("the extremist group", "Islamic State") in actors("They fought the extremist group.")
    assert not any(v == "Islamic State" for _t, v in actors("Rivalry split the extremist groups."))
    assert actors("Rivalry split the jihadist groups.") == []


def test_led_strikes_are_the_coalitions_and_a_demonym_names_a_states_strikes():
    assert ("US-led air strikes", "US-led coalition") in actors("They advanced under cover of US-led air strikes.")
    assert ("Syrian air strike", "Syrian government forces") in actors("A Syrian air strike hit a depot.")
    assert ("Turkish shelling", "Turkish forces") in actors("Turkish shelling hit Afrin.")


def test_dotted_us_matches_the_packs_us_phrases():
    # the pack says "US-backed forces"; AP and Reuters write "U.S.-backed forces"
    assert actors("U.S.-backed forces declared full control of Raqqa.") == [("U.S.-backed forces", "YPG/SDF")]
    assert ("U.S. warplanes", "United States") in actors("U.S. warplanes struck the bridge.")
    assert ("coalition warplanes", "US-led coalition") in actors("coalition warplanes struck the bridge.")


def test_government_aircraft_are_an_ambiguous_state_force():
    r = get_actor_resolver("syria-iraq")
    (m,) = r.find("Government warplanes pounded the enclave.")
    assert m.value is None and set(m.candidates) == {"Syrian government forces", "Iraqi government forces"}


def test_a_force_noun_of_a_named_side_is_that_side():
    assert actors("Warplanes of the US-led coalition struck the bridge.") == [
        ("Warplanes of the US-led coalition", "US-led coalition")]
    assert actors("Troops of the Iraqi army entered.") == [("Troops of the Iraqi army", "Iraqi government forces")]
    # (a named side before "of" keeps its own reading)
    assert ("Syrian army", "Syrian government forces") in actors("The Syrian army of Bashar al-Assad attacked.")
    # ("militants" alone is the pack's default jihadist group; "of" a named group, that group's)
    assert actors("The shelling was by the militants of Jabhat al-Nusra.") == [
        ("the militants of Jabhat al-Nusra", "Jabhat al-Nusra")]
    assert actors("Militants of Ahrar al-Sham attacked.") == [("Militants of Ahrar al-Sham", "Ahrar al-Sham")]


def test_two_demonyms_before_aircraft_are_two_sides():
    assert actors("Russian and Syrian aircraft pounded Khan Shaykhun.") == [
        ("Russian", "Russian forces"), ("Syrian aircraft", "Syrian government forces")]


def test_us_backed_syrian_fighters_are_the_sdf_not_the_syrian_state():
    assert actors("US-backed Syrian fighters pushed into Raqqa.") == [("US-backed Syrian fighters", "YPG/SDF")]
    assert actors("U.S.-backed Syrian fighters pushed into Raqqa.") == [("U.S.-backed Syrian fighters", "YPG/SDF")]


def test_two_demonyms_before_one_force_noun_are_two_sides():
    assert actors("Russian and Syrian jets pounded Ghouta.") == [("Russian", "Russian forces"),
                                                                ("Syrian jets", "Syrian government forces")]
    assert actors("Iraqi and Kurdish forces launched an offensive.")[0] == ("Iraqi", "Iraqi government forces")


def test_the_jihadists_may_be_either_jihadist_group():
    """Which one is the extractor's call, from the story (tests/extract/test_rules.py)."""
    for text in ("The jihadists withdrew.", "A jihadist fighter blew himself up.", "Jihadists attacked."):
        (m,) = [m for m in get_actor_resolver("syria-iraq").find(text) if m.kind == "actor"]
        assert m.value is None and m.candidates[0] == "Islamic State" and "Jabhat al-Nusra" in m.candidates, text


def test_a_coalition_of_the_rebels_or_one_named_is_not_the_us_led_coalition():
    r = get_actor_resolver("syria-iraq")
    assert [m.value for m in r.find("joined by the Nusra-linked coalition Jaish al-Fustat")] == []
    assert [m.value for m in r.find("a rebel coalition seized Idlib")] == []
    assert [m.value for m in r.find("The coalition said on Monday its jets struck Raqqa.")] == ["US-led coalition"]
