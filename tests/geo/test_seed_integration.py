"""The founding example: the seed document dated 2021-12-02, dates and places of its events.

First with events placed by hand on the seed's verbs (tests the date and geo steps alone),
then through the whole `Coder` once the actor and event components are registered.
"""

from __future__ import annotations

import pytest

from communique.dates import resolve_event_dates
from communique.geo import load_gazetteer, locate_events

SEED_DATE = "2021-12-02"


def _event_where(article, phrase: str):
    start = article.text.index(phrase)
    found = [e for e in article.events if e.sentence.start <= start < e.sentence.end]
    assert found, f"no event in the sentence of {phrase!r}"
    return found


def test_seed_with_hand_placed_events(make_article, seed_text) -> None:
    article = make_article(
        seed_text,
        SEED_DATE,
        [
            ("Lavrov held a", "held"),
            ("Blinken said that", "said"),
            ("when asked on Thursday", "asked"),
            ("was held in Geneva", "held"),
        ],
    )
    resolve_event_dates(article)
    locate_events(article, load_gazetteer())
    stockholm, press, asked, geneva = article.events
    assert (stockholm.date, stockholm.date_precision) == ("2021-12-02", "document")
    assert (stockholm.location.name, stockholm.location.country) == ("Stockholm", "SWE")
    assert seed_text[stockholm.location.start : stockholm.location.end] == "Stockholm"
    assert stockholm.location.start > 0  # "in Stockholm" of the clause, not the dateline
    assert (press.date, press.date_precision, press.date_text) == ("2021-12-02", "day", "on Thursday")
    assert (press.location.name, press.location.start) == ("Stockholm", 0)  # the article's dateline
    assert (asked.date, asked.date_precision) == ("2021-12-02", "day")
    assert (geneva.date, geneva.date_precision, geneva.date_text) == ("2021-06", "month", "in mid-June")
    assert (geneva.location.name, geneva.location.country) == ("Geneva", "CHE")


@pytest.fixture(scope="module")
def coder():
    try:
        from communique.pipeline import Coder

        return Coder(keep_docs=False)
    except Exception as exc:  # noqa: BLE001 - the other components are still being written
        pytest.skip(f"the full pipeline cannot be built yet: {type(exc).__name__}: {str(exc)[:200]}")


def test_seed_through_the_coder(coder, seed_text) -> None:
    article = coder.code_text(seed_text, date=SEED_DATE, doc_id="000_2c70f7056e8e97ac.txt")
    assert article.reason is None
    meeting = _event_where(article, "held a “serious")
    assert any(
        e.location is not None
        and (e.location.name, e.location.country) == ("Stockholm", "SWE")
        and e.date == "2021-12-02"
        for e in meeting
    )
    summit = _event_where(article, "was held in Geneva")
    assert any(
        e.location is not None
        and (e.location.name, e.location.country) == ("Geneva", "CHE")
        and (e.date, e.date_precision) == ("2021-06", "month")
        for e in summit
    )
    first, last = seed_text.index("During the press conference"), seed_text.index("The issue of Biden")
    press = [e for e in article.events if first <= e.sentence.start < last]
    assert press, "no statement coded from the press conference"
    assert all(e.date == "2021-12-02" for e in press)
