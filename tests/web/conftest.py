"""Fixtures for the dashboard tests: a real DuckDB store built from hand-coded articles, the real
API app served by uvicorn on a free localhost port, and Debian's Chromium driven by Playwright.

Nothing is downloaded: Playwright only drives /usr/bin/chromium (install it with
`bash scripts/install_browser.sh`); without it the browser tests skip and say why.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_corpus import build_articles

# Debian's package; COMMUNIQUE_CHROMIUM points elsewhere (another distribution's chromium binary).
CHROMIUM = Path(os.environ.get("COMMUNIQUE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-output" / "web"


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB event store holding the hand-coded corpus of web_corpus.py, closed after loading."""
    from communique.events.codes import load_cameo_codes
    from communique.store.writer import Store

    path = tmp_path_factory.mktemp("web-store") / "events.duckdb"
    with Store(path) as store:
        store.ingest(build_articles(load_cameo_codes()))
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server_url(demo_store: Path) -> Iterator[str]:
    """The real API app over the demo store, served by uvicorn in a thread."""
    import uvicorn

    from communique.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="dashboard-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"uvicorn did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def api_get(server_url: str) -> Iterator[Any]:
    """GET a JSON API path on the test server (what the page should show, asked independently)."""
    import httpx

    with httpx.Client(base_url=server_url, timeout=10) as client:

        def get(path: str, **params: Any) -> Any:
            response = client.get(path, params=params)
            response.raise_for_status()
            return response.json()

        yield get


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install it with `bash scripts/install_browser.sh`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class ConsoleWatch:
    """Script errors and console errors of a page; a test that provokes an HTTP error allows it."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.allowed: list[str] = []

    def allow(self, fragment: str) -> None:
        self.allowed.append(fragment)

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(fragment in p for fragment in self.allowed)]


@pytest.fixture
def console() -> ConsoleWatch:
    return ConsoleWatch()


@pytest.fixture
def page(browser: Any, server_url: str, console: ConsoleWatch) -> Iterator[Any]:
    """A fresh page on the test server; fails the test on any uncaught script error or console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server_url)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.on("pageerror", lambda exc: console.problems.append(f"page error: {exc}"))
    tab.on(
        "console",
        lambda msg: (
            console.problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
        ),
    )
    yield tab
    context.close()
    assert not console.unexpected(), "\n".join(console.unexpected())


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
