"""Control timeline: who held each settlement when, from the pack's snapshot plus capture/withdrawal/siege events."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import GeocodeError, InputError, TheatreError
from ..geo.normalise import fold, skeleton
from ..geodesy import haversine_km
from ..theatre import Theatre
from ._grid import haversine_matrix

#: Date of the shipped snapshot unless the pack's theatre.yaml sets ``control_date``.
SNAPSHOT_DATE = dt.date(2015, 1, 1)
CAPTURE_SUBTYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
TRANSFER_SUBTYPE = "Non-violent transfer of territory"
#: Tags that make an event a timeline claim whatever its sub-event type (see ``ControlTimeline._kind``).
CLAIM_TAGS = frozenset({"withdrawal", "siege"})
MATCH_KM = 5.0  # an event this close to a settlement is about that settlement
SAME_NAME_KM = 50.0  # a same-name match farther than this is a different place ("Hamdaniya" in Aleppo vs Nineveh)
SIEGE_DAYS = 90  # a siege report keeps a place contested this long unless renewed or ended by a capture
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# Kinds that can hold territory; "civilians" and the air coalition cannot.
HOLDING_KINDS = frozenset({"state force", "armed group", "militia", "foreign force"})




@dataclass(slots=True)
class Settlement:
    """A place whose control the timeline tracks (from the snapshot, or added by a capture)."""

    name: str
    country: str | None
    latitude: float
    longitude: float
    population: int = 0
    source: str = ""
    key: str = ""
    skel: str = ""


@dataclass(slots=True)
class Period:
    """One stretch of one actor's control of one place: [start, end), ``end`` None while it lasts."""

    actor: str | None
    start: dt.date
    end: dt.date | None
    contested: bool
    evidence: list[str] = field(default_factory=list)
    since: str | None = None  # the snapshot's "since" (may be partial, e.g. "2014-06") for the first period
    start_earliest: dt.date | None = None  # for week/month-precision changes: the earliest the flip can be
    kind: str = "snapshot"  # snapshot | capture | withdrawal | siege | siege lifted | siege lapsed | inferred

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "from": self.start.isoformat(), "to": self.end.isoformat() if self.end else None,
                "contested": self.contested, "evidence": list(self.evidence), "kind": self.kind,
                "from_earliest": (self.start_earliest or self.start).isoformat()}


