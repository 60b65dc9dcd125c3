"""The clean step: furniture set on active articles, inactive ones passed through untouched."""

from __future__ import annotations

from communique.clean import clean_article, clean_step
from communique.model import Article, Furniture

TEXT = (
    "Ministers from Kenya and Uganda signed a border agreement in Kampala on Friday.\n\n"
    "Two officials shake hands after the signing Joseph Odhiambo / AFP\n\n"
    "The agreement ends a dispute over an island in Lake Victoria, the Kenyan ministry said.\n\n"
    "Leave a Reply\n\nYour email address will not be published."
)


def test_clean_article_sets_furniture_and_masks_it() -> None:
    article = Article(doc_id="a1", text=TEXT, furniture=[Furniture(0, 3, "stale")])
    clean_article(article)
    assert [piece.kind for piece in article.furniture] == ["caption", "comments"]
    masked = article.masked_text()
    assert len(masked) == len(TEXT)
    assert "Odhiambo" not in masked and "Leave a Reply" not in masked
    assert "signed a border agreement" in masked
    assert article.text == TEXT


def test_clean_step_passes_inactive_articles_through() -> None:
    active = Article(doc_id="a", text=TEXT)
    skipped = Article(doc_id="s", text=TEXT)
    skipped.skip("empty")
    failed = Article(doc_id="f", text=TEXT)
    failed.fail("unreadable")
    out = list(clean_step([active, skipped, failed]))
    assert [a.doc_id for a in out] == ["a", "s", "f"]
    assert active.furniture and not skipped.furniture and not failed.furniture


def test_public_api_matches_all() -> None:
    import communique.clean as clean

    assert sorted(clean.__all__) == sorted(
        ["FURNITURE_KINDS", "ExtractedPage", "clean_article", "clean_step", "extract_html", "find_furniture"]
    )
    for name in clean.__all__:
        assert getattr(clean, name) is not None
