"""The Ray engine: the same step list, one pipeline per Ray actor, on a cluster or on this machine.

`code_with_ray(articles, settings, workers)` has the contract of the local engine: coded
Articles out, in input order, the same ones. It runs the local engine's scheduler
(`scale.scheduler`: batches, two in flight per worker, least busy first, input order, recycling
after `recycle_after` documents, crash retries) with Ray actors as the transport. Each actor builds
`Coder(settings)` once and codes whole batches; the driver hands the results to the same shard or
stream writer as the local engine, so both engines write byte-identical output for the same
input. An actor that dies (its process killed, out of memory, a crash) is not restarted by Ray:
the scheduler replaces it and codes its batches again one document at a time, and a document
that kills an actor while alone on it is failed with the reason, exactly as with local workers. Ray itself is
an optional extra, imported only here: `pip install 'communique[ray]'`.

The cluster is the one RAY_ADDRESS names (`ray start --head` on one machine, `ray start
--address=HEAD:6379` on the others, communique installed on all of them), else a local
cluster started for the run and stopped after it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from communique.config import Settings
from communique.errors import CommuniqueError, ConfigError, missing_dependency
from communique.model import Article
from communique.scale.scheduler import (
    DEFAULT_RECYCLE_AFTER,
    Done,
    EngineStats,
    Gone,
    memory_sample,
    schedule,
)

# How long the results of a dead actor's other batches may take to arrive before they count as lost.
_SETTLE_SECONDS = 10.0


def require_ray() -> ModuleType:
    """The `ray` module, or a DependencyError that names the install command."""
    try:
        import ray
    except ImportError as exc:
        raise missing_dependency("ray", "ray") from exc
    return ray


class CoderActor:
    """The body of one Ray actor: a pipeline loaded once, coding batches.

    A pipeline that cannot be loaded is not an actor crash (a new actor would fail the same way):
    the error is kept and returned by every call, and the driver stops the run with its message.
    """

    def __init__(self, settings: Settings) -> None:
        self.error: CommuniqueError | None = None
        try:
            from communique.pipeline import Coder

            self.coder = Coder(settings)
        except Exception as exc:  # noqa: BLE001 - re-raised by the driver with its message
            self.error = (
                exc
                if isinstance(exc, CommuniqueError)
                else CommuniqueError(
                    f"the pipeline could not be loaded in a Ray actor: {type(exc).__name__}: {exc}"
                )
            )

    def code(self, articles: list[Article]) -> tuple[Any, int, tuple[int, int]]:
        if self.error is not None:
            return self.error, os.getpid(), (0, 0)
        coded = list(self.coder.code_articles(articles))
        return coded, os.getpid(), memory_sample()


def connect(ray: ModuleType, workers: int) -> tuple[int, bool]:
    """Join RAY_ADDRESS's cluster or start a local one; returns (actors to run, started here)."""
    started = False
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS") or None
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address is None:
            # A local cluster sized to the run: one CPU per actor, all cores when workers is 0.
            options["num_cpus"] = workers or None
        try:
            ray.init(address=address, **options)
        except Exception as exc:  # noqa: BLE001 - Ray raises ConnectionError, RuntimeError, ValueError...
            where = f"the Ray cluster at RAY_ADDRESS={address}" if address else "a local Ray cluster"
            raise CommuniqueError(f"cannot start or join {where}: {type(exc).__name__}: {exc}") from exc
        started = True
    cpus = int(ray.cluster_resources().get("CPU", 1))
    actors = workers or cpus
    if actors < 1:
        raise ConfigError(f"the Ray cluster has no CPU for an actor (resources: {ray.cluster_resources()})")
    return actors, started


@dataclass(eq=False)
class _Actor:
    actor: Any
    refs: dict[Any, int] = field(default_factory=dict)  # object ref -> batch number


