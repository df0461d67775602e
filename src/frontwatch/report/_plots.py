"""Matplotlib figures of a sitrep (fatalities per week, territory trend, map of the period), Agg backend."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import matplotlib

matplotlib.use("Agg")  # headless: a server or CI has no display

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

if TYPE_CHECKING:
    from ..workspace import Workspace
    from . import Sitrep

# Marker shape as well as colour tells event types apart, so the map reads without colour vision.
TYPE_STYLE = {
    "Battles": ("o", "#0072B2"),
    "Explosions/Remote violence": ("^", "#D55E00"),
    "Violence against civilians": ("s", "#CC79A7"),
    "Strategic developments": ("D", "#009E73"),
    "Protests": ("P", "#E69F00"),
    "Riots": ("X", "#56B4E9"),
}
FALLBACK = "#777777"


def _color(rep: Sitrep, actor: str) -> str:
    return rep.colors.get(actor) or FALLBACK


def fatalities_figure(rep: Sitrep) -> Figure | None:
    """Stacked weekly bars of reported deaths by acting actor; None when the period has no toll."""
    if not rep.fatalities_by_week:
        return None
    weeks = list(rep.fatalities_by_week)
    actors = sorted({a for v in rep.fatalities_by_week.values() for a in v},
                    key=lambda a: -sum(v.get(a, 0) for v in rep.fatalities_by_week.values()))
    fig = Figure(figsize=(8, 3.6))
    ax = fig.subplots()
    bottom = [0] * len(weeks)
    for a in actors:
        vals = [rep.fatalities_by_week[w].get(a, 0) for w in weeks]
        ax.bar(weeks, vals, bottom=bottom, label=a, color=_color(rep, a), edgecolor="black", linewidth=0.4)
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax.set_ylabel("reported deaths (best estimate)")
    ax.set_title("Fatalities per ISO week, by acting actor (actor1)")
    ax.tick_params(axis="x", labelrotation=60, labelsize=7)
    ax.legend(fontsize=7, frameon=False)
    fig.tight_layout()
    return fig


def territory_figure(rep: Sitrep) -> Figure | None:
    """Area held per main actor over the period; None without a territory series."""
    if not rep.territory:
        return None
    import datetime as dt

    fig = Figure(figsize=(8, 3.6))
    ax = fig.subplots()
    styles = ["-", "--", "-.", ":"]  # line style too, for readers who cannot tell the colours apart
    for i, (actor, rows) in enumerate(rep.territory.items()):
        ax.plot([dt.date.fromisoformat(r["date"]) for r in rows], [r["area_km2"] / 1000 for r in rows],
                styles[i % len(styles)], marker="o", ms=3, label=actor, color=_color(rep, actor))
    ax.set_ylabel("area held (1,000 km²)")
    ax.set_title("Territory held (H3 model, 40 km radius)")
    ax.legend(fontsize=7, frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig


def _draw_geometry(ax: Any, geom: dict[str, Any], **kw: Any) -> None:
    from shapely.geometry import shape

    g = shape(geom)
    for poly in getattr(g, "geoms", [g]):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        x, y = poly.exterior.xy
        ax.fill(x, y, **kw)


def map_figure(rep: Sitrep, ws: Workspace) -> Figure:
    """Country outlines, territory at the period's end and the period's events, marker by event type."""
    from ..control._grid import load_borders

    fig = Figure(figsize=(8, 6.4))
    ax = fig.subplots()
    borders = load_borders()
    countries = [c for c in [*ws.theatre.countries, *ws.theatre.neighbours] if c in borders]
    for c in countries:
        _draw_geometry(ax, borders[c], facecolor="#f4f4f4" if c in ws.theatre.countries else "white",
                       edgecolor="#555555", linewidth=0.6, zorder=1)
    held: list[str] = []
    try:
        snap = ws.territory_snapshot(min(rep.end, ws.theatre.end))
        for f in snap.polygons()["features"]:
            actor = f["properties"]["actor"]
            colour = f["properties"].get("color") or FALLBACK
            _draw_geometry(ax, f["geometry"], facecolor=colour, alpha=0.35, edgecolor="none", zorder=2,
                           hatch="//" if actor == "contested" else None)
            held.append(actor)
    except Exception as exc:  # noqa: BLE001 - a map without territory is still a useful map
        rep.notes.append(f"map: territory not drawn ({exc})")
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Any] = [Patch(facecolor=_color(rep, a) if a != "contested" else "#999999", alpha=0.35,
                                label=f"held: {a}") for a in held]
    # Frame the theatre's core (and near border towns): a strike reported in Brussels would shrink the map.
    lon0, lat0, lon1, lat1 = 34.5, 28.8, 48.8, 38.4
    inside = [e for e in rep.map_events if lon0 <= e["longitude"] <= lon1 and lat0 <= e["latitude"] <= lat1]
    seen = set()
    for e in inside:
        marker, colour = TYPE_STYLE.get(e["event_type"], ("o", FALLBACK))
        size = 20 + 6 * min(40, (e.get("fatalities_best") or 0) ** 0.5)
        ax.scatter(e["longitude"], e["latitude"], marker=marker, s=size, c=colour, edgecolors="black",
                   linewidths=0.5, zorder=3)
        seen.add(e["event_type"])
    handles += [Line2D([], [], marker=TYPE_STYLE.get(t, ("o", FALLBACK))[0], linestyle="",
                       markerfacecolor=TYPE_STYLE.get(t, ("o", FALLBACK))[1], markeredgecolor="black", label=t)
                for t in sorted(seen)]
    ax.set_xlim(lon0, lon1)
    ax.set_ylim(lat0, lat1)
    outside = len(rep.map_events) - len(inside)
    if outside:
        ax.text(0.99, 0.01, f"{outside} event(s) outside the frame not shown", transform=ax.transAxes,
                ha="right", fontsize=7)
    ax.set_aspect(1.2)
    ax.set_title(f"Events {rep.start} to {rep.end}; territory on {rep.end}")
    ax.legend(handles=handles, fontsize=6, loc="lower left", frameon=True)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.tight_layout()
    return fig


def figures(rep: Sitrep, ws: Workspace) -> dict[str, Figure]:
    """Every figure of the report by name (absent ones left out)."""
    out = {"map": map_figure(rep, ws), "fatalities": fatalities_figure(rep), "territory": territory_figure(rep)}
    return {k: v for k, v in out.items() if v is not None}


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG bytes (for embedding in HTML)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


def save_figures(rep: Sitrep, folder: Path, ws: Workspace) -> dict[str, Path]:
    """Write every figure as ``folder/<name>.png``; returns name -> path."""
    out = {}
    for name, fig in figures(rep, ws).items():
        p = folder / f"{name}.png"
        p.write_bytes(png_bytes(fig))
        out[name] = p
    return out
