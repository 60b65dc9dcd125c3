"""Wrong codes and non-acts from a news audit (round 2): statements only planned or aimed at, acts
an authority orders, and "target" without violence.

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests. One case a row (event_helpers.Case): the sentence,
its actors, and the events it must have or lack; the test id is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {
    "Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Sweden": "SWE", "Russia": "RUS", "Turkey": "TUR",
    "Germany": "DEU", "Syria": "SYR", "Ukraine": "UKR", "Poland": "POL", "Japan": "JPN",
}

CHILEAN_MINISTER = {"Chilean minister": "CHLGOV"}
ORDERS = {"Turkish court": "TURJUD", "Turkish government": "TURGOV", "Syrian prisoners": "SYRCVL",
          "Syrian refugees": "SYRREF", "Syrian homes": "SYR", "Syrian assets": "SYR"}
ACTIVISTS = {"Swedish activists": "SWEOPP", "Norwegian whaling industry": "NORBUS"}
POLICE = {"Peruvian police": "PERCOP", "protesters": "PEROPP"}
DEMAND = {"Chilean": "CHL", "Russian diplomats": "RUSGOV"}

CASES = [
    # --- statements planned or aimed at are not yet made (but are coded with another modality)
    *(Case(f"a_planned_statement_is_not_asserted-{key}", text, CHILEAN_MINISTER,
           has=[("*", "11", "*", None)], lacks=[("*", "11", "*")]) for key, text in [
        ("plans", "The Chilean minister plans to criticize Peru at the meeting."),
        ("intends", "The Chilean minister intends to condemn Peru on Monday."),
        ("hoping", "The Chilean minister is hoping to denounce Peru in his speech."),
    ]),
    Case("a_made_statement_stays_asserted", "The Chilean minister criticized Peru on Monday.", CHILEAN_MINISTER,
         has=[("CHLGOV", "11", "PER")]),
    Case("a_planned_cooperation_is_still_an_intent", "The Chilean minister plans to cooperate with Peru.",
         CHILEAN_MINISTER, has=[("CHLGOV", "03", "PER")]),
    # --- acts an authority orders
    *(Case(f"an_ordered_coercive_act_is_the_act-{code}", text, ORDERS,
           has=[("*", code, "*")], lacks=[("*", "100", "*")]) for text, code in [
        ("A Turkish court ordered the execution of three Syrian prisoners.", "173"),
        ("The Turkish government ordered the deportation of Syrian refugees.", "174"),
        ("The Turkish government ordered the demolition of Syrian homes.", "1712"),
        ("The Turkish government ordered the seizure of Syrian assets.", "1711"),
    ]),
    Case("an_ordered_withdrawal_is_a_withdrawal", "The Russian president ordered the withdrawal of Russian troops from Syria.",
         {"Russian president": "RUSGOV", "Russian troops": "RUSMIL"}, has=[("RUSGOV", "0874", "*")]),
    Case("ordered_strikes_are_military_force_not_a_demand", "The Russian president ordered airstrikes on Syria.",
         {"Russian president": "RUSGOV"}, has=[("RUSGOV", "138", "SYR")]),
    # --- "target" is violent only in a violent context
    Case("target_without_violence_is_no_attack-rules", "The new Swedish rules target Norway's fishing fleet.",
         ACTIVISTS, lacks=[("*", "18|19|20", "*")]),
    Case("target_without_violence_is_no_attack-activists", "Swedish activists target the Norwegian whaling industry.",
         ACTIVISTS, lacks=[("*", "18|19|20", "*")]),
    Case("target_by_armed_men_is_an_attack", "Rebel fighters targeted a Syrian army checkpoint.",
         {"Rebel fighters": "SYRREB", "Syrian army": "SYRMIL"}, has=[("SYRREB", "19", "SYRMIL")]),
    Case("target_by_warplanes_is_an_aerial_attack", "Russian warplanes targeted rebel positions in Syria.",
         {"Russian warplanes": "RUSMIL", "rebel": "SYRREB"}, has=[("RUSMIL", "195", "*")]),
    Case("attacks_targeting_people_are_attacks", "Armed attacks targeted Syrian refugees in Turkey.",
         {"Syrian refugees": "SYRREF"}, has=[("*", "190", "SYRREF")]),
    Case("an_administrative_order_is_no_demand-creation", "The Swedish minister ordered the creation of a new agency.",
         {"Swedish minister": "SWEGOV"}, lacks=[("*", "10", "*")]),
    Case("an_administrative_order_is_no_demand-review", "The Swedish minister ordered a review of the rules.",
         {"Swedish minister": "SWEGOV"}, lacks=[("*", "10", "*")]),
    # --- announced violent repression is a threat; promised legal acts stay
    Case("announced_violent_repression_is_a_threat-vowed",
         "The Peruvian police vowed to use tear gas against the protesters.", POLICE,
         has=[("PERCOP", "137", "PEROPP")], lacks=[("*", "17", "*")]),
    Case("announced_violent_repression_is_a_threat-will", "The Peruvian police will use water cannon against the protesters.",
         POLICE, has=[("PERCOP", "137", "PEROPP")], lacks=[("*", "17", "*")]),
    Case("violent_repression_done_stays_repression", "The Peruvian police used water cannon against the protesters.",
         POLICE, has=[("PERCOP", "175", "PEROPP")]),
    Case("a_pledged_expulsion_keeps_its_code", "Norway has pledged to expel the Russian spies.",
         {"Russian spies": "RUSSPY"}, has=[("NOR", "174", "RUSSPY")]),
    # --- acts blocked, cancelled or prevented did not happen
    Case("a_blocked_visit_is_no_visit-blocked", "The Swedish minister's visit to Norway was blocked on Friday.",
         {"Swedish minister": "SWEGOV"}, lacks=[("*", "042*|043*", "*")]),
    Case("a_blocked_visit_is_no_visit-cancelled", "Norway cancelled the visit of the Swedish minister.",
         {"Swedish minister": "SWEGOV"}, lacks=[("*", "042*|043*", "*")]),
    Case("a_made_visit_stays_a_visit", "The Swedish minister's visit to Norway ended on Friday.",
         {"Swedish minister": "SWEGOV"}, has=[("SWEGOV", "042", "NOR")]),
    Case("an_attack_being_thwarted_was_made", "The Syrian army was thwarting an attack by rebels on the Syrian army base.",
         {"rebels": "SYRREB", "Syrian army": "SYRMIL"}, has=[("*", "18|19", "*")]),
    Case("a_thwarted_attempt_was_still_made", "An attempt to assassinate the Norwegian minister was thwarted in Oslo.",
         {"Norwegian minister": "NORGOV"}, has=[("*", "185", "NORGOV")]),
    # --- what a demand or a proposal asks for is not done
    *(Case(f"the_content_of_a_demand_is_not_an_act-{key}", text, DEMAND, lacks=[("PER", "174*|161*", "*")])
      for key, text in [
        ("rejected", "Peru rejected the Chilean demand that Peru expel the Russian diplomats."),
        ("unanswered", "The Chilean demand that Peru expel the Russian diplomats went unanswered."),
        ("proposal", "The Chilean proposal that Peru expel the Russian diplomats was discussed."),
    ]),
    Case("an_expulsion_done_stays_asserted", "Peru expelled the Russian diplomats on Monday.",
         {"Russian diplomats": "RUSGOV"}, has=[("PER", "16|17", "RUSGOV")]),
    Case("an_order_that_bans_is_a_ban",
         "Hawaii sued over the president's executive order banning the entry of Syrian refugees.",
         {"president": "USAGOV", "Syrian refugees": "SYRREF", "Hawaii": "USA"}, has=[("USAGOV", "172*", "*")]),
    Case("a_demand_by_verb_stays_a_demand",
         "The Turkish president demanded international organisations impose sanctions on Sweden.",
         {"Turkish president": "TURGOV"}, has=[("TURGOV", "10", "*")]),
    # --- launching a campaign
    Case("an_election_campaign_is_no_appeal", "The Swedish prime minister launched his election campaign in Malmo.",
         {"Swedish prime minister": "SWEGOV"}, lacks=[("*", "02", "*")]),
    Case("a_campaign_for_a_release_is_an_appeal",
         "The Swedish government launched a campaign for the release of Norway's prisoners.",
         {"Swedish government": "SWEGOV"}, has=[("SWEGOV", "02", "*")]),
    Case("a_military_campaign_is_an_attack", "The Syrian army launched a military campaign against the rebels.",
         {"Syrian army": "SYRMIL", "rebels": "SYRREB"}, has=[("SYRMIL", "190", "SYRREB")]),
    # --- coercion only aspired to is not asserted; pledged coercion is
    Case("coercion_only_aspired_to_is_not_asserted", "The government aims to force the opposition out of parliament.",
         {"The government": "TURGOV", "the opposition": "TUROPP"}, lacks=[("*", "17", "*")]),
    Case("pledged_coercion_is_asserted", "The police pledged to arrest the opposition.",
         {"the opposition": "TUROPP", "The police": "TURCOP"}, has=[("*", "17", "*")]),
]


@each_case(CASES)
def test_codes_round2(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
