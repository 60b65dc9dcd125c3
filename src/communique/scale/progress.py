"""Counting the documents of a run up front, so the progress bar can show an ETA.

Counting reads the inputs once more without parsing them: one document per file, one per
non-empty line of a JSON Lines file. WARC files and standard input are not counted (their
documents are only known by reading the records), and the bar then shows a rate without ETA.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from communique.ingest.readers import input_format_of


def count_documents(inputs: Iterable[str], input_format: str | None = None) -> int | None:
    """The number of documents the inputs hold, or None when that needs a full read."""
    total = 0
    for given in inputs:
        if given == "-":
            return None
        path = Path(given)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")]
        elif path.exists():
            files = [path]
        else:
            total += 1  # the reader reports it as one failed document
            continue
        for file in files:
            count = _count_file(file, input_format)
            if count is None:
                return None
            total += count
    return total


def _count_file(path: Path, input_format: str | None) -> int | None:
    kind = input_format or input_format_of(path)
    if kind == "warc":
        return None
    if kind != "jsonl":
        return 1
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1
