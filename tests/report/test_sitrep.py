"""Situation reports on the demo corpus: sections, ranking, evidence on every line, and the three file formats."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest

from frontwatch.errors import InputError
from frontwatch.report import build_sitrep, iso_week, significance, write_sitrep
from frontwatch.report._render import markdown

START, END = dt.date(2015, 1, 1), dt.date(2016, 12, 31)


@pytest.fixture(scope="module")
def rep(ws):
    return build_sitrep(ws, START, END)


def test_sections_are_filled_from_the_demo_corpus(rep):
    assert 0 < len(rep.key_events) <= 15
    assert rep.n_events >= len(rep.key_events)
    places = {c["place"] for c in rep.control_changes}
    assert {"Palmyra", "Ramadi"} <= places
    # Every control change points at the events that caused it.
    assert all(c["evidence_events"] for c in rep.control_changes)
    assert "Islamic State" in rep.routes_cut  # Manbij cut Raqqa - Al-Bab in August 2016
    assert any(c["from"] == "Raqqa" for c in rep.routes_cut["Islamic State"])
    assert any(k["person"]["name"] == "Abu Ali al-Anbari" for k in rep.leaders_killed)
    assert any(c["metric"] == "territory share held" for c in rep.claims)
    assert rep.fatalities_by_week and all(re.fullmatch(r"\d{4}-W\d{2}", w) for w in rep.fatalities_by_week)
    assert "Islamic State" in rep.territory
    is_series = rep.territory["Islamic State"]
    assert is_series[0]["date"] == "2015-01-01" and is_series[-1]["date"] == "2016-12-31"
    assert is_series[-1]["area_km2"] < is_series[0]["area_km2"]  # IS lost ground in 2015-16
    assert rep.colors["Islamic State"].startswith("#")


def test_key_events_are_ranked_by_significance(rep):
    scores = [e["score"] for e in rep.key_events]
    assert scores == sorted(scores, reverse=True)
    top_ids = {e["id"] for e in rep.key_events}
    leader = next(k["event"] for k in rep.leaders_killed if k["person"]["name"] == "Abu Ali al-Anbari")
    assert leader["id"] in top_ids


def test_significance_rewards_deaths_sources_and_tags():
    base = {"fatalities_best": 0, "n_sources": 1, "confidence": 0.6, "tags": []}
    assert significance({**base, "fatalities_best": 100}) > significance(base)
    assert significance({**base, "n_sources": 3}) > significance(base)
    assert significance({**base, "tags": ["leader_killed"]}) > significance(base)
    assert significance({**base, "tags": ["background"]}) < significance(base)
    assert iso_week(dt.date(2015, 11, 13)) == "2015-W46"


def test_period_filters_events_and_claims(ws):
    rep = build_sitrep(ws, dt.date(2015, 11, 1), dt.date(2015, 11, 30))
    assert rep.key_events
    assert all("2015-11-01" <= (e["date_end"] or e["date"]) and e["date"] <= "2015-11-30" for e in rep.key_events)
    assert [c["place"] for c in rep.control_changes] == ["Sinjar"]
    assert all("2015-11-01" <= c["date"] <= "2015-11-30" for c in rep.claims)


def test_empty_period_reports_no_changes_without_searching_routes(ws):
    rep = build_sitrep(ws, dt.date(2017, 6, 1), dt.date(2017, 6, 30))
    assert rep.key_events == [] and rep.control_changes == [] and rep.routes_cut == {}
    assert any("no place changed hands" in n for n in rep.notes)
    text = markdown(rep)
    assert "No events in the period." in text and "No leader reported killed" in text


def test_reversed_period_is_a_user_error(ws):
    with pytest.raises(InputError, match="swap"):
        build_sitrep(ws, END, START)


def test_every_event_line_carries_evidence_and_sources(rep):
    lines = markdown(rep).splitlines()
    ids = [i for i, line in enumerate(lines) if re.search(r"\*\*\[f[0-9a-f]{15}\]\*\*", line)]
    assert len(ids) >= len(rep.key_events)
    for i in ids:
        assert lines[i + 1].lstrip().startswith(">"), lines[i]  # the evidence sentence
        assert len(lines[i + 1].strip()) > 20
        assert "source:" in lines[i + 2], lines[i]


def test_markdown_file_with_figures(ws, tmp_path):
    out = write_sitrep(ws, START, END, tmp_path / "rep.md")
    text = out.read_text()
    for heading in ("## Key events", "## Control changes", "## Routes cut", "## Leaders killed", "## Claims",
                    "## Fatalities by actor and ISO week", "## Territory"):
        assert heading in text
    for fig in ("map", "fatalities", "territory"):
        png = tmp_path / "rep_files" / f"{fig}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"rep_files/{fig}.png" in text


def test_html_file_anchors_every_key_event_with_its_evidence(ws, rep, tmp_path):
    out = write_sitrep(ws, START, END, tmp_path / "rep.html")
    page = out.read_text()
    assert page.startswith("<!doctype html>")
    assert page.count("data:image/png;base64,") == 3
    for e in rep.key_events:
        m = re.search(rf'<li class="event" id="ev-{e["id"]}">.*?</li></ul></li>', page, re.S)
        assert m, e["id"]
        assert 'class="evidence"' in m.group(0) and 'class="sources"' in m.group(0)
    assert "<script" not in page.lower()  # evidence text is escaped, never markup


def test_pdf_file_opens(ws, tmp_path):
    out = write_sitrep(ws, START, END, tmp_path / "rep.pdf")
    data = out.read_bytes()
    assert data[:5] == b"%PDF-"
    assert data.rstrip().endswith(b"%%EOF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert pages >= 4  # text pages + three figures


def test_pdf_renders_with_pdftoppm(ws, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed (apt-get install -y poppler-utils); PDF structure is checked above")
    pdf = write_sitrep(ws, dt.date(2015, 11, 1), dt.date(2015, 11, 30), tmp_path / "nov.pdf")
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
                   check=True, timeout=60)
    pngs = list(tmp_path.glob("p*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 1000


def test_unknown_extension_is_refused(ws, tmp_path):
    with pytest.raises(InputError, match=r"\.html, \.md or \.pdf"):
        write_sitrep(ws, START, END, tmp_path / "rep.docx")


def test_sitrep_of_the_demo_db_is_fast(ws, tmp_path):
    import time

    t = time.perf_counter()
    write_sitrep(ws, START, END, tmp_path / "speed.html")
    assert time.perf_counter() - t < 15


def test_html_event_links_all_land_on_an_anchor(ws, tmp_path):
    page = write_sitrep(ws, START, END, tmp_path / "links.html").read_text()
    anchors = re.findall(r'id="ev-([0-9a-f]+)"', page)
    assert len(anchors) == len(set(anchors))  # each anchor once
    links = set(re.findall(r'href="#ev-([0-9a-f]+)"', page))
    assert links and links <= set(anchors)
