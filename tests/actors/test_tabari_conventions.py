"""TABARI actor-file conventions: stems, whole words with noun endings, `=`, adjacency (`_`) and
gaps (space), on a small dictionary of our own; other formats keep exact matching."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from communique.actors.component import ActorCoder, describe_mentions
from communique.actors.formats import TabariEntity, parse_actor_lines, read_actor_file
from communique.actors.index import BARE, STEM, WHOLE, load_actor_dictionary, parse_tabari_phrase
from communique.evaluation.gold import normalise_actor_code
from communique.nlp.parse import parse_texts

WORLD = """\
; a TABARI actor file of an invented world
RURITANIA  [RUR]
FREEDONIA_  [FRE]
SYLVANIA=  [SYL]
DUKE STRELSAU_PALACE  [DUK]
RURITANIA TELEVISION  [RURTV]
RURITANIA_STATE_RADIO_  [RURRAD]
MARX_BROTHERS  [MRX]
MARX BROTHERS  [MBR]
BLACK-MICHAEL  [BMI]
OSTRAVIA  ; a root whose codes follow
+OSTRAVIAN_PEOPLE_
\t[OST]
"""


def test_phrase_words_keep_tabari_connectors() -> None:
    phrase = parse_tabari_phrase("DUKE STRELSAU_PALACE")
    assert phrase is not None
    assert [(w.text, w.mode, w.gap) for w in phrase.words] == [
        ("DUKE", STEM, True),
        ("STRELSAU", WHOLE, False),
        ("PALACE", STEM, False),
    ]
    whole = parse_tabari_phrase("FREEDONIA_")
    bare = parse_tabari_phrase("SYLVANIA=")
    hyphen = parse_tabari_phrase("BLACK-MICHAEL")
    assert whole is not None and [(w.mode, w.gap) for w in whole.words] == [(WHOLE, False)]
    assert bare is not None and [w.mode for w in bare.words] == [BARE]
    assert hyphen is not None and [(w.text, w.mode, w.gap) for w in hyphen.words] == [
        ("BLACK", WHOLE, False),
        ("MICHAEL", STEM, False),
    ]


def test_tabari_files_keep_their_phrases(tmp_path: Path) -> None:
    entities = {e.id: e for e in parse_actor_lines(WORLD.splitlines(), "world.actors", tabari=True)}
    brothers = entities["MARX_BROTHERS"]
    assert isinstance(brothers, TabariEntity) and brothers.phrases == ("MARX_BROTHERS",)
    # "MARX BROTHERS" differs only by its connector: a second entry, not a synonym of the first
    assert isinstance(entities["MARX_BROTHERS_2"], TabariEntity)
    assert entities["MARX_BROTHERS_2"].phrases == ("MARX BROTHERS",)
    assert entities["OSTRAVIA"].phrases == ("OSTRAVIA", "OSTRAVIAN_PEOPLE_")  # type: ignore[attr-defined]
    assert entities["OSTRAVIA"].names == ("Ostravia", "Ostravian People")
    # the same lines in a PETRARCH file (`*.actors.txt`) are plain entities
    (tmp_path / "world.actors").write_text(WORLD)
    (tmp_path / "world.actors.txt").write_text(WORLD)
    assert all(isinstance(e, TabariEntity) for e in read_actor_file(tmp_path / "world.actors"))
    assert not any(isinstance(e, TabariEntity) for e in read_actor_file(tmp_path / "world.actors.txt"))


@pytest.fixture(scope="module")
def code_world(spacy_nlp, tmp_path_factory) -> Callable[[str, str], list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("world")
    coders: dict[str, ActorCoder] = {}
    for name in ("world.actors", "world.actors.txt"):
        (folder / name).write_text(WORLD)
        coders[name] = ActorCoder(spacy_nlp, dictionary=load_actor_dictionary([folder / name], shipped=False))

    def run(text: str, file: str = "world.actors") -> list[tuple[str, str]]:
        doc = next(parse_texts(spacy_nlp, [text]))
        doc._.doc_date = "2020-01-01"
        return [(row["text"], row["code"]) for row in describe_mentions(coders[file](doc))]

    return run


def test_a_word_without_underscore_is_a_stem(code_world) -> None:
    assert code_world("Ruritanians protested on Monday.") == [("Ruritanians", "RUR")]
    assert code_world("The Ostravia delegation left.") == [("Ostravia", "OST")]


def test_a_whole_word_takes_only_regular_noun_endings(code_world) -> None:
    assert code_world("Freedonias and Freedonia's envoys met.") == [
        ("Freedonias", "FRE"),
        ("Freedonia", "FRE"),
    ]
    assert code_world("The Freedonian envoy met.") == []
    assert code_world("The Ostravian peoples voted.") == [("Ostravian peoples", "OST")]


def test_a_bare_word_takes_no_ending(code_world) -> None:
    assert code_world("Sylvania voted.") == [("Sylvania", "SYL")]
    assert code_world("Sylvanias voted.") == []


def test_a_space_lets_words_come_between_but_not_a_comma(code_world) -> None:
    assert code_world("He met the Duke of Strelsau Palace on Monday.") == [("Duke of Strelsau Palace", "DUK")]
    assert code_world("He met the Duke, of Strelsau Palace fame.") == []


def test_a_phrase_across_a_verb_is_named_by_its_first_words(code_world) -> None:
    # TABARI still matches the phrase, at its first word; the verb between stays free to code
    assert code_world("The Duke said on Monday that Strelsau Palace was closed.") == [("Duke", "DUK")]


def test_an_underscore_keeps_words_adjacent(code_world) -> None:
    assert code_world("He met the Duke of Strelsau Royal Palace.") == []
    assert code_world('Marx "the great" Brothers performed.') == [('Marx "the great" Brothers', "MBR")]
    assert code_world("Marx Brothers performed.") == [("Marx Brothers", "MRX")]  # the first listed wins


def test_the_phrase_matching_most_characters_wins(code_world) -> None:
    assert code_world("Ruritania state-run television said so.") == [
        ("Ruritania state-run television", "RURTV")
    ]
    assert code_world("Ruritania state radios said so.") == [("Ruritania state radios", "RURRAD")]


def test_hyphens_read_as_spaces(code_world) -> None:
    assert code_world("Black-Michael fled.") == [("Black-Michael", "BMI")]
    assert code_world("Black Michael fled.") == [("Black Michael", "BMI")]


def test_other_formats_keep_exact_matching(code_world) -> None:
    assert code_world("Ruritanians protested.", "world.actors.txt") == []
    assert code_world("He met the Duke of Strelsau Palace.", "world.actors.txt") == []
    assert code_world("Ruritania protested.", "world.actors.txt") == [("Ruritania", "RUR")]


@pytest.mark.parametrize("raw", ["~MOS", "MOS", "---MOS", "mos"])
def test_religion_codes_without_a_country_compare_equal(raw: str) -> None:
    assert normalise_actor_code(raw) == "---MOS"
    assert normalise_actor_code("ARNMOS") == "ARNMOS"
