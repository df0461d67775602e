"""Tests of the theatre-pack loader and registry, on the shipped packs and a malformed fixture pack."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import frontwatch.theatre as theatre_mod
from frontwatch.errors import TheatreError
from frontwatch.theatre import ACTOR_KINDS, available_theatres, load_theatre

SHIPPED = ("syria-iraq", "libya")
BAD_PACK = Path(__file__).parent / "fixtures" / "bad_pack"

#: The canonical names the gold sets use; the syria-iraq pack must define every one of them.
GOLD_ACTORS = {
    "Islamic State",
    "Syrian government forces",
    "Russian forces",
    "US-led coalition",
    "United States",
    "Iraqi government forces",
    "Kurdish Peshmerga",
    "YPG/SDF",
    "Popular Mobilization Forces",
    "Sunni tribal forces",
    "Syrian rebels",
    "Jabhat al-Nusra",
    "Turkish forces",
    "Civilians",
}


@pytest.fixture
def fresh_cache():
    load_theatre.cache_clear()
    yield
    load_theatre.cache_clear()


@pytest.fixture
def packs_root(tmp_path, monkeypatch, fresh_cache):
    """An empty packs root that ``_builtin_root`` points to; tests copy packs into it."""
    root = tmp_path / "theatres"
    root.mkdir()
    monkeypatch.setattr(theatre_mod, "_builtin_root", lambda: root)
    return root


# --- the shipped packs ---------------------------------------------------------------------------------------


def test_shipped_packs_are_registered():
    names = available_theatres()
    for name in SHIPPED:
        assert name in names


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_pack_loads(name):
    t = load_theatre(name)
    assert t.name == name
    assert t.start < t.end
    assert t.countries
    assert len(t.actors) >= 10
    assert t.persons
    assert all(a.kind in ACTOR_KINDS for a in t.actors)


def test_syria_iraq_defines_the_gold_actors():
    t = load_theatre("syria-iraq")
    names = {a.name for a in t.actors}
    assert GOLD_ACTORS <= names
    assert {"Yazidi forces", "Hezbollah", "Iranian forces", "Ahrar al-Sham"} <= names
    assert len(t.actors) <= 25


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [
        ("Daesh", "Islamic State"),
        ("daesh", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Islamic State of Iraq and the Levant", "Islamic State"),
        ("  Syrian Arab Army ", "Syrian government forces"),
        ("FSA", "Syrian rebels"),
        ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("Syrian Democratic Forces", "YPG/SDF"),
        ("Golden Division", "Iraqi government forces"),
        ("Peshmerga", "Kurdish Peshmerga"),
        ("Sinjar Resistance Units", "Yazidi forces"),
        ("YPG/SDF", "YPG/SDF"),
    ],
)
def test_alias_lookup(surface, canonical):
    assert load_theatre("syria-iraq").actor(surface).name == canonical


def test_libya_alias_lookup():
    t = load_theatre("libya")
    assert t.actor("LNA").name == "Libyan National Army"
    assert t.actor("Daesh").name == "Islamic State"
    assert t.actor("BRSC").name == "Benghazi Revolutionaries Shura Council"


def test_unknown_actor_error_lists_known_actors():
    t = load_theatre("syria-iraq")
    with pytest.raises(TheatreError) as exc:
        t.actor("Martians")
    msg = str(exc.value)
    assert "Martians" in msg and "syria-iraq" in msg
    for name in ("Islamic State", "YPG/SDF", "Civilians"):
        assert name in msg


def test_unknown_theatre_error_lists_available():
    with pytest.raises(TheatreError, match="available: .*syria-iraq"):
        load_theatre("atlantis")


@pytest.mark.parametrize("name", SHIPPED)
def test_allies_are_symmetric(name):
    t = load_theatre(name)
    for a in t.actors:
        mine = t.allies_of(a.name)
        assert a.name in mine
        for other in mine:
            assert a.name in t.allies_of(other), (a.name, other)


def test_expected_alliances():
    t = load_theatre("syria-iraq")
    assert {"Russian forces", "Hezbollah", "Iranian forces"} <= t.allies_of("Syrian government forces")
    assert {"Popular Mobilization Forces", "Sunni tribal forces", "US-led coalition"} <= t.allies_of(
        "Iraqi government forces"
    )
    assert "Syrian rebels" in t.allies_of("Turkish forces")
    assert "US-led coalition" in t.allies_of("YPG/SDF")
    assert "Islamic State" not in t.allies_of("Syrian government forces")
    assert t.allies_of("Islamic State") == {"Islamic State"}
    assert t.actor("United States").coalition == "US-led coalition"


@pytest.mark.parametrize("name", SHIPPED)
def test_no_surface_form_names_two_actors(name):
    owner: dict[str, str] = {}
    for a in load_theatre(name).actors:
        for form in {s.casefold() for s in (a.name, *a.aliases, *a.descriptions)}:
            assert owner.setdefault(form, a.name) == a.name, f"{form!r}: {owner[form]} and {a.name}"


@pytest.mark.parametrize("name", SHIPPED)
def test_ambiguous_phrases_refer_to_known_actors(name):
    t = load_theatre(name)
    names = {a.name for a in t.actors}
    forms = {s.casefold() for a in t.actors for s in (a.name, *a.aliases, *a.descriptions)}
    ambiguous = t.ambiguous
    assert ambiguous, "each shipped pack documents its ambiguous surface forms"
    for phrase, candidates in {**ambiguous, **t.anaphoric}.items():
        assert len(candidates) >= 2, phrase
        assert set(candidates) <= names, (phrase, set(candidates) - names)
        assert phrase.casefold() not in forms, f"{phrase!r} is both ambiguous and an alias/description"
    assert not {p.casefold() for p in ambiguous} & {p.casefold() for p in t.anaphoric}, "resolved two ways"


def test_kurdish_fighters_and_government_forces_are_ambiguous():
    ambiguous = load_theatre("syria-iraq").ambiguous
    assert set(ambiguous["Kurdish fighters"]) == {"YPG/SDF", "Kurdish Peshmerga"}
    assert {"Syrian government forces", "Iraqi government forces"} <= set(ambiguous["government troops"])


@pytest.mark.parametrize("name", SHIPPED)
def test_actor_colours_are_distinct_hex(name):
    colours = [a.color for a in load_theatre(name).actors]
    assert all(c and re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)


@pytest.mark.parametrize("name", SHIPPED)
def test_persons_are_consistent(name):
    t = load_theatre(name)
    names = {a.name for a in t.actors}
    owner: dict[str, str] = {}
    for p in t.persons:
        assert p.affiliation is None or p.affiliation in names, (p.name, p.affiliation)
        assert p.position is None or p.position == p.position.lower()
        for form in {s.casefold() for s in (p.name, *p.aliases)}:
            assert owner.setdefault(form, p.name) == p.name, f"{form!r}: {owner[form]} and {p.name}"


def test_syria_iraq_persons_facts():
    t = load_theatre("syria-iraq")
    by_name = {p.name: p for p in t.persons}
    assert len(t.persons) >= 50
    adnani = by_name["Abu Mohammad al-Adnani"]
    assert (adnani.affiliation, adnani.position, adnani.killed.isoformat()) == (
        "Islamic State",
        "spokesman",
        "2016-08-30",
    )
    assert by_name["Mohammed Emwazi"].killed.isoformat() == "2015-11-12"
    assert by_name["Abu Sayyaf"].killed.isoformat() == "2015-05-16"
    assert by_name["Bashar al-Assad"].killed is None
    assert "Jihadi John" in by_name["Mohammed Emwazi"].aliases


# --- malformed packs -------------------------------------------------------------------------------------------


def test_malformed_pack_names_the_file(packs_root):
    shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    assert available_theatres() == ["bad-pack"]
    with pytest.raises(TheatreError) as exc:
        load_theatre("bad-pack")
    msg = str(exc.value)
    assert "actors.yaml" in msg and "actor #2" in msg and "kind" in msg


def test_invalid_yaml_names_the_file(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text("actors: [\n  - name: x\n", encoding="utf-8")
    with pytest.raises(TheatreError, match=r"actors\.yaml"):
        load_theatre("bad-pack")


def test_bad_kind_is_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text("actors:\n  - name: X\n    kind: alien\n", encoding="utf-8")
    with pytest.raises(TheatreError, match="kind 'alien' is not one of"):
        load_theatre("bad-pack")


def test_an_anaphoric_phrase_naming_an_unknown_actor_is_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text(
        "actors:\n  - name: X\n    kind: armed group\nanaphoric:\n  the group: [X, Nobody]\n", encoding="utf-8"
    )
    with pytest.raises(TheatreError, match=r"actors\.yaml: anaphoric phrase 'the group'.*unknown actor 'Nobody'"):
        load_theatre("bad-pack")


def test_unknown_ally_is_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text(
        "actors:\n  - name: X\n    kind: armed group\n    allies: [Nobody]\n", encoding="utf-8"
    )
    with pytest.raises(TheatreError, match=r"actors\.yaml.*'X'.*unknown actor 'Nobody'"):
        load_theatre("bad-pack")


def test_unknown_enemy_is_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text(
        "actors:\n  - name: X\n    kind: armed group\n    enemies: [Nobody]\n", encoding="utf-8"
    )
    with pytest.raises(TheatreError, match=r"actors\.yaml.*'X'.*unknown actor 'Nobody'"):
        load_theatre("bad-pack")


def test_ambiguous_phrase_with_unknown_actor_is_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text(
        "actors:\n  - name: X\n    kind: armed group\nambiguous:\n  the fighters: [X, Nobody]\n",
        encoding="utf-8",
    )
    with pytest.raises(TheatreError, match=r"actors\.yaml.*'the fighters'.*'Nobody'"):
        load_theatre("bad-pack")


def test_bad_date_names_the_file(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    text = (pack / "theatre.yaml").read_text(encoding="utf-8").replace("2015-01-01", "early 2015")
    (pack / "theatre.yaml").write_text(text, encoding="utf-8")
    (pack / "actors.yaml").write_text("actors: []\n", encoding="utf-8")
    with pytest.raises(TheatreError, match=r"theatre\.yaml.*ISO date"):
        load_theatre("bad-pack")


def test_fixed_pack_loads(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text(
        "actors:\n  - name: X\n    kind: armed group\n    aliases: [Ex]\nambiguous:\n  them: [X, X]\n",
        encoding="utf-8",
    )
    t = load_theatre("bad-pack")
    assert t.actor("ex").name == "X"
    assert t.persons == []
    assert t.ambiguous == {"them": ["X", "X"]}
    assert t.file("control.csv") == pack / "control.csv"


def test_bad_members_are_reported(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text("actors:\n  - name: X\n    kind: coalition\n    members: FR\n", encoding="utf-8")
    with pytest.raises(TheatreError, match=r"actors\.yaml: actor #1: 'members' must be a list of two-letter"):
        load_theatre("bad-pack")


def test_a_bad_authority_is_reported_and_a_good_one_is_read(packs_root):
    pack = shutil.copytree(BAD_PACK, packs_root / "bad_pack")
    (pack / "actors.yaml").write_text("actors:\n  - name: X\n    kind: armed group\n    authority: maybe\n",
                                      encoding="utf-8")
    with pytest.raises(TheatreError, match=r"actor #1: 'authority' must be true or false"):
        load_theatre("bad-pack")
    (pack / "actors.yaml").write_text("actors:\n  - name: X\n    kind: armed group\n    authority: true\n",
                                      encoding="utf-8")
    assert load_theatre("bad-pack").actor("X").authority is True
