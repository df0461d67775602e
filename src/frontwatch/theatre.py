"""Load theatre packs (actors, persons, countries, initial control) through one registry.

A theatre pack is data, not code: a folder holding ``theatre.yaml``, ``actors.yaml`` and ``persons.yaml``
(and optional further files later stages read, e.g. ``control.csv``). Packs shipped with frontwatch live in
``frontwatch/theatres/<name>/``; third parties register a folder through the ``frontwatch.theatres`` entry-point
group (the entry point's value is an importable package holding the pack files).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import yaml

from .errors import TheatreError

DEFAULT_THEATRE = "syria-iraq"
ACTOR_KINDS = ("state force", "armed group", "militia", "foreign force", "civilians", "coalition")


@dataclass(slots=True)
class Actor:
    """A canonical actor of a theatre, with the surface forms that name it."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)  # proper names: "ISIS", "Daesh"
    descriptions: list[str] = field(default_factory=list)  # descriptive phrases: "the jihadists"
    coalition: str | None = None  # parent coalition/backer, a canonical actor name
    allies: list[str] = field(default_factory=list)  # actors whose territory this one may use
    country: str | None = None  # ISO2 of the state it belongs to, if any
    color: str | None = None  # map colour
    members: list[str] = field(default_factory=list)  # ISO2 of states whose air forces are coded as this actor
    authority: bool = False  # an armed group that governs ground: its detentions are arrests, not abductions
    enemies: list[str] = field(default_factory=list)  # the only sides it fights (an enemy left unnamed is one of them)


@dataclass(slots=True)
class PersonInfo:
    """A named person the theatre pack knows: aliases, affiliation (canonical actor) and position."""

    name: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    position: str | None = None
    killed: dt.date | None = None


