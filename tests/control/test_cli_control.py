"""The control, territory, frontline and eval control commands on a tiny DuckDB (click's CliRunner)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

import frontwatch
from frontwatch.cli.control import control, eval_control, frontline, territory
from frontwatch.records import Article, Event
from frontwatch.store import ArticleBatchItem


@pytest.fixture()
def db(tmp_path):
    """A database with one capture of Tal Abyad by the YPG on 2015-06-15 and one without coordinates."""
    path = tmp_path / "x.duckdb"
    art = Article(id="a1", text="Kurdish forces took Tal Abyad.", published=dt.date(2015, 6, 16),
                  content_hash="h1")
    cap = Event(id="e-cap", date=dt.date(2015, 6, 15), date_end=dt.date(2015, 6, 15), date_precision="day",
                event_type="Battles", sub_event_type="Non-state actor overtakes territory", actor1="YPG/SDF",
                actor2="Islamic State", location="Tal Abyad", country="SY", latitude=36.6964,
                longitude=38.954, geo_precision=1, article_id="a1", confidence=0.8)
    nocoord = Event(id="e-nc", date=dt.date(2015, 6, 20), date_end=dt.date(2015, 6, 20), date_precision="day",
                    event_type="Battles", sub_event_type="Non-state actor overtakes territory",
                    actor1="Islamic State", location="Somewhere", article_id="a1")
    with frontwatch.open(path) as ws:
        ws.store.add_batch([ArticleBatchItem(article=art, events=[cap, nocoord])])
    return str(path)


def capture_id(db: str) -> str:
    """The stored id of the capture (the store derives its own ids)."""
    with frontwatch.open(db) as ws:
        return next(e["id"] for e in ws.events() if e["actor1"] == "YPG/SDF")


def run(cmd, args):
    return CliRunner().invoke(cmd, args, catch_exceptions=False)


def test_control_json_on_date(db):
    res = run(control, ["--date", "2015-07-01", "--place", "Tal Abyad", "--format", "json", "--db", db])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert len(rows) == 1
    assert set(rows[0]) == {"place", "country", "latitude", "longitude", "actor", "since", "contested", "evidence"}
    assert rows[0]["actor"] == "YPG/SDF" and rows[0]["evidence"] == [capture_id(db)] and rows[0]["since"] == "2015-06-15"
    before = json.loads(run(control, ["--date", "2015-06-01", "--place", "Tal Abyad", "--format", "json",
                                      "--db", db]).output)
    assert before[0]["actor"] == "Islamic State"


def test_control_actor_filter_and_geojson(db):
    res = run(control, ["--date", "2015-07-01", "--actor", "YPG", "--format", "geojson", "--db", db])
    fc = json.loads(res.output)
    assert fc["type"] == "FeatureCollection"
    assert {f["properties"]["actor"] for f in fc["features"]} == {"YPG/SDF"}
    assert "Tal Abyad" in {f["properties"]["place"] for f in fc["features"]}


def test_control_history_subcommand(db):
    res = run(control, ["history", "Tal Abyad", "--format", "json", "--db", db])
    hist = json.loads(res.output)
    assert [h["actor"] for h in hist] == ["Islamic State", "YPG/SDF"] and hist[0]["to"] == "2015-06-15"


def test_control_user_errors(db):
    res = CliRunner().invoke(control, ["--date", "2015-07-01", "--actor", "Martians", "--db", db])
    assert res.exit_code == 1 and "known actors" in res.output
    res = CliRunner().invoke(control, ["history", "Tal Abyar", "--db", db])
    assert res.exit_code == 1 and "did you mean" in res.output and "Tal Abyad" in res.output
    res = CliRunner().invoke(control, ["--db", db])
    assert res.exit_code == 2 and "--date" in res.output


def test_territory_series_plot_and_geojson(db, tmp_path):
    png, gj = tmp_path / "is.png", tmp_path / "is.geojson"
    res = run(territory, ["--actor", "IS", "--from", "2015-05-01", "--to", "2015-07-01", "--format", "json",
                          "--plot", str(png), "--geojson", str(gj), "--db", db])
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert [r["date"] for r in rows] == ["2015-05-01", "2015-06-01", "2015-07-01"]
    assert rows[2]["change_km2"] < 0  # Tal Abyad and its cells went to the YPG
    assert png.read_bytes()[:4] == b"\x89PNG"
    feats = json.loads(gj.read_text())["features"]
    assert {f["properties"]["date"] for f in feats} == {"2015-05-01", "2015-06-01", "2015-07-01"}


def test_frontline_command(db):
    res = run(frontline, ["--date", "2015-07-01", "--actors", "IS,YPG", "--db", db])
    fc = json.loads(res.output)
    assert fc["features"] and fc["features"][0]["properties"]["actor_b"] == "YPG/SDF"
    res = CliRunner().invoke(frontline, ["--date", "2015-07-01", "--actors", "IS", "--db", db])
    assert res.exit_code == 2


def test_eval_control(db, tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text("place,date,actor\nTal Abyad,2015-07-01,YPG/SDF\nMosul,2015-07-01,Islamic State\n"
                    "Tal Abyad,2015-05-01,YPG/SDF\n", encoding="utf-8")
    res = run(eval_control, [str(gold), "--format", "json", "--db", db])
    rep = json.loads(res.output)
    assert rep["n"] == 3 and rep["correct"] == 2
    assert rep["per_actor"]["YPG/SDF"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert rep["baseline_snapshot_only"]["correct"] == 1
