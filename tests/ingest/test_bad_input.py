"""Bad input is quarantined with origin, line, field and a one-line fix, and the rest of the batch is still read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ._helpers import read_all

GOOD = "published: 2016-01-01\n\nA good article that must still be read.\n"


@pytest.fixture
def good(tmp_path) -> Path:
    f = tmp_path / "zz_good.txt"
    f.write_text(GOOD)
    return f


def _one_line(q):
    assert "\n" not in q.reason and q.reason.strip()
    assert "\n" not in q.message()


def test_missing_path(tmp_path, good):
    missing = tmp_path / "nope.txt"
    arts, (q,) = read_all([missing, good])
    assert q.origin == str(missing) and q.line is None
    assert "no such file" in q.reason and "check the path" in q.reason
    assert [a.origin for a in arts] == [str(good)]
    _one_line(q)


def test_unreadable_file(tmp_path, good, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    real = Path.read_bytes

    def deny(self):
        # Tests may run as root, where chmod 000 does not stop reads; simulate the OS refusing instead.
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    arts, (q,) = read_all([locked, good])
    assert q.origin == str(locked) and "permission denied" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_wrong_encoding_names_byte_offset(tmp_path, good):
    f = tmp_path / "latin.txt"
    data = b"published: 2016-01-01\n\nCaf\xe9 in al-Bab.\n"
    f.write_bytes(data)
    arts, (q,) = read_all([f, good])
    assert q.origin == str(f)
    assert "byte 26" in q.reason and "re-save as UTF-8 or pass --encoding" in q.reason
    assert q.line == 3
    assert len(arts) == 1
    _one_line(q)
    # The suggested fix works.
    (a,), bad = read_all([f], encoding="latin-1")
    assert bad == [] and a.text == "Café in al-Bab."


def test_jsonl_line_that_is_not_json(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "One.", "published": "2016-01-01"}\n{"text": broken\n{"text": "Three.", "published": "2016-01-03"}\n')
    arts, (q,) = read_all([f])
    assert (q.origin, q.line) == (str(f), 2)
    assert "not valid JSON" in q.reason and q.raw == '{"text": broken'
    assert [a.text for a in arts] == ["One.", "Three."]
    _one_line(q)


def test_jsonl_object_without_text_field(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"body": "One.", "published": "2016-01-01"}\n{"text": "Two.", "published": "2016-01-02"}\n')
    arts, (q,) = read_all([f])
    assert (q.line, q.field) == (1, "text")
    assert "--text-column NAME" in q.reason and "body" in q.reason
    assert [a.text for a in arts] == ["Two."]
    _one_line(q)


def test_jsonl_line_that_is_not_an_object(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('["a list"]\n{"text": "Two.", "published": "2016-01-02"}\n')
    arts, (q,) = read_all([f])
    assert q.line == 1 and "JSON object" in q.reason
    assert len(arts) == 1


def test_csv_without_text_column(fixtures, good):
    arts, (q,) = read_all([fixtures / "articles.csv", good])
    assert (q.origin, q.line, q.field) == (str(fixtures / "articles.csv"), 1, "text")
    assert "columns: headline, date, body, link" in q.reason and "pass --text-column NAME" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_no_date_and_no_published(tmp_path, good):
    f = tmp_path / "a.txt"
    f.write_text("title: Undated\n\nSomething happened.\n")
    arts, (q,) = read_all([f, good])
    assert (q.origin, q.field) == (str(f), "published")
    assert "add a 'published: YYYY-MM-DD' header or pass --published" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_no_date_in_jsonl_row(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "One."}\n{"text": "Two.", "published": "2016-01-02"}\n')
    arts, (q,) = read_all([f])
    assert (q.line, q.field) == (1, "published") and "--published" in q.reason
    assert len(arts) == 1


@pytest.mark.parametrize("value", ["banana", "yesterday", "June 2015", "2015-13-45"])
def test_unparseable_date(tmp_path, good, value):
    f = tmp_path / "a.txt"
    f.write_text(f"published: {value}\n\nSomething happened.\n")
    arts, (q,) = read_all([f, good])
    assert (q.origin, q.field) == (str(f), "published")
    assert value in q.reason and "YYYY-MM-DD" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_unparseable_date_in_csv_row(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("text,published\nOne.,2016-01-01\nTwo.,someday\nThree.,2016-01-03\n")
    arts, (q,) = read_all([f])
    assert (q.origin, q.line, q.field) == (str(f), 3, "published")
    assert [a.text for a in arts] == ["One.", "Three."]


def test_empty_file(tmp_path, good):
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n")
    arts, (q,) = read_all([f, good])
    assert q.origin == str(f) and "empty file" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_empty_text_after_headers(tmp_path, good):
    f = tmp_path / "a.txt"
    f.write_text("title: Only a title\npublished: 2016-01-01\n\n   \n")
    arts, (q,) = read_all([f, good])
    assert (q.origin, q.field) == (str(f), "text") and "empty article text" in q.reason
    assert len(arts) == 1


def test_empty_text_in_jsonl(tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"text": "", "published": "2016-01-01"}\n{"text": 42, "published": "2016-01-01"}\n'
                 '{"text": "Ok.", "published": "2016-01-01"}\n')
    arts, (q1, q2) = read_all([f])
    assert (q1.line, q1.field) == (1, "text") and (q2.line, q2.field) == (2, "text")
    assert "not a string" in q2.reason
    assert [a.text for a in arts] == ["Ok."]


def test_binary_file(tmp_path, good):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    arts, (q,) = read_all([f, good])
    assert q.origin == str(f) and "binary" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_binary_file_in_directory_does_not_stop_the_walk(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b.txt").write_text(GOOD)
    arts, (q,) = read_all([tmp_path])
    assert q.origin.endswith("a.bin") and len(arts) == 1


def test_raw_is_truncated(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("title: x\n\n" + "word " * 5000)
    _, (q,) = read_all([f])
    assert q.field == "published"
    assert q.raw is not None and 0 < len(q.raw) <= 2048


def test_bad_front_matter(tmp_path, good):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: [unclosed\n---\n\nBody.\n")
    arts, (q,) = read_all([f, good])
    assert q.origin == str(f) and q.field == "front matter" and "YAML" in q.reason
    assert len(arts) == 1
    _one_line(q)


def test_published_override_rescues_undated(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Something happened.\n")
    (a,), bad = read_all([f], published=dt.date(2016, 5, 5))
    assert bad == [] and a.published == dt.date(2016, 5, 5)
