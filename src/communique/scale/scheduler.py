"""The one scheduler of every engine: ordered batches, least-busy workers, recycling, crash retries.

`schedule(articles, transport, workers, batch_docs, recycle_after, stats)` reads the inputs in
batches, hands each batch to the least busy worker (two batches in flight per worker, so none
waits for the driver), and yields the coded Articles in input order. What a worker is and how a
batch reaches it is the transport's business (`Transport`: forked processes and pipes in
`scale.local`, Ray actors in `scale.ray_engine`); everything else is decided here, once, so the
engines cannot drift apart:

- recycling: a worker that has been sent `recycle_after` documents gets no more; a fresh one is
  started at once, and the old one is stopped when its last batch is back (spaCy's StringStore
  keeps every string it has seen: a worker that lived forever would grow with the corpus);
- crashes: a worker that dies (segfault, out-of-memory kill, SIGKILL) is replaced, and every
  batch it held is coded again one document per batch, each such one-document batch alone on a
  worker. A document is failed (with the reason) only when workers died twice while coding it
  and nothing else; the run goes on. The rule needs no knowledge of which batch a worker was on when
  it died, which a transport cannot always tell: a Ray actor killed right after finishing a batch
  can take that batch's result down with it. The pieces of a split batch take its place in the
  output order (`_Scheduler.split`), so the output order never depends on when workers die.
"""

from __future__ import annotations

import os
import resource
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from communique.errors import ConfigError
from communique.model import Article

# Documents a worker codes before it is replaced by a fresh one (memory stays flat).
DEFAULT_RECYCLE_AFTER = 5000
# Batches queued per worker: one being coded, one waiting, so a worker never waits for the driver.
IN_FLIGHT_PER_WORKER = 2
# A document is failed when workers died this many times while coding it alone.
ALONE_DEATHS_TO_FAIL = 2
# How long one wait for results lasts before the loop looks again (it never waits forever).
POLL_SECONDS = 0.5
# Batch numbers step by _SUB: the one-document retries of batch b are numbered b+1, b+2, ...
# (a batch is far smaller than _SUB documents, so the numbers never collide).
_SUB = 1 << 20


def resolve_workers(workers: int | None) -> int:
    """The number of worker processes: `0` means every core this process may use."""
    if workers is None or workers == 0:
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    if workers < 0:
        raise ConfigError(f"workers must be 0 (all cores) or a positive number, not {workers}")
    return workers


