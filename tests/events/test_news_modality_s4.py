"""Modality and time in news language: conditions without "if", counterfactuals, "whether or not"
(communique.events.conditions), dates of background events, judgements, ordered attacks and
restated demands.

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import MakeDoc, triples

from communique.dates import DateValue, parse_expression, parse_with_dateparser, resolve_event_dates
from communique.events.coder import EventCoder
from communique.model import Article, Modality

ACTORS = {
    "Russia": "RUS", "Ukraine": "UKR", "Germany": "DEU", "Iraq": "IRQ", "Kuwait": "KWT", "Chile": "CHL",
    "Peru": "PER", "Norway": "NOR", "Sweden": "SWE", "France": "FRA", "Syria": "SYR", "Merkel": "DEUGOV",
    "Ecuador": "ECU", "Bolivia": "BOL", "Estonia": "EST", "Norwegian ambassador": "NORGOV", "Ecuadorian": "ECU",
}


def code(coder: EventCoder, make_doc: MakeDoc, text: str, extra: dict[str, str] | None = None):
    return coder.code_doc(make_doc(text, {**ACTORS, **(extra or {})}))


def asserted(events) -> set[tuple[str, str, str]]:
    return triples(events, Modality.ASSERTED)


def asserted_roots(events, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, c, t in asserted(events) if c[:2] == root}


# ---------------------------------------------------------------- conditions without "if"

@pytest.mark.parametrize("text", [
    "Should Peru invade Chile, Norway will condemn the invasion.",
    "Norway said should Peru invade Chile, the world would respond.",
    "Were Peru to invade Chile, Germany would cut its aid.",
    "Had Peru invaded Chile, Norway would have protested.",
    "Sweden said had Peru invaded Chile, Norway would have protested.",
    "In case Peru attacks Chile, Norway will send observers.",
    "Norway will send observers in the event that Peru attacks Chile.",
])
def test_an_inverted_or_phrased_condition_is_not_asserted(coder, make_doc, text):
    events = code(coder, make_doc, text)
    assert ("PER", "CHL") not in asserted_roots(events, "19")
    assert any(s == "PER" and c[:2] == "19" for s, c, _ in triples(events, Modality.CONDITIONAL))


def test_were_to_after_that_is_a_condition(coder, make_doc):
    events = code(coder, make_doc, "Merkel warned that were Peru to invade Chile, Germany would cut its aid.")
    assert ("PER", "CHL") not in asserted_roots(events, "19")


def test_an_inverted_should_is_no_reported_appeal(coder, make_doc):
    # the "should" opens a condition: Norway asks nothing of Peru
    events = code(coder, make_doc, "Norway said should Peru invade Chile, the world would respond.")
    assert not {t for t in asserted(events) if t[1][:2] in ("02", "10")}


def test_the_consequence_of_an_inverted_condition_is_a_threat(coder, make_doc):
    # announced for the future on a condition: a threat of sanctions, aimed at who must not act
    events = code(coder, make_doc, "Should Peru invade Chile, Norway will impose sanctions on Peru.")
    assert ("NOR", "1312", "PER") in asserted(events)


@pytest.mark.parametrize("text", [
    "Nor should Peru expel the Chilean ambassador.",
    "Only then had Peru attacked Chile.",
])
def test_negative_fronting_is_no_condition(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Chilean ambassador": "CHLGOV"})
    assert not triples(events, Modality.CONDITIONAL)


def test_a_causative_had_is_no_condition(coder, make_doc):
    events = code(coder, make_doc, "Peru had its ambassador recalled from Chile, and Chile expelled Peru's envoy.",
                  {"its ambassador": "PERGOV", "Peru's envoy": "PERGOV"})
    assert not {t for t in triples(events, Modality.CONDITIONAL) if t[0] == "CHL"}


# ---------------------------------------------------------------- whether or not

def test_whether_or_not_negates_nothing_and_leaves_the_main_clause_true(coder, make_doc):
    events = code(coder, make_doc, "Whether or not Chile agrees, France sanctioned Syria.")
    assert ("FRA", "SYR") in asserted_roots(events, "16")
    events = code(coder, make_doc, "Whether or not Chile signs the treaty, Peru will attack Bolivia.")
    assert not any(t[0] == "CHL" for t in triples(events, Modality.NEGATED))
    assert not any(t[0] == "CHL" and t[1][:2] == "12" for t in asserted(events))  # no refusal read


# ---------------------------------------------------------------- counterfactual past

@pytest.mark.parametrize("text", [
    "Norway said Sweden would have attacked Estonia.",
    "Sweden could have attacked Estonia.",
])
def test_a_counterfactual_did_not_happen(coder, make_doc, text):
    events = code(coder, make_doc, text)
    assert not asserted_roots(events, "19")
    assert not asserted_roots(events, "13")  # "said it would have": no intent either
    assert any(c[:2] == "19" for _, c, _ in triples(events, Modality.HYPOTHETICAL))


# ---------------------------------------------------------------- background dates

def dated(coder: EventCoder, make_doc: MakeDoc, text: str) -> dict[tuple[str, str, str], tuple[str | None, str | None]]:
    """(source, code, target) -> (date, precision) of each event, dates resolved against 2017-03-01."""
    doc = make_doc(text, ACTORS, doc_date="2017-03-01")
    article = Article("test", text, date="2017-03-01", doc=doc)
    article.events = coder.code_doc(doc)
    resolve_event_dates(article)
    return {(e.source.code if e.source else "-", e.code, e.target.code if e.target else "-"): (e.date, e.date_precision)
            for e in article.events}


def test_a_relative_clause_dates_its_own_act_not_the_main_one(coder, make_doc):
    events = dated(coder, make_doc, "Peru, which attacked Chile in 1998, expelled the Norwegian ambassador.")
    by_code = {key[1][:2]: value for key, value in events.items()}
    assert by_code["16"] == ("2017-03-01", "document")
    events = dated(coder, make_doc, "Chile expelled the Norwegian ambassador from the town where Peru attacked Bolivia in 1998.")
    assert events[("PER", "190", "BOL")] == ("1998", "year")  # the relative clause's own act, at its year
    assert events[("CHL", "161", "NORGOV")] == ("2017-03-01", "document")


def test_a_past_participle_after_a_noun_dates_its_own_act(coder, make_doc):
    events = dated(coder, make_doc, "Peru attacked a Chilean camp built in 1990.")
    assert ("2017-03-01", "document") in events.values()
    assert not any(date == "1990" for date, _ in events.values())


def test_a_present_participle_keeps_the_date_of_the_main_verb(coder, make_doc):
    events = dated(coder, make_doc, "Peru bombed Ecuadorian roads leading into Quito last month.")
    assert ("2017-02", "month") in events.values()


@pytest.mark.parametrize(("text", "expected"), [
    ("In the 1990s, Peru attacked Ecuador.", ("1990", "decade")),
    ("Two decades ago, Peru attacked Ecuador.", ("1997", "decade")),
])
def test_background_in_decades_is_dated_by_its_decade(coder, make_doc, text, expected):
    events = dated(coder, make_doc, text)
    assert events[("PER", "190", "ECU")] == expected


def test_a_decade_is_its_first_year_at_decade_precision():
    # no year is known, and the record's dates go no coarser than "YYYY": the precision says so
    assert parse_expression("the 1960s", date(2017, 3, 1)) == DateValue("1960", "decade", "decade")
    assert parse_expression("in the late 1970s", None) == DateValue("1970", "decade", "decade")
    assert parse_with_dateparser("the 1960s", date(2017, 3, 1)) is None


# ---------------------------------------------------------------- judgements

@pytest.mark.parametrize(("text", "expected"), [
    ("Chile called the Peruvian proposal a sham.", ("CHL", "111", "PER")),
    ("Chile called the Peruvian remarks unacceptable and hypocritical.", ("CHL", "111", "PER")),
    ("Chile described the Peruvian decision as reckless.", ("CHL", "111", "PER")),
    ("Chile branded the Peruvian move a blunder.", ("CHL", "111", "PER")),
    ("Chile called the talks with Peru fruitful.", ("CHL", "051", "PER")),
    ("Chile described the Peruvian offer as a positive step.", ("CHL", "051", "PER")),
    ("Chile called the Peruvian attack a war crime.", ("CHL", "1124", "PER")),
])
def test_a_judgement_is_coded_by_its_polarity(coder, make_doc, text, expected):
    events = code(coder, make_doc, text, {"Peruvian": "PER"})
    assert expected in asserted(events)
    assert not {t for t in asserted(events) if t[1][:2] in ("02", "04")}  # no appeal, no telephone call


def test_calling_something_as_a_name_is_no_telephone_call(coder, make_doc):
    events = code(coder, make_doc, "Chile was calling Peru's plan as wishful thinking.")
    assert not {t for t in asserted(events) if t[1][:2] == "04"}
    events = code(coder, make_doc, "Chile called Peru as the crisis deepened.")  # a clause, no naming
    assert ("CHL", "041", "PER") in asserted(events)


def test_a_situation_judged_bad_is_no_denunciation(coder, make_doc):
    events = code(coder, make_doc, "Chile called the situation in Peru unacceptable.")
    assert not {t for t in asserted(events) if t[1][:2] == "11"}


# ---------------------------------------------------------------- orders and restated demands

@pytest.mark.parametrize(("text", "expected"), [
    ("Peru ordered the military to attack Chile.", ("PER", "1384", "CHL")),
    ("The Peruvian president ordered Peruvian troops to attack Chile.", ("PERGOV", "1384", "CHL")),
])
def test_an_order_to_ones_own_forces_is_the_orderers_announced_attack(coder, make_doc, text, expected):
    events = code(coder, make_doc, text, {"the military": "MIL", "Peruvian troops": "PERMIL",
                                          "Peruvian president": "PERGOV"})
    assert expected in asserted(events)
    assert not {t for t in asserted(events) if t[1][:2] == "10"}  # no demand addressed to its own army


def test_an_ordered_attack_on_no_one_named_is_no_threat(coder, make_doc):
    events = code(coder, make_doc, "The commander instructed the gunmen to detonate the device.",
                  {"The commander": "MIL", "the gunmen": "MIL"})
    assert not [t for t in asserted(events) if t[1][:2] in ("13", "18", "19")]


def test_an_order_to_another_partys_forces_stays_a_demand(coder, make_doc):
    events = code(coder, make_doc, "Peru ordered Chilean troops to withdraw from Bolivia.", {"Chilean troops": "CHLMIL"})
    assert any(s == "PER" and c[:2] == "10" and t == "CHLMIL" for s, c, t in asserted(events))


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru renewed its demand that Chile withdraw its troops from Bolivia.", ("PER", "1056", "CHL")),
    ("Peru reiterated its call for Chile to withdraw its troops from Bolivia.", ("PER", "0256", "CHL")),
])
def test_a_voiced_demand_is_the_askers_demand_of_the_clause_subject(coder, make_doc, text, expected):
    events = code(coder, make_doc, text)
    assert expected in asserted(events)
    assert not any(s == "CHL" for s, _, _ in asserted(events))  # the withdrawal has not happened


def test_a_rejected_demand_is_no_demand_by_the_rejecter(coder, make_doc):
    events = code(coder, make_doc, "Peru rejected the demand that Chile withdraw its troops from Bolivia.")
    assert not any(s == "PER" and c[:2] == "10" for s, c, _ in asserted(events))


def test_a_judgement_not_made_is_no_refusal(coder, make_doc):
    events = code(coder, make_doc, "Chile said it would not describe the Peruvian offer as a success.", {"Peruvian": "PER"})
    assert not {t for t in asserted(events) if t[1][:2] in ("05", "12")}


def test_an_occasion_dates_the_event_held_in_it(coder, make_doc):
    # the clause on the raid says when the raid was, and so when Peru attacked in it
    events = dated(coder, make_doc, "Peru attacked Bolivia in a raid authorized by Norway last month.")
    assert events[("PER", "190", "BOL")] == ("2017-02", "month")


def test_a_comparison_is_no_condition(coder, make_doc):
    events = code(coder, make_doc, "Peru attacked Chile, as had Bolivia attacked Chile in the past.")
    assert ("PER", "CHL") in asserted_roots(events, "19")
    assert not any(s == "BOL" for s, _, _ in triples(events, Modality.CONDITIONAL))
