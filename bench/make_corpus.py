"""Write a deterministic synthetic corpus of wire-style war reports (JSONL), templated from a theatre pack."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from frontwatch.theatre import DEFAULT_THEATRE, Theatre, load_theatre

WIRES = ("Levant Wire", "Tigris News", "Euphrates Press", "Gulf Dispatch", "Anatolia Desk", "Crescent Reports")
CITIES = ("BEIRUT", "BAGHDAD", "ERBIL", "ISTANBUL", "AMMAN", "DAMASCUS", "GAZIANTEP")
COMBATANTS = ("Islamic State", "Syrian government forces", "Iraqi government forces", "Kurdish Peshmerga", "YPG/SDF",
              "Popular Mobilization Forces", "Syrian rebels", "Jabhat al-Nusra", "Turkish forces", "Hezbollah")
AIR = ("US-led coalition", "Russian forces", "Syrian government forces", "Turkish forces")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Event sentences: {a}/{b} actor surface forms, {t} town, {when} a relative date, {toll} a fatality phrase.
CAPTURE = (
    "{a} seized the town of {t} from {b} {when}, a spokesman said.",
    "{a} took full control of {t} {when} after {b} withdrew towards the south.",
    "{a} recaptured {t} from {b} {when} following a week of heavy fighting.",
)
AIRSTRIKE = (
    "{air} warplanes struck {b} positions near {t} {when}, killing {toll}.",
    "An air strike by {air} on {t} {when} killed {toll}, a monitoring group said.",
)
BOMBING = (
    "A car bomb exploded at a checkpoint in {t} {when}, killing {toll}.",
    "A suicide bomber blew himself up in a crowded market in {t} {when}, killing {toll}.",
)
CLASH = (
    "{a} clashed with {b} on the outskirts of {t} {when}; {toll} were killed in the fighting.",
    "Fierce fighting between {a} and {b} near {t} {when} left {toll} dead.",
)
SHELLING = ("{a} shelled residential districts of {t} {when}, killing {toll}.",)
KINDS = (("capture", CAPTURE), ("airstrike", AIRSTRIKE), ("bombing", BOMBING), ("clash", CLASH),
         ("shelling", SHELLING))
# Context that pads a report to wire length without adding events or claims. Each sentence is assembled word by
# word from slots (a speaker, a verb of saying, a subject, what happened to it, a place, a time), so two articles
# share few word 3-grams: unrelated reports are about as similar as real ones (median MinHash similarity 0.0 on
# the demo corpus; fixed filler sentences made it 0.22 here, and every article a dedupe candidate of every other).
SPEAKER_ADJ = ("local", "senior", "two", "several", "veteran", "displaced", "exiled", "provincial", "independent",
               "young", "elderly", "tired", "former", "municipal", "visiting", "anonymous", "regional", "three",
               "some", "worried", "retired", "volunteer", "religious", "tribal", "foreign", "junior", "frustrated")
SPEAKERS = ("traders", "teachers", "farmers", "engineers", "nurses", "officials", "clerics", "students", "drivers",
            "shopkeepers", "lawyers", "journalists", "mechanics", "bakers", "pharmacists", "doctors", "elders",
            "residents", "diplomats", "activists", "monitors", "analysts", "witnesses", "councillors", "merchants",
            "shepherds", "contractors", "smugglers", "priests", "imams", "midwives", "electricians", "teenagers")
SAYS = ("said", "told reporters", "complained", "noted", "explained", "recalled", "insisted", "reported", "added",
        "estimated", "wrote", "claimed", "suggested", "confirmed", "argued", "admitted", "mentioned", "stressed")
THING_ADJ = ("main", "old", "new", "northern", "southern", "eastern", "western", "central", "small", "largest",
             "only", "public", "private", "municipal", "nearest", "busiest", "covered", "temporary", "damaged",
             "rebuilt", "abandoned", "crowded", "famous", "local", "second", "narrow", "upper", "lower")
THINGS = ("bakery", "bridge", "market", "school", "clinic", "well", "mosque", "church", "pharmacy", "garage",
          "warehouse", "mill", "library", "stadium", "courthouse", "orchard", "generator", "pipeline", "canal",
          "bus station", "post office", "water plant", "grain silo", "cemetery", "pumping station", "souk",
          "cinema", "hotel", "quarry", "dairy", "cannery", "textile factory", "printing press")
HAPPENED = ("reopened", "closed", "flooded", "reopened briefly", "ran short of supplies", "changed hands twice",
            "stood empty", "was repainted", "lost power", "was rebuilt", "raised its prices", "stayed open",
            "was repaired", "moved", "emptied", "was inspected", "doubled its staff", "cut its hours",
            "was surveyed", "got a new roof", "reduced its output", "was cleaned", "was locked", "shut early")
WHEN = ("last {day}", "on {day}", "since {month}", "in early {month}", "in late {month}", "for {n} days",
        "twice this month", "after {n} weeks", "before {month}", "every {day}", "by {month}", "until {month}")
WEEKDAYS_F = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _filler(rng: random.Random, places: list[dict[str, Any]]) -> str:
    when = rng.choice(WHEN).format(day=rng.choice(WEEKDAYS_F), month=rng.choice(MONTHS), n=rng.randint(2, 90))
    speaker = f"{rng.choice(SPEAKER_ADJ).capitalize()} {rng.choice(SPEAKERS)}"  # one place per sentence, as before
    thing = f"the {rng.choice(THING_ADJ)} {rng.choice(THINGS)} of {rng.choice(places)['place']}"
    return f"{speaker} {rng.choice(SAYS)} {thing} {rng.choice(HAPPENED)} {when}."


def _places(theatre: Theatre) -> list[dict[str, Any]]:
    with theatre.file("control.csv").open(newline="") as f:
        return [r for r in csv.DictReader(f)]


def _name(theatre: Theatre, canonical: str, rng: random.Random) -> str:
    """A surface form of an actor: its name, an alias or a description, as a reporter would vary them."""
    actor = theatre.actor(canonical)
    forms = [actor.name, *actor.aliases[:4], *actor.descriptions[:3]]
    return rng.choice(forms)


def _toll(rng: random.Random) -> str:
    n = rng.randint(2, 60)
    who = rng.choice(("civilians", "fighters", "people", "soldiers", "militants"))
    return rng.choice((f"at least {n} {who}", f"{n} {who}", f"more than {n} {who}",
                       f"between {n} and {n + rng.randint(3, 20)} {who}", f"dozens of {who}"))


def _when(published: dt.date, rng: random.Random) -> str:
    days = rng.randint(0, 6)
    day = published - dt.timedelta(days=days)
    return rng.choice(("on " + WEEKDAYS[day.weekday()], "on " + day.strftime("%B %-d"), "yesterday" if days == 1
                       else "on " + WEEKDAYS[day.weekday()], "earlier this week" if days < 4 else "last week"))


def article(i: int, theatre: Theatre, places: list[dict[str, Any]], seed: int = 0, words: int = 600) -> dict[str, Any]:
    """The ``i``-th synthetic article of a corpus: same ``(i, seed)``, same article.

    >>> th = load_theatre(); a = article(0, th, _places(th)); sorted(a)
    ['published', 'source', 'text', 'title', 'url']
    """
    rng = random.Random(f"{seed}:{i}")
    span = (theatre.end - dt.date(2014, 6, 1)).days
    published = dt.date(2014, 6, 1) + dt.timedelta(days=rng.randrange(span))
    place = rng.choice(places)
    a, b = rng.sample(COMBATANTS, 2)
    kind, templates = rng.choice(KINDS)
    fill = {"a": _name(theatre, a, rng), "b": _name(theatre, b, rng), "t": place["place"],
            "when": _when(published, rng), "toll": _toll(rng), "air": _name(theatre, rng.choice(AIR), rng)}
    lead = rng.choice(templates).format(**fill)
    lead = f"{rng.choice(CITIES)} - {lead[0].upper()}{lead[1:]}"
    sentences = [lead]
    for _ in range(rng.randint(1, 5)):  # 2-6 events per report (about 4 on average), each at its own place
        other = rng.choice(places)["place"]
        more_kind, more = rng.choice(KINDS)
        more_fill = dict(fill, t=other, when=_when(published, rng), toll=_toll(rng))
        sentences.append(rng.choice(more).format(**more_fill).capitalize() if more_kind != "capture"
                         else rng.choice(more).format(**more_fill))
    n_words = sum(len(s.split()) for s in sentences)
    while n_words < words:
        s = _filler(rng, places)
        sentences.insert(rng.randint(1, len(sentences)), s)
        n_words += len(s.split())
    # Paragraph breaks every few sentences, as wire copy has them.
    text = "\n".join(" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3))
    title = f"{kind.capitalize()} reported near {place['place']}"
    return {"title": title, "published": published.isoformat(), "source": rng.choice(WIRES),
            "url": f"https://example.org/{published:%Y/%m/%d}/{i}", "text": text}


def generate(n: int, *, seed: int = 0, words: int = 600, theatre: str = DEFAULT_THEATRE) -> Iterator[dict[str, Any]]:
    """Yield ``n`` articles one at a time (nothing is held in memory).

    >>> len(list(generate(3)))
    3
    """
    th = load_theatre(theatre)
    places = _places(th)
    for i in range(n):
        yield article(i, th, places, seed, words)


def write(n: int, out: TextIO, **kw: Any) -> None:
    """Stream ``n`` articles as JSONL to ``out``."""
    for a in generate(n, **kw):
        out.write(json.dumps(a, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("n", type=int, help="number of articles")
    p.add_argument("--out", type=Path, help="JSONL file to write (default: stdout)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--words", type=int, default=600, help="approximate words per article")
    p.add_argument("--theatre", default=DEFAULT_THEATRE)
    args = p.parse_args(argv)
    kw = {"seed": args.seed, "words": args.words, "theatre": args.theatre}
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            write(args.n, f, **kw)
    else:
        write(args.n, sys.stdout, **kw)


if __name__ == "__main__":
    main()
