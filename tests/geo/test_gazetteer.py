"""The offline gazetteer: what names it knows and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import ConfigError
from communique.geo.gazetteer import Gazetteer, build_gazetteer, load_gazetteer, normalize


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_normalize() -> None:
    assert normalize("  The\nUnited  States ") == "united states"
    assert normalize("Ukraine’s") == "ukraine"
    assert normalize("MOSCOW") == "moscow"


def test_cities_countries_states_and_aliases(gazetteer: Gazetteer) -> None:
    stockholm = gazetteer.lookup("Stockholm")
    assert {(p.name, p.country) for p in stockholm} == {("Stockholm", "SWE")}
    assert {p.country for p in gazetteer.lookup("U.S.")} == {"USA"}
    assert {(p.kind, p.country) for p in gazetteer.lookup("Georgia")} >= {
        ("country", "GEO"),
        ("admin1", "USA"),
    }
    assert [p.name for p in gazetteer.lookup("Calif.")] == ["California"]
    donbas = gazetteer.lookup("Donbass")
    assert [(p.name, p.kind, p.country) for p in donbas] == [("Donbas", "region", "UKR")]
    assert [p.country for p in gazetteer.lookup("Eastern Europe")] == [None]
    assert {p.country for p in gazetteer.lookup("Kiev")} == {"UKR"}


def test_person_names_and_codes_are_unknown(gazetteer: Gazetteer) -> None:
    for name in ("Blinken", "Lavrov", "Netflix", "STO"):
        assert gazetteer.lookup(name) == ()


def test_countries_sit_where_people_live(gazetteer: Gazetteer) -> None:
    (switzerland,) = [p for p in gazetteer.lookup("Switzerland") if p.kind == "country"]
    assert switzerland.country == "CHE"
    assert switzerland.lat is not None and switzerland.lon is not None
    assert 45.8 < switzerland.lat < 47.9 and 5.9 < switzerland.lon < 10.5
    (russia,) = [p for p in gazetteer.lookup("Russia") if p.kind == "country"]
    assert russia.lon is not None and 30 < russia.lon < 90


def test_gazetteer_is_immutable(gazetteer: Gazetteer) -> None:
    with pytest.raises(TypeError):
        gazetteer.index["atlantis"] = ()  # type: ignore[index]


def test_bad_alias_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "aliases.tsv"
    bad.write_text("Atlantis\tcontinentish\t\t0\t0\t\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        build_gazetteer(aliases=bad)


def test_generic_words_are_no_alternate_names(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("North") == ()
    assert Gazetteer.load() is gazetteer
