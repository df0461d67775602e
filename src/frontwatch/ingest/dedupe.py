"""Detect exact and near-duplicate articles: text normalisation, content hashes and MinHash/LSH signatures."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import numpy as np

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4]")
_EMPTY = np.uint32(0xFFFFFFFF)


class _PunctTable(dict[int, int]):
    """``str.translate`` table mapping punctuation (P*) and symbols (S*) to a space, filled in lazily per code point.

    Looking up the Unicode category once per distinct character (instead of once per character of every article)
    makes normalisation about ten times faster on a large batch.
    """

    def __missing__(self, code: int) -> int:
        value = 32 if unicodedata.category(chr(code))[0] in "PS" else code
        self[code] = value
        return value


_PUNCT_TO_SPACE = _PunctTable()


def normalise_text(text: str) -> str:
    """Canonical form of an article's text for hashing: NFKC, casefolded, punctuation-free, single-spaced.

    Syndication swaps straight and curly quotes, dashes and ellipses, and reflows lines; none of that should make
    two copies of a story look different. Apostrophes are dropped (not spaced) so "don't" and "don’t" agree.

    >>> normalise_text("BEIRUT — “Islamic State” said…\\n\\nIt's over.")
    'beirut islamic state said its over'
    """
    t = unicodedata.normalize("NFKC", text).casefold()
    t = _APOSTROPHES.sub("", t)
    t = t.translate(_PUNCT_TO_SPACE)
    return " ".join(t.split())


def content_hash(text: str) -> str:
    """Hex SHA-1 of the normalised text: equal for exact duplicates, stable across runs and machines.

    >>> content_hash("Kurdish forces took Sinjar.") == content_hash("  kurdish forces took  SINJAR ")
    True
    """
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """Deterministic article id derived from the content hash (``"a"`` + 15 hex digits).

    >>> article_id("Kurdish forces took Sinjar.") == "a" + content_hash("Kurdish forces took Sinjar.")[:15]
    True
    """
    return "a" + content_hash(text)[:15]


@dataclass(slots=True, frozen=True)
class DedupeResult:
    """Outcome of ``Deduper.check``: ``kind`` new/exact/near, the article it duplicates and the estimated Jaccard."""

    kind: Literal["new", "exact", "near"]
    of: str | None = None
    similarity: float = 0.0


def _label_ints(label: str, n: int) -> np.ndarray:
    # Derived from SHA-1 of fixed labels, not from a RNG, so signatures stored today stay comparable after a numpy
    # upgrade or on another machine.
    return np.array(
        [int.from_bytes(hashlib.sha1(f"frontwatch-minhash-{label}-{i}".encode()).digest()[:8], "little")
         for i in range(n)],
        dtype=np.uint64,
    )


_SHINGLE_MULT = _label_ints("shingle", 3) | np.uint64(1)


_WORD_CACHE: dict[str, int] = {}
_WORD_CACHE_MAX = 500_000


def _word_hashes(words: list[str]) -> np.ndarray:
    """Stable 64-bit hashes of ``words`` (blake2b; Python's ``hash`` is salted per process, so unusable here)."""
    cache = _WORD_CACHE
    if len(cache) > _WORD_CACHE_MAX:
        cache.clear()  # bounded memory on huge vocabularies; news vocabulary repeats, so the cache refills fast
    out = list(map(cache.get, words))  # C-speed lookups; only unseen words fall through to blake2b
    for i, h in enumerate(out):
        if h is None:
            w = words[i]
            h = cache.get(w)
            if h is None:
                h = cache[w] = int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")
            out[i] = h
    return np.array(out, dtype=np.uint64)


def _mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads the bits of combined word hashes so shingle hashes behave like random ones."""
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


class _BandIndex:
    """LSH buckets as one sorted numpy array of band keys plus a small unsorted buffer: 8 bytes per band per article.

    A dict of buckets per band costs ~150 bytes per entry in Python objects (1.6M entries at 100k articles);
    a sorted array searched with ``searchsorted`` gives the same lookups at a tenth of the memory. Keys are salted
    per band by the caller, so all bands can share one array. The buffer is scanned by every query, so it stays
    small (``BUFFER`` articles) and is merged into the sorted part by sorting only itself: a query costs
    O(log n + BUFFER) at any size, a merge one pass over the sorted part.
    """

    BUFFER = 2048

    def __init__(self, bands: int) -> None:
        self.bands = bands
        self._keys = np.empty(0, dtype=np.uint32)  # every (band-salted) key of every merged article, sorted
        self._rows = np.empty(0, dtype=np.uint32)  # article row of each key
        self._buf_keys = np.empty((self.BUFFER, bands), dtype=np.uint32)
        self._buf_rows = np.empty(self.BUFFER, dtype=np.uint32)
        self._buf_n = 0

    def nbytes(self) -> int:
        return self._keys.nbytes + self._rows.nbytes + self._buf_keys.nbytes + self._buf_rows.nbytes

    def add(self, row: int, keys: np.ndarray) -> None:
        if self._buf_n == self.BUFFER:
            self._merge()
        self._buf_keys[self._buf_n] = keys
        self._buf_rows[self._buf_n] = row
        self._buf_n += 1

    def _merge(self) -> None:
        n = self._buf_n
        keys = self._buf_keys[:n].ravel()
        rows = np.repeat(self._buf_rows[:n], self.bands)
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        # side="right": equal keys keep insertion order (older rows first), as a stable sort of everything would.
        at = np.searchsorted(self._keys, keys, side="right")
        self._keys = np.insert(self._keys, at, keys)
        self._rows = np.insert(self._rows, at, rows)
        self._buf_n = 0

    def query(self, keys: np.ndarray) -> np.ndarray:
        """Rows sharing at least one band key with ``keys``, sorted (= insertion order)."""
        lo = np.searchsorted(self._keys, keys, side="left")
        hi = np.searchsorted(self._keys, keys, side="right")
        found = [self._rows[a:b] for a, b in zip(lo.tolist(), hi.tolist(), strict=True) if b > a]
        if self._buf_n:
            hit = (self._buf_keys[: self._buf_n] == keys).any(axis=1)
            found.append(self._buf_rows[: self._buf_n][hit])
        return np.unique(np.concatenate(found)).astype(np.int64) if found else np.empty(0, dtype=np.int64)


class _HashIndex:
    """Content hash -> article row, as sorted numpy arrays (20 bytes per article) plus a small dict of recent adds.

    A hash is reduced to a 128-bit BLAKE2b digest: 64 bits to search and 64 bits to confirm, so two different
    hashes would have to collide in 128 bits to be confused. First row added for a hash wins.
    """

    BUFFER = 4096

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.uint64)
        self._checks = np.empty(0, dtype=np.uint64)
        self._rows = np.empty(0, dtype=np.uint32)
        self._buf: dict[str, int] = {}

    def nbytes(self) -> int:
        return self._keys.nbytes + self._checks.nbytes + self._rows.nbytes

    @staticmethod
    def _digest(h: str) -> tuple[int, int]:
        d = hashlib.blake2b(h.encode("utf-8"), digest_size=16).digest()
        return int.from_bytes(d[:8], "little"), int.from_bytes(d[8:], "little")

    def get(self, h: str) -> int | None:
        row = self._buf.get(h)
        if row is not None or not len(self._keys):
            return row
        key, check = self._digest(h)
        lo = int(np.searchsorted(self._keys, np.uint64(key), side="left"))
        while lo < len(self._keys) and int(self._keys[lo]) == key:
            if int(self._checks[lo]) == check:
                return int(self._rows[lo])
            lo += 1
        return None

    def setdefault(self, h: str, row: int) -> None:
        if self.get(h) is not None:
            return
        self._buf[h] = row
        if len(self._buf) >= self.BUFFER:
            self._merge()

    def _merge(self) -> None:
        digests = [self._digest(h) for h in self._buf]
        keys = np.array([k for k, _ in digests], dtype=np.uint64)
        checks = np.array([c for _, c in digests], dtype=np.uint64)
        rows = np.fromiter(self._buf.values(), dtype=np.uint32, count=len(self._buf))
        order = np.argsort(keys, kind="stable")
        at = np.searchsorted(self._keys, keys[order], side="right")
        self._keys = np.insert(self._keys, at, keys[order])
        self._checks = np.insert(self._checks, at, checks[order])
        self._rows = np.insert(self._rows, at, rows[order])
        self._buf.clear()


class _IdTable:
    """Article ids by row: ASCII ids of up to 16 bytes (all of frontwatch's own) in one numpy array, others in a dict."""

    WIDTH = 16

    def __init__(self) -> None:
        self._arr = np.empty(1024, dtype=f"S{self.WIDTH}")
        self._other: dict[int, str] = {}
        self.n = 0

    def nbytes(self) -> int:
        return self._arr.nbytes

    def append(self, article_id: str) -> int:
        row = self.n
        if row == len(self._arr):
            self._arr = np.resize(self._arr, row + row // 2)
        raw = article_id.encode("utf-8")
        if len(raw) <= self.WIDTH and raw.isascii() and not raw.endswith(b"\x00") and raw:
            self._arr[row] = raw
        else:
            self._arr[row] = b""
            self._other[row] = article_id
        self.n += 1
        return row

    def __getitem__(self, row: int) -> str:
        other = self._other.get(row)
        return other if other is not None else self._arr[row].decode("ascii")


class _Rows:
    """A growing table of ``width`` uint16 values per row (``width`` 0: one bool per row) in fixed blocks of
    ``BLOCK`` rows: growing never copies what is stored (a doubled array would briefly hold both copies: ~0.4 GB
    at a million signatures)."""

    SHIFT = 14  # blocks of 16,384 rows (2 MB of signatures at the defaults)
    BLOCK = 1 << SHIFT

    def __init__(self, width: int) -> None:
        self.width = width
        self._blocks: list[np.ndarray] = []

    def nbytes(self) -> int:
        return sum(b.nbytes for b in self._blocks)

    def grow(self, row: int) -> None:
        """Make room for ``row`` (rows are added in order); a new row reads as zeros / False."""
        while row >= len(self._blocks) * self.BLOCK:
            shape = (self.BLOCK, self.width) if self.width else (self.BLOCK,)
            self._blocks.append(np.zeros(shape, dtype=np.uint16 if self.width else bool))

    def set(self, row: int, value: np.ndarray | bool) -> None:
        self._blocks[row >> self.SHIFT][row & (self.BLOCK - 1)] = value

    def get(self, row: int) -> np.ndarray | bool:
        return self._blocks[row >> self.SHIFT][row & (self.BLOCK - 1)]

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The rows ``rows`` as one array (a query's few candidates)."""
        return np.stack([self._blocks[r >> self.SHIFT][r & (self.BLOCK - 1)] for r in rows.tolist()])


class Deduper:
    """In-memory index of known articles that says whether a new text is an exact or near duplicate of one.

    Near duplicates: Jaccard similarity of word 3-gram shingles, estimated with MinHash (``num_perm`` 32-bit
    values) and found via LSH banding (``bands`` bands of ``num_perm // bands`` rows), then confirmed by the
    estimated similarity reaching ``threshold``. Memory is numpy arrays only, about ``num_perm * 2 + bands * 8 + 40``
    bytes per article (~0.3 KB at the defaults: ~0.3 GB for a million articles; see :meth:`nbytes`): the index keeps
    the low 16 bits of each MinHash value, so two different values look equal with odds of 1 in 65,536, which moves
    a similarity estimate by ~0.00002. Candidates are only
    found through a shared band, whose probability falls off below ~0.5 similarity at the defaults
    (``(1/bands) ** (bands/num_perm)``), so thresholds much lower than that will miss matches.

    >>> d = Deduper()
    >>> d.add("a1", "Kurdish forces backed by US air strikes took the town of Sinjar from Islamic State on Friday.")
    >>> d.check("Kurdish forces, backed by US air strikes, took the town of Sinjar from Islamic State on Friday!").kind
    'exact'
    """

    SHINGLE = 3

    def __init__(self, threshold: float = 0.8, num_perm: int = 64, bands: int = 16) -> None:
        if num_perm <= 0 or bands <= 0 or num_perm % bands:
            raise ValueError(f"num_perm ({num_perm}) must be a positive multiple of bands ({bands})")
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands = bands
        self.rows = num_perm // bands
        # Multipliers are odd so multiply-shift hashing (a*x + b mod 2^64, top 32 bits) stays a universal family.
        self._a = _label_ints("a", num_perm) | np.uint64(1)
        self._b = _label_ints("b", num_perm)
        self._band_mult = _label_ints("band", self.rows) | np.uint64(1)
        self._band_salt = _label_ints("band-salt", bands)
        # One row per added article: its id, its signature (if known) and, through the indexes, its hash and bands.
        self._ids = _IdTable()
        self._sigs = _Rows(num_perm)  # low 16 bits of each signature value
        self._has_sig = _Rows(0)
        self._by_hash = _HashIndex()  # content hash -> first row with it
        self._no_hash: dict[str, int] = {}  # id -> row, for articles added without a hash (rare)
        self._index = _BandIndex(bands)
        # check() then add() on the same text is the normal flow; remember the last computation to avoid doing it twice.
        self._last: tuple[str, str, bytes] | None = None

    def __len__(self) -> int:
        return self._ids.n

    def nbytes(self) -> int:
        """Bytes held by the index arrays (signatures, LSH keys, hashes, ids), for sizing: ~0.3 KB per article."""
        return (self._sigs.nbytes() + self._has_sig.nbytes() + self._ids.nbytes() + self._by_hash.nbytes()
                + self._index.nbytes())

    def _shingle_hashes(self, norm: str) -> np.ndarray:
        words = norm.split()
        if not words:
            return np.empty(0, dtype=np.uint64)
        w = _word_hashes(words)
        k = self.SHINGLE
        if len(w) < k:
            w = np.concatenate([w, np.zeros(k - len(w), dtype=np.uint64)])
        n = len(w) - k + 1
        with np.errstate(over="ignore"):
            combined = sum((w[i : i + n] * _SHINGLE_MULT[i] for i in range(k)), np.zeros(n, dtype=np.uint64))
        return np.unique(_mix64(combined))

    def _signature_norm(self, norm: str) -> bytes:
        hashes = self._shingle_hashes(norm)
        if hashes.size == 0:
            return np.full(self.num_perm, _EMPTY, dtype="<u4").tobytes()
        # (num_perm, n_shingles) matrix of permuted hashes; uint64 arithmetic wraps mod 2^64 by design.
        with np.errstate(over="ignore"):
            permuted = (self._a[:, None] * hashes[None, :] + self._b[:, None]) >> np.uint64(32)
        return permuted.min(axis=1).astype("<u4").tobytes()

    def _band_keys(self, sig: np.ndarray) -> np.ndarray:
        # One 32-bit key per band from its rows' values (the top half of a 64-bit mix): at a million articles a
        # query meets a stranger's key in ~0.4% of bands, and a colliding key only costs a verified candidate.
        with np.errstate(over="ignore"):
            mixed = (sig.reshape(self.bands, self.rows).astype(np.uint64) * self._band_mult).sum(axis=1, dtype=np.uint64)
            return (_mix64(mixed + self._band_salt) >> np.uint64(32)).astype(np.uint32)

    def _prepare(self, text: str) -> tuple[str, bytes]:
        if self._last is not None and self._last[0] == text:
            return self._last[1], self._last[2]
        norm = normalise_text(text)
        h = hashlib.sha1(norm.encode("utf-8")).hexdigest()
        sig = self._signature_norm(norm)
        self._last = (text, h, sig)
        return h, sig

    def signature(self, text: str) -> bytes:
        """MinHash signature of ``text``: ``num_perm`` little-endian uint32 values, ready to store as a BLOB.

        >>> len(Deduper(num_perm=64).signature("Kurdish forces took Sinjar."))
        256
        """
        return self._prepare(text)[1]

    def similarity(self, sig1: bytes, sig2: bytes) -> float:
        """Estimated Jaccard similarity of two signatures (share of equal MinHash values).

        >>> d = Deduper(); s = d.signature("Kurdish forces took Sinjar on Friday."); d.similarity(s, s)
        1.0
        """
        a = np.frombuffer(sig1, dtype="<u4")
        b = np.frombuffer(sig2, dtype="<u4")
        if a.size != b.size:
            raise ValueError(f"signatures have {a.size} and {b.size} values; were they made with the same num_perm?")
        return float(np.count_nonzero(a == b)) / a.size

    @staticmethod
    def _is_empty(sig: np.ndarray) -> bool:
        # Texts without words all share the "empty" signature; they must not be near-duplicates of each other.
        return not np.any(sig != _EMPTY)

    def check(self, text: str) -> DedupeResult:
        """Is ``text`` new, an exact duplicate or a near duplicate of an added article? Does not add it.

        >>> d = Deduper(); d.check("Kurdish forces took Sinjar.")
        DedupeResult(kind='new', of=None, similarity=0.0)
        """
        h, raw = self._prepare(text)
        return self.check_signature(h, raw)

    def check_signature(self, hash: str, signature: bytes) -> DedupeResult:
        """``check`` from a precomputed content hash and signature (computed elsewhere, e.g. on a Dask worker).

        >>> d = Deduper(); d.add("a1", "Kurdish forces took Sinjar.")
        >>> d.check_signature(content_hash("KURDISH forces took Sinjar"), d.signature("Kurdish forces took Sinjar.")).of
        'a1'
        """
        h, raw = hash, signature
        first = self._by_hash.get(h)
        if first is not None:
            return DedupeResult("exact", self._ids[first], 1.0)
        if len(raw) != self.num_perm * 4:
            raise ValueError(f"signature has {len(raw)} bytes, expected {self.num_perm * 4} (num_perm={self.num_perm})")
        sig = np.frombuffer(raw, dtype="<u4")
        if self._is_empty(sig):
            return DedupeResult("new", None, 0.0)
        rows = self._index.query(self._band_keys(sig))
        if rows.size == 0:
            return DedupeResult("new", None, 0.0)
        sims = (self._sigs.take(rows) == sig.astype(np.uint16)).mean(axis=1)
        best = int(np.argmax(sims))  # first maximum = earliest-added candidate: deterministic ties
        score = float(sims[best])
        if score >= self.threshold:
            return DedupeResult("near", self._ids[int(rows[best])], score)
        return DedupeResult("new", None, score)

    def add(
        self, article_id: str, text: str | None = None, *, hash: str | None = None, signature: bytes | None = None
    ) -> None:
        """Index an article, from its text or from a stored ``hash`` and ``signature`` (when the store reloads).

        >>> d = Deduper(); d.add("a1", "Kurdish forces took Sinjar."); d.check("kurdish forces took sinjar").of
        'a1'
        """
        if text is not None:
            hash, signature = self._prepare(text)
        if hash is None and signature is None:
            raise ValueError("Deduper.add needs text, or a stored hash and/or signature")
        # Validate before indexing anything, so a bad stored signature can't leave a half-added article behind.
        if signature is not None and len(signature) != self.num_perm * 4:
            raise ValueError(
                f"signature has {len(signature)} bytes, expected {self.num_perm * 4} (num_perm={self.num_perm})"
            )
        known = self._by_hash.get(hash) if hash is not None else self._no_hash.get(article_id)
        if known is not None and self._ids[known] == article_id:
            # The same article again: at most its signature is new (it was first added from a hash alone).
            if signature is not None and not self._has_sig.get(known):
                self._set_signature(known, signature)
            return
        row = self._ids.append(article_id)
        self._sigs.grow(row)
        self._has_sig.grow(row)
        if hash is not None:
            # Keep the first article seen for a hash: later exact copies should point at the original.
            self._by_hash.setdefault(hash, row)
        else:
            self._no_hash[article_id] = row
        if signature is not None:
            self._set_signature(row, signature)

    def _set_signature(self, row: int, signature: bytes) -> None:
        sig = np.frombuffer(signature, dtype="<u4")
        self._sigs.set(row, sig.astype(np.uint16))
        self._has_sig.set(row, True)
        if not self._is_empty(sig):
            self._index.add(row, self._band_keys(sig))
