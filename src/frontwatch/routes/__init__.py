"""Supply routes: the road graph, routing under territorial control, routes cut by captures, border crossings.

Typical use, with the control timeline built from a database's events::

    from frontwatch.routes import open_control, route, routes_cut, crossings_held
    tl = open_control("frontwatch.duckdb")
    route("Aleppo", "Hama", "Syrian government forces", dt.date(2016, 2, 1), tl, vs=dt.date(2015, 10, 1))
    routes_cut("Islamic State", dt.date(2016, 1, 1), dt.date(2016, 12, 31), tl)
    crossings_held("YPG/SDF", dt.date(2015, 7, 1), tl)

``control`` arguments accept a ``frontwatch.control.ControlTimeline`` (dates and the changes that explain cuts
come from it), a ``TerritorySnapshot`` (one date), or any ``(lat, lon) -> holder`` callable (one date).
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import InputError
from ..theatre import DEFAULT_THEATRE, load_theatre
from . import cuts as _cuts
from . import routing as _routing
from .crossings import Crossing, crossings_status, load_crossings
from .graph import RoadGraph, load_road_graph
from .routing import ChangeSource, ControlAt, ControlChange, ControlLookup, MaskCache

__all__ = ["ChangeSource", "ControlAt", "ControlChange", "ControlLookup", "Crossing", "RoadGraph",
           "changes_from_timeline", "crossings_held", "from_snapshot", "from_timeline", "load_crossings",
           "load_road_graph", "open_control", "route", "routes_cut"]


class SnapshotLookup:
    """A ``ControlLookup`` over a territory snapshot (``frontwatch.control.TerritorySnapshot``)."""

    def __init__(self, snap: Any) -> None:
        self.snap = snap

    def __call__(self, lat: float, lon: float) -> str | None:
        return self.snap.controller_at(lat, lon)

    def controllers_at(self, lats: Sequence[float], lons: Sequence[float]) -> list[str | None]:
        """Holders of many points (the mask builder calls this once per date)."""
        f = self.snap.controller_at
        return [f(float(la), float(lo)) for la, lo in zip(lats, lons, strict=True)]


def from_snapshot(snap: Any) -> ControlLookup:
    """The control lookup of a territory snapshot.

    >>> from frontwatch.control import ControlTimeline, territory_snapshot
    >>> snap = territory_snapshot(ControlTimeline.build(load_theatre("syria-iraq"), []), "2015-01-01")
    >>> from_snapshot(snap)(36.34, 43.12)
    'Islamic State'
    """
    return SnapshotLookup(snap)


_AT: weakref.WeakKeyDictionary[Any, ControlAt] = weakref.WeakKeyDictionary()


def from_timeline(tl: Any) -> ControlAt:
    """A ``date -> ControlLookup`` function over a control timeline (one per timeline; snapshots cached per date).

    >>> from frontwatch.control import ControlTimeline
    >>> at = from_timeline(ControlTimeline.build(load_theatre("syria-iraq"), []))
    >>> at(dt.date(2015, 1, 1))(36.34, 43.12)
    'Islamic State'
    """
    from ..control import territory_snapshot

    hit = _AT.get(tl)
    if hit is not None:
        return hit

    @functools.lru_cache(maxsize=64)
    def at(date: dt.date) -> ControlLookup:
        return SnapshotLookup(territory_snapshot(tl, date))

    _AT[tl] = at
    return at


#: events a timeline was built from (by open_control), so cut_by can quote their evidence, source and url
_EVENTS: weakref.WeakKeyDictionary[Any, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


def changes_from_timeline(tl: Any, events: Sequence[dict[str, Any]] | None = None
                          ) -> Callable[[dt.date, dt.date], list[ControlChange]]:
    """The timeline's changes of control as ``ControlChange`` records, for ``cut_by`` attribution.

    A change to contested ground is recorded with ``actor_to="contested"``: for routing it closes the road to
    everyone who may not pass contested ground. With ``events`` (the ones the timeline was built from; known
    automatically for timelines from :func:`open_control`) each change quotes its first event's evidence.

    >>> from frontwatch.control import ControlTimeline
    >>> changes_from_timeline(ControlTimeline.build(load_theatre("syria-iraq"), []))(dt.date(2015, 1, 1),
    ...                                                                             dt.date(2015, 12, 31))
    []
    """
    by_id = {str(e.get("id")): e for e in events} if events is not None else _EVENTS.get(tl, {})

    def changes(start: dt.date, end: dt.date) -> list[ControlChange]:
        lo = max(start, tl.snapshot_date)
        if end < lo:
            return []
        out = []
        for c in tl.changes(lo, end):
            ids = [str(x) for x in (c.get("evidence") or [])]  # the timeline's evidence is event ids
            first = next((by_id[i] for i in ids if i in by_id), {})
            out.append(ControlChange(
                date=dt.date.fromisoformat(c["date"]), place=c["place"], lat=float(c["latitude"]),
                lon=float(c["longitude"]), actor_from=c.get("from_actor"),
                actor_to="contested" if c.get("contested") else c.get("to_actor"),
                evidence=first.get("evidence"), event_id=";".join(ids) or None, source=first.get("source"),
                url=first.get("url")))
        return out

    return changes


def register_events(tl: Any, events: Sequence[dict[str, Any]]) -> None:
    """Let route explanations (``cut_by``) quote the evidence of the events behind ``tl``'s changes."""
    _EVENTS[tl] = {str(e.get("id")): e for e in events}


