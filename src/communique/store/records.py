"""What the store loads: one `DocumentPayload` per input document, from Articles or from shards.

The coder hands the store either finished `Article`s (in-process ingest) or event records read
back from the JSONL / Parquet shards that parallel workers write (one loader writes the
database). Both become a `DocumentPayload`: the document row, its sentences and its event
records, with a fingerprint that decides whether re-ingesting it changes anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import InputError, StoreError
from communique.model import Article

# The nested objects of the public record, for turning flat Parquet columns back into records.
_ACTOR_FIELDS = ("code", "country", "sectors", "name", "text", "start", "end")
_NESTED: dict[str, tuple[str, ...]] = {
    "sentence": ("index", "start", "end", "text"),
    "source": _ACTOR_FIELDS,
    "target": _ACTOR_FIELDS,
    "verb": ("text", "start", "end"),
    "location": ("name", "country", "lat", "lon", "text", "start", "end"),
}


@dataclass(frozen=True)
class SentenceRow:
    index: int
    start: int
    end: int
    text: str


@dataclass
class DocumentPayload:
    """One document as the store writes it."""

    doc_id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    text: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    content_hash: str | None = None
    status: str = "coded"
    reason: str | None = None
    n_sentences: int | None = None
    sentences: list[SentenceRow] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)

    def encoded_records(self) -> list[str]:
        """Each record as canonical JSON (sorted keys): what the store keeps and fingerprints."""
        return [json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) for r in self.records]

    def fingerprint(self, encoded: list[str] | None = None) -> str:
        """Same fingerprint, same stored state: the text, what is known about it, and its events."""
        body = {
            "content_hash": self.content_hash,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "metadata": self.metadata,
            "status": self.status,
            "reason": self.reason,
            "records": sorted(self.encoded_records() if encoded is None else encoded),
        }
        text = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def payload_from_article(article: Article, include_all: bool = False) -> DocumentPayload:
    """An Article after coding; only asserted events unless `include_all` (as `communique code`)."""
    from communique.run import article_records

    records = article_records(article, include_all)
    # The sentences events were read from, as the records give them: their indices are the ones
    # mentions refer to, whatever sentence splitting the coder used.
    sentences = sentences_from_records(records)
    return DocumentPayload(
        doc_id=article.doc_id,
        title=article.title,
        date=article.date,
        source=article.source,
        text=article.text,
        metadata=dict(article.metadata),
        content_hash=article.content_hash,
        status=article.status.value,
        reason=article.reason,
        n_sentences=article.n_sentences or len(sentences) or None,
        sentences=sentences,
        records=records,
    )


def sentences_from_records(records: Iterable[Mapping[str, Any]]) -> list[SentenceRow]:
    seen: dict[int, SentenceRow] = {}
    for record in records:
        sentence = record.get("sentence") or {}
        if sentence.get("index") is None:
            continue
        index = int(sentence["index"])
        seen.setdefault(
            index,
            SentenceRow(index, int(sentence["start"]), int(sentence["end"]), str(sentence.get("text") or "")),
        )
    return [seen[i] for i in sorted(seen)]


def payloads_from_records(
    records: Iterable[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]] | None = None,
) -> Iterator[DocumentPayload]:
    """Group event records by document; the records of one document must be contiguous.

    `documents` (doc_id -> {title, date, source, text, metadata, status, reason}) adds what the
    records do not carry; a document listed there without records is stored with its status.
    """
    documents = documents or {}
    done: set[str] = set()
    current: DocumentPayload | None = None
    for record in records:
        doc_id = str(record["doc_id"])
        if current is not None and doc_id == current.doc_id:
            current.records.append(dict(record))
            continue
        if current is not None:
            done.add(current.doc_id)
            yield _finish(current, documents)
        if doc_id in done:
            raise StoreError(
                f"the records of document {doc_id!r} are not contiguous in the input; "
                "load each document's events together (one shard per document set)"
            )
        current = DocumentPayload(doc_id=doc_id, date=record.get("doc_date"), records=[dict(record)])
    if current is not None:
        done.add(current.doc_id)
        yield _finish(current, documents)
    for doc_id in documents:
        if doc_id not in done:
            yield _finish(DocumentPayload(doc_id=doc_id), documents)


def _finish(payload: DocumentPayload, documents: Mapping[str, Mapping[str, Any]]) -> DocumentPayload:
    info = documents.get(payload.doc_id, {})
    payload.title = info.get("title", payload.title)
    payload.date = info.get("date", payload.date)
    payload.source = info.get("source", payload.source)
    payload.text = info.get("text", payload.text)
    payload.metadata = dict(info.get("metadata") or {})
    payload.status = str(info.get("status") or "coded")
    payload.reason = info.get("reason")
    if payload.text is not None:
        payload.content_hash = hashlib.sha256(payload.text.encode("utf-8", "surrogatepass")).hexdigest()
    else:
        payload.content_hash = info.get("content_hash")
    payload.sentences = sentences_from_records(payload.records)
    payload.n_sentences = info.get("n_sentences")
    return payload


def unflatten(flat: Mapping[str, Any]) -> dict[str, Any]:
    """A flat row (columns joined with `_`, lists as JSON strings) back into the nested record."""
    record: dict[str, Any] = {}
    used: set[str] = set()
    for name, fields in _NESTED.items():
        present = [f for f in fields if f"{name}_{f}" in flat]
        if not present and name in flat:
            record[name] = flat[name]
            used.add(name)
            continue
        if not present:
            continue
        obj = {f: flat.get(f"{name}_{f}") for f in fields}
        used.update(f"{name}_{f}" for f in present)
        record[name] = None if all(v is None for v in obj.values()) else obj
    speaker_fields = [f"attribution_speaker_{f}" for f in _ACTOR_FIELDS]
    if any(c in flat for c in (*speaker_fields, "attribution_via")):
        speaker = {f: flat.get(f"attribution_speaker_{f}") for f in _ACTOR_FIELDS}
        via = flat.get("attribution_via")
        used.update((*speaker_fields, "attribution_via"))
        has_speaker = any(v is not None for v in speaker.values())
        record["attribution"] = (
            {"speaker": speaker if has_speaker else None, "via": via}
            if has_speaker or via is not None
            else None
        )
    for key, value in flat.items():
        if key not in used:
            record[key] = value
    for side in ("source", "target"):
        _decode_sectors(record.get(side))
    attribution = record.get("attribution")
    if isinstance(attribution, dict):
        _decode_sectors(attribution.get("speaker"))
    return record


def _decode_sectors(actor: Any) -> None:
    if isinstance(actor, dict) and isinstance(actor.get("sectors"), str):
        actor["sectors"] = json.loads(actor["sectors"])


def is_manifest(path: Path) -> bool:
    """A run manifest (`communique code --manifest`): one line per document with its status."""
    return "manifest" in path.name and path.suffix == ".jsonl"


def read_manifests(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """doc_id -> {status, reason, ...} from the manifest files among `paths`."""
    documents: dict[str, dict[str, Any]] = {}
    for path in _shard_files(paths):
        if not is_manifest(path):
            continue
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    entry = json.loads(line)
                    if entry.get("duplicate_of"):
                        continue  # a repeated id: the first document's status stands
                    documents[str(entry["doc_id"])] = {k: v for k, v in entry.items() if k != "events"}
    return documents


def read_shard_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Event records from `.jsonl` and `.parquet` shard files (directories: all shards inside, sorted).

    Manifest files (`*manifest*.jsonl`) are skipped here; `read_manifests` reads them.
    """
    for path in _shard_files(paths):
        if is_manifest(path):
            continue
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=10_000):
                for row in batch.to_pylist():
                    yield unflatten(row)
            continue
        with path.open(encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not a JSON event record ({exc})") from exc


def _shard_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix in (".jsonl", ".parquet") and p.is_file()
            )
        elif path.is_file():
            yield path
        else:
            raise InputError(f"no such shard file or directory: {path}")
