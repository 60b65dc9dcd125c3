"""The Ray engine: the same step list, one pipeline per Ray actor, on a cluster or on this machine.

`code_with_ray(articles, settings, workers)` has the contract of the local engine: coded
Articles out, in input order, the same ones. Each actor builds `Coder(settings)` once and codes
whole batches; the driver reads the inputs, keeps two batches in flight per actor (least busy
actor first), re-orders results and hands them to the same shard or stream writer as the
local engine, so both engines write byte-identical output for the same input. Actors are
replaced after `recycle_after` documents, as local workers are (spaCy's StringStore only
grows). Ray itself is an optional extra, imported only here: `pip install 'communique[ray]'`.

The cluster is the one RAY_ADDRESS names (`ray start --head` on one machine, `ray start
--address=HEAD:6379` on the others, communique installed on all of them), else a local
cluster started for the run and stopped after it.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from communique.config import Settings
from communique.errors import CommuniqueError, ConfigError, missing_dependency
from communique.model import Article
from communique.scale.local import (
    DEFAULT_RECYCLE_AFTER,
    IN_FLIGHT_PER_WORKER,
    EngineStats,
    memory_sample,
)

_WAIT_SECONDS = 1.0


def require_ray() -> ModuleType:
    """The `ray` module, or a DependencyError that names the install command."""
    try:
        import ray
    except ImportError as exc:
        raise missing_dependency("ray", "ray") from exc
    return ray


class CoderActor:
    """The body of one Ray actor: a pipeline loaded once, coding batches."""

    def __init__(self, settings: Settings) -> None:
        from communique.pipeline import Coder

        self.coder = Coder(settings)

    def code(self, articles: list[Article]) -> tuple[list[Article], int, tuple[int, int]]:
        coded = list(self.coder.code_articles(articles))
        return coded, os.getpid(), memory_sample()


@dataclass
class _Slot:
    actor: Any
    in_flight: dict[Any, int] = field(default_factory=dict)  # object ref -> batch number
    sent_docs: int = 0
    retiring: bool = False


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
    # Ray retries a batch on a fresh actor if the actor's process dies (a crash, an OOM kill).
    remote_class = ray.remote(num_cpus=1, max_restarts=2, max_task_retries=2)(CoderActor)
    slots = [_Slot(remote_class.remote(settings)) for _ in range(size)]
    source = iter(articles)
    exhausted = False
    next_number = 0
    sizes: dict[int, int] = {}
    done: dict[int, list[Article]] = {}
    order: deque[int] = deque()
    try:
        while True:
            while not exhausted and any(_open(s) for s in slots):
                batch = [a for _, a in zip(range(batch_docs), source, strict=False)]
                if not batch:
                    exhausted = True
                    break
                slot = min((s for s in slots if _open(s)), key=lambda s: len(s.in_flight))
                ref = slot.actor.code.remote(batch)
                slot.in_flight[ref] = next_number
                slot.sent_docs += len(batch)
                sizes[next_number] = len(batch)
                order.append(next_number)
                next_number += 1
                if slot.sent_docs >= recycle_after:
                    slot.retiring = True
                    stats.restarts += 1
                    slots.append(_Slot(remote_class.remote(settings)))
            if not order:
                return
            refs = [ref for s in slots for ref in s.in_flight]
            ready, _ = ray.wait(refs, num_returns=1, timeout=_WAIT_SECONDS)
            for ref in ready:
                slot = next(s for s in slots if ref in s.in_flight)
                number = slot.in_flight.pop(ref)
                done[number] = _result(ray, ref, number, sizes[number], stats)
            for slot in [s for s in slots if s.retiring and not s.in_flight]:
                ray.kill(slot.actor)
                slots.remove(slot)
            while order and order[0] in done:
                yield from done.pop(order.popleft())
    finally:
        for slot in slots:
            ray.kill(slot.actor)
        if started:
            ray.shutdown()


def _result(ray: ModuleType, ref: Any, number: int, size: int, stats: EngineStats) -> list[Article]:
    try:
        coded, pid, (rss, peak) = ray.get(ref)
    except ray.exceptions.RayActorError as exc:
        # The actor died more often than Ray retries it: stop rather than lose documents silently.
        stats.crashes += 1
        raise CommuniqueError(f"a Ray actor died repeatedly while coding batch {number}: {exc}") from exc
    stats.record(pid, size, rss, peak)
    return list(coded)


def _open(slot: _Slot) -> bool:
    return not slot.retiring and len(slot.in_flight) < IN_FLIGHT_PER_WORKER
