"""Wrong codes and non-acts from a news audit (round 2): statements only planned or aimed at, acts
an authority orders, and "target" without violence.

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from event_helpers import MakeDoc, triples

from communique.model import Modality

ACTORS = {
    "Chile": "CHL", "Peru": "PER", "Norway": "NOR", "Sweden": "SWE", "Russia": "RUS", "Turkey": "TUR",
    "Germany": "DEU", "Syria": "SYR", "Ukraine": "UKR", "Poland": "POL", "Japan": "JPN",
}


def coded(coder, make_doc: MakeDoc, text: str, extra: dict[str, str] | None = None) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, {**ACTORS, **(extra or {})})))


def all_codes(coder, make_doc: MakeDoc, text: str, extra: dict[str, str] | None = None) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, {**ACTORS, **(extra or {})})), None)


# ------------------------------------------------- statements planned or aimed at are not yet made

@pytest.mark.parametrize("text", [
    "The Chilean minister plans to criticize Peru at the meeting.",
    "The Chilean minister intends to condemn Peru on Monday.",
    "The Chilean minister is hoping to denounce Peru in his speech.",
])
def test_a_planned_statement_is_not_asserted(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Chilean minister": "CHLGOV"})
    assert not {c for _, c, _ in found if c[:2] == "11"}
    assert any(c[:2] == "11" for _, c, _ in all_codes(coder, make_doc, text, {"Chilean minister": "CHLGOV"}))


def test_a_made_statement_stays_asserted(coder, make_doc):
    found = coded(coder, make_doc, "The Chilean minister criticized Peru on Monday.", {"Chilean minister": "CHLGOV"})
    assert any(s == "CHLGOV" and c[:2] == "11" and t == "PER" for s, c, t in found)


def test_a_planned_cooperation_is_still_an_intent(coder, make_doc):
    found = coded(coder, make_doc, "The Chilean minister plans to cooperate with Peru.", {"Chilean minister": "CHLGOV"})
    assert any(s == "CHLGOV" and c[:2] == "03" and t == "PER" for s, c, t in found)


# ------------------------------------------------- acts an authority orders

@pytest.mark.parametrize(("text", "code"), [
    ("A Turkish court ordered the execution of three Syrian prisoners.", "173"),
    ("The Turkish government ordered the deportation of Syrian refugees.", "174"),
    ("The Turkish government ordered the demolition of Syrian homes.", "1712"),
    ("The Turkish government ordered the seizure of Syrian assets.", "1711"),
])
def test_an_ordered_coercive_act_is_the_act(coder, make_doc, text, code):
    extra = {"Turkish court": "TURJUD", "Turkish government": "TURGOV", "Syrian prisoners": "SYRCVL",
             "Syrian refugees": "SYRREF", "Syrian homes": "SYR", "Syrian assets": "SYR"}
    found = coded(coder, make_doc, text, extra)
    assert any(c == code for _, c, _ in found), found
    assert not any(c == "100" for _, c, _ in found)


def test_an_ordered_withdrawal_is_a_withdrawal(coder, make_doc):
    found = coded(coder, make_doc, "The Russian president ordered the withdrawal of Russian troops from Syria.",
                  {"Russian president": "RUSGOV", "Russian troops": "RUSMIL"})
    assert any(s == "RUSGOV" and c == "0874" for s, c, _ in found), found


def test_ordered_strikes_are_military_force_not_a_demand(coder, make_doc):
    found = coded(coder, make_doc, "The Russian president ordered airstrikes on Syria.", {"Russian president": "RUSGOV"})
    assert ("RUSGOV", "138", "SYR") in found


# ------------------------------------------------- "target" is violent only in a violent context

@pytest.mark.parametrize("text", [
    "The new Swedish rules target Norway's fishing fleet.",
    "Swedish activists target the Norwegian whaling industry.",
])
def test_target_without_violence_is_no_attack(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Swedish activists": "SWEOPP", "Norwegian whaling industry": "NORBUS"})
    assert not {c for _, c, _ in found if c[:2] in ("18", "19", "20")}


def test_target_by_armed_men_is_an_attack(coder, make_doc):
    found = coded(coder, make_doc, "Rebel fighters targeted a Syrian army checkpoint.",
                  {"Rebel fighters": "SYRREB", "Syrian army": "SYRMIL"})
    assert any(s == "SYRREB" and c[:2] == "19" and t == "SYRMIL" for s, c, t in found), found


def test_target_by_warplanes_is_an_aerial_attack(coder, make_doc):
    found = coded(coder, make_doc, "Russian warplanes targeted rebel positions in Syria.",
                  {"Russian warplanes": "RUSMIL", "rebel": "SYRREB"})
    assert any(s == "RUSMIL" and c == "195" for s, c, _ in found), found


def test_attacks_targeting_people_are_attacks(coder, make_doc):
    found = coded(coder, make_doc, "Armed attacks targeted Syrian refugees in Turkey.", {"Syrian refugees": "SYRREF"})
    assert any(c == "190" and t == "SYRREF" for _, c, t in found), found


@pytest.mark.parametrize("text", [
    "The Swedish minister ordered the creation of a new agency.",
    "The Swedish minister ordered a review of the rules.",
])
def test_an_administrative_order_is_no_demand(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Swedish minister": "SWEGOV"})
    assert not any(c[:2] == "10" for _, c, _ in found), found


# ------------------------------------------------- announced violent repression is a threat; promised legal acts stay

@pytest.mark.parametrize("text", [
    "The Peruvian police vowed to use tear gas against the protesters.",
    "The Peruvian police will use water cannon against the protesters.",
])
def test_announced_violent_repression_is_a_threat(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Peruvian police": "PERCOP", "protesters": "PEROPP"})
    assert ("PERCOP", "137", "PEROPP") in found
    assert not any(c[:2] == "17" for _, c, _ in found)


def test_violent_repression_done_stays_repression(coder, make_doc):
    found = coded(coder, make_doc, "The Peruvian police used water cannon against the protesters.",
                  {"Peruvian police": "PERCOP", "protesters": "PEROPP"})
    assert ("PERCOP", "175", "PEROPP") in found


def test_a_pledged_expulsion_keeps_its_code(coder, make_doc):
    found = coded(coder, make_doc, "Norway has pledged to expel the Russian spies.", {"Russian spies": "RUSSPY"})
    assert ("NOR", "174", "RUSSPY") in found


# ------------------------------------------------- acts blocked, cancelled or prevented did not happen

@pytest.mark.parametrize("text", [
    "The Swedish minister's visit to Norway was blocked on Friday.",
    "Norway cancelled the visit of the Swedish minister.",
])
def test_a_blocked_visit_is_no_visit(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Swedish minister": "SWEGOV"})
    assert not any(c[:3] in ("042", "043") for _, c, _ in found), found


def test_a_made_visit_stays_a_visit(coder, make_doc):
    found = coded(coder, make_doc, "The Swedish minister's visit to Norway ended on Friday.", {"Swedish minister": "SWEGOV"})
    assert ("SWEGOV", "042", "NOR") in found


def test_an_attack_being_thwarted_was_made(coder, make_doc):
    found = coded(coder, make_doc, "The Syrian army was thwarting an attack by rebels on the Syrian army base.",
                  {"rebels": "SYRREB", "Syrian army": "SYRMIL"})
    assert any(c[:2] in ("18", "19") for _, c, _ in found), found


def test_a_thwarted_attempt_was_still_made(coder, make_doc):
    found = coded(coder, make_doc, "An attempt to assassinate the Norwegian minister was thwarted in Oslo.",
                  {"Norwegian minister": "NORGOV"})
    assert any(c == "185" and t == "NORGOV" for _, c, t in found), found


# ------------------------------------------------- what a demand or a proposal asks for is not done

@pytest.mark.parametrize("text", [
    "Peru rejected the Chilean demand that Peru expel the Russian diplomats.",
    "The Chilean demand that Peru expel the Russian diplomats went unanswered.",
    "The Chilean proposal that Peru expel the Russian diplomats was discussed.",
])
def test_the_content_of_a_demand_is_not_an_act(coder, make_doc, text):
    found = coded(coder, make_doc, text, {"Chilean": "CHL", "Russian diplomats": "RUSGOV"})
    assert not any(s == "PER" and c[:3] in ("174", "161") for s, c, _ in found), found


def test_an_expulsion_done_stays_asserted(coder, make_doc):
    found = coded(coder, make_doc, "Peru expelled the Russian diplomats on Monday.", {"Russian diplomats": "RUSGOV"})
    assert any(s == "PER" and c[:2] in ("16", "17") and t == "RUSGOV" for s, c, t in found), found


def test_an_order_that_bans_is_a_ban(coder, make_doc):
    found = coded(coder, make_doc, "Hawaii sued over the president's executive order banning the entry of Syrian refugees.",
                  {"president": "USAGOV", "Syrian refugees": "SYRREF", "Hawaii": "USA"})
    assert any(s == "USAGOV" and c[:3] == "172" for s, c, _ in found), found


def test_a_demand_by_verb_stays_a_demand(coder, make_doc):
    found = coded(coder, make_doc, "The Turkish president demanded international organisations impose sanctions on Sweden.",
                  {"Turkish president": "TURGOV"})
    assert any(s == "TURGOV" and c[:2] == "10" for s, c, _ in found), found


# ------------------------------------------------- launching a campaign

def test_an_election_campaign_is_no_appeal(coder, make_doc):
    found = coded(coder, make_doc, "The Swedish prime minister launched his election campaign in Malmo.",
                  {"Swedish prime minister": "SWEGOV"})
    assert not any(c[:2] == "02" for _, c, _ in found), found


def test_a_campaign_for_a_release_is_an_appeal(coder, make_doc):
    found = coded(coder, make_doc, "The Swedish government launched a campaign for the release of Norway's prisoners.",
                  {"Swedish government": "SWEGOV"})
    assert any(s == "SWEGOV" and c[:2] == "02" for s, c, _ in found), found


def test_a_military_campaign_is_an_attack(coder, make_doc):
    found = coded(coder, make_doc, "The Syrian army launched a military campaign against the rebels.",
                  {"Syrian army": "SYRMIL", "rebels": "SYRREB"})
    assert ("SYRMIL", "190", "SYRREB") in found


def test_coercion_only_aspired_to_is_not_asserted(coder, make_doc):
    actors = {"The government": "TURGOV", "the opposition": "TUROPP", "The police": "TURCOP"}
    aimed = coder.code_doc(make_doc("The government aims to force the opposition out of parliament.", actors))
    assert not any(e.code.startswith("17") for e in aimed if e.modality == Modality.ASSERTED)
    pledged = coder.code_doc(make_doc("The police pledged to arrest the opposition.", actors))
    assert any(e.code.startswith("17") and e.modality == Modality.ASSERTED for e in pledged)
