"""Clause helpers on small Docs built from words, heads and labels (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.dates.clause import SentenceIndex, clause_group, clause_head, inside, quote_ranges


def _doc(words, heads, deps, pos):
    return Doc(
        Vocab(), words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1)
    )


def test_clause_head_and_coordination() -> None:
    # "They met and talked on Monday"
    doc = _doc(
        ["They", "met", "and", "talked", "on", "Monday"],
        [1, 1, 1, 1, 3, 4],
        ["nsubj", "ROOT", "cc", "conj", "prep", "pobj"],
        ["PRON", "VERB", "CCONJ", "VERB", "ADP", "PROPN"],
    )
    assert clause_head(doc[5]).i == 3
    assert clause_group(doc[3]) == frozenset({1, 3})
    assert clause_group(doc[1]) == frozenset({1, 3})


def test_a_self_headed_token_that_is_not_the_root_ends_the_walk() -> None:
    # Parsers leave stray tokens (whitespace, fragments) headed by themselves with a label other than ROOT.
    doc = _doc(["Fragment", "here"], [0, 0], ["dep", "dep"], ["NOUN", "ADV"])
    assert clause_head(doc[1]).i == 0


def test_sentence_index() -> None:
    doc = Doc(
        Vocab(), words=["A", "b", ".", "C", "d", "."], sent_starts=[True, False, False, True, False, False]
    )
    index = SentenceIndex(doc)
    assert index.of(doc[1]).start == 0
    assert index.of(doc[4]).start == 3


def test_quote_ranges() -> None:
    text = 'He said “we met on Monday” and "later" too.'
    ranges = quote_ranges(text, 10)
    assert [text[s - 10 : e - 10] for s, e in ranges] == ["“we met on Monday”", '"later"']
    monday = text.index("Monday") + 10
    assert inside(ranges, monday, monday + 6) == ranges[0]
    assert inside(ranges, 10, 12) is None
