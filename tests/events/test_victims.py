"""Violence and coercion told from the victim's side (communique.events.victims), on sentences
written for these tests: attackers read off the means, unknown attackers, victims and places,
the authority of the place for legal coercion, leaves from the means, attempted assassinations."""

from __future__ import annotations

from event_helpers import MakeDoc, triples

from communique.events.coder import EventCoder
from communique.events.transforms import means_leaf
from communique.model import Modality


def code(coder: EventCoder, make_doc: MakeDoc, text: str, actors: dict[str, str]) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, actors)))


# --- attackers of a passive act, read off its means
def test_attacker_is_the_owner_of_the_weapon(coder, make_doc):
    found = code(coder, make_doc, "Three Iraqi soldiers were killed in a Turkish air strike.",
                 {"Iraqi soldiers": "IRQMIL", "Turkish": "TUR"})
    assert found == {("TUR", "195", "IRQMIL")}


def test_attacker_from_a_by_phrase_inside_the_means_phrase(coder, make_doc):
    found = code(coder, make_doc, "Nine Afghan policemen were killed in an ambush by Taliban fighters.",
                 {"Afghan policemen": "AFGCOP", "Taliban fighters": "AFGREB"})
    assert found == {("AFGREB", "190", "AFGCOP")}


def test_a_place_modifying_the_phrase_is_no_attacker(coder, make_doc):
    # "in Aleppo province": where, and no weapon was named, so there is no event at all.
    found = code(coder, make_doc, "Four Syrian soldiers were killed in Aleppo province.",
                 {"Syrian soldiers": "SYRMIL", "Aleppo": "SYR"})
    assert found == set()


# --- attacks by attackers the text does not name
def test_roadside_bomb_with_no_attacker_is_coded_with_no_source(coder, make_doc):
    found = code(coder, make_doc, "Two Canadian soldiers were killed by a roadside bomb.",
                 {"Canadian soldiers": "CANMIL"})
    assert found == {("-", "1833", "CANMIL")}


def test_a_bombing_that_is_the_subject_is_the_means(coder, make_doc):
    found = code(coder, make_doc, "A suicide car bombing killed four Iraqi policemen.",
                 {"Iraqi policemen": "IRQCOP"})
    assert found == {("-", "1831", "IRQCOP")}


def test_accidents_and_bare_deaths_are_no_events(coder, make_doc):
    actors = {"Chinese workers": "CHNLAB", "Indian soldiers": "INDMIL", "Tianjin": "CHN", "Kashmir": "IND"}
    assert code(coder, make_doc, "Five Chinese workers were killed in a gas explosion in Tianjin.", actors) == set()
    assert code(coder, make_doc, "Two Indian soldiers were killed in Kashmir.", actors) == set()


def test_kidnapping_is_deliberate_even_without_a_kidnapper(coder, make_doc):
    found = code(coder, make_doc, "Two Japanese aid workers were kidnapped.", {"Japanese aid workers": "JPNNGO"})
    assert found == {("-", "181", "JPNNGO")}


def test_unidentified_attackers_in_a_country_are_its_unidentified_forces(coder, make_doc):
    found = code(coder, make_doc, "Two Japanese aid workers were kidnapped in Nigeria.",
                 {"Japanese aid workers": "JPNNGO", "Nigeria": "NGA"})
    assert found == {("NGAUAF", "181", "JPNNGO")}
    found = code(coder, make_doc, "A car bombing near the town of Mosul killed three Turkish soldiers.",
                 {"Mosul": "IRQ", "Turkish soldiers": "TURMIL"})
    assert found == {("IRQUAF", "1832", "TURMIL")}


def test_a_doer_named_through_an_accusation_is_not_unknown(coder, make_doc):
    found = code(coder, make_doc, "Amnesty accused Syria of torturing Lebanese detainees.",
                 {"Amnesty": "NGOAMN", "Syria": "SYR", "Lebanese detainees": "LBNCVL"})
    assert not any(source == "-" for source, _, _ in found)


def test_an_unidentified_victim_gives_no_one_sided_event(coder, make_doc):
    found = code(coder, make_doc, "Several people were wounded in a bomb attack.", {"people": "PPL"})
    assert found == set()


# --- victims and places
def test_a_victim_of_no_country_is_of_the_place_it_was_hit_in(coder, make_doc):
    found = code(coder, make_doc, "Six civilians were killed in a Russian air strike in Aleppo.",
                 {"civilians": "CVL", "Russian": "RUS", "Aleppo": "SYR"})
    assert found == {("RUS", "195", "SYRCVL")}


def test_victims_of_a_reduced_passive_are_the_noun_it_qualifies(coder, make_doc):
    found = code(coder, make_doc, "The bodies of nine Afghan policemen killed in a Taliban ambush were recovered.",
                 {"Afghan policemen": "AFGCOP", "Taliban": "AFGREB"})
    assert ("AFGREB", "190", "AFGCOP") in found


# --- legal coercion without an agent
def test_an_arrest_in_a_country_is_by_its_police(coder, make_doc):
    found = code(coder, make_doc, "A French journalist was arrested in Turkey.",
                 {"French journalist": "FRAMED", "Turkey": "TUR"})
    assert found == {("TURCOP", "173", "FRAMED")}


