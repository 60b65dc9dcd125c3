"""What is said: reported obligations, reports that are accusations, threats by condition.

Sentences written here; actors put on the parse by hand (event_helpers.MakeDoc via the make_doc
fixture), so each test is about the coder alone. One case a row (event_helpers.Case): the sentence,
its actors, and the events it must have or lack; the test id is the rule.
"""

from __future__ import annotations

from dataclasses import replace

from event_helpers import Case, actor_for, assert_codes, each_case
from spacy.tokens import Doc

from communique.events import transforms
from communique.events.claims import reported_accusation, same_party
from communique.model import Actor
from communique.nlp.extensions import ACTOR_SPANS_KEY

COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU", "Iran": "IRN", "Mali": "MLI",
    "Norway": "NOR", "Israel": "ISR", "Syria": "SYR", "Chad": "TCD", "Niger": "NER", "Peru": "PER",
    "NATO": "IGOWSTNAT", "Amnesty International": "NGOAMN",
}

# any accusation (112 and its leaves)
ACCUSATION = ("*", "112*", "*")

CASES = [
    # --- a party's report of another party's violence is also its accusation (112)
    Case("a_state_reporting_a_foreign_strike_accuses_the_striker", "Iran said Israeli jets bombed a power plant.",
         {"Israeli jets": "ISRMIL"}, has=[("IRN", "112", "ISRMIL"), ("ISRMIL", "19", "*")]),  # the strike stays coded
    Case("the_victims_side_accuses", "Norway said Russian troops attacked Norwegian fishermen.",
         {"Russian troops": "RUSMIL", "Norwegian fishermen": "NORCVL"}, has=[("NOR", "112", "RUSMIL")]),
    Case("police_reporting_a_killing_accuse_no_one", "Malian police said rebels killed four Malian soldiers.",
         {"Malian police": "MLICOP", "rebels": "MLIREB", "Malian soldiers": "MLIMIL"},
         has=[("MLIREB", "18|19", "MLIMIL")], lacks=[ACCUSATION]),
    Case("a_government_reporting_its_own_forces_accuses_no_one",
         "The Russian government said Russian troops shelled Ukrainian positions.",
         {"Russian government": "RUSGOV", "Russian troops": "RUSMIL", "Ukrainian positions": "UKRMIL"},
         lacks=[ACCUSATION]),
    Case("a_third_state_telling_of_a_battle_accuses_no_one", "Peru said Chadian troops attacked rebels in Niger.",
         {"Chadian troops": "TCDMIL", "rebels in Niger": "NERREB"}, lacks=[ACCUSATION]),
    Case("a_human_rights_group_reporting_abuses_accuses", "Amnesty International said Syrian soldiers tortured the detainees.",
         {"Syrian soldiers": "SYRMIL"}, has=[("NGOAMN", "112", "SYRMIL")]),
    Case("a_time_clause_under_the_speech_verb_is_not_what_was_said",
         "France announced new sanctions after Syrian jets bombed a hospital.", {"Syrian jets": "SYRMIL"},
         lacks=[ACCUSATION]),
    # --- reported obligations and statements
    Case("a_reported_must_without_a_coded_act_is_a_demand",
         "Germany declared that Russia must dismantle the barriers or face penalties.", has=[("DEU", "10", "RUS")]),
    Case("a_report_of_what_others_did_is_no_statement_about_them",
         "French and Malian troops held joint exercises, the French embassy said.",
         {"French and Malian troops": "FRAMIL", "Malian troops": "MLIMIL", "French embassy": "FRAGOV"},
         lacks=[("*", "010", "*")]),
    Case("a_statement_about_an_international_body", "Norway said NATO would need to stay united.",
         has=[("NOR", "010", "IGOWSTNAT")]),
    # --- "will X unless Y" is a threat
    Case("an_announced_act_unless_the_other_side_complies_is_a_threat",
         "France announced that it will withdraw its peacekeepers from Chad unless Chad holds elections.",
         has=[("FRA", "13", "TCD")], lacks=[("*", "03", "*")]),
    Case("an_act_promised_if_the_other_side_complies_stays_a_promise",
         "France said it will lift the sanctions on Iran if Iran frees the prisoners.",
         has=[("FRA", "03", "*")], lacks=[("FRA", "13", "*", None)]),
    Case("a_condition_inside_a_report_is_not_asserted", "Syria said Israel would attack if the talks fail.",
         lacks=[("ISR", "*", "*")]),
    # --- predicates of responsibility lay the act on a party
    Case("responsible_for_an_attack_names_the_attacker_and_the_speaker_accuses",
         "Germany said Russia was responsible for the attack on Ukraine.",
         has=[("DEU", "112", "RUS"), ("RUS", "19", "UKR")]),
    Case("holding_a_party_responsible_is_an_accusation", "Israel holds Iran responsible for the attack on Israel.",
         has=[("ISR", "112", "IRN")]),
    Case("guilty_of_according_to_a_party_is_its_accusation",
         "Russia is guilty of violating the ceasefire, according to Ukraine.", has=[("UKR", "112", "RUS")]),
    Case("according_to_officials_is_a_source_not_an_accusation",
         "Rebels attacked a Malian army base, according to Malian officials.",
         {"Rebels": "MLIREB", "Malian army base": "MLIMIL", "Malian officials": "MLIGOV"}, lacks=[ACCUSATION]),
    # --- refusals said as a verdict on the act
    Case("an_act_said_to_be_out_of_the_question_is_refused",
         "Germany said that lifting the sanctions on Iran is out of the question.", has=[("DEU", "1244", "IRN")]),
    Case("not_an_option_is_a_refusal", "Norway said lifting the sanctions was not an option.",
         has=[("NOR", "1244", "-")]),
    Case("an_option_is_no_refusal", "Norway said lifting the sanctions was an option.", lacks=[("*", "12", "*")]),
    # --- what one must do, in a message to someone, is demanded of them
    Case("a_reminder_to_a_party_that_it_must_act_is_a_demand_on_it",
         "France issued a reminder to Iran that it must release the prisoners.", {"prisoners": "IRNCVL"},
         has=[("FRA", "10", "IRN")]),
    Case("a_message_that_it_must_withdraw_is_a_demand_to_withdraw",
         "Germany sent a message to Russia that it must withdraw its troops.", {"its troops": "RUSMIL"},
         has=[("DEU", "1056", "RUS")]),
    # --- "must X or face Y": a demand and a threat
    Case("must_or_face_sanctions_is_a_threat_of_sanctions_by_the_speaker",
         "Germany said Iran must stop the enrichment or face new sanctions.",
         has=[("DEU", "1312", "IRN"), ("DEU", "10", "IRN")],
         lacks=[("IRN", "*", "*")]),  # the sanctions faced are nobody's act yet
    Case("must_or_face_consequences_is_a_threat", "Russia must withdraw its troops or face consequences, France said.",
         {"its troops": "RUSMIL"}, has=[("FRA", "130", "RUS")]),
    Case("will_face_sanctions_is_no_ultimatum", "France said Iran will face sanctions.", lacks=[("*", "13", "*")]),
    Case("an_international_body_demands", "NATO said Russia must dismantle the barriers.",
         has=[("IGOWSTNAT", "100", "RUS")]),
    Case("an_international_body_makes_no_plain_statement", "NATO said Russia would dismantle the barriers.",
         lacks=[("*", "010", "*")]),
    # --- passive accusations
    Case("accused_of_misusing_funds_is_an_accusation_of_corruption_by_the_agent",
         "The Malian minister has been accused by Norwegian auditors of embezzling aid.",
         {"Malian minister": "MLIGOV", "Norwegian auditors": "NORGOV"}, has=[("NORGOV", "1121", "MLIGOV")]),
    Case("a_by_phrase_hung_on_the_gerund_is_still_the_accuser",
         "The Malian minister has been accused of misusing public funds by Norwegian auditors.",
         {"Malian minister": "MLIGOV", "Norwegian auditors": "NORGOV"}, has=[("NORGOV", "1121", "MLIGOV")]),
    Case("involved_in_an_attack_makes_the_subject_its_doer",
         "Iranian agents were involved in the bombing of the Israeli embassy, Germany said.",
         {"Iranian agents": "IRNSPY", "Israeli embassy": "ISRGOV"},
         has=[("IRNSPY", "19", "ISRGOV"), ("DEU", "112", "IRNSPY")]),
    Case("involved_in_talks_lays_nothing_on_anyone", "Norway was involved in the peace talks, Germany said.",
         lacks=[ACCUSATION]),
    Case("a_threat_whose_infinitive_is_parsed_as_an_adverbial_clause",
         "The Peruvian parliament threatened on Monday to secede from Chile unless Chile withdrew its troops.",
         {"Peruvian parliament": "PERLEG", "Chile": "CHL", "its troops": "CHLMIL"},
         has=[("PERLEG", "13", "*")], lacks=[("PERLEG", "16", "*")]),
]


