"""The road graph: nodes, edges with geometry and km, towns snapped to nodes, and per-edge control sample points."""

from __future__ import annotations

import functools
import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from ..geodesy import haversine_km, haversine_np

#: spacing of the points at which control is checked along an edge; a front line crossing a road between two
#: samples further apart than this can be missed, closer ones cost lookups for nothing at this data's precision
SAMPLE_SPACING_KM = 10.0
MIN_SAMPLES = 3






@dataclass
class RoadGraph:
    """An undirected road graph with edge geometry; build with :meth:`from_lists` or :func:`load_road_graph`."""

    node_name: list[str]
    node_country: list[str]
    node_kind: list[str]  # town | crossing | junction
    node_lat: np.ndarray
    node_lon: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_km: np.ndarray
    edge_ref: list[str]
    edge_name: list[str]
    edge_lons: list[np.ndarray]  # geometry from u to v
    edge_lats: list[np.ndarray]
    towns: dict[str, np.ndarray | list] = field(default_factory=dict)  # name, country, lat, lon, population, node, snap_km
    node_aliases: list[list[str]] = field(default_factory=list)  # other names of merged places, per node
    adj: list[list[tuple[int, int]]] = field(init=False, repr=False)  # node -> [(neighbour, edge)]
    sample_lat: np.ndarray = field(init=False, repr=False)  # control sample points, grouped by edge
    sample_lon: np.ndarray = field(init=False, repr=False)
    sample_edge: np.ndarray = field(init=False, repr=False)
    sample_start: np.ndarray = field(init=False, repr=False)  # first sample index of each edge (for reduceat)
    sample_count: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.adj = [[] for _ in self.node_name]
        for e, (u, v) in enumerate(zip(self.edge_u.tolist(), self.edge_v.tolist(), strict=True)):
            self.adj[u].append((v, e))
            self.adj[v].append((u, e))
        self._sample()
        self._name_index: dict[str, list[int]] | None = None

    # -- construction ---------------------------------------------------------------------------------------------
    @classmethod
    def from_lists(cls, nodes: Sequence[tuple[str, float, float]], edges: Iterable[Sequence],
                   towns: Sequence[tuple[str, float, float, int]] = ()) -> RoadGraph:
        """A graph from plain lists, for tests and small custom networks.

        ``nodes``: (name, lat, lon); ``edges``: (u, v, km[, ref[, [(lat, lon) shape points]]]) with u, v node
        indexes (km None: straight-line length); ``towns``: (name, lat, lon, population) snapped to nearest nodes.

        >>> g = RoadGraph.from_lists([("A", 35.0, 38.0), ("B", 35.0, 38.5)], [(0, 1, 50.0, "M1")])
        >>> g.edge_km.tolist()
        [50.0]
        """
        lat = np.array([n[1] for n in nodes], dtype=float)
        lon = np.array([n[2] for n in nodes], dtype=float)
        eu, ev, km, refs, lons, lats = [], [], [], [], [], []
        for e in edges:
            u, v = int(e[0]), int(e[1])
            shape = list(e[4]) if len(e) > 4 and e[4] else []
            pts = [(lat[u], lon[u]), *shape, (lat[v], lon[v])]
            length = e[2] if e[2] is not None else sum(
                haversine_km(a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:], strict=False))
            eu.append(u)
            ev.append(v)
            km.append(float(length))
            refs.append(e[3] if len(e) > 3 and e[3] else "")
            lats.append(np.array([p[0] for p in pts]))
            lons.append(np.array([p[1] for p in pts]))
        g = cls(node_name=[n[0] for n in nodes], node_country=["" for _ in nodes], node_kind=["town" for _ in nodes],
                node_lat=lat, node_lon=lon, edge_u=np.array(eu, dtype=np.int64), edge_v=np.array(ev, dtype=np.int64),
                edge_km=np.array(km), edge_ref=refs, edge_name=["" for _ in refs], edge_lons=lons, edge_lats=lats)
        g.towns = g._snap_towns(towns)
        return g

    def _snap_towns(self, towns: Sequence[tuple[str, float, float, int]]) -> dict[str, np.ndarray | list]:
        rows = list(towns)
        nodes, snaps = [], []
        for _, la, lo, _ in rows:
            n, d = self.nearest_node(la, lo)
            nodes.append(n)
            snaps.append(d)
        return {"name": [r[0] for r in rows], "country": ["" for _ in rows],
                "lat": np.array([r[1] for r in rows], dtype=float), "lon": np.array([r[2] for r in rows], dtype=float),
                "population": np.array([r[3] for r in rows], dtype=np.int64), "node": np.array(nodes, dtype=np.int64),
                "snap_km": np.array(snaps, dtype=float)}

    def _sample(self) -> None:
        """Control sample points along every edge, computed once: evenly spaced by length, never the endpoints.

        Endpoints are left out so that a town held by the enemy blocks the roads *into* it through the samples
        near it, while a junction exactly on a front line does not block every road that meets there.
        """
        lat_parts, lon_parts, edge_parts = [], [], []
        for e in range(len(self.edge_km)):
            la, lo = self.edge_lats[e], self.edge_lons[e]
            seg = np.array([haversine_km(la[i], lo[i], la[i + 1], lo[i + 1]) for i in range(len(la) - 1)])
            cum = np.concatenate([[0.0], np.cumsum(seg)])
            total = cum[-1]
            n = max(MIN_SAMPLES, math.ceil(total / SAMPLE_SPACING_KM))
            at = (np.arange(n) + 0.5) / n * total
            if total <= 0:
                at = np.zeros(n)
            lat_parts.append(np.interp(at, cum, la))
            lon_parts.append(np.interp(at, cum, lo))
            edge_parts.append(np.full(n, e, dtype=np.int64))
        self.sample_lat = np.concatenate(lat_parts) if lat_parts else np.zeros(0)
        self.sample_lon = np.concatenate(lon_parts) if lon_parts else np.zeros(0)
        self.sample_edge = np.concatenate(edge_parts) if edge_parts else np.zeros(0, dtype=np.int64)
        counts = np.bincount(self.sample_edge, minlength=len(self.edge_km))
        self.sample_count = counts.astype(np.int64)
        self.sample_start = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)

    # -- queries --------------------------------------------------------------------------------------------------
    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return len(self.node_name)

    @property
    def n_edges(self) -> int:
        """Number of edges."""
        return len(self.edge_km)

    def nearest_node(self, lat: float, lon: float) -> tuple[int, float]:
        """(node index, distance in km) of the node nearest to a point."""
        d = haversine_np(lat, lon, self.node_lat, self.node_lon)
        i = int(np.argmin(d))
        return i, float(d[i])

    def find_node(self, name: str) -> int | None:
        """The node called ``name`` (case- and accent-insensitive), preferring crossings and towns."""
        from ..geo import fold

        if self._name_index is None:
            idx: dict[str, list[int]] = {}
            for i, n in enumerate(self.node_name):
                idx.setdefault(fold(n), []).append(i)
            for i, names in enumerate(self.node_aliases):
                for n in names:
                    idx.setdefault(fold(n), []).append(i)
            self._name_index = idx
        hits = self._name_index.get(fold(name))
        return hits[0] if hits else None

    def edge_allowed(self, sample_ok: np.ndarray) -> np.ndarray:
        """Per-edge AND of a per-sample boolean array (an edge is usable only if all its samples are)."""
        if self.n_edges == 0:
            return np.zeros(0, dtype=bool)
        return np.logical_and.reduceat(sample_ok, self.sample_start)

    def shortest(self, src: int, dst: int | None = None, usable: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray]:
        """Dijkstra from ``src`` over usable edges: (distance per node, predecessor edge per node, -1 none).

        Stops early once ``dst`` is settled. A plain heap Dijkstra: the graph has a few hundred nodes, so this
        beats building a sparse matrix per control mask.
        """
        n = self.n_nodes
        dist = np.full(n, np.inf)
        pred = np.full(n, -1, dtype=np.int64)
        km = self.edge_km.tolist()
        ok = usable.tolist() if usable is not None else None
        d = [math.inf] * n
        pe = [-1] * n
        d[src] = 0.0
        heap = [(0.0, src)]
        done = [False] * n
        while heap:
            du, u = heapq.heappop(heap)
            if done[u]:
                continue
            done[u] = True
            if u == dst:
                break
            for v, e in self.adj[u]:
                if ok is not None and not ok[e]:
                    continue
                nd = du + km[e]
                if nd < d[v]:
                    d[v] = nd
                    pe[v] = e
                    heapq.heappush(heap, (nd, v))
        dist[:] = d
        pred[:] = pe
        return dist, pred

    def path_edges(self, pred: np.ndarray, src: int, dst: int) -> list[int]:
        """Edges from ``src`` to ``dst`` following a predecessor array (empty if unreachable or src == dst)."""
        out = []
        node = dst
        while node != src:
            e = int(pred[node])
            if e < 0:
                return []
            out.append(e)
            node = int(self.edge_u[e]) if int(self.edge_v[e]) == node else int(self.edge_v[e])
        return out[::-1]

    def path_nodes(self, src: int, edges: Sequence[int]) -> list[int]:
        """Nodes visited by a path given as edges from ``src``."""
        nodes = [src]
        for e in edges:
            u, v = int(self.edge_u[e]), int(self.edge_v[e])
            nodes.append(v if nodes[-1] == u else u)
        return nodes

    def path_coords(self, src: int, edges: Sequence[int]) -> list[list[float]]:
        """[lon, lat] coordinates of a path, each edge's geometry oriented in travel order."""
        coords: list[list[float]] = [[round(float(self.node_lon[src]), 5), round(float(self.node_lat[src]), 5)]]
        node = src
        for e in edges:
            lo, la = self.edge_lons[e], self.edge_lats[e]
            if int(self.edge_u[e]) != node:
                lo, la = lo[::-1], la[::-1]
                node = int(self.edge_u[e])
            else:
                node = int(self.edge_v[e])
            coords.extend([round(float(x), 5), round(float(y), 5)] for x, y in zip(lo[1:], la[1:], strict=True))
        return coords


