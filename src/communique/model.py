"""The one data model that flows through every pipeline step.

An `Article` enters at ingest and leaves at write: cleaning marks its page
furniture, the nlp step attaches a spaCy `Doc`, the actor and event components
annotate that Doc, the date and geo steps fill in the events, and the writer
turns each `Event` into the public record of docs/OUTPUT.md (`Event.to_record`).

All offsets are Python string indices into `Article.text`, the text exactly as
the user gave it; nothing ever renumbers them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Where a document ended up; every input ends in exactly one of the last three."""

    PENDING = "pending"
    CODED = "coded"
    SKIPPED = "skipped"
    FAILED = "failed"


class Modality(StrEnum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    CONDITIONAL = "conditional"
    QUESTION = "question"
    FURNITURE = "furniture"


@dataclass(frozen=True)
class Furniture:
    """A stretch of page furniture (caption, credit, bio, teaser...) excluded from coding."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Actor:
    """A coded actor mention: who, in CAMEO terms, and where in the text it was read from.

    `rule` says which dictionary entry or rule decided the code (for `communique
    actors`); it is not part of the public event record.
    """

    code: str
    country: str | None
    sectors: tuple[str, ...]
    name: str | None
    text: str
    start: int
    end: int
    rule: str = ""

    def to_record(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class SentenceRef:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TextSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    text: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Attribution:
    speaker: Actor | None
    via: str | None

    def to_record(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_record() if self.speaker else None,
            "via": self.via,
        }


@dataclass
class Event:
    """One coded event with its evidence; mutable so the date and geo steps can fill it in."""

    doc_id: str
    sentence: SentenceRef
    source: Actor | None
    target: Actor | None
    code: str
    quad_class: int
    goldstein: float | None
    verb: TextSpan
    modality: Modality = Modality.ASSERTED
    doc_date: str | None = None
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    date_rule: str | None = None
    location: Location | None = None
    attribution: Attribution | None = None
    confidence: float = 0.5
    rule: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def event_id(self) -> str:
        key = "|".join(
            [
                self.doc_id,
                str(self.sentence.start),
                self.source.code if self.source else "",
                self.code,
                self.target.code if self.target else "",
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_record(self) -> dict[str, Any]:
        """The public event record of docs/OUTPUT.md."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "doc_date": self.doc_date,
            "sentence": {
                "index": self.sentence.index,
                "start": self.sentence.start,
                "end": self.sentence.end,
                "text": self.sentence.text,
            },
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "verb": {"text": self.verb.text, "start": self.verb.start, "end": self.verb.end},
            "modality": self.modality.value,
            "date": self.date,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "location": self.location.to_record() if self.location else None,
            "attribution": self.attribution.to_record() if self.attribution else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Article:
    """One input document and everything the pipeline learns about it."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    status: Status = Status.PENDING
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    doc: Any = None  # spacy.tokens.Doc once the nlp step has run
    events: list[Event] = field(default_factory=list)
    n_sentences: int = 0
    # Where the first document with this doc_id came from ("feed.jsonl:3") when this one repeats
    # it. The store keeps one document per doc_id, the last it is given, so a run keeps such a
    # document out of the store instead of letting it replace the first.
    duplicate_of: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def is_active(self) -> bool:
        """Still on its way through the pipeline (not skipped or failed)."""
        return self.status in (Status.PENDING, Status.CODED)

    def skip(self, reason: str) -> None:
        self.status = Status.SKIPPED
        self.reason = reason

    def skip_duplicate(self, first: str, reason: str) -> None:
        """Skip a document whose doc_id an earlier one (from `first`) already has."""
        self.skip(reason)
        self.duplicate_of = first

    def fail(self, reason: str) -> None:
        self.status = Status.FAILED
        self.reason = reason

    def masked_text(self) -> str:
        """The text with furniture blanked out (same length, newlines kept) for the parser."""
        if not self.furniture:
            return self.text
        chars = list(self.text)
        for piece in self.furniture:
            for i in range(piece.start, piece.end):
                if chars[i] not in "\n":
                    chars[i] = " "
        return "".join(chars)
