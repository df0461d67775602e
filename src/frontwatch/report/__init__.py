"""Situation reports: a period's key events, control changes, routes cut, leaders killed, claims and plots."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FrontwatchError, InputError

if TYPE_CHECKING:
    from ..workspace import Workspace

#: How many events the "key events" section lists.
KEY_EVENTS = 15
#: How many territorial actors get a territory trend and a "routes cut" search (the slowest section).
MAIN_ACTORS = 4
#: Extra significance per tag: a leader's death or a cut road matters more than its toll says.
TAG_WEIGHTS = {"leader_killed": 2.0, "route_cut": 1.5, "siege": 0.8, "border_crossing": 0.6, "withdrawal": 0.6,
               "heritage_destroyed": 0.6, "oil_infrastructure": 0.5, "foreign_attack": 0.5, "background": -1.0}
# Captures change the map, so they rank above an equally sourced skirmish.
TERRITORY_SUBTYPES = ("Government regains territory", "Non-state actor overtakes territory")


@dataclass(slots=True)
class Sitrep:
    """A situation report for one period: every section as plain data, rendered by :func:`write_sitrep`."""

    start: dt.date
    end: dt.date
    theatre: str
    title: str
    key_events: list[dict[str, Any]] = field(default_factory=list)  # fused events with "score", best first
    control_changes: list[dict[str, Any]] = field(default_factory=list)  # with "evidence_events" resolved
    routes_cut: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # actor -> cuts
    leaders_killed: list[dict[str, Any]] = field(default_factory=list)  # {person, event}
    claims: list[dict[str, Any]] = field(default_factory=list)
    fatalities_by_week: dict[str, dict[str, int]] = field(default_factory=dict)  # ISO week -> actor -> deaths
    territory: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # actor -> territory series
    main_actors: list[str] = field(default_factory=list)
    map_events: list[dict[str, Any]] = field(default_factory=list)  # every located event of the period
    colors: dict[str, str] = field(default_factory=dict)  # actor -> colour from the theatre pack
    notes: list[str] = field(default_factory=list)  # sections skipped or trimmed, and why
    n_events: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (dates as ISO strings)."""
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d


def significance(event: dict[str, Any]) -> float:
    """Rank score of a fused event: log fatalities + corroboration + confidence + tag and capture bonuses.

    >>> significance({"fatalities_best": 0, "n_sources": 1, "confidence": 0.5, "tags": []})
    0.5
    """
    deaths = event.get("fatalities_best") or 0
    score = math.log1p(deaths) + 0.75 * max(0, (event.get("n_sources") or 1) - 1) + (event.get("confidence") or 0)
    score += sum(TAG_WEIGHTS.get(t, 0.0) for t in event.get("tags") or [])
    if event.get("sub_event_type") in TERRITORY_SUBTYPES:
        score += 1.0
    return round(score, 3)


def iso_week(day: str | dt.date) -> str:
    """ISO week label of a date.

    >>> iso_week("2016-01-01")
    '2015-W53'
    """
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _check_period(ws: Workspace, start: dt.date, end: dt.date) -> None:
    if end < start:
        raise InputError(f"the period ends ({end}) before it starts ({start}); swap --from and --to")


def _main_actors(ws: Workspace, start: dt.date, changes: list[dict[str, Any]]) -> list[str]:
    """The actors holding most ground at the start, plus any that gained or lost a place in the period."""
    try:
        shares = ws.territory_snapshot(max(start, ws.timeline().snapshot_date)).shares()
    except FrontwatchError:
        shares = {}
    ranked = sorted(shares, key=lambda a: -shares[a])
    movers = [a for c in changes for a in (c.get("from_actor"), c.get("to_actor")) if a in shares]
    # Actors whose ground moved matter most in a sitrep; then fill up with the biggest holders.
    out: list[str] = []
    for a in [*sorted(set(movers), key=lambda a: -shares[a]), *ranked]:
        if a not in out:
            out.append(a)
    return out[:MAIN_ACTORS]


