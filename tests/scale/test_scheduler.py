"""The shared scheduler with an in-process transport: order, recycling and crash retries, exactly.

The transport "codes" a batch by marking its documents coded, and a worker "dies" on a document
whose text says so (losing every batch it holds, as a killed process does). The real transports
are tested with real processes in test_local.py, test_crash.py and test_ray.py.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import pytest

from communique.errors import CommuniqueError
from communique.model import Article, Status
from communique.scale.scheduler import Done, EngineStats, Gone, schedule


@dataclass(eq=False)
class _FakeWorker:
    pid: int
    queue: deque[tuple[int, list[Article]]] = field(default_factory=deque)


class _FakeTransport:
    def __init__(self, deaths_per_doc: int = 1, refuse: bool = False) -> None:
        self.started: list[_FakeWorker] = []
        self.stopped: list[_FakeWorker] = []
        self.sent: list[tuple[int, list[str]]] = []  # (worker pid, doc ids) per batch sent
        self.deaths: dict[str, int] = {}
        self.deaths_per_doc = deaths_per_doc
        self.refuse = refuse
        self.closed = False

    def start(self) -> _FakeWorker:
        worker = _FakeWorker(pid=100 + len(self.started))
        self.started.append(worker)
        return worker

    def send(self, worker: _FakeWorker, number: int, articles: list[Article]) -> None:
        if number % (1 << 20):  # a one-document retry: alone on its worker, before and after
            assert not worker.queue, "a retried document shares its worker"
        else:
            assert not any(n % (1 << 20) for n, _ in worker.queue), "a batch joins a retried document"
        worker.queue.append((number, articles))
        self.sent.append((worker.pid, [a.doc_id for a in articles]))

    def wait(self, workers: list[_FakeWorker], timeout: float) -> list[Done | Gone]:
        if self.refuse:
            raise CommuniqueError("the pipeline could not be loaded")
        messages: list[Done | Gone] = []
        for worker in workers:
            if not worker.queue:
                continue
            number, articles = worker.queue.popleft()
            for article in articles:
                killer = "kill" in article.text and self.deaths.get(article.doc_id, 0) < self.deaths_per_doc
                if killer:
                    self.deaths[article.doc_id] = self.deaths.get(article.doc_id, 0) + 1
                    worker.queue.clear()
                    messages.append(Gone(worker, "killed by SIGKILL"))
                    break
                article.status = Status.CODED
            else:
                messages.append(Done(worker, number, articles, worker.pid, 1000, 2000))
        return messages

    def stop(self, worker: _FakeWorker) -> None:
        self.stopped.append(worker)

    def close(self) -> None:
        self.closed = True


def _articles(count: int, killers: tuple[int, ...] = ()) -> list[Article]:
    return [
        Article(doc_id=f"d{i}", text="this one would kill a worker" if i in killers else f"text {i}")
        for i in range(count)
    ]


def test_batches_come_back_in_input_order_and_workers_are_recycled() -> None:
    transport, stats = _FakeTransport(), EngineStats()
    coded = list(schedule(_articles(23), transport, workers=2, batch_docs=3, recycle_after=6, stats=stats))
    assert [a.doc_id for a in coded] == [f"d{i}" for i in range(23)]
    assert all(a.status is Status.CODED for a in coded)
    # 8 batches of at most 3 documents; a worker retires after two batches (6 documents).
    assert [len(ids) for _, ids in transport.sent] == [3] * 7 + [2]
    assert stats.restarts >= 3 and len(transport.started) == 2 + stats.restarts
    assert all(w in transport.stopped for w in transport.started[:-2])
    assert stats.crashes == 0 and transport.closed


def test_a_document_that_kills_workers_alone_twice_is_failed_and_the_rest_coded() -> None:
    transport, stats = _FakeTransport(deaths_per_doc=99), EngineStats()
    coded = list(
        schedule(
            _articles(12, killers=(4,)), transport, workers=2, batch_docs=3, recycle_after=100, stats=stats
        )
    )
    assert [a.doc_id for a in coded] == [f"d{i}" for i in range(12)]
    assert [a.doc_id for a in coded if a.status is Status.FAILED] == ["d4"]
    assert coded[4].reason == "the worker died while coding this document (killed by SIGKILL)"
    # The batch d3..d5 was sent whole, then once per document, d4 twice; every other batch once.
    sent = [ids for _, ids in transport.sent]
    assert sent.count(["d3", "d4", "d5"]) == 1
    assert (sent.count(["d3"]), sent.count(["d4"]), sent.count(["d5"])) == (1, 2, 1)
    assert stats.crashes == 3 and len(transport.started) == 2 + 3


def test_every_batch_a_worker_held_is_retried_alone_and_a_one_time_killer_is_coded() -> None:
    transport, stats = _FakeTransport(deaths_per_doc=1), EngineStats()
    coded = list(
        schedule(
            _articles(12, killers=(1,)), transport, workers=1, batch_docs=3, recycle_after=100, stats=stats
        )
    )
    assert all(a.status is Status.CODED for a in coded)  # it killed one worker only: all coded
    assert [a.doc_id for a in coded] == [f"d{i}" for i in range(12)]
    sent = [ids for _, ids in transport.sent]
    # The worker died holding d0..d2 and d3..d5: both are coded again, one document at a time.
    assert sent[:2] == [["d0", "d1", "d2"], ["d3", "d4", "d5"]]
    assert sent[2:8] == [["d0"], ["d1"], ["d2"], ["d3"], ["d4"], ["d5"]]
    assert sent[8:] == [["d6", "d7", "d8"], ["d9", "d10", "d11"]]
    assert stats.crashes == 1


def test_a_transport_error_stops_the_run_and_closes_the_transport() -> None:
    transport = _FakeTransport(refuse=True)
    with pytest.raises(CommuniqueError, match="could not be loaded"):
        list(
            schedule(_articles(5), transport, workers=2, batch_docs=2, recycle_after=10, stats=EngineStats())
        )
    assert transport.closed
