"""Validation of the hand-written officials dictionary (src/communique/data/actors/officials.jsonl).

The file brings the PETRARCH/Phoenix actor dictionaries past 2016: one person per JSON line with
dated CAMEO roles.  These tests read the file directly (not through the actor loader) so a broken
line is reported with its line number, and they check the facts the coder relies on: codes that
parse, ISO dates in order, no overlapping terms in the same office, and a few spot checks.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pycountry
import pytest

OFFICIALS = Path(__file__).resolve().parents[2] / "src" / "communique" / "data" / "actors" / "officials.jsonl"

# CAMEO sector codes that may follow a country code (primary sector; further 3-letter groups refine it).
SECTORS = frozenset(
    ["GOV", "LEG", "MIL", "JUD", "SPY", "OPP", "REB", "COP", "PTY", "ELI", "BUS", "MED", "CVL", "REF", "HRI"]
)
# CAMEO international-organisation codes (as used by the Phoenix dictionaries).
IGO_CODES = frozenset(
    {
        "IGOUNO",
        "IGOWSTNAT",
        "IGOEUREEC",
        "IGOBUSIMF",
        "IGOUNODEVWBK",
        "IGOBUSWTO",
        "IGOUNOHLHWHO",
        "IGOUNOIAE",
        "IGOUNOHRIHCH",
        "IGOUNOREFHCR",
        "IGOUNOKID",
        "IGOUNOJUDICJ",
        "IGOJUDICC",
        "IGOAFRAFU",
        "IGOMEAARL",
    }
)
# Mononyms that are how these people are actually named in English news (not surnames).
MONONYMS = frozenset({"Akihito", "Naruhito", "Jokowi", "Sugiono", "AMLO", "Hemedti", "Hemeti"})
REQUIRED = ("id", "name", "kind", "names", "roles")
ROLE_FIELDS = ("code", "from", "to", "title", "source")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _load() -> list[dict[str, Any]]:
    people = []
    with OFFICIALS.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                people.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as a failure
                pytest.fail(f"{OFFICIALS.name}:{lineno}: not JSON: {exc}")
    return people


@pytest.fixture(scope="module")
def people() -> list[dict[str, Any]]:
    return _load()


@pytest.fixture(scope="module")
def by_name(people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for person in people:
        for name in person["names"]:
            index[name.lower()] = person
    return index


def _country_code_ok(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def _code_ok(code: str) -> bool:
    if code.startswith("IGO"):
        return code in IGO_CODES
    if len(code) < 6 or len(code) % 3 or not code.isalpha() or not code.isupper():
        return False
    return _country_code_ok(code[:3]) and code[3:6] in SECTORS


def _codes_on(person: dict[str, Any], day: str) -> set[str]:
    when = date.fromisoformat(day)
    codes = set()
    for role in person["roles"]:
        start = date.fromisoformat(role["from"])
        end = date.fromisoformat(role["to"]) if role["to"] else date.max
        if start <= when < end:
            codes.add(role["code"])
    return codes


def test_file_is_nonempty_and_broad(people: list[dict[str, Any]]) -> None:
    roles = sum(len(p["roles"]) for p in people)
    assert len(people) >= 300
    assert roles >= 500


def test_required_fields(people: list[dict[str, Any]]) -> None:
    for person in people:
        for field in REQUIRED:
            assert field in person, (person.get("id"), field)
        assert person["kind"] == "person", person["id"]
        assert re.fullmatch(r"[A-Z0-9_]+", person["id"]), person["id"]
        assert isinstance(person["names"], list) and person["names"], person["id"]
        assert person["name"] in person["names"], person["id"]
        assert person["roles"], person["id"]
        for role in person["roles"]:
            for field in ROLE_FIELDS:
                assert field in role, (person["id"], field)
            assert role["title"].strip() and role["source"].strip(), person["id"]


def test_ids_unique(people: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_names_are_full_names_and_unambiguous(people: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for person in people:
        for name in person["names"]:
            assert name == name.strip() and name, person["id"]
            # Bare surnames are resolved by coreference, never listed here.
            assert len(name.split()) >= 2 or name in MONONYMS, (person["id"], name)
            key = name.lower()
            assert owner.setdefault(key, person["id"]) == person["id"], (name, owner[key], person["id"])


def test_codes_are_cameo(people: list[dict[str, Any]]) -> None:
    bad = [(p["id"], r["code"]) for p in people for r in p["roles"] if not _code_ok(r["code"])]
    assert not bad, bad


def test_dates_iso_and_ordered(people: list[dict[str, Any]]) -> None:
    for person in people:
        for role in person["roles"]:
            assert ISO_DATE.match(role["from"]), (person["id"], role["from"])
            start = date.fromisoformat(role["from"])
            if role["to"] is not None:
                assert ISO_DATE.match(role["to"]), (person["id"], role["to"])
                assert start <= date.fromisoformat(role["to"]), (person["id"], role["title"])


def test_approximate_dates_are_first_of_month(people: list[dict[str, Any]]) -> None:
    # When only the month is known the date is the 1st and the source says "approx."; this keeps
    # the file honest about precision (a user can tell a guessed day from a documented one).
    flagged = 0
    for person in people:
        for role in person["roles"]:
            source = role["source"]
            if "start date approx. (month" in source:
                flagged += 1
                assert role["from"].endswith("-01"), (person["id"], role["title"])
            if "end date approx. (month" in source:
                flagged += 1
                assert role["to"] is not None and role["to"].endswith("-01"), (person["id"], role["title"])
    assert flagged > 0


def test_no_overlapping_terms_in_same_office(people: list[dict[str, Any]]) -> None:
    for person in people:
        terms: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
        for role in person["roles"]:
            start = date.fromisoformat(role["from"])
            end = date.fromisoformat(role["to"]) if role["to"] else date.max
            terms[(role["code"], role["title"])].append((start, end))
        for office, spans in terms.items():
            spans.sort()
            for (_, prev_end), (next_start, _) in zip(spans, spans[1:], strict=False):
                assert next_start >= prev_end, (person["id"], office)


@pytest.mark.parametrize(
    ("name", "day", "code", "expected"),
    [
        ("Antony Blinken", "2021-12-02", "USAGOV", True),
        ("Antony Blinken", "2025-06-01", "USAGOV", False),
        ("Joe Biden", "2022-01-01", "USAGOV", True),
        ("Joe Biden", "2005-06-01", "USAGOV", False),
        ("Joe Biden", "2005-06-01", "USALEG", True),
        ("Volodymyr Zelensky", "2022-03-01", "UKRGOV", True),
        ("Volodymyr Zelenskyy", "2022-03-01", "UKRGOV", True),
        ("Volodymyr Zelensky", "2018-03-01", "UKRGOV", False),
        ("Sergei Lavrov", "2021-12-02", "RUSGOV", True),
        ("Sergey Lavrov", "2021-12-02", "RUSGOV", True),
        ("Sergei Ryabkov", "2022-01-10", "RUSGOV", True),
        ("Valery Gerasimov", "2022-02-24", "RUSMIL", True),
        ("Vladimir Putin", "2010-01-01", "RUSGOV", True),
        ("Jens Stoltenberg", "2020-01-01", "IGOWSTNAT", True),
        ("Jens Stoltenberg", "2025-03-01", "IGOWSTNAT", False),
        ("Ursula von der Leyen", "2022-06-01", "IGOEUREEC", True),
        ("Ursula von der Leyen", "2016-06-01", "DEUGOV", True),
        ("Antonio Guterres", "2023-01-01", "IGOUNO", True),
        ("Donald Trump", "2023-01-01", "USAGOV", False),
        ("Donald Trump", "2025-02-01", "USAGOV", True),
        ("Bashar al-Assad", "2025-02-01", "SYRGOV", False),
    ],
)
def test_spot_checks(
    by_name: dict[str, dict[str, Any]], name: str, day: str, code: str, expected: bool
) -> None:
    person = by_name[name.lower()]
    assert (code in _codes_on(person, day)) is expected


def test_country_helper_rejects_non_iso() -> None:
    # Guards the validator itself: a typo in a country code must not pass as a CAMEO code.
    assert _code_ok("USAGOV")
    assert _code_ok("PSEREBHMS")
    assert not _code_ok("USSGOV")
    assert not _code_ok("USAXYZ")
    assert not _code_ok("IGOFOO")
