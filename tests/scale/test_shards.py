"""Shard directories: every document accounted for, reruns skip finished shards, Parquet = JSONL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from communique.config import Settings
from communique.errors import ConfigError
from communique.ingest import read_inputs
from communique.run import Engine, code_to_directory
from communique.scale.shards import finished_shards, manifest_documents
from communique.store import read_shard_records


def _run(corpus: Path, out: Path, **options: Any) -> Any:
    options.setdefault("shard_size", 5)
    return code_to_directory(
        read_inputs([str(corpus)]), Settings(), out, [str(corpus)], engine=Engine("local", 1), **options
    )


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.name != "manifest.json"}


def test_manifest_accounts_for_every_document(corpus_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    summary = _run(corpus_file, out)
    inputs = list(read_inputs([str(corpus_file)]))
    entries = list(manifest_documents(out))
    assert [e["doc_id"] for e in entries] == [a.doc_id for a in inputs]
    assert [e["position"] for e in entries] == list(range(len(inputs)))
    assert [e["shard"] for e in entries] == [i // 5 for i in range(len(inputs))]
    statuses = {e["doc_id"]: (e["status"], e["reason"]) for e in entries}
    assert statuses["empty-doc"] == ("skipped", "empty document")
    assert statuses["corpus.jsonl:8"][0] == "failed"
    # The events each entry counts are the records its shard holds for that document.
    for shard in finished_shards(out):
        records = list(read_shard_records([shard.path]))
        for entry in shard.documents:
            assert sum(r["doc_id"] == entry["doc_id"] for r in records) == entry["events"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert len(manifest["shards"]) == 9
    assert manifest["totals"]["documents"] == len(inputs) == summary.documents
    assert manifest["totals"]["events"] == summary.events == sum(e["events"] for e in entries)


def test_a_rerun_reuses_every_finished_shard_and_changes_nothing(corpus_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    first = _run(corpus_file, out)
    before = _snapshot(out)
    second = _run(corpus_file, out)
    assert second.shards == 0 and second.reused == first.documents
    assert (second.coded, second.skipped, second.failed, second.events) == (
        first.coded, first.skipped, first.failed, first.events,
    )  # fmt: skip
    assert _snapshot(out) == before


def test_a_missing_shard_is_recoded_identically(corpus_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    _run(corpus_file, out)
    before = _snapshot(out)
    # As a crash leaves it: shard 3 written but not marked done, shard 6 half-written.
    (out / "shard-00003.manifest.json").unlink()
    (out / "shard-00006.manifest.json").unlink()
    (out / "shard-00006.jsonl").rename(out / ".shard-00006.jsonl.tmp")
    rerun = _run(corpus_file, out)
    assert rerun.shards == 2
    assert rerun.reused == 43 - 10
    assert _snapshot(out) == before  # the half-written temporary file was replaced, then renamed


def test_parquet_shards_hold_the_same_records(corpus_file: Path, tmp_path: Path) -> None:
    _run(corpus_file, tmp_path / "jsonl")
    _run(corpus_file, tmp_path / "parquet", shard_format="parquet")
    as_jsonl = list(read_shard_records([tmp_path / "jsonl"]))
    as_parquet = list(read_shard_records([tmp_path / "parquet"]))
    assert as_parquet == as_jsonl and len(as_jsonl) > 40


def test_a_rerun_with_other_options_or_inputs_is_refused(corpus_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    _run(corpus_file, out)
    with pytest.raises(ConfigError, match="same options"):
        _run(corpus_file, out, shard_size=7)
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "x", "text": "France met Germany."}) + "\n")
    with pytest.raises(ConfigError, match="other inputs"):
        code_to_directory(read_inputs([str(other)]), Settings(), out, [str(other)], shard_size=5)


def test_a_non_empty_directory_without_manifest_is_refused(corpus_file: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ConfigError, match="not empty"):
        _run(corpus_file, tmp_path)
