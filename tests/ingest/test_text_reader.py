"""Plain-text and markdown articles: header lines, YAML front matter, body-only text, overrides and ids."""

from __future__ import annotations

import datetime as dt

import pytest

from frontwatch.ingest import content_hash

from ._helpers import read_all


def test_header_lines_give_metadata_and_body_only(fixtures):
    arts, bad = read_all([fixtures / "header.txt"])
    assert bad == []
    (a,) = arts
    assert a.title == "Kurds retake Sinjar"
    assert a.published == dt.date(2015, 11, 13)  # "Published:" key is case-insensitive, long-hand date
    assert a.source == "Levant Wire"
    assert a.url == "https://example.org/sinjar"
    assert a.text.startswith("SINJAR, Iraq - Kurdish")
    assert a.text.endswith("between Raqqa and Mosul.")
    assert "title:" not in a.text
    assert a.origin == str(fixtures / "header.txt")


def test_yaml_front_matter_in_markdown(fixtures):
    (a,), bad = read_all([fixtures / "frontmatter.md"])
    assert bad == []
    assert (a.title, a.published, a.source) == ("Manbij falls", dt.date(2016, 8, 12), "Syria Desk")
    assert a.text.startswith("# Manbij falls\n\nKurdish-led")
    assert "---" not in a.text


def test_shared_eval_article_format(tmp_path):
    f = tmp_path / "001.txt"
    f.write_text("title: Adnani killed\npublished: 2016-08-31\nsource: Levant Wire\n\nBEIRUT - Islamic State said.\n")
    (a,), _ = read_all([f])
    assert a.text == "BEIRUT - Islamic State said."
    assert a.published == dt.date(2016, 8, 31)


def test_header_like_line_without_blank_line_is_body(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Source: officials in Ankara said the operation had begun.\nMore text follows here.\n")
    (a,), bad = read_all([f], published=dt.date(2016, 8, 24))
    assert bad == []
    assert a.source is None
    assert a.text.startswith("Source: officials in Ankara")


def test_any_subset_of_headers(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\nPUBLISHED: 2015-06-16\n\n  Kurdish forces took Tal Abyad.  \n\n")
    (a,), _ = read_all([f])
    assert a.title is None and a.source is None
    assert a.published == dt.date(2015, 6, 16)
    assert a.text == "Kurdish forces took Tal Abyad."


def test_crlf_line_endings(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"title: T\r\npublished: 2015-06-16\r\n\r\nLine one.\r\nLine two.\r\n")
    (a,), _ = read_all([f])
    assert a.title == "T"
    assert a.text == "Line one.\nLine two."


def test_published_and_source_arguments_override(fixtures):
    (a,), _ = read_all([fixtures / "header.txt"], published=dt.date(2020, 1, 2), source="My Source")
    assert a.published == dt.date(2020, 1, 2)
    assert a.source == "My Source"


def test_override_published_skips_bad_input_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("published: not a date\n\nBody text.\n")
    (a,), bad = read_all([f], published=dt.date(2016, 1, 1))
    assert bad == [] and a.published == dt.date(2016, 1, 1)


@pytest.mark.parametrize(
    "value",
    ["2015-06-17", "17 June 2015", "June 17, 2015", "Wed, 17 Jun 2015 10:00:00 GMT", "2015-06-17T23:00:00+00:00"],
)
def test_date_forms(tmp_path, value):
    f = tmp_path / "a.txt"
    f.write_text(f"published: {value}\n\nBody text.\n")
    (a,), _ = read_all([f])
    assert a.published == dt.date(2015, 6, 17)


def test_id_is_deterministic_and_derived_from_text(fixtures, tmp_path):
    (a1,), _ = read_all([fixtures / "header.txt"])
    (a2,), _ = read_all([fixtures / "header.txt"])
    assert a1.id == a2.id
    assert a1.content_hash == content_hash(a1.text)
    assert len(a1.content_hash) == 40
    assert a1.id == "a" + a1.content_hash[:15]
    # Same body, different headers and whitespace: same id (the id follows the text, not the metadata).
    g = tmp_path / "copy.txt"
    g.write_text("title: Other\npublished: 2015-11-14\n\n" + a1.text.replace(" ", "  ") + "\n")
    (b,), _ = read_all([g])
    assert b.id == a1.id
    h = tmp_path / "different.txt"
    h.write_text("published: 2015-11-14\n\nA different story entirely.\n")
    (c,), _ = read_all([h])
    assert c.id != a1.id


def test_unknown_extension_sniffed_as_text(tmp_path):
    f = tmp_path / "story.article"
    f.write_text("published: 2015-06-16\n\nBody.\n")
    (a,), _ = read_all([f])
    assert a.text == "Body."


def test_forced_format(tmp_path):
    f = tmp_path / "rows.txt"
    f.write_text('{"text": "From JSONL.", "published": "2015-06-16"}\n')
    (a,), _ = read_all([f], fmt="jsonl")
    assert a.text == "From JSONL." and a.origin.endswith("rows.txt:1")
    with pytest.raises(ValueError, match="unknown format"):
        read_all([f], fmt="pdf")
