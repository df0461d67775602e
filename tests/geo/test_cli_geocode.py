"""Tests of the geocode / eval geo CLI commands via click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from frontwatch.cli.geo import geo, geocode


def test_geocode_jsonl_stdin() -> None:
    res = CliRunner().invoke(geocode, ["-"], input="Iraqi forces pushed into Hit.\nNo places here.\n")
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert lines[0]["places"][0]["mention"] == "Hit" and lines[0]["places"][0]["country"] == "IQ"
    assert set(lines[0]["places"][0]) >= {"mention", "name", "country", "latitude", "longitude", "geo_precision",
                                          "score"}
    assert lines[1]["places"] == []


def test_geocode_table_shows_candidates() -> None:
    res = CliRunner().invoke(geocode, ["Riots in Tripoli.", "--candidates", "2", "--db", "x.duckdb"])
    assert res.exit_code == 0
    assert "LB" in res.output and "LY" in res.output and "score" in res.output


def test_geocode_country_option() -> None:
    res = CliRunner().invoke(geocode, ["Riots in Tripoli.", "--country", "ly", "--format", "jsonl"])
    assert json.loads(res.output)["places"][0]["country"] == "LY"


def test_geocode_unknown_theatre_errors() -> None:
    res = CliRunner().invoke(geocode, ["Mosul", "--theatre", "nowhere"])
    assert res.exit_code != 0 and "theatre" in res.output


def test_eval_geo_reports_baselines(tmp_path) -> None:
    gold = tmp_path / "g.jsonl"
    recs = [
        {"text": "Troops pushed into Hit.", "places": [{"mention": "Hit", "name": "Hit", "country": "IQ",
                                                        "latitude": 33.64, "longitude": 42.83, "geo_precision": 1}]},
        {"text": "Riots broke out in Tripoli, Lebanon's second city.",
         "places": [{"mention": "Tripoli", "name": "Tripoli", "country": "LB", "latitude": 34.44,
                     "longitude": 35.85, "geo_precision": 1}]},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in recs))
    res = CliRunner().invoke(geo, [str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["system"]: r for r in json.loads(res.output)}
    assert set(rows) == {"frontwatch", "most-populous", "geotext+populous"}
    assert rows["frontwatch"]["acc@25km"] == 1.0
    assert rows["most-populous"]["acc@25km"] == 0.5  # Tripoli, Libya is the more populous
