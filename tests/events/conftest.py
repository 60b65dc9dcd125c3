"""Helpers for event-coder tests: parse a sentence, then put actor spans on it by hand.

The event coder reads actors from ``doc.spans["cameo_actors"]``; building them here keeps these
tests about the coder alone (the integration tests use the real ``cameo_actors`` component).
"""

from __future__ import annotations

import re

import pytest
from event_helpers import MakeDoc, actor_for
from spacy.tokens import Doc

from communique.events.coder import EventCoder
from communique.events.load import build_coder
from communique.nlp.extensions import ACTOR_SPANS_KEY
from communique.nlp.parse import parse_texts


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return build_coder()


@pytest.fixture(scope="session")
def make_doc(spacy_nlp) -> MakeDoc:
    def make(text: str, actors: dict[str, str], furniture: list[tuple[int, int]] | None = None,
             doc_id: str = "test", doc_date: str | None = "2021-12-02") -> Doc:
        doc = next(parse_texts(spacy_nlp, [text]))
        doc._.doc_id = doc_id
        doc._.doc_date = doc_date
        doc._.furniture = furniture or []
        spans = []
        for mention, code in actors.items():
            for found in re.finditer(rf"\b{re.escape(mention)}\b", text):
                span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
                assert span is not None, mention
                span._.actor = actor_for(code, span.text, span.start_char, span.end_char)
                spans.append(span)
        doc.spans[ACTOR_SPANS_KEY] = spans
        return doc

    return make
