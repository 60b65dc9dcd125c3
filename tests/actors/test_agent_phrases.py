"""Agent phrases (actors/agent_phrases.py): what around an agent noun gives it its country, and
the words that look like actors but describe something else.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from .mention_helpers import codes_of


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


def test_adjectives_between_an_agent_and_its_place(code_text) -> None:
    rows = code_text("Exiled dissidents from military-ruled Myanmar met the envoy.", "2018-02-02")
    assert [r["code"] for r in rows if r["text"].startswith("dissidents from")] == ["MMROPP"]
    rows = code_text("Soldiers released the mayor of the northern Syrian city of Homs.", "2018-02-02")
    assert [r["code"] for r in rows if r["text"].startswith("the mayor of")] == ["SYRGOV"]


def test_a_hyphenated_modifier_is_no_actor(code_text) -> None:
    rows = code_text("Rebels shelled government-held districts of the city.", "2018-02-02")
    assert not any(r["text"] == "government" for r in rows)
    rows = code_text("Seven Muslim-majority countries were named in the order.", "2018-02-02")
    assert not any(r["text"] == "Muslim" for r in rows)


def test_non_negates_a_group(code_text) -> None:
    rows = code_text("The gunmen singled out non-Muslims at the market.", "2018-02-02")
    assert not any("Muslim" in r["text"] for r in rows)


def test_a_legislators_party_and_state_are_no_actor(code_text) -> None:
    rows = code_text("Rep. Ann Hale, D-Oregon, criticized the plan.", "2018-02-02")
    assert not any(r["text"] == "Oregon" for r in rows)


def test_a_spokesman_for_a_party_speaks_as_that_party(code_text) -> None:
    rows = code_text("A spokeswoman for the Kenyan army denied the report.", "2018-02-02")
    assert [r["code"] for r in rows if r["text"].startswith("spokeswoman")] == ["KENMIL"]


def test_a_possessive_pronoun_takes_the_country_of_the_clause_subject(code_text) -> None:
    rows = code_text("Chad said its troops had left the border town.", "2018-02-02")
    assert codes_of(rows, "its troops") == ["TCDMIL"]
    # "his" needs a person: a country subject gives nothing
    rows = code_text("Chad recalled his ambassador.", "2018-02-02")
    assert not any(r["text"].startswith("his") for r in rows)
