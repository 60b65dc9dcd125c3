"""Nominal events, light verbs and acts of one party, on sentences written here.

The noun after a light verb decides the code and the verb's subject acts ("gave a warm welcome
to": 043); a measure noun is transparent ("ten days of war games"); resignations and protests
need no target, a protest at home keeps its event; "in protest" is the reason of a protest, not
a second one; giving in to a demand takes the demanded act's code.
"""

from __future__ import annotations

import pytest
from event_helpers import triples

from communique.events import transforms
from communique.model import Modality

ACTORS = {
    "Peru": "PER", "Peruvian": "PER", "Chile": "CHL", "Chilean": "CHL", "Mali": "MLI", "Malian": "MLI",
    "Norway": "NOR", "Japan": "JPN", "France": "FRA", "French": "FRA", "Bamako": "MLI",
}


def coded(coder, make_doc, text: str, actors: dict[str, str] | None = None,
          modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, {**ACTORS, **(actors or {})})), modality)


def test_a_welcome_given_is_hosting(coder, make_doc) -> None:
    found = coded(coder, make_doc, "The Peruvian president gave a warm welcome to the Chilean foreign minister.",
                  {"Peruvian president": "PERGOV", "Chilean foreign minister": "CHLGOV"})
    assert ("PERGOV", "043", "CHLGOV") in found


def test_a_welcome_received_is_hosted_by_the_other_side(coder, make_doc) -> None:
    found = coded(coder, make_doc, "The Chilean foreign minister received a warm welcome from the Peruvian president.",
                  {"Peruvian president": "PERGOV", "Chilean foreign minister": "CHLGOV"})
    assert ("PERGOV", "043", "CHLGOV") in found
    assert ("CHLGOV", "043", "PERGOV") not in found


def test_a_mediation_mission_between_two_parties_is_one_mediation(coder, make_doc) -> None:
    events = coder.code_doc(make_doc("Norway undertook a mediation mission between Mali and Chile.", ACTORS))
    assert {("NOR", "045", "MLI"), ("NOR", "045", "CHL")} <= triples(events)
    assert len([e for e in events if e.code == "045"]) == 2  # "mediation" and "mission" are one event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Chile launched two weeks of joint military exercises.", {("PER", "062", "CHL"), ("CHL", "062", "PER")}),
        ("Japan and Norway held a new round of talks on Monday.", {("JPN", "046", "NOR"), ("NOR", "046", "JPN")}),
    ],
)
def test_a_measure_noun_is_transparent(coder, make_doc, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= coded(coder, make_doc, text)


def test_a_resignation_needs_no_target(coder, make_doc) -> None:
    found = coded(coder, make_doc, "The Peruvian prime minister resigned on Sunday.", {"Peruvian prime minister": "PERGOV"})
    assert ("PERGOV", "0831", "-") in found


def test_a_resignation_outside_politics_is_no_event(coder, make_doc) -> None:
    assert not coded(coder, make_doc, "A Peruvian hospital doctor resigned on Sunday.", {"Peruvian hospital doctor": "PERHLH"})


def test_a_protest_at_home_is_against_those_who_rule_there(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Thousands of Malian students demonstrated in Bamako on Sunday calling for independence.")
    assert ("MLI", "1414", "MLIGOV") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of Malians began a hunger strike to protest against France's decision to expel them.",
         ("MLI", "1422", "FRA")),  # a decision is a policy (14x2)
        ("Peruvian farmers blocked roads to demand the resignation of the Peruvian president.",
         ("PERAGR", "1441", "PERGOV")),
    ],
)
def test_a_protest_is_against_whom_its_purpose_names(coder, make_doc, text: str, expected: tuple[str, str, str]) -> None:
    actors = {"Malians": "MLI", "Peruvian farmers": "PERAGR", "Peruvian president": "PERGOV"}
    assert expected in coded(coder, make_doc, text, actors)


def test_a_protest_on_behalf_of_its_own_people_has_no_target_there(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Peruvian farmers blocked roads to demand the release of Peruvian prisoners.",
                  {"Peruvian farmers": "PERAGR", "Peruvian prisoners": "PERCVL"})
    assert not any(target == "PERCVL" for _, code, target in found if code.startswith("14"))


