"""The local engine: worker processes, each with its own pipeline, coding batches in input order.

`code_in_processes(articles, settings, workers)` is a drop-in for `Coder(settings).code_articles`:
the same Articles come out, in the same order, coded by `workers` processes. The pipeline is
loaded once (`Coder(settings)`, in the parent, and each worker is forked from it; where fork is
not safe, each worker loads its own) and workers code whole batches; the parent reads the inputs,
hands each batch to the least busy worker (two batches in flight per worker so none idles),
and re-orders the results. Workers are recycled after `recycle_after` documents: spaCy's
StringStore keeps every string it has seen, so a worker that lived forever would grow with the
corpus; a fresh process returns that memory to the system. A worker that dies (segfault,
out-of-memory kill) costs only its batch: the batch is retried one document per task in a new
worker, and a document that kills a worker again is failed with the reason.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from typing import Any

from communique.config import Settings
from communique.errors import CommuniqueError, ConfigError
from communique.model import Article

# Documents a worker codes before it is replaced by a fresh process (memory stays flat).
DEFAULT_RECYCLE_AFTER = 5000
# Batches queued per worker: one being coded, one waiting, so a worker never waits for the parent.
IN_FLIGHT_PER_WORKER = 2
_POLL_SECONDS = 0.5
# Batches are numbered in steps of _SUB so a batch retried document by document (numbers
# batch+1, batch+2, ...) keeps its place in the output order.
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


def _worker_main(settings: Settings, template: Any, tasks: Any, results: Any) -> None:
    """One worker: the pipeline (inherited from the parent, or loaded here), then batches until told to stop."""
    import signal

    # Ctrl-C goes to the whole process group; the parent decides how the run ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pid = os.getpid()
    coder = template
    if coder is None:
        try:
            from communique.pipeline import Coder

            coder = Coder(settings)
        except BaseException as exc:  # noqa: BLE001 - the parent re-raises it with its message
            results.send(("fatal", pid, None, _portable_error(exc), (0, 0)))
            return
    while True:
        task = tasks.get()
        if task is None:
            return
        batch_no, articles = task
        coded = list(coder.code_articles(articles))
        results.send(("done", pid, batch_no, coded, memory_sample()))


def _portable_error(exc: BaseException) -> CommuniqueError:
    if isinstance(exc, CommuniqueError):
        return exc
    return CommuniqueError(f"the pipeline could not be loaded in a worker: {type(exc).__name__}: {exc}")


@dataclass
class _Worker:
    process: BaseProcess
    tasks: Any
    results: Any  # this worker's own pipe: a worker killed mid-message cannot block the others
    in_flight: set[int] = field(default_factory=set)
    sent_docs: int = 0
    retiring: bool = False


@dataclass
class _Batch:
    number: int
    articles: list[Article]
    isolated: bool = False  # a retry of one document after a worker died


class _Pool:
    """The worker processes and the bookkeeping of which batch is where."""

    def __init__(self, settings: Settings, workers: int, recycle_after: int, stats: EngineStats) -> None:
        self.settings = settings
        self.size = workers
        self.recycle_after = recycle_after
        self.stats = stats
        # On Linux the parent loads the pipeline once and forks every worker from it: a worker
        # starts in milliseconds instead of reloading dictionaries and gazetteer (tens of
        # seconds on a busy machine), and a recycled worker starts again from the pristine,
        # never-used pipeline. Elsewhere (no safe fork) each worker loads its own.
        self.template: Any = None
        if sys.platform == "linux":
            from communique.pipeline import Coder

            self.template = Coder(settings)
            # Objects that exist now are never collected: the collector then does not write to
            # (and so copy) the pages the workers share with this process.
            gc.freeze()
            self.context: Any = multiprocessing.get_context("fork")
        else:
            self.context = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = []
        self.batches: dict[int, _Batch] = {}
        self.retry_queue: deque[_Batch] = deque()
        for _ in range(workers):
            self._start_worker()

    def _start_worker(self) -> None:
        tasks = self.context.Queue()
        tasks.cancel_join_thread()  # a dead worker's unread tasks must not hold up the exit
        reader, writer = self.context.Pipe(duplex=False)
        process = self.context.Process(
            target=_worker_main, args=(self.settings, self.template, tasks, writer), daemon=True
        )
        process.start()
        # Only the worker holds the writing end now: its death reads as end-of-file here.
        writer.close()
        self.workers.append(_Worker(process=process, tasks=tasks, results=reader))

    def has_room(self) -> bool:
        return any(not w.retiring and len(w.in_flight) < IN_FLIGHT_PER_WORKER for w in self.workers)

    def submit(self, batch: _Batch) -> None:
        self.batches[batch.number] = batch
        candidates = [w for w in self.workers if not w.retiring and len(w.in_flight) < IN_FLIGHT_PER_WORKER]
        worker = min(candidates, key=lambda w: len(w.in_flight))
        worker.in_flight.add(batch.number)
        worker.sent_docs += len(batch.articles)
        worker.tasks.put((batch.number, batch.articles))
        if worker.sent_docs >= self.recycle_after:
            # No more work for it: it finishes what it has, then exits; a fresh worker replaces it.
            worker.retiring = True
            worker.tasks.put(None)
            self.stats.restarts += 1
            self._start_worker()

    def collect(self) -> list[tuple[int, list[Article]]]:
        """Wait for results (or dead workers); returns finished batches."""
        finished: list[tuple[int, list[Article]]] = []
        by_pipe = {id(w.results): w for w in self.workers}
        for pipe in wait([w.results for w in self.workers], timeout=_POLL_SECONDS):
            worker = by_pipe[id(pipe)]
            try:
                message: Any = worker.results.recv()
            except (EOFError, OSError):
                self._worker_gone(worker, finished)
                continue
            kind, pid, batch_no, payload, (rss, peak) = message
            if kind == "fatal":
                raise payload
            worker.in_flight.discard(batch_no)
            if batch_no in self.batches:
                batch = self.batches.pop(batch_no)
                self.stats.record(pid, len(batch.articles), rss, peak)
                finished.append((batch_no, payload))
        return finished

    def _worker_gone(self, worker: _Worker, finished: list[tuple[int, list[Article]]]) -> None:
        """Its pipe closed: a retired worker that finished, or one that died with batches in hand."""
        worker.process.join(timeout=30)
        worker.results.close()
        worker.tasks.close()
        self.workers.remove(worker)
        lost = sorted(n for n in worker.in_flight if n in self.batches)
        if worker.retiring and not lost:
            return
        self.stats.crashes += 1
        code = worker.process.exitcode
        if not worker.retiring:
            self._start_worker()
        for number in lost:
            batch = self.batches.pop(number)
            if batch.isolated:
                article = batch.articles[0]
                article.fail(f"the worker process died while coding this document (exit code {code})")
                finished.append((number, [article]))
            else:
                self._retry_one_by_one(batch)

    def _retry_one_by_one(self, batch: _Batch) -> None:
        # Sub-batch numbers sort between this batch and the next, so the pieces keep its place.
        for index, article in enumerate(batch.articles):
            piece = _Batch(batch.number + 1 + index, [article], isolated=True)
            self.batches[piece.number] = piece
            self.retry_queue.append(piece)

    def close(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(timeout=10)
            worker.tasks.close()
            worker.results.close()
        if self.template is not None:
            gc.unfreeze()


def code_in_processes(
    articles: Iterable[Article],
    settings: Settings,
    workers: int | None = None,
    batch_docs: int | None = None,
    recycle_after: int | None = None,
    stats: EngineStats | None = None,
) -> Iterator[Article]:
    """The coded articles, in input order, coded by `workers` processes (0: all cores)."""
    size = resolve_workers(settings.workers if workers is None else workers)
    batch_docs = max(1, batch_docs or settings.batch_size)
    recycle_after = max(batch_docs, recycle_after or DEFAULT_RECYCLE_AFTER)
    stats = stats if stats is not None else EngineStats()
    pool = _Pool(settings, size, recycle_after, stats)
    source = iter(articles)
    exhausted = False
    next_number = 0
    order: deque[int] = deque()  # batch numbers in output order, including retried sub-batches
    done: dict[int, list[Article]] = {}
    try:
        while True:
            while pool.retry_queue and pool.has_room():
                pool.submit(pool.retry_queue.popleft())
            while not exhausted and pool.has_room() and not pool.retry_queue:
                batch = _take(source, batch_docs)
                if not batch:
                    exhausted = True
                    break
                number = next_number * _SUB
                next_number += 1
                order.append(number)
                pool.submit(_Batch(number, batch))
            if not order:
                return
            for number, coded in pool.collect():
                done[number] = coded
            while order:
                head = order[0]
                if head in done:
                    order.popleft()
                    yield from done.pop(head)
                    continue
                subs = sorted(
                    n
                    for n in (*done, *pool.batches, *(b.number for b in pool.retry_queue))
                    if head < n < head + _SUB
                )
                if head not in pool.batches and subs:
                    # The batch was split after a worker died: its pieces take its place, in order.
                    order.popleft()
                    order.extendleft(reversed(subs))
                    continue
                break
    finally:
        pool.close()


def _take(source: Iterator[Article], size: int) -> list[Article]:
    batch: list[Article] = []
    for article in source:
        batch.append(article)
        if len(batch) >= size:
            break
    return batch
