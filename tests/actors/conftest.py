"""One actor coder for the whole test module set (building the phrase index takes seconds)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique.actors.component import ActorCoder, describe_mentions
from communique.nlp.parse import parse_texts


@pytest.fixture(scope="session")
def actor_coder(spacy_nlp) -> ActorCoder:
    return ActorCoder(spacy_nlp)


@pytest.fixture(scope="session")
def code_text(spacy_nlp, actor_coder) -> Callable[..., list[dict]]:
    """Parse and code a text; returns describe_mentions rows."""

    def run(text: str, date: str | None = None, furniture: list[tuple[int, int]] | None = None) -> list[dict]:
        doc = next(parse_texts(spacy_nlp, [text]))
        doc._.doc_date = date
        doc._.furniture = furniture
        return describe_mentions(actor_coder(doc))

    return run
