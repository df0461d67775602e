"""CLI commands of views: ``sitrep`` (situation report) and ``serve`` (REST API + map); wired by the lead."""

from __future__ import annotations

import datetime as dt

import click

from ._common import DATE, db_option, theatre_option, user_errors


@click.command("sitrep")
@click.option("--from", "start", type=DATE, required=True, help="First day of the period (YYYY-MM-DD).")
@click.option("--to", "end", type=DATE, required=True, help="Last day of the period (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write report.html, report.md or report.pdf (by extension); default: Markdown on stdout.")
@db_option
@theatre_option
@user_errors
def sitrep_cmd(start: dt.date, end: dt.date, output: str | None, db: str, theatre: str) -> None:
    """Situation report for a period: key events, control changes, routes cut, leaders killed, claims, plots.

    Example: frontwatch sitrep --from 2015-11-01 --to 2015-11-30 -o november.html
    """
    import frontwatch

    from ..report import _render, build_sitrep, write_sitrep

    with frontwatch.open(db, theatre) as ws:
        if output:
            path = write_sitrep(ws, start, end, output)
            click.echo(f"wrote {path}", err=True)
        else:
            click.echo(_render.markdown(build_sitrep(ws, start, end)), nl=False)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="FRONTWATCH_TOKEN", help="Bearer token that allows POST /articles "
                                                         "(default: $FRONTWATCH_TOKEN; none: read-only).")
@theatre_option
@user_errors
def serve_cmd(db: str, host: str, port: int, token: str | None, theatre: str) -> None:
    """Serve the REST API (docs at /docs) and the web map (at /) with uvicorn.

    Example: frontwatch serve --db demo.duckdb --port 8000
    """
    try:
        import uvicorn
    except ImportError as exc:
        raise click.ClickException("serve needs uvicorn and fastapi: pip install fastapi uvicorn") from exc
    from ..api import create_app

    app = create_app(db, theatre, token=token or None)
    click.echo(f"serving {db} on http://{host}:{port}/ (API docs: /docs; "
               f"{'writable with a token' if token else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
