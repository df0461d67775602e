"""RSS and Atom feeds: one article per entry, HTML stripped, RFC 822 dates, entry origins."""

from __future__ import annotations

import datetime as dt

from ._helpers import read_all


def test_rss_entries(fixtures):
    arts, bad = read_all([fixtures / "feed.rss"])
    assert [a.title for a in arts] == ["Dabiq captured", "Tal Abyad"]
    d = arts[0]
    assert d.text == "Turkish-backed rebels captured Dabiq from Islamic State.\nThe town has symbolic value."
    assert d.published == dt.date(2016, 10, 16)
    assert d.url == "https://example.org/dabiq"
    assert d.source == "Levant Wire"  # the feed's title when the entry has none
    assert d.origin == f"{fixtures / 'feed.rss'}#entry1"
    assert arts[1].origin.endswith("#entry3")
    # The undated entry is quarantined, and the entries around it are still read.
    (q,) = bad
    assert q.origin.endswith("feed.rss#entry2") and q.field == "published"


def test_atom_feed(fixtures):
    (a,), bad = read_all([fixtures / "feed.atom"])
    assert bad == []
    assert (a.title, a.published, a.url) == ("Mosul offensive", dt.date(2016, 10, 17), "https://example.org/mosul")
    assert a.text == "Iraqi and Kurdish forces launched an offensive to retake Mosul."


def test_feed_sniffed_without_extension(fixtures, tmp_path):
    f = tmp_path / "feed"
    f.write_bytes((fixtures / "feed.atom").read_bytes())
    (a,), _ = read_all([f])
    assert a.title == "Mosul offensive"


def test_feed_published_override(fixtures):
    arts, bad = read_all([fixtures / "feed.rss"], published=dt.date(2017, 1, 1))
    assert bad == [] and len(arts) == 3
    assert {a.published for a in arts} == {dt.date(2017, 1, 1)}


def test_xml_that_is_not_a_feed_is_quarantined(tmp_path, fixtures):
    f = tmp_path / "data.xml"
    f.write_text("<?xml version='1.0'?><catalog><book>Not news</book></catalog>")
    arts, (q,) = read_all([f, fixtures / "feed.atom"])
    assert q.origin == str(f) and "no feed entries" in q.reason and "\n" not in q.reason
    assert len(arts) == 1
