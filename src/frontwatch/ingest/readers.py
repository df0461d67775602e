"""Read articles from text, markdown, JSONL, CSV/TSV, HTML and RSS/Atom files, directories or stdin."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from ..records import Article, Quarantined
from ._dates import parse_date
from ._text import decode, looks_binary, split_header, strip_html, truncate
from .dedupe import content_hash

FORMATS = ("text", "jsonl", "csv", "html", "feed")
STDIN_ORIGIN = "<stdin>"

_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_META_FIELDS = ("title", "published", "source", "url", "id")

Item = Article | Quarantined


class _Options:
    """The keyword arguments of ``read_inputs``, passed down to every reader."""

    __slots__ = ("published", "source", "fmt", "text_column", "columns", "encoding")

    def __init__(self, published: dt.date | None, source: str | None, fmt: str | None, text_column: str,
                 columns: Mapping[str, str] | None, encoding: str) -> None:
        self.published = published
        self.source = source
        self.fmt = fmt
        cols = dict(columns or {})
        self.text_column = cols.pop("text", text_column)
        self.columns = {name: cols.get(name, name) for name in _META_FIELDS}
        self.encoding = encoding


def read_inputs(
    paths: Sequence[str | Path],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    fmt: str | None = None,
    text_column: str = "text",
    columns: Mapping[str, str] | None = None,
    encoding: str = "utf-8",
    stdin: TextIO | None = None,
) -> Iterator[Article | Quarantined]:
    """Yield an ``Article`` per article found in ``paths`` and a ``Quarantined`` per bad input, never raising on data.

    ``paths`` may name files, directories (read recursively in sorted order, hidden entries skipped) or ``-`` for
    stdin. ``published`` and ``source`` override what the input says.

    >>> import io
    >>> [a.title for a in read_inputs(["-"], stdin=io.StringIO("title: Sinjar\\npublished: 2015-11-13\\n\\nTaken."))]
    ['Sinjar']
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(published, dt.datetime):
        published = published.date()
    opts = _Options(published, source, fmt, text_column, columns, encoding)
    for p in paths:
        if str(p) == "-":
            yield from _read_stdin(stdin, opts)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                if isinstance(f, Quarantined):
                    yield f
                else:
                    yield from _read_file(f, opts)
        else:
            yield from _read_file(path, opts)


def _walk(root: Path) -> Iterator[Path | Quarantined]:
    # Sorted so that ingest order (and thus which copy of a duplicate is "the original") is reproducible.
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    for e in errors:
        yield Quarantined(str(e.filename or root), f"cannot list the directory ({e.strerror or e}); fix its permissions")


def _read_file(path: Path, opts: _Options) -> Iterator[Item]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Quarantined(origin, "no such file or directory; check the path")
        return
    except PermissionError:
        yield Quarantined(origin, "cannot read the file (permission denied); fix its permissions or skip it")
        return
    except OSError as e:
        yield Quarantined(origin, f"cannot read the file ({e.strerror or e}); check the path")
        return
    if not data.strip():
        yield Quarantined(origin, "empty file; remove it or add an article to it")
        return
    if looks_binary(data, opts.encoding):
        yield Quarantined(origin, "binary file, not text; remove it from the inputs", raw=truncate(data[:256]))
        return
    text, reason, line = decode(data, opts.encoding)
    if text is None:
        yield Quarantined(origin, reason or "cannot decode", line=line, raw=truncate(data))
        return
    fmt = opts.fmt or _EXTENSIONS.get(path.suffix.lower()) or _sniff(text)
    if fmt == "text":
        yield _text_article(text, origin, opts)
    elif fmt == "jsonl":
        yield from _read_jsonl(text, origin, opts)
    elif fmt == "csv":
        yield from _read_csv(text, origin, opts, delimiter="\t" if path.suffix.lower() == ".tsv" else None)
    elif fmt == "html":
        yield _html_article(text, origin, opts)
    else:
        yield from _read_feed(data, origin, opts)


def _sniff(text: str) -> str:
    head = text.lstrip()[:2048]
    low = head.lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if "<rss" in low or "<feed" in low or "<rdf:rdf" in low:
            return "feed"
        return "html"
    return "text"


def _read_stdin(stream: TextIO | None, opts: _Options) -> Iterator[Item]:
    if stream is None:
        stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        # A real stdin: read its bytes so --encoding applies to it exactly as it does to files.
        data = buffer.read()
        decoded, reason, line = decode(data, opts.encoding)
        if decoded is None:
            yield Quarantined(STDIN_ORIGIN, reason or "cannot decode", line=line, raw=truncate(data))
            return
        text = decoded
    else:
        try:
            text = stream.read()
        except UnicodeDecodeError as e:
            yield Quarantined(STDIN_ORIGIN, f"not valid {e.encoding} at byte {e.start}; re-save as UTF-8 or pass --encoding")
            return
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield Quarantined(STDIN_ORIGIN, "empty input on stdin; pipe an article in or pass file paths")
        return
    first = next(ln for ln in text.split("\n") if ln.strip())
    try:
        is_jsonl = isinstance(json.loads(first), dict)
    except ValueError:
        is_jsonl = False
    if opts.fmt == "jsonl" or (opts.fmt is None and is_jsonl):
        yield from _read_jsonl(text, STDIN_ORIGIN, opts)
    elif opts.fmt == "csv":
        yield from _read_csv(text, STDIN_ORIGIN, opts, delimiter=None)
    elif opts.fmt == "html":
        yield _html_article(text, STDIN_ORIGIN, opts)
    elif opts.fmt == "feed":
        yield from _read_feed(text.encode("utf-8"), STDIN_ORIGIN, opts)
    else:
        yield _text_article(text, STDIN_ORIGIN, opts)


