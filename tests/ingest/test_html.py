"""HTML pages: main text, title, date and url via trafilatura."""

from __future__ import annotations

import datetime as dt

from ._helpers import read_all


def test_html_main_text_and_metadata(fixtures):
    (a,), bad = read_all([fixtures / "article.html"])
    assert bad == []
    assert a.title == "Raqqa offensive begins"
    assert a.published == dt.date(2016, 11, 6)
    assert a.url == "https://example.org/raqqa"
    assert a.text.startswith("The US-backed Syrian Democratic Forces announced")
    assert "30,000 fighters" in a.text
    assert "Home" not in a.text and "Copyright" not in a.text


def test_html_without_article_text_is_quarantined(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>x</title></head><body><script>var x = 1;</script></body></html>")
    good = tmp_path / "z.txt"
    good.write_text("published: 2016-01-01\n\nStill read.\n")
    arts, (q,) = read_all([f, good])
    assert q.origin == str(f) and q.field == "text"
    assert "no article text" in q.reason
    assert [a.text for a in arts] == ["Still read."]
