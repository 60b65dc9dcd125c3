"""`communique ingest` of raw inputs: every document counted, a repeated doc_id never replacing the first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.cli.main import main
from communique.config import Settings
from communique.model import Article
from communique.run import code_inputs, ingest_inputs
from communique.store import Store


def _stored(db: Path) -> dict[str, tuple[str, str | None]]:
    with Store(db, read_only=True) as store:
        rows = store.cursor().execute("SELECT doc_id, status, title FROM documents").fetchall()
    return {doc_id: (status, title) for doc_id, status, title in rows}


def test_a_repeated_jsonl_id_is_counted_but_not_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a", "title": "First", "text": "France condemned Germany for the attack on Monday."},
        {"id": "b", "title": "Other", "text": "Japan met China in Tokyo on Tuesday."},
        {"id": "a", "title": "Second", "text": "Brazil praised Mexico for its cooperation."},
    ]
    path, db = tmp_path / "feed.jsonl", tmp_path / "events.duckdb"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    assert main(["ingest", str(path), "--db", str(db), "--no-progress"]) == 0

    assert _stored(db) == {"a": ("coded", "First"), "b": ("coded", "Other")}
    err = capsys.readouterr().err
    assert "a: skipped: duplicate id 'a' (line 3)" in err
    assert "3 documents (2 coded, 1 skipped, 0 failed)" in err


def _articles() -> list[Article]:
    first = Article(doc_id="x", text="Russia accused Ukraine of violating the ceasefire.", title="first")
    again = Article(doc_id="x", text="Egypt sent humanitarian aid to Syria.", title="again")
    # The flag decides, not the wording of the reason.
    again.skip_duplicate("feeds/one.jsonl:1", "already seen in another feed")
    plain_skip = Article(doc_id="y", text="", title="empty")
    plain_skip.skip("empty document")
    return [first, again, plain_skip]


def test_the_duplicate_flag_keeps_a_document_out_of_the_store(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    seen: list[str] = []

    summary = ingest_inputs(_articles(), Settings(), db, on_article=lambda a: seen.append(a.title or ""))

    assert _stored(db) == {"x": ("coded", "first"), "y": ("skipped", "empty")}
    assert seen == ["first", "again", "empty"]
    assert (summary.documents, summary.coded, summary.skipped, summary.failed) == (3, 1, 2, 0)
    assert summary.events >= 1 and summary.seconds > 0
    assert ("x", "skipped", "already seen in another feed") in summary.problems


def test_coding_writes_records_in_order_and_counts_them(tmp_path: Path) -> None:
    records: list[dict[str, object]] = []

    summary = code_inputs(_articles(), Settings(), records.append)

    # Coding to a writer keeps every document: only the store holds one version per doc_id.
    assert summary.events == len(records) >= 1
    assert {record["doc_id"] for record in records} == {"x"}
    assert (summary.documents, summary.coded, summary.skipped) == (3, 1, 2)
    assert summary.seconds > 0


def test_shard_manifest_entries_flag_repeated_ids() -> None:
    from communique.run import _repeats_an_id

    def entry(reason: str | None, **extra: object) -> dict[str, object]:
        return {"doc_id": "a", "status": "skipped", "reason": reason, **extra}

    assert _repeats_an_id(entry("already seen", duplicate_of="feed.jsonl:1"))
    assert not _repeats_an_id(entry("duplicate id 'a' (line 3)", duplicate_of=None))
    assert not _repeats_an_id(entry("empty document", duplicate_of=None))
    # A manifest written before entries carried the flag: the reader's reason is all there is.
    assert _repeats_an_id(entry("duplicate id 'a' (line 3)"))
    assert not _repeats_an_id(entry(None))
