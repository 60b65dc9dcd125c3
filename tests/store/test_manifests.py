"""Manifests of `communique code --manifest` / shard directories, as the store reads them."""

from __future__ import annotations

import json
from pathlib import Path

from communique.store.records import read_manifests


def test_a_repeated_id_does_not_overwrite_the_first_documents_status(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.jsonl"
    entries = [
        {"doc_id": "a", "status": "coded", "reason": None, "events": 2, "duplicate_of": None},
        {"doc_id": "b", "status": "coded", "reason": None, "events": 0, "duplicate_of": None},
        {"doc_id": "a", "status": "skipped", "reason": "duplicate id", "events": 0, "duplicate_of": "in.jsonl:1"},
    ]
    manifest.write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    documents = read_manifests([manifest])
    assert documents["a"]["status"] == "coded"
    assert set(documents) == {"a", "b"}
