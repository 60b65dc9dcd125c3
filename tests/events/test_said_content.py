"""What is said: reported obligations, reports that are accusations, threats by condition.

Sentences written here; actors put on the parse by hand (event_helpers.MakeDoc via the make_doc
fixture), so each test is about the coder alone.
"""

from __future__ import annotations

from dataclasses import replace

from event_helpers import roots, triples

from communique.events.claims import reported_accusation, same_party
from communique.model import Modality
from communique.nlp.extensions import ACTOR_SPANS_KEY

COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU", "Iran": "IRN", "Mali": "MLI",
    "Norway": "NOR", "Israel": "ISR", "Syria": "SYR", "Chad": "TCD", "Niger": "NER", "Peru": "PER",
    "NATO": "IGOWSTNAT", "Amnesty International": "NGOAMN",
}


def code(coder, make_doc, text, extra=None):
    doc = make_doc(text, {**COUNTRIES, **(extra or {})})
    for span in doc.spans[ACTOR_SPANS_KEY]:
        if span._.actor.code.startswith(("IGO", "NGO")):
            # International and non-governmental bodies belong to no country, as the actor dictionaries code them.
            span._.actor = replace(span._.actor, country=None, sectors=())
    return coder.code_doc(doc)


# --- a party's report of another party's violence is also its accusation (112)
def test_a_state_reporting_a_foreign_strike_accuses_the_striker(coder, make_doc):
    events = code(coder, make_doc, "Iran said Israeli jets bombed a power plant.", {"Israeli jets": "ISRMIL"})
    found = triples(events)
    assert ("IRN", "112", "ISRMIL") in found
    assert any(s == "ISRMIL" and c[:2] == "19" for s, c, _ in found)  # the strike itself stays coded


def test_the_victims_side_accuses(coder, make_doc):
    events = code(coder, make_doc, "Norway said Russian troops attacked Norwegian fishermen.",
                  {"Russian troops": "RUSMIL", "Norwegian fishermen": "NORCVL"})
    assert ("NOR", "112", "RUSMIL") in triples(events)


def test_police_reporting_a_killing_accuse_no_one(coder, make_doc):
    events = code(coder, make_doc, "Malian police said rebels killed four Malian soldiers.",
                  {"Malian police": "MLICOP", "rebels": "MLIREB", "Malian soldiers": "MLIMIL"})
    assert not any(c.startswith("112") for _, c, _ in triples(events))
    assert ("MLIREB", "18", "MLIMIL") in roots(events) or ("MLIREB", "19", "MLIMIL") in roots(events)


def test_a_government_reporting_its_own_forces_accuses_no_one(coder, make_doc):
    events = code(coder, make_doc, "The Russian government said Russian troops shelled Ukrainian positions.",
                  {"Russian government": "RUSGOV", "Russian troops": "RUSMIL", "Ukrainian positions": "UKRMIL"})
    assert not any(c.startswith("112") for _, c, _ in triples(events))


def test_a_third_state_telling_of_a_battle_accuses_no_one(coder, make_doc):
    events = code(coder, make_doc, "Peru said Chadian troops attacked rebels in Niger.",
                  {"Chadian troops": "TCDMIL", "rebels in Niger": "NERREB"})
    assert not any(c.startswith("112") for _, c, _ in triples(events))


def test_a_human_rights_group_reporting_abuses_accuses(coder, make_doc):
    events = code(coder, make_doc, "Amnesty International said Syrian soldiers tortured the detainees.",
                  {"Syrian soldiers": "SYRMIL"})
    assert ("NGOAMN", "112", "SYRMIL") in triples(events)


def test_a_time_clause_under_the_speech_verb_is_not_what_was_said(coder, make_doc):
    events = code(coder, make_doc, "France announced new sanctions after Syrian jets bombed a hospital.",
                  {"Syrian jets": "SYRMIL"})
    assert not any(c.startswith("112") for _, c, _ in triples(events))


def test_the_accusation_rule_in_isolation():
    from event_helpers import actor_for
    iran, israel, iran_army = actor_for("IRN", "Iran", 0, 4), actor_for("ISRMIL", "jets", 5, 9), actor_for("IRNMIL", "army", 0, 1)
    doc_tokens = [None, None]  # tokens are carried along, not read
    assert reported_accusation("195", [(israel, doc_tokens[0])], [], [(iran, doc_tokens[1])])[1]
    assert not reported_accusation("042", [(israel, doc_tokens[0])], [], [(iran, doc_tokens[1])])[1]
    assert same_party(iran, iran_army) and not same_party(iran, israel)


