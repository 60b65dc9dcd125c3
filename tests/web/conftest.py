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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from communique.events.codes import CameoCodes
from communique.model import Actor, Article, Event, Location, SentenceRef, Status, TextSpan

# -- the corpus ---------------------------------------------------------------------------------
# A small hand-written news corpus, coded by hand, for the dashboard's browser tests.
#
# Four short documents (our own sentences) with their events: a meeting in Geneva reported by two
# papers on the same day (so the store deduplicates it into one event with two mentions), a run of
# US-Russia events over a week, and events with coordinates for the map. One document id contains a
# "/" (ids of files in sub-folders do) and one text starts with an emoji, which is one code point in
# Python but two UTF-16 units in JavaScript: the marks the page draws must still fall on the right
# words. Goldstein values and quad classes come from the shipped CAMEO code table, not from here.


@dataclass(frozen=True)
class ActorSpec:
    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str | None
    words: str


@dataclass(frozen=True)
class PlaceSpec:
    name: str
    country: str
    lat: float
    lon: float
    words: str


@dataclass(frozen=True)
class EventSpec:
    sentence: int
    source: ActorSpec | None
    verb: str
    target: ActorSpec | None
    code: str
    date: str | None
    date_text: str | None = None
    place: PlaceSpec | None = None


@dataclass(frozen=True)
class DocSpec:
    doc_id: str
    title: str
    date: str
    source: str
    sentences: tuple[str, ...]
    events: tuple[EventSpec, ...]
    headline: bool = False  # the first sentence is a headline on a line of its own


US = ActorSpec("USAGOV", "USA", ("GOV",), "United States", "The United States")
US_MID = ActorSpec("USAGOV", "USA", ("GOV",), "United States", "the United States")
WASHINGTON = ActorSpec("USAGOV", "USA", ("GOV",), "United States", "Washington")
AMERICAN = ActorSpec("USAGOV", "USA", ("GOV",), "United States", "American")
RUSSIA = ActorSpec("RUSGOV", "RUS", ("GOV",), "Russia", "Russia")
RUSSIAN_OFFICIALS = ActorSpec("RUSGOV", "RUS", ("GOV",), "Russia", "Russian officials")
RUSSIAN_DIPLOMATS = ActorSpec("RUSGOV", "RUS", ("GOV",), "Russia", "Russian diplomats")
MOSCOW = ActorSpec("RUSGOV", "RUS", ("GOV",), "Russia", "Moscow")
FRANCE = ActorSpec("FRAGOV", "FRA", ("GOV",), "France", "France")
GERMANY = ActorSpec("DEUGOV", "DEU", ("GOV",), "Germany", "Germany")
UKRAINE_FORCES = ActorSpec("UKRMIL", "UKR", ("MIL",), None, "Ukrainian forces")
RUSSIAN_POSITIONS = ActorSpec("RUSMIL", "RUS", ("MIL",), None, "Russian positions")
UKRAINE = ActorSpec("UKRGOV", "UKR", ("GOV",), "Ukraine", "Ukraine")

GENEVA = PlaceSpec("Geneva", "CHE", 46.2044, 6.1432, "Geneva")
BELGOROD = PlaceSpec("Belgorod", "RUS", 50.5977, 36.5858, "Belgorod")
VIENNA = PlaceSpec("Vienna", "AUT", 48.2085, 16.3721, "Vienna")

