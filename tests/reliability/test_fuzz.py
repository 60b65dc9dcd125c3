"""Property-based tests (hypothesis): random text through the whole pipeline, random lines through
the dictionary readers (issue 8, "Fuzzing").

The text pipeline must code, skip or fail every text without an exception escaping, and every
offset it reports must point at the text it names. The dictionary readers may refuse a line only
with the project's ConfigError. Example counts are modest: spaCy parses every example.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import event as note_event
from hypothesis import strategies as st

from communique.errors import ConfigError
from communique.model import Article, Status

WORDS = [
    "Russia", "Ukraine", "Kenya", "the", "president", "minister", "police", "rebels", "army", "attacked",
    "met", "accused", "praised", "sanctions", "against", "with", "in", "Kharkiv", "Nairobi", "on",
    "Monday", "2024", "said", "not", "will", "would", "if", "government", "protesters", "U.S.", "UN",
    "\"", "'", "(", ")", ",", ".", "?", "!", ";", ":", "-", "—", "…", "Dr.", "Mr", "e.g.",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\r\n", "\u2028", "  "]

word = st.one_of(
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=10),  # any Unicode: accents, emoji, combining marks, controls
    st.text(alphabet="\u0000\u200b\ufeff\u202e\ufffd\u0301\U0001f600", min_size=1, max_size=3),
)
texts = st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda pieces: "".join(w + s for w, s in pieces)
)


def _check_offsets(text: str, record: dict) -> None:
    sentence = record["sentence"]
    assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    verb = record["verb"]
    assert text[verb["start"] : verb["end"]] == verb["text"]
    assert sentence["start"] <= verb["start"] <= verb["end"] <= sentence["end"]
    for side in ("source", "target", "location"):
        span = record[side]
        if span is not None:
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"] : span["end"]] == span["text"], (side, span)
    speaker = (record["attribution"] or {}).get("speaker")
    if speaker:
        assert text[speaker["start"] : speaker["end"]] == speaker["text"]


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, date=st.sampled_from([None, "2024-03-01", "1999-12-31"]))
def test_text_pipeline_never_raises_and_offsets_stay_valid(coder, text: str, date: str | None) -> None:
    article = Article(doc_id="fuzz", text=text, date=date)
    (out,) = list(coder.code_articles([article]))
    note_event(f"{out.status.value}: {(out.reason or '').split(':')[0]}")  # --hypothesis-show-statistics
    assert out.status in (Status.CODED, Status.SKIPPED), f"{out.status}: {out.reason}"
    assert out.text == text  # the text as given, never rewritten
    for piece in out.furniture:
        assert 0 <= piece.start <= piece.end <= len(text)
    for event in out.events:
        _check_offsets(text, event.to_record())


SENTENCES = st.lists(
    st.sampled_from(
        [
            "Russian troops attacked Ukrainian positions near Kharkiv on Monday.",
            "The Kenyan police arrested 20 protesters in Nairobi, officials said.",
            "President Biden met Chinese leader Xi Jinping in San Francisco last week.",
            "The UN Security Council condemned the attack, but Russia vetoed the resolution.",
            "Iran will not negotiate with the United States, the foreign minister said on Tuesday.",
            "If the talks fail, Israel may strike Hezbollah positions in southern Lebanon.",
            "Photo: Reuters / John Smith",
            "Read more: Ukraine war latest",
        ]
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences=SENTENCES, glue=st.sampled_from([" ", "\n", "\n\n", "  \n \n"]))
def test_news_like_text_codes_events_with_valid_offsets(coder, sentences: list[str], glue: str) -> None:
    text = glue.join(sentences)
    (out,) = list(coder.code_articles([Article(doc_id="fuzz", text=text, date="2024-03-01")]))
    assert out.status is Status.CODED, out.reason
    for event in out.events:
        _check_offsets(text, event.to_record())


# ---- dictionary readers -------------------------------------------------------------------------

ACTOR_LINES = [
    "UNITED_STATES [USA]", "+AMERICA", "+U.S.", "BARACK_OBAMA", "[USAGOV 090120-170120]", "[USAELI]",
    "[RUSGOV >040309]", "[USRUKR <911224]", "[---]", "    [KENGOV 20130409-20220913]", "# comment",
    "; TABARI comment", "<NOUN>", "</NOUN>", "<ADJECTIVE>", "JOHN_SMITH_ [GBRGOV]", "", "   ",
    "PRESIDENT [~GOV]", "!PERSON! = MAN, WOMAN", "!MINISTER! = MINISTER, SECRETARY", "{PRESIDENTS}",
    "!PERSON! OF DEFENSE [~MIL]", "REBEL {} [~REB]", "[USAGOV 999999-000000]", "[ABC 1301-]", "[]", "[ ",
]  # fmt: skip
VERB_LINES = [
    "---  WARN   [130]  ---", "MEET {MEETS MET MEETING}", "+MEET_WITH", "ACCUSE [112]", "- * (OF {SERIOUS CONSEQUENCES}) [130]  # WARN",
    "- * DOWN [---] # PUT", "- $ * + [043]", "&CURRENCY", "+DOLLAR", "+EURO", "- WILL NOT * [130]", "--- [---] ---", "---",
    "- (ON + ) * [190]", "- * {A B} [999]", "ATTACK", "[190]", "- * [", "- * (", "~~FINISH", "# comment", "",
]  # fmt: skip
PATTERN_LINES = [
    "VERB warn => 130", "VERB warn of=consequence => 130", "VERB call for=&CEASEFIRE => 0256", "VERB visit => 042:043",
    "VERB face obj=pressure source=from => :100", "NOUN sanction => 163", "&CEASEFIRE = ceasefire truce", "VERB x => ---",
    "VERB => 1", "NOUN y z=> 12", "VERB a b=c => 99999", "& = x", "# comment", "", "VERB a target=nowhere => 010",
]  # fmt: skip

noise = st.text(alphabet=" \t_+-[]{}()<>!=~#;&$*:/0123456789ABCXYZabcé\u0000\ufeff", max_size=30)


def _lines(pool: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(st.sampled_from(pool), noise, st.text(max_size=20)), max_size=30)


def _read(reader, lines: list[str], suffix: str, encoding: str = "utf-8") -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes("\n".join(lines).encode(encoding, "surrogatepass"))
        with contextlib.suppress(ConfigError):  # the one refusal allowed: it names the file and line
            reader(path)


FUZZ = settings(max_examples=150, deadline=None, database=None)


@FUZZ
@given(lines=_lines(ACTOR_LINES))
def test_petrarch_and_tabari_actor_readers_raise_only_config_error(lines: list[str]) -> None:
    from communique.actors.formats import parse_actor_lines, parse_agent_lines, read_dictionary_file

    for parse in (parse_actor_lines, parse_agent_lines):
        with contextlib.suppress(ConfigError):
            list(parse(lines, "fuzz"))
    _read(read_dictionary_file, lines, ".actors")
    _read(read_dictionary_file, lines, ".agents")
    _read(read_dictionary_file, lines, ".txt")


@FUZZ
@given(lines=_lines(VERB_LINES))
def test_petrarch_verb_reader_raises_only_config_error(lines: list[str]) -> None:
    from communique.events.load import read_verb_file
    from communique.events.petrarch import read_petrarch_verbs

    _read(read_petrarch_verbs, lines, ".txt")
    _read(read_verb_file, ["---  FUZZ   [010]  ---", *lines], ".txt")


@FUZZ
@given(lines=_lines(PATTERN_LINES))
def test_communique_pattern_reader_raises_only_config_error(lines: list[str]) -> None:
    from communique.events.load import read_verb_file
    from communique.events.patterns import read_patterns

    with contextlib.suppress(ConfigError):
        read_patterns("\n".join(lines), "fuzz")
    _read(read_verb_file, lines, ".txt")


@settings(max_examples=30, deadline=None, database=None)
@given(data=st.binary(max_size=400))
def test_dictionary_readers_on_raw_bytes_raise_only_config_error(data: bytes) -> None:
    from communique.actors.formats import read_dictionary_file
    from communique.events.load import read_verb_file

    with tempfile.TemporaryDirectory() as folder:
        for reader, name in (
            (read_dictionary_file, "x.actors"),
            (read_verb_file, "x.txt"),
            (read_dictionary_file, "x.jsonl"),
        ):
            path = Path(folder) / name
            path.write_bytes(data)
            with contextlib.suppress(ConfigError):
                reader(path)


BROKEN_FILES = [
    ("x.actors", b"\x80\xff UNITED_STATES [USA]\n"),
    ("x.jsonl", b"\x80\n"),  # not UTF-8
    ("x.jsonl", b"[1]\n"),  # JSON, but not an object
    ("x.jsonl", b'"text"\n'),
    ("x.jsonl", b'{"id": 3}\n'),
    ("x.jsonl.gz", b"not gzip at all"),
    ("x.zip", b"not a zip archive"),
    ("verbs.txt", b"\x80 VERB warn => 130\n"),  # not UTF-8
]


def test_broken_dictionary_files_raise_config_error(tmp_path: Path) -> None:
    """Each file here once raised something else (UnicodeDecodeError, AttributeError, BadZipFile...)."""
    from communique.actors.formats import read_dictionary_file
    from communique.events.load import read_verb_file

    escaped = []
    for name, data in BROKEN_FILES:
        path = tmp_path / name
        path.write_bytes(data)
        reader = read_verb_file if name.startswith("verbs") else read_dictionary_file
        try:
            reader(path)
        except ConfigError as exc:
            assert name in str(exc)  # the message names the file
        except Exception as exc:  # noqa: BLE001 - this is what the test looks for
            escaped.append(f"{name} {data[:12]!r}: {type(exc).__name__}: {exc}")
    assert not escaped, "\n".join(escaped)
