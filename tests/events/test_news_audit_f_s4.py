"""News audit F (session 4, newsarticles-dai2017 and ieer-1998): verb senses and roles that real
news got wrong, on sentences written for these tests: withholding loans or funds (1621), a minute
of silence (017), hosting refugees (075), ordinary crimes (no event), reduced passive relatives
("sanctions imposed by"), the side one fights for, the allies or means an operation is mounted with,
what follows "as well as", a prison or hospital one is released from or held in, and "READ MORE:
<headline>" teasers and credited photo captions glued into a paragraph.

One case a row (event_helpers.Case): the sentence, its actors, and the events it must have, lack,
or have exactly; the test id is the rule.
"""

from __future__ import annotations

import pytest
from event_helpers import Case, assert_codes, each_case

from communique.clean import find_furniture

CASES = [
    # --- verb senses (Block E)
    Case("withholding_a_loan_stops_economic_aid", "The World Bank withheld a $90 million loan from Malawi.",
         {"World Bank": "IGOWBK", "Malawi": "MWI"}, exactly={("IGOWBK", "1621", "MWI")}),
    Case("withholding_funds_stops_economic_aid", "The European Union withheld funds from Hungary last month.",
         {"European Union": "IGOEEC", "Hungary": "HUN"}, exactly={("IGOEEC", "1621", "HUN")}),
    Case("withholding_assistance_stops_aid", "Washington withheld assistance from Cairo.",
         {"Washington": "USAGOV", "Cairo": "EGYGOV"}, exactly={("USAGOV", "162", "EGYGOV")}),
    Case("a_minute_of_silence_is_a_symbolic_act", "The French parliament observed a minute of silence on Monday.",
         {"French parliament": "FRALEG"}, has=[("FRALEG", "017", "*")], lacks=[("*", "010", "*")]),
    Case("hosting_refugees_is_granting_refuge", "Lebanon has hosted Syrian refugees since 2011.",
         {"Lebanon": "LBN", "Syrian refugees": "SYRREF"}, exactly={("LBN", "075", "SYRREF")}),
    Case("resettling_refugees_is_granting_refuge", "Sweden resettled 5,000 Afghan refugees last year.",
         {"Sweden": "SWE", "Afghan refugees": "AFGREF"}, exactly={("SWE", "075", "AFGREF")}),
    Case("hosting_a_delegation_is_still_a_visit", "Oman will host the Iranian delegation.",
         {"Oman": "OMN", "Iranian delegation": "IRNGOV"}, lacks=[("*", "075", "*")]),
    Case("committing_a_crime_is_no_political_violence", "Investigators believe the driver committed an offence.",
         {"driver": "CVL"}, exactly=set()),
    Case("committing_war_crimes_is_still_violence", "Sudanese militias committed war crimes in Darfur.",
         {"Sudanese militias": "SDNUAF", "Darfur": "SDN"}, has=[("SDNUAF", "180", "*")]),
    Case("demonstrating_that_is_showing", "Dutch chemists demonstrated that the coating resists heat.",
         {"Dutch chemists": "NLDEDU"}, exactly=set()),
    Case("demonstrating_against_is_still_a_protest", "Kenyan students demonstrated against the fee rise.",
         {"Kenyan students": "KENEDU"}, has=[("KENEDU", "14", "*")]),
    Case("calling_the_police_is_no_contact", "The shop owner called police after the theft.",
         {"shop owner": "BUS", "police": "COP"}, exactly=set()),
    # --- a reduced passive relative: the noun it qualifies is the verb's object
    Case("sanctions_imposed_by_a_body_are_sanctions", "The sanctions imposed on Belarus by the EU hurt its exports.",
         {"Belarus": "BLR", "EU": "IGOEEC"}, has=[("IGOEEC", "163", "BLR")], lacks=[("*", "17", "*")]),
    Case("any_attack_mounted_by_x_is_no_attack",
         "Seoul vowed a swift response to any attack mounted by North Korea.",
         {"Seoul": "KORGOV", "North Korea": "PRK"}, lacks=[("PRK", "19", "*")]),
    Case("a_statement_issued_by_x_said_is_only_a_source", "A statement issued by the Kenyan ministry said talks would resume.",
         {"Kenyan ministry": "KENGOV"}, lacks=[("KENGOV", "010", "*")]),
    Case("a_delegation_led_by_x_describes_the_delegation",
         "Peruvian and Chilean delegations, led by their deputy foreign ministers, met in Lima.",
         {"Peruvian": "PER", "Chilean": "CHL", "deputy foreign ministers": "GOV"}, lacks=[("*", "036", "*")]),
    # --- roles: no party is acted on
    Case("fighting_for_a_government_is_its_side", "Militias fighting for the Iraqi government shelled the town.",
         {"Militias": "UAF", "Iraqi government": "IRQGOV"}, lacks=[("UAF", "19", "IRQGOV")]),
    Case("fighting_for_a_side_against_an_enemy", "Kurdish volunteers fought for Baghdad against the Taliban.",
         {"Kurdish volunteers": "KURMIL", "Baghdad": "IRQGOV", "Taliban": "AFGREB"},
         lacks=[("KURMIL", "19", "IRQGOV")]),
    Case("an_operation_mounted_with_allies_is_not_against_them",
         "Ankara launched a military operation last year with Syrian rebel forces.",
         {"Ankara": "TURGOV", "Syrian rebel forces": "SYRREB"}, lacks=[("TURGOV", "19", "SYRREB")]),
    Case("an_offensive_mounted_with_allies_hits_the_enemy",
         "The Nigerian army launched an offensive with Chadian troops against Boko Haram.",
         {"Nigerian army": "NGAMIL", "Chadian troops": "TCDMIL", "Boko Haram": "NGAREB"},
         lacks=[("NGAMIL", "19", "TCDMIL")]),
    Case("a_party_after_as_well_as_joins_the_agents", "The plan was backed by Norway as well as Denmark.",
         {"Norway": "NOR", "Denmark": "DNK"}, lacks=[("NOR", "*", "DNK")]),
    Case("as_well_as_after_an_object_still_adds_targets", "The EU criticised Hungary as well as Poland.",
         {"EU": "IGOEEC", "Hungary": "HUN", "Poland": "POL"}, has=[("IGOEEC", "111", "HUN"), ("IGOEEC", "111", "POL")]),
    Case("released_from_prison_the_prison_is_a_place", "A judge ordered her release from a military prison.",
         {"judge": "JUD", "military prison": "COP"}, lacks=[("*", "*", "COP")]),
    Case("an_attacked_prison_is_still_hit", "Gunmen attacked a Pakistani prison.",
         {"Gunmen": "UAF", "Pakistani prison": "PAKCOP"}, has=[("UAF", "19", "PAKCOP")]),
    Case("clashing_with_is_still_fighting_the_other_side", "Rebels clashed with Malian troops near Gao.",
         {"Rebels": "REB", "Malian troops": "MLIMIL", "Gao": "MLI"}, has=[("REB", "19", "MLIMIL")]),
    Case("launching_talks_with_still_names_the_partner", "Tehran launched talks with Moscow.",
         {"Tehran": "IRNGOV", "Moscow": "RUSGOV"}, has=[("IRNGOV", "046", "RUSGOV")]),
]


