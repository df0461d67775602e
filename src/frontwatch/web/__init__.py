"""The offline web map: one self-contained HTML file (MapLibre GL inlined, data embedded, no network needed)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError
from .basemap import basemap, simplify_geometry

__all__ = ["EVENT_COLORS", "build_payload", "map_dates", "page_html", "render_map_html", "write_map"]

#: Territory polygons are simplified by this many degrees (~2 km; the H3 cells behind them are ~7 km across):
#: it drops the hexagons' teeth, which are model artefacts, and cuts a state's size by 60%.
TERRITORY_SIMPLIFY_DEG = 0.02
#: Front lines keep more detail (~1 km) since they are what a reader zooms in on.
FRONT_SIMPLIFY_DEG = 0.01
#: Front lines are drawn between two non-allied actors only when both hold at least this much (km²): slivers
#: of a few cells would draw hundreds of tiny line fragments.
FRONT_MIN_KM2 = 500.0
#: Event marker colours per ACLED event type: Paul Tol's "vibrant" palette, readable with colour-blindness.
EVENT_COLORS = {
    "Battles": "#CC3311",
    "Explosions/Remote violence": "#EE7733",
    "Violence against civilians": "#AA3377",
    "Protests": "#0077BB",
    "Riots": "#33BBEE",
    "Strategic developments": "#009988",
}
UNKNOWN_CODE, CONTESTED_CODE = -1, -2


def _static(name: str) -> str:
    return (resources.files("frontwatch") / "web" / "static" / name).read_text(encoding="utf-8")


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    out = []
    y, m = start.year, start.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = dt.date(y, m, 1)
        if d >= end:
            return out
        out.append(d)


def map_dates(start: dt.date, end: dt.date, date: dt.date | None = None) -> list[dt.date]:
    """The slider's dates: ``start``, the first of every month in between, ``end`` (and ``date`` if given).

    >>> [d.isoformat() for d in map_dates(dt.date(2015, 1, 15), dt.date(2015, 3, 10))]
    ['2015-01-15', '2015-02-01', '2015-03-01', '2015-03-10']
    """
    if end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    days = {start, end, *_month_starts(start, end)}
    if date is not None:
        days.add(date)
    return sorted(days)


def _period(ws: Any, date: dt.date | None, start: dt.date | None, end: dt.date | None,
            events: list[dict[str, Any]]) -> tuple[dt.date, dt.date]:
    """(start, end) of the map: the given dates, else the events' period from the control snapshot on."""
    if start is not None and end is not None and end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    th, tl = ws.theatre, ws.timeline()
    for what, d in (("--date", date), ("--from", start), ("--to", end)):
        if d is not None and not th.start <= d <= th.end:
            raise InputError(f"{what} {d.isoformat()} is outside the {th.name} theatre "
                             f"({th.start.isoformat()} to {th.end.isoformat()})")
    known = max(th.start, tl.snapshot_date)  # territory before the pack's control snapshot is not modelled
    days = [dt.date.fromisoformat(e["date"]) for e in events]
    lo = start or max(known, min(days, default=known))
    hi = end or min(th.end, max(days, default=lo))
    if date is not None:
        lo, hi = (min(lo, date), hi) if start is None else (lo, hi)
        hi = max(hi, date) if end is None else hi
    if hi < lo:
        hi = lo
    return lo, hi


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    """An event trimmed to what the map shows (short keys keep a year of events small)."""
    return {
        "id": e["id"], "date": e["date"], "type": e.get("event_type"), "sub": e.get("sub_event_type"),
        "a1": e.get("actor1"), "a2": e.get("actor2"), "loc": e.get("location"), "cc": e.get("country"),
        "lat": round(float(e["latitude"]), 4), "lon": round(float(e["longitude"]), 4),
        "fat": e.get("fatalities_best"), "ev": e.get("evidence"), "tags": e.get("tags") or [],
        "src": [{"s": s.get("source"), "u": s.get("url"), "p": str(s.get("published") or "")[:10],
                 "ev": s.get("evidence")} for s in (e.get("sources") or [])][:8],
    }


def _territory(snap: Any) -> dict[str, Any]:
    total = float(snap.grid.total_km2) or 1.0
    feats = []
    for f in snap.polygons()["features"]:
        geom = simplify_geometry(f["geometry"], TERRITORY_SIMPLIFY_DEG)
        if geom is None:
            continue
        p = f["properties"]
        feats.append({"type": "Feature", "geometry": geom,
                      "properties": {"actor": p["actor"], "area_km2": p["area_km2"],
                                     "share": round(p["area_km2"] / total, 4), "color": p.get("color") or "#999999"}})
    return {"type": "FeatureCollection", "features": feats}


