"""Reading TABARI verb dictionaries into linear patterns (communique.events.tabari)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import ConfigError
from communique.events.load import is_tabari_verb_file, load_linear, load_patterns
from communique.events.tabari import (
    ALTERNATIVES,
    SOURCE,
    TARGET,
    VERB_MARK,
    WORD,
    Outcome,
    parse_outcome,
    parse_sequence,
    parse_tabari_verbs,
)

DICTIONARY = """\
<SYNSETS>
&FUNDS
+DOLLAR
+GOLD_COINS
&GIFTS
+&FUNDS
+GRAIN
</SYNSETS>
<TIME>
YESTERDAY [-1]
</TIME>
DONATE_ [071] ; a whole word, which still takes regular endings
- * &FUNDS  [072]
- * COINS [073]
HALT= [191]
SEIZ  [211]
- + WAS * BY $  [212]
TALK  [---]
- HELD_*  [043:044]
- * WITH %  [046]
SAID  [023?]
FOOTBALL [###]
GAVE  [070]
{ GIVE_ GIVEN_ }
BRUSH ASIDE CLAIMS  [141]
"""


def kinds(text: str) -> list[str]:
    return [e.kind for e in parse_sequence(text)]


def test_words_slots_and_joins() -> None:
    elements = parse_sequence("SAID_+ * DEMAND_{ FULL | TOTAL_BAN } STOP~_NOW")
    assert [e.kind for e in elements] == [WORD, TARGET, VERB_MARK, WORD, ALTERNATIVES, WORD, WORD]
    said, target, verb, demand, options, stop, now = elements
    assert said.exact and not said.joined
    assert target.joined  # "SAID_+": the target directly follows "said"
    assert not verb.joined
    assert demand.exact and options.joined
    assert [[e.word for e in option] for option in options.options] == [["FULL"], ["TOTAL", "BAN"]]
    assert not stop.exact and now.joined  # "~" keeps a joined word a stem


def test_a_space_after_an_underscore_lets_words_come_between() -> None:
    tight = parse_sequence("IN_*")
    loose = parse_sequence("IN_ *")
    assert tight[0].exact and tight[1].joined
    assert loose[0].exact and not loose[1].joined


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("042", Outcome("042")),
        ("032:033", Outcome("032", "033")),
        ("---", Outcome(None)),
        ("###", Outcome(None, stop="###")),
        ("+++", Outcome(None, stop="+++")),
        ("023?", Outcome("023", subordinate=True)),
        ("075A", Outcome("075A")),
    ],
)
def test_codes(text: str, outcome: Outcome) -> None:
    assert parse_outcome(text) == outcome


def test_dictionary_entries() -> None:
    verbs = {v.name: v for v in parse_tabari_verbs(DICTIONARY, "demo.verbs").verbs}
    assert set(verbs) == {"DONATE", "HALT", "SEIZ", "TALK", "SAID", "FOOTBALL", "GAVE", "BRUSH"}
    donate = verbs["DONATE"]
    head = donate.forms[0][0]
    assert head.matches("DONATE") and head.matches("DONATED") and head.matches("DONATES")
    assert head.matches("DONATING") and not head.matches("DONATEX")
    halt = verbs["HALT"].forms[0][0]
    assert halt.matches("HALT") and not halt.matches("HALTED")  # "=": no endings
    assert verbs["SEIZ"].forms[0][0].matches("SEIZED")  # a stem
    # longer patterns first; a synset counts as one word
    assert [p.outcome.code for p in donate.patterns] == ["073", "072"]
    synset = donate.patterns[1].after[0]
    assert synset.kind == ALTERNATIVES
    assert [[e.word for e in o] for o in synset.options] == [["DOLLAR"], ["GOLD", "COINS"]]
    seize = verbs["SEIZ"].patterns[0]
    assert [e.kind for e in seize.before] == [TARGET, WORD]
    assert [e.kind for e in seize.after] == [WORD, SOURCE]
    talk = verbs["TALK"]
    assert talk.outcome == Outcome(None)
    assert talk.patterns[0].verb_joined or talk.patterns[1].verb_joined
    assert verbs["SAID"].outcome.subordinate
    assert verbs["FOOTBALL"].outcome.stop == "###"
    assert [[e.word for e in form] for form in verbs["GAVE"].forms] == [["GAVE"], ["GIVE"], ["GIVEN"]]
    brush = verbs["BRUSH"].forms[0]
    assert [e.word for e in brush] == ["BRUSH", "ASIDE", "CLAIMS"]


def test_synsets_may_name_other_synsets() -> None:
    verbs = parse_tabari_verbs(DICTIONARY + "SEND [070]\n- * &GIFTS [071]\n", "demo.verbs").verbs
    send = next(v for v in verbs if v.name == "SEND")
    (gifts,) = send.patterns[0].after
    flattened = [[e.kind for e in option] for option in gifts.options]
    assert flattened == [[ALTERNATIVES], [WORD]]


def test_a_file_without_entries_is_refused() -> None:
    with pytest.raises(ConfigError):
        parse_tabari_verbs("<SYNSETS>\n&EMPTY\n</SYNSETS>\n", "empty.verbs")


def test_tabari_files_go_to_the_linear_matcher(tmp_path: Path) -> None:
    tabari = tmp_path / "demo.verbs"
    tabari.write_text(DICTIONARY, encoding="utf-8")
    petrarch = tmp_path / "petr.verbs.txt"
    petrarch.write_text("--- SNUB  [125]  ---\nSNUB\n- * OFFER [111]\n", encoding="utf-8")
    assert is_tabari_verb_file(tabari)
    assert not is_tabari_verb_file(petrarch)
    dictionary = load_linear((tabari, petrarch))
    assert dictionary is not None and {v.name for v in dictionary.verbs} >= {"DONATE", "SAID"}
    # the dependency coder gets the PETRARCH file only
    patterns = load_patterns((tabari, petrarch), shipped=False)
    assert {p.lemma for p in patterns.patterns} == {"snub"}
    assert load_linear((petrarch,)) is None
