"""The CAMEO code table, communique's pattern format, and the PETRARCH verb-dictionary reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import ConfigError
from communique.events.codes import load_cameo_codes, quad_class_of_root
from communique.events.frames import best_match
from communique.events.load import build_coder, load_linear, read_verb_file, shipped_patterns
from communique.events.patterns import NOUN, VERB, merge, read_patterns, write_patterns
from communique.events.petrarch import read_petrarch_verbs

PETRARCH_SAMPLE = """\
####### SYNONYM SETS #######

&FIGHT
+BATTLE
+CLASH_

####### VERB PATTERNS #######

---  WARN   [130]  ---
CAUTION
WARN
- * (OF {SEVERE REPRISALS})                          [138]         # WARN
- * &FIGHT                                           [110]         # CAUTION

---  ARRANGE   [---]  ---
PUT {PUTS PUTTING }
STAGE
- * (ON ALERT)                                       [152]         # PUT
- * PROTEST                                          [141]         # STAGE

---  VISIT   [042:043]  ---
VISIT
- * CALLS                                            [:020]        # VISIT

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_code_table_has_every_root_and_the_codebook_values():
    codes = load_cameo_codes()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(codes.table)
    assert codes.name("1312").startswith("Threaten with sanctions")
    assert (codes.goldstein("1312"), codes.quad_class("1312")) == (-5.8, 3)
    assert codes.quad_class("195") == 4 and codes.quad_class("057") == 1
    assert len(codes.table) == 318


def test_goldstein_falls_back_to_the_parent_code():
    codes = load_cameo_codes()
    assert codes.info("1213").goldstein is None
    assert codes.goldstein("1213") == codes.goldstein("121")


def test_unknown_code_is_a_config_error():
    with pytest.raises(ConfigError):
        load_cameo_codes().name("999")


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4)])
def test_quad_class_by_root(root, quad):
    assert quad_class_of_root(root) == quad


def test_own_format_reads_synsets_slots_reverse_and_blocks():
    text = """
    &TRUCE = truce ceasefire cease_fire
    VERB call for=&TRUCE => 0256   # an appeal
    VERB visit => 042:043
    VERB face obj=pressure source=from => :100
    VERB hold => ---
    NOUN summit => 040
    """
    patterns = read_patterns(text, "mine.txt")
    call = patterns.lookup(VERB, "call")[0]
    assert (call.code, call.constraints[0].slot, call.constraints[0].words) == ("0256", "for", ("&TRUCE",))
    assert patterns.expand("&TRUCE") == {("truce",), ("ceasefire",), ("cease", "fire")}
    assert patterns.lookup(VERB, "visit")[0].reverse == "043"
    face = patterns.lookup(VERB, "face")[0]
    assert (face.code, face.reverse, face.source_slot) == (None, "100", "from")
    assert patterns.lookup(VERB, "hold")[0].code is None
    assert patterns.lookup(NOUN, "summit")[0].code == "040"
    assert call.origin == "mine.txt:3"


@pytest.mark.parametrize("line", ["VERB warn 130", "ADJ big => 010", "VERB warn => 13x", "VERB warn of => 130"])
def test_own_format_rejects_malformed_lines(line):
    with pytest.raises(ConfigError):
        read_patterns(line, "bad.txt")


def test_write_then_read_keeps_the_patterns(tmp_path: Path):
    patterns = read_patterns("&X = a b_c\nVERB call for=&X+d target=to => 0256:---\nNOUN talk => 046:046\n", "in")
    out = tmp_path / "out.txt"
    write_patterns(patterns, out, header="# header")
    again = read_patterns(out.read_text(encoding="utf-8"), "out")
    assert [p.render() for p in again.patterns] == [p.render() for p in patterns.patterns]
    assert again.synsets == patterns.synsets


def test_earlier_files_win_ties():
    mine = read_patterns("VERB warn => 111\n", "mine")
    merged = merge([mine, shipped_patterns()])
    assert merged.lookup(VERB, "warn")[-1].code == "111" or any(
        p.code == "111" and not p.constraints for p in merged.lookup(VERB, "warn")
    )
    defaults = [p for p in merged.lookup(VERB, "warn") if not p.constraints]
    assert defaults[0].code == "111"