DOCUMENTS: tuple[DocSpec, ...] = (
    DocSpec(
        doc_id="briefing-0302.txt",
        title="Morning briefing: talks in Geneva",
        date="2026-03-02",
        source="Example Wire",
        sentences=(
            "\N{NEWSPAPER} Morning briefing",
            "The United States met Russian officials in Geneva on Monday.",
            "Washington accused Moscow of violating the ceasefire.",
            "France praised Germany for its aid package.",
        ),
        headline=True,
        events=(
            EventSpec(1, US, "met", RUSSIAN_OFFICIALS, "044", "2026-03-02", "on Monday", GENEVA),
            EventSpec(2, WASHINGTON, "accused", MOSCOW, "112", "2026-03-02"),
            EventSpec(3, FRANCE, "praised", GERMANY, "051", "2026-03-02"),
        ),
    ),
    DocSpec(
        doc_id="wire/sanctions-0303.txt",
        title="Threats, sanctions and shelling",
        date="2026-03-03",
        source="Another Wire",
        sentences=(
            "Russia threatened the United States with retaliation on Tuesday.",
            "The United States imposed sanctions on Russia.",
            "Ukrainian forces shelled Russian positions near Belgorod.",
        ),
        events=(
            EventSpec(0, RUSSIA, "threatened", US_MID, "130", "2026-03-03", "on Tuesday"),
            EventSpec(1, US, "imposed sanctions", RUSSIA, "163", "2026-03-03"),
            EventSpec(2, UKRAINE_FORCES, "shelled", RUSSIAN_POSITIONS, "190", "2026-03-03", None, BELGOROD),
        ),
    ),
    DocSpec(
        doc_id="geneva-followup.txt",
        title="Diplomats meet in Geneva",
        date="2026-03-02",
        source="Third Paper",
        sentences=(
            "American and Russian diplomats met in Geneva on Monday, officials said.",
            "Russia rejected the American proposal.",
        ),
        events=(
            EventSpec(0, AMERICAN, "met", RUSSIAN_DIPLOMATS, "044", "2026-03-02", "on Monday", GENEVA),
            EventSpec(1, RUSSIA, "rejected", AMERICAN, "120", "2026-03-02"),
        ),
    ),
    DocSpec(
        doc_id="aid-0310.txt",
        title="Aid for Ukraine, talks in Vienna",
        date="2026-03-10",
        source="Example Wire",
        sentences=(
            "The United States sent humanitarian aid to Ukraine.",
            "Russia and the United States agreed to resume talks in Vienna.",
        ),
        events=(
            EventSpec(0, US, "sent humanitarian aid", UKRAINE, "070", "2026-03-10"),
            EventSpec(1, RUSSIA, "agreed to resume talks", US_MID, "036", "2026-03-10", None, VIENNA),
        ),
    ),
)


def _find(sentence: SentenceRef, words: str) -> tuple[int, int]:
    at = sentence.text.find(words)
    if at < 0:
        raise ValueError(f"{words!r} is not in the sentence {sentence.text!r}")
    return sentence.start + at, sentence.start + at + len(words)


def _actor(spec: ActorSpec | None, sentence: SentenceRef) -> Actor | None:
    if spec is None:
        return None
    start, end = _find(sentence, spec.words)
    return Actor(spec.code, spec.country, spec.sectors, spec.name, spec.words, start, end)


def build_article(spec: DocSpec, codes: CameoCodes) -> Article:
    """The Article as the coder would leave it: text, sentences, and events with document offsets."""
    sentences: list[SentenceRef] = []
    pieces: list[str] = []
    offset = 0
    for index, sentence_text in enumerate(spec.sentences):
        separator = "\n" if index == 0 and spec.headline else " "
        sentences.append(SentenceRef(index, offset, offset + len(sentence_text), sentence_text))
        pieces.append(sentence_text + separator)
        offset += len(sentence_text) + len(separator)
    text = "".join(pieces).rstrip(" ")
    events: list[Event] = []
    for event_spec in spec.events:
        sentence = sentences[event_spec.sentence]
        verb_start, verb_end = _find(sentence, event_spec.verb)
        location = None
        if event_spec.place is not None:
            start, end = _find(sentence, event_spec.place.words)
            place = event_spec.place
            location = Location(place.name, place.country, place.lat, place.lon, place.words, start, end)
        events.append(
            Event(
                doc_id=spec.doc_id,
                sentence=sentence,
                source=_actor(event_spec.source, sentence),
                target=_actor(event_spec.target, sentence),
                code=event_spec.code,
                quad_class=codes.quad_class(event_spec.code),
                goldstein=codes.goldstein(event_spec.code),
                verb=TextSpan(event_spec.verb, verb_start, verb_end),
                doc_date=spec.date,
                date=event_spec.date,
                date_text=event_spec.date_text,
                date_precision="day" if event_spec.date else None,
                location=location,
                confidence=0.9,
            )
        )
    return Article(
        doc_id=spec.doc_id,
        text=text,
        title=spec.title,
        date=spec.date,
        source=spec.source,
        status=Status.CODED,
        events=events,
        n_sentences=len(sentences),
    )


def build_articles(codes: CameoCodes) -> list[Article]:
    return [build_article(spec, codes) for spec in DOCUMENTS]


# -- the server and the browser --------------------------------------------------------------------

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
