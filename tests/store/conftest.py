"""Fixtures for store tests: a real DuckDB file in tmp_path loaded with the hand-coded sample."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sample import build_articles

from communique.store import Store


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as opened:
        opened.ingest(build_articles())
        yield opened
