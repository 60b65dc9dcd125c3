"""Session 5 (helper H9): real-news recall leftovers and a guard.

- One speaker's "attack" on a whole people ("the president attacked Americans in a speech") is
  words, criticism (111), unless arms or harm are in the sentence or the people is a sector of
  armed men ("American troops").
- A class named by its members: "several countries, including Iran and Syria": each member is a
  party, conjuncts too.
- "During a visit to Beirut" with no owner is the visit of the clause subject when that subject is
  a state official of another country (042, hosted 043), and so is "during *his* visit" after
  the subject, unless the clause already acts on a
  party of the host country; a visit to one's own country's place hosts no one.
- A place name modifying a visit noun is its destination: "a UK state visit", "his Moscow trip".
- A speaker's report that another party's words are false or misleading criticises that party
  (111: "said the British accusations were false").

Every sentence here is written for these tests; actors are put on the parse by hand
(conftest.make_doc), so these test the roles and senses, not the actor dictionaries.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {
    "The Venezuelan president": "VENGOV", "Americans": "USA", "American troops": "USAMIL",
    "The foreign minister": "VENGOV", "British colonialists": "GBR", "The government": "VENGOV",
    "Washington": "USAGOV", "Iran": "IRN", "Syria": "SYR", "Cuba": "CUB", "The European Union": "IGOEUREEC",
    "The Italian foreign minister": "ITAGOV", "Baghdad": "IRQ", "Iraqi officials": "IRQGOV",
    "The Iraqi foreign minister": "IRQGOV", "Police": "COP", "Tourists": "PPL",
}

CASES = [
    # verbal attacks on a people
    Case("president_attacked_americans_in_a_speech", "The Venezuelan president attacked Americans in a speech on Sunday.",
         has=[("VENGOV", "111", "USA")], lacks=[("VENGOV", "19", "USA", None)]),
    Case("minister_attacked_colonialists_on_television", "The foreign minister attacked British colonialists on television.",
         has=[("VENGOV", "111", "GBR")], lacks=[("VENGOV", "19", "GBR", None)]),
    Case("president_attacked_americans_with_drones_stays_force",
         "The Venezuelan president attacked Americans with drones.",
         lacks=[("VENGOV", "111", "USA", None)]),
    Case("president_attacked_american_troops_stays_force", "The Venezuelan president attacked American troops.",
         lacks=[("VENGOV", "111", "USAMIL", None)]),
    # members named after "including"
    Case("sanctions_on_countries_including_two", "The European Union imposed sanctions on several countries, including Iran and Syria.",
         has=[("IGOEUREEC", "163", "IRN"), ("IGOEUREEC", "163", "SYR")]),
    Case("criticised_states_including_three", "Washington criticised several states, including Iran, Syria and Cuba.",
         has=[("USAGOV", "111", "IRN"), ("USAGOV", "111", "SYR"), ("USAGOV", "111", "CUB")]),
    Case("including_after_a_singular_event_noun_names_no_member",
         "Thousands of fighters joined the war, including Iranians and Syrians.",
         actors={"Iranians": "IRN", "Syrians": "SYR", "Thousands of fighters": "UAF"},
         lacks=[("UAF", "*", "IRN", None), ("UAF", "*", "SYR", None)]),
    # unowned visits
    Case("pledged_aid_during_a_visit_to_baghdad", "The Italian foreign minister pledged aid during a visit to Baghdad.",
         has=[("ITAGOV", "042", "IRQ"), ("IRQ", "043", "ITAGOV")]),
    # the clause already acts on the host: that act is what the visit is told for
    Case("met_officials_during_a_visit_to_baghdad", "The Italian foreign minister met Iraqi officials during a visit to Baghdad.",
         has=[("ITAGOV", "04", "IRQGOV")], lacks=[("ITAGOV", "042", "IRQ", None)]),
    Case("what_is_reported_is_not_the_clause_s_act",
         "The Italian foreign minister said during a visit to Baghdad that Rome would stand with Iraq.",
         actors={"Rome": "ITAGOV", "Iraq": "IRQ"}, has=[("ITAGOV", "042", "IRQ")]),
    Case("a_businessman_s_visit_is_no_state_visit", "An Italian businessman pledged money during a visit to Baghdad.",
         actors={"An Italian businessman": "ITABUS"}, lacks=[("ITABUS", "042", "*", None)]),
    Case("owner_pronoun_after_the_subject_is_the_subject",
         "The Italian foreign minister pledged aid during his visit to Baghdad.",
         has=[("ITAGOV", "042", "IRQ")]),
    Case("owner_pronoun_after_the_subject_talks_with_stay_unread",
         "The Italian foreign minister met Iraqi officials during his talks with the Iranians.",
         actors={"the Iranians": "IRN"}, lacks=[("ITAGOV", "04", "IRN", None)]),
    Case("police_during_a_visit_is_no_visitor", "Police detained two men during a visit to Baghdad.",
         lacks=[("COP", "042", "*", None)]),
    # a place name modifying a visit noun is where the visit goes
    Case("a_place_state_visit", "The Italian foreign minister began a Baghdad state visit on Monday.",
         has=[("ITAGOV", "042", "IRQ")], lacks=[("IRQ", "042", "*", None)]),
    Case("owner_s_place_trip", "The Italian foreign minister's Baghdad trip ended on Friday.",
         has=[("ITAGOV", "042", "IRQ")]),
    # judgements of another's words
    Case("said_the_american_statement_was_misleading", "The foreign minister said the American statement was misleading.",
         actors={"American": "USA"}, has=[("VENGOV", "111", "USA")], lacks=[("VENGOV", "010", "USA")]),
    Case("said_washingtons_claims_were_baseless", "The foreign minister said Washington's claims were baseless.",
         has=[("VENGOV", "111", "USAGOV")]),
    Case("said_the_report_misleads", "The foreign minister said the American report misleads the public.",
         actors={"American": "USA"}, has=[("VENGOV", "111", "USA")]),
    Case("words_not_false_are_no_criticism", "The foreign minister said the American claims were not false.",
         actors={"American": "USA"}, lacks=[("VENGOV", "111", "USA", None)]),
    Case("unowned_reports_name_no_party", "The foreign minister said the reports were false.",
         lacks=[("VENGOV", "111", "*", None)]),
    Case("own_capital_is_no_visit", "The Iraqi foreign minister spoke to reporters during his visit to Baghdad.",
         lacks=[("IRQGOV", "042", "IRQ", None), ("IRQ", "043", "IRQGOV", None)]),
]


@each_case(CASES)
def test_recall_guards(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
