"""Export: JSON Lines, Parquet (flattened with `_`), GDELT 2.0 rows."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from communique.errors import ConfigError
from communique.output import GDELT_COLUMNS
from communique.store import Store, export


def test_jsonl_export_holds_deduplicated_events(tmp_path: Path, store: Store) -> None:
    assert export(store, "jsonl", tmp_path / "events.jsonl") == 7
    records = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    meeting = next(r for r in records if r["code"] == "044")
    assert (meeting["num_mentions"], meeting["num_sources"], meeting["num_articles"]) == (4, 2, 3)
    assert export(store, "jsonl", tmp_path / "mentions.jsonl", mentions=True) == 13


def test_parquet_columns_are_the_flattened_record(tmp_path: Path, store: Store) -> None:
    export(store, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 7
    for column in (
        "event_id",
        "sentence_text",
        "source_code",
        "source_sectors",
        "location_lat",
        "num_mentions",
    ):
        assert column in table.column_names
    rows = {r["code"]: r for r in table.to_pylist()}
    assert rows["044"]["location_lat"] == pytest.approx(59.3293)
    assert json.loads(rows["044"]["source_sectors"]) == ["GOV"]


def test_gdelt_rows(tmp_path: Path, store: Store) -> None:
    export(store, "gdelt", tmp_path / "events.tsv")
    rows = [line.split("\t") for line in (tmp_path / "events.tsv").read_text().splitlines()]
    assert len(rows) == 7 and all(len(r) == len(GDELT_COLUMNS) for r in rows)
    meeting = dict(
        zip(GDELT_COLUMNS, next(r for r in rows if r[GDELT_COLUMNS.index("EventCode")] == "044"), strict=True)
    )
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("4", "2", "3")
    assert meeting["SQLDATE"] == "20211202"
    assert meeting["SOURCEURL"].startswith("https://example.org/")


def test_unknown_format(tmp_path: Path, store: Store) -> None:
    with pytest.raises(ConfigError):
        export(store, "xlsx", tmp_path / "x")
