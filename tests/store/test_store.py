"""Loading: schema, statuses, idempotent re-ingest, replacement in one transaction, shards."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sample import build_articles

from communique.errors import StoreError
from communique.model import Article
from communique.output import flatten
from communique.run import article_records
from communique.store import SCHEMA_VERSION, Store

TABLES = ("documents", "sentences", "mentions", "events", "actors")


def snapshot(store: Store) -> dict[str, list[tuple]]:
    cur = store.cursor()
    return {t: sorted(cur.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def _by_id(doc_id: str) -> Article:
    return next(a for a in build_articles() if a.doc_id == doc_id)


def test_schema_version_recorded(store: Store) -> None:
    rows = store.cursor().execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(SCHEMA_VERSION, "initial schema")]
    assert store.schema_version == SCHEMA_VERSION


def test_every_document_recorded_with_status(store: Store) -> None:
    rows = dict(
        (r[0], r[1:])
        for r in store.cursor().execute("SELECT doc_id, status, reason, n_mentions FROM documents").fetchall()
    )
    assert len(rows) == 9
    assert rows["empty/teaser.txt"] == ("skipped", "no sentence with an event verb", 0)
    assert rows["wire-a/2021-12-02-stockholm.txt"] == ("coded", None, 3)  # the negated attack is left out


def test_same_documents_twice_change_nothing(store: Store) -> None:
    before = snapshot(store)
    stats = store.ingest(build_articles())
    assert (stats.documents, stats.unchanged, stats.added, stats.replaced) == (9, 9, 0, 0)
    assert snapshot(store) == before  # not even ingested_at moves


def test_changed_document_replaces_its_mentions(store: Store) -> None:
    article = _by_id("paper-b/stockholm-talks.html")
    article.text = article.text.replace("he raised", "he brought up")
    article.events = article.events[:2]  # the second meeting mention is gone
    stats = store.ingest([article])
    assert (stats.replaced, stats.mentions_removed, stats.mentions_added) == (1, 3, 2)
    cur = store.cursor()
    assert cur.execute("SELECT count(*) FROM mentions WHERE doc_id = ?", [article.doc_id]).fetchone() == (2,)
    assert cur.execute(
        "SELECT num_mentions, num_articles, num_sources FROM events WHERE code = '044'"
    ).fetchone() == (3, 3, 2)
    assert cur.execute(
        "SELECT content_hash FROM documents WHERE doc_id = ?", [article.doc_id]
    ).fetchone() == (article.content_hash,)


def test_replacement_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(store)
    article = _by_id("wire-a/2021-12-03-update.txt")
    article.text += " Talks lasted two hours."
    article.events = []

    def broken(self: Store, codes: set[str]) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_refresh_actors", broken)  # fails after delete, insert and re-cluster
    with pytest.raises(RuntimeError):
        store.ingest([article])
    assert snapshot(store) == before


def test_failed_then_coded_document_is_replaced(tmp_path: Path) -> None:
    article = _by_id("wire-a/2021-12-03-update.txt")
    events = article.events
    article.events = []
    article.fail("nlp: MemoryError")
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([article])
        article.status, article.reason, article.events = article.status.CODED, None, events
        assert store.ingest([article]).replaced == 1
        assert store.cursor().execute("SELECT status, n_mentions FROM documents").fetchall() == [("coded", 1)]


def test_shards_load_like_articles(tmp_path: Path, store: Store) -> None:
    articles = build_articles()
    records = [r for a in articles for r in article_records(a)]
    half = len(records) // 2
    while records[half]["doc_id"] == records[half - 1]["doc_id"]:
        half += 1  # a worker's shard holds whole documents
    shards = tmp_path / "shards"
    shards.mkdir()
    with (shards / "part-0000.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records[:half])
    pq.write_table(pa.Table.from_pylist([flatten(r) for r in records[half:]]), shards / "part-0001.parquet")
    with (shards / "manifest.jsonl").open("w", encoding="utf-8") as out:
        for article in articles:  # as `communique code --manifest` writes it
            entry = {"doc_id": article.doc_id, "status": article.status.value, "reason": article.reason}
            out.write(json.dumps({**entry, "events": len(article.events)}) + "\n")
    query = "SELECT event_id, rep_mention_id, num_mentions, num_sources, num_articles FROM events ORDER BY 1"
    with Store(tmp_path / "from-shards.duckdb") as loaded:
        stats = loaded.ingest_shards([shards])
        assert stats.mentions_added == len(records)
        assert stats.documents == len(articles)  # the skipped teaser comes from the manifest
        assert loaded.cursor().execute(
            "SELECT status, reason FROM documents WHERE doc_id = 'empty/teaser.txt'"
        ).fetchall() == [("skipped", "no sentence with an event verb")]
        # Shards carry no outlet names: each article counts as its own source.
        assert [r[:3] for r in loaded.cursor().execute(query).fetchall()] == [
            r[:3] for r in store.cursor().execute(query).fetchall()
        ]
        stored = json.loads(
            loaded.cursor()
            .execute("SELECT record FROM mentions WHERE mention_id = ?", [records[-1]["event_id"]])
            .fetchone()[0]
        )
        assert stored == records[-1]  # the Parquet round trip gives the record back
        assert loaded.ingest_shards([shards]).unchanged == stats.documents


def test_non_contiguous_records_are_refused(tmp_path: Path) -> None:
    records = [r for a in build_articles() for r in article_records(a)]
    shuffled = [records[0], records[-1], records[1]]
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(StoreError, match="not contiguous"):
        store.ingest_records(shuffled)


def test_read_only_store(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="no event store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    path = store.path
    store.close()
    with Store(path, read_only=True) as reader:
        assert reader.cursor().execute("SELECT count(*) FROM events").fetchone() == (7,)
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest(build_articles())


def test_counts_follow_a_document_that_loses_its_events(store: Store) -> None:
    article = _by_id("wire-a/2021-12-02-stockholm.txt")
    article.text += "\nCorrection: an earlier version misattributed the accusation."
    article.events = [e for e in article.events if e.code != "112"]
    store.ingest([article])
    cur = store.cursor()
    assert cur.execute("SELECT count(*) FROM events WHERE code = '112'").fetchone() == (0,)
    assert cur.execute("SELECT count(*) FROM actors WHERE code = 'IGOWSTNAT'").fetchone() == (0,)
    assert cur.execute("SELECT count FROM actors WHERE code = 'RUSGOV'").fetchone() == (4,)
    assert cur.execute("SELECT count(*) FROM events").fetchone() == (6,)


def test_a_record_id_cannot_move_to_another_document(store: Store) -> None:
    from communique.errors import InputError

    record = article_records(_by_id("wire-a/2021-12-03-update.txt"))[0]
    stolen = {**record, "doc_id": "elsewhere.txt"}
    before = snapshot(store)
    with pytest.raises(InputError, match="already stored"):
        store.ingest_records([stolen])
    with pytest.raises(InputError, match="appears in documents"):
        store.ingest_records([{**stolen, "doc_id": "x.txt"}, {**stolen, "doc_id": "y.txt"}])
    assert snapshot(store) == before
