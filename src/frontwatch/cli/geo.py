"""CLI commands of the geo stage: ``frontwatch geocode`` and ``frontwatch eval geo`` (wired in by the lead)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..errors import FrontwatchError
from ..geo import get_geoparser
from ..records import Mention
from ._common import db_option, emit, format_option, render


def _place_row(m: Mention) -> dict[str, Any]:
    p = m.value
    return {"mention": m.text, "name": p.name, "country": p.country, "latitude": p.latitude,
            "longitude": p.longitude, "geo_precision": p.geo_precision, "score": m.score}


@click.command("geocode")
@click.argument("text")
@click.option("--country", default=None, help="ISO2 country to prefer (e.g. SY, IQ).")
@click.option("--candidates", "n_cand", type=int, default=3, show_default=True,
              help="Candidates shown per mention (table format).")
@format_option(default="table", choices=("table", "jsonl"))
@click.option("--theatre", default="syria-iraq", show_default=True, help="Theatre pack whose priors to use.")
@db_option
def geocode(text: str, country: str | None, n_cand: int, fmt: str, theatre: str, db: str) -> None:
    """Find and resolve the places named in TEXT (``-``: one text per line from stdin, JSON lines out).

    Example: frontwatch geocode "Iraqi forces pushed into Hit." --format jsonl
    """
    try:
        gp = get_geoparser(theatre)
    except FrontwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    country = country.upper() if country else None
    if text == "-":
        # one JSON object per input line, in the shape of the geo gold set
        for line in sys.stdin:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            places = [_place_row(m) for m in gp.parse(line, country=country) if m.value is not None]
            sys.stdout.write(json.dumps({"text": line, "places": places}, ensure_ascii=False) + "\n")
        return
    found = gp.parse(text, country=country)
    mentions = [m for m in found if m.value is not None]
    if fmt == "jsonl":
        emit(json.dumps({"text": text, "places": [_place_row(m) for m in mentions]}, ensure_ascii=False) + "\n")
        return
    rows: list[dict[str, Any]] = []
    for m in found:
        if m.value is None:
            # a name the gazetteer lacks: say so, with the closest spellings as suggestions
            rows.append({"mention": m.text, "rank": 0, "name": "(unresolved)", "country": "", "score": 0.0})
            for k, (p, s) in enumerate(m.candidates[: max(1, n_cand)]):
                rows.append({"mention": "", "rank": f"~{k + 1}", "name": p.name, "country": p.country,
                             "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.geo_precision,
                             "population": p.population, "score": s})
            continue
        for rank, (p, s) in enumerate(m.candidates[: max(1, n_cand)]):
            rows.append({"mention": m.text if rank == 0 else "", "rank": rank + 1, "name": p.name,
                         "country": p.country, "latitude": p.latitude, "longitude": p.longitude,
                         "geo_precision": p.geo_precision, "population": p.population, "score": s})
    if not rows:
        # nothing recognised: say so and suggest spellings for the capitalised words
        words = [w.strip(".,;:!?\"'()") for w in text.split() if w[:1].isupper()]
        sugg = []
        for w in words:
            sugg += [f"{w} → {p.name} ({p.country})" for p, _ in gp.candidates(w, country, n=2)]
        msg = "no places found"
        if sugg:
            msg += "; did you mean: " + "; ".join(sugg[:6])
        click.echo(msg, err=True)
        return
    emit(render(rows, "table", columns=["mention", "rank", "name", "country", "latitude", "longitude",
                                        "geo_precision", "population", "score"]))


@click.command("geo")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@format_option(default="table", choices=("table", "json", "jsonl", "csv"))
@click.option("--theatre", default="syria-iraq", show_default=True, help="Theatre pack whose priors to use.")
@db_option
def geo(gold: str, fmt: str, theatre: str, db: str) -> None:
    """Score toponym resolution on GOLD (a geo.jsonl, or an articles gold.jsonl) against two baselines.

    Example: frontwatch eval geo eval/geo.jsonl
    """
    from ..geo.evaluate import evaluate

    try:
        rows = evaluate(gold, get_geoparser(theatre))
    except FrontwatchError as exc:
        raise click.ClickException(str(exc)) from exc
    emit(render(rows, fmt))
