"""Session 5b, H7: property looted or destroyed by someone the text does not name.

Looting, ransacking and plundering seize property by force (CAMEO 1711, which files lootings
there); torching, vandalising or setting a building alight destroys it (1712). Only people do
these on purpose (a crowd doing them riots, 145), so the passive without an agent ("shops were looted in Pretoria") is still an
act, with no source and the place as target; a flood or a fire destroying homes is none. One
case a row (event_helpers.Case), sentences written for these tests.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {"Pretoria": "ZAF", "Lagos": "NGA", "Kerala": "IND", "Lyon": "FRA", "rioters": "OPP", "police": "COP", "soldiers": "MIL"}

CASES = [
    Case("shops_looted_in_a_city_is_a_looting_there", "Dozens of shops were looted in Pretoria on Monday night.",
         has=[("-", "1711", "ZAF")]),
    Case("a_building_vandalised_in_a_city_is_destroyed_property", "The town hall was vandalised in Lyon overnight.",
         has=[("-", "1712", "FRA")]),
    Case("houses_torched_in_a_city", "Several houses were torched in Lagos after the clashes.",
         has=[("-", "1712", "NGA")]),
    Case("homes_destroyed_by_floods_are_no_act", "Hundreds of homes were destroyed by floods in Kerala.",
         lacks=[("*", "17", "*")]),
    Case("a_crowd_looting_riots", "The rioters looted shops in Lagos.",
         has=[("OPP", "145", "*")], lacks=[("*", "171", "*")]),
    Case("an_army_looting_seizes_property", "The soldiers looted shops in Lagos.",
         has=[("MIL", "1711", "*")]),
]


@each_case(CASES)
def test_agentless_property_s5b(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
