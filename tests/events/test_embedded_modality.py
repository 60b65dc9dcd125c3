"""Acts a sentence names without asserting them (communique.events.embedding), and who can make a
visit (communique.events.movers).

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from event_helpers import roots, triples

from communique.model import Modality

ACTORS = {
    "Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Sweden": "SWE", "Russia": "RUS", "Turkey": "TUR",
    "Germany": "DEU", "Syria": "SYR", "Ukraine": "UKR", "Russian": "RUS", "German": "DEU",
}


def code(coder, make_doc, text, extra=None):
    return coder.code_doc(make_doc(text, {**ACTORS, **(extra or {})}))


def asserted_roots(events, root):
    return {(s, t) for s, c, t in roots(events) if c == root}


# ---------------------------------------------------------------- capacity and permission

@pytest.mark.parametrize("text", [
    "The Chilean government is able to expel the Peruvian ambassador.",
    "The Chilean government would be able to expel the Peruvian ambassador.",
    "The Chilean government was free to expel the Peruvian ambassador.",
])
def test_an_ability_or_licence_is_no_act(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Chilean government": "CHLGOV", "Peruvian ambassador": "PERGOV"})
    assert not asserted_roots(events, "16")
    assert any(c.startswith("16") for _, c, _ in triples(events, Modality.HYPOTHETICAL))


def test_being_entitled_to_complain_is_no_complaint(coder, make_doc):
    events = code(coder, make_doc, "Chilean lawmakers were entitled to complain to Peru.", {"Chilean lawmakers": "CHLLEG"})
    assert not asserted_roots(events, "11")


def test_allowing_another_party_to_act_leaves_its_act_open(coder, make_doc):
    events = code(coder, make_doc, "Peru refused to allow Chile to expel the rebels.", {"rebels": "PERREB"})
    assert ("CHL", "PERREB") not in asserted_roots(events, "17")
    # even in the past: a permission licenses an act, often before it happens
    events = code(coder, make_doc, "Peru allowed Chile to expel the rebels.", {"rebels": "PERREB"})
    assert ("CHL", "PERREB") not in asserted_roots(events, "17")


@pytest.mark.parametrize("text", [
    "Norway challenged Sweden to expel the Russian ambassador.",
    "Norway warned Sweden to expel the Russian ambassador.",
])
def test_a_dare_or_a_warning_leaves_the_act_to_the_other(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Russian ambassador": "RUSGOV"})
    assert ("SWE", "RUSGOV") not in asserted_roots(events, "16")


def test_struggling_to_act_is_no_act(coder, make_doc):
    events = code(coder, make_doc, "The Syrian army is struggling to repel the rebels.",
                  {"Syrian army": "SYRMIL", "rebels": "SYRREB"})
    assert not asserted_roots(events, "19")


# ---------------------------------------------------------------- not done

@pytest.mark.parametrize("text", [
    "Norway was unable to reach an agreement with Russia.",
    "Norway is yet to reach an agreement with Russia.",
])
def test_unable_and_yet_to_say_it_did_not_happen(coder, make_doc, text):
    events = code(coder, make_doc, text)
    assert not asserted_roots(events, "03")
    assert any(c.startswith("03") for _, c, _ in triples(events, Modality.NEGATED))


# ---------------------------------------------------------------- implicatives and plans

@pytest.mark.parametrize("text", [
    "Germany was forced to expel the Turkish ambassador.",
    "Germany was obliged to expel the Turkish ambassador.",
])
def test_being_made_to_act_says_one_did(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Turkish ambassador": "TURGOV"})
    assert ("DEU", "16", "TURGOV") in roots(events)
    assert not asserted_roots(events, "10")  # no one's demand


def test_managing_to_act_is_acting(coder, make_doc):
    events = code(coder, make_doc, "Germany managed to expel the Turkish ambassador.", {"Turkish ambassador": "TURGOV"})
    assert ("DEU", "16", "TURGOV") in roots(events)


def test_is_to_announces_a_plan(coder, make_doc):
    events = code(coder, make_doc, "The Peruvian president is to visit Chile next week.", {"Peruvian president": "PERGOV"})
    assert ("PERGOV", "036", "CHL") in triples(events)
    assert not asserted_roots(events, "04")


# ---------------------------------------------------------------- aims, doubts, questions

@pytest.mark.parametrize("text", [
    "Turkey and Russia share another aim: curbing German influence.",
    "Turkey adopted the aim of curbing German influence.",
    "The goal of Turkey is to curb German influence.",
])
def test_the_content_of_an_aim_is_no_act(coder, make_doc, text):
    events = code(coder, make_doc, text)
    assert not asserted_roots(events, "16")


def test_a_denied_act_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "Turkey denied that its army attacked Syrian civilians.",
                  {"its army": "TURMIL", "Syrian civilians": "SYRCVL"})
    assert ("TURMIL", "SYRCVL") not in asserted_roots(events, "19")


@pytest.mark.parametrize("text", [
    "It is unclear how many Russian soldiers will attack Ukraine.",
    "It is unclear how many, if any, Russian soldiers will attack Ukraine.",
    "Chile asked whether Russian soldiers attacked Ukraine.",
])
def test_an_open_question_is_not_asserted(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Russian soldiers": "RUSMIL"})
    assert not any(s == "RUSMIL" for s, _, _ in triples(events))
    assert any(s == "RUSMIL" for s, _, _ in triples(events, Modality.QUESTION))


# ---------------------------------------------------------------- movers

@pytest.mark.parametrize("text, extra", [
    ("Thousands of Russian citizens travelled to Syria.", {"Russian citizens": "RUSCVL"}),
    ("A German fighter went to Syria.", {"German fighter": "DEUUAF"}),
    ("A queen of Germany went on crusade to Syria.", {}),
])
def test_a_private_traveller_makes_no_visit(coder, make_doc, text, extra):
    events = code(coder, make_doc, text, extra)
    assert not any(c.startswith("04") or c == "036" for _, c, _ in triples(events))


def test_an_envoy_makes_a_visit(coder, make_doc):
    events = code(coder, make_doc, "The Russian foreign minister travelled to Syria.",
                  {"Russian foreign minister": "RUSGOV"})
    assert ("RUSGOV", "042", "SYR") in triples(events)


def test_wanting_migrants_to_come_is_no_appeal_for_a_visit(coder, make_doc):
    events = code(coder, make_doc, "The German chancellor wants Syrian migrants to come to Germany.",
                  {"German chancellor": "DEUGOV", "Syrian migrants": "SYRCVL"})
    assert not any(t == "SYRCVL" or c.startswith("04") for _, c, t in triples(events))


# ---------------------------------------------------------------- past ability, negated doubt, relative clauses

@pytest.mark.parametrize("text", [
    "Germany was able to expel the Turkish ambassador.",
    "Chilean pressure has enabled Germany to expel the Turkish ambassador.",
])
def test_a_past_ability_or_enabling_says_the_act_was_done(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Turkish ambassador": "TURGOV", "Chilean": "CHL"})
    assert ("DEU", "16", "TURGOV") in roots(events)


def test_a_negated_doubt_asserts(coder, make_doc):
    events = code(coder, make_doc, "Nobody doubts that Turkey expelled the German ambassador.",
                  {"German ambassador": "DEUGOV"})
    assert ("TUR", "16", "DEUGOV") in roots(events)


def test_a_simple_present_relative_clause_describes(coder, make_doc):
    events = code(coder, make_doc, "Chile has a system where the government expels Peruvian diplomats.",
                  {"the government": "CHLGOV", "Peruvian diplomats": "PERGOV"})
    assert not asserted_roots(events, "16")
    events = code(coder, make_doc, "Chile has a system where the government expelled Peruvian diplomats.",
                  {"the government": "CHLGOV", "Peruvian diplomats": "PERGOV"})
    assert ("CHLGOV", "PERGOV") in asserted_roots(events, "16")


def test_a_stance_in_a_relative_clause_stands(coder, make_doc):
    events = code(coder, make_doc, "The prince, whom Turkey accuses of ordering the murder, met Chile.",
                  {"The prince": "SAUGOV"})
    assert any(s == "TUR" and c.startswith("112") for s, c, _ in triples(events))


@pytest.mark.parametrize("text", [
    "Turkey risks provoking Russia.",
    "Turkey pretended to criticise Russia.",
])
def test_a_risk_or_a_pretence_is_no_act(coder, make_doc, text):
    events = code(coder, make_doc, text)
    assert not any(s == "TUR" and t == "RUS" for s, _, t in triples(events))


def test_avoiding_an_act_says_it_was_not_done(coder, make_doc):
    events = code(coder, make_doc, "Turkey avoided criticising Russia.")
    assert not triples(events)
    assert ("TUR", "11", "RUS") in roots(events, Modality.NEGATED)


@pytest.mark.parametrize("text", [
    "Chile proposed holding talks with Peru.",
    "Norway objected to Chile expelling the Peruvian diplomats.",
    "Norway was opposed to Chile expelling the Peruvian diplomats.",
])
def test_a_proposed_or_opposed_act_is_not_done(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Peruvian diplomats": "PERGOV"})
    assert not any(c.startswith(("04", "16")) for _, c, _ in triples(events))


def test_a_condemned_act_is_taken_as_done(coder, make_doc):
    events = code(coder, make_doc, "Norway condemned Chile expelling the Peruvian diplomats.",
                  {"Peruvian diplomats": "PERGOV"})
    assert any(c.startswith("16") for _, c, _ in triples(events))


def test_a_denied_gerund_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "The Chilean minister denied meeting the Peruvian ambassador.",
                  {"Chilean minister": "CHLGOV", "Peruvian ambassador": "PERGOV"})
    assert not asserted_roots(events, "04")


def test_a_clause_after_and_is_no_denied_complement(coder, make_doc):
    events = code(coder, make_doc,
                  "Flynn initially denied discussing tariffs with the Peruvian ambassador and Vice President Mike "
                  "Pence repeated that claim during an interview in January.",
                  {"Vice President Mike Pence": "USAGOV", "Peruvian ambassador": "PERGOV"})
    assert ("USAGOV", "010", "-") in triples(events)


def test_a_simple_present_passive_describes_a_standing_state(coder, make_doc):
    events = code(coder, make_doc, "The Syrian town is occupied by Turkish troops.",
                  {"Syrian town": "SYR", "Turkish troops": "TURMIL"})
    assert not any(s == "TURMIL" for s, _, _ in triples(events))
    events = code(coder, make_doc, "The Syrian town was occupied by Turkish troops.",
                  {"Syrian town": "SYR", "Turkish troops": "TURMIL"})
    assert ("TURMIL", "19", "SYR") in roots(events)


@pytest.mark.parametrize("text", [
    "Norway no longer supplies arms to the Swedish rebels.",
    "Norway will no longer supply arms to the Swedish rebels.",
])
def test_no_longer_says_the_act_has_stopped(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Swedish rebels": "SWEREB"})
    assert not any(s == "NOR" and t == "SWEREB" and c.startswith("07") for s, c, t in triples(events))
