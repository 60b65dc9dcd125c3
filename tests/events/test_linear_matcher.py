"""The linear matcher: TABARI dictionaries matched in word order (communique.events.linear)."""

from __future__ import annotations

import pytest
from event_helpers import MakeDoc, triples
from spacy.tokens import Doc

from communique.events.component import _with_linear
from communique.events.linear import LinearCoder, linear_sentences, sentence_items
from communique.events.load import shipped_codes
from communique.events.tabari import parse_tabari_verbs

DICTIONARY = """\
<SYNSETS>
&FUNDS
+DOLLARS
+GOLD_COINS
&NEG
+DIDN'T
+WILL_NOT
</SYNSETS>
DONATE_ [071]
- * &FUNDS  [072]
- * COINS [073]
HALT= [191]
- &NEG *  [192]
SEIZ  [211]
- + WAS * BY $  [212]
TALK  [---]
- HELD_*  [043:044]
- * WITH %  [046]
SAID  [023?]
FOOTBALL [###]
"""

ACTORS = {"Norway": "NOR", "Sweden": "SWE", "Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}


@pytest.fixture(scope="module")
def linear() -> LinearCoder:
    return LinearCoder(parse_tabari_verbs(DICTIONARY, "test.verbs"), shipped_codes())


def code(linear: LinearCoder, make_doc: MakeDoc, text: str) -> set[tuple[str, str, str]]:
    doc = make_doc(text, {k: v for k, v in ACTORS.items() if k in text})
    return triples([e for found in linear.code_doc(doc).values() for e in found])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's own code, a regular ending of a whole-word verb
        ("Norway donated grain to Chile.", {("NOR", "071", "CHL")}),
        # the longer or more literal pattern wins: "* COINS" over "* &FUNDS"
        ("Norway donated gold coins to Chile.", {("NOR", "073", "CHL")}),
        ("Norway donated dollars to Chile.", {("NOR", "072", "CHL")}),
        # "$" and "+" say where source and target stand
        ("Chile was seized by Peru on Monday.", {("PER", "212", "CHL")}),
        # a paired code, and "_" asking for the words side by side
        ("Norway held talks with Chile.", {("NOR", "043", "CHL"), ("CHL", "044", "NOR")}),
        # "%": the members of a compound act on each other
        ("Peru talked with Chile and Bolivia.", {("CHL", "046", "BOL"), ("BOL", "046", "CHL")}),
        # a contraction is one word, as the dictionary writes it
        ("Norway didn't halt shipments to Chile.", {("NOR", "192", "CHL")}),
        # "BAN=": no regular endings
        ("Norway halted shipments to Chile.", set()),
        # a subordinate code gives way to a real event, and stands when there is none
        ("Norway said it donated grain to Chile.", {("NOR", "071", "CHL")}),
        ("Norway said Chile was right.", {("NOR", "023", "CHL")}),
        # a verb after "the" is a noun
        ("Norway criticised the halt of shipments to Chile.", set()),
        # a discard word leaves the sentence uncoded
        ("Norway will halt the football match with Chile.", set()),
        # "and" with a verb starts a clause that keeps the source
        ("Norway will halt shipments to Chile and donated grain to Peru.",
         {("NOR", "191", "CHL"), ("NOR", "071", "PER")}),
        # a short aside between commas supplies no actors
        ("Norway, a rival of Sweden for years, will halt shipments to Chile.", {("NOR", "191", "CHL")}),
        # so does a short closing clause before the full stop (but not a long one)
        ("Norway will halt shipments, a Peru official said today.", set()),
        ("Norway will halt shipments, as the government of Peru has said for weeks.", {("NOR", "191", "PER")}),
        ("Norway will halt shipments, said an official of the government of Peru", {("NOR", "191", "PER")}),
        # compound sources act each
        ("Norway and Sweden will halt shipments to Chile.", {("NOR", "191", "CHL"), ("SWE", "191", "CHL")}),
        ("Neither Norway nor Sweden will halt shipments to Chile.",
         {("NOR", "191", "CHL"), ("SWE", "191", "CHL")}),
        # without a source before the verb nothing is coded
        ("Shipments will halt in Chile.", set()),
    ],
)
def test_linear_coding(linear: LinearCoder, make_doc: MakeDoc, text: str, expected: set) -> None:
    assert code(linear, make_doc, text) == expected


def test_pronouns_stand_for_the_first_actor(linear: LinearCoder, make_doc: MakeDoc) -> None:
    doc = make_doc("Norway said that it will halt shipments to Chile.", {"Norway": "NOR", "Chile": "CHL"})
    items = sentence_items(doc, next(iter(doc.sents)))
    assert [tuple(a.code for a in i.actors) for i in items if i.is_actor] == [("NOR",), ("NOR",), ("CHL",)]


def test_compound_codes_split(linear: LinearCoder, make_doc: MakeDoc) -> None:
    doc = make_doc("The Alliance will halt shipments to Chile.", {"The Alliance": "NOR/SWE", "Chile": "CHL"})
    assert triples(linear.code_doc(doc)[0]) == {("NOR", "191", "CHL"), ("SWE", "191", "CHL")}


def test_sentences_run_to_a_full_stop(spacy_nlp) -> None:
    words = ["Norway", "met", "anti-", "Chile", "groups", ".", "Peru", "left", "."]
    doc = Doc(spacy_nlp.vocab, words=words, spaces=[True] * 8 + [False],
              sent_starts=[True, False, False, True, False, False, True, False, False])
    found = [(indices, span.text) for indices, span in linear_sentences(doc)]
    assert found == [([0, 1], "Norway met anti- Chile groups ."), ([2], "Peru left .")]


def test_linear_events_replace_the_dependency_coders_in_their_sentences(
    linear: LinearCoder, make_doc: MakeDoc, coder
) -> None:
    doc = make_doc("Norway donated grain to Chile. Peru attacked Bolivia.", ACTORS)
    dependency = coder.code_doc(doc)
    merged = _with_linear(dependency, linear.code_doc(doc))
    assert ("NOR", "071", "CHL") in triples(merged)
    by_sentence = {e.sentence.index for e in merged if e.rule.startswith("linear:")}
    assert by_sentence == {0}
    # the second sentence, which the TABARI dictionary does not code, keeps the dependency events
    assert any(e.sentence.index == 1 for e in merged) == any(e.sentence.index == 1 for e in dependency)
    assert not any(e.sentence.index == 0 and not e.rule.startswith("linear:") for e in merged)
