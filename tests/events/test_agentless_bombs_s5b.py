"""Session 5b, H7: bombings and chemical attacks that news tells without their attacker.

A munition going off ("a bomb exploded", "an IED went off") is a bombing (183x) by whoever set it;
a chemical weapon used in the passive is chemical warfare (2041). The victims, the place or the
site it struck are the target; an accident (a tank or a gas cylinder exploding) or a bomb squad's
controlled detonation is no event. One case a row (event_helpers.Case), sentences written for
these tests.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {"Kabul": "AFG", "Baghdad": "IRQ", "Mosul": "IRQ", "Syria": "SYR", "Lagos": "NGA", "Quetta": "PAK",
          "civilians": "CVL", "soldiers": "MIL", "workers": "LAB", "police station": "COP", "rebels": "REB",
          "people": "PPL", "militants": "REB", "suicide bomber": "REB"}

CASES = [
    Case("a_bomb_going_off_in_a_city_struck_it",
         "A car bomb exploded in Baghdad on Tuesday.",
         has=[("IRQUAF", "1832", "IRQ")]),
    Case("a_bomb_going_off_then_harming_is_one_attack_on_the_victims",
         "A bomb exploded in a market in Kabul, wounding several civilians.",
         exactly={("AFGUAF", "183", "AFGCVL")}),
    Case("victims_of_a_when_clause_bomb_are_hit_where_it_went_off",
         "Three soldiers were wounded when a roadside bomb went off near their convoy in Kabul.",
         has=[("AFGUAF", "1833", "AFGMIL")]),
    Case("a_place_inside_a_place_phrase_is_where",
         "A bomb exploded in Baghdad's Karrada district, killing four civilians.",
         has=[("IRQUAF", "183", "IRQCVL")]),
    Case("victims_of_no_country_hit_by_a_named_weapon",
         "Two soldiers were killed by a landmine on Monday.",
         has=[("-", "1834", "MIL")]),
    Case("a_going_off_bomb_struck_the_site_it_went_off_at",
         "A bomb went off outside a police station on Friday.",
         has=[("-", "183", "COP")]),
    Case("chlorine_used_in_the_passive_is_chemical_warfare",
         "Chlorine was used against civilians in Mosul.",
         has=[("IRQUAF", "2041", "IRQCVL")]),
    Case("setting_off_bombs_stands_without_a_target",
         "The rebels detonated two bombs on the highway.",
         has=[("REB", "183", "-")]),
    Case("a_bomber_setting_off_a_device_is_the_means_of_the_killing",
         "The attack killed 22 civilians after a suicide bomber detonated a device at a concert in Kabul.",
         has=[("*", "1831", "*")]),
    Case("a_when_clause_tells_how_for_both_coordinated_harms",
         "Two soldiers were killed and several civilians were injured when an IED went off in Quetta.",
         has=[("PAKUAF", "1834", "PAKMIL"), ("PAKUAF", "1834", "PAKCVL")]),
    Case("a_tank_exploding_is_an_accident",
         "Several workers were hurt when a tank at the plant exploded.",
         lacks=[("*", "18", "*"), ("*", "19", "*"), ("*", "20", "*")]),
    Case("a_gas_cylinder_going_off_is_an_accident",
         "A gas cylinder exploded in a house in Lagos, killing four people.",
         lacks=[("*", "18", "*"), ("*", "19", "*"), ("*", "20", "*")]),
    Case("a_bomb_squad_detonating_an_unexploded_bomb_attacks_no_one",
         "The militants said soldiers detonated an unexploded bomb near Quetta.",
         lacks=[("*", "18", "*")]),
    Case("a_chlorine_leak_is_no_attack",
         "A chlorine leak at a factory in Lagos killed two workers.",
         lacks=[("*", "20", "*"), ("*", "18", "*")]),
]


@each_case(CASES)
def test_agentless_bombs_s5b(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
