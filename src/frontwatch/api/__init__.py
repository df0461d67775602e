"""The REST API: a FastAPI app over one Workspace (events, control, territory, routes, sitreps, ingest)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
import secrets
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field

from ..errors import FrontwatchError, GeocodeError, InputError, StoreError, TheatreError
from ..store import JSON_COLUMNS, EventFilter, event_dict
from ..theatre import DEFAULT_THEATRE

#: Page size of ``/events`` when none is asked for, and the largest page served.
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
#: A route end snapped farther than this from the road graph is a place outside the theatre, not a town.
MAX_SNAP_KM = 100.0
T = TypeVar("T")
log = logging.getLogger(__name__)


class ArticleIn(BaseModel):
    """One article to ingest (the JSONL reader's fields)."""

    text: str = Field(min_length=1)
    published: dt.date
    title: str | None = None
    source: str | None = None
    url: str | None = None


def _status(exc: FrontwatchError) -> int:
    # Unknown actors and places are bad parameter values (422), like bad dates; a store failure is ours (503).
    if isinstance(exc, StoreError):
        return 503
    if isinstance(exc, (TheatreError, GeocodeError, InputError)):
        return 422
    return 400


def parse_date(value: str | None, name: str) -> dt.date | None:
    """A YYYY-MM-DD query parameter as a date; a 422 naming the parameter otherwise.

    >>> parse_date("2015-06-17", "since")
    datetime.date(2015, 6, 17)
    """
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}={value!r} is not a date; use YYYY-MM-DD, e.g. {name}=2015-06-17") from None


def _required_date(value: str | None, name: str) -> dt.date:
    d = parse_date(value, name)
    if d is None:
        raise HTTPException(422, f"{name} is required; add ?{name}=YYYY-MM-DD, e.g. {name}=2015-06-17")
    return d


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``minlon,minlat,maxlon,maxlat`` as four floats, checked for order and range.

    >>> parse_bbox("35,32,43,37")
    (35.0, 32.0, 43.0, 37.0)
    """
    if not value:
        return None
    hint = "use bbox=minlon,minlat,maxlon,maxlat in degrees, e.g. bbox=35.5,32.3,42.4,37.3"
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        raise HTTPException(422, f"bbox={value!r} is not four numbers; {hint}") from None
    if len(parts) != 4:
        raise HTTPException(422, f"bbox={value!r} has {len(parts)} numbers, not 4; {hint}")
    x0, y0, x1, y1 = parts
    if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
        raise HTTPException(422, f"bbox={value!r} is out of range or min > max; {hint}")
    return x0, y0, x1, y1


def feature_collection(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows with latitude/longitude as a GeoJSON FeatureCollection of points (unlocated rows: null geometry).

    >>> feature_collection([{"latitude": 36.2, "longitude": 37.1}])["features"][0]["geometry"]["coordinates"]
    [37.1, 36.2]
    """
    feats = []
    for r in rows:
        lat, lon = r.get("latitude"), r.get("longitude")
        geom = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        feats.append({"type": "Feature", "id": r.get("id"), "geometry": geom, "properties": r})
    return {"type": "FeatureCollection", "features": feats}


def _orjson() -> Any:
    """orjson when installed and new enough to embed stored JSON text as is (``Fragment``), else None."""
    try:
        import orjson
    except ImportError:
        return None
    return orjson if hasattr(orjson, "Fragment") else None


_ORJSON = _orjson()
_EMPTY_LIST = _ORJSON.Fragment(b"[]") if _ORJSON else None


