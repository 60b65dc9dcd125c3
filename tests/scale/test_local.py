"""The local engine codes exactly what the sequential pipeline codes, in the same order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.config import Settings
from communique.errors import ConfigError
from communique.ingest import read_inputs
from communique.run import Engine, RunSummary, code_inputs
from communique.scale.local import EngineStats, code_in_processes, resolve_workers


def _code(corpus: Path, engine: Engine) -> tuple[list[dict[str, Any]], RunSummary]:
    records: list[dict[str, Any]] = []
    summary = code_inputs(read_inputs([str(corpus)]), Settings(), records.append, engine=engine)
    return records, summary


@pytest.fixture(scope="module")
def sequential(corpus_file: Path) -> tuple[list[dict[str, Any]], RunSummary]:
    return _code(corpus_file, Engine("local", workers=1))


def test_sequential_run_codes_events_and_accounts_for_every_line(
    sequential: tuple[list[dict[str, Any]], RunSummary],
) -> None:
    records, summary = sequential
    # 40 generated documents + an empty one + a non-JSON line + a duplicate id.
    assert summary.documents == 43
    assert (summary.coded, summary.skipped, summary.failed) == (40, 2, 1)
    assert summary.events == len(records) > 40
    assert {r["code"][:2] for r in records} >= {"04", "11"}


def test_two_workers_give_exactly_the_sequential_output(
    corpus_file: Path, sequential: tuple[list[dict[str, Any]], RunSummary]
) -> None:
    records, summary = _code(corpus_file, Engine("local", workers=2))
    assert records == sequential[0]
    assert summary.to_dict()["events"] == sequential[1].events
    assert summary.problems == sequential[1].problems
    workers = summary.engine["workers"]
    assert len(workers) == 2 and sum(w["documents"] for w in workers) == 43
    assert all(w["peak_rss"] > 50 * 2**20 for w in workers)  # each loaded its own pipeline


def test_small_batches_and_recycled_workers_keep_order_and_content(
    corpus_file: Path, sequential: tuple[list[dict[str, Any]], RunSummary]
) -> None:
    stats = EngineStats()
    articles = code_in_processes(
        read_inputs([str(corpus_file)]), Settings(), workers=2, batch_docs=4, recycle_after=16, stats=stats
    )
    coded = list(articles)
    assert [a.doc_id for a in coded] == [a.doc_id for a in read_inputs([str(corpus_file)])]
    records = [e.to_record() for a in coded for e in a.events if e.modality.value == "asserted"]
    assert records == sequential[0]
    # 43 documents, a worker retires after 16: at least two fresh processes were started.
    assert stats.restarts >= 2
    assert len({w.pid for w in stats.workers}) >= 3


def test_workers_zero_means_every_core() -> None:
    assert resolve_workers(0) >= 1
    assert resolve_workers(3) == 3
    with pytest.raises(ConfigError, match="workers"):
        resolve_workers(-2)


def test_a_pipeline_that_cannot_load_stops_the_run_with_its_message(corpus_file: Path) -> None:
    settings = Settings(spacy_model="no_such_pipeline_xx")
    with pytest.raises(ConfigError, match="no_such_pipeline_xx"):
        list(code_in_processes(read_inputs([str(corpus_file)]), settings, workers=2))