@dataclass(slots=True)
class _Claim:
    """One relevant event, normalised: a capture, a withdrawal or a siege report at one settlement."""

    kind: str  # capture | withdrawal | siege
    place: int
    effective: dt.date
    start: dt.date
    end: dt.date
    precision: str
    actor1: str
    actor2: str | None
    confidence: float
    id: str


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _float(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def load_snapshot(theatre: Theatre) -> tuple[dt.date, list[Settlement], list[tuple[str | None, bool, str]]]:
    """The pack's ``control.csv``: snapshot date, settlements and (actor, contested, since) per settlement.

    Raises ``InputError`` naming the file and line for a malformed row, ``TheatreError`` for an unknown actor.

    >>> from frontwatch.theatre import load_theatre
    >>> day, places, states = load_snapshot(load_theatre("syria-iraq"))
    >>> day.isoformat(), places[0].name, states[0][0]
    ('2015-01-01', 'Mosul', 'Islamic State')
    """
    path = theatre.file("control.csv")
    day = _date(theatre.extra.get("control_date")) or SNAPSHOT_DATE
    places: list[Settlement] = []
    states: list[tuple[str | None, bool, str]] = []
    if not path.exists():
        return day, places, states
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
            if not row.get("place") or lat is None or lon is None:
                raise InputError(f"{path}:{i}: every row needs place, latitude and longitude")
            actor = row.get("actor") or None
            if actor is not None:
                actor = theatre.actor(actor).name
            places.append(Settlement(row["place"], row.get("country") or None, lat, lon,
                                     int(_float(row.get("population")) or 0), row.get("source") or ""))
            states.append((actor, (row.get("contested") or "").strip().lower() in ("true", "1", "yes"),
                           row.get("since") or ""))
    return day, places, states


class ControlTimeline:
    """Control periods per settlement. Build with :meth:`build`; query with :meth:`on`, :meth:`history`,
    :meth:`changes`. ``skipped`` lists every relevant event that was not used, with the reason.
    """

    def __init__(self, theatre: Theatre, snapshot_date: dt.date, places: list[Settlement],
                 periods: list[list[Period]], skipped: list[dict[str, Any]]):
        self.theatre = theatre
        self.snapshot_date = snapshot_date
        self.places = places
        self.periods = periods
        self.skipped = skipped
        self._coords: tuple[np.ndarray, np.ndarray] | None = None

    # -- building ------------------------------------------------------------------------------------------------
    @classmethod
    def build(cls, theatre: Theatre, events: Iterable[dict[str, Any]], *,
              snapshot: tuple[dt.date, list[Settlement], list[tuple[str | None, bool, str]]] | None = None,
              siege_days: int = SIEGE_DAYS) -> ControlTimeline:
        """Replay capture, withdrawal and siege events over the pack's snapshot.

        >>> from frontwatch.theatre import load_theatre
        >>> tl = ControlTimeline.build(load_theatre("syria-iraq"), [])
        >>> tl.on("2015-01-01", place="Mosul")[0]["actor"]
        'Islamic State'
        """
        day, places, states = snapshot if snapshot is not None else load_snapshot(theatre)
        places = [Settlement(p.name, p.country, p.latitude, p.longitude, p.population, p.source,
                             fold(p.name), skeleton(p.name)) for p in places]
        periods = [[Period(a, day, None, c, [], since or None)] for a, c, since in states]
        tl = cls(theatre, day, places, periods, [])
        claims = [c for ev in events if (c := tl._claim(ev)) is not None]
        by_place: dict[int, list[_Claim]] = {}
        for c in claims:
            by_place.setdefault(c.place, []).append(c)
        for idx in range(len(tl.places)):
            tl._replay(idx, by_place.get(idx, []), siege_days)
        return tl

    def _skip(self, ev: dict[str, Any], reason: str) -> None:
        self.skipped.append({"id": ev.get("id"), "date": ev.get("date"), "location": ev.get("location"),
                             "sub_event_type": ev.get("sub_event_type"), "reason": reason})

    def _kind(self, ev: dict[str, Any]) -> str | None:
        tags = set(ev.get("tags") or [])
        sub = ev.get("sub_event_type") or ""
        # A capture wins over its tags: "X took Y after a long siege" is a change of hands, not a siege.
        if sub in CAPTURE_SUBTYPES:
            return "capture"
        if "withdrawal" in tags or sub == TRANSFER_SUBTYPE:  # CLAIM_TAGS: keep the two in step
            return "withdrawal"
        if "siege" in tags:
            return "siege"
        return None

    def _actor(self, name: Any, loser: bool = False) -> str | None:
        """Canonical holder name; ``TheatreError`` when unknown or (as the taker) unable to hold ground."""
        if not name:
            return None
        a = self.theatre.actor(str(name))
        if a.kind not in HOLDING_KINDS:
            if loser:
                return None  # "IS overran Sinjar despite coalition air strikes": the loser is whoever held it
            raise TheatreError(f"actor {a.name!r} ({a.kind}) cannot hold territory")
        return a.name

    def _claim(self, ev: dict[str, Any]) -> _Claim | None:
        kind = self._kind(ev)
        if kind is None:
            return None
        start = _date(ev.get("date"))
        if start is None:
            self._skip(ev, "no date")
            return None
        end = _date(ev.get("date_end")) or start
        precision = ev.get("date_precision") or "day"
        try:
            a1 = self._actor(ev.get("actor1"))
            a2 = self._actor(ev.get("actor2"), loser=True)
        except TheatreError as exc:
            self._skip(ev, str(exc).split("; known actors")[0])  # the full list belongs in CLI errors, not here
            return None
        if a1 is None:
            self._skip(ev, "no actor1: who took, left or besieged the place is unknown")
            return None
        lat, lon = _float(ev.get("latitude")), _float(ev.get("longitude"))
        if lat is None or lon is None:
            self._skip(ev, "no coordinates: the place could not be geocoded")
            return None
        idx = self._match(ev.get("location"), lat, lon)
        if idx is None and (ev.get("geo_precision") or 1) >= 2:
            # A district or province centroid is not a settlement: control of a region needs its towns.
            self._skip(ev, f"location is a region (geo_precision {ev.get('geo_precision')}), not a settlement")
            return None
        # Territory changes of week/month precision flip at the end of their range: the capture is complete
        # by then; the start is kept as from_earliest so the uncertainty is not lost.
        effective = start if precision == "day" or kind == "siege" else end
        if effective < self.snapshot_date:
            if idx is not None and kind == "capture" and self.periods[idx][0].actor == a1:
                self.periods[idx][0].evidence.append(str(ev.get("id")))
                self._skip(ev, f"dated before the snapshot ({self.snapshot_date}); confirms the snapshot holder")
            else:
                self._skip(ev, f"dated before the snapshot ({self.snapshot_date}); the snapshot is the baseline")
            return None
        if idx is None:
            if kind != "capture":
                self._skip(ev, f"{kind} at a place not tracked (no settlement within {MATCH_KM:g} km)")
                return None
            idx = self._add_place(ev, lat, lon, a2, effective)
        return _Claim(kind, idx, effective, start, end, precision if precision in PRECISION_RANK else "year",
                      a1, a2, float(_float(ev.get("confidence")) or 0.5), str(ev.get("id")))

    def _match(self, location: Any, lat: float, lon: float) -> int | None:
        """The tracked place an event is about: same normalised name within SAME_NAME_KM, else the nearest
        place within MATCH_KM. Vectorised, because a corpus has thousands of captures and sieges."""
        n = len(self.places)
        if self._coords is None or len(self._coords[0]) != n:
            self._coords = (np.array([p.latitude for p in self.places]), np.array([p.longitude for p in self.places]))
        if n == 0:
            return None
        d = haversine_matrix(np.array([lat]), np.array([lon]), *self._coords)[0]
        if location:
            key, skel = fold(str(location)), skeleton(str(location))
            same = [i for i, p in enumerate(self.places)
                    if key and (p.key == key or (skel and p.skel == skel)) and d[i] <= SAME_NAME_KM]
            if same:
                return min(same, key=lambda i: d[i])
        i = int(d.argmin())
        return i if d[i] <= MATCH_KM else None

    def _add_place(self, ev: dict[str, Any], lat: float, lon: float, loser: str | None, day: dt.date) -> int:
        self.places.append(Settlement(str(ev.get("location") or f"{lat:.3f},{lon:.3f}"), ev.get("country"), lat, lon,
                                      0, "added by event " + str(ev.get("id")), fold(str(ev.get("location") or "")),
                                      skeleton(str(ev.get("location") or ""))))
        # Not in the snapshot: the loser named by the event is the best guess of who held it before.
        first = Period(loser, self.snapshot_date, None, False, [str(ev.get("id"))], None, None, "inferred")
        self.periods.append([first] if loser else [])
        return len(self.places) - 1

    # -- replay --------------------------------------------------------------------------------------------------
    def _allied(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a == b
        return a == b or b in self.theatre.allies_of(a)

    def _groups(self, claims: list[_Claim]) -> list[list[_Claim]]:
        """Captures whose date ranges overlap are one group: simultaneous, possibly conflicting reports."""
        claims.sort(key=lambda c: (c.effective, c.start, c.id))
        groups: list[list[_Claim]] = []
        for c in claims:
            g = groups[-1] if groups else None
            if (g is not None and c.kind == "capture" and all(x.kind == "capture" for x in g)
                    and any(c.start <= x.end and x.start <= c.end for x in g)):
                g.append(c)
            else:
                groups.append([c])
        return groups

    def _replay(self, idx: int, claims: list[_Claim], siege_days: int) -> None:
        ps = self.periods[idx]
        place = self.places[idx].name

        def current() -> Period | None:
            return ps[-1] if ps else None

        def open_period(p: Period) -> None:
            cur = current()
            if cur is not None:
                if cur.start == p.start:
                    # Two changes on one day: the later replaces the earlier, keeping its evidence.
                    p.evidence = cur.evidence + [e for e in p.evidence if e not in cur.evidence]
                    ps.pop()
                    if ps:
                        ps[-1].end = p.start
                    ps.append(p)
                    return
                cur.end = p.start
            ps.append(p)

        # A contested snapshot entry is the pack author's standing assessment (a divided city, a multi-year
        # siege such as Deir ez-Zor): it lasts until an event settles it. Only event-reported sieges lapse.
        contested_until: dt.date | None = None
        for group in self._groups(claims):
            day = group[0].effective
            cur = current()
            if contested_until is not None and contested_until < day and cur is not None and cur.contested:
                open_period(Period(cur.actor, contested_until, None, False, [], None, None, "siege lapsed"))
                contested_until = None
                cur = current()
            holder = cur.actor if cur else None
            c = group[0]
            ids = [x.id for x in group]
            if c.kind == "siege":
                if cur is not None and cur.contested:
                    cur.evidence.extend(ids)
                else:
                    open_period(Period(holder, c.start, None, True, ids, None, None, "siege"))
                contested_until = c.end + dt.timedelta(days=siege_days)
                continue
            if c.kind == "withdrawal":
                if holder is not None and not self._allied(holder, c.actor1):
                    self.skipped.append({"id": c.id, "date": c.start.isoformat(), "location": place,
                                         "sub_event_type": TRANSFER_SUBTYPE,
                                         "reason": f"withdrawal by {c.actor1} from a place held by {holder}"})
                    continue
                open_period(Period(c.actor2, day, None, False, ids, None,
                                   c.start if c.start != day else None, "withdrawal"))
                contested_until = None
                continue
            # Captures: pick the winner; rival (non-allied) claims in the same window make it contested.
            winner = min(group, key=lambda x: (PRECISION_RANK[x.precision], -x.confidence, -x.effective.toordinal()))
            rivals = any(not self._allied(winner.actor1, x.actor1) for x in group)
            day = winner.effective
            if holder is not None and self._allied(holder, winner.actor1) and holder == winner.actor1 \
                    and not rivals and cur is not None:
                if cur.contested:
                    # The holder "takes" its own contested town: the siege is broken, control consolidated.
                    open_period(Period(holder, day, None, False, ids, None, None, "siege lifted"))
                else:
                    cur.evidence.extend(i for i in ids if i not in cur.evidence)
                contested_until = None
                continue
            # A day-precision winner pins the date; otherwise the earliest start of the group bounds it.
            earliest = day if winner.precision == "day" else min(x.start for x in group)
            open_period(Period(winner.actor1, day, None, rivals, ids, None, earliest if earliest != day else None,
                               "capture"))
            contested_until = None
        cur = current()
        if contested_until is not None and cur is not None and cur.contested and cur.kind == "siege":
            open_period(Period(cur.actor, contested_until, None, False, [], None, None, "siege lapsed"))

    # -- queries -------------------------------------------------------------------------------------------------
    def _day(self, date: dt.date | str) -> dt.date:
        d = _date(date)
        if d is None:
            raise InputError(f"{date!r} is not a date; use YYYY-MM-DD")
        return d

    def place_index(self, place: str) -> int:
        """Index of a tracked place by name (normalised); ``GeocodeError`` with close matches when unknown.

        >>> from frontwatch.theatre import load_theatre
        >>> tl = ControlTimeline.build(load_theatre("syria-iraq"), [])
        >>> tl.places[tl.place_index("Kobane")].name
        'Kobani'
        """
        key, skel = fold(place), skeleton(place)
        for i, p in enumerate(self.places):
            if p.key == key:
                return i
        for i, p in enumerate(self.places):
            if skel and p.skel == skel:
                return i
        names = [p.name for p in self.places]
        close = difflib.get_close_matches(place, names, n=5, cutoff=0.6)
        try:  # the gazetteer knows spellings the snapshot does not ("Kobane" -> "Kobani")
            from ..geo import get_geoparser

            for cand, _s in get_geoparser(self.theatre.name).candidates(place, n=5):
                for i, p in enumerate(self.places):
                    if p.key == fold(cand.name) or haversine_km(cand.latitude, cand.longitude,
                                                               p.latitude, p.longitude) <= MATCH_KM:
                        if len(close) < 5 and self.places[i].name not in close:
                            close.append(self.places[i].name)
                        break
        except Exception:  # noqa: BLE001 - suggestions are a courtesy; never fail the error message on them
            pass
        if close and fold(close[0]) == key:
            return names.index(close[0])
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        raise GeocodeError(f"place {place!r} is not tracked by the control timeline{hint}")

    def state_index(self, date: dt.date | str) -> list[tuple[str | None, bool, Period | None]]:
        """(actor, contested, period) per tracked place on ``date`` (actor None when unknown).

        >>> from frontwatch.theatre import load_theatre
        >>> ControlTimeline.build(load_theatre("syria-iraq"), []).state_index("2015-01-01")[0][:2]
        ('Islamic State', False)
        """
        d = self._day(date)
        out: list[tuple[str | None, bool, Period | None]] = []
        for ps in self.periods:
            hit = None
            for p in ps:
                if p.start <= d and (p.end is None or d < p.end):
                    hit = p
            out.append((hit.actor, hit.contested, hit) if hit else (None, False, None))
        return out

    def on(self, date: dt.date | str, actor: str | None = None, place: str | None = None) -> list[dict[str, Any]]:
        """Who held each tracked place on ``date``: one dict per place (place, country, latitude, longitude,
        actor, since, contested, evidence).

        >>> from frontwatch.theatre import load_theatre
        >>> ControlTimeline.build(load_theatre("syria-iraq"), []).on("2015-02-01", place="Kobane")[0]["actor"]
        'YPG/SDF'
        """
        d = self._day(date)
        if d < self.snapshot_date:
            raise InputError(f"control is known from {self.snapshot_date} (the pack's snapshot); "
                             f"ask for that date or later")
        want = self.theatre.actor(actor).name if actor else None
        only = self.place_index(place) if place else None
        out = []
        for i, (a, contested, p) in enumerate(self.state_index(d)):
            if p is None or (only is not None and i != only) or (want is not None and a != want):
                continue
            s = self.places[i]
            since = p.since if (p.kind == "snapshot" and p.since) else p.start.isoformat()
            out.append({"place": s.name, "country": s.country, "latitude": s.latitude, "longitude": s.longitude,
                        "actor": a, "since": since, "contested": contested, "evidence": list(p.evidence)})
        return out

    def history(self, place: str) -> list[dict[str, Any]]:
        """Control periods of one place, oldest first: actor, from, to, contested, evidence, kind.

        >>> from frontwatch.theatre import load_theatre
        >>> ControlTimeline.build(load_theatre("syria-iraq"), []).history("Mosul")[0]["actor"]
        'Islamic State'
        """
        return [p.as_dict() for p in self.periods[self.place_index(place)]]

    def changes(self, start: dt.date | str, end: dt.date | str, *,
                include_contested: bool = False) -> list[dict[str, Any]]:
        """Changes of holder with start <= date <= end, oldest first; ``include_contested`` adds the changes of
        contested status alone (sieges starting, lifted or lapsing), which keep the holder.

        >>> from frontwatch.theatre import load_theatre
        >>> ControlTimeline.build(load_theatre("syria-iraq"), []).changes("2015-01-01", "2015-12-31")
        []
        """
        a, b = self._day(start), self._day(end)
        out = []
        for i, ps in enumerate(self.periods):
            s = self.places[i]
            for j, p in enumerate(ps):
                if p.kind in ("snapshot", "inferred") or not a <= p.start <= b:
                    continue
                if not include_contested and j and ps[j - 1].actor == p.actor:
                    continue
                prev = ps[j - 1] if j else None
                out.append({"date": p.start.isoformat(), "place": s.name, "country": s.country,
                            "latitude": s.latitude, "longitude": s.longitude,
                            "from_actor": prev.actor if prev else None, "to_actor": p.actor,
                            "contested": p.contested, "kind": p.kind, "evidence": list(p.evidence),
                            "from_earliest": (p.start_earliest or p.start).isoformat()})
        out.sort(key=lambda r: (r["date"], r["place"]))
        return out

    def actors(self) -> list[str]:
        """Actors holding at least one place at some time, in theatre order.

        >>> from frontwatch.theatre import load_theatre
        >>> ControlTimeline.build(load_theatre("syria-iraq"), []).actors()[0]
        'Islamic State'
        """
        held = {p.actor for ps in self.periods for p in ps if p.actor}
        return [a.name for a in self.theatre.actors if a.name in held]


def build_timeline(theatre: Theatre, events: Sequence[dict[str, Any]], **kw: Any) -> ControlTimeline:
    """Alias of :meth:`ControlTimeline.build`.

    >>> from frontwatch.theatre import load_theatre
    >>> len(build_timeline(load_theatre("syria-iraq"), []).places) > 150
    True
    """
    return ControlTimeline.build(theatre, events, **kw)
