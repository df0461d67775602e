"""CLI commands of control: ``control`` (+ ``history``, ``changes``), ``territory``, ``frontline``, ``eval control``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from ._common import DATE, db_option, emit, format_option, render, theatre_option, user_errors

CONTROL_COLUMNS = ("place", "country", "latitude", "longitude", "actor", "since", "contested", "evidence")
HISTORY_COLUMNS = ("actor", "from", "to", "contested", "kind", "evidence")
CHANGE_COLUMNS = ("date", "place", "country", "from_actor", "to_actor", "contested", "kind", "evidence")
SERIES_COLUMNS = ("date", "actor", "area_km2", "share", "change_km2", "change_pct")



def _day(v: dt.date | None) -> dt.date | None:
    return v


def _timeline(db: str, theatre: str) -> Any:
    """The control timeline of the database's events (the same one the API and map use)."""
    import frontwatch

    with frontwatch.open(db, theatre) as ws:
        return ws.timeline()




def _actor(tl: Any, actor: str | None) -> str | None:
    return tl.theatre.actor(actor).name if actor else None


@click.group("control", invoke_without_command=True)
@click.option("--date", "date", type=DATE, help="Who held what on this date (YYYY-MM-DD).")
@click.option("--actor", help="Only places held by this actor (name or alias).")
@click.option("--place", help="Only this place.")
@format_option(choices=("table", "json", "csv", "geojson"))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@db_option
@theatre_option
@click.pass_context
@user_errors
def control(ctx: click.Context, date: dt.date | None, actor: str | None, place: str | None, fmt: str,
            output: str | None, db: str, theatre: str) -> None:
    """Control of each tracked settlement on --date (snapshot + capture/withdrawal/siege events).

    Example: frontwatch control --date 2015-07-01 --actor IS --format json
    """
    if ctx.invoked_subcommand is not None:
        return
    if date is None:
        raise click.UsageError("control needs --date YYYY-MM-DD (or a subcommand: history, changes)")
    tl = _timeline(db, theatre)
    rows = tl.on(_day(date), actor=_actor(tl, actor), place=place)
    emit(render(rows, fmt, CONTROL_COLUMNS), output)


@control.command("history")
@click.argument("place")
@format_option(choices=("table", "json", "csv"))
@db_option
@theatre_option
@user_errors
def history(place: str, fmt: str, db: str, theatre: str) -> None:
    """Control periods of PLACE: actor, from, to, contested, evidence event ids.

    Example: frontwatch control history "Tal Abyad"
    """
    tl = _timeline(db, theatre)
    rows = tl.history(place)
    emit(render(rows, fmt, (*HISTORY_COLUMNS, "from_earliest")))


@control.command("changes")
@click.option("--from", "start", type=DATE, required=True, help="First day (YYYY-MM-DD).")
@click.option("--to", "end", type=DATE, required=True, help="Last day (YYYY-MM-DD).")
@click.option("--contested/--no-contested", default=False, show_default=True,
              help="Also list sieges starting, lifted or lapsing (holder unchanged).")
@format_option(choices=("table", "json", "csv", "geojson"))
@db_option
@theatre_option
@user_errors
def changes(start: dt.date, end: dt.date, contested: bool, fmt: str, db: str, theatre: str) -> None:
    """Control changes between --from and --to with their evidence.

    Example: frontwatch control changes --from 2015-06-01 --to 2015-06-30
    """
    tl = _timeline(db, theatre)
    emit(render(tl.changes(_day(start), _day(end), include_contested=contested), fmt, (*CHANGE_COLUMNS, "latitude", "longitude"),
                CHANGE_COLUMNS))


