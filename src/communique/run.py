"""Running a coding job: inputs in, records out, every document accounted for.

`code_inputs` is what `communique code` calls: it reads the inputs, runs the pipeline, hands
each event record to a writer and each finished article to an optional callback, and returns
a `RunSummary` (documents coded / skipped / failed with reasons, sentences, events, time).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from communique.config import Settings
from communique.model import Article, Modality, Status


@dataclass
class RunSummary:
    documents: int = 0
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    sentences: int = 0
    events: int = 0
    seconds: float = 0.0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, status, reason)

    def add(self, article: Article, events_written: int) -> None:
        self.documents += 1
        self.sentences += article.n_sentences
        self.events += events_written
        if article.status is Status.CODED:
            self.coded += 1
        elif article.status is Status.SKIPPED:
            self.skipped += 1
            self.problems.append((article.doc_id, "skipped", article.reason or ""))
        else:
            self.failed += 1
            self.problems.append((article.doc_id, "failed", article.reason or ""))

    def describe(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (
            f"{self.documents} documents ({self.coded} coded, {self.skipped} skipped, {self.failed} failed), "
            f"{self.sentences} sentences, {self.events} events in {self.seconds:.1f}s ({rate:.1f} docs/s)"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "coded": self.coded,
            "skipped": self.skipped,
            "failed": self.failed,
            "sentences": self.sentences,
            "events": self.events,
            "seconds": round(self.seconds, 3),
        }


def article_records(article: Article, include_all: bool = False) -> list[dict[str, Any]]:
    """The public records of an article's events: asserted ones only unless `include_all`."""
    return [
        event.to_record()
        for event in article.events
        if include_all or event.modality is Modality.ASSERTED
    ]


def code_articles(
    articles: Iterable[Article], settings: Settings, workers: int | None = None
) -> Iterator[Article]:
    """The coded articles, in input order; with more than one worker, coded in parallel processes."""
    workers = settings.workers if workers is None else workers
    if workers != 1:
        from communique.scale.local import code_in_processes

        yield from code_in_processes(articles, settings, workers)
        return
    from communique.pipeline import Coder

    yield from Coder(settings).code_articles(articles)


def code_inputs(
    articles: Iterable[Article],
    settings: Settings,
    write: Callable[[dict[str, Any]], None],
    include_all: bool = False,
    on_article: Callable[[Article], None] | None = None,
) -> RunSummary:
    summary = RunSummary()
    started = time.perf_counter()
    for article in code_articles(articles, settings):
        records = article_records(article, include_all)
        for record in records:
            write(record)
        summary.add(article, len(records))
        if on_article is not None:
            on_article(article)
    summary.seconds = time.perf_counter() - started
    return summary