def open_control(db: str, theatre: str = DEFAULT_THEATRE) -> Any:
    """The control timeline built from a database's events (what the CLI routes against).

    >>> open_control(":memory:").snapshot_date.isoformat()
    '2015-01-01'
    """
    import frontwatch

    from ..control import ControlTimeline

    with frontwatch.open(db, theatre) as ws:
        events = ws.events()
    tl = ControlTimeline.build(load_theatre(theatre), events)
    _EVENTS[tl] = {str(e.get("id")): e for e in events}
    return tl


def _sources(control: Any, changes: ChangeSource | None
             ) -> tuple[ControlAt | None, ControlLookup | None, ChangeSource | None, dt.date | None]:
    """(timeline, single lookup, changes, known-from date) from whatever ``control`` is."""
    if hasattr(control, "state_index") and hasattr(control, "changes"):  # a ControlTimeline
        return from_timeline(control), None, changes if changes is not None else changes_from_timeline(control), \
            control.snapshot_date
    if hasattr(control, "controller_at"):  # a TerritorySnapshot
        return None, from_snapshot(control), changes, None
    if callable(control):
        return None, control, changes, None
    raise InputError("control must be a ControlTimeline, a TerritorySnapshot or a (lat, lon) -> holder callable")


def _check(date: dt.date, theatre: str, known_from: dt.date | None, what: str = "date") -> None:
    th = load_theatre(theatre)
    start = max(th.start, known_from) if known_from else th.start
    _routing.check_date(date, start, th.end, what)


_MASKS: dict[int, MaskCache] = {}


def _mask_cache(graph: RoadGraph) -> MaskCache:
    # one cache per graph, so repeated queries on a date reuse that date's control lookups
    m = _MASKS.get(id(graph))
    if m is None or m.graph is not graph:
        m = _MASKS[id(graph)] = MaskCache(graph)
    return m


