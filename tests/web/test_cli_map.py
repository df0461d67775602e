"""The ``map`` CLI command writes one offline HTML file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from frontwatch.cli.map import map_cmd


def test_map_command_writes_html(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    res = CliRunner().invoke(map_cmd, ["--db", str(demo_db), "--date", "2016-03-01", "--from", "2015-06-01",
                                       "--to", "2016-06-01", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "wrote" in res.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_map_command_rejects_reversed_period(demo_db: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(map_cmd, ["--db", str(demo_db), "--from", "2016-06-01", "--to", "2015-06-01",
                                       "-o", str(tmp_path / "m.html")])
    assert res.exit_code == 1
    assert "before" in res.output


def test_map_command_rejects_dates_outside_the_theatre(demo_db: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(map_cmd, ["--db", str(demo_db), "--date", "2019-01-01", "-o", str(tmp_path / "m.html")])
    assert res.exit_code == 1
    assert "outside" in res.output and not (tmp_path / "m.html").exists()
