"""Low-level text helpers for ingest: decoding bytes, binary sniffing, header/front-matter splitting, HTML stripping."""

from __future__ import annotations

import codecs
import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

import yaml

#: Keep at most this much of a rejected input in ``Quarantined.raw`` so a bad 1 GB file can't blow up the store.
RAW_LIMIT = 2048

#: Header keys a plain-text article may start with (``published`` may also be written ``date``).
HEADER_KEYS = ("title", "published", "date", "source", "url", "link")
_HEADER_RE = re.compile(r"^\s*(" + "|".join(HEADER_KEYS) + r")\s*:\s?(.*?)\s*$", re.IGNORECASE)


def truncate(raw: str | bytes | None) -> str | None:
    """``raw`` as text, cut to ``RAW_LIMIT`` characters."""
    if raw is None:
        return None
    if isinstance(raw, bytes):
        raw = raw[:RAW_LIMIT].decode("utf-8", errors="replace")
    return raw[:RAW_LIMIT]


def _is_wide(encoding: str) -> bool:
    # UTF-16/32 text legitimately contains NUL bytes, so the binary sniff must not run on it.
    name = codecs.lookup(encoding).name
    return name.startswith(("utf-16", "utf-32"))


def looks_binary(data: bytes, encoding: str) -> bool:
    """True if ``data`` is not text: a NUL byte in the first 8 KB (the same heuristic git and grep use)."""
    return not _is_wide(encoding) and b"\x00" in data[:8192]


def decode(data: bytes, encoding: str) -> tuple[str | None, str | None, int | None]:
    """Decode ``data``; return ``(text, None, None)`` or ``(None, reason, line)`` naming the bad byte offset.

    >>> decode(b"ok", "utf-8")[0]
    'ok'
    """
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        reason = (
            f"not valid {encoding} at byte {e.start} (line {line}); re-save as UTF-8 or pass --encoding"
        )
        return None, reason, line
    except LookupError:
        return None, f"unknown encoding {encoding!r}; pass a valid --encoding such as utf-8 or latin-1", None
    # A BOM is an encoding artefact, not article text; universal newlines keep offsets platform-independent.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text, None, None


def split_header(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Split a text article into ``(metadata, body, error)``: YAML front matter or ``key: value`` header lines.

    Header lines are only taken as headers when followed by a blank line, so a body that happens to start with
    "Source: ..." is not eaten.

    >>> split_header("title: Sinjar\\npublished: 2015-11-13\\n\\nKurdish forces took Sinjar.")[:2]
    ({'title': 'Sinjar', 'published': '2015-11-13'}, 'Kurdish forces took Sinjar.')
    """
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].strip() == "---":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                try:
                    meta = yaml.safe_load("\n".join(lines[i + 1 : j])) or {}
                except yaml.YAMLError as e:
                    first = str(e).splitlines()[0] if str(e) else "syntax error"
                    return {}, "", f"front matter is not valid YAML ({first}); fix the block between the '---' lines"
                if not isinstance(meta, dict):
                    return {}, "", "front matter is not a 'key: value' mapping; fix the block between the '---' lines"
                return _clean_meta(meta), "\n".join(lines[j + 1 :]).strip(), None
        # An opening '---' with no closing one is more likely a markdown rule than front matter: keep it as body.
    meta: dict[str, Any] = {}
    j = i
    while j < len(lines):
        m = _HEADER_RE.match(lines[j])
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2)
        j += 1
    if meta and (j == len(lines) or not lines[j].strip()):
        return _clean_meta(meta), "\n".join(lines[j:]).strip(), None
    return {}, text.strip(), None


def _clean_meta(meta: dict[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in meta.items():
        key = str(k).strip().lower()
        if key == "date":
            key = "published"
        elif key == "link":
            key = "url"
        if key in out and out[key] not in (None, ""):
            continue
        out[key] = v.strip() if isinstance(v, str) else v
    return out


class _Stripper(HTMLParser):
    # Block-level tags become line breaks so paragraphs don't run together into one sentence.
    _BLOCK = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}
    _SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per paragraph.

    >>> strip_html("<p>Kurdish forces took <b>Sinjar</b>.</p><p>Second.</p>")
    'Kurdish forces took Sinjar.\\nSecond.'
    """
    if "<" not in fragment:
        return unescape(fragment).strip()
    parser = _Stripper()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)
