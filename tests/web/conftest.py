"""Fixtures for the web map tests: a demo database, its map written to a file, and headless Debian Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import frontwatch
from frontwatch.web import write_map

CHROMIUM = Path("/usr/bin/chromium")
#: Debian's Chromium, headless, with WebGL on SwiftShader (CPU) since there is no GPU; no background network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                 "--use-gl=angle"]
#: Console messages that are not errors of the page: SwiftShader's performance notes about ReadPixels.
BENIGN = ("GL Driver Message", "GPU stall due to ReadPixels")



@pytest.fixture(scope="session")
def map_file(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with frontwatch.open(demo_db) as ws:
        return write_map(ws, tmp_path_factory.mktemp("web-map") / "map.html")


@pytest.fixture
def artifacts(tmp_path: Path) -> Path:
    """Where screenshots go: $FRONTWATCH_ARTIFACTS (kept by CI) or the test's tmp_path."""
    d = Path(os.environ.get("FRONTWATCH_ARTIFACTS") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright to run the browser tests")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class MapPage:
    """A page with the map loaded, plus what it logged and every request that left file://."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.remote: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text)
                if m.type == "error" and not any(b in m.text for b in BENIGN) else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: self.remote.append(r.url)
                if not r.url.startswith(("file:", "blob:", "data:")) else None)

    def open(self, path: Path) -> MapPage:
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.frontwatchMap && window.frontwatchMap.ready", timeout=30_000)
        return self

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def idle(self) -> None:
        self.page.evaluate("window.frontwatchMap.whenIdle()")


def _page(browser: Any, width: int, height: int) -> Iterator[MapPage]:
    ctx = browser.new_context(viewport={"width": width, "height": height})
    try:
        yield MapPage(ctx.new_page())
    finally:
        ctx.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[MapPage]:
    yield from _page(browser, 1280, 800)


@pytest.fixture
def phone(browser: Any) -> Iterator[MapPage]:
    yield from _page(browser, 390, 760)
