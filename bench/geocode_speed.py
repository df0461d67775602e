"""Benchmark: gazetteer start-up time and toponyms resolved per second, against a plain-dict baseline.

Run: python bench/geocode_speed.py [--repeat N]
Goals: start-up < 1 s, >= 5,000 toponyms/s through ``Geoparser.parse``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

SENTENCES = [
    "Iraqi forces pushed into Hit on Thursday after positions were hit by air strikes.",
    "Clashes broke out in Tripoli, Lebanon's second city, between rival groups.",
    "Kurdish fighters held Kobane, which Arabs call Ayn al-Arab, after a long siege.",
    "Government troops advanced east of Homs towards al-Qaryatain and Palmyra.",
    "The road from Aleppo to Azaz near the Turkish border was cut on Monday.",
    "Rebels shelled districts of Hama as fighting raged in Idlib province.",
    "A car bomb exploded in Kirkuk while reinforcements headed south from Erbil.",
    "Air strikes hit Mayadin and Albu Kamal, on the Euphrates near the border.",
    "Troops regrouped in Ramadi before moving towards Fallujah, in Anbar province.",
    "The village lies 30km south of Mosul, near Qayyarah and Makhmur.",
]


def startup_seconds() -> float:
    """Cold start-up in a fresh interpreter: import + load the gazetteer + build the geoparser."""
    code = ("import time; t=time.perf_counter(); from frontwatch.geo import get_geoparser; "
            "get_geoparser('syria-iraq'); print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    from frontwatch.geo import get_geoparser

    cold = startup_seconds()
    gp = get_geoparser("syria-iraq")
    n_top = sum(len(gp.parse(s)) for s in SENTENCES)

    t = time.perf_counter()
    for _ in range(args.repeat):
        for s in SENTENCES:
            gp.parse(s)
    dt = time.perf_counter() - t
    ours = n_top * args.repeat / dt

    # whole articles (article-wide context: hints, anchors, lists) rather than single sentences
    article = "BEIRUT - " + " ".join(SENTENCES[:5]) + "\n\n" + " ".join(SENTENCES[5:])
    n_art = len(gp.parse(article))
    t = time.perf_counter()
    for _ in range(args.repeat):
        gp.parse(article)
    art_rate = n_art * args.repeat / (time.perf_counter() - t)

    # baseline: a plain dict lookup of the same surface names (no detection, no disambiguation)
    names = [m.text for s in SENTENCES for m in gp.parse(s)]
    table = {name.lower(): (0.0, 0.0) for name in names}
    t = time.perf_counter()
    for _ in range(args.repeat * 20):
        for name in names:
            table.get(name.lower())
    base = len(names) * args.repeat * 20 / (time.perf_counter() - t)

    t = time.perf_counter()
    for _ in range(args.repeat):
        for name in names:
            gp.resolve(name)
    resolve_rate = len(names) * args.repeat / (time.perf_counter() - t)

    print(f"start-up (cold, fresh interpreter): {cold:.3f} s   goal < 1 s   {'OK' if cold < 1 else 'MISS'}")
    print(f"parse: {ours:,.0f} toponyms/s ({n_top} toponyms x {args.repeat})   goal >= 5,000   "
          f"{'OK' if ours >= 5000 else 'MISS'}")
    print(f"parse (whole article): {art_rate:,.0f} toponyms/s ({n_art} toponyms per article)")
    print(f"resolve(name): {resolve_rate:,.0f} names/s")
    print(f"baseline dict lookup: {base:,.0f} names/s   ratio parse/baseline = {ours / base:.4f}")


if __name__ == "__main__":
    main()
