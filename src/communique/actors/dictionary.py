"""The actor dictionary: named entities with dated roles, generic agents, and how they merge.

Everything the actor coder knows is data in these immutable objects: an `Entity` (a person,
country, organisation or group) has names and `Role`s, each a CAMEO actor code valid between two
dates or undated; an `Agent` is a generic noun ("minister", "protesters") that carries sector
codes and takes its country from context. Dictionaries come from several files in priority order
(the user's first, then the project's updates, then the converted Phoenix files); `merge` folds
them into one `ActorDictionary` where a higher-priority file's dated roles override the
overlapping roles of a lower one, so a stale open-ended Phoenix role ("USAGOV from 2009") cannot
outvote a dated update. This module also reads and writes the project's JSON Lines format.
"""

from __future__ import annotations

import calendar
import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from communique.errors import ConfigError

ENTITY_KINDS = ("person", "country", "organisation", "group")

# CAMEO sector/role codes that may follow a country code; anything else in a code (e.g. the
# "UNO" of IGOUNO, the "ALQ" of IMGMUSALQ) names an organisation, not a sector.
SECTOR_CODES = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "COP",
        "JUD",
        "LEG",
        "MED",
        "BUS",
        "CVL",
        "CRM",
        "EDU",
        "ELI",
        "HLH",
        "HRI",
        "LAB",
        "REF",
        "SPY",
        "UAF",
        "AGR",
        "DEV",
        "ENV",
        "MOD",
        "RAD",
        "IGO",
        "NGO",
        "NGM",
        "IMG",
        "MNC",
        "SET",
        "UIS",
        "INS",
        "REL",
        "MUS",
        "CHR",
        "JEW",
        "HIN",
        "BUD",
        "ATH",
        "BAH",
        "CON",
        "SHI",
        "SUN",
        "ITH",
        "JAN",
        "SIK",
        "TAO",
        "ZRO",
        "DOX",
        "PRO",
        "CTH",
    ]
)
# Prefixes of actor codes that are international rather than national.
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS")


@dataclass(frozen=True)
class Role:
    """One CAMEO code an entity holds, between `start` and `end` (inclusive), or always if undated."""

    code: str
    start: date | None = None
    end: date | None = None
    title: str | None = None
    source: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: Role) -> bool:
        lo = max(self.start or date.min, other.start or date.min)
        hi = min(self.end or date.max, other.end or date.max)
        return lo <= hi

    @property
    def is_null(self) -> bool:
        """TABARI's `[---]`: "not an actor" in this period."""
        return self.code.strip("-#") == ""


@dataclass(frozen=True)
class Entity:
    """A named actor. `capitals` and `places` (countries only) are names that denote the
    country's government (capitals used as subjects) or only a location ("in Donetsk")."""

    id: str
    name: str
    kind: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]
    capitals: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    origin: str = ""

    def role_at(self, day: date | None) -> tuple[Role | None, str]:
        """The role in force on `day` and why: first dated role covering it, else the undated
        fallback; without a day, the latest role (the one that started last)."""
        live = [r for r in self.roles if not r.is_null]
        if day is None:
            dated = [r for r in live if r.dated]
            if dated:
                return max(dated, key=lambda r: (r.start or date.min, r.end or date.max)), "latest role"
            undated = [r for r in live if not r.dated]
            return (undated[0], "undated role") if undated else (None, "no role")
        for role in self.roles:
            if role.dated and role.covers(day):
                return (None, f"not an actor on {day}") if role.is_null else (role, f"role on {day}")
        undated = [r for r in self.roles if not r.dated]
        if undated:
            return (
                (None, "null role")
                if undated[0].is_null
                else (undated[0], f"no dated role on {day}; undated role")
            )
        if live:
            nearest = min(live, key=lambda r: _distance(r, day))
            return Role(
                code=nearest.code[:3], source=nearest.source
            ), f"no role on {day}; country of nearest role"
        return None, "no role"


def _distance(role: Role, day: date) -> int:
    if role.start and day < role.start:
        return (role.start - day).days
    if role.end and day > role.end:
        return (day - role.end).days
    return 0


@dataclass(frozen=True)
class Agent:
    """A generic noun mapped to sectors. `code` keeps PETRARCH's form: `~GOV` (country first) or
    `NGO~` (agent first). `person`: it denotes a person (a coreference antecedent for "he").
    `relational`: it takes its code from a possessor or an of-phrase ("Lavrov's deputy").
    `bound`: an actor only with a country attached ("US diplomacy", never "diplomacy" alone)."""

    id: str
    names: tuple[str, ...]
    code: str
    person: bool = False
    relational: bool = False
    bound: bool = False
    origin: str = ""

    @property
    def sectors(self) -> tuple[str, ...]:
        return split_sectors(self.code.replace("~", ""))

    @property
    def agent_first(self) -> bool:
        return self.code.endswith("~") and not self.code.startswith("~")


@dataclass(frozen=True)
class ActorDictionary:
    """All entities and agents, highest priority first; `origins` lists the files read."""

    entities: tuple[Entity, ...]
    agents: tuple[Agent, ...]
    origins: tuple[str, ...] = field(default=())


def split_sectors(code: str) -> tuple[str, ...]:
    chunks = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    return tuple(c for c in chunks if c in SECTOR_CODES)


def code_country(code: str, iso3: frozenset[str]) -> str | None:
    """ISO alpha-3 of an actor code's country part, None for international actors."""
    head = code[:3]
    if head in INTERNATIONAL_PREFIXES or head not in iso3:
        return None
    return head


def code_sectors(code: str, iso3: frozenset[str]) -> tuple[str, ...]:
    if code[:3] in iso3 and code[:3] not in INTERNATIONAL_PREFIXES:
        return split_sectors(code[3:])
    return split_sectors(code)


