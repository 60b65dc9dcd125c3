"""The leaf-code patterns of verbs.communique.txt (issue 4, round 3), on sentences written here.

Each case is one sentence with its actors put on the parse by hand (conftest.make_doc) and the
(source, code, target) event the pattern must give: the kind of aid, reform, restriction,
investigation or accusation decides the four-digit CAMEO code, and so does what is released,
rejected or violated. A second group checks that the corrections of PETRARCH defaults hold.
"""

from __future__ import annotations

import pytest
from event_helpers import triples

COUNTRIES = {
    "Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU", "Iran": "IRN", "Chile": "CHL",
    "Peru": "PER", "Mali": "MLI", "Kenya": "KEN", "Norway": "NOR", "Japan": "JPN", "Israel": "ISR",
    "Serbia": "SRB", "Syria": "SYR", "Sweden": "SWE", "Canada": "CAN", "Ghana": "GHA", "Peruvian": "PER",
}


def coded(coder, make_doc, text: str) -> set[tuple[str, str, str]]:
    return triples(coder.code_doc(make_doc(text, COUNTRIES)))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # 01-03: condolences, appeals by what they ask for, intents by their act
        ("Sweden offered its condolences to Kenya.", ("SWE", "018", "KEN")),
        ("Mali asked Canada for support.", ("MLI", "022", "CAN")),
        ("Mali asked France for military aid.", ("MLI", "0232", "FRA")),
        ("Mali appealed to Norway for humanitarian aid.", ("MLI", "0233", "NOR")),
        ("Peru called on Chile to lift its sanctions.", ("PER", "0254", "CHL")),
        ("Norway will give Ghana a loan of ten million dollars.", ("NOR", "0331", "GHA")),
        ("Japan promised to continue military aid to Ukraine.", ("JPN", "0332", "UKR")),
        ("Syria agreed to share intelligence with Israel.", ("SYR", "0314", "ISR")),
        # 05-08: aid given, rights granted, people and property released, retreat
        ("Canada donated medicine to Mali.", ("CAN", "073", "MLI")),
        ("France handed over two tons of food to Mali.", ("FRA", "073", "MLI")),
        ("Chile released the Peruvian sailors held since May.", ("CHL", "0841", "PER")),
        ("Ghana returned the seized vessels to Kenya.", ("GHA", "0842", "KEN")),
        ("Russia lifted the blockade of Ukraine.", ("RUS", "0872", "UKR")),
        # 09-13: investigations and accusations by their object, rejections by what was proposed
        ("France opened an investigation into the war crimes of Serbia.", ("FRA", "094", "SRB")),
        ("Peru accused Chile of espionage.", ("PER", "1125", "CHL")),
        ("Syria blamed Israel for the bombing.", ("SYR", "1123", "ISR")),
        ("Serbia demanded the resignation of the president of Kenya.", ("SRB", "1041", "KEN")),
        ("Iran rejected an offer from France for direct talks.", ("IRN", "125", "FRA")),
        ("Russia threatened to ban opposition parties in Ukraine.", ("RUS", "1322", "UKR")),
        ("Iran threatened to stop the negotiations with France.", ("IRN", "134", "FRA")),
        # 15-20: force posture, reduced aid, restrictions, violence by weapon
        ("Israel strengthened its forces on the border with Syria.", ("ISR", "154", "SYR")),
        ("Japan suspended economic aid to Mali.", ("JPN", "1621", "MLI")),
        ("Canada halted its mediation between Mali and Ghana.", ("CAN", "165", "MLI")),
        ("Russia banned opposition parties in Ukraine.", ("RUS", "1722", "UKR")),
        ("Iran closed its borders with Syria.", ("IRN", "191", "SYR")),
        ("Russia violated the ceasefire with Ukraine.", ("RUS", "196", "UKR")),
        ("Syria fired mortar shells at Israel.", ("SYR", "194", "ISR")),
        ("Russia retook two villages from Ukraine.", ("RUS", "192", "UKR")),
        ("Iran threatened to use nuclear weapons against Israel.", ("IRN", "1385", "ISR")),
    ],
)
def test_leaf_code_patterns(coder, make_doc, text, event):
    assert event in coded(coder, make_doc, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A report, figures or a statement released is no release of persons or property (084).
        ("Chile released a report on Peru.", "084"),
        ("Chile released a statement on Peru.", "084"),
        # Calling for sanctions against a party rallies opposition (113); it threatens nobody (PETRARCH: 1312).
        ("Kenya called for sanctions against Ghana.", "1312"),
        # Whom an appeal is addressed to is not what it asks for (PETRARCH: 0234 for "the government").
        ("Mali appealed to the government of Ghana.", "0234"),
    ],
)
def test_petrarch_defaults_corrected(coder, make_doc, text, absent):
    assert not any(code.startswith(absent) for _, code, _ in coded(coder, make_doc, text))


def test_sanctions_called_for_rally_opposition(coder, make_doc):
    assert ("KEN", "113", "GHA") in coded(coder, make_doc, "Kenya called for sanctions against Ghana.")


def test_restrictions_are_told_apart_by_what_they_restrict(coder, make_doc):
    assert ("FRA", "163", "DEU") in coded(coder, make_doc, "France imposed import restrictions on Germany.")
    assert ("RUS", "172", "UKR") in coded(coder, make_doc, "Russia imposed restrictions on Ukraine.")
