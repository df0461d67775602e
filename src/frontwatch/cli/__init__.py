"""The ``frontwatch`` command line: a thin layer that parses arguments and calls the Python API."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib import resources
from pathlib import Path

import click

from ..errors import FrontwatchError
from ..records import EVENT_FIELDS
from ..theatre import available_theatres
from ._common import DATE, db_option, emit, format_option, render, theatre_option
from .engine import engine_options, run_from_cli

EVENT_TABLE_COLUMNS = ("date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country",
                       "fatalities_low", "confidence")


quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary line.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="frontwatch")
def main() -> None:
    """frontwatch: turn war reporting into events, territorial control and supply routes."""


# -- ingest --------------------------------------------------------------------------------------------------------
@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", type=DATE, help="Publication date for every input (overrides the input's own).")
@click.option("--source", help="Source name for every input (overrides the input's own).")
@click.option("--input-format", "fmt", type=click.Choice(["text", "jsonl", "csv", "html", "feed"]),
              help="Force a reader instead of guessing from the file extension.")
@click.option("--text-column", default="text", show_default=True, help="JSONL/CSV field holding the article text.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=NAME",
              help="JSONL/CSV field names, e.g. --column title=headline --column published=date.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the input files.")
@theatre_option
@quiet_option
@engine_options
def ingest(paths, db, published, source, fmt, text_column, columns, encoding, theatre, quiet, engine, scheduler,
           workers, shard_size, shard_dir) -> None:
    """Read articles (files, folders, JSONL, CSV, HTML, RSS/Atom, - for stdin), extract and store events.

    With --engine dask the inputs are split into shards processed in parallel by a Dask cluster (resumable).
    """
    import frontwatch

    colmap = {}
    for c in columns:
        if "=" not in c:
            raise click.BadParameter(f"--column takes FIELD=NAME, got {c!r}")
        k, v = c.split("=", 1)
        colmap[k.strip()] = v.strip()
    if engine == "dask":
        run_from_cli(list(paths), db, engine, scheduler, workers, shard_size, theatre, published, source,
                     shard_dir=shard_dir, text_column=text_column, encoding=encoding, fmt=fmt, columns=colmap)
        return
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" inputs", desc="ingest", file=sys.stderr)
    with frontwatch.open(db, theatre) as ws:
        summary = ws.ingest(
            list(paths), published=published, source=source, fmt=fmt, text_column=text_column, columns=colmap,
            encoding=encoding, stdin=sys.stdin, on_item=(lambda _i: bar.update(1)) if bar else None,
        )
    if bar:
        bar.close()
    for msg in summary.messages:
        click.echo(f"quarantined: {msg}", err=True)
    for note in summary.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(summary.line())


# -- extract -------------------------------------------------------------------------------------------------------
@main.command()
@click.argument("file")
@click.option("--published", type=DATE, help="Publication date (required unless the file has a published: header).")
@db_option
@theatre_option
def extract(file, published, db, theatre) -> None:
    """Print the events of one article as JSONL (no database is written; FILE may be - for stdin)."""
    from ..extract import extract_article
    from ..ingest import read_inputs
    from ..records import Quarantined

    found = 0
    for item in read_inputs([file], published=published, stdin=sys.stdin):
        if isinstance(item, Quarantined):
            raise click.UsageError(item.message())
        for ev in extract_article(item, theatre).events:
            click.echo(json.dumps(ev.to_dict(), ensure_ascii=False))
            found += 1
    if found == 0:
        click.echo(f"{file}: no events found", err=True)


# -- events / claims / quarantine ----------------------------------------------------------------------------------
@main.command()
@db_option
@click.option("--since", type=DATE, help="Only events on or after this date.")
@click.option("--until", type=DATE, help="Only events on or before this date.")
@click.option("--actor", help="Only events with this actor (actor1, actor2 or associated).")
@click.option("--type", "event_type", help="Only this event type or sub-event type.")
@click.option("--country", help="Only this country (ISO2).")
@click.option("--tag", help="Only events with this tag, e.g. leader_killed.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--raw", is_flag=True, help="Per-article reports instead of fused events.")
@format_option(choices=("table", "json", "jsonl", "csv", "geojson", "parquet"))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@theatre_option
def events(db, since, until, actor, event_type, country, tag, limit, raw, fmt, output, theatre) -> None:
    """List stored events: fused events (one per real-world event, with all sources) or --raw reports."""
    import frontwatch

    if actor:
        from ..theatre import load_theatre

        actor = load_theatre(theatre).actor(actor).name
    with frontwatch.open(db, theatre) as ws:
        rows = ws.events(since=since, until=until, actor=actor, event_type=event_type, country=country, tag=tag,
                         limit=limit, raw=raw)
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs -o FILE")
        from ..export import write_parquet

        write_parquet(rows, output)
        click.echo(f"wrote {len(rows)} events to {output}", err=True)
        return
    cols = EVENT_FIELDS if raw else (*EVENT_FIELDS, "n_sources", "sources")
    emit(render(rows, fmt, cols, (*EVENT_TABLE_COLUMNS, *(() if raw else ("n_sources",)))), output)


@main.command()
@db_option
@click.option("--subject", help="Only claims about this subject (canonical actor name).")
@format_option(choices=("table", "json", "jsonl", "csv"))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of stdout.")
@theatre_option
def claims(db, subject, fmt, output, theatre) -> None:
    """List stored quantitative claims (fighter strength, territory share, tolls, revenue)."""
    import frontwatch

    with frontwatch.open(db, theatre) as ws:
        rows = ws.claims(subject)
    emit(render(rows, fmt, None, ("date", "subject", "metric", "value", "unit", "change", "said_by")), output)


@main.command()
@db_option
@format_option(choices=("table", "json", "jsonl", "csv"))
def quarantine(db, fmt) -> None:
    """List rejected inputs with file, line, field and reason."""
    import frontwatch

    with frontwatch.open(db) as ws:
        emit(render(ws.quarantined(), fmt, ("origin", "line", "field", "reason")))


@main.command()
@db_option
def fuse(db) -> None:
    """Rebuild every fused event from the stored raw events (after an upgrade that changed the fusion rules)."""
    import frontwatch

    with frontwatch.open(db) as ws:
        n = ws.refuse()
    click.echo(f"{n['raw_events']} raw events fused into {n['fused_events']} events")


@main.command()
@db_option
@format_option(choices=("table", "json"))
def theatres(db, fmt) -> None:
    """List the theatre packs frontwatch can load."""
    from ..theatre import load_theatre

    rows = []
    for name in available_theatres():
        t = load_theatre(name)
        rows.append({"name": t.name, "title": t.title, "start": t.start.isoformat(), "end": t.end.isoformat(),
                     "countries": t.countries, "actors": len(t.actors), "persons": len(t.persons)})
    emit(render(rows, fmt))


# -- demo ----------------------------------------------------------------------------------------------------------
def demo_corpus_path() -> Path:
    """Folder of the bundled demo articles."""
    return Path(str(resources.files("frontwatch") / "data" / "demo"))


@main.command()
@db_option
@click.option("--fresh/--keep", default=True, show_default=True, help="Start from an empty database.")
@click.option("--out", "out_dir", default="frontwatch-demo", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the situation report and the map.")
def demo(db, fresh, out_dir) -> None:
    """Ingest the bundled demo corpus, print what was found, and write a sitrep and an offline map."""
    import frontwatch

    if fresh and db != ":memory:" and Path(db).exists():
        Path(db).unlink()
        Path(db + ".wal").unlink(missing_ok=True)
    with frontwatch.open(db) as ws:
        summary = ws.ingest([demo_corpus_path()])
        click.echo(summary.line())
        rows = ws.events()
        emit(render(rows, "table", EVENT_FIELDS, EVENT_TABLE_COLUMNS))
        claims_rows = ws.claims()
        if claims_rows:
            click.echo("\nclaims:")
            emit(render(claims_rows, "table", None, ("date", "subject", "metric", "value", "unit", "said_by")))
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        dates = sorted(e["date"] for e in rows if e["date"])
        start, end = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
        start = max(start, ws.theatre.start)
        from ..report import write_sitrep
        from ..web import write_map

        written = [write_sitrep(ws, start, end, out / "sitrep.html"), write_sitrep(ws, start, end, out / "sitrep.md")]
        written.append(write_map(ws, out / "map.html"))
    click.echo(f"\ndatabase: {db}  (try: frontwatch events --db {db} --format jsonl)")
    for p in written:
        click.echo(f"wrote {p}")


# -- eval ----------------------------------------------------------------------------------------------------------
def gold_options(cmd):  # type: ignore[no-untyped-def]
    """The options every ``eval`` command over a gold file beside its articles takes."""
    for opt in reversed((
        click.argument("gold", type=click.Path(exists=True, dir_okay=False)),
        click.option("--articles", type=click.Path(exists=True, file_okay=False),
                     help="Folder of the gold's articles (default: the gold file's folder)."),
        db_option,
        format_option(choices=("table", "json")),
        theatre_option,
    )):
        cmd = opt(cmd)
    return cmd


@main.group(name="eval")
def eval_group() -> None:
    """Measure accuracy against gold files (precision/recall/accuracy tables)."""


@eval_group.command(name="events")
@gold_options
def eval_events(gold, articles, db, fmt, theatre) -> None:
    """Score extraction against a gold JSONL of events (articles read from beside it)."""
    from ..extract.evaluate import evaluate_events, format_report

    report = evaluate_events(Path(gold), Path(articles) if articles else None, theatre)
    click.echo(json.dumps(report, indent=2) if fmt == "json" else format_report(report))


@eval_group.command(name="claims")
@gold_options
def eval_claims(gold, articles, db, fmt, theatre) -> None:
    """Precision/recall of quantitative claims against a gold JSONL (article, value, evidence)."""
    from ..extract.evaluate import evaluate_claims

    r = evaluate_claims(Path(gold), Path(articles) if articles else None, theatre)
    if fmt == "json":
        click.echo(json.dumps(r, indent=2))
        return
    o = r["overall"]
    click.echo(f"claims: precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}  "
               f"(tp {o['tp']}, predicted {o['predicted']}, gold {o['gold']})")
    for m in r["missed"]:
        click.echo(f"  missed: {m['metric']} = {m['value']}: {m['evidence'][:90]}")


@eval_group.command(name="fusion")
@gold_options
def eval_fusion(gold, articles, db, fmt, theatre) -> None:
    """Pairwise precision/recall of fusion against a gold clustering (JSONL: article, evidence, cluster)."""
    from ..fuse.evaluate import evaluate_fusion, format_report

    report = evaluate_fusion(Path(gold), Path(articles) if articles else None, theatre)
    click.echo(json.dumps(report, indent=2) if fmt == "json" else format_report(report))


def _register_stage_commands() -> None:
    # Stage-owned commands live beside their stage's CLI module and are attached here.
    from .control import control, eval_control, frontline, territory
    from .geo import geo as eval_geo
    from .geo import geocode
    from .map import map_cmd
    from .views import serve_cmd, sitrep_cmd

    main.add_command(geocode)
    main.add_command(control)
    main.add_command(territory)
    main.add_command(frontline)
    main.add_command(map_cmd)
    main.add_command(sitrep_cmd)
    main.add_command(serve_cmd)
    eval_group.add_command(eval_geo, name="geo")
    eval_group.add_command(eval_control, name="control")
    from .routes import crossings_cmd, route_cmd, routes_group

    main.add_command(route_cmd)
    main.add_command(routes_group)
    main.add_command(crossings_cmd)


_register_stage_commands()


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code: 0 ok, 1 user error, 2 internal error."""
    try:
        main.main(args=argv, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return 1
    except FrontwatchError as exc:
        click.echo(f"error: {exc}", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - last resort: say it's a bug, not the user's fault
        click.echo(f"internal error: {type(exc).__name__}: {exc} (please report this with the command you ran)",
                   err=True)
        return 2
    return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(run())