# ---------------------------------------------------------------- merging


def merge(layers: Iterable[tuple[list[Entity], list[Agent]]], origins: Iterable[str] = ()) -> ActorDictionary:
    """Fold dictionaries given highest priority first into one ActorDictionary."""
    by_id: dict[str, Entity] = {}
    order: list[str] = []
    agents: list[Agent] = []
    # people of earlier layers by full name: files spell ids differently (SERGEI_/SERGEY_LAVROV)
    people: dict[str, str] = {}
    for entities, layer_agents in layers:
        layer_people: dict[str, str] = {}
        for entity in entities:
            target = entity.id if entity.id in by_id else _same_person(entity, people, by_id)
            known = by_id.get(target) if target else None
            if target is None or known is None:
                by_id[entity.id] = entity
                order.append(entity.id)
                target = entity.id
            else:
                by_id[target] = _merge_entity(known, entity)
            if entity.kind == "person":
                for name in entity.names:
                    if " " in name:
                        layer_people.setdefault(name.lower(), target)
        for name, target in layer_people.items():
            people.setdefault(name, target)
        agents.extend(layer_agents)
    return ActorDictionary(tuple(by_id[i] for i in order), tuple(agents), tuple(origins))


def _same_person(entity: Entity, people: dict[str, str], by_id: dict[str, Entity]) -> str | None:
    """The id of a person of an earlier file with one of this person's full names and a role
    in the same country, if any."""
    if entity.kind != "person":
        return None
    countries = {r.code[:3] for r in entity.roles if not r.is_null}
    for name in entity.names:
        known = people.get(name.lower()) if " " in name else None
        if known and countries & {r.code[:3] for r in by_id[known].roles}:
            return known
    return None


def _merge_entity(high: Entity, low: Entity) -> Entity:
    dated_high = [r for r in high.roles if r.dated]
    has_undated = any(not r.dated for r in high.roles)
    kept = [
        r
        for r in low.roles
        if (r.dated and not any(r.overlaps(h) for h in dated_high)) or (not r.dated and not has_undated)
    ]
    names = tuple(dict.fromkeys(high.names + low.names))
    return replace(
        high,
        names=names,
        roles=high.roles + tuple(kept),
        capitals=tuple(dict.fromkeys(high.capitals + low.capitals)),
        places=tuple(dict.fromkeys(high.places + low.places)),
    )


# ---------------------------------------------------------------- JSON Lines


def parse_day(text: str | None, *, end: bool = False) -> date | None:
    """ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date is the first (or, for `end`, the
    last) day of its period."""
    if not text:
        return None
    parts = [int(p) for p in str(text)[:10].split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], last if end else 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def open_text(path: Path) -> TextIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def entity_from_record(record: dict[str, Any], origin: str) -> Entity:
    roles = tuple(
        Role(
            code=str(r["code"]),
            start=parse_day(r.get("from")),
            end=parse_day(r.get("to"), end=True),
            title=r.get("title"),
            source=r.get("source"),
        )
        for r in record.get("roles", ())
    )
    kind = record.get("kind", "organisation")
    if kind not in ENTITY_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(ENTITY_KINDS)}")
    name = str(record.get("name") or record["id"])
    return Entity(
        id=str(record["id"]),
        name=name,
        kind=kind,
        names=tuple(dict.fromkeys([name, *record.get("names", ())])),
        roles=roles,
        capitals=tuple(record.get("capitals", ())),
        places=tuple(record.get("places", ())),
        origin=origin,
    )


def agent_from_record(record: dict[str, Any], origin: str) -> Agent:
    return Agent(
        id=str(record["id"]),
        names=tuple(record["names"]),
        code=str(record["agent"]),
        person=bool(record.get("person", False)),
        relational=bool(record.get("relational", False)),
        bound=bool(record.get("bound", False)),
        origin=origin,
    )


def read_jsonl(path: Path) -> tuple[list[Entity], list[Agent]]:
    """Read a communique dictionary: one entity (`roles`) or agent (`agent`) per line."""
    entities: list[Entity] = []
    agents: list[Agent] = []
    try:
        with open_text(path) as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip() or line.lstrip().startswith("//"):
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise TypeError(f"a JSON {type(record).__name__}, not an object")
                    if "agent" in record:
                        agents.append(agent_from_record(record, path.name))
                    else:
                        entities.append(entity_from_record(record, path.name))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    raise ConfigError(f"{path}:{number}: not a valid actor dictionary line ({exc})") from exc
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise ConfigError(f"{path}: cannot read actor dictionary ({exc})") from exc
    return entities, agents


def _day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


def entity_record(entity: Entity) -> dict[str, Any]:
    record: dict[str, Any] = {"id": entity.id, "name": entity.name, "kind": entity.kind}
    record["names"] = [n for n in entity.names if n != entity.name]
    if entity.capitals:
        record["capitals"] = list(entity.capitals)
    if entity.places:
        record["places"] = list(entity.places)
    roles = []
    for role in entity.roles:
        item: dict[str, Any] = {"code": role.code}
        if role.start:
            item["from"] = _day_text(role.start)
        if role.end:
            item["to"] = _day_text(role.end)
        if role.title:
            item["title"] = role.title
        if role.source:
            item["source"] = role.source
        roles.append(item)
    record["roles"] = roles
    return record


def agent_record(agent: Agent) -> dict[str, Any]:
    record: dict[str, Any] = {"id": agent.id, "agent": agent.code, "names": list(agent.names)}
    if agent.person:
        record["person"] = True
    if agent.relational:
        record["relational"] = True
    if agent.bound:
        record["bound"] = True
    return record


def dump_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for record in records:
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
