"""The clean step of the pipeline: skip non-English articles, mark each article's page furniture.

`clean_article` first skips an article that is clearly not English (reason "language: ...",
communique.clean.language), then sets `article.furniture`; the nlp step parses
`article.masked_text()`, so furniture is blanked for the parser while every offset still points
into the text as given. The text itself is never changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from communique.clean.furniture import find_furniture
from communique.clean.language import LanguageDetector, check_language
from communique.model import Article


def clean_article(article: Article, detector: LanguageDetector | None = None) -> None:
    """Skip the article if it is not English, else set `article.furniture` from its text.

    `detector` defaults to the process-wide one (loaded on first use).
    """
    if check_language(article, detector):
        return
    article.furniture = find_furniture(article.text)


def clean_step(articles: Iterable[Article]) -> Iterator[Article]:
    """Pipeline step: mark furniture on active articles; skipped and failed ones pass through."""
    for article in articles:
        if article.is_active:
            clean_article(article)
        yield article
