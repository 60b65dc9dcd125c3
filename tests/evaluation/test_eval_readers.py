"""Gold readers on small fixtures written here in each format, and on the real files when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.errors import InputError
from communique.evaluation import guess_kind, read_gold
from communique.evaluation.gold import GoldEvent
from communique.evaluation.readers import locate
from communique.evaluation.readers_petrarch import dictionaries_for

# PETR2_GSR style: the <Sentence .../> tag closes itself and </Sentence> follows anyway (not XML).
PETRARCH_GSR_STYLE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a header with <EventCoding...> in prose, before the records
<Environment>
    <Verbfile>CAMEO.2.0.txt</Verbfile>
    <Actorfile>Missing.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence category="TEST" date="20150609" id="T1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHE" />
<EventCoding eventcode="042" sourcecode="RUSGOV" targetcode="CHE" />
<Text>
The American and Russian envoys travelled to
Bern on Monday.
</Text>
<Parse>
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
</Parse></Sentence>

<Sentence category="TEST" date="121108" id="T2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Nobody said anything about Chile &amp; Peru.
</Text>
</Sentence>

<Sentence category="TEST" date="20150609" id="T3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="---" />
<Text>
</Text>
<Parse>

1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tfought\tfight\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
</Parse></Sentence>

<Sentence category="TEST" date="20150609" id="T4" evaluate="false"/>
<EventCoding eventcode="010" sourcecode="USA" targetcode="FRA" />
<Text>
Not evaluated.
</Text>
</Sentence>
</Sentences>
</Validation>
"""

# PETRARCH-1 unit-test style: well-formed, comments, single-quoted attributes, an error record.
PETRARCH_UNIT_STYLE = """<Validation>
<!-- <Sentence id="IN-A-COMMENT"> must not be read -->
<Environment><Verbfile>My.verbs.txt</Verbfile><Actorfile>My.actors.txt</Actorfile></Environment>
<Sentences>
<Sentence date = "19950101" id ="U1" category="DEMO" valid="true">
<EventCoding sourcecode="ARN" targetcode='"THE OLD KINGS"' eventcode="064"></EventCoding>
<Text>
Arnor will restore ties with the old kings.
</Text>
</Sentence>
<Sentence date="19950101" id="U2" category="ERROR" valid="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor greets Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="U3" category="DEMO" valid="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Skipped.</Text>
</Sentence>
<Sentence date="19950101" id="U4" category="DEMO" valid="true">
<Text>A parsed sample with no expectations.</Text>
</Sentence>
</Sentences>
</Validation>
"""

TABARI_TEXT = """
##################################################################
#   A TABARI validation file written for these tests
##################################################################

950101  OPT-01
An option record.
/*\\n{ OPTION: SET: TIME SHIFT = FALSE } */

950103  PAIR-01
Northland's foreign minister left for
Southland on Wednesday. /*
\\n[Paired events]
\\n{ NOR / SOU / 032 } 950103
\\n{  SOU /  NOR /  033 } (RECEIVE) */

950104  NONE-01
Northland thought about it.
/*\\n{ --- } */

950104  AGENT-01
Rebels greeted Northland.
/*\\n{ ~REB / NOR / 041 } */

950105  OFF-01
Switched off in the suite.
/*\\n-{ NOR / SOU / 064 } */

950106  PART-01
Everyone welcomed everyone.
/*\\n{ NOR / SOU / 041 }
\\n-{ --- / --- / 000 } */
"""