def memory_sample() -> tuple[int, int]:
    """(current RSS, peak RSS) of this process in bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    try:
        with open("/proc/self/statm", encoding="ascii") as stream:
            current = int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        current = peak
    return current, peak


@dataclass
class WorkerStats:
    """What one worker process did and how much memory it held."""

    pid: int
    documents: int = 0
    batches: int = 0
    rss_first: int = 0  # RSS after its first batch: the pipeline loaded and warm
    rss_last: int = 0
    peak_rss: int = 0


@dataclass
class EngineStats:
    """Per-worker figures of one run, for the progress report and the benchmarks."""

    workers: list[WorkerStats] = field(default_factory=list)
    restarts: int = 0  # workers replaced after recycle_after documents
    crashes: int = 0  # workers that died while coding

    def record(self, pid: int, documents: int, rss: int, peak: int) -> None:
        for stats in self.workers:
            if stats.pid == pid:
                break
        else:
            stats = WorkerStats(pid=pid, rss_first=rss)
            self.workers.append(stats)
        stats.documents += documents
        stats.batches += 1
        stats.rss_last = rss
        stats.peak_rss = max(stats.peak_rss, peak)

    @property
    def peak_rss(self) -> int:
        return max((w.peak_rss for w in self.workers), default=0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "workers": [w.__dict__ for w in self.workers],
            "restarts": self.restarts,
            "crashes": self.crashes,
            "peak_rss_mb": round(self.peak_rss / 2**20, 1),
        }


@dataclass
class Done:
    """A worker sent back a coded batch."""

    worker: Any
    number: int
    articles: list[Article]
    pid: int
    rss: int
    peak: int


@dataclass
class Gone:
    """A worker is dead (its process ended, or its actor died); `reason` says how, for the report."""

    worker: Any
    reason: str


class Transport(Protocol):
    """How batches reach workers and come back: the only part an engine implements.

    A worker handle is whatever the transport returns from `start`. `wait` must return within
    about `timeout` seconds even when a worker died without a word (the scheduler then retries its
    batches); it raises a CommuniqueError when a worker cannot load the pipeline at all.
    """

    def start(self) -> Any: ...

    def send(self, worker: Any, number: int, articles: list[Article]) -> None: ...

    def wait(self, workers: list[Any], timeout: float) -> list[Done | Gone]: ...

    def stop(self, worker: Any) -> None: ...

    def close(self) -> None: ...


@dataclass
class _Worker:
    handle: Any
    in_flight: list[int] = field(default_factory=list)  # batch numbers in the order sent
    sent_docs: int = 0
    retiring: bool = False


@dataclass
class _Batch:
    number: int
    articles: list[Article]
    isolated: bool = False  # a retry of one document after a worker died
    deaths: int = 0  # workers that died while coding it (alone on them, for a retry)


_NEW = _Batch(-1, [])  # what `has_room` asks about by default: a new batch of the inputs


class _Scheduler:
    """Which batch is on which worker, and what to do when one comes back or a worker dies."""

    def __init__(self, transport: Transport, size: int, recycle_after: int, stats: EngineStats) -> None:
        self.transport = transport
        self.recycle_after = recycle_after
        self.stats = stats
        self.workers: list[_Worker] = []
        self.batches: dict[int, _Batch] = {}  # sent or queued, not yet back
        self.retry_queue: deque[_Batch] = deque()
        # A batch split after a worker died on it -> its one-document pieces, in order.
        self.split: dict[int, list[int]] = {}
        for _ in range(size):
            self._start()

    def _start(self) -> None:
        self.workers.append(_Worker(self.transport.start()))

    def _open(self, batch: _Batch) -> list[_Worker]:
        """The workers that may take this batch: a one-document retry only goes to an idle worker,
        and a worker coding one takes nothing else, so a death then names the document."""
        return [
            w
            for w in self.workers
            if not w.retiring
            and len(w.in_flight) < (1 if batch.isolated else IN_FLIGHT_PER_WORKER)
            and not any(self.batches[n].isolated for n in w.in_flight if n in self.batches)
        ]

    def has_room(self, batch: _Batch | None = None) -> bool:
        return bool(self._open(batch or _NEW))

    def submit(self, batch: _Batch) -> None:
        self.batches[batch.number] = batch
        worker = min(self._open(batch), key=lambda w: len(w.in_flight))
        worker.in_flight.append(batch.number)
        worker.sent_docs += len(batch.articles)
        self.transport.send(worker.handle, batch.number, batch.articles)
        if worker.sent_docs >= self.recycle_after:
            # No more work for it: it finishes what it has, then stops; a fresh worker replaces it.
            worker.retiring = True
            self.stats.restarts += 1
            self._start()

    def collect(self) -> list[tuple[int, list[Article]]]:
        """Wait (at most about POLL_SECONDS) for results or dead workers; returns finished batches."""
        finished: list[tuple[int, list[Article]]] = []
        by_handle = {id(w.handle): w for w in self.workers}
        for message in self.transport.wait([w.handle for w in self.workers], POLL_SECONDS):
            worker = by_handle.get(id(message.worker))
            if worker is None or worker not in self.workers:
                continue  # a late word from a worker already given up on
            if isinstance(message, Gone):
                self._worker_gone(worker, message.reason, finished)
                continue
            if message.number in worker.in_flight:
                worker.in_flight.remove(message.number)
            batch = self.batches.pop(message.number, None)
            if batch is not None:
                self.stats.record(message.pid, len(batch.articles), message.rss, message.peak)
                finished.append((message.number, message.articles))
        for worker in [w for w in self.workers if w.retiring and not w.in_flight]:
            self.workers.remove(worker)
            self.transport.stop(worker.handle)
        return finished

    def _worker_gone(self, worker: _Worker, reason: str, finished: list[tuple[int, list[Article]]]) -> None:
        """A worker died, maybe with batches in hand: replace it and code those batches again."""
        self.workers.remove(worker)
        self.transport.stop(worker.handle)
        self.stats.crashes += 1
        if not worker.retiring:
            self._start()
        for number in [n for n in worker.in_flight if n in self.batches]:
            batch = self.batches.pop(number)
            if batch.isolated:
                # Alone on the worker, it killed it. Once can still be chance (the out-of-memory
                # killer picks a large process, not a guilty one); twice is the document's doing.
                batch.deaths += 1
                if batch.deaths >= ALONE_DEATHS_TO_FAIL:
                    article = batch.articles[0]
                    article.fail(f"the worker died while coding this document ({reason})")
                    finished.append((number, [article]))
                else:
                    self.batches[number] = batch
                    self.retry_queue.appendleft(batch)
                continue
            # The batch may hold the document that killed the worker, or have waited behind it,
            # or (on Ray) have been finished with its result lost: each document is tried alone,
            # so the one that kills a worker kills only itself.
            pieces = [
                _Batch(number + 1 + index, [article], isolated=True)
                for index, article in enumerate(batch.articles)
            ]
            self.split[number] = [piece.number for piece in pieces]
            for piece in pieces:
                self.batches[piece.number] = piece
                self.retry_queue.append(piece)


def schedule(
    articles: Iterable[Article],
    transport: Transport,
    workers: int,
    batch_docs: int,
    recycle_after: int,
    stats: EngineStats,
) -> Iterator[Article]:
    """The coded articles, in input order, coded by `workers` workers of `transport`.

    The transport is closed when the iteration ends, is abandoned, or fails.
    """
    batch_docs = min(batch_docs, _SUB - 1)
    try:
        scheduler = _Scheduler(transport, workers, recycle_after, stats)
        source = iter(articles)
        exhausted = False
        next_number = 0
        order: deque[int] = deque()  # batch numbers in output order, including retried pieces
        done: dict[int, list[Article]] = {}
        while True:
            while scheduler.retry_queue and scheduler.has_room(scheduler.retry_queue[0]):
                scheduler.submit(scheduler.retry_queue.popleft())
            while not exhausted and scheduler.has_room() and not scheduler.retry_queue:
                batch = _take(source, batch_docs)
                if not batch:
                    exhausted = True
                    break
                number = next_number * _SUB
                next_number += 1
                order.append(number)
                scheduler.submit(_Batch(number, batch))
            if not order:
                return
            for number, coded in scheduler.collect():
                done[number] = coded
            while order:
                head = order[0]
                if head in done:
                    order.popleft()
                    yield from done.pop(head)
                    continue
                if head in scheduler.split:
                    # The batch was split after a worker died: its pieces take its place, in order.
                    order.popleft()
                    order.extendleft(reversed(scheduler.split.pop(head)))
                    continue
                break
    finally:
        transport.close()


def _take(source: Iterator[Article], size: int) -> list[Article]:
    batch: list[Article] = []
    for article in source:
        batch.append(article)
        if len(batch) >= size:
            break
    return batch
