"""The event store: DuckDB schema, rerun-safe loading with deduplication, queries and export.

    with Store("events.duckdb") as store:
        store.ingest(coded_articles)              # or store.ingest_shards([Path("events/")])
        export(store, "parquet", "events.parquet")

A store has one writer at a time; the API opens it with `Store(path, read_only=True)`.
"""

from __future__ import annotations

from communique.store.export import EXPORT_FORMATS, export
from communique.store.records import DocumentPayload, read_shard_records
from communique.store.schema import SCHEMA_VERSION
from communique.store.writer import IngestStats, Store

__all__ = [
    "EXPORT_FORMATS",
    "SCHEMA_VERSION",
    "DocumentPayload",
    "IngestStats",
    "Store",
    "export",
    "read_shard_records",
]
