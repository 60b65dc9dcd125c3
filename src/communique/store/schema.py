"""The DuckDB schema of the event store, as numbered migrations.

`documents` holds every input with its status (coded / skipped / failed and why); `sentences` the
sentences events were read from; `mentions` every sentence-level event record (docs/OUTPUT.md,
kept whole as JSON) with the columns queries filter on; `events` one row per deduplicated event
(see communique.dedup) pointing at its representative mention, with GDELT's num_mentions /
num_sources / num_articles; `actors` the actor codes seen, with a name and an event count.
`schema_migrations` records which migrations ran: a writable store applies the missing ones on
open, a read-only store refuses a schema it does not know.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb

from communique.errors import StoreError

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (
        1,
        "initial schema",
        (
            """CREATE TABLE documents (
                doc_id VARCHAR PRIMARY KEY,
                title VARCHAR,
                source VARCHAR,
                date VARCHAR,
                content_hash VARCHAR,
                fingerprint VARCHAR NOT NULL,
                metadata VARCHAR,
                text VARCHAR,
                status VARCHAR NOT NULL,
                reason VARCHAR,
                n_sentences INTEGER,
                n_mentions INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE sentences (
                doc_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text VARCHAR NOT NULL
            )""",
            """CREATE TABLE mentions (
                mention_id VARCHAR PRIMARY KEY,
                event_id VARCHAR,
                doc_id VARCHAR NOT NULL,
                sentence_index INTEGER,
                dedup_key VARCHAR NOT NULL,
                day DATE,
                source_code VARCHAR,
                source_country VARCHAR,
                source_name VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                target_name VARCHAR,
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                quad_class INTEGER,
                goldstein DOUBLE,
                confidence DOUBLE,
                location_name VARCHAR,
                location_country VARCHAR,
                lat DOUBLE,
                lon DOUBLE,
                record VARCHAR NOT NULL
            )""",
            """CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY,
                dedup_key VARCHAR NOT NULL,
                rep_mention_id VARCHAR NOT NULL,
                day DATE,
                source_code VARCHAR,
                source_country VARCHAR,
                target_code VARCHAR,
                target_country VARCHAR,
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                quad_class INTEGER,
                goldstein DOUBLE,
                location_name VARCHAR,
                location_country VARCHAR,
                lat DOUBLE,
                lon DOUBLE,
                num_mentions INTEGER NOT NULL,
                num_sources INTEGER NOT NULL,
                num_articles INTEGER NOT NULL
            )""",
            """CREATE TABLE actors (
                code VARCHAR PRIMARY KEY,
                country VARCHAR,
                name VARCHAR,
                count INTEGER NOT NULL
            )""",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1][0]


def _applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return set()
    return {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every missing migration, each in its own transaction; returns the schema version."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    applied = _applied_versions(con)
    unknown = {v for v in applied if v > SCHEMA_VERSION}
    if unknown:
        raise StoreError(
            f"the store has schema version {max(unknown)}, newer than this communique "
            f"({SCHEMA_VERSION}); upgrade communique"
        )
    for version, name, statements in MIGRATIONS:
        if version in applied:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def check_version(con: duckdb.DuckDBPyConnection) -> int:
    """For a read-only store: the schema must be exactly the one this code knows."""
    applied = _applied_versions(con)
    if not applied:
        raise StoreError(
            "not a communique store (no schema_migrations table); create it with `communique ingest`"
        )
    version = max(applied)
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {version}, this communique expects {SCHEMA_VERSION}; "
            "open it once writable (e.g. `communique ingest`) to migrate, or upgrade communique"
        )
    return version
