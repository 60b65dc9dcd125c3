"""Session 4, lead: readings found wrong on real news after the helpers' branches were merged.

An act of a kind ("against *any* attack") is no particular act; a warning noun of a danger is a
pessimistic comment, as the verb "warn" is, and a threat when addressed to a party. One case a row
(event_helpers.Case), sentences written for these tests.
"""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

ACTORS = {"Peru": "PER", "Chile": "CHL", "UN": "IGOUNO", "Somalia": "SOM", "Bolivia": "BOL", "Chile's": "CHL"}

CASES = [
    Case("any_attack_is_no_particular_attack", "Peru issued a stern warning to Chile against any attack.",
         lacks=[("*", "19", "*")], has=[("PER", "13", "CHL")]),
    Case("every_attack_is_no_particular_attack", "Chile vowed revenge for every attack by Bolivia.",
         lacks=[("BOL", "19", "*")]),
    Case("a_particular_attack_is_still_asserted", "Chile condemned the attack on Bolivia.",
         has=[("CHL", "11", "*")]),
    Case("a_warning_of_a_danger_is_a_pessimistic_comment", "The UN's warning of famine in Somalia went unheeded.",
         has=[("IGOUNO", "012", "*")], lacks=[("IGOUNO", "13", "*")]),
    Case("a_warning_to_a_party_is_a_threat", "Chile's warning to Peru came a day after the vote.",
         has=[("CHL", "13", "PER")]),
]


@each_case(CASES)
def test_lead_s4(coder, make_doc, case):
    assert_codes(coder, make_doc, case, ACTORS)
