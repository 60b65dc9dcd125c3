"""Cleaning: the main text of HTML pages, and the page furniture in any text.

extract_html(html, url=None) -> ExtractedPage     main text, title, date, metadata (offline)
find_furniture(text) -> list[Furniture]           captions, credits, bios, teasers, forms...
clean_article(article) / clean_step(articles)     the pipeline step: skips non-English articles
                                                  (reason "language: ..."), sets article.furniture
communique.clean.language                         the offline language check (py3langid)
"""

from __future__ import annotations

from communique.clean.furniture import FURNITURE_KINDS, find_furniture
from communique.clean.html import ExtractedPage, extract_html
from communique.clean.step import clean_article, clean_step

__all__ = [
    "FURNITURE_KINDS",
    "ExtractedPage",
    "clean_article",
    "clean_step",
    "extract_html",
    "find_furniture",
]
