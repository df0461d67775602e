"""Reading ``-`` from stdin: one text article with optional headers, or JSONL when the first line is an object."""

from __future__ import annotations

import datetime as dt
import io

from ._helpers import read_all


def test_stdin_text_article_with_headers():
    arts, bad = read_all(["-"], stdin=io.StringIO("title: Piped\npublished: 2016-02-03\n\nPiped body.\n"))
    assert bad == []
    (a,) = arts
    assert (a.title, a.published, a.text, a.origin) == ("Piped", dt.date(2016, 2, 3), "Piped body.", "<stdin>")


def test_stdin_jsonl_detected():
    data = '\n{"text": "One.", "published": "2016-02-03"}\n{"text": "Two.", "published": "2016-02-04"}\n'
    arts, bad = read_all(["-"], stdin=io.StringIO(data))
    assert bad == []
    assert [(a.text, a.origin) for a in arts] == [("One.", "<stdin>:2"), ("Two.", "<stdin>:3")]


def test_stdin_text_starting_with_brace_is_not_jsonl():
    arts, _ = read_all(["-"], stdin=io.StringIO("{not json} but prose.\n"), published=dt.date(2016, 1, 1))
    assert [a.text for a in arts] == ["{not json} but prose."]


def test_empty_stdin_is_quarantined(fixtures):
    arts, (q,) = read_all(["-", fixtures / "tree" / "b.txt"], stdin=io.StringIO("  \n"))
    assert q.origin == "<stdin>" and "empty" in q.reason
    assert len(arts) == 1


def test_stdin_without_date_needs_published():
    _, (q,) = read_all(["-"], stdin=io.StringIO("No header here.\n"))
    assert q.field == "published" and "--published" in q.reason


def test_real_stdin_bytes_use_encoding(monkeypatch):
    raw = io.BytesIO(b"published: 2016-01-01\n\nCaf\xe9 in al-Bab.\n")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(raw, encoding="utf-8"))
    _, (q,) = read_all(["-"])
    assert q.origin == "<stdin>" and "byte 26" in q.reason and "--encoding" in q.reason
    raw.seek(0)
    (a,), bad = read_all(["-"], encoding="latin-1")
    assert bad == [] and a.text == "Café in al-Bab."


def test_explicit_real_stdin_also_uses_encoding():
    # The CLI passes sys.stdin itself; its bytes must still be decoded with --encoding.
    stream = io.TextIOWrapper(io.BytesIO(b"published: 2016-01-01\n\nCaf\xe9.\n"), encoding="utf-8")
    (a,), bad = read_all(["-"], stdin=stream, encoding="latin-1")
    assert bad == [] and a.text == "Café."
