"""The gold side of an evaluation: items with their expected events and actors, and code helpers.

Every gold reader (PETRARCH XML, TABARI text, CAMEO codebook, PLOVER, ConfliBERT, communique
JSONL) turns its file into a `GoldSet` of `GoldItem`s: one text to code, its date, the events
the coder should find and the actor mentions it should resolve. What a format does not annotate
stays `None` (a codebook example names no actors; a ConfliBERT span carries no code), and the
scorer leaves those measures out for that item instead of counting them wrong.

Actor codes are compared in one normal form (`normalise_actor_code`): upper case, no role
separators, `---` for "no actor" and for a missing country (TABARI's `~REB` and a bare `REB`
both become `---REB`, and a religion code alike: `~MOS`, `MOS`, `---MOS`), so gold files from
different traditions meet the coder's codes halfway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

NO_ACTOR = "---"

# CAMEO role and sector codes that can open a code when the country is unknown
# (PETRARCH writes `---REB`, TABARI `~REB`, some coders a bare `REB`).
SECTOR_CODES = frozenset(
    {
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS", "CRM",
        "CVL", "LAB", "HLH", "REF", "ELI", "AGR", "ENV", "HRI", "MOD", "RAD", "UAF", "SEP", "INS",
        "PRM", "PRE", "JRN", "SOC", "REL", "UNK",
    }
)  # fmt: skip

# CAMEO religion codes, which also stand for a believer whose country is unknown: TABARI's
# `~MOS` (an agent "Muslims" with no actor), PETRARCH's `---MOS` and a bare `MOS` are one code.
# (Only the codebook's own religion codes: no country code of any gold world begins with these.)
RELIGION_CODES = frozenset(
    {"MOS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH", "PRO", "DOX", "SIK", "TAO", "ZRO", "JAN"}
)

_CODE_CHARS = re.compile(r"[^A-Z0-9\-]")


def normalise_actor_code(code: str | None) -> str:
    """One comparable form of an actor code; `None`, empty and `~` forms handled."""
    if code is None:
        return NO_ACTOR
    text = code.strip().strip("\"'").upper()
    if not text:
        return NO_ACTOR
    if text.startswith("~"):
        text = NO_ACTOR + text[1:]
    text = _CODE_CHARS.sub("", text)
    if not text or set(text) == {"-"}:
        return NO_ACTOR
    if not text.startswith("-") and (text[:3] in SECTOR_CODES or text[:3] in RELIGION_CODES):
        text = NO_ACTOR + text
    return text


def actor_country(code: str | None) -> str:
    """The country slot of a normalised actor code (`USAGOV` -> `USA`, `IGOUNO` -> `IGO`)."""
    return normalise_actor_code(code)[:3]


def actor_sectors(code: str | None) -> tuple[str, ...]:
    """The 3-letter chunks after the country slot (`IRQGOVMIL` -> ("GOV", "MIL"))."""
    rest = normalise_actor_code(code)[3:]
    return tuple(rest[i : i + 3] for i in range(0, len(rest), 3) if len(rest[i : i + 3]) == 3)


def event_root(code: str) -> str:
    return code.strip()[:2]


def quad_class(code: str) -> int | None:
    """CAMEO quad class by root (01-05 verbal coop, 06-08 material coop, 09-13 verbal conflict,
    14-20 material conflict): the scheme of cameo_codes.json and GDELT."""
    root = event_root(code)
    if not root.isdigit():
        return None
    number = int(root)
    if 1 <= number <= 5:
        return 1
    if 6 <= number <= 8:
        return 2
    if 9 <= number <= 13:
        return 3
    if 14 <= number <= 20:
        return 4
    return None


def penta_class(code: str) -> int | None:
    """The Phoenix/PETRARCH penta class that ConfliBERT's CAMEO set uses: 0 neutral (01-02),
    1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16),
    4 material conflict (14, 15, 17-20). It differs from GDELT's quad classes on 01, 02 and 16."""
    root = event_root(code)
    if not root.isdigit():
        return None
    number = int(root)
    if number in (1, 2):
        return 0
    if 3 <= number <= 5:
        return 1
    if 6 <= number <= 8:
        return 2
    if 9 <= number <= 13 or number == 16:
        return 3
    if number in (14, 15) or 17 <= number <= 20:
        return 4
    return None


def iso_date(raw: str | None) -> str | None:
    """`YYYYMMDD`, `YYMMDD` (TABARI, PETRARCH: 19xx for years 50-99) or ISO -> `YYYY-MM-DD`."""
    if not raw:
        return None
    text = raw.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    if re.fullmatch(r"\d{8}", text):
        return f"{text[:4]}-{text[4:6]}-{text[6:8]}"
    if re.fullmatch(r"\d{6}", text):
        year = int(text[:2])
        century = 1900 if year >= 50 else 2000
        return f"{century + year:04d}-{text[2:4]}-{text[4:6]}"
    return None


@dataclass(frozen=True)
class GoldEvent:
    """One expected event. `source`/`target` are normalised actor codes, `---` for none;
    `None` means the gold does not annotate actors (codebook examples, ConfliBERT)."""

    source: str | None
    target: str | None
    code: str | None
    plover: str | None = None

    @property
    def has_actors(self) -> bool:
        return self.source is not None and self.target is not None


@dataclass(frozen=True)
class GoldActor:
    """One expected actor mention. `code` is `None` where the gold gives only the span (ConfliBERT);
    `start`/`end` are `None` where it gives only the code (PETRARCH). `sector` keeps a gold
    sector that does not fit the code (PLOVER writes country and sector apart)."""

    code: str | None
    role: str | None = None  # "source", "target", "both" or None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    sector: str | None = None


@dataclass(frozen=True)
class EventType:
    """A labelled set's event type (an ACLED sub-event type, a yes/no question about police) as
    the CAMEO events that report it: codes starting with one of `codes`, from a source carrying
    one of `source_sectors` when any are given. `codes` empty: CAMEO codes no event of this kind
    (a flood, a factory fire), so a text with only this label should give none of the set's types."""

    label: str
    codes: tuple[str, ...]
    source_sectors: frozenset[str] = frozenset()

    @property
    def is_event(self) -> bool:
        return bool(self.codes)

    def reported_by(self, code: str, source_code: str, source_sectors: tuple[str, ...] = ()) -> bool:
        if not any(code.startswith(prefix) for prefix in self.codes):
            return False
        if not self.source_sectors:
            return True
        sectors = set(actor_sectors(source_code)) | set(source_sectors)
        return bool(sectors & self.source_sectors)


@dataclass(frozen=True)
class GoldItem:
    """One text to code and what the coder should find in it.

    `events` is `None` when the gold says nothing about events (an actor-only item), and an
    empty tuple when it says there are none. `penta` is a ConfliBERT sentence class. `labels`
    are the event types a labelled set (CASE 2021, IndiaPoliceEvents) gives the text, `None` when
    the set has none; the set's `event_types` say which CAMEO events report each.
    """

    item_id: str
    text: str
    date: str | None = None
    events: tuple[GoldEvent, ...] | None = ()
    actors: tuple[GoldActor, ...] = ()
    penta: int | None = None
    labels: tuple[str, ...] | None = None
    note: str = ""


@dataclass(frozen=True)
class GoldSet:
    """What a reader returns: the items, and what it left out and why."""

    kind: str
    path: str
    items: tuple[GoldItem, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (record id, reason)
    plover_map: dict[str, str] = field(default_factory=dict)  # CAMEO code -> PLOVER event
    event_types: dict[str, EventType] = field(default_factory=dict)  # label -> its CAMEO events
    info: dict[str, Any] = field(default_factory=dict)
