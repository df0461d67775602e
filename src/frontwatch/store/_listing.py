"""An in-memory listing index of one event table, for a DuckDB store whose process is the database's only writer.

A page of ``/events`` needs the listing positions of the events matching a filter (for ``total`` and the page's
rows). The SQL path (:meth:`frontwatch.store.Store.event_rows`) gets them with one ``GROUP BY`` per new filter:
cheap for filters that repeat (an actor, a type), a full scan for filters that rarely do (a box, a text). This index
keeps, in listing order, the row ids, dates, coordinates, the filter columns as dictionary codes and a word index of
the lower-cased evidence sentences, so a filter's matching positions take a few array operations:

* since / until / bbox: comparisons on arrays (NULL dates and coordinates are NaN and never match, as in SQL);
* actor, type, country, tag: the filter's own SQL condition (:func:`frontwatch.store.event_clauses`) evaluated by
  DuckDB over the distinct value tuples of its columns, then looked up per row: the same semantics by construction;
* text (a case-insensitive substring of the evidence or the location): the location through its distinct lower-cased
  values; the evidence through a word index. Words are the runs of characters other than ASCII punctuation,
  whitespace and control characters (``WORD_SEP``). A needle without such a separator lies inside one word: the
  rows holding a word that contains it. A needle with separators must have its inner runs as whole words, its first
  run as a word's end and its last run as a word's start: the rows holding all of them are checked with a plain
  substring test. A needle of separators only is left to SQL.

The index is built from one snapshot for one write version of the store and used only while no write has happened
since; it is never updated, only rebuilt (in a background thread, while pages are served by SQL).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import InputError

if TYPE_CHECKING:
    from . import EventFilter, Store

#: Characters that separate words in the evidence index: every ASCII character other than letters and digits.
WORD_SEP = r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]"
_RUNS = re.compile(WORD_SEP.replace("[", "[^", 1) + "+")
#: Filter kinds answered through dictionary codes, with the columns their SQL condition reads.
GROUPS = {"actor": ("actor1", "actor2", "assoc_actors"), "type": ("event_type", "sub_event_type"),
          "country": ("country",), "tag": ("tags",)}
#: Filters whose matching positions are kept per index (each at most 4 bytes per event).
POSITIONS_CACHE = 256
_EPOCH = dt.date(1970, 1, 1)


def after_missing(after: str) -> InputError:
    return InputError(f"after={after!r} is not an event id of this listing; pass the next_after value of the "
                      "previous page (or page with offset)")


class ListingIndex:
    """The listing of one event table at one write version (see the module docstring)."""

    def __init__(self, store: Store, table: str, version: int):
        from . import EVENT_ORDER

        self.table, self.version = table, version
        cols = ", ".join(c for cs in GROUPS.values() for c in cs)
        with store._read_snapshot():
            t = store._conn.sql(
                f"SELECT rowid AS r, id, date, coalesce(date_end, date) AS e, latitude, longitude, {cols}, "
                f"lower(location) AS loc, lower(evidence) AS ev FROM {table} ORDER BY {EVENT_ORDER}").to_arrow_table()
            words = store._conn.sql(
                f"WITH l AS (SELECT row_number() OVER (ORDER BY {EVENT_ORDER}) - 1 AS pos, lower(evidence) AS ev "
                f"FROM {table}) SELECT w, list(pos ORDER BY pos) AS p FROM (SELECT DISTINCT pos, "
                "unnest(regexp_split_to_array(ev, ?)) AS w FROM l) WHERE w <> '' GROUP BY w",
                params=[WORD_SEP + "+"]).to_arrow_table()
        self.n = t.num_rows
        self.rowid = t["r"].to_numpy()
        self.ids = t["id"].combine_chunks()
        self.inv = np.full(int(self.rowid.max()) + 1 if self.n else 0, -1, dtype=np.int64)
        self.inv[self.rowid] = np.arange(self.n)
        self.day = _days(t["date"])
        self.end = _days(t["e"])
        self.lat = t["latitude"].to_numpy().astype(np.float64)
        self.lon = t["longitude"].to_numpy().astype(np.float64)
        self.codes: dict[str, np.ndarray] = {}
        self.values: dict[str, list[list[Any]]] = {}
        for kind, group in (*GROUPS.items(), ("loc", ("loc",))):
            self.codes[kind], self.values[kind] = _encode([t[c] for c in group])
        ev = t["ev"].combine_chunks()
        self.text_offsets = np.frombuffer(ev.buffers()[1], dtype=np.int32 if ev.type == "string" else np.int64)[
            ev.offset:ev.offset + self.n + 1]
        self.text = ev.buffers()[2].to_pybytes() if self.n else b""
        self.vocab: list[str] = words["w"].to_pylist()
        plist = words["p"].combine_chunks()
        self.post_offsets = plist.offsets.to_numpy()
        self.postings = plist.values.to_numpy().astype(np.int64)
        self.all = np.arange(self.n, dtype=np.int64)
        self._luts: dict[tuple[Any, ...], np.ndarray] = {}
        self._positions: dict[tuple[Any, ...], np.ndarray | None] = {}

    # -- filters ---------------------------------------------------------------------------------------------------
    def select(self, store: Store, f: EventFilter) -> np.ndarray | None:
        """Listing positions (ascending) of the events matching ``f``; None if this index cannot answer it."""
        from . import event_clauses

        clauses = [c for c in event_clauses(f) if c[0] not in ("since", "until")]
        key = tuple((k, s, *p) for k, s, p in clauses)
        if key in self._positions:
            pos = self._positions[key]
        else:
            pos = self._match(store, clauses, f)
            while len(self._positions) >= POSITIONS_CACHE:
                del self._positions[next(iter(self._positions))]
            self._positions[key] = pos
        if pos is None:
            return None
        if f.since:
            pos = pos[self.end[pos] >= (f.since - _EPOCH).days]
        if f.until:
            pos = pos[self.day[pos] <= (f.until - _EPOCH).days]
        return pos

    def _match(self, store: Store, clauses: list[tuple[str, str, list[Any]]], f: EventFilter) -> np.ndarray | None:
        mask: np.ndarray | None = None
        for kind, sql, params in clauses:
            if kind == "bbox":
                lat0, lat1, lon0, lon1 = (float(x) for x in params)
                m = (self.lat >= lat0) & (self.lat <= lat1) & (self.lon >= lon0) & (self.lon <= lon1)
            elif kind in GROUPS:
                m = self._lut(store, kind, sql, params)[self.codes[kind]]
            elif kind == "text" and f.text:
                got = self._text(f.text.lower())
                if got is None:
                    return None
                m = got
            else:
                return None
            mask = m if mask is None else mask & m
        return self.all if mask is None else np.flatnonzero(mask)

    def _lut(self, store: Store, kind: str, sql: str, params: list[Any]) -> np.ndarray:
        """Whether each distinct value tuple of the kind's columns meets ``sql`` (evaluated by DuckDB)."""
        key = (kind, sql, *params)
        lut = self._luts.get(key)
        if lut is None:
            cols = GROUPS[kind]
            values = self.values[kind]
            unnest = ", ".join(f"unnest(?::VARCHAR[]) AS {c}" for c in cols)
            hits = store._conn.execute(f"SELECT k FROM (SELECT unnest(?::INTEGER[]) AS k, {unnest}) WHERE {sql}",
                                       [list(range(len(values[0]))), *values, *params]).fetchall()
            lut = np.zeros(len(values[0]) + 1, dtype=bool)
            lut[[k for (k,) in hits]] = True
            self._luts[key] = lut
        return lut

    def _text(self, needle: str) -> np.ndarray | None:
        """Row mask: ``needle`` (lower-cased) is a substring of the lower-cased evidence or location."""
        runs = [(m.start(), m.end()) for m in _RUNS.finditer(needle)]
        if not runs:
            return None  # separators only: no word to look up
        mask = np.zeros(self.n, dtype=bool)
        loc_hit = [v is not None and needle in v for v in self.values["loc"][0]] + [False]
        mask |= np.asarray(loc_hit, dtype=bool)[self.codes["loc"]]
        rows: np.ndarray | None = None
        for k, (a, b) in enumerate(runs):
            run = needle[a:b]
            first_open, last_open = k == 0 and a == 0, k == len(runs) - 1 and b == len(needle)
            if first_open and last_open:
                words = [i for i, w in enumerate(self.vocab) if run in w]
            elif first_open:
                words = [i for i, w in enumerate(self.vocab) if w.endswith(run)]
            elif last_open:
                words = [i for i, w in enumerate(self.vocab) if w.startswith(run)]
            else:
                words = [i for i, w in enumerate(self.vocab) if w == run]
            hit = np.zeros(self.n, dtype=bool)
            for i in words:
                hit[self.postings[self.post_offsets[i]:self.post_offsets[i + 1]]] = True
            rows = hit if rows is None else rows & hit
        assert rows is not None
        if len(runs) > 1 or runs[0] != (0, len(needle)):
            # The words narrow the rows down; the needle itself must still occur.
            nb, text, offs = needle.encode(), self.text, self.text_offsets
            cand = np.flatnonzero(rows)
            rows = np.zeros(self.n, dtype=bool)
            rows[[i for i in cand.tolist() if nb in text[offs[i]:offs[i + 1]]]] = True
        return mask | rows

    # -- pages -----------------------------------------------------------------------------------------------------
    def page(self, store: Store, f: EventFilter) -> list[tuple[int, str]] | None:
        """(rowid, id) of the page's events in listing order; None if this index cannot answer the filter."""
        pos = self.select(store, f)
        if pos is None:
            return None
        start = 0
        if f.after is not None:
            found = store.execute(f"SELECT rowid FROM {self.table} WHERE id = ?", (f.after,)).fetchall()
            if not found or found[0][0] >= len(self.inv) or self.inv[found[0][0]] < 0:
                raise after_missing(f.after)
            start = int(np.searchsorted(pos, self.inv[found[0][0]], side="right"))
        start += int(f.offset)
        sel = pos[start:start + int(f.limit or 0)]
        return list(zip(self.rowid[sel].tolist(), self.ids.take(sel).to_pylist(), strict=True))


def _days(col: Any) -> np.ndarray:
    """A date column as float days since 1970 (NULL: NaN, which no comparison matches)."""
    import pyarrow as pa

    return col.cast(pa.int32()).to_numpy().astype(np.float64)


def _encode(cols: list[Any]) -> tuple[np.ndarray, list[list[Any]]]:
    """(per-row code, per-column values of each distinct tuple) of columns read together; NULLs are values too.
    The code ``len(tuples)`` is never used (a look-up table's spare False)."""
    combined = np.zeros(len(cols[0]), dtype=np.int64)
    dicts = []
    for col in cols:
        enc = col.combine_chunks().dictionary_encode()
        size = len(enc.dictionary)
        codes = enc.indices.fill_null(size).to_numpy().astype(np.int64)
        combined = combined * (size + 1) + codes
        dicts.append((enc.dictionary.to_pylist() + [None], size + 1))
    uniq, inverse = np.unique(combined, return_inverse=True)
    values: list[list[Any]] = [[] for _ in cols]
    rest = uniq.copy()
    for k in range(len(cols) - 1, -1, -1):
        vals, size = dicts[k]
        values[k] = [vals[int(c)] for c in rest % size]
        rest //= size
    return inverse.astype(np.int64).reshape(-1), values
