"""Prepositions of place, one class for every event rule (communique.events.words): a place named
"outside", "around", "across" or "throughout" frames an act as "in" and "at" do, for a fight, a
state's own rally, a protest at home and a place inside a time adjunct; "on" inside a time adjunct
names another act's target, not a place.

Sentences written for these tests; actors put on the parse by hand. One case a row
(event_helpers.Case); the test id is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

DUTCH = {"Dutch volunteers": "NLDCVL", "Mosul": "IRQ", "Iraq": "IRQ"}
MALIAN_STUDENTS = {"Malian students": "MLI", "Bamako": "MLI", "the presidential palace": "MLI",
                   "the parliament building": "MLI"}

CASES = [
    # --- fighting somewhere is no attack on that place, whichever preposition of place says where
    Case("fighting_outside_a_city_is_no_attack_on_it", "Dutch volunteers were fighting outside Mosul.", DUTCH,
         exactly=set()),
    Case("fighting_around_a_city_is_no_attack_on_it", "Dutch volunteers were fighting around Mosul.", DUTCH,
         exactly=set()),
    Case("clashing_throughout_a_country_is_no_attack_on_it", "Dutch volunteers clashed throughout Iraq.", DUTCH,
         exactly=set()),
    # --- a time adjunct: "on" names the target of the other act; a place of any kind still locates
    Case("the_target_of_an_earlier_offensive_is_not_this_acts_target",
         "Rebels launched new attacks after the French offensive on Mali.",
         {"Rebels": "MLIREB", "Mali": "MLI", "French": "FRA"},
         has=[("FRA", "190", "MLI")], lacks=[("MLIREB", "*", "MLI", None)]),
    Case("a_place_across_which_an_insurgency_runs_locates_the_attacks",
         "Al-Shabaab has launched many attacks during its long insurgency across southern Somalia.",
         {"Al-Shabaab": "SOMREB", "Somalia": "SOM"}, exactly={("SOMREB", "190", "SOM")}),
    # --- a state rallying anywhere on its own ground rallies against no one there
    Case("a_rally_across_an_officials_own_country_has_no_target", "The president held rallies across Florida.",
         {"The president": "USAGOV", "Florida": "USA"}, exactly={("USAGOV", "141", "-")}),
    Case("a_rally_outside_a_city_of_an_officials_own_country_has_no_target",
         "The Nigerian governor held a rally outside Lagos.", {"Nigerian governor": "NGAGOV", "Lagos": "NGA"},
         exactly={("NGAGOV", "141", "-")}),
    # --- a protest at home, near or inside a place of one's own country, is against its rulers
    Case("a_protest_near_a_city_at_home_is_against_its_rulers",
         "Thousands of Malian students demonstrated near Bamako on Sunday calling for independence.",
         MALIAN_STUDENTS, has=[("MLI", "1414", "MLIGOV")]),
    Case("a_protest_inside_a_building_at_home_is_against_its_rulers",
         "Thousands of Malian students demonstrated inside the presidential palace on Sunday.",
         MALIAN_STUDENTS, has=[("MLI", "141", "MLIGOV")]),
    Case("a_protest_around_a_building_at_home_is_against_its_rulers",
         "Thousands of Malian students demonstrated around the parliament building on Sunday.",
         MALIAN_STUDENTS, has=[("MLI", "141", "MLIGOV")]),
]


@each_case(CASES)
def test_place_words(coder, make_doc, case):
    assert_codes(coder, make_doc, case)
