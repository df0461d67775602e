"""Tests of the shipped gazetteer: load, lookups, curated supplement, capitals."""

from __future__ import annotations

import math

import pytest

from frontwatch.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


def test_exact_lookup_finds_theatre_town(gz) -> None:
    places = [p for p, exact in gz.lookup("Mosul") if exact]
    assert any(p.country == "IQ" and p.population > 1_000_000 for p in places)


def test_alias_resolves_kobani(gz) -> None:
    for name in ("Kobani", "Kobane", "Ayn al-Arab"):
        assert {p.id for p, _ in gz.lookup(name) if p.country == "SY"} == {
            p.id for p, _ in gz.lookup("Kobani") if p.country == "SY"}


def test_supplement_province_is_precision_3(gz) -> None:
    prov = [p for p, _ in gz.lookup("Idlib province")]
    assert prov and prov[0].geo_precision == 3 and prov[0].feature_code == "ADM1"


def test_capital_of_province(gz) -> None:
    anbar = [p for p, _ in gz.lookup("Anbar province")][0]
    cap = gz.capital_of(anbar)
    assert cap is not None and cap.name == "Ramadi"


def test_world_city_present(gz) -> None:
    assert any(p.country == "FR" for p, _ in gz.lookup("Paris"))


def test_loose_lookup_only_adds_inexact(gz) -> None:
    exact = {p.id for p, e in gz.lookup("Dayr Hafir") if e}
    loose = gz.lookup("Deir Hafer", loose=True)
    assert exact & {p.id for p, _ in loose}


def test_every_place_has_valid_coordinates(gz) -> None:
    for r in range(0, gz.size, 97):
        p = gz.place(r)
        assert -90 <= p.latitude <= 90 and -180 <= p.longitude <= 180 and not math.isnan(p.latitude)
        assert p.id and p.country and len(p.country) == 2


def test_close_keys_suggests(gz) -> None:
    assert "mosul" in gz.close_keys("Mosull")
