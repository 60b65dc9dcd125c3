"""Acts a sentence names without asserting them (communique.events.embedding), and who can make a
visit (communique.events.movers).

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests. One case a row (event_helpers.Case): the sentence,
its actors, and the events it must have or lack (asserted unless a modality is named); the test id
is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

from communique.model import Modality

ACTORS = {
    "Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Sweden": "SWE", "Russia": "RUS", "Turkey": "TUR",
    "Germany": "DEU", "Syria": "SYR", "Ukraine": "UKR", "Russian": "RUS", "German": "DEU",
}

CHILE_AND_PERU = {"Chilean government": "CHLGOV", "Peruvian ambassador": "PERGOV"}
TURKISH_AMBASSADOR = {"Turkish ambassador": "TURGOV"}

CASES = [
    # --- capacity and permission
    *(Case(f"an_ability_or_licence_is_no_act-{key}", text, CHILE_AND_PERU,
           has=[("*", "16", "*", Modality.HYPOTHETICAL)], lacks=[("*", "16", "*")]) for key, text in [
        ("able", "The Chilean government is able to expel the Peruvian ambassador."),
        ("would_be_able", "The Chilean government would be able to expel the Peruvian ambassador."),
        ("free", "The Chilean government was free to expel the Peruvian ambassador."),
    ]),
    Case("being_entitled_to_complain_is_no_complaint", "Chilean lawmakers were entitled to complain to Peru.",
         {"Chilean lawmakers": "CHLLEG"}, lacks=[("*", "11", "*")]),
    Case("allowing_another_party_to_act_leaves_its_act_open", "Peru refused to allow Chile to expel the rebels.",
         {"rebels": "PERREB"}, lacks=[("CHL", "17", "PERREB")]),
    # even in the past: a permission licenses an act, often before it happens
    Case("allowing_another_party_to_act_leaves_its_act_open-past", "Peru allowed Chile to expel the rebels.",
         {"rebels": "PERREB"}, lacks=[("CHL", "17", "PERREB")]),
    Case("a_dare_leaves_the_act_to_the_other", "Norway challenged Sweden to expel the Russian ambassador.",
         {"Russian ambassador": "RUSGOV"}, lacks=[("SWE", "16", "RUSGOV")]),
    Case("a_warning_leaves_the_act_to_the_other", "Norway warned Sweden to expel the Russian ambassador.",
         {"Russian ambassador": "RUSGOV"}, lacks=[("SWE", "16", "RUSGOV")]),
    Case("struggling_to_act_is_no_act", "The Syrian army is struggling to repel the rebels.",
         {"Syrian army": "SYRMIL", "rebels": "SYRREB"}, lacks=[("*", "19", "*")]),
    # --- not done
    Case("unable_says_it_did_not_happen", "Norway was unable to reach an agreement with Russia.",
         has=[("*", "03", "*", Modality.NEGATED)], lacks=[("*", "03", "*")]),
    Case("yet_to_says_it_did_not_happen", "Norway is yet to reach an agreement with Russia.",
         has=[("*", "03", "*", Modality.NEGATED)], lacks=[("*", "03", "*")]),
    # --- implicatives and plans
    *(Case(f"being_made_to_act_says_one_did-{key}", text, TURKISH_AMBASSADOR,
           has=[("DEU", "16", "TURGOV")], lacks=[("*", "10", "*")]) for key, text in [  # no one's demand
        ("forced", "Germany was forced to expel the Turkish ambassador."),
        ("obliged", "Germany was obliged to expel the Turkish ambassador."),
    ]),
    Case("managing_to_act_is_acting", "Germany managed to expel the Turkish ambassador.", TURKISH_AMBASSADOR,
         has=[("DEU", "16", "TURGOV")]),
    Case("is_to_announces_a_plan", "The Peruvian president is to visit Chile next week.", {"Peruvian president": "PERGOV"},
         has=[("PERGOV", "036", "CHL")], lacks=[("*", "04", "*")]),
    # --- aims, doubts, questions
    *(Case(f"the_content_of_an_aim_is_no_act-{key}", text, lacks=[("*", "16", "*")]) for key, text in [
        ("share_aim", "Turkey and Russia share another aim: curbing German influence."),
        ("aim_of", "Turkey adopted the aim of curbing German influence."),
        ("goal_is_to", "The goal of Turkey is to curb German influence."),
    ]),
    Case("a_denied_act_is_not_asserted", "Turkey denied that its army attacked Syrian civilians.",
         {"its army": "TURMIL", "Syrian civilians": "SYRCVL"}, lacks=[("TURMIL", "19", "SYRCVL")]),
    *(Case(f"an_open_question_is_not_asserted-{key}", text, {"Russian soldiers": "RUSMIL"},
           has=[("RUSMIL", "*", "*", Modality.QUESTION)], lacks=[("RUSMIL", "*", "*")]) for key, text in [
        ("unclear_how_many", "It is unclear how many Russian soldiers will attack Ukraine."),
        ("if_any", "It is unclear how many, if any, Russian soldiers will attack Ukraine."),
        ("asked_whether", "Chile asked whether Russian soldiers attacked Ukraine."),
    ]),
    # --- movers
    *(Case(f"a_private_traveller_makes_no_visit-{key}", text, extra, lacks=[("*", "04", "*"), ("*", "036", "*")])
      for key, text, extra in [
        ("citizens", "Thousands of Russian citizens travelled to Syria.", {"Russian citizens": "RUSCVL"}),
        ("fighter", "A German fighter went to Syria.", {"German fighter": "DEUUAF"}),
        ("queen_on_crusade", "A queen of Germany went on crusade to Syria.", {}),
    ]),
    Case("an_envoy_makes_a_visit", "The Russian foreign minister travelled to Syria.",
         {"Russian foreign minister": "RUSGOV"}, has=[("RUSGOV", "042", "SYR")]),
    Case("wanting_migrants_to_come_is_no_appeal_for_a_visit", "The German chancellor wants Syrian migrants to come to Germany.",
         {"German chancellor": "DEUGOV", "Syrian migrants": "SYRCVL"}, lacks=[("*", "*", "SYRCVL"), ("*", "04", "*")]),
    # --- past ability, negated doubt, relative clauses
    *(Case(f"a_past_ability_or_enabling_says_the_act_was_done-{key}", text, {**TURKISH_AMBASSADOR, "Chilean": "CHL"},
           has=[("DEU", "16", "TURGOV")]) for key, text in [
        ("was_able", "Germany was able to expel the Turkish ambassador."),
        ("enabled", "Chilean pressure has enabled Germany to expel the Turkish ambassador."),
    ]),
    Case("a_negated_doubt_asserts", "Nobody doubts that Turkey expelled the German ambassador.",
         {"German ambassador": "DEUGOV"}, has=[("TUR", "16", "DEUGOV")]),
    Case("a_simple_present_relative_clause_describes", "Chile has a system where the government expels Peruvian diplomats.",
         {"the government": "CHLGOV", "Peruvian diplomats": "PERGOV"}, lacks=[("*", "16", "*")]),
    Case("a_past_relative_clause_asserts", "Chile has a system where the government expelled Peruvian diplomats.",
         {"the government": "CHLGOV", "Peruvian diplomats": "PERGOV"}, has=[("CHLGOV", "16", "PERGOV")]),
    Case("a_stance_in_a_relative_clause_stands", "The prince, whom Turkey accuses of ordering the murder, met Chile.",
         {"The prince": "SAUGOV"}, has=[("TUR", "112*", "*")]),
    Case("a_risk_is_no_act", "Turkey risks provoking Russia.", lacks=[("TUR", "*", "RUS")]),
    Case("a_pretence_is_no_act", "Turkey pretended to criticise Russia.", lacks=[("TUR", "*", "RUS")]),
    Case("avoiding_an_act_says_it_was_not_done", "Turkey avoided criticising Russia.",
         exactly=set(), has=[("TUR", "11", "RUS", Modality.NEGATED)]),
    *(Case(f"a_proposed_or_opposed_act_is_not_done-{key}", text, {"Peruvian diplomats": "PERGOV"},
           lacks=[("*", "04|16", "*")]) for key, text in [
        ("proposed", "Chile proposed holding talks with Peru."),
        ("objected_to", "Norway objected to Chile expelling the Peruvian diplomats."),
        ("opposed_to", "Norway was opposed to Chile expelling the Peruvian diplomats."),
    ]),
    Case("a_condemned_act_is_taken_as_done", "Norway condemned Chile expelling the Peruvian diplomats.",
         {"Peruvian diplomats": "PERGOV"}, has=[("*", "16", "*")]),
    Case("a_denied_gerund_is_not_asserted", "The Chilean minister denied meeting the Peruvian ambassador.",
         {"Chilean minister": "CHLGOV", "Peruvian ambassador": "PERGOV"}, lacks=[("*", "04", "*")]),
    Case("a_clause_after_and_is_no_denied_complement",
         "Flynn initially denied discussing tariffs with the Peruvian ambassador and Vice President Mike "
         "Pence repeated that claim during an interview in January.",
         {"Vice President Mike Pence": "USAGOV", "Peruvian ambassador": "PERGOV"}, has=[("USAGOV", "010", "-")]),
    Case("a_simple_present_passive_describes_a_standing_state", "The Syrian town is occupied by Turkish troops.",
         {"Syrian town": "SYR", "Turkish troops": "TURMIL"}, lacks=[("TURMIL", "*", "*")]),
    Case("a_past_passive_asserts_the_act", "The Syrian town was occupied by Turkish troops.",
         {"Syrian town": "SYR", "Turkish troops": "TURMIL"}, has=[("TURMIL", "19", "SYR")]),
    *(Case(f"no_longer_says_the_act_has_stopped-{key}", text, {"Swedish rebels": "SWEREB"},
           lacks=[("NOR", "07", "SWEREB")]) for key, text in [
        ("present", "Norway no longer supplies arms to the Swedish rebels."),
        ("future", "Norway will no longer supply arms to the Swedish rebels."),
    ]),
]


@each_case(CASES)
def test_embedded_modality(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
