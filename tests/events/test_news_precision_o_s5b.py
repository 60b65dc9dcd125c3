"""Precision fixes from helper H8's audit of merged real news (session 5, Block O). One case a row
(event_helpers.Case); every sentence written for these tests, actors put on the parse by hand."""

from __future__ import annotations

from event_helpers import Case, assert_codes, each_case

from communique.model import Modality

CASES = [
    # A relation head ("backer", "allies") names the party in its appositive, not in its modifier.
    Case("a_backer_is_its_appositive", "Rebel backer Qatar condemned the raid on Sunday.",
         {"Rebel": "REB", "Qatar": "QAT"}, has=[("QAT", "111", "*")], lacks=[("REB", "*", "*", None)]),
    Case("allies_are_their_appositives", "The treaty was signed by government allies Chad and Niger in May.",
         {"government": "GOV", "Chad": "TCD", "Niger": "NER"},
         has=[("TCD", "*", "NER")], lacks=[("GOV", "*", "*", None), ("*", "*", "GOV", None)]),
    Case("a_possessed_backer_is_its_appositive",
         "Mali was visited by Assimi's main backer, the Algerian president.",
         {"Mali": "MLI", "Assimi": "MLIGOV", "the Algerian president": "DZAGOV"},
         has=[("DZAGOV", "042", "MLI")], lacks=[("MLIGOV", "*", "*", None), ("*", "*", "MLIGOV", None)]),
    Case("allies_without_a_name_stay_with_their_modifier", "Chad's allies criticised Niger.",
         {"Chad": "TCD", "Niger": "NER"}, has=[("TCD", "111", "NER")]),
    # Being spared an act, avoiding it or staving it off: the act did not happen.
    Case("spared_an_assault_did_not_happen", "The town was spared an assault by the army last year.",
         {"The town": "MLI", "the army": "MLIMIL"},
         lacks=[("MLIMIL", "19", "*")], has=[("MLIMIL", "19", "*", Modality.NEGATED)]),
    Case("staved_off_an_attack_did_not_happen", "The garrison staved off an attack by the rebels.",
         {"The garrison": "MLIMIL", "the rebels": "MLIREB"}, lacks=[("MLIREB", "19", "*")]),
    # Noticing is perceiving: no statement.
    Case("noticing_is_no_statement", "Inspectors noticed cracks in the dam before the flood.",
         {"Inspectors": "USAGOV"}, lacks=[("USAGOV", "*", "*", None)]),
    # A crisis deepening is no cooperation; deepening ties or a partnership is.
    Case("a_deepening_crisis_is_no_cooperation", "The row between Peru and Chile deepened on Monday.",
         {"Peru": "PER", "Chile": "CHL"}, lacks=[("*", "06", "*", None)]),
    Case("deepening_a_partnership_is_cooperation", "Peru and Chile deepened their partnership in mining.",
         {"Peru": "PER", "Chile": "CHL"}, has=[("PER", "06", "CHL")]),
    # Fighting for votes or a seat is campaigning.
    Case("fighting_for_votes_is_campaigning", "The prime minister and her party are fighting for every vote.",
         {"The prime minister": "NZLGOV", "her party": "NZLGOVPTY"}, lacks=[("*", "19", "*", None)]),
    Case("fighting_for_a_seat_is_campaigning", "The senator fought for her seat against the Labour candidate.",
         {"The senator": "AUSLEG", "the Labour candidate": "AUSOPP"}, lacks=[("*", "19", "*", None)]),
    Case("fighting_rebels_stays_force", "The soldiers fought the rebels for control of the bridge.",
         {"The soldiers": "MLIMIL", "the rebels": "MLIREB"}, has=[("MLIMIL", "19", "MLIREB")]),
    # Postponing one's own measure rejects nobody; postponed talks keep their code.
    Case("postponing_a_tax_rise_rejects_nobody", "The treasurer postponed the rise in petrol duty.",
         {"The treasurer": "AUSGOV"}, lacks=[("AUSGOV", "12", "*", None)]),
    # Throwing out a move rejects it.
    Case("throwing_out_a_move_rejects_it", "The supreme court threw out a challenge by the opposition.",
         {"The supreme court": "KENJUD", "the opposition": "KENOPP"}, has=[("KENJUD", "12", "*")],
         lacks=[("KENJUD", "16", "*", None)]),
    # An account of a call is a telling; frozen accounts are assets.
    Case("releasing_an_account_of_a_call_releases_no_assets",
         "Both governments released their own accounts of the meeting.",
         {"Both governments": "GOV"}, lacks=[("*", "084*", "*", None)]),
    # Warning a party about dangers is telling it of them (012); warning it of consequences threatens.
    Case("warning_about_dangers_is_no_threat", "Party rebels warned the premier about the risks of a split.",
         {"Party rebels": "AUSOPP", "the premier": "AUSGOV"}, has=[("AUSOPP", "012", "AUSGOV")],
         lacks=[("AUSOPP", "13", "*", None)]),
    Case("warning_of_consequences_stays_a_threat", "Chad warned Niger of serious consequences.",
         {"Chad": "TCD", "Niger": "NER"}, has=[("TCD", "13", "NER")]),
    # Increasing military cooperation is cooperation, not a build-up; increasing troops still is.
    Case("increasing_military_cooperation_is_cooperation", "Chad and Niger will increase military cooperation.",
         {"Chad": "TCD", "Niger": "NER"}, has=[("TCD", "031*", "*")], lacks=[("*", "13", "*", None), ("*", "15", "*", None)]),
    Case("increasing_forces_stays_a_build_up", "Chad increased its military presence in Niger.",
         {"Chad": "TCD", "Niger": "NER"}, has=[("TCD", "154", "*")]),
    # An evacuation order moves people out of danger: nobody is expelled.
    Case("ordering_an_evacuation_expels_nobody", "Officials ordered the evacuation of the flooded villages.",
         {"Officials": "PAKGOV"}, lacks=[("PAKGOV", "16", "*", None), ("PAKGOV", "10", "*", None)]),
    # A threat assessment is a rating, no threat.
    Case("a_threat_assessment_is_no_threat", "The agency issued its annual threat assessment on Tuesday.",
         {"The agency": "USASPY"}, lacks=[("USASPY", "13", "*", None)]),
]


@each_case(CASES)
def test_news_precision_o(coder, make_doc, case):
    assert_codes(coder, make_doc, case)
