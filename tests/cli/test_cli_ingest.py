"""`frontwatch ingest` / `events` / `claims` / `quarantine` end to end on a DuckDB file."""

import json
from pathlib import Path

ARTICLE = """title: Iraqi forces retake Hit
published: 2016-04-15
source: Wire A

BAGHDAD - Iraqi troops recaptured the town of Hit in Anbar province on Thursday, pushing Islamic State fighters out.
"""
SYNDICATED = """title: Iraqi forces retake Hit (update)
published: 2016-04-15
source: Wire B

Iraqi troops recaptured the town of Hit in Anbar province on Thursday, pushing Islamic State fighters out!
"""
OTHER = """title: Strike
published: 2016-04-16
source: Wire C

A coalition air strike killed 12 Islamic State fighters near the town of Hit on Friday.
"""


def _write(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE)
    (d / "b.txt").write_text(SYNDICATED)
    (d / "c.txt").write_text(OTHER)
    (d / "bad.jsonl").write_text('{"text": "Kurdish forces took Sinjar.", "published": "2015-11-13"}\nnot json\n')
    (d / "nodate.txt").write_text("Islamic State seized Palmyra.\n")
    (d / "empty.txt").write_text("")
    return d


def test_ingest_summary_and_idempotence(cli, tmp_path):
    d = _write(tmp_path)
    db = str(tmp_path / "x.duckdb")
    res = cli("ingest", str(d), "--db", db, "--quiet")
    assert "read 7, new 3, duplicate 1 (near 1), quarantined 3" in res.stdout
    assert "bad.jsonl:2" in res.stderr and "nodate.txt" in res.stderr and "empty.txt" in res.stderr
    first = cli("events", "--db", db, "--format", "jsonl", "--raw").stdout
    again = cli("ingest", str(d), "--db", db, "--quiet")
    assert "new 0, duplicate 4" in again.stdout  # 3 stored + 1 syndicated copy
    assert cli("events", "--db", db, "--format", "jsonl", "--raw").stdout == first
    q = json.loads(cli("quarantine", "--db", db, "--format", "json").stdout)
    assert len(q) == 3  # re-ingesting did not quarantine twice
    assert {r["line"] for r in q if r["origin"].endswith("bad.jsonl")} == {2}


def test_events_formats(cli, tmp_path):
    d = _write(tmp_path)
    db = str(tmp_path / "x.duckdb")
    cli("ingest", str(d), "--db", db, "--quiet")
    rows = [json.loads(line) for line in cli("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert rows and all(set(r) >= {"id", "date", "evidence", "evidence_span", "confidence"} for r in rows)
    gj = json.loads(cli("events", "--db", db, "--format", "geojson").stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"][0]["geometry"]["type"] == "Point"
    csv_out = cli("events", "--db", db, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,date,date_end")
    out = tmp_path / "e.parquet"
    cli("events", "--db", db, "--format", "parquet", "-o", str(out))
    from frontwatch.export import read_parquet

    assert len(read_parquet(out)) == len(rows)
    strikes = json.loads(cli("events", "--db", db, "--type", "Air/drone strike", "--format", "json").stdout)
    assert [s["fatalities_low"] for s in strikes] == [12]
    assert json.loads(cli("events", "--db", db, "--actor", "Daesh", "--format", "json").stdout)


def test_unknown_actor_is_a_user_error(run_cli, tmp_path):
    code, _out, err = run_cli("events", "--db", str(tmp_path / "x.duckdb"), "--actor", "Martians")
    assert code == 1 and "known actors" in err


def test_published_override(cli, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "nodate.txt").write_text("Islamic State seized Palmyra on Wednesday.\n")
    db = str(tmp_path / "x.duckdb")
    res = cli("ingest", str(d), "--db", db, "--published", "2015-05-21", "--source", "Desk")
    assert "new 1" in res.stdout
    (ev,) = json.loads(cli("events", "--db", db, "--format", "json").stdout)
    assert ev["date"] == "2015-05-20" and ev["source"] == "Desk" and ev["location"] == "Palmyra"


def test_demo_runs(cli, tmp_path):
    res = cli("demo", "--db", str(tmp_path / "demo.duckdb"), "--out", str(tmp_path / "out"))
    assert "read 13, new 13" in res.stdout
    assert "Tal Abyad" in res.stdout or "Tall Abyad" in res.stdout
    assert "maplibregl" in (tmp_path / "out" / "map.html").read_text()
    assert "Islamic State" in (tmp_path / "out" / "sitrep.md").read_text()