def build_sitrep(ws: Workspace, start: dt.date, end: dt.date, *, key_events: int = KEY_EVENTS) -> Sitrep:
    """Collect every section of the situation report for ``start``..``end`` (inclusive).

    >>> import frontwatch, datetime as dt
    >>> rep = build_sitrep(frontwatch.open(":memory:"), dt.date(2016, 1, 1), dt.date(2016, 3, 31))
    >>> rep.key_events
    []
    """
    _check_period(ws, start, end)
    th = ws.theatre
    rep = Sitrep(start=start, end=end, theatre=th.name,
                 title=f"Situation report, {th.title}: {start.isoformat()} to {end.isoformat()}",
                 colors={a.name: a.color for a in th.actors if a.color})
    events = ws.events(since=start, until=end)
    rep.n_events = len(events)
    by_id = {e["id"]: e for e in events}
    for e in events:
        e["score"] = significance(e)
    rep.key_events = sorted(events, key=lambda e: (-e["score"], e["date"] or "", e["id"]))[:key_events]
    rep.map_events = [e for e in events if e.get("latitude") is not None and e.get("longitude") is not None]

    # Leaders killed: the tag marks leadership; named persons killed carry who it was.
    for e in events:
        killed = [p for p in e.get("persons") or [] if p.get("role") == "killed"]
        if "leader_killed" in (e.get("tags") or []) or killed:
            for p in killed or [{"name": None, "role": "killed", "affiliation": e.get("actor2"), "position": None}]:
                rep.leaders_killed.append({"person": p, "event": e})

    rep.claims = [c for c in ws.claims() if c.get("date") and start.isoformat() <= c["date"] <= end.isoformat()]

    weeks: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in events:
        if e.get("fatalities_best") and e.get("date"):
            weeks[iso_week(max(e["date"], start.isoformat()))][e.get("actor1") or "unattributed"] += \
                int(e["fatalities_best"])
    rep.fatalities_by_week = {w: dict(v) for w, v in sorted(weeks.items())}

    try:
        changes = ws.control_changes(start, end)
    except FrontwatchError as exc:
        changes = []
        rep.notes.append(f"control changes: {exc}")
    evidence_pool = {e["id"]: e for e in ws.events(since=start - dt.timedelta(days=62), until=end)} | by_id
    for c in changes:
        c = dict(c)
        c["evidence_events"] = [evidence_pool[i] for i in c.get("evidence") or [] if i in evidence_pool]
        rep.control_changes.append(c)

    rep.main_actors = _main_actors(ws, start, changes)
    known_from = ws.timeline().snapshot_date
    t0 = max(start, known_from, th.start)
    t1 = min(end, th.end)
    for actor in rep.main_actors:
        if t1 <= t0:
            rep.notes.append(f"territory: the period lies outside {known_from}..{th.end}, where control is known")
            break
        step = "week" if (t1 - t0).days <= 120 else "month"
        try:
            series = ws.territory(actor, t0, t1, step=step)
            if series and series[-1]["date"] != t1.isoformat():
                series += ws.territory(actor, t1, t1)  # always end on the report's last day
                series[-1]["change_km2"] = round(series[-1]["area_km2"] - series[-2]["area_km2"], 1)
            rep.territory[actor] = series
        except FrontwatchError as exc:
            rep.notes.append(f"territory of {actor}: {exc}")
        # A route can only be cut when some place changed hands, so skip the (slow) search otherwise.
        if not changes:
            continue
        try:
            cuts = ws.routes_cut(actor, t0, t1).get("cuts", [])
        except FrontwatchError as exc:
            rep.notes.append(f"routes cut for {actor}: {exc}")
            continue
        if cuts:
            rep.routes_cut[actor] = cuts
    if not changes:
        rep.notes.append("routes cut: no place changed hands in the period, so no route can have been cut")
    return rep


def write_sitrep(ws: Workspace, start: dt.date, end: dt.date, path: str | Path) -> Path:
    """Build the situation report and write it as HTML, Markdown or PDF, chosen by ``path``'s extension.

    Markdown figures are written beside the file as ``<stem>_files/*.png``; HTML embeds them.

    >>> import frontwatch, datetime as dt, tempfile, os
    >>> out = write_sitrep(frontwatch.open(":memory:"), dt.date(2016, 1, 1), dt.date(2016, 1, 31),
    ...                    os.path.join(tempfile.mkdtemp(), "r.md"))
    >>> out.read_text().startswith("# Situation report")
    True
    """
    from . import _render

    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".html", ".htm", ".md", ".pdf"):
        raise InputError(f"cannot write a sitrep as {ext or 'a file without extension'!r}; use .html, .md or .pdf")
    if not path.parent.exists():
        raise InputError(f"folder {path.parent} does not exist; create it or choose another output path")
    rep = build_sitrep(ws, start, end)
    if ext == ".pdf":
        from ._pdf import write_pdf

        write_pdf(rep, path, ws)
    elif ext == ".md":
        figdir = path.with_name(path.stem + "_files")
        figdir.mkdir(exist_ok=True)
        from ._plots import save_figures

        figs = save_figures(rep, figdir, ws)
        path.write_text(_render.markdown(rep, {k: f"{figdir.name}/{v.name}" for k, v in figs.items()}),
                        encoding="utf-8")
    else:
        path.write_text(_render.html(rep, ws), encoding="utf-8")
    return path


__all__ = ["Sitrep", "build_sitrep", "iso_week", "significance", "write_sitrep"]
