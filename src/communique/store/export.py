"""Export the store's deduplicated events as JSON Lines, Parquet or GDELT 2.0 event rows.

Each exported row is the event's record (docs/OUTPUT.md, from its representative mention) with
`event_id` set to the deduplicated event's id and `num_mentions`, `num_sources`, `num_articles`
added. Flattening and the GDELT column mapping are `communique.output`'s, so `communique code`
and `communique export` write the same columns. With `mentions=True` every mention record is
exported instead (the store's full sentence-level content).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from communique.errors import ConfigError
from communique.output import CSV_COLUMNS, flatten, gdelt_row
from communique.store.queries import load_record
from communique.store.writer import Store

EXPORT_FORMATS = ("parquet", "gdelt", "jsonl")
COUNT_COLUMNS = ("num_mentions", "num_sources", "num_articles")

_INT_COLUMNS = {
    "sentence_index", "sentence_start", "sentence_end", "source_start", "source_end", "target_start",
    "target_end", "quad_class", "verb_start", "verb_end", "location_start", "location_end",
    "attribution_speaker_start", "attribution_speaker_end", *COUNT_COLUMNS,
}  # fmt: skip
_FLOAT_COLUMNS = {"goldstein", "location_lat", "location_lon", "confidence"}


def parquet_schema() -> pa.Schema:
    """The flat record columns (communique.output.CSV_COLUMNS) plus the dedup counts, typed."""
    fields = []
    for name in (*CSV_COLUMNS, *COUNT_COLUMNS):
        kind = pa.int64() if name in _INT_COLUMNS else pa.float64() if name in _FLOAT_COLUMNS else pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def iter_export_records(
    store: Store, mentions: bool = False, batch: int = 5000
) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, source url or '') for every event (or mention), in a stable order."""
    cur = store.cursor()
    if mentions:
        cur.execute(
            "SELECT m.record, m.mention_id, e.num_mentions, e.num_sources, e.num_articles, d.metadata "
            "FROM mentions m LEFT JOIN events e ON e.event_id = m.event_id JOIN documents d ON d.doc_id = m.doc_id "
            "ORDER BY m.doc_id, m.sentence_index, m.mention_id"
        )
    else:
        cur.execute(
            "SELECT m.record, e.event_id, e.num_mentions, e.num_sources, e.num_articles, d.metadata "
            "FROM events e JOIN mentions m ON m.mention_id = e.rep_mention_id JOIN documents d ON d.doc_id = m.doc_id "
            "ORDER BY e.day NULLS LAST, e.event_id"
        )
    while rows := cur.fetchmany(batch):
        for record_json, event_id, num_mentions, num_sources, num_articles, metadata in rows:
            record = load_record(record_json)
            record["event_id"] = event_id
            record["num_mentions"] = num_mentions
            record["num_sources"] = num_sources
            record["num_articles"] = num_articles
            url = (json.loads(metadata) if metadata else {}).get("url") or ""
            yield record, str(url)
    cur.close()


def export(store: Store, output_format: str, out_path: str | Path, mentions: bool = False) -> int:
    """Write every event of the store to `out_path`; returns the number of rows written."""
    if output_format not in EXPORT_FORMATS:
        raise ConfigError(
            f"unknown export format {output_format!r}; choose one of {', '.join(EXPORT_FORMATS)}"
        )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    records = iter_export_records(store, mentions)
    if output_format == "parquet":
        return _write_parquet(records, out)
    count = 0
    with out.open("w", encoding="utf-8", newline="\n") as stream:
        for record, url in records:
            if output_format == "jsonl":
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                fields = [v.replace("\t", " ").replace("\n", " ") for v in gdelt_row(record, source_url=url)]
                stream.write("\t".join(fields) + "\n")
            count += 1
    return count


def _write_parquet(records: Iterator[tuple[dict[str, Any], str]], out: Path, chunk: int = 20_000) -> int:
    schema = parquet_schema()
    names = schema.names
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        columns: dict[str, list[Any]] = {name: [] for name in names}
        for record, _url in records:
            flat = flatten(record)
            for name in names:
                columns[name].append(flat.get(name))
            count += 1
            if len(columns[names[0]]) >= chunk:
                writer.write_table(pa.table(columns, schema=schema))
                columns = {name: [] for name in names}
        if columns[names[0]] or count == 0:
            writer.write_table(pa.table(columns, schema=schema))
    return count