@dataclass(slots=True)
class Theatre:
    """A loaded theatre pack."""

    name: str
    title: str
    start: dt.date
    end: dt.date
    countries: list[str]
    neighbours: list[str]
    actors: list[Actor]
    persons: list[PersonInfo]
    path: Path
    languages: list[str] = field(default_factory=lambda: ["en"])
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # phrase -> candidate actors, by context
    # phrase -> candidate actors, by the story: the one named just before, else the most salient, else the first
    anaphoric: dict[str, list[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    _allies: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _by_key: dict[str, Actor] = field(default_factory=dict, repr=False)  # casefolded name/alias -> actor

    def actor(self, name: str) -> Actor:
        """The actor called ``name`` (canonical name or alias, case-insensitive).

        Raises ``TheatreError`` listing the known actors when there is none.
        """
        if not self._by_key:
            for a in reversed(self.actors):  # the first actor listed wins a shared name, as a scan would
                for k in (*(x.casefold() for x in a.aliases), a.name.casefold()):
                    self._by_key[k] = a
        found = self._by_key.get(name.strip().casefold())
        if found is not None:
            return found
        known = ", ".join(a.name for a in self.actors)
        raise TheatreError(f"unknown actor {name!r} in theatre {self.name!r}; known actors: {known}")

    def allies_of(self, name: str) -> set[str]:
        """Canonical names of ``name`` and every actor it may share territory with."""
        a = self.actor(name)
        cached = self._allies.get(a.name)
        if cached is not None:
            return set(cached)

        def bloc(n: str) -> set[str]:
            # An actor, its coalition and the coalition's other members act as one ("United States" is part of
            # the US-led coalition), so alliances extend to the whole bloc; this keeps the relation symmetric.
            x = next(o for o in self.actors if o.name == n)
            heads = {n, *([x.coalition] if x.coalition else [])}
            return heads | {o.name for o in self.actors if o.coalition in heads}

        direct: set[str] = set()
        for x in bloc(a.name):
            xa = next(o for o in self.actors if o.name == x)
            direct |= set(xa.allies) | {o.name for o in self.actors if x in o.allies}
        out = bloc(a.name)
        for y in direct:
            out |= bloc(y)
        self._allies[a.name] = frozenset(out)
        return set(out)

    def file(self, name: str) -> Path:
        """Path of a further data file in the pack (e.g. ``control.csv``)."""
        return self.path / name


def _builtin_root() -> Path:
    return Path(str(resources.files("frontwatch") / "theatres"))


def _pack_dirs() -> dict[str, Path]:
    dirs: dict[str, Path] = {}
    root = _builtin_root()
    for p in sorted(root.iterdir()):
        if (p / "theatre.yaml").is_file():
            dirs[_read_yaml(p / "theatre.yaml").get("name", p.name)] = p
    for ep in metadata.entry_points(group="frontwatch.theatres"):
        mod = importlib.import_module(ep.value)
        p = Path(str(resources.files(mod)))
        dirs[_read_yaml(p / "theatre.yaml").get("name", ep.name)] = p
    return dirs


def available_theatres() -> list[str]:
    """Names of every theatre pack the registry can load.

    >>> "syria-iraq" in available_theatres()
    True
    """
    return sorted(_pack_dirs())


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise TheatreError(f"{path}: cannot read theatre pack file: {exc}") from exc


def _date(v: Any, where: str) -> dt.date:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError as exc:
        raise TheatreError(f"{where}: expected an ISO date (YYYY-MM-DD), got {v!r}") from exc


@functools.lru_cache(maxsize=8)
def load_theatre(name: str = DEFAULT_THEATRE) -> Theatre:
    """Load a theatre pack by name (cached).

    >>> load_theatre("syria-iraq").actor("Daesh").name
    'Islamic State'
    """
    dirs = _pack_dirs()
    if name not in dirs:
        raise TheatreError(f"unknown theatre {name!r}; available: {', '.join(sorted(dirs))}")
    path = dirs[name]
    meta = _read_yaml(path / "theatre.yaml")
    actors = []
    actors_doc = _read_yaml(path / "actors.yaml")
    for i, raw in enumerate(actors_doc.get("actors", [])):
        where = f"{path / 'actors.yaml'}: actor #{i + 1}"
        if "name" not in raw or "kind" not in raw:
            raise TheatreError(f"{where}: every actor needs 'name' and 'kind'")
        if raw["kind"] not in ACTOR_KINDS:
            raise TheatreError(f"{where}: kind {raw['kind']!r} is not one of {', '.join(ACTOR_KINDS)}")
        members = raw.get("members", [])
        if not isinstance(members, list) or not all(isinstance(c, str) and len(c) == 2 for c in members):
            raise TheatreError(f"{where}: 'members' must be a list of two-letter country codes, like [FR, GB], "
                               f"not {members!r}")
        if not isinstance(raw.get("authority", False), bool):
            raise TheatreError(f"{where}: 'authority' must be true or false, not {raw['authority']!r}")
        actors.append(
            Actor(
                name=raw["name"],
                kind=raw["kind"],
                aliases=list(raw.get("aliases", [])),
                descriptions=list(raw.get("descriptions", [])),
                coalition=raw.get("coalition"),
                allies=list(raw.get("allies", [])),
                country=raw.get("country"),
                color=raw.get("color"),
                members=list(members),
                authority=raw.get("authority", False),
                enemies=list(raw.get("enemies", [])),
            )
        )
    names = {a.name for a in actors}
    for a in actors:
        for ref in [a.coalition, *a.allies, *a.enemies]:
            if ref is not None and ref not in names:
                raise TheatreError(f"{path / 'actors.yaml'}: actor {a.name!r} refers to unknown actor {ref!r}")
    ambiguous = {str(k): list(v) for k, v in (actors_doc.get("ambiguous") or {}).items()}
    anaphoric = {str(k): list(v) for k, v in (actors_doc.get("anaphoric") or {}).items()}
    for section, phrases in (("ambiguous", ambiguous), ("anaphoric", anaphoric)):
        for phrase, refs in phrases.items():
            for ref in refs:
                if ref not in names:
                    raise TheatreError(f"{path / 'actors.yaml'}: {section} phrase {phrase!r} refers to unknown actor "
                                       f"{ref!r}")
    persons = []
    pfile = path / "persons.yaml"
    for raw in _read_yaml(pfile).get("persons", []) if pfile.exists() else []:
        persons.append(
            PersonInfo(
                name=raw["name"],
                aliases=list(raw.get("aliases", [])),
                affiliation=raw.get("affiliation"),
                position=raw.get("position"),
                killed=_date(raw["killed"], str(pfile)) if raw.get("killed") else None,
            )
        )
    known = {"name", "title", "start", "end", "countries", "neighbours", "languages"}
    return Theatre(
        name=meta.get("name", name),
        title=meta.get("title", name),
        start=_date(meta.get("start"), str(path / "theatre.yaml")),
        end=_date(meta.get("end"), str(path / "theatre.yaml")),
        countries=list(meta.get("countries", [])),
        neighbours=list(meta.get("neighbours", [])),
        actors=actors,
        persons=persons,
        path=path,
        languages=list(meta.get("languages", ["en"])),
        ambiguous=ambiguous,
        anaphoric=anaphoric,
        extra={k: v for k, v in meta.items() if k not in known},
    )