def _fronts(ws: Any, snap: Any) -> dict[str, Any]:
    from ..control import frontlines

    th = ws.theatre
    big = [a for a in snap.shares() if snap.area_km2(a) >= FRONT_MIN_KM2]
    feats = []
    for i, a in enumerate(big):
        allies = th.allies_of(a)
        for b in big[i + 1:]:
            if b in allies:
                continue
            for f in frontlines(snap, a, b)["features"]:
                geom = simplify_geometry(f["geometry"], FRONT_SIMPLIFY_DEG)
                if geom is not None:
                    feats.append({"type": "Feature", "geometry": geom,
                                  "properties": {"a": a, "b": b, "length_km": f["properties"]["length_km"]}})
    return {"type": "FeatureCollection", "features": feats}


def _edge_holders(graph: Any, snap: Any, actor_index: dict[str, int]) -> list[tuple[int, ...]]:
    """Per road edge, the sorted set of holder codes of its control sample points (actor index, -1, -2).

    An edge is usable by a side exactly when every holder in its set is allowed, which is what the Python
    router's per-sample AND computes, so the map's JS router needs only these sets, not the sample points.
    """
    from ..routes import from_snapshot
    from ..routes.routing import lookup_points

    names = lookup_points(from_snapshot(snap), graph.sample_lat, graph.sample_lon)
    codes = [CONTESTED_CODE if n == "contested" else UNKNOWN_CODE if n is None else actor_index.get(n, UNKNOWN_CODE)
             for n in names]
    out = []
    for s, c in zip(graph.sample_start.tolist(), graph.sample_count.tolist(), strict=True):
        out.append(tuple(sorted(set(codes[s:s + c]))))
    return out


