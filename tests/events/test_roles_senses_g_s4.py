"""Roles and senses a news audit found wrong (helper G, session 4), on sentences written for these
tests: headline passives whose noun is the one hit, verbal clashes between officials, joining
forces with a party, reports of attacks by their victims, places that are venues or targets, and
verbs whose business or plain sense is no event ("meet its obligations", a signal that degraded).

One case a row (event_helpers.Case): the sentence, its actors, and the events it must have, lack,
or have exactly; the test id is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

CASES = [
    # --- headlines and captions: a participle with no auxiliary and no object is passive
    Case("headline_participle_subject_is_the_one_hit_not_the_attacker", "Canadian drone shot down over Mali.",
         {"Canadian": "CAN", "Mali": "MLI"}, lacks=[("CAN", "19", "*")]),
    Case("headline_participle_agent_after_by_is_the_attacker", "Egyptian helicopter downed by Libyan militants.",
         {"Egyptian": "EGY", "Libyan militants": "LBYREB"}, exactly={("LBYREB", "190", "EGY")}),
    Case("downing_an_aircraft_is_force", "Ukrainian gunners downed a Russian helicopter near Kharkiv.",
         {"Ukrainian gunners": "UKRMIL", "Russian": "RUS", "Kharkiv": "UKR"}, has=[("UKRMIL", "190", "RUS")]),
    Case("an_active_killing_keeps_its_subject_as_the_attacker", "Malian troops killed four Tuareg rebels.",
         {"Malian troops": "MLIMIL", "Tuareg rebels": "MLIREB"}, exactly={("MLIMIL", "190", "MLIREB")}),
    Case("a_participle_inside_a_sentence_only_describes_its_noun",
         "A statement issued by the Danish ministry said exports rose.",
         {"Danish ministry": "DNKGOV"}, exactly=set()),
    Case("headline_subject_refused_entry_is_not_the_refuser", "Afghan migrants denied entry to Poland.",
         {"Afghan migrants": "AFGREF", "Poland": "POL"}, lacks=[("AFGREF", "*", "*")]),
    Case("a_state_refusing_entry_to_people_keeps_its_roles", "Poland refused entry to Afghan migrants.",
         {"Poland": "POL", "Afghan migrants": "AFGREF"}, has=[("POL", "*", "AFGREF")]),
    # --- "clash": force between armed parties, words between officials
    Case("officials_clashing_over_a_budget_is_a_verbal_row",
         "The Dutch finance minister clashed with the Italian prime minister over the budget.",
         {"Dutch finance minister": "NLDGOV", "Italian prime minister": "ITAGOV"},
         exactly={("NLDGOV", "111", "ITAGOV"), ("ITAGOV", "111", "NLDGOV")}),
    Case("troops_clashing_with_rebels_is_fighting", "Nigerian troops clashed with Boko Haram fighters near Maiduguri.",
         {"Nigerian troops": "NGAMIL", "Boko Haram fighters": "NGAREB", "Maiduguri": "NGA"},
         has=[("NGAMIL", "190", "NGAREB")], lacks=[("*", "11", "*")]),
    Case("police_clashing_with_protesters_stays_force", "Kenyan police clashed with opposition protesters in Nairobi.",
         {"Kenyan police": "KENCOP", "opposition protesters": "KENOPP", "Nairobi": "KEN"},
         has=[("KENCOP", "190", "KENOPP")], lacks=[("*", "11", "*")]),
    # --- "join forces with"
    Case("joining_forces_with_a_party_is_cooperation_with_it", "Norway joined forces with Canada to protect the Arctic.",
         {"Norway": "NOR", "Canada": "CAN"}, exactly={("NOR", "060", "CAN")}),
    Case("joining_forces_with_troops_is_military_cooperation",
         "The Kurdish militia joined forces with Turkish troops to retake the town.",
         {"Kurdish militia": "IRQUAF", "Turkish troops": "TURMIL"}, has=[("IRQUAF", "062", "TURMIL")],
         lacks=[("*", "*", "MIL")]),
    Case("joining_named_forces_keeps_them_as_the_party_joined", "Canadian troops joined Kurdish forces near Mosul.",
         {"Canadian troops": "CANMIL", "Kurdish forces": "IRQMIL", "Mosul": "IRQ"}, has=[("CANMIL", "06", "IRQMIL")]),
    # --- a victim reporting the attack on it accuses the attacker (claims.py's own rule)
    Case("a_party_that_repelled_an_attack_accuses_its_attacker", "Lebanon said it repelled a Syrian attack.",
         {"Lebanon": "LBN", "Syrian": "SYR"}, has=[("LBN", "112", "SYR")]),
    # --- places: venues are no targets; an embassy is its state's
    Case("a_vigil_at_a_community_centre_has_no_target", "Residents held a vigil at the Mosque Community Centre.",
         {"Residents": "PPL", "Mosque Community Centre": "CVL"}, exactly=set()),
    Case("a_protest_at_an_embassy_is_against_its_state", "Protesters held a rally outside the Danish embassy in Ankara.",
         {"Protesters": "TUROPP", "Danish embassy": "DNKGOV", "Ankara": "TUR"}, has=[("TUROPP", "14", "DNKGOV")]),
    # --- verb senses
    Case("meeting_obligations_is_no_meeting", "Portugal will meet its obligations to the European Central Bank.",
         {"Portugal": "PRT", "European Central Bank": "IGOEURBNK"}, exactly=set()),
    Case("failing_to_meet_repayments_is_no_meeting", "Zambia failed to meet its loan repayments to China.",
         {"Zambia": "ZMB", "China": "CHN"}, lacks=[("*", "04", "*", None), ("*", "03", "*", None)]),
    Case("meeting_demand_for_a_good_is_no_yielding", "Qatar will meet demand for gas in Japan.",
         {"Qatar": "QAT", "Japan": "JPN"}, exactly=set()),
    Case("meeting_the_demands_of_a_party_is_yielding", "The Chilean government met the demands of the striking miners.",
         {"Chilean government": "CHLGOV", "striking miners": "CHLLAB"}, has=[("CHLGOV", "08", "CHLLAB")]),
    Case("intransitive_degrade_is_no_event", "The Malian army's morale degraded.",
         {"Malian army": "MLIMIL"}, exactly=set()),
    Case("snubbing_an_offer_is_rejecting_it", "Ecuador snubbed an offer from Peru.",
         {"Ecuador": "ECU", "Peru": "PER"}, exactly={("ECU", "120", "PER")}),
    Case("snubbing_an_invitation_is_rejecting_it", "Cuba snubbed an invitation from Mexico.",
         {"Cuba": "CUB", "Mexico": "MEX"}, exactly={("CUB", "120", "MEX")}),
    Case("strengthening_institutions_is_no_show_of_force", "Sweden wants to strengthen institutions in Moldova.",
         {"Sweden": "SWE", "Moldova": "MDA"}, lacks=[("*", "15", "*", None), ("*", "13", "*", None)]),
    Case("reopening_a_border_eases_a_restriction", "Bolivia reopened its border with Paraguay.",
         {"Bolivia": "BOL", "Paraguay": "PRY"}, exactly={("BOL", "081", "PRY")}),
]


@each_case(CASES)
def test_roles_senses(coder, make_doc, case):
    assert_codes(coder, make_doc, case)