def _international_bodies_have_no_country(doc: Doc) -> None:
    # International and non-governmental bodies belong to no country, as the actor dictionaries code them.
    for span in doc.spans[ACTOR_SPANS_KEY]:
        if span._.actor.code.startswith(("IGO", "NGO")):
            span._.actor = replace(span._.actor, country=None, sectors=())


@each_case(CASES)
def test_said_content(coder, make_doc, case):
    assert_codes(coder, make_doc, case, COUNTRIES, prepare=_international_bodies_have_no_country)


def test_the_accusation_rule_in_isolation():
    iran, israel, iran_army = actor_for("IRN", "Iran", 0, 4), actor_for("ISRMIL", "jets", 5, 9), actor_for("IRNMIL", "army", 0, 1)
    doc_tokens = [None, None]  # tokens are carried along, not read
    assert reported_accusation("195", [(israel, doc_tokens[0])], [], [(iran, doc_tokens[1])])[1]
    assert not reported_accusation("042", [(israel, doc_tokens[0])], [], [(iran, doc_tokens[1])])[1]
    assert same_party(iran, iran_army) and not same_party(iran, israel)


def test_a_demanded_intent_takes_the_demand_leaf():
    assert transforms.demand("0332") == "1032"
    assert transforms.demand("037") == "107"


def test_a_monitor_charges_harm_to_people_but_not_fighting_between_armed_sides():
    monitor = actor_for("SYROPPHRI", "the Observatory", 0, 15)
    forces = Actor(code="---MIL", country=None, sectors=(), name=None, text="government forces", start=20, end=37)
    people = Actor(code="PPL", country=None, sectors=(), name=None, text="people", start=40, end=46)
    rebels = actor_for("SYRREB", "rebels", 50, 56)
    assert reported_accusation("195", [(forces, None)], [(people, None)], [(monitor, None)])[1]
    assert not reported_accusation("195", [(forces, None)], [(rebels, None)], [(monitor, None)])[1]
