"""Build the compact country borders frontwatch ships (``src/frontwatch/data/borders.geojson``).

Source: the npm package ``world-atlas`` 2.0.2 (``countries-10m.json``, a TopoJSON of Natural Earth's 1:10m
Admin 0 countries; Natural Earth is public domain, world-atlas is ISC). Get it with ``npm pack world-atlas`` and
pass the extracted ``countries-10m.json``::

    python scripts/build_borders.py /tmp/wa/package/countries-10m.json

Only the theatre countries and their neighbours are kept, simplified (Douglas-Peucker, 0.01 degrees, about 1 km)
and rounded to 4 decimals, so the shipped file stays small. See ``data-src/borders/PROVENANCE.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.validation import make_valid

# ISO 3166 numeric (world-atlas ids) -> ISO2, for the countries of the shipped theatre packs and their neighbours.
KEEP = {
    "760": ("SY", "Syria"), "368": ("IQ", "Iraq"), "792": ("TR", "Turkey"), "422": ("LB", "Lebanon"),
    "400": ("JO", "Jordan"), "364": ("IR", "Iran"), "682": ("SA", "Saudi Arabia"), "376": ("IL", "Israel"),
    "275": ("PS", "Palestine"), "414": ("KW", "Kuwait"), "434": ("LY", "Libya"), "818": ("EG", "Egypt"),
    "788": ("TN", "Tunisia"), "012": ("DZ", "Algeria"), "562": ("NE", "Niger"), "148": ("TD", "Chad"),
    "729": ("SD", "Sudan"),
}
TOLERANCE = 0.01  # degrees; ~1 km, well under an H3 res-6 cell edge (~4 km)


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat arcs from a quantised, delta-encoded TopoJSON."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    """Stitch a ring from arc indices (negative index = reversed arc ``~i``), dropping shared end points."""
    out: list[tuple[float, float]] = []
    for i in idx:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def geometry(arcs: list[list[tuple[float, float]]], g: dict) -> MultiPolygon | Polygon | None:
    """A shapely geometry for one TopoJSON Polygon/MultiPolygon object."""
    if g["type"] == "Polygon":
        polys = [g["arcs"]]
    elif g["type"] == "MultiPolygon":
        polys = g["arcs"]
    else:
        return None
    parts = [Polygon(ring(arcs, p[0]), [ring(arcs, h) for h in p[1:]]) for p in polys]
    return make_valid(MultiPolygon(parts))


def main(argv: list[str] | None = None) -> int:
    """Read world-atlas countries-10m.json, write the simplified borders GeoJSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path)
    ap.add_argument("-o", "--output", type=Path,
                    default=Path(__file__).resolve().parents[1] / "src/frontwatch/data/borders.geojson")
    args = ap.parse_args(argv)
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("id") not in KEEP:
            continue
        iso2, name = KEEP[g["id"]]
        geom = geometry(arcs, g)
        if geom is None:
            continue
        simple = make_valid(geom.simplify(TOLERANCE, preserve_topology=True))
        # Round through GeoJSON to 4 decimals (~10 m): plenty for 36 km^2 cells, a third of the bytes.
        gj = json.loads(json.dumps(mapping(simple)), parse_float=lambda s: round(float(s), 4))
        shape(gj)  # must read back: a broken ring would only show up later, in every snapshot
        feats.append({"type": "Feature", "properties": {"iso2": iso2, "name": name}, "geometry": gj})
    out = {"type": "FeatureCollection",
           "source": "world-atlas 2.0.2 countries-10m.json (Natural Earth 1:10m Admin 0, public domain)",
           "simplify_degrees": TOLERANCE, "features": sorted(feats, key=lambda f: f["properties"]["iso2"])}
    args.output.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(feats)} countries to {args.output} ({args.output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
