"""CLI commands of supply routes: ``route``, ``routes cut`` and ``crossings`` (wired into the main group by the lead)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from ._common import DATE, db_option, emit, format_option, output_option, render, theatre_option, user_errors

THROUGH = click.Choice(["own", "contested", "unknown"])
through_option = click.option(
    "--through", type=THROUGH, default="own", show_default=True,
    help="Ground a route may cross besides the actor's and its allies': contested, or contested and unknown.")
CUT_COLUMNS = ("date", "from", "to", "km_before", "km_after", "extra_km", "cut_by")
CROSSING_COLUMNS = ("name", "other_side", "countries", "holder", "held", "holder_km", "latitude", "longitude", "source")




def control_for_db(db: str, theatre: str) -> Any:
    """The control source the CLI routes against: the control timeline built from the database's events."""
    import frontwatch

    with frontwatch.open(db, theatre) as ws:
        return ws._route_control()


def _events_text(changes: list[dict[str, Any]]) -> str:
    return "; ".join(f"{c['date']} {c['place']}: {c.get('actor_from') or '?'} -> {c.get('actor_to') or '?'}"
                     for c in changes)


@click.command("route")
@click.argument("from_place", metavar="FROM")
@click.argument("to_place", metavar="TO")
@click.option("--actor", required=True, help="Whose route (name or alias); its allies' ground counts as its own.")
@click.option("--date", "date", type=DATE, required=True, help="Date of the route (YYYY-MM-DD).")
@click.option("--vs", "vs", type=DATE, help="Compare with this earlier date (default: the day before the last "
                                           "control change on the route's natural path).")
@through_option
@format_option(choices=("table", "json", "geojson"))
@output_option
@db_option
@theatre_option
@user_errors
def route_cmd(from_place: str, to_place: str, actor: str, date: dt.date, vs: dt.date | None, through: str,
              fmt: str, output: str | None, db: str, theatre: str) -> None:
    """Shortest road route from FROM to TO through ground the actor's side holds on --date.

    Example: frontwatch route Aleppo Hama --actor "Syrian government forces" --date 2016-02-01 --format json
    """
    from ..routes import route

    tl = control_for_db(db, theatre)
    r = route(from_place, to_place, actor, date, tl, through=through, vs=vs,
              theatre=theatre)
    if fmt == "json":
        keys = ("found", "km", "via", "roads", "from", "to", "actor", "date", "through", "snapped", "held_by", "vs", "cut_by",
                "reason", "warning", "cut_note")
        out = {k: r[k] for k in keys if k in r}
        if "vs" in out:
            out["vs"] = {k: out["vs"][k] for k in ("date", "km", "via", "found")}
        emit(json.dumps(out, ensure_ascii=False, indent=2) + "\n", output)
        return
    if fmt == "geojson":
        feats = [{"type": "Feature", "geometry": r["geometry"],
                  "properties": {"kind": "route", "date": r["date"], "km": r["km"], "via": r["via"],
                                 "roads": r["roads"], "actor": r["actor"]}}]
        if r.get("vs", {}).get("geometry"):
            feats.append({"type": "Feature", "geometry": r["vs"]["geometry"],
                          "properties": {"kind": "vs", "date": r["vs"]["date"], "km": r["vs"]["km"],
                                         "via": r["vs"]["via"]}})
        for c in r.get("cut_by", []):
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [c["longitude"], c["latitude"]]},
                          "properties": {"kind": "cut_by", **c}})
        emit(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n", output)
        return
    lines = [f"{r['from']} -> {r['to']} for {r['actor']} on {r['date']} (through {', '.join(r['through'])})"]
    if r["found"]:
        lines.append(f"  {r['km']:.0f} km via {' - '.join(r['via'])}")
        lines.append(f"  roads: {', '.join(r['roads'])}")
    else:
        lines.append(f"  no route: {r['reason']}")
    if any(v > 0 for v in r["snapped"].values()):
        lines.append(f"  snapped to the road network: from {r['snapped']['from']} km, to {r['snapped']['to']} km")
    if "warning" in r:
        lines.append(f"  warning: {r['warning']}")
    if "vs" in r:
        v = r["vs"]
        old = f"{v['km']:.0f} km via {' - '.join(v['via'])}" if v["found"] else "no route"
        lines.append(f"  on {v['date']}: {old}")
        if r.get("cut_by"):
            lines.append(f"  cut by: {_events_text(r['cut_by'])}")
        elif "cut_note" in r:
            lines.append(f"  {r['cut_note']}")
    emit("\n".join(lines) + "\n", output)


@click.group("routes")
def routes_group() -> None:
    """Supply-route reports (see also: frontwatch route)."""


@routes_group.command("cut")
@click.option("--actor", required=True, help="Whose routes (name or alias).")
@click.option("--from", "start", type=DATE, required=True, help="Start of the period (YYYY-MM-DD).")
@click.option("--to", "end", type=DATE, required=True, help="End of the period (YYYY-MM-DD).")
@click.option("--towns", "n_towns", type=click.IntRange(2, 40), default=12, show_default=True,
              help="How many of the actor's largest towns (held at the start) to connect.")
@through_option
@format_option(choices=("table", "json", "csv"))
@output_option
@db_option
@theatre_option
@user_errors
def routes_cut_cmd(actor: str, start: dt.date, end: dt.date, n_towns: int, through: str, fmt: str,
                   output: str | None, db: str, theatre: str) -> None:
    """Routes between the actor's main towns that got longer or impossible in the period, and the change that did it.

    Example: frontwatch routes cut --actor "Islamic State" --from 2016-01-01 --to 2016-12-31
    """
    from ..routes import routes_cut

    rep = routes_cut(actor, start, end, control_for_db(db, theatre), n_towns=n_towns, through=through,
                     theatre=theatre)
    if fmt == "json":
        emit(json.dumps(rep, ensure_ascii=False, indent=2) + "\n", output)
        return
    rows = [{**c, "km_after": c["km_after"] if c["found_after"] else "no route",
             "cut_by": _events_text(c["cut_by"]) or "(no recorded change nearby)"} for c in rep["cuts"]]
    text = render(rows, fmt, columns=CUT_COLUMNS)
    if fmt == "table":
        text = (f"{rep['actor']}, {rep['from']} to {rep['to']}: {len(rep['cuts'])} route cut(s) among "
                f"{rep['pairs']} pairs of {', '.join(rep['towns'])}\n") + text
    emit(text, output)


@click.command("crossings")
@click.option("--actor", required=True, help="Whose side (name or alias); allies count.")
@click.option("--date", "date", type=DATE, required=True, help="Date (YYYY-MM-DD).")
@click.option("--held", "only_held", is_flag=True, help="Only the crossings the actor's side holds.")
@format_option(choices=("table", "json", "csv", "geojson"))
@output_option
@db_option
@theatre_option
@user_errors
def crossings_cmd(actor: str, date: dt.date, only_held: bool, fmt: str, output: str | None, db: str,
                  theatre: str) -> None:
    """Border crossings and who holds each on --date; "held" marks the actor's side.

    Example: frontwatch crossings --actor YPG/SDF --date 2015-07-01
    """
    from ..routes import crossings_held

    rows = crossings_held(actor, date, control_for_db(db, theatre), theatre=theatre)
    if only_held:
        rows = [r for r in rows if r["held"]]
    emit(render(rows, fmt, columns=CROSSING_COLUMNS,
                table_columns=("name", "other_side", "countries", "holder", "held")), output)
