"""The request body of `POST /records`: the public event record (docs/OUTPUT.md), validated.

Only what the store relies on is required; every other field of a record is kept as given
(`extra="allow"`), so records from a newer coder with more fields load unchanged.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_OFFSET = 2**31 - 1  # offsets and indices are stored as 32-bit integers


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorIn(_Open):
    code: str = Field(min_length=1, max_length=64)
    country: str | None = Field(default=None, max_length=8)
    sectors: list[str] = Field(default_factory=list)
    name: str | None = None
    text: str = ""
    start: int = 0
    end: int = 0


class SentenceIn(_Open):
    index: int = Field(ge=0, le=_OFFSET)
    start: int = Field(ge=0, le=_OFFSET)
    end: int = Field(ge=0, le=_OFFSET)
    text: str


class SpanIn(_Open):
    text: str
    start: int
    end: int


class LocationIn(_Open):
    name: str
    country: str | None = Field(default=None, max_length=8)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    text: str | None = None
    start: int | None = None
    end: int | None = None


class RecordIn(_Open):
    event_id: str = Field(min_length=1, max_length=64)
    doc_id: str = Field(min_length=1, max_length=1000)
    doc_date: str | None = Field(default=None, pattern=_DATE)
    sentence: SentenceIn
    source: ActorIn | None = None
    target: ActorIn | None = None
    code: str = Field(pattern=r"^\d{2,4}$")
    root: str | None = Field(default=None, pattern=r"^\d{2}$")
    quad_class: int | None = Field(default=None, ge=1, le=4)
    goldstein: float | None = Field(default=None, ge=-10, le=10)
    verb: SpanIn | None = None
    modality: str = "asserted"
    date: str | None = Field(default=None, pattern=_DATE)
    date_precision: str | None = None
    location: LocationIn | None = None
    confidence: float = Field(default=0.5, ge=0, le=1)


class RecordsIn(BaseModel):
    records: list[RecordIn] = Field(max_length=50_000)

    def as_dicts(self) -> list[dict[str, Any]]:
        """The records as plain dicts, grouped by document as the store loads them."""
        dumped = [record.model_dump() for record in self.records]
        return sorted(dumped, key=lambda record: record["doc_id"])  # stable: keeps each document's order
