"""Render a Sitrep as Markdown, HTML or plain text lines; every event line carries its evidence and sources."""

from __future__ import annotations

import base64
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..workspace import Workspace
    from . import Sitrep


def deaths(e: dict[str, Any]) -> str:
    """Fatalities as text: "12 killed", "at least 24 killed", "10-20 killed" or ""."""
    low, best, high = e.get("fatalities_low"), e.get("fatalities_best"), e.get("fatalities_high")
    if best is None:
        return ""
    if high is None:
        return f"at least {low or best} killed"
    if low is not None and low != high:
        return f"{low}-{high} killed (best {best})"
    return f"{best} killed"


def headline(e: dict[str, Any]) -> str:
    """One-line summary of an event: date, place, type, actors, toll."""
    who = " vs ".join(x for x in (e.get("actor1"), e.get("actor2")) if x) or "unknown actors"
    kind = e.get("sub_event_type") or e.get("event_type") or "event"
    where = f"{e.get('location') or 'unknown place'} ({e.get('country') or '?'})"
    parts = [f"{e.get('date')}", where, kind, who]
    if deaths(e):
        parts.append(deaths(e))
    if e.get("tags"):
        parts.append("tags: " + ", ".join(e["tags"]))
    parts.append(f"{e.get('n_sources', 1)} source(s), confidence {e.get('confidence')}")
    return " · ".join(parts)


def sources_of(e: dict[str, Any]) -> list[dict[str, Any]]:
    """The event's sources; a raw event is its own single source."""
    return e.get("sources") or [{k: e.get(k) for k in ("article_id", "source", "url", "published", "evidence")}]


def _src_text(s: dict[str, Any]) -> str:
    where = s.get("url") or f"article {s.get('article_id')}"
    return f"{s.get('source') or 'unknown source'}, {s.get('published') or 'undated'} ({where})"


def _md_event(e: dict[str, Any]) -> list[str]:
    out = [f"- **[{e['id']}]** {headline(e)}", f"  > {e.get('evidence') or '(no evidence sentence)'}"]
    for s in sources_of(e):
        out.append(f"  - source: {_src_text(s)}: \"{s.get('evidence') or ''}\"")
    return out


def markdown(rep: Sitrep, figures: dict[str, str] | None = None) -> str:
    """The report as Markdown; ``figures`` maps figure name -> relative image path to link."""
    figures = figures or {}
    md = [f"# {rep.title}", "",
          f"{rep.n_events} fused events in the period; theatre pack `{rep.theatre}`. "
          "Every line gives the event id, the evidence sentence and its sources.", ""]
    if "map" in figures:
        md += [f"![Map of the period]({figures['map']})", ""]
    md += ["## Key events", ""]
    md += [x for e in rep.key_events for x in _md_event(e)] or ["No events in the period."]
    md += ["", "## Control changes", ""]
    for c in rep.control_changes:
        md.append(f"- {c['date']} **{c['place']}** ({c.get('country')}): {c.get('from_actor') or '?'} → "
                  f"{c.get('to_actor') or '?'}{' (contested)' if c.get('contested') else ''}")
        for e in c["evidence_events"]:
            md += ["  " + x for x in _md_event(e)]
    if not rep.control_changes:
        md.append("No place changed hands in the period.")
    md += ["", "## Routes cut", ""]
    for actor, cuts in rep.routes_cut.items():
        md.append(f"### {actor}")
        for c in cuts:
            after = f"{c['km_after']} km" if c.get("found_after") else "no route left"
            md.append(f"- {c['date']} {c['from']} → {c['to']}: {c['km_before']} km before, {after}")
            for b in c.get("cut_by", []):
                md.append(f"  - cut by **[{b.get('event_id')}]** {b['date']} {b['place']}: "
                          f"{b.get('actor_from')} → {b.get('actor_to')}")
                md.append(f"    > {b.get('evidence') or ''}")
                md.append(f"    - source: {b.get('source') or 'unknown source'} ({b.get('url') or 'no url'})")
    if not rep.routes_cut:
        md.append("No route between the main actors' towns was cut in the period.")
    md += ["", "## Leaders killed", ""]
    for k in rep.leaders_killed:
        p = k["person"]
        who = f"**{p.get('name') or 'unnamed leader'}**" + (f", {p['position']}" if p.get("position") else "") + \
            (f" ({p['affiliation']})" if p.get("affiliation") else "")
        md.append(f"- {who}")
        md += ["  " + x for x in _md_event(k["event"])]
    if not rep.leaders_killed:
        md.append("No leader reported killed in the period.")
    md += ["", "## Claims", ""]
    for c in rep.claims:
        md.append(f"- {c['date']} {c.get('subject') or '?'}: {c['metric']} = {c['value']} {c.get('unit') or ''} "
                  f"(said by {c.get('said_by') or 'unattributed'}) **[{c['id']}]**")
        md.append(f"  > {c.get('evidence') or ''}")
        md.append(f"  - source: article {c.get('article_id')}")
    if not rep.claims:
        md.append("No quantitative claims in the period.")
    md += ["", "## Fatalities by actor and ISO week", ""]
    if rep.fatalities_by_week:
        md += ["| week | actor | deaths |", "|---|---|---|"]
        md += [f"| {w} | {a} | {n} |" for w, v in rep.fatalities_by_week.items() for a, n in v.items()]
        if "fatalities" in figures:
            md += ["", f"![Fatalities per week]({figures['fatalities']})"]
    else:
        md.append("No fatalities reported in the period.")
    md += ["", "## Territory", ""]
    if rep.territory:
        md += ["| actor | date | area km² | share | change km² |", "|---|---|---|---|---|"]
        for actor, rows in rep.territory.items():
            first, last = rows[0], rows[-1]
            for r in (first, last) if len(rows) > 1 else (first,):
                md.append(f"| {actor} | {r['date']} | {r['area_km2']:,.0f} | {r['share']:.1%} | "
                          f"{r['area_km2'] - first['area_km2']:+,.0f} |")
        if "territory" in figures:
            md += ["", f"![Territory]({figures['territory']})"]
    else:
        md.append("No territory series for the period.")
    if rep.notes:
        md += ["", "## Notes", ""] + [f"- {n}" for n in rep.notes]
    return "\n".join(md) + "\n"


