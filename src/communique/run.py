"""Running a coding job: inputs in, records out, every document accounted for.

The engine (`code_articles`) turns Articles into coded Articles, in input order: in this
process (one worker), in local worker processes (communique.scale.local) or on Ray actors
(communique.scale.ray_engine). The job functions put an engine between the inputs and an
output and return a `RunSummary` (documents coded / skipped / failed with reasons, sentences,
events, time, per-worker memory):

- `code_inputs`: event records to a writer (standard output or a file), in input order;
- `code_to_directory`: numbered, resumable shards with a manifest (`communique code -o DIR/`);
- `ingest_inputs`: coded by the engine, written to the DuckDB store by this one process;
- `ingest_shard_dirs`: shard directories loaded into the store without recoding.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.config import Settings
from communique.errors import ConfigError
from communique.model import Article, Modality, Status

if TYPE_CHECKING:
    from communique.scale.local import EngineStats

ENGINES = ("local", "ray")


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
    reused: int = 0  # documents of shards an earlier run had finished (not coded again)
    shards: int = 0  # shards written by this run
    engine: dict[str, Any] = field(default_factory=dict)  # per-worker figures (EngineStats.to_dict)

    def add(self, article: Article, events_written: int) -> None:
        self.add_status(
            article.doc_id, article.status.value, article.reason, article.n_sentences, events_written
        )

    def add_status(self, doc_id: str, status: str, reason: str | None, sentences: int, events: int) -> None:
        self.documents += 1
        self.sentences += sentences
        self.events += events
        if status == Status.CODED.value:
            self.coded += 1
        elif status == Status.SKIPPED.value:
            self.skipped += 1
            self.problems.append((doc_id, "skipped", reason or ""))
        else:
            self.failed += 1
            self.problems.append((doc_id, "failed", reason or ""))

    def describe(self) -> str:
        rate = (self.documents - self.reused) / self.seconds if self.seconds else 0.0
        reused = f", {self.reused} from shards of an earlier run" if self.reused else ""
        return (
            f"{self.documents} documents ({self.coded} coded, {self.skipped} skipped, {self.failed} failed{reused}), "
            f"{self.sentences} sentences, {self.events} events in {self.seconds:.1f}s ({rate:.1f} docs/s)"
        )

    def to_dict(self) -> dict[str, Any]:
        """Every figure but the per-document problems (reported one by one, not as totals)."""
        figures = asdict(self)
        del figures["problems"]
        figures["seconds"] = round(self.seconds, 3)
        return figures


def article_records(article: Article, include_all: bool = False) -> list[dict[str, Any]]:
    """The public records of an article's events: asserted ones only unless `include_all`."""
    return [
        event.to_record() for event in article.events if include_all or event.modality is Modality.ASSERTED
    ]


def code_articles(
    articles: Iterable[Article],
    settings: Settings,
    workers: int | None = None,
    engine: str = "local",
    stats: EngineStats | None = None,
    recycle_after: int | None = None,
    batch_docs: int | None = None,
) -> Iterator[Article]:
    """The coded articles, in input order: in this process (1 worker), in worker processes, or on Ray."""
    workers = settings.workers if workers is None else workers
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "ray":
        from communique.scale.ray_engine import code_with_ray

        yield from code_with_ray(articles, settings, workers, batch_docs, recycle_after, stats)
        return
    from communique.scale.local import code_in_processes, resolve_workers

    if resolve_workers(workers) != 1:
        yield from code_in_processes(articles, settings, workers, batch_docs, recycle_after, stats)
        return
    from communique.pipeline import Coder

    yield from Coder(settings).code_articles(articles)


@dataclass(frozen=True)
class Engine:
    """Which engine codes a job, with how many workers (None: Settings.workers; 0: all cores).

    `batch_docs` documents go to a worker at a time (default: Settings.batch_size); a worker is
    replaced after `recycle_after` documents (default: scale.local.DEFAULT_RECYCLE_AFTER).
    """

    name: str = "local"
    workers: int | None = None
    recycle_after: int | None = None
    batch_docs: int | None = None

    def run(self, articles: Iterable[Article], settings: Settings, stats: EngineStats) -> Iterator[Article]:
        return code_articles(
            articles, settings, self.workers, self.name, stats, self.recycle_after, self.batch_docs
        )


def _new_stats() -> EngineStats:
    from communique.scale.local import EngineStats

    return EngineStats()


def _coded(
    articles: Iterable[Article],
    settings: Settings,
    engine: Engine | None,
    summary: RunSummary,
    include_all: bool = False,
    on_article: Callable[[Article], None] | None = None,
) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
    """The engine's coded articles with their event records, in input order, each counted in `summary`.

    An article is counted (and `on_article` called) once the consumer has taken its records; when
    the articles run out, `summary` gets the time taken and the engine's per-worker figures.
    """
    engine = engine or Engine()
    stats = _new_stats()
    started = time.perf_counter()
    for article in engine.run(articles, settings, stats):
        records = article_records(article, include_all)
        yield article, records
        summary.add(article, len(records))
        if on_article is not None:
            on_article(article)
    summary.seconds = time.perf_counter() - started
    summary.engine = stats.to_dict()


