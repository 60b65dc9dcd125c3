"""Rules from a hand audit of real news (issue 4): readings that made events of what was not one.

Actors are put on the parse by hand (conftest.make_doc), so each test is about the coder alone.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from event_helpers import roots, triples

COUNTRIES = {
    "Chad": "TCD", "Niger": "NER", "Mali": "MLI", "Sudan": "SDN", "Norway": "NOR", "Peru": "PER",
    "Chile": "CHL", "Geneva": "CHE", "Russia": "RUS", "Ukraine": "UKR", "Germany": "DEU", "Turkey": "TUR",
}


def code(coder, make_doc, text, extra=None):
    return coder.code_doc(make_doc(text, {**COUNTRIES, **(extra or {})}))


def test_people_of_no_country_act_for_no_one(coder, make_doc):
    assert not triples(code(coder, make_doc, "Residents criticised Chad.", {"Residents": "CVL"}))
    events = code(coder, make_doc, "Chadian residents criticised Chad.", {"Chadian residents": "TCDCVL"})
    assert ("TCDCVL", "11", "TCD") in roots(events)


def test_a_protest_by_people_of_no_country_is_still_a_protest(coder, make_doc):
    events = code(coder, make_doc, "Students protested against Chad.", {"Students": "EDU"})
    assert any(s == "EDU" and c.startswith("14") for s, c, _ in triples(events))


def test_a_fronted_place_is_the_setting_not_the_target(coder, make_doc):
    events = code(coder, make_doc, "In Geneva, the UN appealed for humanitarian aid.", {"the UN": "IGOUNO"})
    assert ("IGOUNO", "02", "-") in roots(events)
    assert not any(t == "CHE" for _, _, t in triples(events))


def test_an_adjective_hosts_no_visit(coder, make_doc):
    events = code(coder, make_doc, "Putin made a visit to a Russian airbase in Syria.",
                  {"Putin": "RUSGOV", "Russian": "RUS", "Syria": "SYR"})
    assert not any(c == "043" for _, c, _ in triples(events))


@pytest.mark.parametrize("text", [
    "Turkey is likely to attack Russia next week.",
    "Turkey is expected to attack Russia next week.",
    "There were allegations that Turkey attacked Russia.",
    "Reports of an impending Turkish attack on Russia alarmed Germany.",
])
def test_forecasts_and_claims_are_not_asserted(coder, make_doc, text):
    events = code(coder, make_doc, text, {"Turkish": "TUR"})
    assert not any(c.startswith("19") for _, c, _ in triples(events))


def test_telling_a_party_to_act_is_a_demand(coder, make_doc):
    events = code(coder, make_doc, "Chad told Mali to release the hostages.")
    assert ("TCD", "10", "MLI") in roots(events)
    assert not any(s == "MLI" for s, _, _ in triples(events))


def test_prepositions_inside_a_quoted_clause_are_not_the_verbs(coder, make_doc):
    # "to" belongs to "different to", inside what was said; "told ... to=" must not see it.
    events = code(coder, make_doc, "The minister told Chad that the new rules would be different to those in Mali.",
                  {"The minister": "NORGOV"})
    assert not any(c.startswith("10") for _, c, _ in triples(events))
