"""Event dates: relative and explicit date expressions resolved against the publication date.

    from communique.dates import resolve_event_dates, date_step
    resolve_event_dates(article)          # one parsed Article, events already coded
    articles = date_step(articles)        # the pipeline step over many

`event.date_rule` names the rule that fired: weekday ("on Thursday"), relative_day
("yesterday"), ago ("three days ago"), relative_period ("last week", "earlier this month"),
explicit_date ("2 December 2021", "12/02/2021"), month_day ("Dec. 2"), month_year ("June
2021"), month ("in mid-June"), year ("in 2014"), decade ("in the 1990s", "two decades ago": the
year at precision "decade"), dateparser (the fallback),
relative_to_event ("the day after the White House announced"), document (no expression:
the publication date, precision "document").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from communique.dates.expressions import DateValue, parse_expression, parse_with_dateparser
from communique.dates.resolve import publication_date, resolve_event_dates
from communique.model import Article

__all__ = [
    "DateValue",
    "date_step",
    "parse_expression",
    "parse_with_dateparser",
    "publication_date",
    "resolve_event_dates",
]


def date_step(articles: Iterable[Article]) -> Iterator[Article]:
    """The pipeline step: dates every event of each active article, passes the others through."""
    for article in articles:
        if article.is_active:
            resolve_event_dates(article)
        yield article
