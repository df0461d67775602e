"""The ``sitrep`` command: Markdown on stdout by default, a file by extension with -o."""

from __future__ import annotations

from click.testing import CliRunner

from frontwatch.cli.views import sitrep_cmd


def test_sitrep_prints_markdown(demo_db):
    res = CliRunner().invoke(sitrep_cmd, ["--from", "2015-11-01", "--to", "2015-11-30", "--db", str(demo_db)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("# Situation report")
    assert "Sinjar" in res.output


def test_sitrep_writes_html(demo_db, tmp_path):
    out = tmp_path / "nov.html"
    res = CliRunner().invoke(sitrep_cmd, ["--from", "2015-11-01", "--to", "2015-11-30", "--db", str(demo_db),
                                          "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "<h2 id='key-events'>" in out.read_text()


def test_sitrep_bad_input_is_a_usage_error(demo_db, tmp_path):
    runner = CliRunner()
    res = runner.invoke(sitrep_cmd, ["--from", "2015-13-01", "--to", "2015-11-30", "--db", str(demo_db)])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    res = runner.invoke(sitrep_cmd, ["--from", "2015-12-01", "--to", "2015-11-30", "--db", str(demo_db)])
    assert res.exit_code == 1 and "swap" in res.output
    res = runner.invoke(sitrep_cmd, ["--from", "2015-11-01", "--to", "2015-11-30", "--db", str(demo_db),
                                     "-o", str(tmp_path / "x.txt")])
    assert res.exit_code == 1 and ".pdf" in res.output
