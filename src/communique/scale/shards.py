"""Numbered, resumable output shards: `communique code INPUTS -o DIR/`.

The inputs, in their fixed reading order, are cut into shards of `shard_size` documents:
shard k holds the events of documents k*size .. (k+1)*size-1. A shard is finished in three
steps, each one atomic: its events go to a temporary file that is renamed to
`shard-NNNNN.jsonl` (or `.parquet`), then its manifest (one entry per document: status,
reason, events, content hash...) is written the same way as `shard-NNNNN.manifest.json`, the
done-marker. A rerun after a crash or Ctrl-C reads the inputs again, skips every shard whose
marker is there and whose documents are the same (same ids, same content hashes), and codes
the others: the directory ends with every document exactly once, no duplicates and no gaps.
`manifest.json` at the top names the inputs and the layout, and, once the run is complete,
the totals.

    DIR/manifest.json                 inputs, shard size and format, status, totals
    DIR/shard-00000.jsonl             event records (docs/OUTPUT.md), documents in input order
    DIR/shard-00000.manifest.json     per-document status of shard 0 (its presence: shard done)
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from communique.errors import ConfigError
from communique.model import Article

SHARD_FORMATS = ("jsonl", "parquet")
MANIFEST = "manifest.json"
LAYOUT = "communique-shards"
LAYOUT_VERSION = 1

CodeFunction = Callable[[Iterable[Article]], Iterator[Article]]
RecordsOf = Callable[[Article], list[dict[str, Any]]]


def shard_name(number: int, shard_format: str) -> str:
    return f"shard-{number:05d}.{shard_format}"


def marker_name(number: int) -> str:
    return f"shard-{number:05d}.manifest.json"


def is_shard_dir(path: Path) -> bool:
    """A directory written by `communique code -o DIR/` (it has a shard manifest.json)."""
    manifest = path / MANIFEST
    if not manifest.is_file():
        return False
    try:
        return json.loads(manifest.read_text(encoding="utf-8")).get("layout") == LAYOUT
    except (OSError, json.JSONDecodeError):
        return False


def document_entry(article: Article, shard: int, position: int, events: int) -> dict[str, Any]:
    """What the manifest says about one document: enough to store it without its events file."""
    return {
        "doc_id": article.doc_id,
        "position": position,
        "shard": shard,
        "status": article.status.value,
        "reason": article.reason,
        "events": events,
        "n_sentences": article.n_sentences,
        "content_hash": article.content_hash,
        "title": article.title,
        "date": article.date,
        "source": article.source,
        "metadata": article.metadata,
        "warnings": list(article.warnings),
        "duplicate_of": article.duplicate_of,
    }


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary name in the same directory, flush to disk, rename into place."""
    temporary = path.with_name(f".{path.name}.tmp")
    write(temporary)
    with open(temporary, "rb") as stream:
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def _write_json(path: Path, value: Any) -> None:
    def write(target: Path) -> None:
        target.write_text(
            json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
        )

    _atomic_write(path, write)


def write_shard_file(path: Path, records: list[dict[str, Any]], shard_format: str) -> None:
    if shard_format == "parquet":
        _atomic_write(path, lambda target: _write_parquet(target, records))
        return

    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8") as stream:
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    _atomic_write(path, write)


# Flat Parquet columns (output.flatten names) that are not strings; the rest are strings.
_INT_COLUMNS = {"sentence_index", "quad_class"}
_FLOAT_COLUMNS = {"goldstein", "location_lat", "location_lon", "confidence"}


def _write_parquet(target: Path, records: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from communique.output import CSV_COLUMNS, flatten

    rows = []
    for record in records:
        flat = flatten(record)
        for side in ("source", "target", "location", "attribution"):
            if flat.get(side, 0) is None:  # a null object: its flat columns stay null
                flat.pop(side)
        rows.append(flat)
    extra = sorted({key for row in rows for key in row} - set(CSV_COLUMNS))
    columns: dict[str, Any] = {}
    for name in (*CSV_COLUMNS, *extra):
        values = [row.get(name) for row in rows]
        if name in _INT_COLUMNS or name.endswith(("_start", "_end")):
            kind = pa.int64()
        elif name in _FLOAT_COLUMNS:
            kind = pa.float64()
        else:
            kind = pa.string()
            values = [v if v is None or isinstance(v, str) else json.dumps(v) for v in values]
        columns[name] = pa.array(values, type=kind)
    pq.write_table(pa.table(columns), target)


@dataclass(frozen=True)
class ShardLayout:
    shard_size: int
    shard_format: str
    include_all: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "shard_size": self.shard_size,
            "shard_format": self.shard_format,
            "include_all": self.include_all,
        }


