"""Actor and victim facts of news English in the event coder (session 4, helper A): a country's
soldiers killed abroad were hit in its fighting, and a document speaks for its author, or, with
no author named, for the country in whose capital it was made public.

Every sentence here is written for these tests; actors are put on by hand (make_doc).
"""

from __future__ import annotations

from event_helpers import MakeDoc, triples

from communique.events.coder import EventCoder


def code(coder: EventCoder, make_doc: MakeDoc, text: str, actors: dict[str, str]) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, actors)))


# --- soldiers killed or wounded in another country
def test_soldiers_killed_abroad_were_hit_by_the_place_s_unidentified_forces(coder, make_doc):
    found = code(coder, make_doc, "Four Dutch soldiers were killed in Mali on Friday.",
                 {"Dutch soldiers": "NLDMIL", "Mali": "MLI"})
    assert found == {("MLIUAF", "190", "NLDMIL")}


def test_existential_there_were_soldiers_killed(coder, make_doc):
    found = code(coder, make_doc, "There were three Canadian soldiers killed in Afghanistan yesterday.",
                 {"Canadian soldiers": "CANMIL", "Afghanistan": "AFG"})
    assert found == {("AFGUAF", "190", "CANMIL")}


def test_soldiers_wounded_abroad(coder, make_doc):
    found = code(coder, make_doc, "Two French soldiers were wounded in Niger.",
                 {"French soldiers": "FRAMIL", "Niger": "NER"})
    assert {(s, c[:2], t) for s, c, t in found} == {("NERUAF", "18", "FRAMIL")}


def test_soldiers_killed_at_home_or_by_accident_or_civilians_are_no_events(coder, make_doc):
    assert code(coder, make_doc, "Three Malian soldiers were killed in Mali.",
                {"Malian soldiers": "MLIMIL", "Mali": "MLI"}) == set()
    assert code(coder, make_doc, "Four Dutch soldiers were killed in Mali when their truck overturned in a crash.",
                {"Dutch soldiers": "NLDMIL", "Mali": "MLI"}) == set()
    assert code(coder, make_doc, "Four Dutch tourists were killed in Mali.",
                {"Dutch tourists": "NLDCVL", "Mali": "MLI"}) == set()


# --- documents that speak
def test_a_report_speaks_for_its_author(coder, make_doc):
    found = code(coder, make_doc, "A report by Oxfam criticized Brazil.",
                 {"Oxfam": "NGO", "Brazil": "BRA"})
    assert {(s, c[:2], t) for s, c, t in found} == {("NGO", "11", "BRA")}


def test_an_unsigned_report_released_in_a_capital_speaks_for_the_country(coder, make_doc):
    found = code(coder, make_doc,
                 "A report released Monday in the Ethiopian capital alleged that Eritrean troops shelled "
                 "villages near the border.",
                 {"Ethiopian": "ETH", "Eritrean troops": "ERIMIL"})
    assert ("ETH", "112", "ERIMIL") in found


def test_a_report_released_in_a_city_or_with_an_author_is_not_the_country_s(coder, make_doc):
    # a city alone may be the seat of an international body; an authored report is its author's
    found = code(coder, make_doc,
                 "A report released Monday in Vienna alleged that Eritrean troops shelled villages.",
                 {"Vienna": "AUT", "Eritrean troops": "ERIMIL"})
    assert not any(s == "AUT" for s, _, _ in found)
    found = code(coder, make_doc,
                 "A Red Cross report released in the Ethiopian capital criticized Eritrea.",
                 {"Red Cross": "NGO", "Ethiopian": "ETH", "Eritrea": "ERI"})
    assert not any(s == "ETH" for s, _, _ in found)


# --- to allege is to accuse
def test_alleging_a_wrong_of_another_party_accuses_it(coder, make_doc):
    found = code(coder, make_doc, "Venezuela alleged that Colombia was sheltering the plotters.",
                 {"Venezuela": "VEN", "Colombia": "COL"})
    assert found == {("VEN", "112", "COL")}


def test_an_unsigned_report_in_a_capital_alleges_for_its_country(coder, make_doc):
    found = code(coder, make_doc,
                 "A report released Friday in the Peruvian capital alleged that Chile had known of the smuggling.",
                 {"Peruvian": "PER", "Chile": "CHL"})
    assert found == {("PER", "112", "CHL")}


def test_an_alleged_passive_wrong_is_the_agent_s_not_the_victim_s(coder, make_doc):
    found = code(coder, make_doc, "Armenia alleged that its diplomats were harassed by Azerbaijani officials.",
                 {"Armenia": "ARM", "its diplomats": "ARMGOV", "Azerbaijani officials": "AZEGOV"})
    assert ("ARM", "112", "ARMGOV") not in found
    assert ("ARM", "112", "AZEGOV") in found


def test_allegations_about_one_s_own_country_are_no_statement(coder, make_doc):
    assert code(coder, make_doc, "Kenyan activists alleged that Kenya had rigged the vote.",
                {"Kenyan activists": "KENOPP", "Kenya": "KEN"}) == set()


# --- projectiles fired from a place by no named attacker
def test_a_projectile_fired_from_a_place_was_fired_by_its_unidentified_forces(coder, make_doc):
    found = code(coder, make_doc, "Three rockets were fired from Syria into southern Turkey.",
                 {"Syria": "SYR", "Turkey": "TUR"})
    assert {(s, c[:2], t) for s, c, t in found} == {("SYRUAF", "19", "TUR")}
    found = code(coder, make_doc, "A mortar round fired from Somalia hit a Kenyan base.",
                 {"Somalia": "SOM", "Kenyan": "KEN"})
    assert {(s, c[:2], t) for s, c, t in found} == {("SOMUAF", "19", "KEN")}


def test_the_origin_is_no_target_and_it_is_the_speaker(coder, make_doc):
    # the place fired from is the attackers', "it" the speaker's own side; the report of an
    # attack on oneself is an accusation (claims.py)
    found = code(coder, make_doc, "Turkey said a rocket was fired at it from Syria on Monday.",
                 {"Turkey": "TUR", "Syria": "SYR"})
    assert ("SYRUAF", "SYR") not in {(s, t) for s, _, t in found}
    assert {(s, c[:2], t) for s, c, t in found} == {("SYRUAF", "19", "TUR"), ("TUR", "11", "SYRUAF")}


def test_a_projectile_from_nowhere_in_particular_has_no_attacker(coder, make_doc):
    found = code(coder, make_doc, "A rocket fired from the sea hit a Turkish base.", {"Turkish": "TUR"})
    assert all(s == "-" for s, _, _ in found)


def test_the_place_fired_from_is_never_the_target(coder, make_doc):
    found = code(coder, make_doc, "Two mortar rounds were fired from the Gaza Strip on Sunday.",
                 {"the Gaza Strip": "PSEGZA"})
    assert all(t != "PSEGZA" for _, _, t in found)
    assert {s for s, _, _ in found} <= {"PSEUAF"}
