"""Session 5, helper H4: riots and the weapons of an attack, on sentences written for these tests.

Violence by a crowd of protesters or a mob is a riot (CAMEO 145), and so is a protest called
violent (events.senses.riot_sense); the weapon an active verb uses, or the attacker's own noun,
refines a violent code (suicide bombers 1831, a car bomb 1832, rockets 194, warplanes 195), and a
chemical or poison-gas weapon is 2041 (events.victims.weapon_heads, events.transforms.means_leaf);
a weapon hurled in the passive hits the phrase it was aimed at (events.victims.thrown_projectile).
One case a row (event_helpers.Case).
"""

from __future__ import annotations

import pytest
from event_helpers import Case, assert_codes, each_case

from communique.events.transforms import means_leaf

CASES = [
    # --- riots: violence by a crowd in the street
    Case("rioters_throwing_stones_riot", "Rioters threw stones at police in Lyon.",
         {"Rioters": "FRAOPP", "police": "FRACOP"}, has=[("FRAOPP", "145", "FRACOP")],
         lacks=[("FRAOPP", "18", "*")]),
    Case("protesters_who_clash_with_police_riot", "Demonstrators clashed with police in Quito on Friday.",
         {"Demonstrators": "ECUOPP", "police": "ECUCOP"},
         has=[("ECUOPP", "145", "ECUCOP"), ("ECUCOP", "190", "ECUOPP")], lacks=[("ECUOPP", "19", "*")]),
    Case("a_mob_of_no_country_riots", "A mob attacked two police officers in Lagos.",
         {"mob": "CVL", "police officers": "NGACOP"}, has=[("CVL", "145", "NGACOP")]),
    Case("protesters_hurling_rocks_riot", "Protesters hurled rocks at the soldiers.",
         {"Protesters": "PSEOPP", "soldiers": "ISRMIL"}, has=[("PSEOPP", "145", "ISRMIL")]),
    Case("pelting_with_stones_is_a_riot_by_protesters", "Angry protesters pelted the governor's convoy with stones.",
         {"protesters": "KENOPP", "governor": "KENGOV"}, has=[("KENOPP", "145", "KENGOV")]),
    Case("a_crowd_word_inside_a_placed_mention", "Police clashed with protesters in Nairobi.",
         {"Police": "KENCOP", "protesters in Nairobi": "KENOPP"}, has=[("KENOPP", "145", "KENCOP")]),
    Case("armed_men_fighting_police_do_not_riot", "Gunmen clashed with police in Karachi.",
         {"Gunmen": "PAKUAF", "police": "PAKCOP"}, has=[("PAKUAF", "190", "PAKCOP")], lacks=[("*", "145", "*")]),
    Case("a_violent_demonstration_is_a_riot",
         "Thousands of students held violent demonstrations against the government.",
         {"students": "CHLEDU", "government": "CHLGOV"}, has=[("CHLEDU", "145", "CHLGOV")],
         lacks=[("CHLEDU", "141", "*")]),
    Case("a_peaceful_demonstration_is_no_riot", "Thousands of students held peaceful demonstrations against the government.",
         {"students": "CHLEDU", "government": "CHLGOV"}, has=[("CHLEDU", "14", "CHLGOV")],
         lacks=[("*", "145", "*")]),
    Case("protesters_with_military_weapons_do_not_riot", "Protesters fired rockets at the army base.",
         {"Protesters": "YEMOPP", "army base": "YEMMIL"}, has=[("YEMOPP", "194", "YEMMIL")],
         lacks=[("*", "145", "*")]),
    # --- two verbs joined by "and" share the object hung on the second
    Case("arrested_and_beat_share_their_object", "Ugandan police arrested and beat six Kenyan students.",
         {"Ugandan police": "UGACOP", "Kenyan students": "KENEDU"}, has=[("UGACOP", "173", "KENEDU")]),
    Case("have_detained_and_beaten_share_their_object", "Turkish police have detained and beaten two Greek soldiers.",
         {"Turkish police": "TURCOP", "Greek soldiers": "GRCMIL"}, has=[("TURCOP", "173", "GRCMIL")]),
    Case("a_verb_with_its_own_phrase_shares_nothing", "Chinese police arrived in Lhasa and detained two monks.",
         {"Chinese police": "CHNCOP", "Lhasa": "CHN", "monks": "CHNREL"}, lacks=[("*", "04", "*")]),
    # --- demonstrators rallying or gathering demonstrate
    Case("protesters_who_rally_demonstrate", "Hundreds of protesters rallied in Minsk on Sunday.",
         {"protesters": "BLROPP", "Minsk": "BLR"}, has=[("BLROPP", "141", "*")]),
    Case("demonstrators_who_gather_demonstrate", "Demonstrators gathered outside the parliament in Kiev.",
         {"Demonstrators": "UKROPP", "parliament": "UKRLEG"}, has=[("UKROPP", "141", "UKRLEG")]),
    Case("supporters_rallying_behind_a_leader_support_him",
         "Thousands of supporters rallied behind the Venezuelan president.",
         {"supporters": "VENOPP", "Venezuelan president": "VENGOV"}, lacks=[("*", "14", "*")]),
    Case("ministers_who_gather_do_not_demonstrate", "Foreign ministers gathered in Brussels on Monday.",
         {"Foreign ministers": "GOV", "Brussels": "BEL"}, lacks=[("*", "14", "*")]),
    # --- weapons named by the active verb's object or the attacker's noun
    Case("anti_aircraft_guns_are_no_air_strike", "Rebels fired anti-aircraft guns at the convoy of soldiers.",
         {"Rebels": "SDNREB", "soldiers": "SDNMIL"}, lacks=[("*", "195", "*")]),
    Case("a_mortar_bomb_is_a_mortar_round", "Militants fired a mortar bomb at the police station.",
         {"Militants": "SOMREB", "police station": "SOMCOP"}, has=[("SOMREB", "194", "SOMCOP")]),
    Case("suicide_bombers_bomb", "Two suicide bombers attacked a police station in Kabul.",
         {"suicide bombers": "AFGREB", "police station": "AFGCOP"}, has=[("AFGREB", "1831", "AFGCOP")]),
    Case("blowing_oneself_up_is_a_suicide_bombing", "Two militants blew themselves up near a police checkpoint.",
         {"militants": "IRQREB", "police checkpoint": "IRQCOP"}, has=[("IRQREB", "1831", "*")],
         lacks=[("IRQREB", "190", "*")]),
    Case("detonating_a_car_bomb_is_a_car_bombing", "Militants detonated a car bomb outside the army base.",
         {"Militants": "SOMREB", "army base": "SOMMIL"}, has=[("SOMREB", "1832", "SOMMIL")]),
    Case("detonating_a_bomb_is_a_bombing", "Rebels detonated explosives under the army convoy.",
         {"Rebels": "COLREB", "army convoy": "COLMIL"}, has=[("COLREB", "183", "COLMIL")]),
    Case("fired_rockets_are_rocket_fire", "Hamas fired rockets at Israel on Sunday.",
         {"Hamas": "PSEREBHMS", "Israel": "ISR"}, has=[("PSEREBHMS", "194", "ISR")]),
    Case("warplanes_attack_from_the_air", "Russian warplanes pounded rebel positions near the border.",
         {"Russian warplanes": "RUSMIL", "rebel": "SYRREB"}, has=[("RUSMIL", "195", "*")]),
    Case("a_chemical_attack_is_a_weapon_of_mass_destruction",
         "Government forces carried out a chlorine gas attack on the rebels.",
         {"Government forces": "SYRMIL", "rebels": "SYRREB"}, has=[("SYRMIL", "2041", "SYRREB")]),
    Case("tear_gas_is_no_chemical_weapon", "Police fired tear gas at the protesters.",
         {"Police": "IRQCOP", "protesters": "IRQOPP"}, lacks=[("*", "204", "*")]),
    Case("fired_without_a_weapon_keeps_its_code", "Soldiers fired on the rebels at dawn.",
         {"Soldiers": "MLIMIL", "rebels": "MLIREB"}, lacks=[("*", "194|195|183|2041", "*")]),
    # --- a weapon hurled in the passive hits what it was aimed at
    Case("a_hurled_grenade_hits_its_aim", "A grenade was hurled at Indian soldiers in Srinagar.",
         {"Indian soldiers": "INDMIL", "Srinagar": "IND"}, has=[("INDUAF", "183", "INDMIL")]),
    Case("a_hurled_grenade_by_an_attacker", "Militants hurled a grenade at a police patrol.",
         {"Militants": "INDREB", "police patrol": "INDCOP"}, has=[("INDREB", "183", "INDCOP")]),
    Case("a_thrown_ball_is_no_attack", "A ball was thrown at the Indian players in Mumbai.",
         {"Indian players": "IND", "Mumbai": "IND"}, exactly=set()),
]


@each_case(CASES)
def test_riots_weapons_s5(coder, make_doc, case):
    assert_codes(coder, make_doc, case)


@pytest.mark.parametrize(("code", "words", "leaf"), [
    ("190", {"chlorine", "gas"}, "2041"),
    ("194", {"mortars", "chlorine"}, "2041"),  # a chemical weapon decides whatever the delivery
    ("195", {"poisonous", "gas", "bombs"}, "2041"),
    ("190", {"tear", "gas"}, None),
    ("190", {"toxic", "waste"}, None),
])
def test_chemical_weapon_leaf(code, words, leaf):
    assert means_leaf(code, frozenset(words)) == leaf