def test_riots_against_policies(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Malian riots against French military policies continued on Monday.")
    assert ("MLI", "1452", "FRA") in found


def test_in_protest_gives_the_reason_of_a_protest(coder, make_doc) -> None:
    events = coder.code_doc(make_doc(
        "Peruvian farmers staged a hunger strike in protest against the new tax policies.", {"Peruvian farmers": "PERAGR"}))
    codes = {e.code for e in events if e.modality == Modality.ASSERTED}
    assert "1422" in codes
    assert "140" not in codes


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("Chilean dockworkers went on strike on Monday.", {"Chilean dockworkers": "CHLLAB"}, ("CHLLAB", "143", "-")),
        ("The Malian opposition boycotted the elections.", {"Malian opposition": "MLIOPP"}, ("MLIOPP", "143", "-")),
        ("Chilean workers shunned work on Monday.", {"Chilean workers": "CHLLAB"}, ("CHLLAB", "143", "-")),
    ],
)
def test_strikes_and_boycotts(coder, make_doc, text: str, actors: dict[str, str], expected: tuple[str, str, str]) -> None:
    assert expected in coded(coder, make_doc, text, actors)


def test_a_called_off_strike_eases_dissent(coder, make_doc) -> None:
    found = coded(coder, make_doc, "The Chilean unions called off the general strike.", {"Chilean unions": "CHLLAB"})
    assert ("CHLLAB", "082", "-") in found
    assert ("CHLLAB", "143", "-") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Malian government accepted the rebels' demands that it release the prisoners.",
        "The Malian government bowed to demands from the rebels to release the prisoners.",
    ],
)
def test_giving_in_to_a_demand_is_the_demanded_act(coder, make_doc, text: str) -> None:
    found = coded(coder, make_doc, text, {"Malian government": "MLIGOV", "rebels": "MLIREB"})
    assert ("MLIGOV", "0841", "MLIREB") in found


def test_violating_a_ban_defies_its_author(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Chilean protesters violated a ban by the Peruvian government.",
                  {"Chilean protesters": "CHLOPP", "Peruvian government": "PERGOV"})
    assert ("CHLOPP", "128", "PERGOV") in found


def test_training_hackers_builds_cyber_forces(coder, make_doc) -> None:
    assert ("JPN", "155", "-") in coded(coder, make_doc, "Japan trained 500 hackers last year.")


def test_a_place_names_no_rioter(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Ten inmates died in a prison riot in Peru.", {"prison": "COP"})
    assert not any(source == "COP" for source, _, _ in found)


def test_an_event_noun_in_a_name_is_no_event(coder, make_doc) -> None:
    found = coded(coder, make_doc, "The Chilean band Pussy Riot played in Peru.", {"Chilean band": "CHL"})
    assert not any(code.startswith("14") for _, code, _ in found)


def test_yielding_takes_the_leaf_of_the_demanded_act() -> None:
    assert transforms.by_content("080", "0841") == "0841"
    assert transforms.by_content("080", "083") == "083"
    assert transforms.by_content("080", "046") is None  # giving in to demands for talks: no leaf of 08


def test_riot_police_are_no_riot(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Malian riot police fired tear gas at the crowd.", {"Malian riot police": "MLICOP"})
    assert not any(code.startswith("14") for _, code, _ in found)


def test_a_march_to_celebrate_is_no_protest(coder, make_doc) -> None:
    found = coded(coder, make_doc, "Thousands of Malians marched in Bamako to celebrate the anniversary of independence.",
                  {"Malians": "MLI"})
    assert not any(code.startswith("14") for _, code, _ in found)


def test_only_armed_forces_retreat_alone(coder, make_doc) -> None:
    assert ("MLIREB", "0874", "-") in coded(coder, make_doc, "The Malian rebels retreated on Sunday.", {"Malian rebels": "MLIREB"})
    found = coded(coder, make_doc, "The Peruvian president retreated from his pledge.", {"Peruvian president": "PERGOV"})
    assert not any(code == "0874" for _, code, _ in found)
