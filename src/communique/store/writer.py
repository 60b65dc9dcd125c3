"""The `Store`: opening a DuckDB event store and loading documents into it, rerun-safe.

Documents arrive in batches; each batch is one transaction. A document whose fingerprint (text
hash, metadata, status and event records) is already stored is left alone, so ingesting the same
input twice changes nothing. A changed document has its sentences and mentions deleted and
rewritten in the same transaction, and every dedup key it touched, old or new, is re-clustered
(communique.dedup): events, their num_mentions / num_sources / num_articles and the actor counts
are always those of everything ingested so far. One process writes a store at a time (DuckDB's
file lock enforces it); parallel coders write shards that one loader ingests.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.dedup import cluster_days, cluster_id, dated_key
from communique.errors import InputError, StoreError
from communique.model import Article
from communique.store.records import (
    DocumentPayload,
    payload_from_article,
    payloads_from_records,
    read_manifests,
    read_shard_records,
)
from communique.store.schema import check_version, migrate


@dataclass
class IngestStats:
    """What one ingest call did."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions_added: int = 0
    mentions_removed: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _side(record: dict[str, Any], side: str, field_name: str) -> Any:
    actor = record.get(side)
    return actor.get(field_name) if isinstance(actor, dict) else None


class Store:
    """A DuckDB event store. `Store(path)` creates or migrates it; `read_only=True` only reads."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no event store at {self.path}; create it with `communique ingest`")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the event store {self.path}: {exc}") from exc
        try:
            self.schema_version = check_version(self.con) if read_only else migrate(self.con)
        except Exception:
            self.con.close()
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        return self.con.cursor()

    # -- loading ---------------------------------------------------------------------------

    def ingest(
        self, articles: Iterable[Article], include_all: bool = False, batch_size: int = 200
    ) -> IngestStats:
        """Coded Articles into the store (asserted events only unless `include_all`)."""
        return self.ingest_payloads((payload_from_article(a, include_all) for a in articles), batch_size)

    def ingest_records(
        self,
        records: Iterable[dict[str, Any]],
        documents: dict[str, dict[str, Any]] | None = None,
        batch_size: int = 2000,
    ) -> IngestStats:
        """Event records (docs/OUTPUT.md), grouped by their contiguous doc_id; see payloads_from_records."""
        return self.ingest_payloads(payloads_from_records(records, documents), batch_size)

    def ingest_shards(self, paths: Iterable[Path], batch_size: int = 2000) -> IngestStats:
        """JSONL / Parquet shards written by parallel coding (`communique ingest events/ --db ...`).

        Run manifests among them (`*manifest*.jsonl`, lines `{doc_id, status, reason}`) give each
        document its status, so skipped and failed documents are recorded too.
        """
        paths = list(paths)
        return self.ingest_records(read_shard_records(paths), read_manifests(paths), batch_size=batch_size)

    def ingest_payloads(self, payloads: Iterable[DocumentPayload], batch_size: int = 200) -> IngestStats:
        if self.read_only:
            raise StoreError(f"the store {self.path} is open read-only")
        stats = IngestStats()
        for batch in _batches(payloads, batch_size):
            self._ingest_batch(batch, stats)
        if stats.added or stats.replaced:
            # Re-clustering updates mentions in place; a checkpoint folds those updates into the
            # file so later scans (the API's) read compact column data.
            self.con.execute("CHECKPOINT")
        return stats

    def _ingest_batch(self, batch: list[DocumentPayload], stats: IngestStats) -> None:
        by_id: dict[str, DocumentPayload] = {}
        for payload in batch:
            by_id[payload.doc_id] = payload  # the last version of a document in a batch wins
        stats.documents += len(by_id)
        encoded = {doc_id: p.encoded_records() for doc_id, p in by_id.items()}
        fingerprints = {doc_id: p.fingerprint(encoded[doc_id]) for doc_id, p in by_id.items()}
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stored = dict(
                con.execute(
                    "SELECT doc_id, fingerprint FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                    [list(by_id)],
                ).fetchall()
            )
            changed = [d for d in by_id if d in stored and stored[d] != fingerprints[d]]
            new = [d for d in by_id if d not in stored]
            stats.unchanged += len(by_id) - len(changed) - len(new)
            stats.replaced += len(changed)
            stats.added += len(new)
            if not changed and not new:
                con.execute("COMMIT")
                return
            affected_keys: set[str] = set()
            affected_codes: set[str] = set()
            affected_events: set[str] = set()
            if changed:
                affected_keys, affected_codes, affected_events, removed = self._delete_documents(changed)
                stats.mentions_removed += removed
            rows = self._insert_documents([by_id[d] for d in (*changed, *new)], fingerprints, encoded)
            stats.mentions_added += len(rows["mention_id"])
            affected_keys.update(rows["dedup_key"])
            affected_codes.update(c for c in (*rows["source_code"], *rows["target_code"]) if c)
            affected_events.update(e for e in rows["event_id"] if e)  # undated mentions: their own event
            self._recluster(affected_keys, affected_events)
            self._refresh_actors(affected_codes)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _delete_documents(self, doc_ids: list[str]) -> tuple[set[str], set[str], set[str], int]:
        """Delete documents with their sentences and mentions; returns the keys, codes and events they touched."""
        con = self.con
        con.execute("CREATE OR REPLACE TEMP TABLE _gone AS SELECT unnest(?::VARCHAR[]) AS doc_id", [doc_ids])
        old = con.execute(
            "SELECT dedup_key, event_id, source_code, target_code FROM mentions "
            "WHERE doc_id IN (SELECT doc_id FROM _gone)"
        ).fetchall()
        con.execute("DELETE FROM mentions WHERE doc_id IN (SELECT doc_id FROM _gone)")
        con.execute("DELETE FROM sentences WHERE doc_id IN (SELECT doc_id FROM _gone)")
        con.execute("DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _gone)")
        keys = {row[0] for row in old}
        events = {row[1] for row in old if row[1]}
        codes = {c for row in old for c in row[2:] if c}
        return keys, codes, events, len(old)

    def _insert_documents(
        self, payloads: list[DocumentPayload], fingerprints: dict[str, str], encoded: dict[str, list[str]]
    ) -> dict[str, list[Any]]:
        now = datetime.now(UTC).replace(tzinfo=None)
        docs: dict[str, list[Any]] = {name: [] for name in _DOC_COLUMNS}
        sentences: dict[str, list[Any]] = {
            name: [] for name in ("doc_id", "sentence_index", "start", "end", "text")
        }
        mentions: dict[str, list[Any]] = {name: [] for name in _MENTION_COLUMNS}
        for p in payloads:
            seen_ids: set[str] = set()
            kept = []
            for record, record_json in zip(p.records, encoded[p.doc_id], strict=True):
                # The record id hashes doc, sentence and triple: a repeat is the same mention twice.
                if record["event_id"] in seen_ids:
                    continue
                seen_ids.add(record["event_id"])
                kept.append((record, record_json))
            for name, value in (
                ("doc_id", p.doc_id), ("title", p.title), ("source", p.source), ("date", p.date),
                ("content_hash", p.content_hash), ("fingerprint", fingerprints[p.doc_id]),
                ("metadata", json.dumps(p.metadata, ensure_ascii=False, default=str)), ("text", p.text),
                ("status", p.status), ("reason", p.reason), ("n_sentences", p.n_sentences),
                ("n_mentions", len(kept)), ("ingested_at", now),
            ):  # fmt: skip
                docs[name].append(value)
            for s in p.sentences:
                for name, value in (
                    ("doc_id", p.doc_id), ("sentence_index", s.index), ("start", s.start), ("end", s.end), ("text", s.text)
                ):  # fmt: skip
                    sentences[name].append(value)
            for record, record_json in kept:
                _append_mention(mentions, p.doc_id, record, record_json)
        self._check_mention_ids(mentions["mention_id"], mentions["doc_id"])
        self._append("documents", docs, _DOC_TYPES)
        self._append("sentences", sentences, _SENTENCE_TYPES)
        self._append("mentions", mentions, _MENTION_TYPES)
        return mentions

    def _check_mention_ids(self, mention_ids: list[str], doc_ids: list[str]) -> None:
        """A record id names one mention of one document (it hashes the doc_id): refuse reuse."""
        owner: dict[str, str] = {}
        for mention_id, doc_id in zip(mention_ids, doc_ids, strict=True):
            if owner.setdefault(mention_id, doc_id) != doc_id:
                raise InputError(
                    f"event_id {mention_id!r} appears in documents {owner[mention_id]!r} and {doc_id!r}"
                )
        if not mention_ids:
            return
        clash = self.con.execute(
            "SELECT mention_id, doc_id FROM mentions WHERE mention_id IN (SELECT unnest(?::VARCHAR[])) LIMIT 1",
            [mention_ids],
        ).fetchone()
        if clash is not None:
            raise InputError(
                f"event_id {clash[0]!r} of document {owner[clash[0]]!r} is already stored for document {clash[1]!r}"
            )

    def _append(self, table: str, columns: dict[str, list[Any]], types: dict[str, pa.DataType]) -> None:
        if not next(iter(columns.values())):
            return
        arrow = pa.table({name: pa.array(values, type=types[name]) for name, values in columns.items()})
        names = ", ".join(f'"{n}"' for n in columns)
        self.con.register("_incoming", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def _recluster(self, keys: set[str], touched_events: set[str]) -> None:
        """Re-cluster these dedup keys over all their mentions (communique.dedup) and rebuild the
        events whose membership changed: `touched_events` (events that lost or gained mentions
        outright) plus every event a re-assigned (key, day) leaves or joins. Only those rows are
        rewritten, so a batch costs what it changes, not what the store holds."""
        if not keys:
            return
        con = self.con
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _keys AS SELECT unnest(?::VARCHAR[]) AS dedup_key", [sorted(keys)]
        )
        # Per (key, day): the event its mentions belong to now (NULL for just-inserted ones).
        rows = con.execute(
            "SELECT m.dedup_key, m.day, max(m.event_id), bool_or(m.event_id IS NULL) "
            "FROM mentions m SEMI JOIN _keys k ON m.dedup_key = k.dedup_key "
            "WHERE m.day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        current = {(key, day): (event_id, unassigned) for key, day, event_id, unassigned in rows}
        map_keys: list[str] = []
        map_days: list[date] = []
        map_ids: list[str] = []
        affected = set(touched_events)
        for key, days in _group_days([(key, day) for key, day, _, _ in rows]):
            for day, first in cluster_days(key, days).items():
                new_id = cluster_id(key, first)
                old_id, unassigned = current[(key, day)]
                if new_id == old_id and not unassigned:
                    continue
                map_keys.append(key)
                map_days.append(day)
                map_ids.append(new_id)
                affected.add(new_id)
                if old_id:
                    affected.add(old_id)
        if map_ids:
            assignment = pa.table({
                "dedup_key": pa.array(map_keys, pa.string()),
                "day": pa.array(map_days, pa.date32()),
                "event_id": pa.array(map_ids, pa.string()),
            })  # fmt: skip
            con.register("_assignment", assignment)
            try:
                con.execute(
                    "UPDATE mentions SET event_id = a.event_id FROM _assignment a "
                    "WHERE mentions.dedup_key = a.dedup_key AND mentions.day = a.day"
                )
            finally:
                con.unregister("_assignment")
        if not affected:
            return
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _touched AS SELECT unnest(?::VARCHAR[]) AS event_id",
            [sorted(affected)],
        )
        con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _touched)")
        con.execute(_INSERT_EVENTS)

    def _refresh_actors(self, codes: set[str]) -> None:
        if not codes:
            return
        con = self.con
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _codes AS SELECT unnest(?::VARCHAR[]) AS code", [sorted(codes)]
        )
        con.execute("DELETE FROM actors WHERE code IN (SELECT code FROM _codes)")
        con.execute(_INSERT_ACTORS)


def _group_days(rows: list[tuple[str, date]]) -> Iterator[tuple[str, list[date]]]:
    key: str | None = None
    days: list[date] = []
    for row_key, day in rows:
        if row_key != key:
            if key is not None:
                yield key, days
            key, days = row_key, []
        days.append(day)
    if key is not None:
        yield key, days


def _batches(items: Iterable[DocumentPayload], size: int) -> Iterator[list[DocumentPayload]]:
    batch: list[DocumentPayload] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _append_mention(
    columns: dict[str, list[Any]], doc_id: str, record: dict[str, Any], record_json: str
) -> None:
    dk = dated_key(record)
    location = record.get("location") if isinstance(record.get("location"), dict) else None
    sentence = record.get("sentence") or {}
    values = {
        "mention_id": record["event_id"],
        # An undated mention is an event of its own; dated ones are assigned by _recluster.
        "event_id": None if dk.day is not None else cluster_id(dk.key, None, record["event_id"]),
        "doc_id": doc_id,
        "sentence_index": sentence.get("index"),
        "dedup_key": dk.key,
        "day": dk.day,
        "source_code": _side(record, "source", "code"),
        "source_country": _side(record, "source", "country"),
        "source_name": _side(record, "source", "name"),
        "target_code": _side(record, "target", "code"),
        "target_country": _side(record, "target", "country"),
        "target_name": _side(record, "target", "name"),
        "code": record["code"],
        "root": record.get("root") or record["code"][:2],
        "quad_class": record.get("quad_class"),
        "goldstein": record.get("goldstein"),
        "confidence": record.get("confidence"),
        "location_name": location.get("name") if location else None,
        "location_country": location.get("country") if location else None,
        "lat": location.get("lat") if location else None,
        "lon": location.get("lon") if location else None,
        "record": record_json,
    }
    for name, value in values.items():
        columns[name].append(value)


_DOC_TYPES: dict[str, pa.DataType] = {
    "doc_id": pa.string(), "title": pa.string(), "source": pa.string(), "date": pa.string(),
    "content_hash": pa.string(), "fingerprint": pa.string(), "metadata": pa.string(), "text": pa.string(),
    "status": pa.string(), "reason": pa.string(), "n_sentences": pa.int32(), "n_mentions": pa.int32(),
    "ingested_at": pa.timestamp("us"),
}  # fmt: skip
_DOC_COLUMNS = tuple(_DOC_TYPES)
_SENTENCE_TYPES: dict[str, pa.DataType] = {
    "doc_id": pa.string(), "sentence_index": pa.int32(), "start": pa.int32(), "end": pa.int32(), "text": pa.string(),
}  # fmt: skip
_MENTION_TYPES: dict[str, pa.DataType] = {
    "mention_id": pa.string(), "event_id": pa.string(), "doc_id": pa.string(), "sentence_index": pa.int32(), "dedup_key": pa.string(),
    "day": pa.date32(), "source_code": pa.string(), "source_country": pa.string(), "source_name": pa.string(),
    "target_code": pa.string(), "target_country": pa.string(), "target_name": pa.string(), "code": pa.string(),
    "root": pa.string(), "quad_class": pa.int32(), "goldstein": pa.float64(), "confidence": pa.float64(),
    "location_name": pa.string(), "location_country": pa.string(), "lat": pa.float64(), "lon": pa.float64(),
    "record": pa.string(),
}  # fmt: skip
_MENTION_COLUMNS = tuple(_MENTION_TYPES)

# One row per cluster of the re-clustered keys. The representative mention (whose record the
# event shows) is the most confident one, then one with a location, then the earliest-published,
# then the smallest id -- an order that does not depend on ingest order.
_INSERT_EVENTS = """
INSERT INTO events
WITH grouped AS (
    SELECT
        m.event_id,
        any_value(m.dedup_key) AS dedup_key,
        first(m.mention_id ORDER BY m.confidence DESC NULLS LAST, (m.location_name IS NULL),
              d.date NULLS LAST, m.mention_id) AS rep_mention_id,
        count(*) AS num_mentions,
        count(DISTINCT coalesce(d.source, 'doc:' || m.doc_id)) AS num_sources,
        count(DISTINCT m.doc_id) AS num_articles
    FROM mentions m
    JOIN documents d ON d.doc_id = m.doc_id
    WHERE m.event_id IN (SELECT event_id FROM _touched)
    GROUP BY m.event_id
)
SELECT g.event_id, g.dedup_key, g.rep_mention_id, r.day, r.source_code, r.source_country,
       r.target_code, r.target_country, r.code, r.root, r.quad_class, r.goldstein,
       r.location_name, r.location_country, r.lat, r.lon,
       g.num_mentions, g.num_sources, g.num_articles
FROM grouped g JOIN mentions r ON r.mention_id = g.rep_mention_id
"""

# An actor's name is the canonical name most mentions of its code carry (null when none does);
# its count is the number of deduplicated events it takes part in, on either side.
_INSERT_ACTORS = """
INSERT INTO actors
WITH sides AS (
    SELECT source_code AS code, source_country AS country, source_name AS name, event_id FROM mentions
    WHERE source_code IN (SELECT code FROM _codes)
    UNION ALL
    SELECT target_code, target_country, target_name, event_id FROM mentions
    WHERE target_code IN (SELECT code FROM _codes)
)
SELECT code, mode(country), mode(name), count(DISTINCT event_id)
FROM sides GROUP BY code
"""
