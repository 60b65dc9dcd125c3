"""Fixes the lead made after reading merged real news (session 5). One case a row
(event_helpers.Case); every sentence written for these tests, actors put on the parse by hand."""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

CASES = [
    # Stepping up attacks is attacking, as intensifying them is (PETRARCH reads a threat, 138).
    Case("stepped_up_attacks_are_attacks", "The militia has stepped up its attacks on the border towns.",
         {"The militia": "SOMREB"}, has=[("SOMREB", "190", "*")], lacks=[("SOMREB", "13", "*", None)]),
    # A conditional future is a threat only from its doer; a speaker no dictionary knows forecasts.
    Case("unknown_speaker_forecasts_no_threat",
         'Farah concludes: "If I go back to Somalia, the militia will kill me."',
         {"the militia": "SOMREB", "Somalia": "SOM"}, lacks=[("SOMREB", "13", "*"), ("SOMREB", "18", "*")]),
    Case("the_doer_announcing_a_conditional_act_threatens",
         "The militia said it will attack Mogadishu if the talks fail.",
         {"The militia": "SOMREB", "Mogadishu": "SOMGOV"}, has=[("SOMREB", "138*", "SOMGOV")]),
    # An international group hit or captured in a place is still the group, not the place's.
    Case("an_international_group_keeps_its_code_in_a_place",
         "Hundreds of Isis fighters were captured in Syria by Kurdish forces.",
         {"Isis fighters": "IMGMUSISI", "Syria": "SYR", "Kurdish forces": "IRQMIL"},
         has=[("IRQMIL", "17", "IMGMUSISI")], lacks=[("*", "*", "SYRIMGMUSISI", None)]),
    # Where someone was arrested is not whom: the place names the police, not the arrested.
    Case("an_arrest_in_a_place_does_not_target_it", "Police arrested a man in Canada on Wednesday.",
         {"Police": "CANCOP", "Canada": "CAN"}, exactly={("CANCOP", "173", "-")}),
    Case("an_agentless_arrest_in_a_place", "A suspect was arrested in Canada on Wednesday.",
         {"Canada": "CAN"}, has=[("CANCOP", "173", "-")], lacks=[("*", "173", "CAN", None)]),
    # Destroying evidence or files conceals; it is no force against anybody.
    Case("destroying_evidence_is_no_attack", "The ministry destroyed all evidence of the deal.",
         {"The ministry": "GBRGOV"}, lacks=[("GBRGOV", "19", "*", None), ("GBRGOV", "17", "*", None)]),
    Case("destroying_homes_is_still_destruction", "The soldiers destroyed homes in the village.",
         {"The soldiers": "GBRMIL"}, has=[("GBRMIL", "1712", "*")]),
    # A press conference is where statements are made; the place is no one yielded to.
    Case("giving_a_press_conference_is_no_act_on_the_place",
         "The ambassador is giving a press conference in London.",
         {"The ambassador": "RUSGOV", "London": "GBR"}, lacks=[("RUSGOV", "*", "GBR", None)]),
    # Giving arms or military aid is military aid (072).
    Case("giving_arms_is_military_aid", "Germany gave Ukraine tanks.",
         {"Germany": "DEU", "Ukraine": "UKR"}, exactly={("DEU", "072", "UKR")}),
    Case("giving_military_aid_is_military_aid", "Germany gave military aid to Ukraine.",
         {"Germany": "DEU", "Ukraine": "UKR"}, exactly={("DEU", "072", "UKR")}),
]


@each_case(CASES)
def test_lead_fix(coder, make_doc, case):
    assert_codes(coder, make_doc, case)
