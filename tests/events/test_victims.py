"""Violence and coercion told from the victim's side (communique.events.victims), on sentences
written for these tests: attackers read off the means, unknown attackers, victims and places,
the authority of the place for legal coercion, leaves from the means, attempted assassinations.

One case a row (event_helpers.Case): the sentence, its actors, and the events it must have, lack,
or have exactly; the test id is the rule.
"""

from __future__ import annotations

import pytest
from event_helpers import Case, assert_codes, each_case

from communique.events.transforms import means_leaf

CASES = [
    # --- attackers of a passive act, read off its means
    Case("attacker_is_the_owner_of_the_weapon", "Three Iraqi soldiers were killed in a Turkish air strike.",
         {"Iraqi soldiers": "IRQMIL", "Turkish": "TUR"}, exactly={("TUR", "195", "IRQMIL")}),
    Case("attacker_from_a_by_phrase_inside_the_means_phrase",
         "Nine Afghan policemen were killed in an ambush by Taliban fighters.",
         {"Afghan policemen": "AFGCOP", "Taliban fighters": "AFGREB"}, exactly={("AFGREB", "190", "AFGCOP")}),
    # "in Aleppo province": where, and no weapon was named, so there is no event at all.
    Case("a_place_modifying_the_phrase_is_no_attacker", "Four Syrian soldiers were killed in Aleppo province.",
         {"Syrian soldiers": "SYRMIL", "Aleppo": "SYR"}, exactly=set()),
    # --- attacks by attackers the text does not name
    Case("roadside_bomb_with_no_attacker_is_coded_with_no_source", "Two Canadian soldiers were killed by a roadside bomb.",
         {"Canadian soldiers": "CANMIL"}, exactly={("-", "1833", "CANMIL")}),
    Case("a_bombing_that_is_the_subject_is_the_means", "A suicide car bombing killed four Iraqi policemen.",
         {"Iraqi policemen": "IRQCOP"}, exactly={("-", "1831", "IRQCOP")}),
    Case("an_accident_is_no_event", "Five Chinese workers were killed in a gas explosion in Tianjin.",
         {"Chinese workers": "CHNLAB", "Tianjin": "CHN"}, exactly=set()),
    Case("a_bare_death_is_no_event", "Two Indian soldiers were killed in Kashmir.",
         {"Indian soldiers": "INDMIL", "Kashmir": "IND"}, exactly=set()),
    Case("kidnapping_is_deliberate_even_without_a_kidnapper", "Two Japanese aid workers were kidnapped.",
         {"Japanese aid workers": "JPNNGO"}, exactly={("-", "181", "JPNNGO")}),
    Case("unidentified_kidnappers_in_a_country_are_its_unidentified_forces",
         "Two Japanese aid workers were kidnapped in Nigeria.",
         {"Japanese aid workers": "JPNNGO", "Nigeria": "NGA"}, exactly={("NGAUAF", "181", "JPNNGO")}),
    Case("unidentified_bombers_near_a_town_are_its_countrys_unidentified_forces",
         "A car bombing near the town of Mosul killed three Turkish soldiers.",
         {"Mosul": "IRQ", "Turkish soldiers": "TURMIL"}, exactly={("IRQUAF", "1832", "TURMIL")}),
    Case("a_doer_named_through_an_accusation_is_not_unknown", "Amnesty accused Syria of torturing Lebanese detainees.",
         {"Amnesty": "NGOAMN", "Syria": "SYR", "Lebanese detainees": "LBNCVL"}, lacks=[("-", "*", "*")]),
    Case("an_unidentified_victim_gives_no_one_sided_event", "Several people were wounded in a bomb attack.",
         {"people": "PPL"}, exactly=set()),
    # --- victims and places
    Case("a_victim_of_no_country_is_of_the_place_it_was_hit_in", "Six civilians were killed in a Russian air strike in Aleppo.",
         {"civilians": "CVL", "Russian": "RUS", "Aleppo": "SYR"}, exactly={("RUS", "195", "SYRCVL")}),
    Case("victims_of_a_reduced_passive_are_the_noun_it_qualifies",
         "The bodies of nine Afghan policemen killed in a Taliban ambush were recovered.",
         {"Afghan policemen": "AFGCOP", "Taliban": "AFGREB"}, has=[("AFGREB", "190", "AFGCOP")]),
    # --- legal coercion without an agent
    Case("an_arrest_in_a_country_is_by_its_police", "A French journalist was arrested in Turkey.",
         {"French journalist": "FRAMED", "Turkey": "TUR"}, exactly={("TURCOP", "173", "FRAMED")}),
    Case("an_arrest_with_an_agent_keeps_the_agent", "A French journalist was arrested by Turkish police in Istanbul.",
         {"French journalist": "FRAMED", "Turkish police": "TURCOP", "Istanbul": "TUR"},
         exactly={("TURCOP", "173", "FRAMED")}),
    # CAMEO 173 covers criminal and political arrests alike: an arrest of anyone is the police's
    # (session 5: events/police.py).
    Case("an_arrest_of_anyone_is_by_the_place_s_police", "A man was arrested in Dublin.",
         {"man": "PPL", "Dublin": "IRL"}, exactly={("IRLCOP", "173", "IRLPPL")}),
    Case("a_deportation_to_a_country_is_not_by_that_country", "A Syrian activist was deported to Turkey.",
         {"Syrian activist": "SYRACT", "Turkey": "TUR"}, lacks=[("TUR*", "*", "*")]),
    Case("put_under_investigation_in_a_country", "A German banker has been put under investigation in Italy.",
         {"German banker": "DEUBUS", "Italy": "ITA"}, exactly={("ITAJUD", "091", "DEUBUS")}),
    Case("a_court_sentence_is_legal_action", "An Iranian court sentenced a British aid worker to five years.",
         {"Iranian court": "IRNJUD", "British aid worker": "GBRNGO"}, exactly={("IRNJUD", "173", "GBRNGO")}),
    # --- attempted assassinations
    Case("trying_to_assassinate_is_an_attempt", "Gunmen tried to assassinate the Libyan prime minister.",
         {"Gunmen": "UAF", "Libyan prime minister": "LBYGOV"}, exactly={("UAF", "185", "LBYGOV")}),
    Case("a_foiled_attempt_is_still_an_attempt", "An attempt to assassinate the Iraqi governor was foiled.",
         {"Iraqi governor": "IRQGOV"}, exactly={("-", "185", "IRQGOV")}),
    # --- leaves from the means, and who the doer of no country is
    Case("an_improvised_explosive_device_is_a_pre_placed_bomb",
         "Two British soldiers were killed by an improvised explosive device.",
         {"British soldiers": "GBRMIL"}, exactly={("-", "1834", "GBRMIL")}),
    Case("police_of_no_country_arresting_in_a_country_are_its_police", "Two Dutch activists were detained by police in Moscow.",
         {"Dutch activists": "NLDACT", "police": "COP", "Moscow": "RUS"}, exactly={("RUSCOP", "173", "NLDACT")}),
    # PETRARCH: gunmen kill with small arms
    Case("gunmen_in_a_country_are_its_unidentified_forces", "Two Afghan police officers were killed by gunmen in Kabul.",
         {"Afghan police officers": "AFGCOP", "gunmen": "UAF", "Kabul": "AFG"}, exactly={("AFGUAF", "193", "AFGCOP")}),
    Case("killing_an_office_holder_is_assassination", "Rebels killed the Somali governor.",
         {"Rebels": "REB", "Somali governor": "SOMGOV"}, exactly={("REB", "186", "SOMGOV")}),
    Case("a_security_operation_is_the_means_of_its_force", "Three Kenyan militants were killed in a police operation.",
         {"Kenyan militants": "KENREB", "police": "COP"}, exactly={("COP", "190", "KENREB")}),
    Case("a_possessive_pronoun_names_a_doer_left_unresolved", "Their attacks killed two Iraqi policemen.",
         {"Iraqi policemen": "IRQCOP"}, exactly=set()),
]


@each_case(CASES)
def test_victims(coder, make_doc, case):
    assert_codes(coder, make_doc, case)


# (code, words of the means, leaf); None: the means say nothing more precise than the code
MEANS = [
    ("190", {"suicide", "car", "bombing"}, "1831"),
    ("190", {"car", "bomb", "explosion"}, "1832"),
    ("180", {"roadside", "device"}, "1833"),
    ("183", {"ied"}, "1834"),
    ("190", {"drone", "strike"}, "1952"),
    ("195", {"drone"}, "1952"),
    ("190", {"tank", "shelling"}, "194"),
    # means never override a specific act
    ("186", {"car", "bomb"}, None),  # an assassination stays one
    ("194", {"air", "strike"}, None),
    ("190", {"raid"}, None),  # a raid says nothing more precise
    ("173", {"bomb"}, None),
]


@pytest.mark.parametrize(("code", "words", "leaf"), MEANS, ids=[f"{c}-{'-'.join(sorted(w))}" for c, w, _ in MEANS])
def test_means_leaf(code, words, leaf):
    assert means_leaf(code, frozenset(words)) == leaf
