"""Write a Sitrep as a PDF with matplotlib alone (text pages, then the figures): no system dependency."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from ._plots import figures
from ._render import text_lines

if TYPE_CHECKING:
    from ..workspace import Workspace
    from . import Sitrep

A4 = (8.27, 11.69)  # inches
LINES_PER_PAGE = 62
WRAP = 105  # characters per line at 7.5 pt monospace on A4


def _wrapped(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        out += textwrap.wrap(line, WRAP, subsequent_indent=" " * (indent + 2)) or [""]
    return out


def write_pdf(rep: Sitrep, path: Path, ws: Workspace) -> None:
    """Text of the report over as many A4 pages as it needs, then one page per figure."""
    lines = _wrapped(text_lines(rep))
    with PdfPages(path, metadata={"Title": rep.title, "Creator": "frontwatch"}) as pdf:
        for i in range(0, len(lines), LINES_PER_PAGE):
            fig = Figure(figsize=A4)
            page = lines[i:i + LINES_PER_PAGE]
            for j, line in enumerate(page):
                heading = line.startswith("#")
                fig.text(0.06, 0.96 - j * 0.0148, line.lstrip("# ") if heading else line,
                         family="monospace" if not heading else "sans-serif", fontsize=10 if heading else 7.5,
                         weight="bold" if heading else "normal", va="top")
            fig.text(0.5, 0.02, f"{rep.title} - page {i // LINES_PER_PAGE + 1}", ha="center", fontsize=6)
            pdf.savefig(fig)
        for fig in figures(rep, ws).values():
            fig.set_size_inches(A4[0], A4[0] * 0.8)
            pdf.savefig(fig)
