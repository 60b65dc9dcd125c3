"""Build small parsed Articles from our own sentences, with events placed by hand on a verb."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.model import Actor, Article, Event, SentenceRef, TextSpan
from communique.nlp.parse import parse_texts

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