def _plot(rows: list[dict[str, Any]], actor: str, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and in tests
    import matplotlib.pyplot as plt

    dates = [dt.date.fromisoformat(r["date"]) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.plot(dates, [r["area_km2"] for r in rows], marker="o")
    ax.set_ylabel("area (km²)")
    ax.set_title(f"Territory of {actor}")
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


@click.command("territory")
@click.option("--actor", required=True, help="Actor (name or alias).")
@click.option("--from", "start", type=DATE, required=True, help="First date (YYYY-MM-DD).")
@click.option("--to", "end", type=DATE, required=True, help="Last date (YYYY-MM-DD).")
@click.option("--step", type=click.Choice(["week", "month", "quarter"]), default="month", show_default=True)
@format_option(choices=("table", "json"))
@click.option("--plot", "plot", type=click.Path(dir_okay=False), help="Write a PNG plot of the area over time.")
@click.option("--geojson", "geojson", type=click.Path(dir_okay=False),
              help="Write dissolved polygons per actor per date (GeoJSON).")
@db_option
@theatre_option
@user_errors
def territory(actor: str, start: dt.date, end: dt.date, step: str, fmt: str, plot: str | None,
              geojson: str | None, db: str, theatre: str) -> None:
    """Area (km²) and share of the theatre held by --actor per date, with the change since the previous date.

    Example: frontwatch territory --actor IS --from 2015-01-01 --to 2015-12-01 --plot is.png
    """
    from ..control import territory_series, territory_snapshot

    tl = _timeline(db, theatre)
    name = _actor(tl, actor)
    rows = territory_series(tl, name, _day(start), _day(end), step=step)
    emit(render(rows, fmt, SERIES_COLUMNS))
    if plot:
        _plot(rows, name, plot)
        click.echo(f"wrote plot to {plot}", err=True)
    if geojson:
        feats = []
        for r in rows:
            feats.extend(territory_snapshot(tl, r["date"]).polygons()["features"])
        Path(geojson).write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
        click.echo(f"wrote {len(feats)} polygons to {geojson}", err=True)


@click.command("frontline")
@click.option("--date", "date", type=DATE, required=True, help="Date (YYYY-MM-DD).")
@click.option("--actors", required=True, help="Two actors, comma-separated, e.g. 'IS,YPG'.")
@click.option("--allies/--no-allies", default=False, show_default=True,
              help="Count each side's allies' territory as its own.")
@format_option(default="geojson", choices=("geojson", "json"))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@db_option
@theatre_option
@user_errors
def frontline(date: dt.date, actors: str, allies: bool, fmt: str, output: str | None, db: str,
              theatre: str) -> None:
    """The front line between two actors on --date as GeoJSON (Multi)LineStrings.

    Example: frontwatch frontline --date 2015-06-01 --actors "Islamic State,YPG/SDF"
    """
    from ..control import frontlines, territory_snapshot

    names = [a.strip() for a in actors.split(",") if a.strip()]
    if len(names) != 2:
        raise click.UsageError(f"--actors takes exactly two actors separated by a comma, got {actors!r}")
    tl = _timeline(db, theatre)
    a, b = (_actor(tl, n) for n in names)
    fc = frontlines(territory_snapshot(tl, _day(date)), a, b, with_allies=allies, theatre=tl.theatre)
    if not fc["features"]:
        click.echo(f"no front line between {a} and {b} on {_day(date)}", err=True)
    emit(json.dumps(fc, ensure_ascii=False, indent=None if fmt == "geojson" else 2) + "\n", output)


@click.command("control")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@format_option(choices=("table", "json"))
@db_option
@theatre_option
@user_errors
def eval_control(gold: str, fmt: str, db: str, theatre: str) -> None:
    """Accuracy of place control on given dates against GOLD (CSV or JSONL with place,date,actor).

    Example: frontwatch eval control gold/control.csv --db war.duckdb
    """
    import frontwatch

    from ..control import evaluate_control, format_report, read_gold

    rows = read_gold(gold)
    with frontwatch.open(db, theatre) as ws:
        report = evaluate_control(ws.theatre, ws.events(), rows)
    emit(json.dumps(report, indent=2, ensure_ascii=False) + "\n" if fmt == "json" else format_report(report))


__all__ = ["control", "eval_control", "frontline", "territory"]
