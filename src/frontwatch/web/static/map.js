// frontwatch offline map. Reads the payload embedded by frontwatch.web, builds a MapLibre style whose sources
// are all inline GeoJSON (no tiles, no glyphs, no network), and wires the time slider, route tool and popups.
// window.frontwatchMap exposes a few read-only hooks for the browser tests.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("fw-data").textContent);
  const $ = (id) => document.getElementById(id);
  const EMPTY = { type: "FeatureCollection", features: [] };
  const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ESC[c]);
  const fmtKm = (x) => Math.round(x).toLocaleString("en") + " km";
  const dates = data.dates || [];
  const states = data.states || [];
  const actors = data.actors || [];
  const actorIndex = new Map(actors.map((a, i) => [a.name, i]));
  const events = data.events || [];
  const eventById = new Map(events.map((e) => [e.id, e]));
  const basemap = data.basemap || { countries: EMPTY, roads: EMPTY, towns: EMPTY, bounds: [35, 29, 49, 38] };
  const graph = data.graph || { nodes: [], edges: [] };
  // The slider opens at the payload's chosen date (the CLI's --date, else the last date).
  let dateIdx = Math.max(0, Math.min(data.initial || 0, dates.length - 1));
  let routeReq = null; // {from, to, actor, through} of the drawn route, redrawn when the date changes
  let routeRes = null;
  let shown = { territory: EMPTY, fronts: EMPTY, events: 0 };
  const hiddenTypes = new Set(); // event types switched off in the legend

  const currentState = () => states[(data.state_of_date || [])[dateIdx]] || null;
  const currentDate = () => dates[dateIdx] || null;

  // ---- style: basemap, territory, front lines, routes, events; every source is GeoJSON --------------------------
  const typeColors = data.event_colors || {};
  const typeMatch = ["match", ["get", "type"]];
  Object.entries(typeColors).forEach(([t, c]) => typeMatch.push(t, c));
  typeMatch.push("#777777");

  const style = {
    version: 8,
    sources: {
      countries: { type: "geojson", data: basemap.countries },
      roads: { type: "geojson", data: basemap.roads },
      towns: { type: "geojson", data: basemap.towns },
      territory: { type: "geojson", data: EMPTY },
      fronts: { type: "geojson", data: EMPTY },
      "route-open": { type: "geojson", data: EMPTY },
      route: { type: "geojson", data: EMPTY },
      // Clustering is done by MapLibre's worker; clusters break up from zoom 9 on.
      events: { type: "geojson", data: EMPTY, cluster: true, clusterRadius: 36, clusterMaxZoom: 8 },
    },
    layers: [
      { id: "water", type: "background", paint: { "background-color": "#d7e4ec" } },
      { id: "land", type: "fill", source: "countries",
        paint: { "fill-color": ["case", ["get", "theatre"], "#fbfaf6", "#ecebe6"] } },
      { id: "territory-fill", type: "fill", source: "territory",
        paint: { "fill-color": ["get", "color"], "fill-opacity": ["case", ["==", ["get", "actor"], "contested"], 0.35, 0.42] } },
      { id: "territory-line", type: "line", source: "territory",
        paint: { "line-color": ["get", "color"], "line-width": 0.8, "line-opacity": 0.8 } },
      { id: "borders", type: "line", source: "countries",
        paint: { "line-color": "#6b6b6b", "line-width": ["case", ["get", "theatre"], 1.4, 0.8],
                 "line-dasharray": [3, 1.5] } },
      { id: "roads", type: "line", source: "roads", layout: { "line-cap": "round", "line-join": "round" },
        paint: { "line-color": "#8c7b6b", "line-width": ["interpolate", ["linear"], ["zoom"], 5, 0.8, 9, 2.5],
                 "line-opacity": 0.85 } },
      // Front lines: a white casing under a dark red line keeps them visible over black IS territory too.
      { id: "fronts-casing", type: "line", source: "fronts", layout: { "line-join": "round" },
        paint: { "line-color": "#ffffff", "line-width": 4.5, "line-opacity": 0.9 } },
      { id: "fronts", type: "line", source: "fronts", layout: { "line-join": "round" },
        paint: { "line-color": "#a50026", "line-width": 2 } },
      { id: "route-open", type: "line", source: "route-open", layout: { "line-join": "round" },
        paint: { "line-color": "#444444", "line-width": 3, "line-dasharray": [1.5, 1.5], "line-opacity": 0.8 } },
      { id: "route-casing", type: "line", source: "route", layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": "#ffffff", "line-width": 8 } },
      { id: "route", type: "line", source: "route", layout: { "line-join": "round", "line-cap": "round" },
        paint: { "line-color": "#0077bb", "line-width": 4.5 } },
      { id: "towns", type: "circle", source: "towns",
        filter: ["==", ["get", "kind"], "town"],
        // dots follow the labels: cities always, rank r from zoom 4.6 + r ("zoom" may only sit at the top of a "step")
        paint: { "circle-radius": ["match", ["get", "rank"], 0, 4, 1, 3.2, 2.5], "circle-color": "#222222",
                 "circle-stroke-color": "#ffffff", "circle-stroke-width": 1,
                 "circle-opacity": ["step", ["zoom"], ["case", ["<=", ["get", "rank"], 0], 1, 0],
                   5.6, ["case", ["<=", ["get", "rank"], 1], 1, 0], 6.6, ["case", ["<=", ["get", "rank"], 2], 1, 0], 7.6, 1],
                 "circle-stroke-opacity": ["step", ["zoom"], ["case", ["<=", ["get", "rank"], 0], 1, 0],
                   5.6, ["case", ["<=", ["get", "rank"], 1], 1, 0], 6.6, ["case", ["<=", ["get", "rank"], 2], 1, 0], 7.6, 1] } },
      { id: "event-clusters", type: "circle", source: "events", filter: ["has", "point_count"],
        paint: { "circle-color": "#5a5a5a", "circle-opacity": 0.85, "circle-stroke-color": "#ffffff",
                 "circle-stroke-width": 1.5,
                 "circle-radius": ["step", ["get", "point_count"], 10, 5, 13, 20, 17, 100, 22] } },
      { id: "events", type: "circle", source: "events", filter: ["!", ["has", "point_count"]],
        paint: { "circle-color": typeMatch, "circle-radius": ["case", ["get", "recent"], 7, 5.5],
                 "circle-opacity": ["case", ["get", "recent"], 1, 0.7],
                 "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5 } },
    ],
  };

  function fitPadding() {
    // keep the theatre clear of the panel: on the right on desktop, a folded bottom sheet on a phone
    return window.matchMedia("(max-width: 700px)").matches ? { top: 10, left: 10, right: 10, bottom: 130 }
      : { top: 20, left: 50, bottom: 20, right: Math.min(350, window.innerWidth / 3) };
  }

  const map = new maplibregl.Map({
    container: "map", style, bounds: basemap.bounds, fitBoundsOptions: { padding: fitPadding() },
    attributionControl: false, maxZoom: 12, minZoom: 3, dragRotate: false, pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-left");
  map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-left");
  map.addControl(new maplibregl.AttributionControl({
    compact: true, customAttribution: "frontwatch · borders: Natural Earth · roads: curated by frontwatch",
  }), "bottom-right");

  // ---- town labels: HTML markers, thinned by population rank and zoom -------------------------------------------
  const townMarkers = basemap.towns.features
    .filter((f) => f.properties.kind === "town")
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .map((f) => {
      const el = document.createElement("div");
      el.className = "fw-town r" + f.properties.rank;
      el.textContent = f.properties.name;
      const m = new maplibregl.Marker({ element: el, anchor: "left" }).setLngLat(f.geometry.coordinates).addTo(map);
      return { el, rank: f.properties.rank };
    });
  function updateTownLabels() {
    // cities always, then rank r from zoom 4.6 + r: small towns only when zoomed in
    const z = map.getZoom();
    townMarkers.forEach((t) => t.el.classList.toggle("hidden", t.rank > 0 && t.rank > z - 4.6));  // as the dots
  }
  map.on("zoom", updateTownLabels);

  // ---- cluster counts: HTML markers placed on the rendered clusters after each redraw ---------------------------
  const countMarkers = new Map();
  function updateClusterCounts() {
    if (!map.getSource("events")) return;
    const seen = new Set();
    map.querySourceFeatures("events", { filter: ["has", "point_count"] }).forEach((f) => {
      const id = f.properties.cluster_id;
      if (seen.has(id)) return; // a cluster can be returned once per tile it touches
      seen.add(id);
      let m = countMarkers.get(id);
      if (!m) {
        const el = document.createElement("div");
        el.className = "fw-count";
        el.textContent = f.properties.point_count_abbreviated;
        m = new maplibregl.Marker({ element: el }).setLngLat(f.geometry.coordinates).addTo(map);
        countMarkers.set(id, m);
      }
    });
    countMarkers.forEach((m, id) => { if (!seen.has(id)) { m.remove(); countMarkers.delete(id); } });
  }
  function clearClusterCounts() { countMarkers.forEach((m) => m.remove()); countMarkers.clear(); }

  // ---- time: territory, fronts and events up to the slider's date ------------------------------------------------
  function eventsUpTo(day) {
    // "recent" = in the 31 days before the slider date; older events stay on the map, faded
    const t = Date.parse(day);
    const feats = [];
    for (const e of events) {
      if (e.date > day || hiddenTypes.has(e.type)) continue;
      feats.push({ type: "Feature", geometry: { type: "Point", coordinates: [e.lon, e.lat] },
        properties: { id: e.id, type: e.type, recent: t - Date.parse(e.date) <= 31 * 864e5 } });
    }
    return { type: "FeatureCollection", features: feats };
  }

  function setDate(i) {
    dateIdx = Math.max(0, Math.min(i, dates.length - 1));
    const day = currentDate();
    const st = currentState();
    $("slider").value = String(dateIdx);
    $("date-label").textContent = day || "no data";
    shown.territory = st ? st.territory : EMPTY;
    shown.fronts = st ? st.fronts : EMPTY;
    const ev = day ? eventsUpTo(day) : EMPTY;
    shown.events = ev.features.length;
    map.getSource("territory").setData(shown.territory);
    map.getSource("fronts").setData(shown.fronts);
    clearClusterCounts(); // cluster ids change with the data
    map.getSource("events").setData(ev);
    const big = shown.territory.features.filter((f) => f.properties.actor !== "contested")
      .sort((a, b) => b.properties.area_km2 - a.properties.area_km2).slice(0, 3)
      .map((f) => `${esc(f.properties.actor)} ${Math.round(f.properties.share * 100)}%`);
    $("summary").innerHTML = `${shown.events} events to date` + (big.length ? ` · ${big.join(" · ")}` : "");
    if (routeReq) drawRoute(routeReq);
  }

  let timer = null;
  function play(on) {
    if (timer) { clearInterval(timer); timer = null; }
    $("play").innerHTML = on ? "&#10074;&#10074;" : "&#9654;";
    $("play").setAttribute("aria-label", on ? "Pause" : "Play");
    if (!on) return;
    if (dateIdx >= dates.length - 1) setDate(0); // replay from the start
    timer = setInterval(() => {
      if (dateIdx >= dates.length - 1) { play(false); return; }
      setDate(dateIdx + 1);
    }, 900);
  }

  // ---- routing: Dijkstra over the embedded road graph with the date's usable edges ------------------------------
  const adj = graph.nodes.map(() => []);
  graph.edges.forEach(([u, v], e) => { adj[u].push([v, e]); adj[v].push([u, e]); });

  function usableEdges(actor, through) {
    // An edge is usable when every holder along it is the actor's side, or contested/unknown if allowed.
    const a = actors[actorIndex.get(actor)];
    const side = new Set([actorIndex.get(actor), ...a.allies.map((n) => actorIndex.get(n))]);
    const ok = (data.holder_sets || []).map((hs) => hs.every((c) =>
      c === -2 ? through !== "own" : c === -1 ? through === "unknown" : side.has(c)));
    const st = currentState();
    return st ? st.edges.map((k) => ok[k]) : graph.edges.map(() => false);
  }

  function shortest(src, dst, usable) {
    // O(n^2) Dijkstra: the graph has a couple of hundred nodes, so a heap is not worth its code.
    const n = graph.nodes.length;
    const dist = new Array(n).fill(Infinity);
    const prev = new Array(n).fill(-1);
    const done = new Array(n).fill(false);
    dist[src] = 0;
    for (;;) {
      let u = -1;
      for (let i = 0; i < n; i++) if (!done[i] && dist[i] < Infinity && (u < 0 || dist[i] < dist[u])) u = i;
      if (u < 0 || u === dst) break;
      done[u] = true;
      for (const [v, e] of adj[u]) {
        if (usable && !usable[e]) continue;
        const d = dist[u] + graph.edges[e][2];
        if (d < dist[v]) { dist[v] = d; prev[v] = e; }
      }
    }
    if (!isFinite(dist[dst])) return null;
    const edges = [];
    for (let x = dst; x !== src;) {
      const e = prev[x];
      edges.push(e);
      x = graph.edges[e][0] === x ? graph.edges[e][1] : graph.edges[e][0];
    }
    return { km: dist[dst], edges: edges.reverse() };
  }

  function pathFeature(src, path, props) {
    // Each edge's road geometry, turned round when the path runs it from v to u.
    const coords = [];
    let node = src;
    for (const e of path.edges) {
      let c = basemap.roads.features[e].geometry.coordinates;
      const [u, v] = graph.edges[e];
      if (u !== node) c = c.slice().reverse();
      node = u === node ? v : u;
      coords.push(...(coords.length ? c.slice(1) : c));
    }
    return { type: "Feature", geometry: { type: "LineString", coordinates: coords }, properties: props };
  }

  function kmBetween(a, b) {
    const r = Math.PI / 180;
    const h = Math.sin((b[1] - a[1]) * r / 2) ** 2 +
      Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin((b[0] - a[0]) * r / 2) ** 2;
    return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function cutBy(openPath, usable, actor, day) {
    // Control changes up to the date, within 45 km of a blocked stretch of the open road, that handed ground to
    // someone outside the actor's side: the latest per blocked point, as in frontwatch.routes.
    const a = actors[actorIndex.get(actor)];
    const side = new Set([actor, ...a.allies]);
    const lost = (data.changes || []).filter((c) => c.date <= day && !side.has(c.to));
    const picked = new Map();
    openPath.edges.filter((e) => !usable[e]).forEach((e) => {
      basemap.roads.features[e].geometry.coordinates.forEach((p) => {
        let best = null;
        lost.forEach((c) => {
          if (kmBetween(p, [c.lon, c.lat]) <= 45 && (!best || c.date > best.date)) best = c;
        });
        if (best) picked.set(best.place + best.date, best);
      });
    });
    return [...picked.values()].sort((x, y) => (x.date < y.date ? -1 : 1));
  }

  function findRoute(req) {
    const src = graph.nodes.findIndex((n) => n[0] === req.from);
    const dst = graph.nodes.findIndex((n) => n[0] === req.to);
    if (src < 0 || dst < 0) return { found: false, reason: "unknown town" };
    const usable = usableEdges(req.actor, req.through);
    const path = shortest(src, dst, usable);
    const open = shortest(src, dst, null);
    const res = { ...req, date: currentDate(), found: !!path, km: path ? path.km : null,
      open_km: open ? open.km : null, src, path, open, cut_by: [] };
    if (open && (!path || path.km > open.km + 0.05)) res.cut_by = cutBy(open, usable, req.actor, res.date);
    return res;
  }

  function drawRoute(req) {
    routeReq = req;
    routeRes = findRoute(req);
    const r = routeRes;
    const via = r.path ? [graph.nodes[r.src][0]] : [];
    if (r.path) {
      let node = r.src;
      r.path.edges.forEach((e) => { const [u, v] = graph.edges[e]; node = u === node ? v : u; via.push(graph.nodes[node][0]); });
    }
    r.via = via;
    const props = { kind: "route" };
    map.getSource("route").setData(r.path ? { type: "FeatureCollection", features: [pathFeature(r.src, r.path, props)] } : EMPTY);
    const detour = r.open && (!r.path || r.km > r.open_km + 0.05);
    map.getSource("route-open").setData(detour ? { type: "FeatureCollection",
      features: [pathFeature(r.src, r.open, { kind: "open" })] } : EMPTY);
    let html;
    if (r.found) {
      const extra = detour ? ` <span class="muted">(+${fmtKm(r.km - r.open_km)} detour; open road ${fmtKm(r.open_km)})</span>` : "";
      html = `<div class="km" id="route-km">${fmtKm(r.km)}</div>${extra}<div class="muted">via ${esc(via.join(" – "))}</div>`;
    } else {
      html = `<div class="km" id="route-km">no route</div><div class="muted">no road from ${esc(req.from)} to ${esc(req.to)} ` +
        `stays in ground ${esc(req.actor)}'s side may use on ${esc(r.date)}` +
        (r.open ? ` (open road: ${fmtKm(r.open_km)}, dashed)` : "") + "</div>";
    }
    if (r.cut_by.length) html += `<div>cut by: ${r.cut_by.map((c) => `${esc(c.date)} ${esc(c.place)} → ${esc(c.to)}`).join("; ")}</div>`;
    $("route-result").innerHTML = html;
    return r;
  }

  function clearRoute() {
    routeReq = routeRes = null;
    map.getSource("route").setData(EMPTY);
    map.getSource("route-open").setData(EMPTY);
    $("route-result").innerHTML = "";
  }

  // ---- popups -----------------------------------------------------------------------------------------------------
  function sourcesHtml(src) {
    if (!src || !src.length) return "";
    return "<ul>" + src.map((s) => {
      const name = esc(s.s || "unknown source");
      const link = s.u && /^https?:\/\//.test(s.u) ? `<a href="${esc(s.u)}" target="_blank" rel="noopener">${name}</a>` : name;
      return `<li>${link}${s.p ? ` <span class="meta">${esc(s.p)}</span>` : ""}</li>`;
    }).join("") + "</ul>";
  }

  function eventHtml(e) {
    const who = [e.a1, e.a2].filter(Boolean).map(esc).join(" vs ");
    const fat = e.fat != null ? ` · ${esc(e.fat)} killed` : "";
    return `<div class="fw-pop" data-event="${esc(e.id)}"><h3>${esc(e.sub || e.type)}</h3>` +
      `<div class="meta">${esc(e.date)} · ${esc(e.loc)}${fat}</div>${who ? `<div>${who}</div>` : ""}` +
      `<blockquote>${esc(e.ev)}</blockquote><div class="meta">${e.src.length} source(s):</div>${sourcesHtml(e.src)}</div>`;
  }

  function changeHtml(c) {
    return `<blockquote>${esc(c.ev || "(no evidence sentence stored)")}</blockquote>` +
      `<div class="meta">${esc(c.date)} · ${esc(c.place)}: ${esc(c.from || "?")} → ${esc(c.to || "?")}</div>` +
      sourcesHtml(c.s ? [{ s: c.s, u: c.u }] : []);
  }

  function territoryHtml(p, lngLat) {
    // The evidence for a patch of territory is the latest change near the click that gave it to this actor.
    const day = currentDate();
    const here = [lngLat.lng, lngLat.lat];
    const near = (data.changes || []).filter((c) => c.date <= day && c.to === p.actor && kmBetween(here, [c.lon, c.lat]) <= 80)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const why = near ? `<div class="meta">Latest change nearby:</div>${changeHtml(near)}`
      : `<div class="meta">Held since the theatre pack's control snapshot (no captures recorded nearby).</div>`;
    return `<div class="fw-pop"><h3>${esc(p.actor)}</h3><div class="meta">${esc(day)} · ` +
      `${Math.round(p.area_km2).toLocaleString("en")} km² (${(p.share * 100).toFixed(1)}% of the theatre)</div>${why}</div>`;
  }

  function routeHtml() {
    const r = routeRes;
    if (!r) return "";
    const head = r.found ? `${fmtKm(r.km)} via ${esc(r.via.join(" – "))}` : "no route";
    const cuts = r.cut_by.length ? `<div class="meta">Cut by:</div>${r.cut_by.map(changeHtml).join("")}`
      : "<div class=\"meta\">No capture on the open road lengthened this route.</div>";
    return `<div class="fw-pop"><h3>${esc(r.from)} → ${esc(r.to)}</h3><div class="meta">${esc(r.actor)} · ${esc(r.date)}` +
      ` · through ${esc(r.through)}</div><div>${head}</div>` +
      (r.open_km != null ? `<div class="meta">open road ${fmtKm(r.open_km)}</div>` : "") + cuts + "</div>";
  }

  let popup = null;
  function openPopup(lngLat, html) {
    if (popup) popup.remove();
    popup = new maplibregl.Popup({ maxWidth: "340px", focusAfterOpen: false }).setLngLat(lngLat).setHTML(html).addTo(map);
  }

  const CLICKABLE = ["events", "event-clusters", "route", "route-open", "fronts", "territory-fill"];
  map.on("click", (ev) => {
    const box = [[ev.point.x - 4, ev.point.y - 4], [ev.point.x + 4, ev.point.y + 4]];
    const hits = map.queryRenderedFeatures(box, { layers: CLICKABLE.filter((l) => map.getLayer(l)) });
    if (!hits.length) return;
    // queryRenderedFeatures returns the topmost layer first, so markers win over routes over territory.
    const f = hits[0];
    const layer = f.layer.id;
    if (layer === "events") {
      const e = eventById.get(f.properties.id);
      if (e) openPopup(f.geometry.coordinates, eventHtml(e));
    } else if (layer === "event-clusters") {
      Promise.resolve(map.getSource("events").getClusterExpansionZoom(f.properties.cluster_id))
        .then((z) => map.easeTo({ center: f.geometry.coordinates, zoom: z }));
    } else if (layer === "route" || layer === "route-open") {
      openPopup(ev.lngLat, routeHtml());
    } else if (layer === "fronts") {
      const p = f.properties;
      openPopup(ev.lngLat, `<div class="fw-pop"><h3>Front line</h3><div>${esc(p.a)} / ${esc(p.b)}</div>` +
        `<div class="meta">${esc(currentDate())} · ${Math.round(p.length_km)} km in all</div></div>`);
    } else {
      openPopup(ev.lngLat, territoryHtml(f.properties, ev.lngLat));
    }
  });
  CLICKABLE.forEach((l) => {
    map.on("mouseenter", l, () => { map.getCanvas().style.cursor = "pointer"; });
    map.on("mouseleave", l, () => { map.getCanvas().style.cursor = ""; });
  });

  // ---- panel: slider, route form, legend --------------------------------------------------------------------------
  function option(value, label) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label || value;
    return o;
  }

  function buildPanel() {
    const slider = $("slider");
    slider.max = String(Math.max(0, dates.length - 1));
    slider.addEventListener("input", () => { play(false); setDate(Number(slider.value)); });
    $("play").addEventListener("click", () => play(!timer));
    $("panel-toggle").addEventListener("click", () => {
      const collapsed = $("panel").classList.toggle("collapsed");
      $("panel-toggle").setAttribute("aria-expanded", String(!collapsed));
    });
    // Towns for the route tool: the road graph's towns and crossings, biggest first in the default choice.
    const towns = basemap.towns.features.map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name));
    ["route-from", "route-to"].forEach((id) => towns.forEach((t) => $(id).appendChild(option(t.name))));
    const big = basemap.towns.features.map((f) => f.properties).sort((a, b) => b.population - a.population);
    if (big.length > 1) { $("route-from").value = big.find((t) => t.name === "Aleppo") ? "Aleppo" : big[0].name;
      $("route-to").value = big.find((t) => t.name === "Damascus") ? "Damascus" : big[1].name; }
    const held = new Set();
    states.forEach((s) => s.territory.features.forEach((f) => held.add(f.properties.actor)));
    actors.filter((a) => held.has(a.name)).forEach((a) => $("route-actor").appendChild(option(a.name)));
    if (held.has("Syrian government forces")) $("route-actor").value = "Syrian government forces";
    $("route-go").addEventListener("click", () => {
      if (!$("route-actor").value) return;
      drawRoute({ from: $("route-from").value, to: $("route-to").value, actor: $("route-actor").value,
        through: $("route-through").value });
    });
    $("route-clear").addEventListener("click", clearRoute);

    const lg = [];
    actors.filter((a) => held.has(a.name)).forEach((a) =>
      lg.push(`<div class="lg"><span class="sw" style="background:${esc(a.color)};opacity:.7"></span>${esc(a.name)}</div>`));
    if (held.has("contested")) lg.push('<div class="lg"><span class="sw" style="background:#999;opacity:.5"></span>contested</div>');
    lg.push('<div class="lg"><span class="sw line" style="border-color:#a50026"></span>front line</div>');
    lg.push('<div class="lg"><span class="sw line" style="border-color:#0077bb"></span>route on the date</div>');
    lg.push('<div class="lg"><span class="sw dash" style="border-color:#444"></span>open road (no captures)</div>');
    lg.push('<div class="lg"><span class="sw line" style="border-color:#8c7b6b"></span>main road</div>');
    // event types are checkboxes: unticking one hides its markers (and takes it out of the clusters)
    Object.entries(typeColors).forEach(([t, c]) =>
      lg.push(`<label class="lg"><input type="checkbox" class="fw-type" value="${esc(t)}" checked>` +
        `<span class="sw dot" style="background:${esc(c)}"></span>${esc(t)}</label>`));
    lg.push('<div class="lg"><span class="sw dot" style="background:#5a5a5a;width:14px;height:14px"></span>several events (click to zoom)</div>');
    $("legend-body").innerHTML = lg.join("");
    document.querySelectorAll(".fw-type").forEach((box) => box.addEventListener("change", () => {
      if (box.checked) hiddenTypes.delete(box.value); else hiddenTypes.add(box.value);
      setDate(dateIdx);
    }));
    if (window.matchMedia("(max-width: 700px)").matches) {
      $("panel").classList.add("collapsed"); // on a phone the map comes first; the sheet opens on demand
      $("panel-toggle").setAttribute("aria-expanded", "false");
      // and the attribution folds to its (i) button instead of covering the scale bar
      map.once("load", () => document.querySelectorAll(".maplibregl-ctrl-attrib")
        .forEach((el) => el.classList.remove("maplibregl-compact-show")));
    }
  }

  // ---- start-up and the test hooks --------------------------------------------------------------------------------
  const hooks = {
    map, ready: false, dates,
    dateIndex: () => dateIdx,
    territoryDate: () => currentDate(),
    territoryFeatureCount: () => shown.territory.features.length,
    territoryAreas: () => Object.fromEntries(shown.territory.features.map((f) => [f.properties.actor, f.properties.area_km2])),
    renderedTerritoryCount: () => map.queryRenderedFeatures({ layers: ["territory-fill"] }).length,
    eventCount: () => shown.events,
    setDate: (i) => setDate(i),
    route: (from, to, actor, through) => {
      const r = drawRoute({ from, to, actor, through: through || "unknown" });
      return { found: r.found, km: r.km, open_km: r.open_km, via: r.via, cut_by: r.cut_by.map((c) => c.place) };
    },
    routeFeatureCount: () => (routeRes && routeRes.path ? 1 : 0),
    routeKmText: () => ($("route-km") ? $("route-km").textContent : ""),
    routePoint: () => {
      // screen position of the drawn route's middle vertex, for clicking it
      const f = routeRes && routeRes.path && pathFeature(routeRes.src, routeRes.path, {});
      return f ? map.project(f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)]) : null;
    },
    eventPoint: (id) => { const e = eventById.get(id); return e ? map.project([e.lon, e.lat]) : null; },
    // resolves at the next "idle" (all sources parsed, the frame drawn); the repaint makes sure one comes
    whenIdle: () => new Promise((res) => { map.once("idle", res); map.triggerRepaint(); }),
  };
  window.frontwatchMap = hooks;

  buildPanel();
  map.on("load", () => {
    setDate(dateIdx);
    updateTownLabels();
    map.on("idle", updateClusterCounts);
    map.once("idle", () => {
      hooks.readyAt = performance.now(); // ms since navigation start: the benchmark's time to first render
      hooks.ready = true;
    });
  });
})();
