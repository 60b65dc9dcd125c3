"""`communique ingest`: raw articles coded in parallel and shard directories give the same store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from communique.cli.main import main
from communique.store import Store


def _store_content(path: Path) -> dict[str, Any]:
    with Store(path, read_only=True) as store:
        con = store.cursor()
        return {
            "documents": con.execute(
                "SELECT doc_id, status, reason, title, date, content_hash FROM documents ORDER BY doc_id"
            ).fetchall(),
            "mentions": con.execute(
                "SELECT mention_id, doc_id, record FROM mentions ORDER BY 1, 2"
            ).fetchall(),
            "events": con.execute("SELECT * FROM events ORDER BY 1").fetchall(),
        }


def test_raw_and_shard_ingest_store_the_same_events(corpus_file: Path, tmp_path: Path) -> None:
    raw_db, shard_db, shards = tmp_path / "raw.duckdb", tmp_path / "shards.duckdb", tmp_path / "events"
    assert main(["ingest", str(corpus_file), "--db", str(raw_db), "--workers", "2", "--no-progress"]) == 1
    assert main(["code", str(corpus_file), "-o", f"{shards}/", "--shard-size", "8", "--no-progress"]) == 1
    assert main(["ingest", str(shards), "--db", str(shard_db), "--no-progress"]) == 1

    raw, from_shards = _store_content(raw_db), _store_content(shard_db)
    assert len(raw["mentions"]) > 40
    assert from_shards["mentions"] == raw["mentions"]
    assert from_shards["events"] == raw["events"]
    assert from_shards["documents"] == raw["documents"]
    statuses = {doc_id: status for doc_id, status, *_ in raw["documents"]}
    assert statuses["doc-001"] == "coded"  # the later duplicate id did not replace it
    assert statuses["empty-doc"] == "skipped"
    assert len(statuses) == 42  # 40 documents, the empty one, the failed line


def test_ingesting_twice_changes_nothing(corpus_file: Path, tmp_path: Path) -> None:
    db, shards = tmp_path / "events.duckdb", tmp_path / "events"
    main(["code", str(corpus_file), "-o", f"{shards}/", "--shard-size", "8", "--no-progress"])
    main(["ingest", str(shards), "--db", str(db), "--no-progress"])
    first = _store_content(db)
    main(["ingest", str(shards), "--db", str(db), "--no-progress"])
    main(["ingest", str(corpus_file), "--db", str(db), "--no-progress"])
    second = _store_content(db)
    assert second["mentions"] == first["mentions"]
    assert second["events"] == first["events"]