def _h_event(e: dict[str, Any], anchor: bool = True) -> str:
    eid = escape(e["id"])
    srcs = []
    for s in sources_of(e):
        link = (f'<a href="{escape(s["url"])}">{escape(s.get("source") or s["url"])}</a>' if s.get("url")
                else escape(s.get("source") or "unknown source") + f" (article {escape(str(s.get('article_id')))})")
        srcs.append(f"<li>{link}, {escape(str(s.get('published') or 'undated'))}: "
                    f"<q>{escape(s.get('evidence') or '')}</q></li>")
    ident = f' id="ev-{eid}"' if anchor else ""
    return (f'<li class="event"{ident}><a class="eid" href="#ev-{eid}">[{eid}]</a> {escape(headline(e))}'
            f'<blockquote class="evidence">{escape(e.get("evidence") or "(no evidence sentence)")}</blockquote>'
            f'<ul class="sources">{"".join(srcs)}</ul></li>')


CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
blockquote.evidence{margin:.2rem 0 .2rem 1rem;padding-left:.6rem;border-left:3px solid #0072B2;color:#333}
ul.sources{font-size:.85rem;color:#555}li.event{margin-bottom:.6rem}a.eid{font-family:monospace}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}img{max-width:100%}
.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #000;vertical-align:middle}"""


def html(rep: Sitrep, ws: Workspace | None = None) -> str:
    """The report as one self-contained HTML page (figures embedded as PNG data URIs when ``ws`` is given)."""
    imgs: dict[str, str] = {}
    if ws is not None:
        from ._plots import figures, png_bytes

        imgs = {k: base64.b64encode(png_bytes(f)).decode() for k, f in figures(rep, ws).items()}

    def img(name: str, alt: str) -> str:
        return f'<p><img alt="{alt}" src="data:image/png;base64,{imgs[name]}"></p>' if name in imgs else ""

    anchored: set[str] = set()

    def ev(e: dict[str, Any]) -> str:
        # The first rendering of an event carries its id anchor, so every "[id]" link lands somewhere.
        first = e["id"] not in anchored
        anchored.add(e["id"])
        return _h_event(e, anchor=first)

    def ref(eid: str | None) -> str:
        # Link only to events rendered above; an id without an anchor stays plain text.
        label = f"[{escape(str(eid))}]"
        return f'<a class="eid" href="#ev-{escape(eid)}">{label}</a>' if eid in anchored else \
            f'<span class="eid">{label}</span>'

    def sw(actor: str | None) -> str:
        c = rep.colors.get(actor or "")
        return f'<span class="swatch" style="background:{escape(c)}"></span> ' if c else ""

    h = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(rep.title)}</title>"
         f"<style>{CSS}</style></head><body><h1>{escape(rep.title)}</h1>",
         f"<p>{rep.n_events} fused events in the period; theatre pack <code>{escape(rep.theatre)}</code>. "
         "Every line links its event id, evidence sentence and sources.</p>", img("map", "Map of the period"),
         "<h2 id='key-events'>Key events</h2><ol>"]
    h += [ev(e) for e in rep.key_events] or ["<li>No events in the period.</li>"]
    h.append("</ol><h2 id='control-changes'>Control changes</h2><ul>")
    for c in rep.control_changes:
        evs = "".join(ev(e) for e in c["evidence_events"])
        h.append(f"<li>{escape(c['date'])} <b>{escape(c['place'])}</b> ({escape(str(c.get('country')))}): "
                 f"{sw(c.get('from_actor'))}{escape(c.get('from_actor') or '?')} → {sw(c.get('to_actor'))}"
                 f"{escape(c.get('to_actor') or '?')}{' (contested)' if c.get('contested') else ''}<ul>{evs}</ul></li>")
    if not rep.control_changes:
        h.append("<li>No place changed hands in the period.</li>")
    h.append("</ul><h2 id='routes-cut'>Routes cut</h2>")
    for actor, cuts in rep.routes_cut.items():
        h.append(f"<h3>{sw(actor)}{escape(actor)}</h3><ul>")
        for c in cuts:
            after = f"{c['km_after']} km" if c.get("found_after") else "no route left"
            by = "".join(
                f"<li>cut by {ref(b.get('event_id'))} {escape(b['date'])} {escape(b['place'])}: {escape(str(b.get('actor_from')))} → "
                f"{escape(str(b.get('actor_to')))}<blockquote class='evidence'>{escape(b.get('evidence') or '')}"
                f"</blockquote><ul class='sources'><li>"
                + (f'<a href="{escape(b["url"])}">{escape(b.get("source") or b["url"])}</a>' if b.get("url")
                   else escape(b.get("source") or "unknown source"))
                + "</li></ul></li>" for b in c.get("cut_by", []))
            h.append(f"<li>{escape(c['date'])} {escape(c['from'])} → {escape(c['to'])}: {c['km_before']} km before, "
                     f"{escape(after)}<ul>{by}</ul></li>")
        h.append("</ul>")
    if not rep.routes_cut:
        h.append("<p>No route between the main actors' towns was cut in the period.</p>")
    h.append("<h2 id='leaders-killed'>Leaders killed</h2><ul>")
    for k in rep.leaders_killed:
        p = k["person"]
        who = escape(p.get("name") or "unnamed leader") + (f", {escape(p['position'])}" if p.get("position") else "")
        h.append(f"<li><b>{who}</b> ({escape(p.get('affiliation') or '?')})<ul>{ev(k['event'])}</ul></li>")
    if not rep.leaders_killed:
        h.append("<li>No leader reported killed in the period.</li>")
    h.append("</ul><h2 id='claims'>Claims</h2><ul>")
    for c in rep.claims:
        h.append(f"<li id='cl-{escape(c['id'])}'>{escape(c['date'])} {escape(c.get('subject') or '?')}: "
                 f"{escape(c['metric'])} = {c['value']} {escape(c.get('unit') or '')} (said by "
                 f"{escape(c.get('said_by') or 'unattributed')}) <span class='eid'>[{escape(c['id'])}]</span>"
                 f"<blockquote class='evidence'>{escape(c.get('evidence') or '')}</blockquote>"
                 f"<ul class='sources'><li>article {escape(str(c.get('article_id')))}</li></ul></li>")
    if not rep.claims:
        h.append("<li>No quantitative claims in the period.</li>")
    h.append("</ul><h2 id='fatalities'>Fatalities by actor and ISO week</h2>")
    if rep.fatalities_by_week:
        h.append(img("fatalities", "Fatalities per week"))
        h.append("<table><tr><th>week</th><th>actor</th><th>deaths</th></tr>" + "".join(
            f"<tr><td>{escape(w)}</td><td>{sw(a)}{escape(a)}</td><td>{n}</td></tr>"
            for w, v in rep.fatalities_by_week.items() for a, n in v.items()) + "</table>")
    else:
        h.append("<p>No fatalities reported in the period.</p>")
    h.append("<h2 id='territory'>Territory</h2>")
    if rep.territory:
        h.append(img("territory", "Territory held"))
        h.append("<table><tr><th>actor</th><th>from</th><th>to</th><th>area km² (start → end)</th></tr>")
        for actor, rows in rep.territory.items():
            h.append(f"<tr><td>{sw(actor)}{escape(actor)}</td><td>{rows[0]['date']}</td><td>{rows[-1]['date']}</td>"
                     f"<td>{rows[0]['area_km2']:,.0f} → {rows[-1]['area_km2']:,.0f} "
                     f"({rows[-1]['area_km2'] - rows[0]['area_km2']:+,.0f})</td></tr>")
        h.append("</table>")
    else:
        h.append("<p>No territory series for the period.</p>")
    if rep.notes:
        h.append("<h2>Notes</h2><ul>" + "".join(f"<li>{escape(n)}</li>" for n in rep.notes) + "</ul>")
    h.append("</body></html>")
    return "\n".join(x for x in h if x)


def text_lines(rep: Sitrep) -> list[str]:
    """The Markdown report without its markup characters, for the PDF's text pages."""
    out = []
    for line in markdown(rep).splitlines():
        out.append(line.replace("**", "").replace("`", ""))
    return out
