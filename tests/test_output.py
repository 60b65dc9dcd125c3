"""The three output formats: JSON Lines (the contract), flat CSV, GDELT 2.0 event columns."""

from __future__ import annotations

import csv
import io
import json

from communique.model import Actor, Event, Location, SentenceRef, TextSpan
from communique.output import CSV_COLUMNS, GDELT_COLUMNS, flatten, gdelt_row, make_writer

TEXT = "Russia warned Ukraine in Kyiv on Monday."


def _event() -> Event:
    return Event(
        doc_id="doc-1",
        sentence=SentenceRef(index=0, start=0, end=len(TEXT), text=TEXT),
        source=Actor("RUS", "RUS", (), "Russia", "Russia", 0, 6),
        target=Actor("UKRGOV", "UKR", ("GOV",), None, "Ukraine", 14, 21),
        code="1312",
        quad_class=3,
        goldstein=-5.8,
        verb=TextSpan("warned", 7, 13),
        doc_date="2022-02-08",
        date="2022-02-07",
        date_text="on Monday",
        date_precision="day",
        location=Location("Kyiv", "UKR", 50.45, 30.52, "Kyiv", 25, 29),
    )


def test_record_has_every_contract_field() -> None:
    record = _event().to_record()
    for name in ("event_id", "doc_id", "doc_date", "sentence", "source", "target", "code", "root", "quad_class",
                 "goldstein", "verb", "modality", "date", "date_text", "location", "attribution", "confidence"):
        assert name in record
    assert record["root"] == "13"
    assert record["modality"] == "asserted"
    for span in (record["source"], record["target"], record["verb"], record["location"]):
        assert TEXT[span["start"]:span["end"]] == span["text"]


def test_event_id_is_stable_and_content_based() -> None:
    assert _event().event_id == _event().event_id
    other = _event()
    other.code = "1311"
    assert other.event_id != _event().event_id


def test_jsonl_writer_round_trips() -> None:
    stream = io.StringIO()
    make_writer("jsonl", stream).write(_event().to_record())
    assert json.loads(stream.getvalue()) == _event().to_record()


def test_csv_writer_flattens_with_fixed_columns() -> None:
    stream = io.StringIO()
    writer = make_writer("csv", stream)
    writer.write(_event().to_record())
    no_target = _event()
    no_target.target = None
    writer.write(no_target.to_record())
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["source_code"] == "RUS" and rows[0]["target_sectors"] == '["GOV"]'
    assert rows[0]["location_lat"] == "50.45"
    assert rows[1]["target_code"] == ""
    assert set(flatten(_event().to_record())) <= set(CSV_COLUMNS) | {"attribution"}


def test_gdelt_row_has_61_columns_in_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    row = dict(zip(GDELT_COLUMNS, gdelt_row(_event().to_record()), strict=True))
    assert row["SQLDATE"] == "20220207"
    assert row["MonthYear"] == "202202" and row["Year"] == "2022"
    assert (row["Actor1Code"], row["Actor1CountryCode"]) == ("RUS", "RUS")
    assert (row["Actor2Code"], row["Actor2Type1Code"]) == ("UKRGOV", "GOV")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("1312", "131", "13")
    assert (row["QuadClass"], row["GoldsteinScale"]) == ("3", "-5.8")
    assert (row["ActionGeo_FullName"], row["ActionGeo_Lat"]) == ("Kyiv", "50.45")
    assert row["NumMentions"] == "1" and row["AvgTone"] == ""
    stream = io.StringIO()
    make_writer("gdelt", stream).write(_event().to_record())
    assert stream.getvalue().count("\t") == 60
