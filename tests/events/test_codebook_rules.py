"""Rules from the CAMEO codebook round 2 (issue 4), on sentences written here.

A stance on a proposal takes its leaf from what is proposed ("rejected a request to extradite":
1213); "called for X to act" is an appeal to X; a gerund's object tells what an accusation is
about; a wished or feared act is not asserted; a protest's purpose decides its leaf (14x1-14x4);
historical and renamed states are actors.
"""

from __future__ import annotations

import pytest
from event_helpers import triples

from communique.actors.index import load_actor_dictionary
from communique.events import transforms
from communique.model import Modality

COUNTRIES = {
    "Russia": "RUS", "Russian": "RUS", "France": "FRA", "Mali": "MLI", "Malian": "MLI", "Norway": "NOR",
    "Iran": "IRN", "Israel": "ISR", "Peru": "PER", "Peruvian": "PER", "Chile": "CHL", "Japan": "JPN",
    "Ukraine": "UKR",
}


def coded(coder, make_doc, text: str, modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, COUNTRIES)), modality)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # refusals take the leaf of the act the rejected request, offer or demand names
        ("Mali rejected a Russian request to extradite the rebel leader.", "1213"),
        ("Mali rejected a Russian request to release the prisoners.", "1243"),
        ("Norway rejected a Russian offer to mediate between the two sides.", "126"),
        ("Iran rejected a Russian demand to withdraw its troops.", "1246"),
        ("Mali rejected the Peruvian proposal for holding talks.", "125"),
        # an appeal named by a noun, with the act in its infinitive
        ("Norway renewed an appeal to Russia to extradite the suspect.", "0213"),
        # accusations by the object of their gerund
        ("Norway accused Russia of violating human rights.", "1122"),
        ("Mali accused France of violating the ceasefire.", "1123"),
        # protests by their purpose: leadership, policy, rights
        ("Malian farmers began a hunger strike to demand the return of their property.", "1423"),
        ("Malian students rioted against the government's tax policies.", "1452"),
    ],
)
def test_leaf_from_what_is_proposed_or_protested(coder, make_doc, text: str, code: str) -> None:
    assert code in {c for _, c, _ in coded(coder, make_doc, text)}


def test_a_refusal_keeps_its_parties(coder, make_doc) -> None:
    assert ("MLI", "1213", "RUS") in coded(coder, make_doc, "Mali rejected a Russian request to extradite the rebel leader.")


def test_pressure_names_no_proposal(coder, make_doc) -> None:
    # "pressure to extradite" is no request whose content a refusal takes
    codes = {c for _, c, _ in coded(coder, make_doc, "Mali rejected Russian pressure to extradite the rebel leader.")}
    assert "1213" not in codes


def test_call_for_a_party_to_act_is_an_appeal_to_it(coder, make_doc) -> None:
    found = coded(coder, make_doc, "France called for Mali to release political prisoners.")
    assert ("FRA", "0253", "MLI") in found
    assert not any(source == "MLI" for source, _, _ in found)


def test_called_for_elections_is_an_appeal_not_an_intent_of_the_addressee(coder, make_doc) -> None:
    found = coded(coder, make_doc, "France called for Mali to hold elections.")
    assert any(source == "FRA" and code.startswith("02") and target == "MLI" for source, code, target in found)
    assert not any(source == "MLI" for source, _, _ in found)


@pytest.mark.parametrize(
    "text",
    ["France hopes that Mali will release the prisoners.", "Japan fears that Russia will attack Ukraine."],
)
def test_a_hoped_or_feared_act_is_not_asserted(coder, make_doc, text: str) -> None:
    assert not any(source in ("MLI", "RUS") for source, _, _ in coded(coder, make_doc, text))


def test_a_protest_without_purpose_keeps_its_code(coder, make_doc) -> None:
    assert ("MLI", "141", "-") in coded(coder, make_doc, "Malian students held a rally in Bamako.")


def test_stance_leaves() -> None:
    assert transforms.by_content("120", "0623") is not None
    assert transforms.by_content("122", "073") == "1223"  # a leaf under the specific code
    assert transforms.by_content("122", "0841") is None  # not under 122: the pattern's code stands
    assert transforms.by_content("020", "045") == "028"
    assert transforms.by_content("190", "045") is None  # not a stance
    assert transforms.protest_leaf("141", frozenset({"resignation"})) == "1411"
    assert transforms.protest_leaf("144", frozenset({"democratic", "reforms"})) == "1444"
    assert transforms.protest_leaf("142", frozenset({"reforms"})) == "1422"
    assert transforms.protest_leaf("140", frozenset({"reforms"})) is None


def test_historical_states_are_in_the_dictionary() -> None:
    entities = {e.id: e for e in load_actor_dictionary().entities}
    assert {r.code for r in entities["YUGOSLAVIA"].roles} == {"YUG", "SCG"}
    # renamed states are entities of their own, so the current state's names keep their priority
    # ("Congo" stays the Republic of the Congo)
    for entity_id, name, code in [("ZAIRE", "Zairean", "COD"), ("RHODESIA", "Rhodesia", "ZWE"),
                                  ("UPPER_VOLTA", "Upper Volta", "BFA"), ("KAMPUCHEA", "Kampuchean", "KHM"),
                                  ("FORMER_YUGOSLAV_REPUBLIC_OF_MACEDONIA", "FYROM", "MKD")]:
        assert name in entities[entity_id].names
        assert {r.code for r in entities[entity_id].roles} == {code}
    assert "Congo" not in entities["ZAIRE"].names