# --- reported obligations and statements
def test_a_reported_must_without_a_coded_act_is_a_demand(coder, make_doc):
    events = code(coder, make_doc, "Germany declared that Russia must dismantle the barriers or face penalties.")
    assert ("DEU", "10", "RUS") in roots(events)


def test_a_report_of_what_others_did_is_no_statement_about_them(coder, make_doc):
    events = code(coder, make_doc, "French and Malian troops held joint exercises, the French embassy said.",
                  {"French and Malian troops": "FRAMIL", "Malian troops": "MLIMIL", "French embassy": "FRAGOV"})
    assert not any(c == "010" for _, c, _ in triples(events))


def test_a_statement_about_an_international_body(coder, make_doc):
    events = code(coder, make_doc, "Norway said NATO would need to stay united.")
    assert ("NOR", "010", "IGOWSTNAT") in triples(events)


def test_a_demanded_intent_takes_the_demand_leaf():
    from communique.events import transforms
    assert transforms.demand("0332") == "1032"
    assert transforms.demand("037") == "107"


# --- "will X unless Y" is a threat
def test_an_announced_act_unless_the_other_side_complies_is_a_threat(coder, make_doc):
    events = code(coder, make_doc, "France announced that it will withdraw its peacekeepers from Chad unless Chad holds elections.")
    found = roots(events)
    assert ("FRA", "13", "TCD") in found
    assert not any(c.startswith("03") for _, c, _ in triples(events))


def test_an_act_promised_if_the_other_side_complies_stays_a_promise(coder, make_doc):
    events = code(coder, make_doc, "France said it will lift the sanctions on Iran if Iran frees the prisoners.")
    assert any(s == "FRA" and c.startswith("03") for s, c, _ in triples(events))
    assert not any(s == "FRA" and c.startswith("13") for s, c, _ in triples(events, None))


def test_a_condition_inside_a_report_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "Syria said Israel would attack if the talks fail.")
    assert not any(s == "ISR" for s, _, _ in triples(events, Modality.ASSERTED))


# --- predicates of responsibility lay the act on a party
def test_responsible_for_an_attack_names_the_attacker_and_the_speaker_accuses(coder, make_doc):
    events = code(coder, make_doc, "Germany said Russia was responsible for the attack on Ukraine.")
    found = triples(events)
    assert ("DEU", "112", "RUS") in found
    assert ("RUS", "19", "UKR") in roots(events)


def test_holding_a_party_responsible_is_an_accusation(coder, make_doc):
    events = code(coder, make_doc, "Israel holds Iran responsible for the attack on Israel.")
    assert ("ISR", "112", "IRN") in triples(events)


def test_guilty_of_according_to_a_party_is_its_accusation(coder, make_doc):
    events = code(coder, make_doc, "Russia is guilty of violating the ceasefire, according to Ukraine.")
    assert ("UKR", "112", "RUS") in triples(events)


def test_according_to_officials_is_a_source_not_an_accusation(coder, make_doc):
    events = code(coder, make_doc, "Rebels attacked a Malian army base, according to Malian officials.",
                  {"Rebels": "MLIREB", "Malian army base": "MLIMIL", "Malian officials": "MLIGOV"})
    assert not any(c.startswith("112") for _, c, _ in triples(events))


# --- refusals said as a verdict on the act
def test_an_act_said_to_be_out_of_the_question_is_refused(coder, make_doc):
    events = code(coder, make_doc, "Germany said that lifting the sanctions on Iran is out of the question.")
    assert ("DEU", "1244", "IRN") in triples(events)


def test_not_an_option_is_a_refusal_and_an_option_is_not(coder, make_doc):
    events = code(coder, make_doc, "Norway said lifting the sanctions was not an option.")
    assert ("NOR", "1244", "-") in triples(events)
    events = code(coder, make_doc, "Norway said lifting the sanctions was an option.")
    assert not any(c.startswith("12") for _, c, _ in triples(events))


# --- what one must do, in a message to someone, is demanded of them
def test_a_reminder_to_a_party_that_it_must_act_is_a_demand_on_it(coder, make_doc):
    events = code(coder, make_doc, "France issued a reminder to Iran that it must release the prisoners.",
                  {"prisoners": "IRNCVL"})
    assert ("FRA", "10", "IRN") in roots(events)


