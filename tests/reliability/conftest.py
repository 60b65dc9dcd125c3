"""Reliability fixtures: one default `Coder` per session."""

from __future__ import annotations

import pytest

from communique.config import Settings


@pytest.fixture(scope="session")
def coder():
    """The default pipeline (spaCy, dictionaries, gazetteer), built once: it takes several seconds."""
    from communique.pipeline import Coder

    return Coder(Settings())


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory, coder):
    """A real event store: 60 generated articles coded by the default pipeline and ingested."""
    from reliability_inputs import small_corpus

    from communique.model import Article
    from communique.store import Store

    articles = [Article(doc_id=r["id"], text=r["text"], date=r["date"]) for r in small_corpus(60, seed=5)]
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    with Store(path) as store:
        store.ingest(coder.code_articles(articles))
    return path


@pytest.fixture()
def writable_db(api_db, tmp_path):
    """A copy of the store that a test may open for writing (DuckDB lets one process write a file)."""
    import shutil

    copy = tmp_path / "writable.duckdb"
    shutil.copy(api_db, copy)
    return copy