class _RayTransport:
    """Workers as Ray actors: one CPU each, no automatic restart (the scheduler replaces them)."""

    def __init__(self, ray: ModuleType, settings: Settings, started: bool) -> None:
        self.ray = ray
        self.settings = settings
        self.started = started  # a local cluster this run started, shut down at the end
        self.live: list[_Actor] = []
        # max_restarts=0: a dead actor's batches come back as errors, and the scheduler decides
        # (retry one document at a time, then fail the document), as for a dead local worker.
        self.remote_class = ray.remote(num_cpus=1, max_restarts=0, max_task_retries=0)(CoderActor)

    def start(self) -> _Actor:
        actor = _Actor(self.remote_class.remote(self.settings))
        self.live.append(actor)
        return actor

    def send(self, worker: _Actor, number: int, articles: list[Article]) -> None:
        worker.refs[worker.actor.code.remote(articles)] = number

    def wait(self, workers: list[_Actor], timeout: float) -> list[Done | Gone]:
        owners = {ref: w for w in workers for ref in w.refs}
        if not owners:
            return []
        ready, _ = self.ray.wait(list(owners), num_returns=1, timeout=timeout)
        messages: list[Done | Gone] = []
        for ref in ready:
            worker = owners[ref]
            try:
                messages.append(self._done(worker, ref))
            except self.ray.exceptions.RayError as exc:
                # The actor died (RayActorError) or the batch raised (RayTaskError): as with a
                # local worker whose process ends, the actor is not used again.
                messages.extend(self._finished_before_death(worker))
                messages.append(Gone(worker, f"{type(exc).__name__}: {_first_line(exc)}"))
        return messages

    def _done(self, worker: _Actor, ref: Any) -> Done:
        number = worker.refs.pop(ref)
        payload, pid, (rss, peak) = self.ray.get(ref)
        if isinstance(payload, CommuniqueError):
            raise payload
        return Done(worker, number, list(payload), pid, rss, peak)

    def _finished_before_death(self, worker: _Actor) -> list[Done | Gone]:
        """The batches a dead actor finished before it died, so they are not coded again.

        Ray may report the death (on a later batch) before the result of an earlier one, and a
        result can also die with the actor; every other call of a dead actor settles soon, with
        its result or with the same error, and what failed is coded again by the scheduler.
        """
        refs = list(worker.refs)  # in the order sent
        if not refs:
            return []
        settled, _ = self.ray.wait(refs, num_returns=len(refs), timeout=_SETTLE_SECONDS)
        finished: list[Done | Gone] = []
        for ref in [r for r in refs if r in set(settled)]:
            try:
                finished.append(self._done(worker, ref))
            except self.ray.exceptions.RayError:
                continue  # lost with the actor: the scheduler codes it again
        return finished

    def stop(self, worker: _Actor) -> None:
        worker.refs.clear()
        self.ray.kill(worker.actor)
        if worker in self.live:
            self.live.remove(worker)

    def close(self) -> None:
        for worker in self.live:
            self.ray.kill(worker.actor)
        self.live = []
        if self.started:
            self.ray.shutdown()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "no message"


def code_with_ray(
    articles: Iterable[Article],
    settings: Settings,
    workers: int | None = None,
    batch_docs: int | None = None,
    recycle_after: int | None = None,
    stats: EngineStats | None = None,
) -> Iterator[Article]:
    """The coded articles, in input order, coded by Ray actors (workers 0: one per cluster CPU)."""
    ray = require_ray()
    wanted = settings.workers if workers is None else workers
    if wanted < 0:
        raise ConfigError(f"workers must be 0 (all CPUs) or a positive number, not {wanted}")
    size, started = connect(ray, wanted)
    batch_docs = max(1, batch_docs or settings.batch_size)
    recycle_after = max(batch_docs, recycle_after or DEFAULT_RECYCLE_AFTER)
    stats = stats if stats is not None else EngineStats()
    yield from schedule(
        articles, _RayTransport(ray, settings, started), size, batch_docs, recycle_after, stats
    )