def test_a_message_that_it_must_withdraw_is_a_demand_to_withdraw(coder, make_doc):
    events = code(coder, make_doc, "Germany sent a message to Russia that it must withdraw its troops.",
                  {"its troops": "RUSMIL"})
    assert ("DEU", "1056", "RUS") in triples(events)


def test_a_monitor_charges_harm_to_people_but_not_fighting_between_armed_sides():
    from event_helpers import actor_for

    from communique.model import Actor
    monitor = actor_for("SYROPPHRI", "the Observatory", 0, 15)
    forces = Actor(code="---MIL", country=None, sectors=(), name=None, text="government forces", start=20, end=37)
    people = Actor(code="PPL", country=None, sectors=(), name=None, text="people", start=40, end=46)
    rebels = actor_for("SYRREB", "rebels", 50, 56)
    assert reported_accusation("195", [(forces, None)], [(people, None)], [(monitor, None)])[1]
    assert not reported_accusation("195", [(forces, None)], [(rebels, None)], [(monitor, None)])[1]


# --- "must X or face Y": a demand and a threat
def test_must_or_face_sanctions_is_a_threat_of_sanctions_by_the_speaker(coder, make_doc):
    events = code(coder, make_doc, "Germany said Iran must stop the enrichment or face new sanctions.")
    found = triples(events)
    assert ("DEU", "1312", "IRN") in found
    assert ("DEU", "10", "IRN") in roots(events)
    assert not any(s == "IRN" for s, _, _ in found)  # the sanctions faced are nobody's act yet


def test_must_or_face_consequences_is_a_threat(coder, make_doc):
    events = code(coder, make_doc, "Russia must withdraw its troops or face consequences, France said.",
                  {"its troops": "RUSMIL"})
    assert ("FRA", "130", "RUS") in triples(events)


def test_will_face_sanctions_is_no_ultimatum(coder, make_doc):
    events = code(coder, make_doc, "France said Iran will face sanctions.")
    assert not any(c.startswith("13") for _, c, _ in triples(events))


def test_an_international_body_demands_but_makes_no_plain_statement(coder, make_doc):
    events = code(coder, make_doc, "NATO said Russia must dismantle the barriers.")
    assert ("IGOWSTNAT", "100", "RUS") in triples(events)
    events = code(coder, make_doc, "NATO said Russia would dismantle the barriers.")
    assert not any(c == "010" for _, c, _ in triples(events))


# --- passive accusations
def test_accused_of_misusing_funds_is_an_accusation_of_corruption_by_the_agent(coder, make_doc):
    events = code(coder, make_doc, "The Malian minister has been accused by Norwegian auditors of embezzling aid.",
                  {"Malian minister": "MLIGOV", "Norwegian auditors": "NORGOV"})
    assert ("NORGOV", "1121", "MLIGOV") in triples(events)


def test_a_by_phrase_hung_on_the_gerund_is_still_the_accuser(coder, make_doc):
    events = code(coder, make_doc, "The Malian minister has been accused of misusing public funds by Norwegian auditors.",
                  {"Malian minister": "MLIGOV", "Norwegian auditors": "NORGOV"})
    assert ("NORGOV", "1121", "MLIGOV") in triples(events)


def test_involved_in_an_attack_makes_the_subject_its_doer(coder, make_doc):
    events = code(coder, make_doc, "Iranian agents were involved in the bombing of the Israeli embassy, Germany said.",
                  {"Iranian agents": "IRNSPY", "Israeli embassy": "ISRGOV"})
    found = triples(events)
    assert ("IRNSPY", "19", "ISRGOV") in roots(events)
    assert ("DEU", "112", "IRNSPY") in found


def test_involved_in_talks_lays_nothing_on_anyone(coder, make_doc):
    events = code(coder, make_doc, "Norway was involved in the peace talks, Germany said.")
    assert not any(c.startswith("112") for _, c, _ in triples(events))


def test_a_threat_whose_infinitive_is_parsed_as_an_adverbial_clause(coder, make_doc):
    doc = make_doc("The Peruvian parliament threatened on Monday to secede from Chile unless Chile withdrew its troops.",
                   {**COUNTRIES, "Peruvian parliament": "PERLEG", "Chile": "CHL", "its troops": "CHLMIL"})
    verb = next(t for t in doc if t.lower_ == "secede")
    events = coder.code_doc(doc)
    assert any(s == "PERLEG" and c.startswith("13") for s, c, _ in triples(events)), (verb.dep_, triples(events, None))
    assert not any(s == "PERLEG" and c.startswith("16") for s, c, _ in triples(events))
