"""The shipped gazetteer: loads the prebuilt parquet tables and answers key lookups with Place records."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq

from ..errors import GeocodeError
from ..records import Place
from .normalise import fold, skeleton, strip_accents

#: name kinds stored in the names table (see scripts/build_gazetteer.py)
PRIMARY, ALTERNATE, CURATED = 0, 1, 2


def _group(keys: np.ndarray) -> tuple[dict[str, int], np.ndarray]:
    """Index a sorted key array: key → group number, and group boundaries (len = groups + 1)."""
    if len(keys) == 0:
        return {}, np.zeros(1, dtype=np.int64)
    change = np.empty(len(keys), dtype=bool)
    change[0] = True
    change[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(change)
    bounds = np.append(starts, len(keys))
    return dict(zip(keys[starts].tolist(), range(len(starts)), strict=True)), bounds


def _data_dir() -> Path:
    return Path(str(resources.files("frontwatch") / "data"))


class Gazetteer:
    """Places plus two indexes: exact ``fold`` key and loose ``skeleton`` key → place rows.

    >>> gz = load_gazetteer()
    >>> any(p.country == "IQ" for p, _ in gz.lookup("Mosul"))
    True
    """

    def __init__(self, directory: Path | None = None,
                 local_countries: tuple[str, ...] = ("SY", "IQ", "TR", "LB", "JO", "IR", "SA", "IL", "PS", "KW")) -> None:
        d = directory or _data_dir()
        try:
            ptab = pq.read_table(d / "gazetteer_places.parquet")
            ntab = pq.read_table(d / "gazetteer_names.parquet")
        except (OSError, ValueError) as exc:
            raise GeocodeError(
                f"cannot read the gazetteer in {d}: {exc}; rebuild it with `python scripts/build_gazetteer.py`"
            ) from exc
        # Columns stay as plain lists; Place objects are made lazily for the few rows a text touches.
        self._cols = {c: ptab.column(c).to_pylist() for c in ptab.column_names}
        self._places: dict[int, Place] = {}
        self.size = ptab.num_rows
        # The names table is sorted by fold key: index each key by its first row (numpy, no Python loop over
        # 200k names) so start-up stays well under a second.
        folds = ntab.column("fold").to_numpy(zero_copy_only=False)
        self._folds = folds
        self._rows = ntab.column("place").to_numpy()
        self._kinds = ntab.column("kind").to_numpy()
        self._fold_index, self._fold_bounds = _group(folds)
        # Loose (skeleton) matching only among theatre/neighbour places: spelling drift is a transliteration
        # problem of Arabic, Kurdish and Turkish names; loose matches abroad are mostly noise.
        local = np.isin(np.asarray(self._cols["country"], dtype=object)[self._rows], list(local_countries))
        skel = ntab.column("skeleton").to_numpy(zero_copy_only=False)
        order = np.flatnonzero(local)
        order = order[np.argsort(skel[order], kind="stable")]
        self._skel_order = order
        self._skel_index, self._skel_bounds = _group(skel[order])
        self._by_initial: dict[str, list[str]] | None = None
        # admin area id → row of its capital city ("the capital of Anbar province")
        caps = self._cols.get("capital") or [""] * self.size
        want = {c for c in caps if c}
        row_of = {pid: r for r, pid in enumerate(self._cols["id"]) if pid in want}
        self._capital = {self._cols["id"][r]: row_of[c] for r, c in enumerate(caps) if c and c in row_of}
        #: for the rows of the last loose lookup: the spelling (fold key) that matched
        self.last_loose: dict[int, str] = {}

    def place(self, row: int) -> Place:
        """The Place of gazetteer row ``row`` (cached)."""
        p = self._places.get(row)
        if p is None:
            c = self._cols
            p = Place(
                # Names are shown in plain ASCII ("Tikrit", not "Tikrīt"): what English-language desks write.
                id=c["id"][row], name=strip_accents(c["name"][row]).strip("'‘’ʿʾ`"), country=c["country"][row],
                latitude=round(float(c["latitude"][row]), 5), longitude=round(float(c["longitude"][row]), 5),
                geo_precision=int(c["geo_precision"][row]), feature=c["feature"][row],
                feature_code=c["feature_code"][row], population=int(c["population"][row]), admin1=c["admin1"][row],
            )
            self._places[row] = p
        return p

    def capital_of(self, place: Place) -> Place | None:
        """The capital city of an admin area (None for anything else).

        >>> gz = load_gazetteer()
        >>> gz.capital_of([p for p, _ in gz.lookup("Anbar province")][0]).name
        'Ramadi'
        """
        r = self._capital.get(place.id)
        return None if r is None else self.place(r)

    def national_capitals(self) -> dict[str, str]:
        """Name -> country code of every national capital (GeoNames feature code PPLC).

        >>> load_gazetteer().national_capitals()["Ankara"]
        'TR'
        """
        cols = self._cols
        return {name: country for name, country, code in zip(cols["name"], cols["country"], cols["feature_code"],
                                                              strict=True) if code == "PPLC"}

    def rows_for_key(self, fkey: str, loose: bool = False) -> list[tuple[int, int, bool]]:
        """Gazetteer rows whose name has fold key ``fkey``: (row, name kind, exact?).

        With ``loose`` also rows whose skeleton key matches (exact=False).
        """
        out: dict[int, tuple[int, int, bool]] = {}
        g = self._fold_index.get(fkey)
        if g is not None:
            lo, hi = self._fold_bounds[g], self._fold_bounds[g + 1]
            for r, k in zip(self._rows[lo:hi].tolist(), self._kinds[lo:hi].tolist(), strict=True):
                if r not in out or out[r][1] < k:
                    out[r] = (r, k, True)
        if loose:
            self.last_loose = {}
            g = self._skel_index.get(skeleton(fkey))
            if g is not None:
                idx = self._skel_order[self._skel_bounds[g]:self._skel_bounds[g + 1]]
                for r, k, f in zip(self._rows[idx].tolist(), self._kinds[idx].tolist(), self._folds[idx].tolist(),
                                   strict=True):
                    if r not in out:
                        out[r] = (r, k, False)
                        self.last_loose[r] = f
        return list(out.values())

    def fold_keys(self) -> Iterable[str]:
        """Every fold key of the gazetteer's names."""
        return self._fold_index.keys()

    def skeleton_keys(self) -> Iterable[str]:
        """Every skeleton key of the gazetteer's names."""
        return self._skel_index.keys()

    def has_key(self, fkey: str) -> bool:
        """True when some gazetteer name has exactly fold key ``fkey``."""
        return fkey in self._fold_index

    def lookup(self, name: str, loose: bool = False) -> list[tuple[Place, bool]]:
        """Places named ``name`` (any spelling with the same fold key; skeleton too if ``loose``).

        >>> [p.country for p, exact in load_gazetteer().lookup("Raqqah")][:1]
        ['SY']
        """
        return [(self.place(r), exact) for r, _, exact in self.rows_for_key(fold(name), loose)]

    def close_keys(self, name: str, n: int = 5) -> list[str]:
        """Fold keys closest in spelling to ``name`` (for "did you mean" suggestions).

        >>> "mosul" in load_gazetteer().close_keys("Mosull")
        True
        """
        if self._by_initial is None:
            self._by_initial = {}
            for k in self._fold_index:
                self._by_initial.setdefault(k[:1], []).append(k)
        key = fold(name)
        # restrict to keys sharing the first letter and similar length: difflib over 200k keys is slow
        pool = [k for k in self._by_initial.get(key[:1], ()) if abs(len(k) - len(key)) <= 2]
        return difflib.get_close_matches(key, pool, n=n, cutoff=0.7)


@functools.lru_cache(maxsize=2)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """Load (once) the shipped gazetteer, or one built into ``directory``.

    >>> load_gazetteer().size > 10000
    True
    """
    return Gazetteer(Path(directory) if directory else None)
