"""Checks on a DuckDB event store after a crash: consistency, and a comparable snapshot of its rows."""

from __future__ import annotations

from pathlib import Path

import duckdb

SNAPSHOT_QUERIES = {
    "documents": "SELECT doc_id, status, reason, content_hash, n_sentences, n_mentions FROM documents",
    "sentences": 'SELECT doc_id, sentence_index, start, "end", text FROM sentences',
    "mentions": "SELECT mention_id, event_id, doc_id, dedup_key, code, source_code, target_code, record FROM mentions",
    "events": "SELECT event_id, dedup_key, code, source_code, target_code, num_mentions, num_sources, num_articles "
    "FROM events",
    "actors": "SELECT code, country, name, count FROM actors",
}


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in SNAPSHOT_QUERIES.items()}
    finally:
        con.close()


def assert_consistent(db: Path) -> dict[str, int]:
    """Keys unique, every row belongs to a stored document, every document has all its mentions."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT count(*) - count(DISTINCT doc_id) FROM documents") == 0
        assert one("SELECT count(*) - count(DISTINCT mention_id) FROM mentions") == 0
        assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
        assert (
            one(
                "SELECT count(*) FROM (SELECT doc_id, sentence_index FROM sentences GROUP BY ALL HAVING count(*) > 1)"
            )
            == 0
        )
        assert one("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        assert one("SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == 0
        # a document is stored whole or not at all: its mention count matches its mentions
        assert (
            one(
                "SELECT count(*) FROM documents d WHERE n_mentions <> "
                "(SELECT count(*) FROM mentions m WHERE m.doc_id = d.doc_id)"
            )
            == 0
        )
        # events are the clusters of the stored mentions, nothing more, nothing less
        assert one("SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)") == 0
        assert one("SELECT coalesce(sum(num_mentions), 0) FROM events") == one(
            "SELECT count(*) FROM mentions"
        )
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "events": one("SELECT count(*) FROM events"),
        }
    finally:
        con.close()