def test_an_arrest_with_an_agent_keeps_the_agent(coder, make_doc):
    found = code(coder, make_doc, "A French journalist was arrested by Turkish police in Istanbul.",
                 {"French journalist": "FRAMED", "Turkish police": "TURCOP", "Istanbul": "TUR"})
    assert found == {("TURCOP", "173", "FRAMED")}


def test_an_arrest_of_nobody_in_particular_gets_no_authority(coder, make_doc):
    assert code(coder, make_doc, "A man was arrested in Dublin.", {"man": "PPL", "Dublin": "IRL"}) == set()


def test_a_deportation_to_a_country_is_not_by_that_country(coder, make_doc):
    found = code(coder, make_doc, "A Syrian activist was deported to Turkey.",
                 {"Syrian activist": "SYRACT", "Turkey": "TUR"})
    assert not any(source.startswith("TUR") for source, _, _ in found)


def test_put_under_investigation_in_a_country(coder, make_doc):
    found = code(coder, make_doc, "A German banker has been put under investigation in Italy.",
                 {"German banker": "DEUBUS", "Italy": "ITA"})
    assert found == {("ITAJUD", "091", "DEUBUS")}


def test_a_court_sentence_is_legal_action(coder, make_doc):
    found = code(coder, make_doc, "An Iranian court sentenced a British aid worker to five years.",
                 {"Iranian court": "IRNJUD", "British aid worker": "GBRNGO"})
    assert found == {("IRNJUD", "173", "GBRNGO")}


# --- attempted assassinations
def test_trying_to_assassinate_is_an_attempt(coder, make_doc):
    events = coder.code_doc(make_doc("Gunmen tried to assassinate the Libyan prime minister.",
                                     {"Gunmen": "UAF", "Libyan prime minister": "LBYGOV"}))
    assert triples(events, Modality.ASSERTED) == {("UAF", "185", "LBYGOV")}


def test_a_foiled_attempt_is_still_an_attempt(coder, make_doc):
    found = code(coder, make_doc, "An attempt to assassinate the Iraqi governor was foiled.",
                 {"Iraqi governor": "IRQGOV"})
    assert found == {("-", "185", "IRQGOV")}


# --- leaves from the means
def test_means_leaves():
    assert means_leaf("190", frozenset({"suicide", "car", "bombing"})) == "1831"
    assert means_leaf("190", frozenset({"car", "bomb", "explosion"})) == "1832"
    assert means_leaf("180", frozenset({"roadside", "device"})) == "1833"
    assert means_leaf("183", frozenset({"ied"})) == "1834"
    assert means_leaf("190", frozenset({"drone", "strike"})) == "1952"
    assert means_leaf("195", frozenset({"drone"})) == "1952"
    assert means_leaf("190", frozenset({"tank", "shelling"})) == "194"


def test_means_never_override_a_specific_act():
    assert means_leaf("186", frozenset({"car", "bomb"})) is None  # an assassination stays one
    assert means_leaf("194", frozenset({"air", "strike"})) is None
    assert means_leaf("190", frozenset({"raid"})) is None  # a raid says nothing more precise
    assert means_leaf("173", frozenset({"bomb"})) is None


def test_an_improvised_explosive_device_is_a_pre_placed_bomb(coder, make_doc):
    found = code(coder, make_doc, "Two British soldiers were killed by an improvised explosive device.",
                 {"British soldiers": "GBRMIL"})
    assert found == {("-", "1834", "GBRMIL")}


def test_police_of_no_country_arresting_in_a_country_are_its_police(coder, make_doc):
    found = code(coder, make_doc, "Two Dutch activists were detained by police in Moscow.",
                 {"Dutch activists": "NLDACT", "police": "COP", "Moscow": "RUS"})
    assert found == {("RUSCOP", "173", "NLDACT")}


def test_gunmen_in_a_country_are_its_unidentified_forces(coder, make_doc):
    found = code(coder, make_doc, "Two Afghan police officers were killed by gunmen in Kabul.",
                 {"Afghan police officers": "AFGCOP", "gunmen": "UAF", "Kabul": "AFG"})
    assert found == {("AFGUAF", "193", "AFGCOP")}  # PETRARCH: gunmen kill with small arms


def test_killing_an_office_holder_is_assassination(coder, make_doc):
    found = code(coder, make_doc, "Rebels killed the Somali governor.", {"Rebels": "REB", "Somali governor": "SOMGOV"})
    assert found == {("REB", "186", "SOMGOV")}


def test_a_security_operation_is_the_means_of_its_force(coder, make_doc):
    found = code(coder, make_doc, "Three Kenyan militants were killed in a police operation.",
                 {"Kenyan militants": "KENREB", "police": "COP"})
    assert found == {("COP", "190", "KENREB")}


def test_a_possessive_pronoun_names_a_doer_left_unresolved(coder, make_doc):
    found = code(coder, make_doc, "Their attacks killed two Iraqi policemen.", {"Iraqi policemen": "IRQCOP"})
    assert found == set()
