"""End to end with the real coder: two of our own reports of one meeting become one event."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.model import Article
from communique.run import article_records
from communique.store import Store

REPORTS = [
    (
        "outlet-a/macron-scholz.txt",
        "Outlet A",
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.\n"
        "Macron accused Russia of blackmail over gas supplies.",
    ),
    (
        "outlet-b/berlin-talks.txt",
        "Outlet B",
        "Emmanuel Macron met Olaf Scholz in Berlin yesterday.\n"
        "The French president later praised Germany for its support.",
    ),
]


@pytest.fixture(scope="module")
def coded() -> list[Article]:
    from communique.pipeline import Coder

    articles = [Article(doc_id=d, text=t, date="2022-10-04", source=s) for d, s, t in REPORTS]
    return list(Coder().code_articles(articles))


def test_coded_articles_are_stored_and_deduplicated(tmp_path: Path, coded: list[Article]) -> None:
    records = [r for a in coded for r in article_records(a)]
    assert records, "the coder found no events in our reports"
    with Store(tmp_path / "coded.duckdb") as store:
        stats = store.ingest(coded)
        assert (stats.added, stats.mentions_added) == (2, len(records))
        cur = store.cursor()
        assert cur.execute("SELECT count(*) FROM documents WHERE status = 'coded'").fetchone() == (2,)
        # Both outlets report the Monday meeting ("on Monday" / "yesterday" on Tuesday 4 Oct).
        shared = cur.execute(
            "SELECT event_id, num_mentions, num_sources FROM events WHERE num_articles = 2"
        ).fetchall()
        assert len(shared) == 1 and shared[0][1:] == (2, 2)
        docs = cur.execute(
            "SELECT doc_id FROM mentions WHERE event_id = ? ORDER BY 1", [shared[0][0]]
        ).fetchall()
        assert [d[0] for d in docs] == sorted(d for d, _, _ in REPORTS)
        assert store.ingest(coded).unchanged == 2
