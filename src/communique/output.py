"""Writing event records: JSON Lines (the contract), flat CSV, and GDELT 2.0 event columns.

The record is `Event.to_record()` (docs/OUTPUT.md). CSV and Parquet flatten nested objects
with `_` (`source_code`, `sentence_start`, `location_lat`); the GDELT format maps the record
onto the 61 columns of the GDELT 2.0 event table, leaving what communique does not know empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any, Protocol

OUTPUT_FORMATS = ("jsonl", "csv", "gdelt")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become `parent_child` columns; lists become JSON strings."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


# The flat columns of a full record, in order: CSV headers stay the same whatever the first row holds.
_ACTOR_FIELDS = ("code", "country", "sectors", "name", "text", "start", "end")
CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "doc_date",
    "sentence_index", "sentence_start", "sentence_end", "sentence_text",
    *(f"source_{f}" for f in _ACTOR_FIELDS),
    *(f"target_{f}" for f in _ACTOR_FIELDS),
    "code", "root", "quad_class", "goldstein", "verb_text", "verb_start", "verb_end", "modality",
    "date", "date_text", "date_precision",
    "location_name", "location_country", "location_lat", "location_lon",
    "location_text", "location_start", "location_end",
    *(f"attribution_speaker_{f}" for f in _ACTOR_FIELDS), "attribution_via",
    "confidence",
)  # fmt: skip


def _compact_date(date: str | None) -> str:
    return (date or "").replace("-", "")


def gdelt_row(record: dict[str, Any], source_url: str = "") -> list[str]:
    """One record as the 61 GDELT 2.0 event columns (strings, '' where communique has nothing)."""
    row = dict.fromkeys(GDELT_COLUMNS, "")
    day = record.get("date") or record.get("doc_date") or ""
    if len(day) == 10:
        year, month = int(day[:4]), int(day[5:7])
        row["SQLDATE"] = _compact_date(day)
        row["MonthYear"] = f"{year}{month:02d}"
        row["Year"] = str(year)
        row["FractionDate"] = f"{year + (month - 1) / 12 + (int(day[8:10]) - 1) / 365:.4f}"
    row["GLOBALEVENTID"] = str(int(record["event_id"][:15], 16))
    for prefix, actor in (("Actor1", record.get("source")), ("Actor2", record.get("target"))):
        if not actor:
            continue
        row[f"{prefix}Code"] = actor["code"]
        row[f"{prefix}Name"] = (actor.get("name") or actor.get("text") or "").upper()
        row[f"{prefix}CountryCode"] = actor.get("country") or ""
        for i, sector in enumerate(actor.get("sectors", [])[:3], start=1):
            row[f"{prefix}Type{i}Code"] = sector
    code = record["code"]
    row["IsRootEvent"] = "1" if record.get("sentence", {}).get("index", 1) == 0 else "0"
    row["EventCode"] = code
    row["EventBaseCode"] = code[:3]
    row["EventRootCode"] = code[:2]
    row["QuadClass"] = str(record["quad_class"])
    row["GoldsteinScale"] = "" if record.get("goldstein") is None else str(record["goldstein"])
    row["NumMentions"] = str(record.get("num_mentions", 1))
    row["NumSources"] = str(record.get("num_sources", 1))
    row["NumArticles"] = str(record.get("num_articles", 1))
    location = record.get("location")
    if location:
        row["ActionGeo_Type"] = "1" if location.get("name") == location.get("country") else "4"
        row["ActionGeo_FullName"] = location.get("name") or ""
        row["ActionGeo_CountryCode"] = location.get("country") or ""
        row["ActionGeo_Lat"] = "" if location.get("lat") is None else str(location["lat"])
        row["ActionGeo_Long"] = "" if location.get("lon") is None else str(location["lon"])
    row["DATEADDED"] = _compact_date(record.get("doc_date")) + ("000000" if record.get("doc_date") else "")
    row["SOURCEURL"] = source_url or record.get("doc_id", "")
    return [row[column] for column in GDELT_COLUMNS]


class RecordWriter(Protocol):
    def write(self, record: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        self.writer.writeheader()
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        flat = flatten(record)
        for side in ("source", "target", "location", "attribution"):
            if record.get(side) is None:
                flat.pop(side, None)
        self.writer.writerow(flat)

    def close(self) -> None:
        self.stream.flush()


class GdeltWriter:
    """Tab-separated, no header, as GDELT publishes its event files."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        fields = [value.replace("\t", " ").replace("\n", " ") for value in gdelt_row(record)]
        self.stream.write("\t".join(fields) + "\n")

    def close(self) -> None:
        self.stream.flush()


def make_writer(output_format: str, stream: IO[str]) -> RecordWriter:
    writers: dict[str, type[JsonlWriter] | type[CsvWriter] | type[GdeltWriter]] = {
        "jsonl": JsonlWriter,
        "csv": CsvWriter,
        "gdelt": GdeltWriter,
    }
    if output_format not in writers:
        raise ValueError(f"unknown output format {output_format!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    return writers[output_format](stream)


def write_records(records: Iterable[dict[str, Any]], writer: RecordWriter) -> int:
    count = 0
    for record in records:
        writer.write(record)
        count += 1
    return count
