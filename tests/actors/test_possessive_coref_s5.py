"""Possessive pronouns as mentions (session 5, helper H3, recall audit): "his"/"her" before an
event noun names its owner as "he" names a doer, unless the clause's own subject already is that
person or the pronoun points forward to a subject not yet read.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from .mention_helpers import codes_of


def test_a_possessive_names_the_person_of_an_earlier_sentence(code_text) -> None:
    rows = code_text("Antony Blinken arrived in Kyiv on Monday. Reporters asked about his meeting with Zelensky.",
                     "2022-01-21")
    assert codes_of(rows, "his") == ["USAGOV"]


def test_a_possessive_bound_by_its_clause_subject_is_no_second_mention(code_text) -> None:
    rows = code_text("Antony Blinken said on Monday that he renewed his passport.", "2022-01-21")
    assert codes_of(rows, "his") == []
    rows = code_text("Antony Blinken cancelled his trip to Kyiv.", "2022-01-21")
    assert codes_of(rows, "his") == []


def test_a_possessive_before_its_subject_points_forward(code_text) -> None:
    rows = code_text("Antony Blinken spoke first. In his talks with Olaf Scholz, Emmanuel Macron raised trade.",
                     "2022-01-21")
    assert codes_of(rows, "his") == []



def test_a_possessive_of_a_party_noun_is_no_mention(code_text) -> None:
    # "his Turkish counterpart" is the Turkish minister, not the owner.
    rows = code_text("Greek Prime Minister Alexis Tsipras spoke on Monday. Reporters asked about his Turkish "
                     "counterpart.", "2017-03-01")
    assert codes_of(rows, "his") == []


def test_an_unknown_person_between_takes_the_possessive(code_text) -> None:
    rows = code_text("Antony Blinken spoke on Monday. The lawyers represented Jane Doakes in her lawsuit.",
                     "2022-01-21")
    assert codes_of(rows, "her") == []


def test_a_possessive_of_the_subject_s_apposition_is_bound(code_text) -> None:
    rows = code_text("Antony Blinken arrived. His deputy, Wendy Sherman, left her post on Monday.", "2022-01-21")
    assert codes_of(rows, "her") == []


def test_a_known_surname_read_as_a_common_noun_is_still_the_person(code_text) -> None:
    # The small parser reads a sentence-initial "Sessions" as the plural of "session".
    rows = code_text("Attorney General Jeff Sessions testified. Sessions did have contact with Russia.", "2017-03-03")
    assert codes_of(rows, "Sessions") == ["USAGOV"]
    # a common noun no earlier name explains stays a common noun
    rows = code_text("Attorney General Jeff Sessions testified. Meetings did take place in Moscow.", "2017-03-03")
    assert codes_of(rows, "Meetings") == []
