"""Session 4 news audit (BBC, Guardian, Reuters, HTML pages): political verbs in other senses.

A strict hand audit of news outside the dai2017 corpus found PETRARCH verb defaults reading force,
a threat or a demand into business, sports, electoral and idiomatic senses: a government "hit its
target", refugees "overwhelming" an economy, troops "fighting alongside" an ally coded as fighting
it, a team "defeating" another in a final, a party "shooting down" a plan, a firm "invading" a
market or "slapping" tariffs. The corrections are in Block D of verbs.communique.txt. Every
sentence here is written for these tests; actors are put on the parse by hand (conftest.make_doc),
so these test the patterns and the roles, not the actor dictionaries.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {
    "Sweden": "SWE", "Norway": "NOR", "Finland": "FIN", "Denmark": "DNK", "Chile": "CHL", "Peru": "PER",
    "Swedish": "SWE", "Danish": "DNK", "The government": "SWEGOV", "the government": "SWEGOV",
    "The Greens": "SWEPTY", "the Greens": "SWEPTY", "The Liberals": "SWEOPP", "the Liberals": "SWEOPP",
    "Refugees": "SYRREF", "Norwegian troops": "NORMIL", "Danish soldiers": "DNKMIL", "the rebels": "PERREB",
    "The rebels": "PERREB", "the army": "CHLMIL", "The minister": "NORGOV", "The spokesman": "FINGOV",
    "The agent": "NORSPY", "The airline": "SWEBUS", "The bank": "FINBUS", "Danish firms": "DNKBUS",
}

# One case a row (event_helpers.Case): the right reading it must have (asserted), the wrong one it
# must lack in any modality; a code stands for every code it begins ("1*": any 1x code).
CASES = [
    # hit: a goal, a level, a road or a loss is no blow; a strike on a town still is
    Case("the_government_will_hit_its_target_for", "The government will hit its target for cutting hospital waiting lists.",
         lacks=[("SWEGOV", "1*", "-", None)]),
    Case("sweden_will_hit_its_inflation_target_next", "Sweden will hit its inflation target next year.",
         lacks=[("SWE", "1*", "-", None)]),
    Case("the_liberals_will_hit_the_campaign_trail", "The Liberals will hit the campaign trail in Norway next week.",
         lacks=[("SWEOPP", "1*", "NOR", None)]),
    Case("sweden_hit_a_record_high_in_its", "Sweden hit a record high in its trade with Norway.",
         lacks=[("SWE", "19*", "NOR", None)]),
    Case("swedish_sanctions_hit_perus_economy_hard", "Swedish sanctions hit Peru's economy hard.",
         lacks=[("SWE", "19*", "PER", None)]),
    Case("the_rebels_hit_the_army_with_mortars", "The rebels hit the army with mortars on Tuesday.",
         has=[("PERREB", "19*", "CHLMIL")]),
    # overwhelm: a service or an economy is strained, not attacked; troops overwhelmed are attacked
    Case("refugees_overwhelmed_swedens_hospitals_last_winter", "Refugees overwhelmed Sweden's hospitals last winter.",
         lacks=[("SYRREF", "19*", "SWE", None)]),
    Case("the_rebels_overwhelmed_the_armys_positions_near", "The rebels overwhelmed the army's positions near the border.",
         has=[("PERREB", "19*", "CHLMIL")]),
    # fight: a social ill, a court case or an election is no enemy; an ally is fought beside
    Case("sweden_pledged_to_fight_poverty_in_peru", "Sweden pledged to fight poverty in Peru.",
         lacks=[("SWE", "1*", "PER", None)]),
    Case("norway_fought_a_long_legal_battle_with", "Norway fought a long legal battle with Sweden over the fishing rights.",
         lacks=[("NOR", "19*", "SWE", None)]),
    Case("the_greens_will_fight_the_election_on", "The Greens will fight the election on the environment.",
         lacks=[("SWEPTY", "1*", "-", None)]),
    Case("norwegian_troops_as_well_as_danish_soldiers", "Norwegian troops, as well as Danish soldiers, fought alongside the rebels.",
         has=[("NORMIL", "062*", "PERREB")], lacks=[("NORMIL", "19*", "DNKMIL", None)]),
    Case("norwegian_troops_fought_alongside_the_rebels_against", "Norwegian troops fought alongside the rebels against the army.",
         has=[("NORMIL", "19*", "CHLMIL")], lacks=[("NORMIL", "19*", "PERREB", None)]),
    # sports results
    Case("sweden_defeated_norway_in_the_world_cup", "Sweden defeated Norway in the World Cup semi-final.",
         lacks=[("SWE", "19*", "NOR", None)]),
    Case("chile_crushed_peru_in_the_final_on", "Chile crushed Peru in the final on Sunday.",
         lacks=[("CHL", "19*", "PER", None)]),
    Case("finland_overcame_denmark_in_the_championship_match", "Finland overcame Denmark in the championship match.",
         lacks=[("FIN", "19*", "DNK", None)]),
    Case("the_rebels_overcame_the_army_near_the", "The rebels overcame the army near the river.",
         has=[("PERREB", "19*", "CHLMIL")]),
    # rejecting a plan, not downing an aircraft
    Case("the_greens_shot_down_the_liberals_plan", "The Greens shot down the Liberals' plan for a new tax.",
         has=[("SWEPTY", "12*", "SWEOPP")], lacks=[("SWEPTY", "19*", "SWEOPP", None)]),
    # campaign idioms
    Case("the_greens_struck_a_blow_against_the", "The Greens struck a blow against the Liberals in the debate.",
         lacks=[("SWEPTY", "19*", "SWEOPP", None)]),
    Case("the_minister_fired_the_starting_gun_on", "The minister fired the starting gun on the campaign in Norway.",
         lacks=[("NORGOV", "19*", "NOR", None)]),
    Case("the_liberals_launched_attack_ads_against_the", "The Liberals launched attack ads against the Greens.",
         has=[("SWEOPP", "111*", "SWEPTY")], lacks=[("SWEOPP", "19*", "SWEPTY", None)]),
    Case("the_rebels_ran_riot_across_chile", "The rebels ran riot across Chile.",
         lacks=[("PERREB", "145*", "-", None)]),
    # business senses
    Case("the_airline_invaded_the_danish_market", "The airline invaded the Danish market.",
         lacks=[("SWEBUS", "19*", "DNK", None)]),
    Case("the_swedish_invasion_of_the_danish_car", "The Swedish invasion of the Danish car market began in 1990.",
         lacks=[("SWE", "19*", "DNK", None)]),
    Case("sweden_and_norway_compete_for_foreign_investment", "Sweden and Norway compete for foreign investment.",
         lacks=[("SWE", "11*", "-", None)]),
    Case("the_airline_cancelled_forty_flights_to_norway", "The airline cancelled forty flights to Norway.",
         lacks=[("SWEBUS", "16*", "NOR", None)]),
    Case("the_bank_withdrew_2bn_in_assets_from", "The bank withdrew $2bn in assets from Sweden.",
         lacks=[("FINBUS", "08*", "SWE", None)]),
    Case("sweden_ordered_thirty_jets_from_norway", "Sweden ordered thirty jets from Norway.",
         lacks=[("SWE", "10*", "NOR", None)]),
    Case("the_government_will_boost_public_spending_next", "The government will boost public spending next year.",
         lacks=[("SWEGOV", "0*", "-", None)]),
    Case("sweden_forced_the_airline_to_settle_its", "Sweden forced the airline to settle its tax bill.",
         lacks=[("SWE", "105*", "-", None)]),
    Case("sweden_slapped_tariffs_on_danish_steel", "Sweden slapped tariffs on Danish steel.",
         has=[("SWE", "163*", "DNK")], lacks=[("SWE", "18*", "DNK", None)]),
    Case("the_government_is_ready_to_slap_a", "The government is ready to slap a new tax on home sales.",
         lacks=[("SWEGOV", "1*", "-", None)]),
    Case("the_government_agreed_to_curb_danish_oil", "The government agreed to curb Danish oil imports.",
         lacks=[("SWEGOV", "17*", "DNK", None)]),
    # elections: standing in a race is no disapproval
    Case("the_greens_will_contest_every_seat_in", "The Greens will contest every seat in Norway.",
         lacks=[("SWEPTY", "11*", "NOR", None)]),
    # asking, declining to comment, spying for a party
    Case("the_minister_demanded_to_know_why_sweden", "The minister demanded to know why Sweden had not replied.",
         lacks=[("NORGOV", "10*", "-", None)]),
    Case("the_spokesman_declined_to_state_when_finland", "The spokesman declined to state when Finland would leave.",
         has=[("FINGOV", "011*", "-")], lacks=[("FINGOV", "12*", "-", None)]),
    Case("the_agent_spied_for_sweden_for_ten", "The agent spied for Sweden for ten years.",
         lacks=[("NORSPY", "09*", "SWE", None)]),
    # yielding and military posture
    Case("chile_complied_with_perus_demands_on_friday", "Chile complied with Peru's demands on Friday.",
         has=[("CHL", "08*", "PER")], lacks=[("CHL", "03*", "PER", None)]),
    Case("chile_is_preparing_an_offensive_against_peru", "Chile is preparing an offensive against Peru.",
         has=[("CHL", "15*", "PER")], lacks=[("CHL", "03*", "PER", None)]),
    # figures of speech and other senses of cooperation and protest verbs
    Case("the_greens_have_enlarged_their_lead_over", "The Greens have enlarged their lead over the Liberals.",
         lacks=[("SWEPTY", "06*", "SWEOPP", None)]),
    Case("the_greens_scored_a_surprise_victory_over", "The Greens scored a surprise victory over the Liberals.",
         lacks=[("SWEPTY", "01*", "SWEOPP", None)]),
    Case("the_minister_dealt_a_blow_to_swedens", "The minister dealt a blow to Sweden's hopes.",
         lacks=[("NORGOV", "01*", "SWE", None)]),
    Case("the_rebels_swept_across_chile_rendering_the", "The rebels swept across Chile, rendering the border with Peru meaningless.",
         lacks=[("PERREB", "06*", "PER", None)]),
    Case("sweden_rendered_humanitarian_assistance_to_peru_in", "Sweden rendered humanitarian assistance to Peru in May.",
         has=[("SWE", "07*", "PER")], lacks=[("SWE", "06*", "PER", None)]),
    Case("the_minister_wept_at_the_funeral_in", "The minister wept at the funeral in Sweden.",
         lacks=[("NORGOV", "11*", "SWE", None)]),
    Case("the_greens_demonstrated_how_weak_the_liberals", "The Greens demonstrated how weak the Liberals are.",
         lacks=[("SWEPTY", "14*", "SWEOPP", None)]),
    Case("norway_demonstrated_that_sweden_was_wrong", "Norway demonstrated that Sweden was wrong.",
         lacks=[("NOR", "14*", "SWE", None)]),
    Case("sweden_demonstrated_its_support_for_norway", "Sweden demonstrated its support for Norway.",
         has=[("SWE", "051*", "NOR")]),
    Case("the_greens_marched_against_swedens_ban", "The Greens marched against Sweden's ban.",
         has=[("SWEPTY", "14*", "SWE")]),
    Case("the_minister_will_press_on_with_his", "The minister will press on with his campaign against Sweden.",
         lacks=[("NORGOV", "10*", "SWE", None)]),
    Case("the_greens_joined_attacks_on_swedens_budget", "The Greens joined attacks on Sweden's budget.",
         has=[("SWEPTY", "111*", "SWE")], lacks=[("SWEPTY", "19*", "SWE", None)]),
    Case("the_rally_in_swedish_bond_prices_was", "The rally in Swedish bond prices was led by Danish investors.",
         lacks=[("DNK", "14*", "SWE", None)]),
    Case("the_airline_took_control_of_a_danish", "The airline took control of a Danish consortium.",
         lacks=[("SWEBUS", "19*", "DNK", None)]),
    Case("refugees_gave_birth_to_forty_children_in", "Refugees gave birth to forty children in Sweden.",
         lacks=[("SYRREF", "0*", "SWE", None)]),
    # trade policy: tariffs are a trade sanction; a country hit or harmed by tariffs is not attacked
    Case("sweden_imposed_tariffs_on_norway", "Sweden imposed tariffs on Norway.",
         has=[("SWE", "163*", "NOR")], lacks=[("SWE", "17*", "NOR", None)]),
    Case("sweden_threatened_norway_with_tariffs", "Sweden threatened Norway with tariffs.",
         has=[("SWE", "1312*", "NOR")], lacks=[("SWE", "130*", "NOR", None)]),
    Case("swedish_tariffs_harmed_danish_farmers", "Swedish tariffs harmed Danish farmers.",
         lacks=[("SWE", "18*", "DNK", None)]),
    Case("danish_farmers_were_hit_by_swedish_tariffs", "Danish farmers were hit by Swedish tariffs.",
         lacks=[("SWE", "19*", "DNK", None)]),
    Case("breaking_with_decades_of_policy_sweden_welcomed", "Breaking with decades of policy, Sweden welcomed Norway's plan.",
         lacks=[("SWE", "13*", "-", None)]),
    Case("swedens_main_share_index_declined_2_on", "Sweden's main share index declined 2% on Monday.",
         lacks=[("SWE", "12*", "-", None)]),
    Case("norway_also_hosts_several_danish_firms", "Norway also hosts several Danish firms.",
         lacks=[("NOR", "04*", "DNKBUS", None)]),
    Case("the_government_distributed_leaflets_to_danish_voters", "The government distributed leaflets to Danish voters.",
         lacks=[("SWEGOV", "01*", "DNK", None)]),
    Case("sweden_distributed_food_aid_to_peru", "Sweden distributed food aid to Peru.",
         has=[("SWE", "073*", "PER")]),
    # agency style, travel, courts, loans, sport
    Case("the_spokesman_declined_comment_on_the_report", "The spokesman declined comment on the report.",
         has=[("FINGOV", "011*", "-")], lacks=[("FINGOV", "12*", "-", None)]),
    Case("the_minister_flew_into_sweden_on_tuesday", "The minister flew into Sweden on Tuesday for talks.",
         has=[("NORGOV", "042*", "SWE")], lacks=[("NORGOV", "15*", "SWE", None)]),
    Case("swedens_court_threw_out_the_airlines_lawsuit", "Sweden's court threw out the airline's lawsuit against Norway.",
         lacks=[("SWE", "16*", "NOR", None)]),
    Case("the_greens_threw_out_the_liberals_plan", "The Greens threw out the Liberals' plan.",
         has=[("SWEPTY", "12*", "SWEOPP")], lacks=[("SWEPTY", "16*", "SWEOPP", None)]),
    Case("sweden_withheld_a_large_loan_from_peru", "Sweden withheld a large loan from Peru.",
         has=[("SWE", "1621*", "PER")], lacks=[("SWE", "17*", "PER", None)]),
    Case("the_government_vowed_to_combat_corruption_in", "The government vowed to combat corruption in Peru.",
         lacks=[("SWEGOV", "1*", "PER", None)]),
    Case("swedens_captain_hit_a_century_against_norway", "Sweden's captain hit a century against Norway.",
         lacks=[("SWE", "19*", "NOR", None)]),
    # elections and chambers: scheduling a vote or winning a chamber is no appeal, resignation or occupation
    Case("the_minister_called_early_elections_for_june", "The minister called early elections for June.",
         lacks=[("NORGOV", "02*", "-", None)]),
    Case("the_minister_called_the_elections_early", "The minister called the elections early.",
         lacks=[("NORGOV", "08*", "-", None)]),
    Case("the_greens_called_for_early_elections", "The Greens called for early elections.",
         has=[("SWEPTY", "0241*", "-")]),
    Case("the_greens_are_set_to_take_control", "The Greens are set to take control of the parliament next month.",
         lacks=[("SWEPTY", "1*", "-", None)]),
    # calling a party out is denouncing it
    Case("the_minister_called_out_sweden_for_its", "The minister called out Sweden for its support of the rebels.",
         has=[("NORGOV", "111*", "SWE")], lacks=[("NORGOV", "02*", "SWE", None)]),
    # trade figures and copies
    Case("danish_exports_to_norway_totalled_6bn_in", "Danish exports to Norway totalled $6bn in May.",
         lacks=[("DNK", "01*", "-", None)]),
    Case("swedish_firms_copy_danish_products", "Swedish firms copy Danish products.",
         lacks=[("SWE", "01*", "DNK", None)]),
    # reneging, causing harm, degrading forces
    Case("sweden_backed_out_of_the_agreement_with", "Sweden backed out of the agreement with Norway.",
         has=[("SWE", "12*", "NOR")], lacks=[("SWE", "08*", "NOR", None)]),
    Case("sweden_has_contributed_to_perus_misery", "Sweden has contributed to Peru's misery.",
         lacks=[("SWE", "07*", "PER", None)]),
    Case("chile_degraded_the_military_capabilities_of_the", "Chile degraded the military capabilities of the rebels.",
         has=[("CHL", "19*", "PERREB")], lacks=[("CHL", "11*", "PERREB", None)]),
    # declining to give figures is declining to comment; bids and protected industries are business
    Case("the_spokesman_declined_to_give_figures", "The spokesman declined to give figures.",
         has=[("FINGOV", "011*", "-")], lacks=[("FINGOV", "12*", "-", None)]),
    Case("the_airline_has_submitted_a_bid_for", "The airline has submitted a bid for the Danish contract.",
         lacks=[("SWEBUS", "08*", "DNK", None)]),
    Case("sweden_protected_its_steel_industry_from_danish", "Sweden protected its steel industry from Danish imports.",
         lacks=[("SWE", "07*", "DNK", None)]),
    Case("swedens_trade_surplus_declined_sharply_in_may", "Sweden's trade surplus declined sharply in May.",
         lacks=[("SWE", "12*", "-", None)]),
    # rankings and figures of speech
    Case("sweden_overtook_norway_as_denmarks_biggest_trading", "Sweden overtook Norway as Denmark's biggest trading partner.",
         lacks=[("SWE", "19*", "NOR", None)]),
    Case("the_airline_captured_the_danish_market_within", "The airline captured the Danish market within a year.",
         lacks=[("SWEBUS", "17*", "DNK", None)]),
    Case("the_rebels_captured_the_armys_commanders_near", "The rebels captured the army's commanders near the river.",
         has=[("PERREB", "17*", "CHLMIL")]),
]


@each_case(CASES)
def test_news_audit_s4(coder, make_doc, case):
    # the wrong reading must be gone in every modality; the right one must be asserted
    assert_codes(coder, make_doc, case, ACTORS)
