"""Police and security-force acts in news English (session 5, helper H5; events/police.py and
Block L of verbs.communique.txt).

An agentless arrest is the police's: of the place named, else of the story's own police, else of
no stated country; only verbs of taking a person into custody, with people as their victims, and
not in the past perfect (background). Killed or hurt "in police firing" is small-arms fire by
that force (193); firing at a mob and lobbing tear gas are crowd control (175); a force deployed
with no one named who sent it is its own posture (police 153, others 154); a flag march is a show
of force (150). One case a row (event_helpers.Case); every sentence written for these tests.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

from communique.model import Modality

CASES = [
    # --- agentless arrests
    Case("agentless_arrest_is_by_police", "Five activists were arrested on Tuesday.",
         {"activists": "OPP"}, exactly={("COP", "173", "OPP")}),
    Case("agentless_arrest_in_a_place_is_by_its_police", "Two men were arrested in Nairobi.",
         {"men": "PPL", "Nairobi": "KEN"}, exactly={("KENCOP", "173", "KENPPL")}),
    Case("agentless_arrest_is_by_the_story_s_police",
         "Kenyan police raided the camp at dawn. Eleven activists were detained.",
         {"Kenyan police": "KENCOP", "activists": "OPP"}, has=[("KENCOP", "173", "OPP")]),
    Case("arrest_of_people_no_actor_names", "They were detained and later released.",
         has=[("COP", "173", "-")]),
    Case("nab_is_an_arrest", "Police nabbed two suspects near the market.",
         {"Police": "COP"}, exactly={("COP", "173", "-")}),
    Case("rounded_up_is_an_arrest", "Dozens of students were rounded up after the march.",
         {"students": "EDU"}, has=[("COP", "173", "EDU")]),
    Case("taken_into_custody_is_an_arrest", "The mayor was taken into custody on Friday.",
         {"mayor": "GOV"}, has=[("COP", "173", "GOV")]),
    Case("booked_under_an_act_is_a_charge", "The two brothers were booked under the Arms Act.",
         has=[("COP", "173", "-")]),
    Case("an_arrested_decline_is_no_arrest", "The decline in exports was arrested last year.",
         lacks=[("*", "17", "*", None)]),
    Case("a_pluperfect_arrest_is_background", "The writer, who had been arrested in May, spoke to reporters.",
         {"writer": "MED"}, lacks=[("*", "173", "*")]),
    Case("an_arrest_in_a_clause_of_time_is_background", "Prices fell after the minister was arrested.",
         {"minister": "GOV"}, lacks=[("*", "173", "*")]),
    Case("an_arrest_a_year_ago_is_background", "The banker was arrested a year ago.",
         {"banker": "BUS"}, lacks=[("*", "173", "*")]),
    Case("an_arrest_last_summer_is_background", "The banker was arrested last summer.",
         {"banker": "BUS"}, lacks=[("*", "173", "*")]),
    Case("an_arrest_in_another_year_is_background", "The banker was arrested in 1994.",
         {"banker": "BUS"}, lacks=[("*", "173", "*")]),
    Case("a_named_agent_is_never_the_police", "Hundreds were detained and tortured by the militia.",
         lacks=[("COP", "173", "*")]),
    Case("being_held_is_no_arrest", "Women who were being detained in the camp spoke to us.",
         lacks=[("*", "173", "*")]),
    Case("apprehending_a_danger_is_no_arrest", "He apprehended that the crowd would turn violent.",
         lacks=[("*", "173", "*")]),
    Case("not_a_single_x_was_arrested_is_negated", "Not a single rioter has been arrested so far.",
         {"rioter": "CVL"}, lacks=[("*", "173", "*")], has=[("COP", "173", "*", Modality.NEGATED)]),
    Case("arrested_in_the_case_is_no_condition", "Five men have been arrested in the case.",
         {"men": "PPL"}, has=[("COP", "173", "PPL")]),
    # --- firing
    Case("killed_in_police_firing", "Two protesters were killed in police firing.",
         {"protesters": "OPP", "police": "COP"}, exactly={("COP", "193", "OPP")}),
    Case("injured_in_firing_by_the_army", "One man was injured in firing by the army on Sunday.",
         {"army": "MIL"}, exactly={("MIL", "193", "-")}),
    Case("the_firing_of_a_manager_is_no_shooting", "Staff were angered by the firing of the manager.",
         lacks=[("*", "19", "*", None)]),
    Case("firing_at_a_mob_is_crowd_control", "Police fired at a mob on Monday morning.",
         {"Police": "COP", "mob": "CVL"}, exactly={("COP", "175", "CVL")}),
    Case("lobbing_tear_gas_is_crowd_control", "Police lobbed tear gas shells to break up the rally.",
         {"Police": "COP"}, has=[("COP", "175", "*")]),
    Case("dispersing_a_mob_is_crowd_control", "The police dispersed the mob.",
         {"police": "COP", "mob": "CVL"}, exactly={("COP", "175", "CVL")}),
    Case("resorting_to_a_baton_charge_is_crowd_control", "The police resorted to a baton charge.",
         {"police": "COP"}, exactly={("COP", "175", "-")}),
    Case("resorting_to_firing_is_small_arms_fire", "Soldiers resorted to firing near the bridge.",
         {"Soldiers": "MIL"}, has=[("MIL", "193", "-")]),
    Case("resorting_to_legal_action_is_no_force", "The company resorted to legal action.",
         {"company": "BUS"}, lacks=[("*", "17", "*"), ("*", "19", "*")]),
    # --- deployments and shows of force
    Case("deployed_police_is_police_power", "Security forces were deployed in the old city.",
         {"Security forces": "COP"}, exactly={("COP", "153", "-")}),
    Case("deployed_units_are_the_force_s", "Three companies of paramilitary forces were deployed.",
         {"companies": "BUS", "paramilitary forces": "MIL"}, exactly={("MIL", "154", "-")}),
    Case("a_deployment_by_a_named_party_is_that_party_s", "Troops were deployed by the government.",
         {"Troops": "MIL", "government": "GOV"}, lacks=[("MIL", "154", "*")]),
    Case("deployed_software_is_no_force", "The new software was deployed last week.",
         lacks=[("*", "15", "*", None)]),
    Case("a_flag_march_is_a_show_of_force", "Soldiers staged a flag march in the old city on Friday.",
         {"Soldiers": "MIL"}, exactly={("MIL", "150", "-")}),
    Case("held_flag_marches_are_no_protest", "The army held flag marches in the town.",
         {"army": "MIL"}, lacks=[("*", "14", "*")]),
]


@each_case(CASES)
def test_police_s5(coder, make_doc, case):
    assert_codes(coder, make_doc, case)
