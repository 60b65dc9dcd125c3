"""The clean step of the pipeline: mark each article's page furniture, leave its text untouched.

`clean_article` sets `article.furniture`; the nlp step then parses `article.masked_text()`, so
furniture is blanked for the parser while every offset still points into the text as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from communique.clean.furniture import find_furniture
from communique.model import Article


def clean_article(article: Article) -> None:
    """Set `article.furniture` from its text (replacing whatever was there)."""
    article.furniture = find_furniture(article.text)


def clean_step(articles: Iterable[Article]) -> Iterator[Article]:
    """Pipeline step: mark furniture on active articles; skipped and failed ones pass through."""
    for article in articles:
        if article.is_active:
            clean_article(article)
        yield article
