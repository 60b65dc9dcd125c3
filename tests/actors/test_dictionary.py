"""Dated roles, priority merging and the JSON Lines format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from communique.actors.dictionary import (
    Entity,
    Role,
    code_country,
    code_sectors,
    entity_from_record,
    entity_record,
    merge,
    parse_day,
    read_jsonl,
)
from communique.errors import ConfigError

ISO3 = frozenset({"USA", "RUS", "UKR"})


def test_partial_dates() -> None:
    assert parse_day("2008-08") == date(2008, 8, 1)
    assert parse_day("2008-08", end=True) == date(2008, 8, 31)
    assert parse_day("2024", end=True) == date(2024, 12, 31)
    assert parse_day(None) is None


def test_role_selection_by_date() -> None:
    record = {
        "id": "JANE_ROE",
        "name": "Jane Roe",
        "kind": "person",
        "names": ["Jane Roe"],
        "roles": [
            {"code": "USALEG", "from": "1990-01-03", "to": "2009-01-15", "title": "Senator"},
            {"code": "USAGOV", "from": "2021-01-20", "to": "2025-01-20", "title": "President"},
        ],
    }
    jane = entity_from_record(record, "test")
    assert jane.role_at(date(2005, 3, 1))[0].code == "USALEG"
    assert jane.role_at(date(2022, 3, 1))[0].code == "USAGOV"
    assert jane.role_at(None)[0].code == "USAGOV"  # no date: the latest role
    role, why = jane.role_at(date(2015, 1, 1))
    assert role is not None and role.code == "USA" and "nearest" in why  # out of office: country only


def test_higher_priority_dated_roles_override_overlapping_ones() -> None:
    stale = Entity(
        "JANE_ROE",
        "Jane Roe",
        "person",
        ("Jane Roe", "Roe"),
        (
            Role("USAGOV", start=date(2009, 1, 20)),  # open-ended, from an old dictionary
            Role("USAELI"),
        ),
    )
    update = Entity(
        "JANE_ROE",
        "Jane Roe",
        "person",
        ("Jane Q. Roe",),
        (Role("USAGOV", start=date(2009, 1, 20), end=date(2017, 1, 20)),),
    )
    merged = merge([([update], []), ([stale], [])]).entities[0]
    assert merged.names == ("Jane Q. Roe", "Jane Roe", "Roe")
    assert merged.role_at(date(2019, 1, 1))[0].code == "USAELI"
    assert merged.role_at(date(2012, 1, 1))[0].code == "USAGOV"


def test_codes_to_country_and_sectors() -> None:
    assert code_country("USAGOV", ISO3) == "USA"
    assert code_country("IGOWSTNAT", ISO3) is None
    assert code_sectors("UKRMIL", ISO3) == ("MIL",)
    assert code_sectors("USAGOVLEG", ISO3) == ("GOV", "LEG")
    assert code_sectors("GBRMED", ISO3 | {"GBR"}) == ("MED",)


def test_jsonl_round_trip_and_errors(tmp_path: Path) -> None:
    record = {
        "id": "ANTONY_BLINKEN",
        "name": "Antony Blinken",
        "kind": "person",
        "names": ["Tony Blinken"],
        "roles": [
            {"code": "USAGOV", "from": "2021-01-26", "to": "2025-01-20", "source": "sworn in 2021-01-26"}
        ],
    }
    path = tmp_path / "mine.jsonl"
    path.write_text(
        json.dumps(record) + "\n" + json.dumps({"id": "SPY", "agent": "~SPY", "names": ["spy"]}) + "\n"
    )
    entities, agents = read_jsonl(path)
    assert entity_record(entities[0])["roles"] == record["roles"]
    assert entities[0].names == ("Antony Blinken", "Tony Blinken")
    assert agents[0].sectors == ("SPY",)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "X", "kind": "planet", "roles": []}\n')
    with pytest.raises(ConfigError, match="bad.jsonl:1"):
        read_jsonl(bad)


def test_same_person_under_two_ids_is_merged() -> None:
    update = Entity(
        "SERGEI_ROE",
        "Sergei Roe",
        "person",
        ("Sergei Roe", "Sergey Roe"),
        (Role("RUSGOV", start=date(2004, 3, 9)),),
    )
    old = Entity(
        "SERGEY_ROE",
        "Sergey Roe",
        "person",
        ("Sergey Roe", "Roe"),
        (Role("RUSGOV", start=date(1999, 1, 1)), Role("RUSELI")),
    )
    namesake = Entity("SERGEY_ROE_2", "Sergey Roe", "person", ("Sergey Roe",), (Role("CANBUS"),))
    merged = merge([([update], []), ([old, namesake], [])])
    assert [e.id for e in merged.entities] == ["SERGEI_ROE", "SERGEY_ROE_2"]
    assert "Roe" in merged.entities[0].names
    assert merged.entities[0].role_at(date(2001, 1, 1))[0].code == "RUSELI"
