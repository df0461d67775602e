"""CLI command ``map``: write the offline web map of a database as one HTML file (wired into the group by the lead)."""

from __future__ import annotations

import datetime as dt

import click

from ._common import DATE, db_option, theatre_option, user_errors


@click.command("map")
@click.option("--date", "date", type=DATE, help="Date the map opens at (default: the last date of the data).")
@click.option("--from", "start", type=DATE, help="First date of the time slider (default: the data's start).")
@click.option("--to", "end", type=DATE, help="Last date of the time slider (default: the data's last event).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="map.html", show_default=True,
              help="HTML file to write.")
@db_option
@theatre_option
@user_errors
def map_cmd(date: dt.date | None, start: dt.date | None, end: dt.date | None, output: str, db: str,
            theatre: str) -> None:
    """Write an offline HTML map: territory, front lines and events over time, with a route tool.

    The file needs no network (MapLibre GL and the data are inlined). Example:
    frontwatch map --date 2016-03-01 --from 2015-06-01 --to 2016-06-01 -o map.html
    """
    import frontwatch

    from ..web import write_map

    with frontwatch.open(db, theatre) as ws:
        path = write_map(ws, output, date=date, start=start, end=end)
    size = path.stat().st_size
    click.echo(f"wrote {path} ({size / 1e6:.1f} MB); open it in a browser, no network needed")
