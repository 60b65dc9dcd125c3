"""The real news articles the benchmarks measure on (../shared/data, never copied into the repository)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from conftest import shared_data_dir  # noqa: E402

NEWS = shared_data_dir() / "news" / "newsarticles-dai2017" / "newsarticles.jsonl"


def load_news(limit: int) -> list[dict[str, Any]] | None:
    """The first `limit` articles with text, or None (with a message) when the corpus is absent."""
    if not NEWS.is_file():
        print(f"skipped: {NEWS} not found")
        return None
    records: list[dict[str, Any]] = []
    with NEWS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("text"):
                records.append(record)
            if len(records) >= limit:
                break
    return records