def open_shard_dir(directory: Path, layout: ShardLayout, inputs: list[str], engine: str) -> dict[str, Any]:
    """Create the directory and its manifest, or check that a rerun uses the same layout."""
    if layout.shard_format not in SHARD_FORMATS:
        raise ConfigError(
            f"shard format must be one of {', '.join(SHARD_FORMATS)}, not {layout.shard_format!r}"
        )
    if layout.shard_size < 1:
        raise ConfigError(f"shard size must be at least 1, not {layout.shard_size}")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MANIFEST
    if path.exists():
        try:
            manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{path} is not a shard manifest ({exc}); use an empty output directory"
            ) from exc
        if manifest.get("layout") != LAYOUT:
            raise ConfigError(f"{path} was not written by `communique code`; use an empty output directory")
        previous = {key: manifest.get(key) for key in layout.to_dict()}
        if previous != layout.to_dict():
            raise ConfigError(
                f"{directory} holds shards written with {previous}; this run asks for {layout.to_dict()}. "
                "Rerun with the same options to resume, or use a new output directory."
            )
        if manifest.get("inputs") != inputs:
            raise ConfigError(
                f"{directory} holds shards of other inputs ({manifest.get('inputs')}); "
                "use a new output directory for these inputs"
            )
        return manifest
    elif any(directory.iterdir()):
        raise ConfigError(f"{directory} is not empty and has no {MANIFEST}; use an empty or new directory")
    manifest = {
        "layout": LAYOUT,
        "version": LAYOUT_VERSION,
        "inputs": inputs,
        **layout.to_dict(),
        "engine": engine,
        "complete": False,
    }
    _write_json(path, manifest)
    return manifest


def read_marker(directory: Path, number: int) -> dict[str, Any] | None:
    path = directory / marker_name(number)
    if not path.is_file():
        return None
    try:
        marker: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None  # cannot happen with atomic renames, but a hand-edited marker is not trusted
    if not (directory / str(marker.get("file", ""))).is_file():
        return None
    return marker


def _same_documents(marker: dict[str, Any], articles: list[Article]) -> bool:
    entries = marker.get("documents", [])
    return len(entries) == len(articles) and all(
        entry["doc_id"] == article.doc_id and entry["content_hash"] == article.content_hash
        for entry, article in zip(entries, articles, strict=True)
    )


@dataclass
class ShardRun:
    """Totals of one sharded run: what was coded now and what an earlier run had finished."""

    shards_written: int = 0
    shards_reused: int = 0
    documents_reused: int = 0


def code_to_shards(
    articles: Iterable[Article],
    code: CodeFunction,
    directory: Path,
    layout: ShardLayout,
    records_of: RecordsOf,
    on_article: Callable[[Article, int], None],
    on_reused: Callable[[dict[str, Any]], None],
) -> ShardRun:
    """Code the inputs into numbered shards under `directory`, skipping shards already done.

    `code` is the engine (sequential, local processes or Ray): coded Articles out, in input order.
    `on_article(article, events)` is called for each document coded now, `on_reused(entry)` for
    each document of a shard a previous run finished.
    """
    run = ShardRun()
    boundaries: deque[tuple[int, int]] = deque()  # (shard number, documents) in the order coded

    def to_code() -> Iterator[Article]:
        for number, shard in _shards_of(articles, layout.shard_size):
            marker = read_marker(directory, number)
            if marker is not None:
                if not _same_documents(marker, shard):
                    raise ConfigError(
                        f"shard {number} in {directory} was written from other documents than the "
                        "inputs give now; use a new output directory"
                    )
                run.shards_reused += 1
                run.documents_reused += len(shard)
                for entry in marker["documents"]:
                    on_reused(entry)
                continue
            boundaries.append((number, len(shard)))
            yield from shard

    records: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for article in code(to_code()):
        number, count = boundaries[0]
        article_records = records_of(article)
        records.extend(article_records)
        entries.append(
            document_entry(article, number, number * layout.shard_size + len(entries), len(article_records))
        )
        on_article(article, len(article_records))
        if len(entries) == count:
            _finish_shard(directory, number, layout.shard_format, records, entries)
            run.shards_written += 1
            boundaries.popleft()
            records, entries = [], []
    return run


def _finish_shard(
    directory: Path,
    number: int,
    shard_format: str,
    records: list[dict[str, Any]],
    entries: list[dict[str, Any]],
) -> None:
    name = shard_name(number, shard_format)
    write_shard_file(directory / name, records, shard_format)
    marker = {"shard": number, "file": name, "documents": entries, "events": len(records)}
    _write_json(directory / marker_name(number), marker)


def _shards_of(articles: Iterable[Article], size: int) -> Iterator[tuple[int, list[Article]]]:
    shard: list[Article] = []
    number = 0
    for article in articles:
        shard.append(article)
        if len(shard) == size:
            yield number, shard
            number += 1
            shard = []
    if shard:
        yield number, shard


def finish_manifest(directory: Path, totals: dict[str, Any]) -> None:
    """Mark the run complete in manifest.json, with the shard list and the totals."""
    path = directory / MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    numbers = sorted(int(p.name[6:11]) for p in directory.glob("shard-*.manifest.json"))
    manifest.update(
        complete=True,
        shards=[
            {"shard": n, "file": shard_name(n, manifest["shard_format"]), "marker": marker_name(n)}
            for n in numbers
        ],
        totals=totals,
    )
    _write_json(path, manifest)


@dataclass(frozen=True)
class FinishedShard:
    number: int
    path: Path
    documents: list[dict[str, Any]]


def finished_shards(directory: Path) -> Iterator[FinishedShard]:
    """The shards of a shard directory that were finished (their marker written), in order."""
    for path in sorted(directory.glob("shard-*.manifest.json")):
        number = int(path.name[6:11])
        marker = read_marker(directory, number)
        if marker is not None:
            yield FinishedShard(number, directory / marker["file"], marker["documents"])


def manifest_documents(directory: Path) -> Iterator[dict[str, Any]]:
    """Every document entry of a shard directory, in input order."""
    for shard in finished_shards(directory):
        yield from shard.documents
