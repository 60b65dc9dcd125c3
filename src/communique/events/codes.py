"""The CAMEO event code table: short name, Goldstein value and quad class of every code.

Loaded once from the shipped ``data/events/cameo_codes.tsv`` into an immutable `CameoCodes`
that the coder carries; `goldstein`, `quad_class` and `name` answer for any code, and fall back
to the code's parent (``"0311"`` -> ``"031"`` -> ``"03"``) when a late code has no Goldstein value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from communique.errors import ConfigError

# Violence: assault, fight, mass violence (CAMEO 18-20).
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Sectors of a country's state: a government and its forces, police, spies, courts, legislature.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Sectors that bear arms: armies, police, spies, rebels, insurgents and unidentified forces.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "COP", "SPY"})


def armed(sectors: tuple[str, ...] | frozenset[str], code: str) -> bool:
    """Whether an actor (its sectors and code) bears arms: "the military", "Russian troops", or a
    code headed by an armed sector ("MIL", "REB")."""
    return not ARMED_SECTORS.isdisjoint(sectors) or code.lstrip("-")[:3] in ARMED_SECTORS


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float | None
    quad_class: int


def quad_class_of_root(root: str) -> int:
    """CAMEO's root ranges: 01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict, 14-20 material."""
    value = int(root[:2])
    if value <= 5:
        return 1
    if value <= 8:
        return 2
    if value <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CameoCodes:
    table: Mapping[str, CodeInfo]

    def __contains__(self, code: object) -> bool:
        return code in self.table

    def info(self, code: str) -> CodeInfo:
        try:
            return self.table[code]
        except KeyError:
            raise ConfigError(f"unknown CAMEO event code {code!r}; see data/events/cameo_codes.tsv") from None

    def name(self, code: str) -> str:
        return self.info(code).name

    def quad_class(self, code: str) -> int:
        return self.info(code).quad_class

    def goldstein(self, code: str) -> float | None:
        """The code's Goldstein value, else its nearest ancestor's (GDELT lists no value for a few late codes)."""
        candidate = code
        while candidate:
            info = self.table.get(candidate)
            if info is not None and info.goldstein is not None:
                return info.goldstein
            candidate = candidate[:-1] if len(candidate) > 2 else ""
        return None

    def parent(self, code: str) -> str | None:
        if len(code) <= 2:
            return None
        return code[:-1] if len(code) > 3 else code[:2]


def _parse(text: str, origin: str) -> CameoCodes:
    table: dict[str, CodeInfo] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ConfigError(f"{origin}:{number}: expected 4 tab-separated fields, got {len(parts)}")
        code, name, goldstein, quad = parts
        table[code] = CodeInfo(code, name, float(goldstein) if goldstein else None, int(quad))
    return CameoCodes(MappingProxyType(table))


def load_cameo_codes(path: Path | None = None) -> CameoCodes:
    """The shipped code table, or the one at `path` (same TSV layout)."""
    if path is not None:
        return _parse(path.read_text(encoding="utf-8"), str(path))
    resource = resources.files("communique") / "data" / "events" / "cameo_codes.tsv"
    return _parse(resource.read_text(encoding="utf-8"), "data/events/cameo_codes.tsv")
