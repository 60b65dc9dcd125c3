"""Who an event is aimed at, and which words report rather than act (coder.py, issue 4).

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from event_helpers import roots, triples

from communique.events.load import build_coder
from communique.model import Modality

COUNTRIES = {
    "Chad": "TCD", "Niger": "NER", "Mali": "MLI", "Sudan": "SDN", "Norway": "NOR", "Peru": "PER",
    "Chile": "CHL", "Nairobi": "KEN", "Texas": "USA",
}


def code(coder, make_doc, text, extra=None):
    return coder.code_doc(make_doc(text, {**COUNTRIES, **(extra or {})}))


def test_criticising_an_act_targets_whoever_did_it(coder, make_doc):
    events = code(coder, make_doc, "Chad condemned an attack by Sudanese militias on Thursday in southern Niger.",
                  {"Sudanese militias": "SDNUAF"})
    assert ("TCD", "11", "SDNUAF") in roots(events)
    assert not any(t == "NER" for _, c, t in triples(events) if c.startswith("11"))


def test_own_forces_sent_somewhere_are_no_target(coder, make_doc):
    events = code(coder, make_doc, "Chad sent its troops to Mali.", {"its troops": "TCDMIL"})
    assert any(s == "TCD" and t == "MLI" for s, _, t in triples(events))
    assert not any(t == "TCDMIL" for _, _, t in triples(events))
    events = code(coder, make_doc, "Norway offered military advisers to Peru.", {"military advisers": "MIL"})
    assert any(s == "NOR" and t == "PER" for s, _, t in triples(events))


def test_a_speech_verb_reporting_an_event_is_its_attribution(make_doc, tmp_path):
    # a user's dictionary may give "say" a code (PETRARCH's SAY is 010): reporting an event it
    # is still only the event's attribution, while a statement on its own stays coded
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("VERB say => 010\n", encoding="utf-8")
    own = build_coder((verbs,))
    doc = make_doc("Chad attacked Niger, a senior official said.", {**COUNTRIES, "senior official": "GOV"})
    events = own.code_doc(doc)
    assert ("TCD", "19", "NER") in roots(events)
    assert not any(e.verb.text == "said" for e in events)
    doc = make_doc("Chad said Niger was a friend.", COUNTRIES)
    assert ("TCD", "010", "NER") in triples(own.code_doc(doc))


def test_a_question_is_no_appeal(coder, make_doc):
    events = code(coder, make_doc, "Chad asked Niger whether the border would reopen.")
    assert not any(c.startswith("02") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad asked Niger for help.")
    assert ("TCD", "02", "NER") in roots(events)
    events = code(coder, make_doc, "Chad asked Niger to release the prisoners.")
    assert any(s == "TCD" and c.startswith("02") and t == "NER" for s, c, t in triples(events))


def test_only_a_mandative_clause_makes_a_demand(coder, make_doc):
    # "insisted that X will...": a claim about the future, not a demand on X
    events = code(coder, make_doc, "Chad insisted that Niger will sign the accord.")
    assert not any(c.startswith("10") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad demanded that Niger withdraw its troops from Mali.",
                  {"its troops": "NERMIL"})
    assert any(s == "TCD" and c.startswith("10") and t == "NER" for s, c, t in triples(events))


def test_a_verb_used_as_a_preposition_is_no_act(coder, make_doc):
    events = code(coder, make_doc, "Chad's intentions concerning Niger remain unclear.")
    assert not any(e.verb.text == "concerning" for e in events)


def test_taking_part_in_something_is_that_thing(coder, make_doc):
    events = code(coder, make_doc, "Chad took part in the attack on Niger.")
    assert ("TCD", "19", "NER") in roots(events)
    assert not any(c.startswith("03") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad took part in the ceremony.")
    assert not events


def test_a_claimed_attack_is_aimed_at_its_victims(coder, make_doc):
    events = code(coder, make_doc, "Al-Shabab claimed responsibility for an attack targeting shoppers in Nairobi.",
                  {"Al-Shabab": "SOMREB"})
    assert ("SOMREB", "015", "KEN") in triples(events)


def test_a_place_is_never_the_accuser_of_a_reverse_pattern(coder, make_doc):
    # "faces charges" has only a reverse event (someone charges him): "in Texas" is where
    events = code(coder, make_doc, "The senator still faces charges in Texas.", {"senator": "USALEG"})
    assert not any(s == "USA" for s, _, _ in triples(events))


def test_a_possessive_pronoun_is_the_doer_of_its_noun(coder, make_doc):
    # the sanctions' subject did not invade: "its" did
    events = code(coder, make_doc, "Chad kept sanctions on Sudan for its invasion of Niger.")
    assert not any(s == "TCD" and c.startswith(("17", "18", "19", "20")) and t == "NER" for s, c, t in triples(events))


def test_a_reverse_pattern_needs_the_party_it_is_done_to(coder, make_doc):
    # "enjoy support from X" is X supporting the subject: no subject party, no event
    events = code(coder, make_doc, "The plan enjoyed support from Chad.")
    assert not events
    events = code(coder, make_doc, "Niger enjoyed support from Chad.")
    assert any(s == "TCD" and t == "NER" for s, _, t in triples(events))


def test_a_negative_subject_negates_the_act(coder, make_doc):
    events = code(coder, make_doc, "No country has attacked Chad.")
    assert not triples(events)
    events = code(coder, make_doc, "Nobody attacked Chad.")
    assert not triples(events)


def test_releasing_a_document_frees_no_one(coder, make_doc):
    events = code(coder, make_doc, "Chad released a statement on Niger.")
    assert not any(c.startswith("084") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad released the Nigerien prisoners.", {"Nigerien prisoners": "NER"})
    assert any(s == "TCD" and c.startswith("084") and t == "NER" for s, c, t in triples(events))


def test_a_meeting_needs_someone_met(coder, make_doc):
    events = code(coder, make_doc, "Chad attended the summit.")
    assert not any(c.startswith("04") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad met Niger.")
    assert ("TCD", "04", "NER") in roots(events)


def test_a_scheduled_act_is_an_intent(coder, make_doc):
    events = code(coder, make_doc, "Chad and Niger are set to meet on Friday.")
    assert ("TCD", "03", "NER") in roots(events) and ("NER", "03", "TCD") in roots(events)
    events = code(coder, make_doc, "Chad is scheduled to visit Niger.")
    assert ("TCD", "03", "NER") in roots(events)
    assert not any(c.startswith("04") for _, c, _ in triples(events))


def test_an_adverbial_clause_with_its_own_subject_is_not_governed(coder, make_doc):
    # "agreed to resume talks after Niger lifted sanctions": the lifting is no intent of Chad's
    events = code(coder, make_doc, "Chad agreed to resume talks after Niger lifted sanctions on Mali.")
    assert ("NER", "085", "MLI") in triples(events) or ("NER", "08", "MLI") in roots(events)
    assert not any(s == "TCD" and c.startswith("035") for s, c, _ in triples(events))


def test_a_complaint_is_against_what_it_is_about(coder, make_doc):
    events = code(coder, make_doc, "Chad complained to Niger over Sudanese raids.", {"Sudanese": "SDN"})
    assert ("TCD", "11", "SDN") in roots(events)
    assert not any(t == "NER" for _, c, t in triples(events) if c.startswith("11"))
    events = code(coder, make_doc, "Chad complained to Niger.")
    assert ("TCD", "11", "NER") in roots(events)


def test_a_conditional_threat_is_aimed_at_whoever_must_act(coder, make_doc):
    events = code(coder, make_doc, "Chad threatened to halt the talks if Niger deploys missiles.")
    assert any(s == "TCD" and c.startswith("13") and t == "NER" for s, c, t in triples(events))


def test_an_infinitive_act_finds_its_target_in_its_own_phrase(coder, make_doc):
    events = code(coder, make_doc, "Chad threatened to launch an offensive in its war with Niger.")
    assert any(s == "TCD" and c.startswith("13") and t == "NER" for s, c, t in triples(events))


def test_a_passive_agent_fills_the_subject_of_a_pattern(make_doc, tmp_path):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("VERB shell => 190\nVERB shell subj=rebels => 1712\n", encoding="utf-8")
    own = build_coder((verbs,), False)
    active = own.code_doc(make_doc("The rebels shelled Chad.", {**COUNTRIES, "rebels": "REB"}))
    passive = own.code_doc(make_doc("Chad was shelled by the rebels.", {**COUNTRIES, "rebels": "REB"}))
    assert ("REB", "1712", "TCD") in triples(active)
    assert ("REB", "1712", "TCD") in triples(passive)


def test_a_believed_act_is_not_asserted(coder, make_doc):
    events = code(coder, make_doc, "Chadian troops are believed to have attacked Niger.", {"Chadian troops": "TCDMIL"})
    assert not any(c.startswith("19") for _, c, _ in triples(events))
    assert any(c.startswith("19") for _, c, _ in triples(events, Modality.HYPOTHETICAL))


def test_a_mention_nested_in_a_longer_one_is_no_second_party(coder, make_doc):
    events = code(coder, make_doc, "Chad expelled leaders of Niger's Brotherhood.",
                  {"leaders of Niger": "NEROPP", "leaders of Niger's Brotherhood": "NERMUS"})
    assert {t for _, c, t in triples(events) if c.startswith("17")} == {"NERMUS"}


def test_condemning_an_act_makes_no_party_to_it(coder, make_doc):
    events = code(coder, make_doc, "Chad condemned the attack on Niger.")
    assert not any(c.startswith(("18", "19", "20")) for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad welcomed talks with Niger.")
    assert not any(c.startswith("04") for _, c, _ in triples(events))
    events = code(coder, make_doc, "Chad launched an attack on Niger.")
    assert ("TCD", "19", "NER") in roots(events)


def test_claiming_or_organising_an_act_makes_a_party_to_it(coder, make_doc):
    events = code(coder, make_doc, "Chad claimed responsibility on Saturday for attacks on Nigerien troops.",
                  {"Nigerien troops": "NERMIL"})
    assert ("TCD", "19", "NERMIL") in roots(events)
