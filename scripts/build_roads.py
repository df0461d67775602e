"""Build the shipped road graph (src/frontwatch/data/roads_*.parquet) from the curated lists in data-src/roads/.

Inputs (see data-src/roads/PROVENANCE.md): ``roads.csv`` (one row per road: ref, name, the towns it passes
through in order, a source), ``points.csv`` (coordinates of border crossings, junctions and towns whose name is
ambiguous in the gazetteer), ``crossings.csv`` (border crossings reported by ``frontwatch crossings``) and the
shipped gazetteer (coordinates of every other waypoint, and the towns snapped to the graph).

Steps: resolve waypoints -> clip to the theatre box -> one node per place (waypoints closer than 1.5 km merge)
-> one edge per consecutive waypoint pair -> merge degree-2 chains through unimportant nodes -> lengths in km
(haversine along the geometry x WINDING) -> snap towns (pop >= 10k, SY/IQ) and crossings to nearest nodes.

Run: python scripts/build_roads.py [--check]   (--check prints each resolved waypoint and writes nothing)
"""

from __future__ import annotations

import argparse
import csv
import math
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from frontwatch.geo import load_gazetteer  # noqa: E402

SRC = ROOT / "data-src" / "roads"
OUT = ROOT / "src" / "frontwatch" / "data"
# Theatre box plus a margin into TR/JO/LB/IR so border crossings have a road on both sides.
BBOX = (34.5, 28.5, 49.0, 38.5)  # lon_min, lat_min, lon_max, lat_max
# Straight lines between consecutive towns under-measure real roads. Circuity of intercity roads is ~1.2
# (Ballou et al. 2002; Giacomin & Levinson 2015 report 1.1-1.3 for national networks); the waypoints already
# follow each road town by town, so the residual winding is at the low end.
WINDING = 1.15
MERGE_KM = 1.5  # waypoints closer than this are one node (the same town spelled two ways)
MAX_HOP_KM = 300.0  # a longer hop between consecutive waypoints means a misresolved name (Ramadi-Rutba is 284)
TOWN_MIN_POP = 10_000


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def resolve_waypoints(roads: list[dict[str, str]], points: list[dict[str, str]], verbose: bool) -> dict:
    """Coordinates for every waypoint ``(name, country)``: points.csv first, then the gazetteer."""
    gz = load_gazetteer()
    fixed = {(p["name"].casefold(), p["country"]): p for p in points}
    by_name = {p["name"].casefold(): p for p in points}
    out: dict[tuple[str, str], dict] = {}
    errors = []
    for road in roads:
        for raw in road["waypoints"].split(";"):
            name, _, cc = raw.strip().partition("|")
            cc = cc or road["country"]
            key = (name, cc)
            if key in out:
                continue
            p = fixed.get((name.casefold(), cc)) or by_name.get(name.casefold())
            if p is not None:
                out[key] = {"name": p["name"], "country": p["country"], "lat": float(p["latitude"]),
                            "lon": float(p["longitude"]), "kind": p["kind"], "population": 0,
                            "source": p["source"], "curated": True}
            else:
                # exact spellings only: loose (skeleton) matches turned "Adra" into Daraa and "Baghdadi" into
                # Baghdad; an unknown spelling must be added to points.csv instead
                found = [pl for pl, exact in gz.lookup(name) if exact and pl.country == cc and pl.feature == "P"]
                place = max(found, key=lambda pl: pl.population) if found else None
                if place is None:
                    errors.append(f"{road['road_id']}: waypoint {name!r} ({cc}) not in points.csv or the gazetteer")
                    continue
                out[key] = {"name": name, "country": cc, "lat": place.latitude, "lon": place.longitude,
                            "kind": "town", "population": place.population,
                            "source": f"gazetteer {place.id} ({place.name})", "curated": False}
            if verbose:
                w = out[key]
                print(f"  {road['road_id']:<22} {name:<24} {cc} {w['lat']:8.4f} {w['lon']:8.4f}  {w['source']}")
    if errors:
        raise SystemExit("\n".join(errors))
    return out


def _inside(lat: float, lon: float) -> bool:
    return BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]


