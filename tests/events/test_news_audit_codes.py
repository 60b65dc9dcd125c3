"""The second hand audit's corrections in verbs.communique.txt and the noun-role rule for "anti-X".

A hand audit of real news found PETRARCH verb defaults reading a sense with no second party
("serving prison time" as cooperation, "he speculated" as a consultation) and an "anti-Russian"
modifier read as the source of the sanctions it names. Every sentence here is written for these
tests; actors are put on the parse by hand (conftest.make_doc), so these test the patterns and the
roles, not the actor dictionaries.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case, roots, triples

ACTORS = {
    "Sweden": "SWE", "Norway": "NOR", "Chile": "CHL", "Peru": "PER", "Russia": "RUS",
    "Russian": "RUS", "American": "USA", "The EU": "IGOEUREEC", "the EU": "IGOEUREEC",
    "The colonel": "CHLMIL", "The agency": "PERSPY", "the farmers": "PERCVL", "The minister": "NORGOV",
    "Refugees": "SYRREF", "the court": "DEUJUD", "The writer": "GBRMED", "the president": "USAGOV",
    "the police": "USACOP", "the villagers": "PERCVL", "Students": "IRNCVL", "NATO": "IGOWSTNAT",
}

# One case a row (event_helpers.Case): the wrong reading it must lack in any modality, the right one
# it must have (asserted); a code stands for every code it begins ("06": any 06x; "062*": 062 and below).
CASES = [
    # serve: serving a sentence or in a post is no cooperation with anybody
    Case("the_colonel_served_the_farmers_for_years", "The colonel served the farmers for years.",
         lacks=[("CHLMIL", "06", "PERCVL", None)]),
    Case("the_colonel_served_chile_as_ambassador_for", "The colonel served Chile as ambassador for ten years.",
         lacks=[("CHLMIL", "06", "CHL", None)]),
    # conduct: surveillance or a survey of the farmers is no cooperation with them
    Case("the_agency_conducts_surveillance_of_the_farmers", "The agency conducts surveillance of the farmers.",
         lacks=[("PERSPY", "06", "PERCVL", None)]),
    # speculate: commentary, not a consultation
    Case("the_minister_speculated_that_sweden_would_leave", "The minister speculated that Sweden would leave.",
         lacks=[("NORGOV", "04", "SWE", None)]),
    # grieve: grief, not disapproval
    Case("the_minister_was_still_grieving_for_sweden", "The minister was still grieving for Sweden.",
         lacks=[("NORGOV", "11", "SWE", None)]),
    # await: waiting is no statement
    Case("refugees_await_the_court_in_sweden", "Refugees await the court in Sweden.",
         lacks=[("SYRREF", "01", "DEUJUD", None)]),
    # apply: being in force is no appeal; applying for asylum still is one
    Case("the_minister_s_ban_should_apply_to", "The minister's ban should apply to the farmers.",
         lacks=[("NORGOV", "02", "PERCVL", None)]),
    Case("refugees_applied_to_sweden_for_asylum", "Refugees applied to Sweden for asylum.",
         has=[("SYRREF", "02", "SWE")]),
    # offer a view: commentary, not an offer of cooperation
    Case("the_writer_offers_a_striking_commentary_on", "The writer offers a striking commentary on the president and the police.",
         lacks=[("GBRMED", "03", "USAGOV", None)]),
    Case("the_writer_offered_a_glimpse_of_the", "The writer offered a glimpse of the villagers.",
         lacks=[("GBRMED", "03", "PERCVL", None)]),
    # step up: no act without an object that names one; "stepped up pressure" stays a demand
    Case("sweden_has_stepped_up_its_defensive_efforts", "Sweden has stepped up its defensive efforts.",
         lacks=[("SWE", "06", "-", None)]),
    Case("nato_stepped_up_pressure_on_russia", "NATO stepped up pressure on Russia.", has=[("IGOWSTNAT", "10", "RUS")]),
    # strengthening military cooperation is military cooperation, not a mobilisation
    Case("sweden_is_strengthening_its_military_cooperation_with", "Sweden is strengthening its military cooperation with Norway.",
         lacks=[("SWE", "15", "NOR", None)], has=[("SWE", "062*", "NOR")]),
    # calling a party names is no phone call; calling it on a weekday still is
    Case("the_minister_called_sweden_a_rogue_state", 'The minister called Sweden a "rogue state" on Tuesday.',
         lacks=[("NORGOV", "04", "SWE", None)]),
    Case("norway_called_sweden_on_tuesday", "Norway called Sweden on Tuesday.", has=[("NOR", "041*", "SWE")]),
    # coming to a party's side or defence defends it in words; it is no visit
    Case("norway_came_to_the_defence_of_sweden", "Norway came to the defence of Sweden.",
         lacks=[("NOR", "04", "SWE", None)], has=[("NOR", "052*", "SWE")]),
    Case("norway_came_to_sweden_s_side_after", "Norway came to Sweden's side after the vote.",
         lacks=[("NOR", "04", "SWE", None)], has=[("NOR", "052*", "SWE")]),
    # rhetorical attacks are criticism, not force
    Case("the_minister_continued_his_rhetorical_attacks_on", "The minister continued his rhetorical attacks on Sweden.",
         lacks=[("NORGOV", "19", "SWE", None)], has=[("NORGOV", "111*", "SWE")]),
    # defeating a rival at the polls is an election result, not force; defeating an army still is
    Case("the_minister_defeated_the_president_in_the", "The minister defeated the president in the elections.",
         lacks=[("NORGOV", "19", "USAGOV", None)]),
    Case("the_minister_easily_defeated_his_rival_the", "The minister easily defeated his rival, the president.",
         lacks=[("NORGOV", "19", "USAGOV", None)]),
    Case("norway_defeated_the_russian_army_in_the", "Norway defeated the Russian army in the north.",
         has=[("NOR", "19", "RUS")]),
    # living somewhere occupies nothing
    Case("refugees_now_reside_in_sweden", "Refugees now reside in Sweden.", lacks=[("SYRREF", "19", "SWE", None)]),
]


@each_case(CASES)
def test_news_audit_code(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)


def test_anti_modifier_is_the_target_of_a_nominal_event(coder, make_doc):
    # "anti-Russian sanctions": Russia is what the sanctions are against, not who imposes them
    events = coder.code_doc(make_doc("The EU's anti-Russian sanctions have hurt Europe's farmers.", ACTORS))
    assert ("IGOEUREEC", "16", "RUS") in roots(events)
    assert not any(s == "RUS" for s, _, _ in roots(events))


def test_anti_modifier_with_a_verb_keeps_its_source(coder, make_doc):
    events = coder.code_doc(make_doc("Students held anti-American rallies on Friday.", ACTORS))
    assert ("IRNCVL", "14", "USA") in roots(events)


def test_the_sources_own_country_as_a_modifier_is_no_target(coder, make_doc):
    actors = {"The Pentagon": "USAMIL", "US": "USA", "Russia": "RUS", "Russian": "RUS", "Ukraine": "UKR",
              "The US": "USA"}
    events = coder.code_doc(make_doc("The Pentagon denied US involvement in the raid.", actors))
    assert ("USAMIL", "016", "USA") not in triples(events)
    events = coder.code_doc(make_doc("Russia denied Russian involvement in the attack on Ukraine.", actors))
    assert ("RUS", "016", "USA") not in triples(events)
    assert not any(t == "RUS" for _, _, t in triples(events))
    # another country's modifier is still the target
    events = coder.code_doc(make_doc("The US criticised Russian strikes on Monday.", actors))
    assert ("USA", "11", "RUS") in roots(events)
