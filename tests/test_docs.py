"""The README documents every CLI command and every field of the event contract (docs tested against code)."""

import re
from pathlib import Path

import click

from frontwatch.cli import main
from frontwatch.records import EVENT_FIELDS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "frontwatch"):
    for name, cmd in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, full)
        else:
            yield full, cmd


def test_every_command_is_documented():
    missing = [name for name, _ in _commands(main) if f"`{name}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_every_event_field_is_documented():
    section = README.split("## The event contract", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)`", section, flags=re.M))
    assert set(EVENT_FIELDS) <= documented, set(EVENT_FIELDS) - documented


def test_every_command_takes_db():
    lacking = [name for name, cmd in _commands(main) if "db" not in {p.name for p in cmd.params}]
    assert not lacking, f"commands without --db: {lacking}"


def test_readme_first_two_commands_are_the_bootstrap():
    blocks = re.findall(r"```(?:bash|sh)\n(.*?)```", README, flags=re.S)
    assert "scripts/bootstrap.sh demo" in blocks[0]
    assert "scripts/bootstrap.sh test" in blocks[1]
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text()
    assert "scripts/bootstrap.sh test" in ci


def test_every_claim_field_is_documented():
    from frontwatch.store import CLAIM_COLUMNS

    section = README.split("### Claims", 1)[1].split("\n### ", 1)[0]
    missing = [c for c in CLAIM_COLUMNS if c not in ("evidence_start", "evidence_end") and f"`{c}`" not in section]
    assert not missing and "`evidence_span`" in section, missing


def test_the_coding_conventions_page_is_what_the_extractor_does():
    import datetime as dt

    from frontwatch.extract import extract_article
    from frontwatch.records import Article

    page = (Path(__file__).parents[1] / "docs" / "coding.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| [^|]+ \| ([^|]+) \| (\d{4}-\d\d-\d\d) \| ([^|]+) \|$", page, flags=re.M)
    assert len(rows) >= 15
    for text, published, coded in rows:
        got = [f"{e.sub_event_type}: {e.actor1 or '-'} / {e.actor2 or '-'}" for e in extract_article(
            Article(id="doc", text=text.strip(), published=dt.date.fromisoformat(published))).events]
        want = [] if coded.strip() == "(none)" else [c.strip() for c in coded.split(";")]
        assert got == want, text