def _build(
    fields: Mapping[str, Any], body: Any, origin: str, opts: _Options, *, line: int | None = None,
    article_origin: str | None = None, date_hint: str, raw: str | None = None,
) -> Item:
    """Validate one article's fields and make the ``Article``, or the ``Quarantined`` that says what's wrong."""
    raw = truncate(raw)
    if body is None:
        body = ""
    if not isinstance(body, str):
        return Quarantined(origin, f"text is a {type(body).__name__}, not a string; make it a string", line,
                           "text", raw)
    body = body.strip()
    if not body:
        return Quarantined(origin, "empty article text; add the article body or remove this input", line, "text", raw)
    published = opts.published
    if published is None:
        value = fields.get("published")
        if value is None or (isinstance(value, str) and not value.strip()):
            return Quarantined(origin, f"no publication date; {date_hint} or pass --published", line, "published",
                               raw)
        published = parse_date(value)
        if published is None:
            shown = str(value)[:60]
            return Quarantined(origin, f"cannot parse date {shown!r}; write it as YYYY-MM-DD or pass --published",
                               line, "published", raw)
    h = content_hash(body)
    given_id = fields.get("id")
    return Article(
        id=str(given_id).strip() if given_id not in (None, "") else "a" + h[:15],
        text=body,
        published=published,
        title=_opt_str(fields.get("title")),
        source=opts.source if opts.source is not None else _opt_str(fields.get("source")),
        url=_opt_str(fields.get("url")),
        origin=article_origin or origin,
        content_hash=h,
    )


def _opt_str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _text_article(text: str, origin: str, opts: _Options) -> Item:
    meta, body, error = split_header(text)
    if error:
        return Quarantined(origin, error, 1, "front matter", truncate(text))
    return _build(meta, body, origin, opts, raw=text, date_hint="add a 'published: YYYY-MM-DD' header")


def _record_fields(record: Mapping[str, Any], opts: _Options) -> dict[str, Any]:
    return {name: record.get(col) for name, col in opts.columns.items()}


def _read_jsonl(text: str, origin: str, opts: _Options) -> Iterator[Item]:
    col = opts.text_column
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            msg = getattr(e, "msg", str(e))
            yield Quarantined(origin, f"not valid JSON ({msg}); fix the line or remove it", n, None, truncate(line))
            continue
        if not isinstance(obj, dict):
            yield Quarantined(origin, f"expected a JSON object per line, got {type(obj).__name__}; wrap it in {{...}}",
                              n, None, truncate(line))
            continue
        if col not in obj:
            keys = ", ".join(map(str, obj)) or "none"
            yield Quarantined(origin, f"no {col!r} field (fields: {keys}); add it or pass --text-column NAME", n,
                              col, truncate(line))
            continue
        yield _build(_record_fields(obj, opts), obj[col], origin, opts, line=n, article_origin=f"{origin}:{n}",
                     raw=line, date_hint=f"add a {opts.columns['published']!r} field")


def _read_csv(text: str, origin: str, opts: _Options, delimiter: str | None) -> Iterator[Item]:
    # Article bodies are long; the csv module's default 128 KB field limit would reject real ones.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    if delimiter is None:
        first = text.split("\n", 1)[0]
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        yield Quarantined(origin, f"cannot read the CSV header ({e}); fix the first line", 1)
        return
    header = [h.strip() for h in header]
    col = opts.text_column
    if col not in header:
        yield Quarantined(origin, f"no {col!r} column (columns: {', '.join(header)}); pass --text-column NAME", 1, col,
                          truncate(text.split("\n", 1)[0]))
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield Quarantined(origin, f"malformed CSV row ({e}); fix the quoting", start)
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header):
            yield Quarantined(origin, f"row has {len(row)} cells but the header has {len(header)}; fix the quoting",
                              line, None, truncate(delimiter.join(row)))
            continue
        # Spreadsheet exports often drop trailing empty cells; a short row just has those fields missing.
        row += [""] * (len(header) - len(row))
        record = dict(zip(header, row, strict=True))
        yield _build(_record_fields(record, opts), record[col], origin, opts, line=line,
                     article_origin=f"{origin}:{line}", raw=delimiter.join(row),
                     date_hint=f"add a {opts.columns['published']!r} column")


def _html_article(text: str, origin: str, opts: _Options) -> Item:
    import trafilatura  # heavy import (lxml, justext); only needed when HTML actually turns up

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        return Quarantined(origin, "no article text found in the HTML; save the article page, not an index page",
                           None, "text", truncate(text))
    title = doc.title
    first, _, rest = body.partition("\n")
    if title and rest and first.strip() == title.strip():
        # trafilatura keeps the <h1> as the first line; it is the title, not body text events should cite.
        body = rest
    fields = {"title": title, "published": doc.date, "url": doc.url, "source": doc.sitename}
    return _build(fields, body, origin, opts, raw=text,
                  date_hint="add a <meta property='article:published_time'> or a visible date")


def _read_feed(data: bytes, origin: str, opts: _Options) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({' '.join(str(parsed.bozo_exception).split())})" if parsed.get("bozo") else ""
        yield Quarantined(origin, f"no feed entries found{why}; pass an RSS/Atom feed or force --format",
                          None, None, truncate(data))
        return
    feed_title = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry{n}"
        contents = entry.get("content") or []
        html = contents[0].get("value", "") if contents else entry.get("summary", "")
        date = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
        fields = {"title": entry.get("title"), "published": date, "url": entry.get("link"),
                  "source": feed_title, "id": None}
        yield _build(fields, strip_html(html or ""), where, opts, raw=json.dumps(dict(entry), default=str),
                     date_hint="give the entry a <pubDate>/<published>")
