"""The shipped road graph: small, consistent with its build script, lengths and road numbers sane."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from frontwatch.routes import load_road_graph
from frontwatch.routes.graph import haversine_km

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "frontwatch" / "data"


def test_graph_files_are_compact():
    total = sum(f.stat().st_size for f in DATA.glob("roads_*"))
    assert 0 < total < 2_000_000


def test_edges_are_never_shorter_than_the_straight_line():
    g = load_road_graph()
    for e in range(g.n_edges):
        u, v = int(g.edge_u[e]), int(g.edge_v[e])
        crow = haversine_km(g.node_lat[u], g.node_lon[u], g.node_lat[v], g.node_lon[v])
        assert g.edge_km[e] >= crow - 0.5, (g.node_name[u], g.node_name[v])


def test_main_road_numbers_are_kept():
    refs = {r for ref in load_road_graph().edge_ref for r in ref.split("/") if r}
    assert {"M4", "M5", "M20", "Highway 1", "Highway 47", "Highway 12"} <= refs


def test_every_node_is_reachable_from_damascus():
    g = load_road_graph()
    dist, _ = g.shortest(g.find_node("Damascus"))
    assert np.isfinite(dist).all()


def test_build_script_reproduces_the_shipped_graph():
    spec = importlib.util.spec_from_file_location("build_roads", ROOT / "scripts" / "build_roads.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build()
    g = load_road_graph()
    assert len(built["nodes"]) == g.n_nodes and len(built["edges"]) == g.n_edges
    assert abs(sum(e["km"] for e in built["edges"]) - float(g.edge_km.sum())) < 1.0
