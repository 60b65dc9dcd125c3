"""The pipeline: a plain list of steps over Articles, and the `Coder` that runs it.

    ingest -> clean -> nlp -> actors -> events -> dates -> geo -> (write)

A step is any callable taking an iterable of Articles and yielding them, in order. Steps
pass skipped and failed articles through untouched, so every input reaches the writer and
is accounted for. The actor and event coders are spaCy components wrapped as steps: a
replacement coder only has to be another component (or another step) in this list.

A document may hold any one step for at most `Settings.doc_timeout` seconds (`time_limit`);
past that it is failed with reason "STEP: timeout: ..." and the batch goes on.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from types import FrameType

from spacy.language import Language
from spacy.tokens import Doc

from communique.config import Settings
from communique.errors import CommuniqueError, DocumentError
from communique.model import Article, Status
from communique.nlp.loader import load_spacy
from communique.nlp.parse import parse_texts

Step = Callable[[Iterable[Article]], Iterator[Article]]

log = logging.getLogger(__name__)


class DocumentTimeout(DocumentError):
    """One document held a pipeline step longer than `Settings.doc_timeout`."""


@dataclass
class _Alarm:
    armed: bool = True


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` inside the block once `seconds` have passed.

    SIGALRM interrupts Python code (regular expressions included); a single long call into
    compiled code (one spaCy parse) is stopped when it returns to Python. The alarm is only
    armed in the main thread (elsewhere the block runs without a limit). A timer that was
    already running (a caller's alarm, pytest-timeout) is put back afterwards with the time it
    had left; if it would fire first anyway, it is left alone.
    """
    if (
        not seconds
        or seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if 0 < outer_left <= seconds:
        yield
        return
    alarm = _Alarm()

    def expire(signum: int, frame: FrameType | None) -> None:
        if alarm.armed:  # an alarm that lands after the block has ended is ignored
            raise DocumentTimeout(f"timeout: took longer than {seconds:g}s (doc_timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        try:
            alarm.armed = False
        finally:  # restored even if the alarm fired on the line above
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            if outer_left > 0:
                left = max(outer_left - (time.monotonic() - started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


def clean_step(
    articles: Iterable[Article], timeout: float | None = None, max_chars: int | None = None
) -> Iterator[Article]:
    """Cuts over-long texts to `max_chars` first (a prefix: offsets stay valid), so cleaning,
    masking and parsing a 50 MB page cost what a `max_chars` one does; then cleans."""
    from communique.clean import clean_article

    for article in articles:
        if article.is_active:
            if max_chars is not None and len(article.text) > max_chars:
                article.warnings.append(
                    f"text of {len(article.text)} characters cut to {max_chars} for parsing"
                )
                article.text = article.text[:max_chars]
            _guarded(article, "clean", clean_article, article, timeout=timeout)
        yield article


@dataclass
class NlpStep:
    """Parses active articles in batches; sets the Doc and the extension attributes the components read."""

    nlp: Language
    batch_size: int = 32
    max_chars: int = 1_000_000
    # Per batch, then per document when the batch overran (only the slow one is failed).
    doc_timeout: float | None = None

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._parse(batch)
                batch = []
        if batch:
            yield from self._parse(batch)

    def _parse(self, batch: list[Article]) -> Iterator[Article]:
        active = [a for a in batch if a.is_active]
        for article in active:
            if len(article.text) > self.max_chars:
                article.warnings.append(
                    f"text of {len(article.text)} characters cut to {self.max_chars} for parsing"
                )
        texts = [a.masked_text()[: self.max_chars] for a in active]
        try:
            with time_limit(self.doc_timeout):
                docs = list(parse_texts(self.nlp, texts, batch_size=self.batch_size))
        except Exception as batch_error:  # noqa: BLE001 - isolate the document that broke the batch
            docs = []
            for article, text in zip(active, texts, strict=True):
                try:
                    if len(active) == 1:  # it was this document: parsing it again would only repeat that
                        raise batch_error
                    with time_limit(self.doc_timeout):
                        docs.extend(parse_texts(self.nlp, [text]))
                except CommuniqueError as exc:
                    article.fail(f"nlp: {exc}")
                    docs.append(None)  # type: ignore[arg-type]
                except Exception as exc:  # noqa: BLE001
                    article.fail(f"nlp: {type(exc).__name__}: {exc}")
                    docs.append(None)  # type: ignore[arg-type]
        for article, doc in zip(active, docs, strict=True):
            if doc is None:
                continue
            doc._.doc_id = article.doc_id
            doc._.doc_date = article.date
            doc._.furniture = [(f.start, f.end) for f in article.furniture]
            doc._.events = []
            article.doc = doc
            article.n_sentences = sum(
                1 for sent in doc.sents if not sent.text.isspace() and sent.text.strip()
            )
        yield from batch


@dataclass
class ComponentStep:
    """Runs a spaCy component (a callable Doc -> Doc) on each parsed article."""

    name: str
    component: Callable[[Doc], Doc]
    timeout: float | None = None

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if article.is_active and article.doc is not None:
                _guarded(article, self.name, self.component, article.doc, timeout=self.timeout)
            yield article


def collect_events_step(articles: Iterable[Article]) -> Iterator[Article]:
    """Moves the events the event component set on the Doc onto the Article."""
    for article in articles:
        if article.is_active and article.doc is not None:
            article.events = list(article.doc._.events or [])
            for event in article.events:
                event.doc_date = article.date
        yield article


@dataclass
class FunctionStep:
    """Runs `function(article)` on each active article (the date and geo steps)."""

    name: str
    function: Callable[[Article], None]
    timeout: float | None = None

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if article.is_active and article.doc is not None:
                _guarded(article, self.name, self.function, article, timeout=self.timeout)
            yield article


def finish_step(articles: Iterable[Article]) -> Iterator[Article]:
    """Marks what came through as coded and lets go of the Doc (memory stays flat over long runs)."""
    for article in articles:
        if article.status is Status.PENDING:
            article.status = Status.CODED
        article.doc = None
        yield article


def _guarded(
    article: Article, step: str, function: Callable[..., object], *args: object, timeout: float | None = None
) -> None:
    """A failure (or a timeout) inside one document fails that document only, with the reason."""
    try:
        with time_limit(timeout):
            function(*args)
    except CommuniqueError as exc:
        article.fail(f"{step}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one bad document must never stop the batch
        log.debug("step %s failed on %s", step, article.doc_id, exc_info=True)
        article.fail(f"{step}: {type(exc).__name__}: {exc}")


def build_steps(settings: Settings, keep_docs: bool = False) -> list[Step]:
    """The default pipeline after ingest, each stage a step."""
    import communique.actors.component  # noqa: F401 - registers the cameo_actors factory
    import communique.events.component  # noqa: F401 - registers the cameo_events factory
    from communique.clean.language import default_detector
    from communique.dates import resolve_event_dates
    from communique.geo import Gazetteer, locate_events

    nlp = load_spacy(settings)
    actors = nlp.create_pipe(
        "cameo_actors",
        config={"dictionaries": [str(p) for p in settings.actors], "shipped": settings.shipped_dictionaries},
    )
    events = nlp.create_pipe(
        "cameo_events",
        config={"extra_patterns": [str(p) for p in settings.verbs], "shipped": settings.shipped_verbs},
    )
    gazetteer = Gazetteer.load()
    default_detector()  # loaded here, not inside the first document's time limit
    limit = settings.doc_timeout
    steps: list[Step] = [
        partial(clean_step, timeout=limit, max_chars=settings.max_chars),
        NlpStep(nlp, batch_size=settings.batch_size, max_chars=settings.max_chars, doc_timeout=limit),
        ComponentStep("actors", actors, limit),
        ComponentStep("events", events, limit),
        collect_events_step,
        FunctionStep("dates", resolve_event_dates, limit),
        FunctionStep("geo", lambda article: locate_events(article, gazetteer), limit),
    ]
    if not keep_docs:
        steps.append(finish_step)
    return steps


def run_steps(articles: Iterable[Article], steps: list[Step]) -> Iterator[Article]:
    stream: Iterable[Article] = articles
    for step in steps:
        stream = step(stream)
    yield from stream


class Coder:
    """Codes articles with the default pipeline; the library entry point behind `communique code`."""

    def __init__(self, settings: Settings | None = None, keep_docs: bool = False) -> None:
        self.settings = settings or Settings()
        self.steps = build_steps(self.settings, keep_docs=keep_docs)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in run_steps(articles, self.steps):
            if article.status is Status.PENDING:
                article.status = Status.CODED
            yield article

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> Article:
        article = Article(doc_id=doc_id, text=text, date=date)
        if not text.strip():
            article.skip("empty document")
        return next(self.code_articles([article]))
