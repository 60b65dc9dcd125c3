"""Dictionary readers: PETRARCH and TABARI actor/agent formats, on inline fixtures and the real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.actors.formats import (
    is_agent_file,
    parse_actor_lines,
    parse_agent_lines,
    parse_code_block,
    read_actor_file,
    read_agent_file,
    read_dictionary_file,
)

PETRARCH_ACTORS = """\
# a comment line
NORTHLAND_  [NRL]
+NORTHLANDER_
+REPUBLIC_OF_NORTHLAND_

# two spellings of one leader share the code block below them
MARTA_KOVAL_  # CountryInfo.txt
+PRESIDENT_KOVAL_
MARTHA_KOVAL_
+KOVAL
\t[NRLELI 700101-150310]
\t[NRLGOV 150311-191231]
\t[NRLGOV >20230105]  # re-elected
\t[NRLELI]
NORTHLAND_ARMED_FORCES_
+NORTHLAND_ARMY_
\t[NRLMIL]
LIBERATION_FRONT_OF_THE_SOUTH_ [NRLREB] # one line entry
+FRONT_(LFS)_
BAD_DATE_ [NRLGOV 2004017-20061201] [NRLELI]
"""

TABARI_ACTORS = """\
<NOUN>
LEADER
SHEEP  ;pas 26 Feb 2002
</NOUN>
ARAGORN  [GON] ;  pas 26 apr 03
ALBRIGHT  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001
#ALBRIGHZ  [991201-010114] [---] ; commented out
ENT  [### <890101] [ENT]
"""

PETRARCH_AGENTS = """\
!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY
FISHER!PERSON! [~AGR]
FOREIGN_!MINIST! [~GOV]
POLICE {} [~COP]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL 07 Dec 2001
"""


def test_petrarch_actor_entries_and_dated_roles() -> None:
    entities = {e.id: e for e in parse_actor_lines(PETRARCH_ACTORS.splitlines(), "fixture")}
    assert entities["NORTHLAND"].kind == "country"
    assert "Republic of Northland" in entities["NORTHLAND"].names
    koval = entities["MARTA_KOVAL"]
    assert koval.kind == "person"
    assert "Koval" not in koval.names  # the second root owns "+KOVAL"
    assert entities["MARTHA_KOVAL"].roles == koval.roles
    assert koval.role_at(date(2010, 6, 1))[0].code == "NRLELI"
    assert koval.role_at(date(2016, 6, 1))[0].code == "NRLGOV"
    assert koval.role_at(date(2021, 6, 1))[0].code == "NRLELI"  # between terms: the undated fallback
    assert koval.role_at(date(2024, 6, 1))[0].code == "NRLGOV"
    assert koval.role_at(None)[0].start == date(2023, 1, 5)
    assert entities["NORTHLAND_ARMED_FORCES"].roles[0].code == "NRLMIL"
    front = entities["LIBERATION_FRONT_OF_THE_SOUTH"]
    assert "Front" in front.names and front.roles[0].code == "NRLREB"
    assert [r.code for r in entities["BAD_DATE"].roles] == ["NRLELI"]  # impossible date dropped


def test_tabari_actor_format() -> None:
    entities = {e.id: e for e in parse_actor_lines(TABARI_ACTORS.splitlines(), "fixture")}
    assert "LEADER" not in entities and "SHEEP" not in entities  # <NOUN> block is not actors
    assert "ALBRIGHZ" not in entities
    albright = entities["ALBRIGHT"]
    assert albright.role_at(date(2000, 5, 1))[0].code == "USAGOV"
    assert albright.role_at(date(2005, 5, 1))[0] is None  # [---]: not an actor outside the dates
    assert entities["ENT"].role_at(date(1980, 1, 1))[0] is None
    assert entities["ENT"].role_at(date(1995, 1, 1))[0].code == "ENT"


def test_code_blocks() -> None:
    assert parse_code_block("USAGOV 010120-161231", "x").start == date(2001, 1, 20)
    assert parse_code_block("USAGOV 010120-161231", "x").end == date(2016, 12, 31)
    assert parse_code_block("RUSGOV >19940922", "x").start == date(1994, 9, 22)
    assert parse_code_block("USRUKR <911224", "x").end == date(1991, 12, 24)
    assert parse_code_block("AFGELI 320101-331108", "x").start == date(1932, 1, 1)
    assert parse_code_block("991201-010114", "x") is None


def test_agent_format() -> None:
    agents = {a.id: a for a in parse_agent_lines(PETRARCH_AGENTS.splitlines(), "fixture")}
    assert {"FISHERMAN", "FISHERMEN", "FISHERWOMAN"} <= set(agents["FISHERMAN"].names)
    assert agents["FISHERMAN"].sectors == ("AGR",)
    assert {"FOREIGN MINISTER", "FOREIGN MINISTERS", "FOREIGN MINISTRY", "FOREIGN MINISTRIES"} <= set(
        agents["FOREIGN_MINISTER"].names
    )
    assert agents["POLICE"].names == ("POLICE",)  # {}: no plural
    assert "CHAMBERS OF COMMERCE" in agents["CHAMBER_OF_COMMERCE"].names
    assert agents["HUMAN_RIGHTS_BODY"].agent_first


def test_sniffing_and_dispatch(tmp_path: Path) -> None:
    actors = tmp_path / "mine.actors.txt"
    actors.write_text(PETRARCH_ACTORS, encoding="utf-8")
    agents = tmp_path / "mine.agents.txt"
    agents.write_text(PETRARCH_AGENTS, encoding="utf-8")
    assert not is_agent_file(actors) and is_agent_file(agents)
    assert read_dictionary_file(actors)[0] and not read_dictionary_file(actors)[1]
    assert read_dictionary_file(agents)[1] and not read_dictionary_file(agents)[0]


def test_real_phoenix_files(shared_data: Path) -> None:
    folder = shared_data / "petrarch2" / "petrarch2" / "dictionaries"
    if not folder.is_dir():
        pytest.skip("Phoenix dictionaries not present")
    countries = {e.id: e for e in read_actor_file(folder / "Phoenix.Countries.actors.txt")}
    assert len(countries) > 10_000
    putin = countries["VLADIMIR_PUTIN"]
    assert putin.role_at(date(1985, 1, 1))[0].code == "RUSELI"
    assert putin.role_at(date(2014, 1, 1))[0].code == "RUSGOV"
    biden = countries["JOE_BIDEN"]
    assert biden.role_at(date(2012, 1, 1))[0].code == "USAGOV"
    international = {e.id: e for e in read_actor_file(folder / "Phoenix.International.actors.txt")}
    assert international["NATO"].roles[0].code == "IGOWSTNAT"
    agents = read_agent_file(folder / "Phoenix.agents.txt")
    assert any("PROTESTERS" in a.names and a.sectors == ("OPP",) for a in agents)


def test_real_tabari_files(shared_data: Path) -> None:
    tabari = shared_data / "petrarch2" / "TABARI"
    if not tabari.is_dir():
        pytest.skip("TABARI files not present")
    demo = {e.id: e for e in read_actor_file(tabari / "TABARI.Demo.actors")}
    assert demo["ALBRIGHT"].role_at(date(2000, 1, 1))[0].code == "USAGOV"
    validate_agents = read_agent_file(tabari / "Validate.agents")
    assert any(
        a.id == "FOREIGN_MINISTER" and a.sectors == ("GOV", "FRM") or a.id == "POLICE"
        for a in validate_agents
    )
    folder = shared_data / "petrarch2" / "TABARI-Dictionaries"
    for name in (
        "CAMEO.RCS.120521.actors",
        "Internatnl.120521.actors",
        "Levant.080629.actors",
        "CountryInfo.120116.actors.zip",
    ):
        entities, agents = read_dictionary_file(folder / name)
        assert entities and not agents, name
    entities, agents = read_dictionary_file(folder / "PSU.120522.agents")
    assert agents and not entities


def test_xml_comments_are_skipped_not_read_as_blocks() -> None:
    from communique.actors.formats import parse_actor_lines, parse_agent_lines

    lines = [
        "<!-- PETRARCH VALIDATION SUITE ACTORS DICTIONARY\n",
        "     spread over two lines -->\n",
        "ARNOLDIA_  [ABC]\n",
        "<!-- one-line comment --> \n",
        "+ARNOLDIAN_\n",
    ]
    [entity] = list(parse_actor_lines(lines, "inline"))
    assert entity.roles[0].code == "ABC"
    agents = list(parse_agent_lines(["<!-- agents -->\n", "SOLDIER [~MIL]\n"], "inline"))
    assert [a.code for a in agents] == ["~MIL"] or agents


def test_hand_typed_comment_opener_does_not_hide_later_entries() -> None:
    from communique.actors.formats import parse_actor_lines

    lines = [
        "FIRSTLAND  [FST]\n",
        "<! -- entries for the second test block -->\n",
        "SECONDLAND  [SND]\n",
        "\tSECOND_TOWN  [SNDGOV]\n",
        "THIRDLAND  [TRD]\n",
    ]
    codes = {e.id: e.roles[0].code for e in parse_actor_lines(lines, "inline")}
    assert codes["FIRSTLAND"] == "FST"
    assert codes["SECONDLAND"] == "SND" and codes["THIRDLAND"] == "TRD"