def _changes(ws: Any, start: dt.date, end: dt.date, by_id: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in ws.control_changes(dt.date.min, end):
        ids = [str(x) for x in (c.get("evidence") or [])]
        ev = next((by_id[i] for i in ids if i in by_id), {})
        out.append({"date": c["date"], "place": c["place"], "lat": round(float(c["latitude"]), 4),
                    "lon": round(float(c["longitude"]), 4), "from": c.get("from_actor"),
                    "to": "contested" if c.get("contested") else c.get("to_actor"), "ev": ev.get("evidence"),
                    "s": ev.get("source"), "u": ev.get("url"), "id": ev.get("id")})
    return out


def build_payload(ws: Any, date: dt.date | None = None, start: dt.date | None = None,
                  end: dt.date | None = None) -> dict[str, Any]:
    """Everything the map page embeds: basemap, dates, territory and front lines per date, events, routing data.

    Territory states are computed once per distinct control state: months in which no settlement changed hands
    share one entry, which keeps both the time and the file size proportional to the changes, not the months.

    >>> import frontwatch
    >>> p = build_payload(frontwatch.open(":memory:"), start=dt.date(2015, 1, 1), end=dt.date(2015, 3, 1))
    >>> p["dates"], len(p["states"])
    (['2015-01-01', '2015-02-01', '2015-03-01'], 1)
    """
    from ..routes import load_road_graph

    th = ws.theatre
    all_events = ws.events(until=end) if end else ws.events()
    lo, hi = _period(ws, date, start, end, all_events)
    events = [e for e in all_events if (start is None or e["date"] >= lo.isoformat()) and e["date"] <= hi.isoformat()
              and e.get("latitude") is not None and e.get("longitude") is not None]
    dates = map_dates(lo, hi, date)
    graph = load_road_graph()
    names = [a.name for a in th.actors]
    aidx = {n: i for i, n in enumerate(names)}

    states: list[dict[str, Any]] = []
    state_of: list[int] = []
    seen: dict[bytes, int] = {}
    hsets: dict[tuple[int, ...], int] = {}
    for d in dates:
        snap = ws.territory_snapshot(d)
        key = snap.labels.tobytes()
        k = seen.get(key)
        if k is None:
            holders = _edge_holders(graph, snap, aidx)
            k = seen[key] = len(states)
            states.append({"date": d.isoformat(), "territory": _territory(snap), "fronts": _fronts(ws, snap),
                           "edges": [hsets.setdefault(h, len(hsets)) for h in holders]})
        state_of.append(k)

    by_id = {str(e["id"]): e for e in all_events}
    initial = dates.index(date) if date in dates else len(dates) - 1
    return {
        "version": 1,
        "theatre": th.name,
        "dates": [d.isoformat() for d in dates],
        "initial": initial,
        "state_of_date": state_of,
        "states": states,
        "holder_sets": [list(h) for h in sorted(hsets, key=hsets.__getitem__)],
        "actors": [{"name": a.name, "color": a.color or "#999999", "allies": sorted(th.allies_of(a.name))}
                   for a in th.actors],
        "event_colors": EVENT_COLORS,
        "events": [_event_row(e) for e in events],
        "changes": _changes(ws, lo, hi, by_id),
        "graph": {"nodes": [[graph.node_name[i], graph.node_kind[i]] for i in range(graph.n_nodes)],
                  "edges": [[int(u), int(v), round(float(k), 1)] for u, v, k in
                            zip(graph.edge_u.tolist(), graph.edge_v.tolist(), graph.edge_km.tolist(), strict=True)]},
        "basemap": basemap(tuple(th.countries), graph),
    }


def page_html(payload: dict[str, Any], title: str = "frontwatch map") -> str:
    """The HTML page for a payload, with MapLibre GL, the map's JS/CSS and the data all inlined.

    >>> "maplibregl" in page_html({"dates": []})
    True
    """
    # "</" is escaped so no string in the data can close the <script> element early; "<\/" is valid JSON.
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    tpl = _static("map.html")
    parts = {
        "{{TITLE}}": title.replace("<", "&lt;"),
        "{{MAPLIBRE_CSS}}": _static("vendor/maplibre-gl.css"),
        "{{MAP_CSS}}": _static("map.css"),
        "{{DATA}}": data,
        "{{MAPLIBRE_JS}}": _static("vendor/maplibre-gl.js"),
        "{{MAP_JS}}": _static("map.js"),
    }
    # Replace in one pass over the template so a placeholder-like string inside a part is never expanded.
    out, i = [], 0
    while True:
        j = tpl.find("{{", i)
        if j < 0:
            out.append(tpl[i:])
            break
        k = tpl.find("}}", j) + 2
        out.append(tpl[i:j])
        out.append(parts.get(tpl[j:k], tpl[j:k]))
        i = k
    return "".join(out)


def render_map_html(ws: Any, date: dt.date | None = None, start: dt.date | None = None,
                    end: dt.date | None = None) -> str:
    """The offline map of a workspace as one HTML string (slider over ``start``..``end``, opened at ``date``).

    Defaults: the period of the stored events from the theatre's control snapshot on, opened at its last date.

    >>> import frontwatch
    >>> html = render_map_html(frontwatch.open(":memory:"), start=dt.date(2015, 1, 1), end=dt.date(2015, 2, 1))
    >>> html.startswith("<!doctype html>")
    True
    """
    # The API serves this page at "/" on every request: cache it per database state. The events count is the same
    # freshness key the workspace's control timeline uses; in-memory databases are never shared, so not cached.
    key = None
    if ws.db != ":memory:":
        counts = ws.store.counts()
        key = (ws.db, ws.theatre.name, counts.get("events"), counts.get("fused_events"), date, start, end)
        hit = _PAGES.get(key)
        if hit is not None:
            return hit
    payload = build_payload(ws, date=date, start=start, end=end)
    html = page_html(payload, title=f"frontwatch: {ws.theatre.name} {payload['dates'][0]} to {payload['dates'][-1]}")
    if key is not None:
        if len(_PAGES) >= 4:
            _PAGES.pop(next(iter(_PAGES)))
        _PAGES[key] = html
    return html


#: rendered pages by database state (see render_map_html); a few MB each, so only the last four are kept
_PAGES: dict[tuple[Any, ...], str] = {}


def write_map(ws: Any, path: str | Path, date: dt.date | None = None, start: dt.date | None = None,
              end: dt.date | None = None) -> Path:
    """Write the offline map to ``path`` and return it.

    >>> import frontwatch, tempfile, os
    >>> out = write_map(frontwatch.open(":memory:"), os.path.join(tempfile.mkdtemp(), "m.html"), dt.date(2015, 1, 1))
    >>> out.stat().st_size > 500_000
    True
    """
    p = Path(path)
    p.write_text(render_map_html(ws, date=date, start=start, end=end), encoding="utf-8")
    return p
