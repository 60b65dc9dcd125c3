"""Helpers for event-coder tests: actors by hand, compact views of coded events, and case tables.

A case table (``Case``, ``each_case``, ``assert_codes``) states "code this sentence, expect these
events" once a row, so a test file is its rules and sentences rather than the same few lines of
coding and asserting repeated per test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import pytest
from spacy.tokens import Doc

from communique.events.coder import EventCoder
from communique.model import Actor, Event, Modality
from communique.nlp.extensions import ACTOR_SPANS_KEY

# make_doc (conftest): a parsed sentence with actor spans put on it by hand.
MakeDoc = Callable[..., Doc]

# Sector codes a hand-written actor code may start with: they name no country.
NOT_COUNTRIES = frozenset({"GOV", "MIL", "MED", "REB", "OPP", "CVL", "PPL", "EDU", "HLH", "LAB", "BUS", "AGR",
                           "REF", "JUD", "LEG", "COP", "SPY", "CRM", "UAF"})


def actor_for(code: str, text: str, start: int, end: int) -> Actor:
    country = code[:3] if code[:3].isalpha() and code[:3] not in NOT_COUNTRIES else None
    rest = code[3:] if country else code
    sectors = tuple(rest[i : i + 3] for i in range(0, len(rest), 3))
    return Actor(code=code, country=country, sectors=sectors, name=None, text=text, start=start, end=end)


def triples(events: list[Event], modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events with that modality (all when None)."""
    return {
        (e.source.code if e.source else "-", e.code, e.target.code if e.target else "-")
        for e in events
        if modality is None or e.modality == modality
    }


def roots(events: list[Event], modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    return {(s, c[:2], t) for s, c, t in triples(events, modality)}


# A pattern for coded events: (source, code, target), and optionally the modality looked at (asserted
# when left out; None looks at every modality). In a pattern "*" matches anything, "A|B" either of
# them, a trailing "*" every value it begins, and a two-digit code its whole root ("19" is any 19x).
# "-" is the party that is not there.
Pattern = tuple[str, str, str] | tuple[str, str, str, Modality | None]


@dataclass(frozen=True)
class Case:
    """One sentence to code and what its events must show; ``rule`` (the test id) names the rule covered.

    ``has``: each pattern matches at least one event; ``lacks``: no event matches any of them;
    ``exactly``: the asserted (source, code, target) triples are that set and no other;
    ``only``: every asserted event matches one of these patterns (``exactly`` for roots or prefixes);
    ``actor_rules``: the dictionary rule to give the actor written so (for rules that read it).
    """

    rule: str
    text: str
    actors: Mapping[str, str] = field(default_factory=dict)
    has: Sequence[Pattern] = ()
    lacks: Sequence[Pattern] = ()
    exactly: set[tuple[str, str, str]] | None = None
    only: Sequence[Pattern] = ()
    actor_rules: Mapping[str, str] = field(default_factory=dict)


def each_case(cases: Sequence[Case]) -> pytest.MarkDecorator:
    """Parametrize a test over a case table, one test id a rule (they must not repeat)."""
    ids = [case.rule for case in cases]
    repeated = sorted({rule for rule in ids if ids.count(rule) > 1})
    assert not repeated, f"case ids repeated: {repeated}"
    return pytest.mark.parametrize("case", cases, ids=ids)


def code_case(coder: EventCoder, make_doc: MakeDoc, case: Case, actors: Mapping[str, str] | None = None,
              prepare: Callable[[Doc], None] | None = None) -> list[Event]:
    """Code the case's sentence with ``actors`` and the case's own actors put on it (``prepare`` may
    still change the parsed document first)."""
    doc = make_doc(case.text, {**(actors or {}), **case.actors})
    for span in doc.spans[ACTOR_SPANS_KEY]:
        if span.text in case.actor_rules:
            span._.actor = replace(span._.actor, rule=case.actor_rules[span.text])
    if prepare is not None:
        prepare(doc)
    return coder.code_doc(doc)


def assert_codes(coder: EventCoder, make_doc: MakeDoc, case: Case, actors: Mapping[str, str] | None = None,
                 prepare: Callable[[Doc], None] | None = None) -> None:
    """Code the case (as ``code_case``) and check its events against its patterns and ``exactly``."""
    assert_events(code_case(coder, make_doc, case, actors, prepare), case)


def assert_events(events: list[Event], case: Case) -> None:
    found = sorted((e.source.code if e.source else "-", e.code, e.target.code if e.target else "-", e.modality.value)
                   for e in events)
    for pattern in case.has:
        assert any(_matches(event, pattern) for event in events), (pattern, found)
    for pattern in case.lacks:
        assert not any(_matches(event, pattern) for event in events), (pattern, found)
    if case.exactly is not None:
        assert triples(events) == case.exactly, found
    if case.only:
        for e in events:
            if e.modality == Modality.ASSERTED:
                assert any(_matches(e, pattern) for pattern in case.only), (case.only, found)


def _matches(event: Event, pattern: Pattern) -> bool:
    source, code, target = pattern[:3]
    modality = pattern[3] if len(pattern) == 4 else Modality.ASSERTED
    return ((modality is None or event.modality == modality)
            and _fits(event.source.code if event.source else "-", source, root=False)
            and _fits(event.code, code, root=True)
            and _fits(event.target.code if event.target else "-", target, root=False))


def _fits(value: str, wanted: str, root: bool) -> bool:
    return any(
        choice == "*"
        or value == choice
        or (choice.endswith("*") and value.startswith(choice[:-1]))
        or (root and len(choice) == 2 and value.startswith(choice))
        for choice in wanted.split("|")
    )
