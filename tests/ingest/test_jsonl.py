"""JSONL/NDJSON input: one article per object, configurable field names, origins with line numbers."""

from __future__ import annotations

import datetime as dt

from ._helpers import read_all


def test_jsonl_fields_and_origins(fixtures):
    arts, bad = read_all([fixtures / "articles.jsonl"])
    assert bad == []
    a, b = arts
    assert a.title == "Jarabulus" and a.source == "Wire A" and a.url == "https://example.org/j"
    assert a.published == dt.date(2016, 8, 24)
    assert a.origin == f"{fixtures / 'articles.jsonl'}:1"
    assert a.id.startswith("a") and len(a.id) == 16
    assert b.id == "custom-7"  # an id given in the input is kept
    assert b.published == dt.date(2016, 6, 17)
    assert b.origin.endswith("articles.jsonl:2")


def test_jsonl_custom_columns_and_blank_lines(tmp_path):
    f = tmp_path / "x.ndjson"
    f.write_text('\n{"body": " Text A. ", "headline": "H", "date": "2016-01-02", "link": "u"}\n\n'
                 '{"body": "Text B.", "date": "3 January 2016"}\n')
    arts, bad = read_all([f], text_column="body", columns={"title": "headline", "published": "date", "url": "link"})
    assert bad == []
    assert [(a.text, a.title, a.url, a.published) for a in arts] == [
        ("Text A.", "H", "u", dt.date(2016, 1, 2)),
        ("Text B.", None, None, dt.date(2016, 1, 3)),
    ]
    assert [a.origin.rsplit(":", 1)[1] for a in arts] == ["2", "4"]


def test_jsonl_source_override(fixtures):
    arts, _ = read_all([fixtures / "articles.jsonl"], source="Override")
    assert {a.source for a in arts} == {"Override"}
