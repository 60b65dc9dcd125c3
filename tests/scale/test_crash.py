"""Workers that really die (SIGKILL, segfault) cost nothing but the document that kills them.

docs/SCALE.md promises: a dead worker's batches are coded again one document at a time by new
workers, a document that kills a worker twice while alone on it is failed with the reason, and
the run goes on, with every other document coded exactly as the sequential coder codes it, in input order.
Each run has a hard deadline (SIGALRM), so an engine that waited on a dead worker would fail
the test instead of hanging it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from corpus import generate_documents
from crashing import FLAG_ENV, KILL_ALWAYS, SEGFAULT_ONCE, crashing, deadline

from communique.config import Settings
from communique.ingest import read_inputs
from communique.model import Article, Status
from communique.pipeline import Coder
from communique.run import Engine, code_to_directory
from communique.scale.local import EngineStats, code_in_processes
from communique.scale.shards import manifest_documents

RUN_SECONDS = 240


def _write(path: Path, docs: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(doc) + "\n" for doc in docs), encoding="utf-8")
    return path


def _with_markers(count: int) -> list[dict[str, str]]:
    """Generated documents; document 9 kills every worker that codes it, document 22 one worker."""
    docs = generate_documents(count, seed=11)
    docs[9]["text"] += f"\n\nA line that kills the worker: {KILL_ALWAYS}."
    docs[22]["text"] += f"\n\nA line that crashes one worker: {SEGFAULT_ONCE}."
    return docs


def _summary(article: Article) -> tuple[str, str, list[dict[str, Any]]]:
    return article.doc_id, article.status.value, [e.to_record() for e in article.events]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("crash") / "corpus.jsonl", _with_markers(30))


@pytest.fixture(scope="module")
def reference(corpus: Path) -> dict[str, tuple[str, str, list[dict[str, Any]]]]:
    """The sequential coder's result for every document (markers are plain text to it)."""
    return {a.doc_id: _summary(a) for a in Coder(Settings()).code_articles(read_inputs([str(corpus)]))}


@pytest.fixture
def dying_workers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Workers forked from now on die on the markers; this process never does."""
    monkeypatch.setattr(Coder, "code_articles", crashing(tmp_path, spare_pid=os.getpid()))
    return tmp_path


def test_dead_workers_cost_only_the_document_that_kills_them(
    corpus: Path, reference: dict[str, tuple[str, str, list[dict[str, Any]]]], dying_workers: Path
) -> None:
    stats = EngineStats()
    with deadline(RUN_SECONDS):
        coded = list(
            code_in_processes(read_inputs([str(corpus)]), Settings(), workers=2, batch_docs=4, stats=stats)
        )
    assert [a.doc_id for a in coded] == list(reference)  # every document once, in input order
    killer = coded[9]
    assert killer.status is Status.FAILED
    assert killer.reason == "the worker died while coding this document (killed by SIGKILL)"
    assert not killer.events
    # The segfault happened once: the document was coded again, alone, by a new worker.
    assert (dying_workers / f"segfault-{coded[22].doc_id}").exists()
    others = [_summary(a) for i, a in enumerate(coded) if i != 9]
    assert others == [v for k, v in reference.items() if k != killer.doc_id]
    assert sum(len(a.events) for a in coded) > 30
    # Four deaths: on the batch holding document 9, twice on document 9 alone, once on document 22.
    assert stats.crashes == 4
    assert sum(w.documents for w in stats.workers) == len(coded) - 1  # all but the killer, once


def test_a_shard_run_records_the_killed_document_and_finishes(
    corpus: Path,
    reference: dict[str, tuple[str, str, list[dict[str, Any]]]],
    dying_workers: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "events"
    with deadline(RUN_SECONDS):
        summary = code_to_directory(
            read_inputs([str(corpus)]), Settings(), out, [str(corpus)],
            shard_size=8, engine=Engine("local", workers=2, batch_docs=8),
        )  # fmt: skip
    entries = list(manifest_documents(out))
    assert [e["doc_id"] for e in entries] == list(reference)
    failed = [e for e in entries if e["status"] == "failed"]
    assert [(e["position"], e["reason"]) for e in failed] == [
        (9, "the worker died while coding this document (killed by SIGKILL)")
    ]
    assert (summary.coded, summary.failed) == (29, 1)
    assert summary.engine["crashes"] == 4
    assert json.loads((out / "manifest.json").read_text())["complete"] is True
    expected_events = sum(len(r[2]) for k, r in reference.items() if k != failed[0]["doc_id"])
    assert summary.events == expected_events


@pytest.mark.slow
def test_dead_ray_actors_cost_only_the_document_that_kills_them(
    corpus: Path, reference: dict[str, tuple[str, str, list[dict[str, Any]]]], tmp_path: Path
) -> None:
    ray = pytest.importorskip("ray")
    from communique.scale.ray_engine import code_with_ray

    # Every actor process of this cluster dies on the markers (Ray runs the hook in each one).
    here = str(Path(__file__).parent)
    path = os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)
    runtime_env = {
        "env_vars": {"PYTHONPATH": path, FLAG_ENV: str(tmp_path)},
        "worker_process_setup_hook": "crashing.install_from_environment",
    }
    stats = EngineStats()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, runtime_env=runtime_env)
    try:
        with deadline(RUN_SECONDS * 2):
            coded = list(
                code_with_ray(read_inputs([str(corpus)]), Settings(), workers=2, batch_docs=4, stats=stats)
            )
    finally:
        ray.shutdown()
    assert [a.doc_id for a in coded] == list(reference)
    killer = coded[9]
    assert killer.status is Status.FAILED
    assert killer.reason is not None
    assert killer.reason.startswith("the worker died while coding this document (ActorDiedError")
    assert (tmp_path / f"segfault-{coded[22].doc_id}").exists()
    others = [_summary(a) for i, a in enumerate(coded) if i != 9]
    assert others == [v for k, v in reference.items() if k != killer.doc_id]
    assert stats.crashes == 4
