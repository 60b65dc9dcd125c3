"""Session 5, helper H6: pacts and swaps between two sides (communique.events.pacts).

Coordinated parties that agree, sign, reach or seal a pact, or swap prisoners, act on each other;
an agentless passive pact or swap takes its two sides from "between"; agreeing or reaching a truce
is declaring it (0871), agreeing or sealing a deal is concluding it (057), a swap of prisoners is
each side releasing the other's (0841). Expelling envoys or closing a mission reduces relations
(161), targeting a party with sanctions imposes them (163). One case a row (event_helpers.Case), sentences written for
these tests.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {
    "Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU", "rebels": "REB",
    "Peruvian government": "PERGOV", "Chilean army": "CHLMIL", "Bolivian troops": "BOLMIL",
}

CASES = [
    # Coordinated subjects of a pact verb: each side to the other.
    Case("agreeing_a_truce_is_declaring_it_to_each_other", "Chile and Peru agreed a truce on Sunday.",
         exactly={("CHL", "0871", "PER"), ("PER", "0871", "CHL")}),
    Case("reaching_a_ceasefire_is_declaring_it", "Bolivia and Ecuador reached a ceasefire after three days of talks.",
         has=[("BOL", "0871", "ECU"), ("ECU", "0871", "BOL")]),
    Case("reaching_an_agreement_is_mutual", "Chile and Peru reached an agreement on fishing rights.",
         has=[("CHL", "03", "PER"), ("PER", "03", "CHL")], lacks=[("*", "*", "-")]),
    Case("sealing_a_deal_is_concluding_it", "Bolivia and Ecuador sealed a deal on gas exports.",
         exactly={("BOL", "057", "ECU"), ("ECU", "057", "BOL")}),
    Case("swapping_prisoners_releases_each_side_s", "The Peruvian government and the rebels swapped prisoners.",
         exactly={("PERGOV", "0841", "REB"), ("REB", "0841", "PERGOV")}),
    Case("swapping_dozens_of_prisoners", "The Peruvian government and the rebels swapped dozens of hostages.",
         exactly={("PERGOV", "0841", "REB"), ("REB", "0841", "PERGOV")}),
    Case("swapping_prisoners_with_a_party", "The rebels swapped 40 prisoners with the Chilean army.",
         exactly={("REB", "0841", "CHLMIL"), ("CHLMIL", "0841", "REB")}),
    # Reaching a place is no pact: coordinated movers stay no one's partners.
    Case("reaching_a_place_is_no_pact", "Chilean army units and Bolivian troops reached the border town.",
         lacks=[("CHLMIL", "*", "BOLMIL"), ("BOLMIL", "*", "CHLMIL")]),
    # An agentless passive takes its sides from "between".
    Case("a_pact_signed_between_two_states", "A border treaty was signed between Chile and Peru in Lima.",
         exactly={("CHL", "057", "PER"), ("PER", "057", "CHL")}),
    Case("prisoners_swapped_between_two_sides", "Twelve prisoners were swapped between the rebels and the Chilean army.",
         exactly={("REB", "0841", "CHLMIL"), ("CHLMIL", "0841", "REB")}),
    Case("a_passive_with_an_agent_keeps_its_agent", "A truce was signed by Chile between Peru and Bolivia.",
         lacks=[("PER", "*", "BOL"), ("BOL", "*", "PER")]),
    # The noun: a prisoner swap or exchange between two sides.
    Case("a_prisoner_swap_between_two_sides", "A prisoner swap between the rebels and the Peruvian government took place.",
         has=[("REB", "0841", "PERGOV"), ("PERGOV", "0841", "REB")]),
    Case("an_exchange_of_prisoners_between_two_sides", "An exchange of prisoners between Chile and Peru began on Monday.",
         has=[("CHL", "0841", "PER"), ("PER", "0841", "CHL")]),
    # Negotiators or envoys "for" a party act for it.
    Case("negotiators_for_two_sides_agree_for_them", "Negotiators for Chile and Peru agreed a truce on Friday.",
         exactly={("CHL", "0871", "PER"), ("PER", "0871", "CHL")}),
    Case("an_envoy_for_a_party_acts_for_it", "An envoy for the rebels met the Chilean army in Lima.",
         has=[("REB", "04", "CHLMIL")]),
    # A mediator brings the swap about: the two sides named after "between" swap.
    Case("a_mediated_swap_is_the_two_sides_s", "Ecuador mediated a prisoner swap between Chile and Peru.",
         has=[("CHL", "0841", "PER"), ("PER", "0841", "CHL")], lacks=[("ECU", "0841", "*"), ("*", "0841", "ECU")]),
    Case("joining_talks_between_two_sides_still_meets_them", "Ecuador joined talks between Chile and Peru.",
         has=[("ECU", "04", "CHL|PER")]),
    # A swap of something else is no release of anyone.
    Case("a_debt_swap_is_no_release", "Chile and Peru agreed a debt swap.", lacks=[("*", "0841", "*")]),
    Case("a_truce_agreed_in_a_place_is_not_the_place_s", "The Chilean army agreed a three-day truce in Bolivia.",
         lacks=[("BOL", "*", "*")]),
]

# Diplomatic measures: envoys expelled in any title, missions closed, sanctions aimed with "with".
MEASURES = [
    Case("expelling_envoys_reduces_relations", "Peru expelled two Chilean envoys on Friday.",
         actors={"Chilean envoys": "CHLGOV"}, exactly={("PER", "161", "CHLGOV")}),
    Case("throwing_out_diplomats_reduces_relations", "Bolivia threw out three Peruvian diplomats.",
         actors={"Peruvian diplomats": "PERGOV"}, exactly={("BOL", "161", "PERGOV")}),
    Case("the_expulsion_of_diplomats_announced", "Chile announced the expulsion of Peru's ambassador.",
         actors={"Peru's ambassador": "PERGOV"}, has=[("CHL", "161", "PERGOV")]),
    Case("shutting_a_consulate_reduces_relations", "Peru shut the Chilean consulate in Arica.",
         actors={"Chilean consulate": "CHLGOV"}, has=[("PER", "161", "CHLGOV")]),
    Case("expelling_migrants_is_still_deporting", "Peru expelled forty Bolivian migrants.",
         actors={"Bolivian migrants": "BOLREF"}, lacks=[("*", "161", "*")]),
    Case("targeting_a_party_with_sanctions", "Chile targeted Bolivia with new sanctions.",
         exactly={("CHL", "163", "BOL")}),
]


@each_case(CASES)
def test_pacts_s5b(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)


@each_case(MEASURES)
def test_diplomatic_measures_s5b(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
