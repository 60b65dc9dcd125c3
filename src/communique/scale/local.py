"""The local engine: worker processes forked from one loaded pipeline, coding batches in input order.

`code_in_processes(articles, settings, workers)` is a drop-in for `Coder(settings).code_articles`:
the same Articles come out, in the same order, coded by `workers` processes. The pipeline is
loaded once (`Coder(settings)`) in the parent and every worker is forked from it (where fork is
not safe, each worker loads its own). Batching, ordering, recycling and crash retries are the
shared scheduler's (`scale.scheduler`); this module is only the transport: a process per worker,
a task queue to it and a pipe back from it. The pipe's writing end lives only in the worker, so
a worker that dies in any way (segfault, out-of-memory kill, SIGKILL) reads as end-of-file in the
parent at once, and the parent never waits on a dead worker.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from communique.config import Settings
from communique.errors import CommuniqueError
from communique.model import Article
from communique.scale.scheduler import (
    DEFAULT_RECYCLE_AFTER,
    IN_FLIGHT_PER_WORKER,
    Done,
    EngineStats,
    Gone,
    WorkerStats,
    memory_sample,
    resolve_workers,
    schedule,
)

__all__ = [
    "DEFAULT_RECYCLE_AFTER",
    "IN_FLIGHT_PER_WORKER",
    "EngineStats",
    "WorkerStats",
    "code_in_processes",
    "memory_sample",
    "resolve_workers",
]

# How long the parent waits for a stopped or dead worker's process to end before killing it.
_JOIN_SECONDS = 10


def _worker_main(settings: Settings, template: Any, tasks: Any, results: Connection) -> None:
    """One worker: the pipeline (inherited from the parent, or loaded here), then batches until told to stop."""
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
        number, articles = task
        coded = list(coder.code_articles(articles))
        results.send(("done", pid, number, coded, memory_sample()))


def _portable_error(exc: BaseException) -> CommuniqueError:
    if isinstance(exc, CommuniqueError):
        return exc
    return CommuniqueError(f"the pipeline could not be loaded in a worker: {type(exc).__name__}: {exc}")


@dataclass(eq=False)
class _Process:
    """One worker process: its task queue and its own result pipe (a worker killed mid-message
    cannot block the others)."""

    process: BaseProcess
    tasks: Any
    results: Connection


class _ProcessTransport:
    """Workers as processes: forked from a loaded pipeline on Linux, spawned elsewhere."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.live: list[_Process] = []
        self.stopped: list[_Process] = []
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

    def start(self) -> _Process:
        tasks = self.context.Queue()
        tasks.cancel_join_thread()  # a dead worker's unread tasks must not hold up the exit
        reader, writer = self.context.Pipe(duplex=False)
        process = self.context.Process(
            target=_worker_main, args=(self.settings, self.template, tasks, writer), daemon=True
        )
        process.start()
        # Only the worker holds the writing end now: its death reads as end-of-file here.
        writer.close()
        worker = _Process(process, tasks, reader)
        self.live.append(worker)
        return worker

    def send(self, worker: _Process, number: int, articles: list[Article]) -> None:
        worker.tasks.put((number, articles))

    def wait(self, workers: list[_Process], timeout: float) -> list[Done | Gone]:
        messages: list[Done | Gone] = []
        by_pipe = {id(w.results): w for w in workers}
        for pipe in wait([w.results for w in workers], timeout=timeout):
            worker = by_pipe[id(pipe)]
            try:
                message: Any = worker.results.recv()
            except (EOFError, OSError):
                messages.append(Gone(worker, self._end(worker)))
                continue
            kind, pid, number, payload, (rss, peak) = message
            if kind == "fatal":
                raise payload
            messages.append(Done(worker, number, payload, pid, rss, peak))
        return messages

    def _end(self, worker: _Process) -> str:
        """The dead worker's exit, as words for the failure reason."""
        worker.process.join(timeout=_JOIN_SECONDS)
        code = worker.process.exitcode
        if code is None:
            # Its pipe closed but the process lives on (it should not): it gets no second chance.
            worker.process.kill()
            worker.process.join(timeout=_JOIN_SECONDS)
            return "the worker closed its pipe and was killed"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def stop(self, worker: _Process) -> None:
        """No more batches: the worker exits after the ones it has (none, when the scheduler calls)."""
        if worker.process.is_alive():
            try:
                worker.tasks.put(None)
            except (ValueError, OSError):  # its queue is already closed
                worker.process.kill()
        worker.results.close()
        self.live.remove(worker)
        self.stopped.append(worker)
        # Reap the stopped workers that have already exited, so none lingers as a zombie.
        for done in [w for w in self.stopped if w.process.exitcode is not None]:
            done.process.join(timeout=0)
            done.tasks.close()
            self.stopped.remove(done)

    def close(self) -> None:
        every = [*self.live, *self.stopped]
        self.live, self.stopped = [], []
        for worker in every:
            if worker.process.is_alive():
                worker.process.kill()
        for worker in every:
            worker.process.join(timeout=_JOIN_SECONDS)
            worker.tasks.close()
            worker.results.close()
        if self.template is not None:
            gc.unfreeze()
            self.template = None


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
    yield from schedule(articles, _ProcessTransport(settings), size, batch_docs, recycle_after, stats)
