"""The offline basemap: countries, roads and towns as small GeoJSON built from the data frontwatch ships."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from shapely.geometry import mapping, shape
from shapely.ops import unary_union

#: Degrees of Douglas-Peucker tolerance for country outlines (~1 km): invisible at theatre zooms, halves the size.
COUNTRY_SIMPLIFY_DEG = 0.01
#: Decimals kept in basemap coordinates: 3 decimals is ~100 m, finer than any data on the map.
DECIMALS = 3
#: A town's population is taken from gazetteer towns snapped to its road node within this distance (km), so a
#: suburb 20 km away does not inflate a junction town.
TOWN_SNAP_KM = 3.0


def round_coords(obj: Any, decimals: int = DECIMALS) -> Any:
    """Round every number in nested GeoJSON coordinate lists.

    >>> round_coords([[36.123456, 40.987654]], 3)
    [[36.123, 40.988]]
    """
    if isinstance(obj, (list, tuple)):
        return [round_coords(x, decimals) for x in obj]
    return round(float(obj), decimals)


def simplify_geometry(geom: dict[str, Any], tolerance: float, decimals: int = DECIMALS) -> dict[str, Any] | None:
    """A GeoJSON geometry simplified (topology kept) and rounded; None when nothing is left.

    >>> g = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0.5, 1.0000001], [0, 1], [0, 0]]]}
    >>> len(simplify_geometry(g, 0.01)["coordinates"][0])
    5
    """
    s = shape(geom)
    if s.geom_type == "GeometryCollection":
        # clipping can leave stray points/lines next to the polygons; a fill layer only wants the polygons
        s = unary_union([g for g in s.geoms if g.geom_type in ("Polygon", "MultiPolygon")])
    if tolerance > 0:
        s = s.simplify(tolerance, preserve_topology=True)
    if s.is_empty:
        return None
    out = dict(mapping(s))
    out["coordinates"] = round_coords(out["coordinates"], decimals)
    return out


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


@functools.lru_cache(maxsize=4)
def _countries_json(theatre_countries: tuple[str, ...]) -> str:
    doc = json.loads((resources.files("frontwatch") / "data" / "borders.geojson").read_text(encoding="utf-8"))
    feats = []
    for f in doc["features"]:
        geom = simplify_geometry(f["geometry"], COUNTRY_SIMPLIFY_DEG)
        if geom is None:
            continue
        iso = f["properties"]["iso2"]
        feats.append({"type": "Feature", "geometry": geom,
                      "properties": {"iso2": iso, "name": f["properties"]["name"],
                                     "theatre": iso in theatre_countries}})
    return json.dumps(_collection(feats), separators=(",", ":"))


def countries(theatre_countries: tuple[str, ...] = ("SY", "IQ")) -> dict[str, Any]:
    """The shipped Natural Earth countries, simplified; ``theatre`` marks the theatre's own countries.

    >>> fc = countries(("SY", "IQ"))
    >>> sorted(f["properties"]["iso2"] for f in fc["features"] if f["properties"]["theatre"])
    ['IQ', 'SY']
    """
    return json.loads(_countries_json(tuple(theatre_countries)))


def town_populations(graph: Any) -> list[int]:
    """Population per road node: the largest gazetteer town snapped to it within ``TOWN_SNAP_KM`` (0 if none).

    >>> from frontwatch.routes import load_road_graph
    >>> g = load_road_graph()
    >>> town_populations(g)[g.find_node("Aleppo")] > 1_000_000
    True
    """
    pop = [0] * graph.n_nodes
    t = graph.towns
    for node, km, p in zip(t["node"].tolist(), t["snap_km"].tolist(), t["population"].tolist(), strict=True):
        if km <= TOWN_SNAP_KM:
            pop[node] = max(pop[node], int(p))
    return pop


def town_rank(population: int) -> int:
    """Label class of a town: 0 for cities of 500k+, 1 for 100k+, 2 for 20k+, 3 for the rest.

    The map shows rank r from zoom ``5 + r`` on, so the biggest names come first and small towns only close up.

    >>> [town_rank(p) for p in (2_000_000, 150_000, 30_000, 0)]
    [0, 1, 2, 3]
    """
    return 0 if population >= 500_000 else 1 if population >= 100_000 else 2 if population >= 20_000 else 3


def towns(graph: Any) -> dict[str, Any]:
    """Road-graph towns and border crossings as points with name, kind, population and label rank.

    >>> from frontwatch.routes import load_road_graph
    >>> fc = towns(load_road_graph())
    >>> any(f["properties"]["name"] == "Raqqa" for f in fc["features"])
    True
    """
    pops = town_populations(graph)
    feats = []
    for i, name in enumerate(graph.node_name):
        kind = graph.node_kind[i]
        if kind == "junction":
            continue
        feats.append({"type": "Feature",
                      "geometry": {"type": "Point", "coordinates": [round(float(graph.node_lon[i]), DECIMALS),
                                                                    round(float(graph.node_lat[i]), DECIMALS)]},
                      "properties": {"node": i, "name": name, "kind": kind, "population": pops[i],
                                     "rank": town_rank(pops[i]) if kind == "town" else 3}})
    return _collection(feats)


def roads(graph: Any) -> dict[str, Any]:
    """Road-graph edges as LineStrings with their reference (M5, Highway 1), name and length.

    >>> from frontwatch.routes import load_road_graph
    >>> fc = roads(load_road_graph())
    >>> fc["features"][0]["geometry"]["type"]
    'LineString'
    """
    feats = []
    for e in range(graph.n_edges):
        coords = [[round(float(x), DECIMALS), round(float(y), DECIMALS)]
                  for x, y in zip(graph.edge_lons[e], graph.edge_lats[e], strict=True)]
        feats.append({"type": "Feature", "geometry": {"type": "LineString", "coordinates": coords},
                      "properties": {"edge": e, "ref": graph.edge_ref[e], "name": graph.edge_name[e].split(" | ")[0],
                                     "km": round(float(graph.edge_km[e]), 1)}})
    return _collection(feats)


def basemap(theatre_countries: tuple[str, ...] = ("SY", "IQ"), graph: Any | None = None) -> dict[str, Any]:
    """All basemap layers: ``{"countries", "roads", "towns"}`` FeatureCollections, plus the theatre's bounds.

    Rivers and admin-1 boundaries are not shipped with frontwatch, so the basemap has none.

    >>> sorted(basemap())
    ['bounds', 'countries', 'roads', 'towns']
    """
    from ..routes import load_road_graph

    g = graph if graph is not None else load_road_graph()
    cs = countries(theatre_countries)
    own = [shape(f["geometry"]) for f in cs["features"] if f["properties"]["theatre"]]
    if own:
        minx = min(s.bounds[0] for s in own)
        miny = min(s.bounds[1] for s in own)
        maxx = max(s.bounds[2] for s in own)
        maxy = max(s.bounds[3] for s in own)
        bounds = [round(minx, 2), round(miny, 2), round(maxx, 2), round(maxy, 2)]
    else:
        bounds = [35.0, 29.0, 49.0, 38.0]
    return {"countries": cs, "roads": roads(g), "towns": towns(g), "bounds": bounds}