def test_petrarch_reader(tmp_path: Path):
    path = tmp_path / "verbs.txt"
    path.write_text(PETRARCH_SAMPLE, encoding="utf-8")
    patterns = read_petrarch_verbs(path)
    assert patterns.synsets["FIGHT"] == {("battle",), ("clash",)}
    rendered = {p.render() for p in patterns.patterns}
    # Block default for every verb; a pattern stays with the verb its comment names.
    assert {"VERB warn => 130", "VERB caution => 130"} <= rendered
    assert {"VERB warn of=severe+reprisals => 138", "VERB caution obj=&FIGHT => 110"} <= rendered
    assert "VERB warn obj=&FIGHT => 110" not in rendered
    assert "VERB put on=alert => 152" in rendered and "VERB stage on=alert => 152" not in rendered
    assert "VERB stage obj=protest => 141" in rendered
    # Paired and reverse-only codes.
    assert "VERB visit => 042:043" in rendered and "VERB visit obj=calls => :020" in rendered


def test_user_petrarch_file_is_detected_and_used_first(tmp_path: Path, make_doc):
    path = tmp_path / "verbs.txt"
    path.write_text(PETRARCH_SAMPLE.replace("CAUTION\n", "CAUTION\nADMONISH\n"), encoding="utf-8")
    assert read_verb_file(path).lookup(VERB, "admonish")
    coder = build_coder([path])
    doc = make_doc("Japan admonished China.", {"Japan": "JPN", "China": "CHN"})
    (event,) = coder.code_doc(doc)
    assert (event.source.code, event.code, event.target.code) == ("JPN", "130", "CHN")
    assert event.rule.startswith("verbs.txt:")


def test_own_pattern_file_changes_the_code(tmp_path: Path, make_doc):
    path = tmp_path / "mine.txt"
    path.write_text("VERB snub => 125\n", encoding="utf-8")
    doc = make_doc("Japan snubbed China.", {"Japan": "JPN", "China": "CHN"})
    assert [e.code for e in build_coder().code_doc(doc)] == ["111"]  # PETRARCH: criticize
    (event,) = build_coder([path]).code_doc(doc)
    assert (event.code, event.rule) == ("125", "mine.txt:1")


def test_shipped_false_codes_with_the_users_patterns_alone(tmp_path: Path, make_doc, spacy_nlp):
    path = tmp_path / "mine.txt"
    path.write_text("VERB snub => 125\n", encoding="utf-8")
    doc = make_doc("Japan snubbed China and criticized Korea.", {"Japan": "JPN", "China": "CHN", "Korea": "KOR"})
    assert {e.code for e in build_coder([path], shipped=False).code_doc(doc)} == {"125"}
    assert {e.code for e in build_coder([path]).code_doc(doc)} == {"125", "111"}
    assert build_coder([], shipped=False).code_doc(doc) == []
    # The spaCy factory takes the same switch.
    import communique.events.component  # noqa: F401 - registers the factory

    pipe = spacy_nlp.create_pipe("cameo_events", config={"extra_patterns": [str(path)], "shipped": False})
    assert {e.code for e in pipe(doc)._.events} == {"125"}


def test_pattern_slots_match_the_dependency_parse(spacy_nlp):
    patterns = shipped_patterns()
    doc = spacy_nlp("The minister warned of serious consequences.")
    match = best_match(doc[2], VERB, patterns)
    assert match is not None and match.pattern.code == "130"
    assert {c.slot for c in match.pattern.constraints} == {"of"}


def test_shipped_patterns_cover_all_twenty_roots():
    codes = {p.code[:2] for p in shipped_patterns().patterns if p.code}
    assert {f"{r:02d}" for r in range(1, 21)} <= codes


TABARI_SAMPLE = """\
<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC
</SYNSETS>
<TIME>
YESTERDAY [-1]
</TIME>
ABANDON  [345] ;pas 15 Jul 2003
- * &TIETYPES TIES [902]; -PAS 12.01.12
- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]
- IN_ *  [075A]
"""


def test_tabari_verb_file_goes_to_the_word_order_matcher_not_to_patterns(tmp_path: Path):
    path = tmp_path / "demo.verbs"
    path.write_text(TABARI_SAMPLE, encoding="utf-8")
    with pytest.raises(ConfigError, match="TABARI verb dictionary"):
        read_verb_file(path)
    dictionary = load_linear([path])
    assert dictionary is not None
    assert [verb.name for verb in dictionary.verbs] == ["ABANDON"]
    assert sorted(pattern.outcome.code or "" for pattern in dictionary.verbs[0].patterns) == ["075A", "111", "902"]