def code_inputs(
    articles: Iterable[Article],
    settings: Settings,
    write: Callable[[dict[str, Any]], None],
    include_all: bool = False,
    on_article: Callable[[Article], None] | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Code the articles and hand every event record to `write`, in input order."""
    summary = RunSummary()
    for _article, records in _coded(articles, settings, engine, summary, include_all, on_article):
        for record in records:
            write(record)
    return summary


def code_to_directory(
    articles: Iterable[Article],
    settings: Settings,
    directory: Path,
    inputs: list[str],
    include_all: bool = False,
    shard_size: int = 1000,
    shard_format: str = "jsonl",
    on_article: Callable[[Article], None] | None = None,
    on_reused: Callable[[dict[str, Any]], None] | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Code into numbered shards with a manifest under `directory`; a rerun resumes (scale.shards).

    `inputs` are the inputs as the user named them: the manifest records them, and a rerun into
    the same directory must name the same ones.
    """
    from communique.scale.shards import ShardLayout, code_to_shards, finish_manifest, open_shard_dir

    engine = engine or Engine()
    layout = ShardLayout(shard_size, shard_format, include_all)
    open_shard_dir(directory, layout, [_input_name(i) for i in inputs], engine.name)
    summary = RunSummary()

    def code(stream: Iterable[Article]) -> Iterator[Article]:
        for article, _records in _coded(stream, settings, engine, summary, include_all, on_article):
            yield article

    def reused(entry: dict[str, Any]) -> None:
        summary.add_status(
            entry["doc_id"], entry["status"], entry["reason"], entry["n_sentences"], entry["events"]
        )
        summary.reused += 1
        if on_reused is not None:
            on_reused(entry)

    run = code_to_shards(
        articles,
        code,
        directory,
        layout,
        lambda article: article_records(article, include_all),
        lambda article, events: None,  # `code` counts each article as it passes
        reused,
    )
    summary.shards = run.shards_written
    totals = summary.to_dict()
    for key in ("seconds", "engine", "shards", "reused"):
        totals.pop(key)  # what describes this run, not the directory
    finish_manifest(directory, totals)
    return summary


def _input_name(given: str) -> str:
    return given if given == "-" else str(Path(given).resolve())


def ingest_inputs(
    articles: Iterable[Article],
    settings: Settings,
    db_path: Path,
    on_article: Callable[[Article], None] | None = None,
    include_all: bool = False,
    engine: Engine | None = None,
) -> RunSummary:
    """Code the articles (in parallel with workers > 1) and write them to the store from this process."""
    from communique.store import Store

    summary = RunSummary()
    # A repeated doc_id is kept out: the store keeps the last document it is given per doc_id.
    to_store = (
        article
        for article, _records in _coded(articles, settings, engine, summary, include_all, on_article)
        if article.duplicate_of is None
    )
    # One writer: DuckDB takes one writing process, and the workers only code.
    with Store(db_path) as store:
        store.ingest(to_store, include_all=include_all)
    return summary


def ingest_shard_dirs(
    directories: Iterable[Path],
    db_path: Path,
    on_document: Callable[[dict[str, Any]], None] | None = None,
) -> RunSummary:
    """Load the finished shards of `communique code -o DIR/` directories into the store, without recoding.

    The manifest gives each document's status, title, date and content hash; documents without
    events are stored too. Shards a crashed run left unfinished are not there yet: rerun the code
    command to finish them, then ingest again (the store skips what it already holds).
    """
    from communique.scale.shards import finished_shards
    from communique.store import Store, read_shard_records

    summary = RunSummary()
    started = time.perf_counter()
    with Store(db_path) as store:
        for directory in directories:
            for shard in finished_shards(directory):
                documents: dict[str, dict[str, Any]] = {}
                for entry in shard.documents:
                    if not _repeats_an_id(entry):
                        documents.setdefault(entry["doc_id"], _document_info(entry))
                store.ingest_records(read_shard_records([shard.path]), documents=documents)
                for entry in shard.documents:
                    summary.add_status(
                        entry["doc_id"],
                        entry["status"],
                        entry["reason"],
                        entry["n_sentences"],
                        entry["events"],
                    )
                    if on_document is not None:
                        on_document(entry)
    summary.seconds = time.perf_counter() - started
    return summary


def _document_info(entry: dict[str, Any]) -> dict[str, Any]:
    keys = ("title", "date", "source", "metadata", "status", "reason", "content_hash", "n_sentences")
    return {key: entry.get(key) for key in keys}


def _repeats_an_id(entry: dict[str, Any]) -> bool:
    """A manifest entry of a document the reader skipped for repeating a doc_id (Article.duplicate_of)."""
    if "duplicate_of" in entry:
        return entry["duplicate_of"] is not None
    # Entries written before they carried `duplicate_of` say it only in the reader's reason.
    return entry["status"] == Status.SKIPPED.value and (entry["reason"] or "").startswith("duplicate id")
