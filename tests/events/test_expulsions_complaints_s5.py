"""Roles a real-news audit found wrong (session 5, helper H2), on sentences written for these tests:
a passive expulsion names the expelling state after "from" (only a state can put a person out of
its territory), and a complaint is not aimed at a clause's subject who suffers the wrong or who is
the complainer's own people; whom an appeal asks to act are not its source.

One case a row (event_helpers.Case): the sentence, its actors, and the events it must have, lack,
or have exactly; the test id is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

CASES = [
    # --- "expelled from <country>": the country expels
    Case("passive_expulsion_from_a_country_names_the_expeller",
         "A Venezuelan diplomat was expelled from Peru on Friday.",
         {"Venezuelan diplomat": "VENGOV", "Peru": "PER"}, exactly={("PER", "161", "VENGOV")}),
    Case("headline_expulsion_from_a_country_names_the_expeller",
         "Chilean journalist deported from Bolivia",
         {"Chilean journalist": "CHLMED", "Bolivia": "BOL"}, exactly={("BOL", "174", "CHLMED")}),
    Case("banned_from_entering_a_country_names_the_country",
         "The Kenyan activist was banned from entering Uganda last year.",
         {"Kenyan activist": "KENOPP", "Uganda": "UGA"}, has=[("UGA", "17", "KENOPP")],
         lacks=[("KENOPP", "*", "*")]),
    Case("expulsion_from_a_party_names_no_state",
         "The Moldovan senator was expelled from the party.",
         {"Moldovan senator": "MDALEG"}, exactly=set()),
    Case("barred_from_entering_a_foreign_mission_is_not_barred_by_its_state",
         "The Greek minister was barred from entering the Albanian consulate in Milan.",
         {"Greek minister": "GRCGOV", "Albanian consulate": "ALBGOV", "Milan": "ITA"},
         lacks=[("ALBGOV", "*", "*")]),
    Case("where_a_deported_person_is_sent_is_no_target",
         "He was deported from Spain to Morocco.",
         {"Spain": "ESP", "Morocco": "MAR"}, lacks=[("ESP", "*", "MAR")]),
    Case("an_active_expulsion_keeps_its_subject",
         "Peru expelled a Venezuelan diplomat from Lima.",
         {"Peru": "PER", "Venezuelan diplomat": "VENGOV", "Lima": "PER"}, exactly={("PER", "161", "VENGOV")}),
    # --- "complained that X ...": X is the target when it does the wrong
    Case("complaint_that_a_party_does_wrong_is_aimed_at_it",
         "Ecuador complained that Colombia was not guarding the border.",
         {"Ecuador": "ECU", "Colombia": "COL"}, has=[("ECU", "114", "COL")]),
    Case("complaint_that_a_subject_suffers_is_not_aimed_at_it",
         "Lebanon complained that Syrian refugees were suffering in the camps.",
         {"Lebanon": "LBN", "Syrian refugees": "SYRREF"}, lacks=[("LBN", "*", "SYRREF")]),
    Case("complaint_that_a_subject_lacks_something_is_not_aimed_at_it",
         "Jordan complained that Iraqi refugees lacked food.",
         {"Jordan": "JOR", "Iraqi refugees": "IRQREF"}, lacks=[("JOR", "*", "IRQREF")]),
    Case("complaint_about_ones_own_people_speaks_for_them",
         "Argentina complained that Argentine farmers earned too little.",
         {"Argentina": "ARG", "Argentine farmers": "ARGAGR"}, lacks=[("ARG", "*", "ARGAGR")]),
    # --- appeals: whom an appeal asks to act are not its source
    Case("addressees_of_an_unknown_appealer_do_not_appeal_to_each_other",
         "In a statement Monday, Lerner of the Regional Synagogue Council called on the FBI, the White House, "
         "the Justice Department, Congress and local officials to speak out forcefully and to catch the perpetrators.",
         {"FBI": "USACOP", "White House": "USAGOV", "Justice Department": "USAGOV", "Congress": "USALEG",
          "officials": "USAGOV", "perpetrators": "CRM"},
         lacks=[("USA*", "02", "*")]),
    Case("an_appeal_by_a_pronoun_is_the_speakers",
         "Greece said it had asked Ankara and Skopje to provide information about the arms.",
         {"Greece": "GRC", "Ankara": "TURGOV", "Skopje": "MKDGOV"},
         has=[("GRC", "02", "TURGOV"), ("GRC", "02", "MKDGOV")], lacks=[("TURGOV", "*", "*")]),
    Case("complaint_that_someone_was_wronged_by_a_party_is_aimed_at_the_party",
         "Serbia complained that its citizens were mistreated by Croatian police.",
         {"Serbia": "SRB", "Croatian police": "HRVCOP"}, has=[("SRB", "114", "HRVCOP")]),
]


@each_case(CASES)
def test_expulsions_and_complaints(coder, make_doc, case: Case) -> None:
    assert_codes(coder, make_doc, case)