JSONL_GOLD = "\n".join(
    [
        "# a comment line",
        json.dumps(
            {
                "id": "warn-1",
                "date": "2022-01-21",
                "text": "The minister warned Ruritania that it would face sanctions.",
                "events": [{"source": "FRAGOV", "target": "RUR", "code": "1312"}],
                "actors": [{"text": "Ruritania", "code": "RUR", "role": "target"}],
            }
        ),
        "",
        json.dumps({"id": "neg-1", "text": "Ruritania poses no threat to anyone.", "events": []}),
        json.dumps(
            {
                "text": "Ruritania and Ruritania again.",
                "actors": [{"text": "Ruritania", "code": "rur", "start": 14}],
            }
        ),
    ]
)


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_petrarch_gsr_style_records(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, "gsr.xml", PETRARCH_GSR_STYLE))
    assert gold.kind == "petrarch"
    assert [item.item_id for item in gold.items] == ["T1", "T2", "T3"]
    assert gold.skipped == (("T4", "marked not valid"),)
    first, second, third = gold.items
    # Wrapped lines are joined: the pipeline would otherwise break the sentence at the newline.
    assert first.text == "The American and Russian envoys travelled to Bern on Monday."
    assert first.date == "2015-06-09"
    assert first.events == (GoldEvent("USAGOV", "CHE", "042"), GoldEvent("RUSGOV", "CHE", "042"))
    assert [(a.code, a.role) for a in first.actors] == [
        ("USAGOV", "source"),
        ("CHE", "target"),
        ("RUSGOV", "source"),
        ("CHE", "target"),
    ]
    assert second.events == () and second.date == "2012-11-08"
    assert second.text == "Nobody said anything about Chile & Peru."
    # An empty <Text> is rebuilt from the CoNLL-U parse, honouring SpaceAfter=No.
    assert third.text == "Rebels fought."
    assert third.events == (GoldEvent("---REB", "---", "190"),)


def test_petrarch_unit_test_style_records(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, "unit.xml", PETRARCH_UNIT_STYLE))
    assert [item.item_id for item in gold.items] == ["U1", "U2"]
    assert gold.items[0].events == (GoldEvent("ARN", "THEOLDKINGS", "064"),)
    assert gold.items[1].events == () and gold.items[1].note.startswith("expected error")
    assert gold.skipped == (("U3", "marked not valid"), ("U4", "no <EventCoding>"))


def test_petrarch_dictionaries_beside_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "unit.xml", PETRARCH_UNIT_STYLE)
    write(tmp_path, "My.verbs.txt", "")
    found = dictionaries_for(path, "petrarch")
    assert found.verbs == (tmp_path / "My.verbs.txt",)
    assert found.actors == ()  # named but absent: the shipped dictionaries are used instead
    # PETRARCH's layout: records in data/text/, dictionaries in data/dictionaries/.
    (tmp_path / "text").mkdir()
    (tmp_path / "dictionaries").mkdir()
    nested = write(tmp_path / "text", "unit.xml", PETRARCH_UNIT_STYLE)
    write(tmp_path / "dictionaries", "My.actors.txt", "")
    assert dictionaries_for(nested, "petrarch").actors == (tmp_path / "dictionaries" / "My.actors.txt",)


def test_tabari_records(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, "Suite.text", TABARI_TEXT))
    assert gold.kind == "tabari"
    by_id = {item.item_id: item for item in gold.items}
    assert sorted(by_id) == ["AGENT-01", "NONE-01", "PAIR-01"]
    pair = by_id["PAIR-01"]
    assert pair.text == "Northland's foreign minister left for Southland on Wednesday."
    assert pair.date == "1995-01-03"
    assert pair.events == (GoldEvent("NOR", "SOU", "032"), GoldEvent("SOU", "NOR", "033"))
    assert by_id["NONE-01"].events == ()
    assert by_id["AGENT-01"].events == (GoldEvent("---REB", "NOR", "041"),)
    reasons = dict(gold.skipped)
    assert reasons == {
        "OPT-01": "option record",
        "OFF-01": "no expected events given",
        "PART-01": "expected list marked incomplete",
    }


def test_tabari_dictionaries_from_the_project_file(tmp_path: Path) -> None:
    path = write(tmp_path, "Suite.text", TABARI_TEXT)
    write(
        tmp_path,
        "Suite.project",
        "Suite\n<actorsfile> Demo.actors\n<verbsfile>\tDemo.verbs\n<textfile> Suite.text\n",
    )
    write(tmp_path, "Demo.actors", "NORTHLAND [NOR]\n")
    write(tmp_path, "Demo.verbs", "")
    found = dictionaries_for(path, "tabari")
    assert found.actors == (tmp_path / "Demo.actors",)
    assert found.verbs == (tmp_path / "Demo.verbs",)