def build(verbose: bool = False) -> dict:
    """Build nodes, edges and towns tables (dicts of columns) from the curated inputs."""
    roads = _read_csv(SRC / "roads.csv")
    points = _read_csv(SRC / "points.csv")
    wp = resolve_waypoints(roads, points, verbose)

    # -- nodes: one per place; near-duplicates (two spellings of one town) merge
    nodes: list[dict] = []
    node_of: dict[tuple[str, str], int] = {}
    for key, w in wp.items():
        if not _inside(w["lat"], w["lon"]):
            continue  # clipped: outside the theatre box
        for i, n in enumerate(nodes):
            if haversine_km(n["lat"], n["lon"], w["lat"], w["lon"]) < MERGE_KM:
                node_of[key] = i
                if w["name"] != n["name"] and w["name"] not in n["aliases"]:
                    n["aliases"].append(w["name"])  # "Jarabulus crossing" is 1 km from Jarabulus: one node
                if w["kind"] == "crossing":
                    n["kind"] = "crossing"
                break
        else:
            node_of[key] = len(nodes)
            nodes.append({**w, "aliases": []})

    # -- segments between consecutive waypoints of each road
    segs: dict[tuple[int, int], dict] = {}
    problems = []
    for road in roads:
        seq = []
        for raw in road["waypoints"].split(";"):
            name, _, cc = raw.strip().partition("|")
            k = (name, cc or road["country"])
            if k in node_of and (not seq or seq[-1] != node_of[k]):
                seq.append(node_of[k])
        for a, b in zip(seq, seq[1:], strict=False):
            na, nb = nodes[a], nodes[b]
            d = haversine_km(na["lat"], na["lon"], nb["lat"], nb["lon"])
            if d > MAX_HOP_KM:
                problems.append(f"{road['road_id']}: {na['name']} -> {nb['name']} is {d:.0f} km")
            key = (min(a, b), max(a, b))
            if key in segs:  # two roads share a stretch (M4/M5 Saraqib-Aleppo): keep both refs
                s = segs[key]
                for r in filter(None, road["ref"].split("/")):
                    if r not in s["refs"]:
                        s["refs"].append(r)
                continue
            segs[key] = {"u": key[0], "v": key[1], "coords": [(nodes[key[0]]["lon"], nodes[key[0]]["lat"]),
                                                             (nodes[key[1]]["lon"], nodes[key[1]]["lat"])],
                         "refs": [r for r in road["ref"].split("/") if r], "names": [road["name"]],
                         "road_ids": [road["road_id"]], "sources": [road["source"]]}
    if problems:
        raise SystemExit("suspicious hops (misresolved waypoint?):\n" + "\n".join(problems))

    # -- merge degree-2 chains through nodes nobody routes to (small villages used only as shape points)
    edges = list(segs.values())
    keep = {i for i, n in enumerate(nodes) if n["kind"] in ("crossing", "junction")
            or n["population"] >= TOWN_MIN_POP or n["curated"]}
    changed = True
    while changed:
        changed = False
        inc: dict[int, list[int]] = defaultdict(list)
        for ei, e in enumerate(edges):
            if e is not None:
                inc[e["u"]].append(ei)
                inc[e["v"]].append(ei)
        for n, eis in inc.items():
            if n in keep or len(eis) != 2:
                continue
            e1, e2 = edges[eis[0]], edges[eis[1]]
            if e1 is None or e2 is None or e1 is e2:
                continue
            # orient e1 to end at n and e2 to start at n, then splice
            c1 = e1["coords"] if e1["v"] == n else e1["coords"][::-1]
            a = e1["u"] if e1["v"] == n else e1["v"]
            c2 = e2["coords"] if e2["u"] == n else e2["coords"][::-1]
            b = e2["v"] if e2["u"] == n else e2["u"]
            if a == b:
                continue
            merged = {"u": min(a, b), "v": max(a, b), "coords": c1 + c2[1:] if a < b else (c1 + c2[1:])[::-1],
                      "refs": list(dict.fromkeys(e1["refs"] + e2["refs"])),
                      "names": list(dict.fromkeys(e1["names"] + e2["names"])),
                      "road_ids": list(dict.fromkeys(e1["road_ids"] + e2["road_ids"])),
                      "sources": list(dict.fromkeys(e1["sources"] + e2["sources"]))}
            edges[eis[0]], edges[eis[1]] = merged, None
            changed = True
            break
    edges = [e for e in edges if e is not None]
    used = sorted({e["u"] for e in edges} | {e["v"] for e in edges})
    renum = {old: new for new, old in enumerate(used)}
    nodes = [nodes[i] for i in used]
    for e in edges:
        e["u"], e["v"] = renum[e["u"]], renum[e["v"]]
        e["km"] = round(WINDING * sum(haversine_km(la1, lo1, la2, lo2) for (lo1, la1), (lo2, la2)
                                      in zip(e["coords"], e["coords"][1:], strict=False)), 2)

    # -- towns to snap: gazetteer places with population >= 10k in SY/IQ, plus every graph node
    gz = load_gazetteer()
    tab = pq.read_table(gz_dir() / "gazetteer_places.parquet").to_pydict()
    towns = []
    for i in range(len(tab["id"])):
        if tab["country"][i] in ("SY", "IQ") and tab["feature"][i] == "P" and tab["population"][i] >= TOWN_MIN_POP:
            towns.append({"name": tab["name"][i], "country": tab["country"][i], "lat": tab["latitude"][i],
                          "lon": tab["longitude"][i], "population": int(tab["population"][i]),
                          "gazetteer_id": tab["id"][i]})
    del gz
    nlat = np.array([n["lat"] for n in nodes])
    nlon = np.array([n["lon"] for n in nodes])
    for t in towns:
        d = _hav_np(t["lat"], t["lon"], nlat, nlon)
        j = int(np.argmin(d))
        t["node"], t["snap_km"] = j, round(float(d[j]), 2)
    return {"nodes": nodes, "edges": edges, "towns": towns}