def route(from_place: Any, to_place: Any, actor: str, date: dt.date, control: Any, *,
          through: str | Sequence[str] = "own", vs: dt.date | None = None, allies: set[str] | None = None,
          changes: ChangeSource | None = None, graph: RoadGraph | None = None,
          theatre: str = DEFAULT_THEATRE) -> dict[str, Any]:
    """Shortest road route for ``actor`` on ``date`` through its side's territory, compared with ``vs``.

    Returns ``{"found", "km", "via", "roads", "geometry" (GeoJSON LineString), "snapped": {"from", "to"}}``
    plus, when a comparison date is given or (with a timeline) inferred, ``"vs": {"date", "km", "via"}`` and
    ``"cut_by"``: the control changes that closed the old path. Unknown places raise ``GeocodeError`` with
    suggestions, unknown actors ``TheatreError``, dates outside the data ``InputError``.

    >>> r = route("Mosul", "Raqqa", "Islamic State", dt.date(2015, 1, 1), lambda lat, lon: "Islamic State")
    >>> r["found"], r["via"][0], r["via"][-1]
    (True, 'Mosul', 'Raqqa')
    """
    th = load_theatre(theatre)
    actor = th.actor(actor).name
    timeline, lookup, changes, known_from = _sources(control, changes)
    _check(date, theatre, known_from)
    if vs is not None:
        _check(vs, theatre, known_from, "vs date")
    g = graph or load_road_graph()
    if lookup is None:
        assert timeline is not None
        lookup = timeline(date)
    return _routing.route(g, from_place, to_place, actor, date, lookup,
                          allies if allies is not None else th.allies_of(actor), through, vs=vs,
                          timeline=timeline, changes=changes, masks=_mask_cache(g), theatre=theatre)


def routes_cut(actor: str, start: dt.date, end: dt.date, control: Any, *, n_towns: int = 12,
               through: str | Sequence[str] = "own", allies: set[str] | None = None,
               changes: ChangeSource | None = None, graph: RoadGraph | None = None,
               theatre: str = DEFAULT_THEATRE) -> dict[str, Any]:
    """Routes between the actor's ``n_towns`` largest towns that got longer or impossible between two dates.

    ``control`` must give control per date: a ``ControlTimeline`` or a ``date -> ControlLookup`` function (then
    pass ``changes`` too).

    >>> rep = routes_cut("Islamic State", dt.date(2015, 1, 1), dt.date(2015, 3, 1),
    ...                  lambda d: (lambda lat, lon: "Islamic State"), changes=[], n_towns=3)
    >>> len(rep["towns"]), rep["cuts"]
    (3, [])
    """
    th = load_theatre(theatre)
    actor = th.actor(actor).name
    if hasattr(control, "state_index"):
        timeline, _, changes, known_from = _sources(control, changes)
    elif callable(control):
        timeline, known_from = control, None
    else:
        raise InputError("routes_cut needs control per date: a ControlTimeline or a date -> lookup function")
    if changes is None:
        raise InputError("routes_cut needs the control changes (pass changes=, or a ControlTimeline)")
    _check(start, theatre, known_from, "start date")
    _check(end, theatre, known_from, "end date")
    if end <= start:
        raise InputError(f"end date {end.isoformat()} must be after start date {start.isoformat()}")
    assert timeline is not None
    return _cuts.routes_cut(graph or load_road_graph(), actor, start, end, timeline, changes,
                            allies=allies if allies is not None else th.allies_of(actor), through=through,
                            n_towns=n_towns, theatre=theatre)


def crossings_held(actor: str, date: dt.date, control: Any, *, allies: set[str] | None = None,
                   theatre: str = DEFAULT_THEATRE) -> list[dict[str, Any]]:
    """Every curated border crossing with its holder on ``date`` and whether the actor's side holds it.

    >>> rows = crossings_held("YPG/SDF", dt.date(2016, 1, 1), lambda lat, lon: "YPG/SDF")
    >>> all(r["held"] for r in rows)
    True
    """
    th = load_theatre(theatre)
    actor = th.actor(actor).name
    timeline, lookup, _, known_from = _sources(control, None)
    _check(date, theatre, known_from)
    if lookup is None:
        assert timeline is not None
        lookup = timeline(date)
    return crossings_status(lookup, allies if allies is not None else th.allies_of(actor), actor=actor,
                            graph=load_road_graph())