def test_jsonl_gold(tmp_path: Path) -> None:
    gold = read_gold(write(tmp_path, "mine.jsonl", JSONL_GOLD))
    assert gold.kind == "jsonl"
    warn, negated, actors_only = gold.items
    assert warn.item_id == "warn-1" and warn.date == "2022-01-21"
    assert warn.events == (GoldEvent("FRAGOV", "RUR", "1312"),)
    assert warn.actors[0].start == warn.text.index("Ruritania") and warn.actors[0].role == "target"
    assert negated.events == ()
    assert actors_only.events is None  # no "events" key: an actor-only line
    assert actors_only.item_id == "line-5"
    assert (actors_only.actors[0].start, actors_only.actors[0].code) == (14, "RUR")


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"events": []}', '"text"'),
        ('{"text": "A b.", "events": [{"source": "USA"}]}', '"code"'),
        ('{"text": "A b.", "actors": [{"text": "Zed", "code": "USA"}]}', "not found"),
        ('{"text": "A b.", "date": "yesterday"}', "YYYY-MM-DD"),
        ("{not json", "not a JSON object"),
    ],
)
def test_jsonl_errors_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, "bad.jsonl", '{"text": "Fine."}\n' + line + "\n")
    with pytest.raises(InputError, match=message) as caught:
        read_gold(path, "jsonl")
    assert "bad.jsonl:2" in str(caught.value)


def test_codebook_examples(tmp_path: Path) -> None:
    codes = [
        {"code": "04", "root": "04", "examples": []},
        {"code": "042", "root": "04", "examples": ["Ruritania's king went to\nFreedonia.", "Another visit."]},
    ]
    gold = read_gold(write(tmp_path, "codes.json", json.dumps(codes)))
    assert gold.kind == "codebook"
    assert [(i.item_id, i.text) for i in gold.items] == [
        ("cameo-042-0", "Ruritania's king went to Freedonia."),
        ("cameo-042-1", "Another visit."),
    ]
    assert gold.items[0].events == (GoldEvent(None, None, "042"),)


def test_plover_records_group_by_sentence(tmp_path: Path) -> None:
    text = "Ruritanian and Freedonian officials agreed to meet Sylvanian rebels."
    records = [
        {
            "id": "P-1",
            "date": "2000-01-01",
            "event": "AGREE",
            "text": text,
            "textInfo": {"markup": "..."},
            "source": [
                {"actorText": "Ruritanian", "code": "RUR", "sector": "GOV"},
                {"actorText": "Freedonian  officials", "code": "FRE", "sector": "***"},
            ],
            "target": [{"actorText": "Sylvanian ... rebels", "code": "SYL", "sector": "REBxyz"}],
            "cameo_code": "036",
            "event_plover_v2": "AGREE",
        },
        {"id": "P-2", "event": "CONSULT", "text": text, "source": "", "cameo_code": "040"},
    ]
    path = write(tmp_path, "gold.jsonl", "\n".join(json.dumps(r) for r in records))
    write(
        tmp_path,
        "cameo_to_plover.json",
        json.dumps({"mappings": [{"cameo_code": "036", "plover_event": "AGREE"}]}),
    )
    gold = read_gold(path)
    assert gold.kind == "plover"
    (item,) = gold.items
    assert item.events == (
        GoldEvent("RURGOV", "SYLREB", "036", "AGREE"),
        GoldEvent("FRE", "SYLREB", "036", "AGREE"),
        GoldEvent("---", "---", "040", "CONSULT"),
    )
    spans = {actor.code: text[actor.start : actor.end] for actor in item.actors if actor.start is not None}
    assert spans == {"RURGOV": "Ruritanian", "FRE": "Freedonian officials", "SYLREB": "Sylvanian"}
    assert gold.plover_map == {"036": "AGREE"}