def gz_dir() -> Path:
    return OUT


def _hav_np(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    la1, lo1 = math.radians(lat), math.radians(lon)
    la2, lo2 = np.radians(lats), np.radians(lons)
    h = np.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def write(g: dict) -> None:
    """Write the three parquet tables (and copy the crossings list) into the package data folder."""
    nodes, edges, towns = g["nodes"], g["edges"], g["towns"]
    pq.write_table(pa.table({
        "name": [n["name"] for n in nodes], "country": [n["country"] for n in nodes],
        "kind": [n["kind"] for n in nodes], "aliases": [n["aliases"] for n in nodes],
        "latitude": pa.array([n["lat"] for n in nodes], pa.float32()),
        "longitude": pa.array([n["lon"] for n in nodes], pa.float32()),
        "population": pa.array([n["population"] for n in nodes], pa.int32()),
    }), OUT / "roads_nodes.parquet", compression="zstd")
    pq.write_table(pa.table({
        "u": pa.array([e["u"] for e in edges], pa.int32()), "v": pa.array([e["v"] for e in edges], pa.int32()),
        "km": pa.array([e["km"] for e in edges], pa.float32()),
        "ref": ["/".join(e["refs"]) for e in edges], "name": [" | ".join(e["names"]) for e in edges],
        "road_id": [",".join(e["road_ids"]) for e in edges], "source": [" ".join(e["sources"]) for e in edges],
        # geometry as flat coordinate lists: a few points per edge, no GIS library needed to read it
        "lons": pa.array([[round(c[0], 4) for c in e["coords"]] for e in edges], pa.list_(pa.float32())),
        "lats": pa.array([[round(c[1], 4) for c in e["coords"]] for e in edges], pa.list_(pa.float32())),
    }), OUT / "roads_edges.parquet", compression="zstd")
    pq.write_table(pa.table({
        "name": [t["name"] for t in towns], "country": [t["country"] for t in towns],
        "latitude": pa.array([t["lat"] for t in towns], pa.float32()),
        "longitude": pa.array([t["lon"] for t in towns], pa.float32()),
        "population": pa.array([t["population"] for t in towns], pa.int32()),
        "gazetteer_id": [t["gazetteer_id"] for t in towns],
        "node": pa.array([t["node"] for t in towns], pa.int32()),
        "snap_km": pa.array([t["snap_km"] for t in towns], pa.float32()),
    }), OUT / "roads_towns.parquet", compression="zstd")
    shutil.copyfile(SRC / "crossings.csv", OUT / "roads_crossings.csv")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print resolved waypoints; write nothing")
    args = ap.parse_args()
    g = build(verbose=args.check)
    km = sum(e["km"] for e in g["edges"])
    snapped = [t["snap_km"] for t in g["towns"]]
    print(f"nodes {len(g['nodes'])}  edges {len(g['edges'])}  road km {km:.0f}  towns {len(g['towns'])} "
          f"(median snap {np.median(snapped):.1f} km, {sum(s > 25 for s in snapped)} over 25 km)")
    if not args.check:
        write(g)
        for f in sorted(OUT.glob("roads_*")):
            print(f"  {f.relative_to(ROOT)}  {f.stat().st_size / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