def page_items(cols: list[str], rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Stored event rows as the event contract's dicts, ready for :func:`json_bytes`.

    With orjson, the JSON text columns (tags, persons, sources, ...) are embedded as stored instead of being
    parsed and re-serialised, and dates are left to the encoder (which writes them as YYYY-MM-DD); the JSON is the
    same as :func:`frontwatch.store.event_dict` gives.
    """
    if _ORJSON is None:
        return [event_dict(dict(zip(cols, r, strict=True))) for r in rows]
    frag = _ORJSON.Fragment
    json_at = [i for i, c in enumerate(cols) if c in JSON_COLUMNS or c == "sources"]
    s_at, e_at = cols.index("evidence_start"), cols.index("evidence_end")
    keep = [(i, c) for i, c in enumerate(cols) if i not in (s_at, e_at)]
    out = []
    for r in rows:
        vals = list(r)
        for i in json_at:
            vals[i] = frag(vals[i]) if vals[i] else _EMPTY_LIST
        d = {c: vals[i] for i, c in keep}
        d["evidence_span"] = None if r[s_at] is None else [r[s_at], r[e_at]]
        out.append(d)
    return out


def json_bytes(content: Any) -> bytes:
    """``content`` as compact UTF-8 JSON (orjson when installed, else the standard library)."""
    if _ORJSON is not None:
        return bytes(_ORJSON.dumps(content))
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


@functools.lru_cache(maxsize=1)
def event_types() -> dict[str, list[str]]:
    """ACLED event type -> sub-event types, as the extractor emits them (``extract/patterns/taxonomy.yaml``)."""
    import yaml

    path = resources.files("frontwatch") / "extract" / "patterns" / "taxonomy.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k: list(v) for k, v in doc.items() if isinstance(v, list)}


def _check_type(value: str | None) -> None:
    if not value:
        return
    known = event_types()
    names = {n.casefold() for t, subs in known.items() for n in (t, *subs)}
    if value.casefold() not in names:
        raise HTTPException(422, f"type={value!r} is not an event type or sub-event type; event types: "
                                 f"{', '.join(known)} (sub-event types: see /docs or taxonomy.yaml)")


def _fallback_home(why: str = "the web map is not installed in this build") -> str:
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>frontwatch</title></head><body>"
            f"<h1>frontwatch API</h1><p>{escape(why).capitalize()}. "
            "See the <a href='/docs'>API documentation</a> or try <a href='/events?limit=10'>/events</a>.</p>"
            "</body></html>")


def _offline_docs(app: FastAPI) -> None:
    """Serve the OpenAPI docs at /docs from Swagger UI files installed with the package (no CDN: offline)."""
    import swagger_ui_bundle
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles

    app.mount("/docs-static", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="frontwatch API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="/docs-static/favicon-32x32.png")


def create_app(db: str | Path = "frontwatch.duckdb", theatre: str = DEFAULT_THEATRE,
               token: str | None = None) -> FastAPI:
    """A FastAPI app serving one frontwatch database; POST /articles is enabled only with a token.

    ``token`` defaults to the ``FRONTWATCH_TOKEN`` environment variable; without one the API is read-only.

    >>> from fastapi.testclient import TestClient
    >>> TestClient(create_app(":memory:")).get("/health").json()["status"]
    'ok'
    """
    import frontwatch

    ws = frontwatch.open(db, theatre)
    if not ws.db.startswith(("postgresql://", "postgres://")):
        # Pages and counts from in-memory listing indexes (built in the background now and after each write;
        # SQL answers meanwhile): a new box, text or actor costs array operations, not a scan of every event.
        if os.environ.get("FRONTWATCH_LISTING_INDEX", "1") != "0":
            ws.store.enable_listing_index()
    token = token if token is not None else (os.environ.get("FRONTWATCH_TOKEN") or None)
    # FastAPI runs sync endpoints in a thread pool. A DuckDB store gives each thread its own cursor, so reads run
    # side by side; a backend without per-thread cursors (one psycopg connection) is used under the lock.
    # Writes (POST /articles) always take the lock: one ingest at a time.
    lock = threading.RLock()

    # Dozens of threads inside DuckDB at once queue on its own locks (transaction start/commit) and thrash the
    # cores; a few at a time answer more requests per second with the same CPU. Waiting here costs nothing.
    readers = threading.BoundedSemaphore(int(os.environ.get("FRONTWATCH_DB_READERS", 0)) or (os.cpu_count() or 2))

    def locked(fn: Callable[[], T]) -> T:
        if ws.store.thread_cursors:
            with readers:
                return fn()
        with lock:
            return fn()

    def write_locked(fn: Callable[[], T]) -> T:
        with lock:
            return fn()

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        with lock:
            ws.close()

    app = FastAPI(title="frontwatch", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Events, territorial control, territory and supply routes from war reporting. "
                              "Every event carries its evidence sentence and sources.")
    _offline_docs(app)
    app.state.workspace = ws
    app.state.lock = lock

    @app.exception_handler(FrontwatchError)
    async def _frontwatch_error(_req: Request, exc: FrontwatchError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=_status(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError) -> JSONResponse:
        # A plain sentence per bad field, rather than pydantic's nested structure, so the fix is obvious.
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where or 'request'}: {err.get('msg')}")
        return JSONResponse({"detail": "; ".join(parts) or "invalid request", "errors": json.loads(
            json.dumps(exc.errors(), default=str))}, status_code=422)

    def actor_name(value: str | None) -> str | None:
        return ws.theatre.actor(value).name if value else None

    def require_token(authorization: str | None = Header(default=None)) -> None:
        if not token:
            raise HTTPException(403, "this server is read-only: start it with FRONTWATCH_TOKEN (or token=) "
                                     "to allow ingesting articles")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token: send the header 'Authorization: Bearer <token>'",
                                headers={"WWW-Authenticate": "Bearer"})

    # -- pages ---------------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        try:
            from ..web import render_map_html  # type: ignore[attr-defined]
        except ImportError:
            return HTMLResponse(_fallback_home())
        try:
            return HTMLResponse(locked(lambda: render_map_html(ws)))
        except Exception:  # noqa: BLE001 - a broken map page must not take the API's home page down
            log.exception("the web map failed to render; serving the fallback page")
            return HTMLResponse(_fallback_home("the web map failed to render (see the server log)"))

    @app.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness: answers without touching the database, so a long query never fails a health probe."""
        return {"status": "ok", "theatre": ws.theatre.name, "writable": bool(token),
                "listing_index": ws.store.listing_built("fused_events")}

    @app.get("/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        """Row counts of the database's main tables."""
        return {"theatre": ws.theatre.name, "counts": locked(ws.store.counts)}

    # -- events --------------------------------------------------------------------------------------------------
    @app.get("/events", tags=["events"])
    def events(
        since: str | None = Query(None, description="YYYY-MM-DD: events ending on or after this date"),
        until: str | None = Query(None, description="YYYY-MM-DD: events starting on or before this date"),
        actor: str | None = Query(None, description="actor name or alias (actor1, actor2 or associated)"),
        type: str | None = Query(None, description="event type or sub-event type"),  # noqa: A002
        country: str | None = Query(None, description="ISO2 country code, e.g. SY"),
        tag: str | None = Query(None, description="e.g. leader_killed, route_cut"),
        bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat"),
        text: str | None = Query(None, description="substring of the evidence sentence or the location"),
        raw: bool = Query(False, description="per-article reports instead of fused events"),
        limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
        after: str | None = Query(None, description="keyset paging: events after this event id (the previous "
                                                    "page's next_after); fast at any depth, unlike offset"),
        format: str = Query("json", pattern="^(json|geojson)$"),  # noqa: A002
    ) -> Any:
        """Fused events (or raw reports) matching every given filter, a page at a time, ordered by date."""
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise HTTPException(422, f"country={country!r} is not an ISO2 code; use e.g. country=SY or country=IQ")
        _check_type(type)
        f = EventFilter(since=parse_date(since, "since"), until=parse_date(until, "until"), actor=actor_name(actor),
                        event_type=type, country=country, tag=tag, bbox=parse_bbox(bbox), text=text or None,
                        raw=raw, after=after or None, limit=limit + 1, offset=offset)
        if f.since and f.until and f.until < f.since:
            raise HTTPException(422, f"until={until} is before since={since}; swap them")
        # One row beyond the page tells whether another page exists; the total is counted once per filter
        # between writes (the store caches it), not once per page.
        cols, rows = locked(lambda: ws.store.event_rows(f))
        total = locked(lambda: ws.store.count_events(f))
        more = len(rows) > limit
        items = page_items(cols, rows[:limit])
        paging = {"total": total, "limit": limit, "offset": offset, "count": len(items),
                  "next_offset": offset + limit if more else None,
                  "next_after": items[-1]["id"] if more else None}
        if format == "geojson":
            fc = feature_collection(items)
            fc.update({k: v for k, v in paging.items() if k != "count"})
            return Response(json_bytes(fc), media_type="application/geo+json")
        # Rows go straight to bytes: no per-field pydantic/FastAPI encoding of a 100-event page.
        return Response(json_bytes({**paging, "items": items}), media_type="application/json")

    @app.get("/events/{event_id}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        """One fused event with its sources and evidence, or one raw (per-article) event by its id."""
        def find() -> dict[str, Any] | None:
            for table, raw in (("fused_events", False), ("events", True)):
                rows = ws.store.query(f"SELECT date FROM {table} WHERE id = ?", (event_id,))
                if rows:
                    # Read it back through ws.events (a one-day window) so it has the event contract's shape.
                    day = rows[0]["date"]
                    for e in ws.events(since=day, until=day, raw=raw) if day else ws.events(raw=raw):
                        if e["id"] == event_id:
                            return {**e, "kind": "raw" if raw else "fused"}
            return None

        found = locked(find)
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r}; list ids with /events")
        return found

    @app.get("/claims", tags=["events"])
    def claims(subject: str | None = Query(None, description="actor the claim is about")) -> list[dict[str, Any]]:
        """Quantitative claims (fighters, territory share, tolls), each with its evidence."""
        name = actor_name(subject)
        return locked(lambda: ws.claims(name))

    # -- control and territory -----------------------------------------------------------------------------------
    @app.get("/control", tags=["control"])
    def control(date: str | None = Query(None, description="YYYY-MM-DD"), actor: str | None = None,
                place: str | None = None,
                format: str = Query("json", pattern="^(json|geojson)$")) -> Any:  # noqa: A002
        """Who held each tracked place on a date (optionally one actor's places or one place)."""
        day = _required_date(date, "date")
        rows = locked(lambda: ws.control(day, actor=actor, place=place))
        if format == "geojson":
            return JSONResponse(feature_collection(rows), media_type="application/geo+json")
        return rows

    @app.get("/control/history", tags=["control"])
    def control_history(place: str) -> list[dict[str, Any]]:
        """The control periods of one place."""
        return locked(lambda: ws.control_history(place))

    @app.get("/control/changes", tags=["control"])
    def control_changes(from_: str | None = Query(None, alias="from"), to: str | None = None) -> list[dict[str, Any]]:
        """Every change of holder in a period with its evidence events."""
        a, b = _required_date(from_, "from"), _required_date(to, "to")
        return locked(lambda: ws.control_changes(a, b))

    @app.get("/territory", tags=["control"])
    def territory(actor: str, from_: str | None = Query(None, alias="from"), to: str | None = None,
                  step: str = Query("month", pattern="^(week|month|quarter)$")) -> list[dict[str, Any]]:
        """Area (km²) and share held by an actor per date, with the change."""
        a, b = _required_date(from_, "from"), _required_date(to, "to")
        if b < a:
            raise HTTPException(422, f"to={to} is before from={from_}; swap them")
        if (b - a).days > 3 * 366 and step == "week":
            raise HTTPException(422, "more than three years by week is too many snapshots; use step=month")
        return locked(lambda: ws.territory(actor, a, b, step=step))

    @app.get("/territory/polygons", tags=["control"])
    def territory_polygons(date: str | None = Query(None, description="YYYY-MM-DD")) -> JSONResponse:
        """Dissolved territory polygons per actor (and contested ground) on a date, as GeoJSON."""
        day = _required_date(date, "date")
        return JSONResponse(locked(lambda: ws.territory_snapshot(day).polygons()),
                            media_type="application/geo+json")

    @app.get("/frontline", tags=["control"])
    def frontline(date: str | None = None, a: str | None = None, b: str | None = None) -> JSONResponse:
        """The front line between actors ``a`` and ``b`` on a date, as GeoJSON lines."""
        day = _required_date(date, "date")
        if not a or not b:
            raise HTTPException(422, "give both actors, e.g. a=Islamic State&b=YPG/SDF")
        return JSONResponse(locked(lambda: ws.frontline(day, a, b)), media_type="application/geo+json")

    # -- routes ----------------------------------------------------------------------------------------------------
    @app.get("/routes", tags=["routes"])
    def routes(from_: str | None = Query(None, alias="from"), to: str | None = None, actor: str | None = None,
               date: str | None = None, vs: str | None = None,
               through: str = Query("own", pattern="^(own|contested|unknown)$"),
               format: str = Query("json", pattern="^(json|geojson)$")) -> Any:  # noqa: A002
        """Shortest road route an actor can use on a date, compared with an earlier date."""
        if not from_ or not to or not actor:
            raise HTTPException(422, "from, to and actor are required, e.g. from=Mosul&to=Raqqa&actor=IS"
                                     "&date=2015-11-14")
        day, before = _required_date(date, "date"), parse_date(vs, "vs")
        r = locked(lambda: ws.route(from_, to, actor, day, vs=before, through=through))
        for end, name in (("from", from_), ("to", to)):
            km = (r.get("snapped") or {}).get(end)
            if km is not None and km > MAX_SNAP_KM:
                raise HTTPException(422, f"{end}={name!r} lies {km:,.0f} km from the nearest road of the theatre; "
                                         "give a town in the theatre, e.g. from=Mosul&to=Raqqa")
        if format == "geojson":
            feats = [{"type": "Feature", "geometry": r.get("geometry"),
                      "properties": {"kind": "route", **{k: r.get(k) for k in ("date", "km", "via", "roads",
                                                                                "actor", "found")}}}]
            if (r.get("vs") or {}).get("geometry"):
                feats.append({"type": "Feature", "geometry": r["vs"]["geometry"],
                              "properties": {"kind": "vs", **{k: r["vs"].get(k) for k in ("date", "km", "via")}}})
            return JSONResponse({"type": "FeatureCollection", "features": feats}, media_type="application/geo+json")
        return r

    @app.get("/routes/cut", tags=["routes"])
    def routes_cut(actor: str, from_: str | None = Query(None, alias="from"), to: str | None = None,
                   through: str = Query("own", pattern="^(own|contested|unknown)$")) -> dict[str, Any]:
        """Routes between an actor's main towns that became longer or impossible in a period."""
        a, b = _required_date(from_, "from"), _required_date(to, "to")
        return locked(lambda: ws.routes_cut(actor, a, b, through=through))

    @app.get("/crossings", tags=["routes"])
    def crossings(actor: str | None = None, date: str | None = None) -> list[dict[str, Any]]:
        """Border crossings with their holder on a date and whether the actor's side holds them."""
        if not actor:
            raise HTTPException(422, "actor is required, e.g. actor=YPG/SDF&date=2016-01-01")
        day = _required_date(date, "date")
        return locked(lambda: ws.crossings(actor, day))

    # -- reports -------------------------------------------------------------------------------------------------
    @app.get("/sitrep", tags=["reports"])
    def sitrep(from_: str | None = Query(None, alias="from"), to: str | None = None,
               format: str = Query("html", pattern="^(html|md|json)$")) -> Response:  # noqa: A002
        """A situation report for a period as HTML (figures embedded), Markdown or JSON."""
        from ..report import _render, build_sitrep

        a, b = _required_date(from_, "from"), _required_date(to, "to")
        if format == "json":
            return JSONResponse(json.loads(json.dumps(locked(lambda: build_sitrep(ws, a, b)).to_dict(),
                                                      default=str)))
        if format == "md":
            return PlainTextResponse(_render.markdown(locked(lambda: build_sitrep(ws, a, b))),
                                     media_type="text/markdown; charset=utf-8")
        return HTMLResponse(locked(lambda: _render.html(build_sitrep(ws, a, b), ws)))

    # -- ingest ----------------------------------------------------------------------------------------------------
    @app.post("/articles", tags=["ingest"], dependencies=[Depends(require_token)], status_code=201)
    def articles(body: ArticleIn | list[ArticleIn]) -> dict[str, Any]:
        """Ingest one article or a list (needs ``Authorization: Bearer <token>``); returns the ingest summary."""
        items = body if isinstance(body, list) else [body]
        if not items:
            raise HTTPException(422, "the list of articles is empty; send at least one {text, published}")
        # The JSONL reader is the same path `frontwatch ingest` uses, so quarantine and dedup rules apply.
        with tempfile.TemporaryDirectory(prefix="frontwatch-api-") as tmp:
            path = Path(tmp) / "articles.jsonl"
            path.write_text("".join(json.dumps(a.model_dump(mode="json"), ensure_ascii=False) + "\n"
                                    for a in items), encoding="utf-8")
            summary = write_locked(lambda: ws.ingest([path], fmt="jsonl"))
        return {"read": summary.read, "new": summary.new, "duplicate": summary.duplicate,
                "near_duplicate": summary.near_duplicate, "quarantined": summary.quarantined,
                "events": summary.events, "claims": summary.claims, "messages": summary.messages}

    return app


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("frontwatch")
    except metadata.PackageNotFoundError:
        return "0"


__all__ = ["ArticleIn", "create_app", "feature_collection", "json_bytes", "page_items", "parse_bbox", "parse_date"]