@each_case(CASES)
def test_news_audit_f(coder, make_doc, case):
    assert_codes(coder, make_doc, case)


# A teaser for another story glued into a paragraph: its headline ends before a word that only
# opens a sentence, or after a closing question mark or quote; the story's own sentence stays.
GLUED_TEASERS = [
    ("Talks stalled in May. READ MORE: Farmers march on the capital over seed prices The minister "
     "resigned on Friday.", "READ MORE: Farmers march on the capital over seed prices", "The minister resigned"),
    ("The port reopened. READ MORE: Who pays for the new dam? Engineers said the work was late.",
     "READ MORE: Who pays for the new dam?", "Engineers said"),
]


@pytest.mark.parametrize(("text", "teaser", "kept"), GLUED_TEASERS)
def test_glued_read_more_teaser_is_furniture(text, teaser, kept):
    spans = [text[f.start : f.end] for f in find_furniture(text)]
    assert teaser in spans
    assert not any(kept in span for span in spans)


def test_a_glued_caption_with_its_credit_is_furniture():
    text = ("Trade rose, says the chairman.   - Visitors tour the new port in Qingdao on May 3. Li Wei / China Daily  "
            "Exports grew by 5 percent, he said.")
    spans = [text[f.start : f.end] for f in find_furniture(text)]
    assert "- Visitors tour the new port in Qingdao on May 3." in spans[0]
    assert not any("Exports" in span or "Trade rose" in span for span in spans)


def test_a_dashed_aside_without_a_credit_is_no_caption():
    text = "Prices rose  - as traders expected. Then they fell sharply on Monday."
    assert find_furniture(text) == []


def test_a_glued_teaser_whose_end_is_not_found_is_left_alone():
    text = ("The port reopened. READ MORE: Fishermen and traders across the northern coast count the costs "
            "of the long blockade of their harbours Engineers said the work was late.")
    assert not any("Engineers" in text[f.start : f.end] for f in find_furniture(text))
