"""The case-table helper (event_helpers.Case, assert_events): what a pattern matches, and that a case
whose events do not fit fails, so a table row can never pass by matching nothing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from event_helpers import Case, assert_codes, assert_events

from communique.model import Modality


def event(source: str | None, code: str, target: str | None, modality: Modality = Modality.ASSERTED):
    # assert_events reads only the codes of the parties, the code and the modality
    def party(code):
        return SimpleNamespace(code=code) if code else None
    return SimpleNamespace(source=party(source), code=code, target=party(target), modality=modality)


EVENTS = [event("NOR", "1121", "SWE"), event("RUSMIL", "195", None), event("TUR", "036", "CHL", Modality.HYPOTHETICAL)]


@pytest.mark.parametrize("pattern", [
    ("NOR", "11", "SWE"),  # a two-digit code is its root
    ("NOR", "112*", "SWE"),  # a trailing star begins
    ("*", "1121", "*"),
    ("RUS*", "18|19", "-"),  # alternatives; "-" is no party
    ("TUR", "036", "CHL", Modality.HYPOTHETICAL),
    ("TUR", "036", "CHL", None),  # None: any modality
])
def test_a_pattern_matches(pattern):
    assert_events(EVENTS, Case("has", "", has=[pattern]))


@pytest.mark.parametrize("pattern", [
    ("NOR", "112", "SWE"),  # three or more digits are exact
    ("NOR", "1", "SWE"),
    ("RUS", "195", "-"),  # a party without a star is exact
    ("RUSMIL", "195", "*", Modality.NEGATED),
    ("TUR", "036", "CHL"),  # asserted unless said otherwise
])
def test_a_pattern_does_not_match(pattern):
    assert_events(EVENTS, Case("lacks", "", lacks=[pattern]))
    with pytest.raises(AssertionError):
        assert_events(EVENTS, Case("has", "", has=[pattern]))


def test_exactly_is_the_asserted_triples():
    assert_events(EVENTS, Case("exactly", "", exactly={("NOR", "1121", "SWE"), ("RUSMIL", "195", "-")}))
    with pytest.raises(AssertionError):
        assert_events(EVENTS, Case("exactly", "", exactly={("NOR", "1121", "SWE")}))


def test_only_every_asserted_event_matches_one_pattern():
    assert_events(EVENTS, Case("only", "", only=[("NOR", "11", "SWE"), ("RUSMIL", "19", "*")]))
    with pytest.raises(AssertionError):
        assert_events(EVENTS, Case("only", "", only=[("NOR", "11", "SWE")]))


def test_a_coded_case_that_does_not_fit_fails(coder, make_doc):
    case = Case("criticism", "Norway criticized Sweden on Monday.", {"Norway": "NOR", "Sweden": "SWE"},
                has=[("NOR", "11", "SWE")])
    assert_codes(coder, make_doc, case)
    with pytest.raises(AssertionError):
        assert_codes(coder, make_doc, Case("wrong", case.text, case.actors, has=[("NOR", "19", "SWE")]))
    with pytest.raises(AssertionError):
        assert_codes(coder, make_doc, Case("wrong", case.text, case.actors, lacks=[("*", "11", "*")]))