def test_plover_reciprocal_actors_act_on_each_other(tmp_path: Path) -> None:
    record = {
        "id": "P-9",
        "event": "AGREE",
        "text": "Ruritania and Freedonia agreed to hold joint exercises.",
        "textInfo": {
            "markup": "(SRC/TAR: Ruritania) and (SRC/TAR: Freedonia) (EVT: agreed) to hold joint exercises."
        },
        "source": [{"actorText": "Ruritania", "code": "RUR"}, {"actorText": "Freedonia", "code": "FRE"}],
        "cameo_code": "0312",
    }
    (item,) = read_gold(write(tmp_path, "gold.jsonl", json.dumps(record)), "plover").items
    assert item.events == (GoldEvent("RUR", "FRE", "0312", "AGREE"), GoldEvent("FRE", "RUR", "0312", "AGREE"))
    assert {actor.role for actor in item.actors} == {"both"}


def test_locate_elided_actor_text() -> None:
    text = "U.S. and Russian negotiators return to Geneva."
    assert locate(text, "U.S. ... negotiators") == (text.index("negotiators"), text.index("negotiators") + 11)
    assert locate(text, " russian ") == (9, 16)
    assert locate(text, "Chinese") is None


def test_conflibert_folder_joins_classes_and_spans(tmp_path: Path) -> None:
    (tmp_path / "cameo_class").mkdir()
    (tmp_path / "cameo_ner").mkdir()
    write(
        tmp_path / "cameo_class",
        "test.tsv",
        "Ruritania’s army shelled Freedonia.\t4\nBoth sides met in Geneva.\t1\n",
    )
    ner = (
        "Ruritania B-S\n’ I-S\ns I-S\narmy I-S\nshelled O\nFreedonia B-T\n. O\n\n"
        "Both B-R\nsides I-R\nmet O\nin O\nGeneva O\n. O\n"
    )
    write(tmp_path / "cameo_ner", "test.txt", ner)
    assert guess_kind(tmp_path) == "conflibert"
    gold = read_gold(tmp_path)
    first, second = gold.items
    assert (first.penta, second.penta) == (4, 1)
    assert first.events is None
    assert [(a.role, a.text) for a in first.actors] == [
        ("source", "Ruritania’s army"),
        ("target", "Freedonia"),
    ]
    assert [(a.role, a.text) for a in second.actors] == [("both", "Both sides")]