def _data_dir() -> Path:
    return Path(str(resources.files("frontwatch") / "data"))


@functools.lru_cache(maxsize=2)
def load_road_graph(directory: str | None = None) -> RoadGraph:
    """The shipped Syria/Iraq road graph (cached; built by ``scripts/build_roads.py``).

    >>> g = load_road_graph()
    >>> g.n_nodes > 100 and g.n_edges > 100
    True
    """
    import pyarrow.parquet as pq

    d = Path(directory) if directory else _data_dir()
    nodes = pq.read_table(d / "roads_nodes.parquet").to_pydict()
    edges = pq.read_table(d / "roads_edges.parquet").to_pydict()
    towns = pq.read_table(d / "roads_towns.parquet").to_pydict()
    return RoadGraph(
        node_name=nodes["name"], node_country=nodes["country"], node_kind=nodes["kind"],
        node_aliases=[list(a) for a in nodes["aliases"]],
        node_lat=np.array(nodes["latitude"], dtype=float), node_lon=np.array(nodes["longitude"], dtype=float),
        edge_u=np.array(edges["u"], dtype=np.int64), edge_v=np.array(edges["v"], dtype=np.int64),
        edge_km=np.array(edges["km"], dtype=float), edge_ref=edges["ref"], edge_name=edges["name"],
        edge_lons=[np.array(x, dtype=float) for x in edges["lons"]],
        edge_lats=[np.array(x, dtype=float) for x in edges["lats"]],
        towns={"name": towns["name"], "country": towns["country"],
               "lat": np.array(towns["latitude"], dtype=float), "lon": np.array(towns["longitude"], dtype=float),
               "population": np.array(towns["population"], dtype=np.int64),
               "node": np.array(towns["node"], dtype=np.int64), "snap_km": np.array(towns["snap_km"], dtype=float)},
    )
