"""Wrong events a real-news reading found (helper H, session 5), on sentences written for these
tests: business and administrative senses of cooperation verbs (growing, running, revealing),
police operations read as armed clashes, allies made into adversaries by a conflict noun they
share, findings reported by someone who is no party to them, and wants to coerce asserted as the
coercion.

One case a row (event_helpers.Case): the sentence, its actors, and the events it must have, lack,
or have exactly; the test id is the rule.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, code_case, each_case

from communique.model import Modality

CASES = [
    # --- growth verbs: no interaction unless what grows is one (Block H)
    Case("firms_expanding_into_a_market_is_no_cooperation", "Korean carmakers expanded into Brazil last year.",
         {"Korean carmakers": "KORBUS", "Brazil": "BRA"}, exactly=set()),
    Case("regulators_expanding_their_remit_is_no_cooperation",
         "Mexican regulators expanded the Canadian industries they supervise.",
         {"Mexican regulators": "MEXGOV", "Canadian industries": "CANBUS"}, exactly=set()),
    Case("a_state_intensifying_its_efforts_is_no_cooperation", "Peru intensified its efforts in Bolivia.",
         {"Peru": "PER", "Bolivia": "BOL"}, exactly=set()),
    Case("intensifying_raids_against_a_party_is_attacking_it",
         "Malian forces intensified their raids against the jihadist groups in Gao.",
         {"Malian forces": "MLIMIL", "jihadist groups": "MLIREB", "Gao": "MLI"}, has=[("MLIMIL", "19", "MLIREB")],
         lacks=[("*", "06", "*")]),
    Case("expanding_ties_with_a_party_is_diplomatic_cooperation", "Vietnam expanded its ties with Australia.",
         {"Vietnam": "VNM", "Australia": "AUS"}, exactly={("VNM", "050", "AUS")}),
    Case("expanding_sanctions_stays_a_sanction", "Canada expanded its sanctions against Belarus.",
         {"Canada": "CAN", "Belarus": "BLR"}, has=[("CAN", "163", "BLR")]),
    # --- running things: firms, agencies and officials at work
    Case("a_bank_supervising_lenders_is_no_cooperation", "The Dutch central bank supervises Belgian lenders.",
         {"Dutch central bank": "NLDGOV", "Belgian lenders": "BELBUS"}, exactly=set()),
    Case("handling_a_request_is_no_cooperation", "Irish officials handled the Spanish request slowly.",
         {"Irish officials": "IRLGOV", "Spanish": "ESP"}, exactly=set()),
    Case("directing_a_subsidiary_is_no_cooperation", "A Canadian executive directed the Mexican subsidiary.",
         {"Canadian executive": "CANBUS", "Mexican subsidiary": "MEXBUS"}, exactly=set()),
    # --- making something known is no diplomatic cooperation
    Case("revealing_messages_is_no_diplomatic_cooperation",
         "Portuguese officials revealed emails from the Angolan minister.",
         {"Portuguese officials": "PRTGOV", "Angolan minister": "AGOGOV"}, exactly=set()),
    Case("unveiling_a_product_is_no_event", "The Japanese carmaker unveiled a new model in Germany.",
         {"Japanese carmaker": "JPNBUS", "Germany": "DEU"}, exactly=set()),
    # --- signing, buying and collaborating in their business and legislative senses
    Case("signing_a_law_is_no_agreement", "The Kenyan president signed a new media law.",
         {"Kenyan president": "KENGOV", "media": "MED"}, exactly=set()),
    Case("signing_a_treaty_stays_an_agreement", "Chile signed a treaty with Argentina.",
         {"Chile": "CHL", "Argentina": "ARG"}, has=[("CHL", "057", "ARG")]),
    Case("investors_buying_property_is_no_cooperation", "Qatari investors bought $2bn worth of Paris hotels.",
         {"Qatari investors": "QAT", "Paris": "FRA"}, exactly=set()),
    Case("buying_a_stake_is_no_cooperation", "Norway bought a stake in the Danish company.",
         {"Norway": "NOR", "Danish": "DNK"}, exactly=set()),
    Case("buying_gas_stays_trade", "Japan bought Russian gas.", {"Japan": "JPN", "Russian": "RUS"},
         has=[("JPN", "061", "RUS")]),
    Case("collaborating_on_a_report_is_no_cooperation", "Danish and Swedish researchers collaborated on the report.",
         {"Danish": "DNK", "Swedish researchers": "SWEEDU"}, exactly=set()),
    Case("proposing_budget_cuts_is_no_appeal", "The Chilean government proposed steep cuts to the defence budget.",
         {"Chilean government": "CHLGOV"}, exactly=set()),
    Case("proposing_a_ceasefire_to_a_party_stays_an_appeal", "Armenia proposed a ceasefire to Azerbaijan.",
         {"Armenia": "ARM", "Azerbaijan": "AZE"}, has=[("ARM", "0256", "AZE")]),
    Case("ordering_a_cancellation_asks_nothing_of_anyone", "The Polish ministry ordered the cancellation of the tender.",
         {"Polish ministry": "POLGOV"}, exactly=set()),
    Case("pressing_ahead_with_a_plan_is_no_demand", "Slovak authorities pressed ahead with the capacity cuts.",
         {"Slovak authorities": "SVKGOV"}, exactly=set()),
    Case("pushing_ahead_with_a_law_is_no_coercion", "The Polish government pushed ahead with the law.",
         {"Polish government": "POLGOV"}, exactly=set()),
    Case("pressing_a_party_to_act_stays_an_appeal", "Austria pressed Serbia to withdraw.",
         {"Austria": "AUT", "Serbia": "SRB"}, has=[("AUT", "02", "SRB")]),
    Case("striking_a_chord_is_no_blow", "The Latvian candidate's message struck a chord with Estonians.",
         {"Latvian candidate": "LVAELI", "Estonians": "EST"}, exactly=set()),
    # --- operations by the police against no one named are police moves (150), not fighting
    Case("a_police_operation_with_no_opponent_is_a_police_move", "French police launched an operation in Lyon.",
         {"French police": "FRACOP", "Lyon": "FRA"}, exactly={("FRACOP", "150", "-")}),
    Case("a_police_raid_with_no_opponent_is_a_police_move", "Belgian police carried out a raid on Tuesday.",
         {"Belgian police": "BELCOP"}, lacks=[("*", "19", "*")]),
    Case("an_army_operation_stays_military_force", "The Turkish army launched an operation in Iraq.",
         {"Turkish army": "TURMIL", "Iraq": "IRQ"}, has=[("TURMIL", "190", "IRQ")]),
    # --- a conflict noun on another verb: co-victims or co-agents, not two sides
    Case("allies_suffering_casualties_in_fighting_are_not_adversaries",
         "Dutch and Danish troops suffered heavy casualties in years of fighting.",
         {"Dutch": "NLD", "Danish troops": "DNKMIL"},
         lacks=[("NLD*", "19", "DNK*"), ("DNK*", "19", "NLD*")]),
    Case("soldiers_wounded_in_the_fighting_are_not_adversaries",
         "Czech and Polish soldiers were injured during the fighting.",
         {"Czech": "CZE", "Polish soldiers": "POLMIL"},
         lacks=[("CZE*", "19", "POL*"), ("POL*", "19", "CZE*")]),
    Case("troops_that_fought_together_are_allies", "Dutch and Danish troops fought together in Uruzgan.",
         {"Dutch": "NLD", "Danish troops": "DNKMIL"}, lacks=[("NLD*", "19", "DNK*"), ("DNK*", "19", "NLD*")]),
    Case("troops_that_fought_side_by_side_are_allies", "Dutch and Danish troops fought side by side in Uruzgan.",
         {"Dutch": "NLD", "Danish troops": "DNKMIL"}, lacks=[("NLD*", "19", "DNK*"), ("DNK*", "19", "NLD*")]),
    Case("states_that_fought_a_war_are_adversaries", "Eritrea and Ethiopia fought a war in 1998.",
         {"Eritrea": "ERI", "Ethiopia": "ETH"}, has=[("ERI", "190", "ETH"), ("ETH", "190", "ERI")]),
    Case("parties_that_clashed_are_adversaries", "Eritrean and Ethiopian troops clashed near Badme.",
         {"Eritrean": "ERI", "Ethiopian troops": "ETHMIL"}, has=[("ETHMIL", "190", "ERI*")]),
    # --- "attack" in words: between officials of one country, or said to be made of words
    Case("an_official_attacking_a_judge_at_home_is_criticism",
         "The Brazilian president launched an attack on a federal judge.",
         {"Brazilian president": "BRAGOV", "federal judge": "BRAJUD"}, exactly={("BRAGOV", "111", "BRAJUD")}),
    Case("a_rhetorical_attack_is_criticism", "Hungary's rhetorical attacks against Sweden continued.",
         {"Hungary": "HUN", "Sweden": "SWE"}, has=[("HUN", "111", "SWE")], lacks=[("*", "19", "*")]),
    Case("an_official_attacking_a_foreign_regime_keeps_force", "The Turkish president attacked the Syrian regime.",
         {"Turkish president": "TURGOV", "Syrian regime": "SYRGOV"}, has=[("TURGOV", "19", "SYRGOV")]),
    Case("troops_attacking_positions_stays_force", "Serbian troops attacked Bosnian positions.",
         {"Serbian troops": "SRBMIL", "Bosnian": "BIH"}, has=[("SRBMIL", "190", "BIH")]),
    # --- a quantity that declines is a decrease, not a refusal
    Case("takings_that_decline_are_no_refusal", "Finnair's revenue declined to four cents from five cents.",
         {"Finnair": "FINBUS"}, exactly=set()),
    Case("declining_from_a_level_is_no_refusal", "Icelandic exports to Norway declined from a record.",
         {"Icelandic": "ISL", "Norway": "NOR"}, exactly=set()),
    # --- a want to coerce is not the coercion
    Case("a_want_to_deport_is_not_a_deportation", "The Austrian government wants to deport Afghan migrants.",
         {"Austrian government": "AUTGOV", "Afghan migrants": "AFGREF"},
         lacks=[("AUTGOV", "17", "*")], has=[("AUTGOV", "174", "AFGREF", Modality.HYPOTHETICAL)]),
    Case("a_wish_to_arrest_is_not_an_arrest", "The Greek government wishes to arrest the Turkish smugglers.",
         {"Greek government": "GRCGOV", "Turkish smugglers": "TURCRM"}, lacks=[("GRCGOV", "17", "*")]),
    Case("a_want_to_attack_is_a_threat_as_a_plan_is", "Belarus wants to attack Lithuania.",
         {"Belarus": "BLR", "Lithuania": "LTU"}, has=[("BLR", "138*", "LTU")], lacks=[("BLR", "19", "*")]),
    Case("a_want_to_meet_stays_an_intent_to_meet", "The Austrian government wants to meet Afghan officials.",
         {"Austrian government": "AUTGOV", "Afghan officials": "AFGGOV"}, has=[("AUTGOV", "036", "AFGGOV")]),
]


@each_case(CASES)
def test_news_precision(coder, make_doc, case):
    assert_codes(coder, make_doc, case)


# --- findings made known by someone who is no party to them: the finder reports the act
REPORTED = [
    Case("a_journalist_concluding_a_killing_reports_it",
         "A Swiss journalist concluded that Ethiopian troops killed hundreds of Somali civilians.",
         {"Swiss journalist": "CHEMED", "Ethiopian troops": "ETHMIL", "Somali civilians": "SOMCVL"},
         has=[("ETHMIL", "19", "SOMCVL")], lacks=[("CHE*", "*", "*")]),
    Case("a_government_revealing_an_attack_reports_it",
         "The Kenyan government revealed that Somali militants attacked Ugandan soldiers.",
         {"Kenyan government": "KENGOV", "Somali militants": "SOMREB", "Ugandan soldiers": "UGAMIL"},
         has=[("SOMREB", "19", "UGAMIL")],
         lacks=[("KENGOV", "05", "*")]),
]


@each_case(REPORTED)
def test_findings_are_reported_by_the_finder(coder, make_doc, case):
    events = code_case(coder, make_doc, case)
    violent = [e for e in events if e.code.startswith("19") and e.modality == Modality.ASSERTED]
    assert violent, [(e.code, e.modality) for e in events]
    finder = next(iter(case.actors))
    for event in violent:
        assert event.attribution is not None
        reported_by = event.attribution.speaker.text if event.attribution.speaker else event.attribution.via
        assert reported_by is not None and finder in reported_by
    assert_codes(coder, make_doc, case)
