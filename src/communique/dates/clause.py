"""Which words belong to an event's clause: the dependency helpers the date and geo steps share.

An event is read from a verb (or an event noun: "the meeting", "the summit"). A date or a
place belongs to that event when it hangs off the same clause: walking up the parse from
the expression, the first verb met is the event's verb, or a verb coordinated with it
("arrived and met on Monday"). A reported clause ("said that Russia attacked") is a clause
of its own: the date of the saying is not the date of the attack.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from communique.model import Event

# Relations that keep us inside one clause when walking up from a verb: coordination,
# open complements ("agreed to meet"), and auxiliary constructions.
_SAME_CLAUSE = frozenset({"conj", "xcomp"})


def is_clause_head(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT"


def clause_head(token: Token) -> Token:
    """The nearest verb at or above `token` (the sentence root when there is none)."""
    current = token
    while not is_clause_head(current) and current.head.i != current.i:
        current = current.head
    return current


def clause_group(head: Token) -> frozenset[int]:
    """Token indices of `head` and the verbs it is coordinated with or complements."""
    group = {head.i}
    current = head
    while current.dep_ in _SAME_CLAUSE and current.head.i != current.i:
        current = current.head
        group.add(current.i)
    # Verbs coordinated below the head share its adverbials ("met and talked on Monday").
    group.update(child.i for child in head.children if child.dep_ == "conj" and is_clause_head(child))
    return frozenset(group)


def event_token(doc: Doc, event: Event) -> Token | None:
    """The token that carries the event: the root of its verb span."""
    span = doc.char_span(event.verb.start, event.verb.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        span = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
    return span.root


def is_ancestor(ancestor: Token, token: Token) -> bool:
    return ancestor.i == token.i or any(a.i == ancestor.i for a in token.ancestors)


def quote_ranges(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly or straight), offsets added."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open = False
    for i, char in enumerate(text):
        if char == '"':
            if straight_open and opened is not None:
                ranges.append((offset + opened, offset + i + 1))
                opened, straight_open = None, False
            elif opened is None:
                opened, straight_open = i, True
        elif char in "“«„" and opened is None:
            opened = i
        elif char in "”»" and opened is not None and not straight_open:
            ranges.append((offset + opened, offset + i + 1))
            opened = None
    return ranges


def inside(ranges: Iterable[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The range that contains [start, end), if any."""
    for low, high in ranges:
        if low <= start and end <= high:
            return (low, high)
    return None


class SentenceIndex:
    """The sentences of a Doc, found once: `token.sent` walks the whole Doc on every call."""

    def __init__(self, doc: Doc) -> None:
        self._sentences = tuple(doc.sents)
        self._starts = tuple(sentence.start for sentence in self._sentences)

    def of(self, token: Token) -> Span:
        return self._sentences[bisect_right(self._starts, token.i) - 1]