def test_guess_kind_refuses_unknown_content(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot tell"):
        guess_kind(write(tmp_path, "notes.txt", "just some notes\nwith words in them here\n"))
    with pytest.raises(InputError, match="does not exist"):
        read_gold(tmp_path / "missing.jsonl")
    with pytest.raises(InputError, match="unknown gold kind"):
        read_gold(write(tmp_path, "x.jsonl", '{"text": "a"}'), "yaml")


# ------------------------------------------------------------------ the real files, when present


@pytest.mark.parametrize(
    "relative, kind, items, events",
    [
        ("petrarch2/UniversalPetrarch/text/PETR2_GSR_validation.xml", "petrarch", 78, 80),
        ("petrarch2/petrarch1_validate_era/PETR.UnitTest.records.xml", "petrarch", 275, 349),
        ("cameo/cameo_codes.json", "codebook", 386, 386),
        ("plover/gold/PLOVER_GSR_CAMEO.with_cameo_codes.jsonl", "plover", 316, None),
        ("plover/gold/PLOVER_GSR_CAMEO.txt", "plover", 316, None),
        ("conflibert_cameo", "conflibert", 451, None),
    ],
)
def test_real_gold_files(shared_data: Path, relative: str, kind: str, items: int, events: int | None) -> None:
    path = shared_data / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    gold = read_gold(path)
    assert gold.kind == kind
    assert len(gold.items) == items
    if events is not None:
        assert sum(len(item.events or ()) for item in gold.items) == events
    assert all(item.text.strip() and "\n" not in item.text for item in gold.items)


def test_real_tabari_suite(shared_data: Path) -> None:
    path = shared_data / "petrarch2/TABARI/Validate.text"
    if not path.exists():
        pytest.skip(f"{path} not present")
    gold = read_gold(path)
    assert gold.kind == "tabari"
    by_id = {item.item_id: item for item in gold.items}
    assert by_id["DEMO-01"].events == (GoldEvent("ARN", "GON", "064"),)
    assert by_id["DEMO-04"].events == (GoldEvent("DAG", "GON", "032"), GoldEvent("GON", "DAG", "033"))
    assert by_id["VERBEND-01c"].events == ()
    assert "COMPOUND-07" not in by_id
    found = dictionaries_for(path, "tabari")
    assert [p.name for p in found.actors + found.verbs + found.agents] == [
        "TABARI.Demo.actors",
        "TABARI.Demo.verbs",
        "Validate.agents",
    ]


def test_real_plover_actor_spans(shared_data: Path) -> None:
    path = shared_data / "plover/gold/PLOVER_GSR_CAMEO.with_cameo_codes.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    gold = read_gold(path)
    actors = [actor for item in gold.items for actor in item.actors]
    located = [actor for actor in actors if actor.start is not None]
    # Nearly every annotator span is found in its sentence (elided spans by their longest piece).
    assert len(located) / len(actors) > 0.97
    assert gold.plover_map["1712"] == "ASSAULT"


def test_tabari_suite_dictionaries_load_through_the_actor_readers(shared_data: Path) -> None:
    """The TABARI suite's own actors and agents are read by the project's dictionary readers
    (the evaluation hands them to the coder through the `actors` setting)."""
    from communique.actors.formats import read_dictionary_file

    path = shared_data / "petrarch2/TABARI/Validate.text"
    if not path.exists():
        pytest.skip(f"{path} not present")
    found = dictionaries_for(path, "tabari")
    (actors_file,) = found.actors
    (agents_file,) = found.agents
    entities, _ = read_dictionary_file(actors_file)
    _, agents = read_dictionary_file(agents_file)
    assert any(role.code == "ARN" for entity in entities for role in entity.roles)
    assert any(agent.code == "~OPP" for agent in agents)


def write_suite(tmp_path: Path) -> Path:
    """A TABARI suite: its text and a project file naming (empty) actors, verbs and agents beside it."""
    path = write(tmp_path, "Suite.text", TABARI_TEXT)
    write(
        tmp_path,
        "Suite.project",
        "<actorsfile> Demo.actors\n<verbsfile> Demo.verbs\n<agentsfile> Demo.agents\n<textfile> Suite.text\n",
    )
    for name in ("Demo.actors", "Demo.verbs", "Demo.agents"):
        write(tmp_path, name, "")
    return path


def test_settings_for_gold_adds_the_suite_dictionaries(tmp_path: Path) -> None:
    from communique.config import Settings
    from communique.evaluation import settings_for_gold

    path = write_suite(tmp_path)
    mine = Settings(actors=(Path("mine.jsonl"),))
    settings = settings_for_gold(path, mine)
    assert settings.actors == (Path("mine.jsonl"), tmp_path / "Demo.actors", tmp_path / "Demo.agents")
    assert settings.verbs == (tmp_path / "Demo.verbs",)
    # A gold file that names no dictionaries beside it leaves the settings alone.
    jsonl = write(tmp_path, "gold.jsonl", '{"text": "A."}\n')
    assert settings_for_gold(jsonl, mine) is mine


def test_a_suite_with_its_own_world_codes_with_its_dictionaries_alone(tmp_path: Path) -> None:
    """TABARI's suite brings actors, agents and verbs: neither shipped actors nor shipped verb
    patterns may code its sentences (its "[---]" verbs code nothing on purpose)."""
    from communique.config import Settings
    from communique.evaluation import settings_for_gold

    path = write_suite(tmp_path)
    settings = settings_for_gold(path, Settings())
    assert not settings.shipped_dictionaries and not settings.shipped_verbs
    # Without its own verbs, a suite keeps the shipped patterns.
    (tmp_path / "Demo.verbs").unlink()
    settings = settings_for_gold(path, Settings())
    assert not settings.shipped_dictionaries and settings.shipped_verbs
