"""CSV/TSV input: header row, configurable column names, row line numbers in origins."""

from __future__ import annotations

import datetime as dt

from ._helpers import read_all


def test_csv_with_mapped_columns(fixtures):
    arts, bad = read_all([fixtures / "articles.csv"], text_column="body",
                         columns={"title": "headline", "published": "date", "url": "link"})
    assert bad == []
    p, r = arts
    assert (p.title, p.published, p.url) == ("Palmyra retaken", dt.date(2016, 3, 27), "https://example.org/p")
    assert p.text.startswith("Syrian government forces, backed by")
    assert r.url is None  # empty cell means absent
    assert [a.origin.rsplit(":", 1)[1] for a in arts] == ["2", "3"]


def test_tsv(fixtures):
    (a,), bad = read_all([fixtures / "articles.tsv"])
    assert bad == []
    assert (a.title, a.published) == ("Kobani", dt.date(2015, 1, 26))
    assert a.text == "Kurdish fighters drove Islamic State out of Kobani."


def test_multiline_cell_line_numbers(tmp_path):
    f = tmp_path / "m.csv"
    f.write_text('text,published\n"Para one.\n\nPara two.",2016-01-01\nSecond row.,2016-01-02\n')
    arts, bad = read_all([f])
    assert bad == []
    assert arts[0].text == "Para one.\n\nPara two."
    assert arts[0].origin.endswith("m.csv:2")
    assert arts[1].origin.endswith("m.csv:5")  # the row starts on the 5th physical line


def test_short_rows_padded_and_long_rows_quarantined(tmp_path):
    f = tmp_path / "r.csv"
    f.write_text("text,published,title\nShort row.,2016-01-01\nLong row.,2016-01-02,T,extra\nLast.,2016-01-03,L\n")
    arts, (q,) = read_all([f])
    assert [(a.text, a.title) for a in arts] == [("Short row.", None), ("Last.", "L")]
    assert (q.origin, q.line) == (str(f), 3) and "4 cells" in q.reason
