"""Shared fixtures: the spaCy pipeline (loaded once) and the evaluation data in ../shared/data."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from communique.model import Actor, Article, Event, SentenceRef, TextSpan

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """../shared/data beside the checkout, or COMMUNIQUE_SHARED_DATA."""
    return Path(os.environ.get("COMMUNIQUE_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared evaluation data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = REPO.parent / "shared" / "seeds" / "000_2c70f7056e8e97ac.txt"
    if not path.is_file():
        pytest.skip(f"seed document not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def spacy_nlp():
    """The bare spaCy pipeline of the default settings, loaded once per test session."""
    from communique.config import Settings
    from communique.nlp.loader import load_spacy

    return load_spacy(Settings())


# Small parsed Articles from our own sentences, with events placed by hand (dates and geo tests).
USA = Actor("USAGOV", "USA", ("GOV",), None, "US", 0, 0)
RUS = Actor("RUSGOV", "RUS", ("GOV",), None, "Russia", 0, 0)

ArticleFactory = Callable[..., Article]


@pytest.fixture(scope="session")
def make_article(spacy_nlp) -> ArticleFactory:
    """make_article(text, date, events=[(phrase, verb), ...]): the verb is found inside the phrase."""

    def build(
        text: str,
        date: str | None,
        events: list[tuple[str, str]],
        actors: tuple[Actor | None, Actor | None] = (USA, RUS),
    ) -> Article:
        from communique.nlp.parse import parse_texts

        doc = next(parse_texts(spacy_nlp, [text]))
        article = Article("test", text, date=date, doc=doc)
        for phrase, verb in events:
            start = text.index(phrase) + phrase.index(verb)
            sentence = doc.char_span(start, start + len(verb), alignment_mode="expand").sent
            article.events.append(
                Event(
                    doc_id="test",
                    sentence=SentenceRef(0, sentence.start_char, sentence.end_char, sentence.text),
                    source=actors[0],
                    target=actors[1],
                    code="040",
                    quad_class=1,
                    goldstein=1.0,
                    verb=TextSpan(verb, start, start + len(verb)),
                )
            )
        return article

    return build
