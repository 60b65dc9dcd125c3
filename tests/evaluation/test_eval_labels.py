"""Labelled gold sets (CASE 2021, IndiaPoliceEvents): reading them from small files written here,
and scoring kinds of event with a fake coder (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import FakeCoder, event

from communique.errors import InputError
from communique.evaluation import run_eval
from communique.evaluation.gold import EventType
from communique.evaluation.readers import guess_kind, read_gold
from communique.evaluation.readers_labels import repair_mojibake

STRIKE = "Jets of Ruritania bombed a village in Freedonia, killing four."
PROTEST = "Thousands marched through the capital of Freedonia against the new tax."
FLOOD = "The river burst its banks and flooded three villages in Freedonia."
HQ = "The rebels moved their headquarters to the hills."


def case_file(tmp_path: Path) -> Path:
    rows = [
        "id\tEventSnippet\tSubType",
        f"1\t{STRIKE}\tAIR_STRIKE",
        f"2\t{PROTEST}\tPEACE_PROTEST",
        f"3\t{FLOOD}\tNATURAL_DISASTER",
        f"4\t{HQ}\tHQ_ESTABLISHED",
    ]
    path = tmp_path / "case.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


ARREST = "police arrested 12 persons for rioting in the old city."
FIRING = "two people were killed when police opened fire on a mob."
CALM = "the situation remained calm, officials said."


def police_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ipe"
    folder.mkdir()
    docs = [
        {"doc_id": 1, "doc_text": f"{ARREST} \u00e2\u20ac\u0153we acted,\u00e2\u20ac\ufffd he said.", "doc_labels": ["ARREST", "ANY_ACTION"]},
        {"doc_id": 2, "doc_text": FIRING, "doc_labels": ["KILL", "FORCE", "ANY_ACTION"]},
        {"doc_id": 3, "doc_text": CALM, "doc_labels": []},
    ]
    sents = [
        {"doc_id": 1, "sent_id": 0, "sent_labels": ["ARREST", "ANY_ACTION"], "sent_text": ARREST},
        {"doc_id": 3, "sent_id": 0, "sent_labels": [], "sent_text": CALM},
    ]
    meta = [{"doc_id": 1, "date": "2002-03-10"}]
    for name, records in (("docs.jsonl", docs), ("sents.jsonl", sents), ("metadata_slim.jsonl", meta)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return folder


def test_case2021_file_is_read_and_recognised(tmp_path: Path) -> None:
    path = case_file(tmp_path)
    assert guess_kind(path) == "case2021"
    gold = read_gold(path)
    assert [item.labels for item in gold.items] == [
        ("AIR_STRIKE",), ("PEACE_PROTEST",), ("NATURAL_DISASTER",), ("HQ_ESTABLISHED",)
    ]
    assert all(item.events is None for item in gold.items)
    assert gold.event_types["AIR_STRIKE"].codes == ("195",)
    assert not gold.event_types["NATURAL_DISASTER"].is_event
    assert "HQ_ESTABLISHED" not in gold.event_types  # no CAMEO event: not scored


def test_a_tsv_without_the_case_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.tsv"
    path.write_text("a\tb\tc\n1\tx\ty\n", encoding="utf-8")
    with pytest.raises(InputError, match="CASE 2021"):
        read_gold(path, "case2021")


def test_case2021_scores_recall_per_type_and_quiet_on_non_events(tmp_path: Path) -> None:
    coder = FakeCoder(
        {
            # The air strike is reported (195), and a killing beside it is no error.
            STRIKE: [event("RURMIL", "195", "FRE", text=STRIKE), event("RURMIL", "1823", "FRE", text=STRIKE)],
            # The march is missed; the flood is wrongly coded as an attack.
            FLOOD: [event(None, "190", "FRE", text=FLOOD)],
            # Nothing for HQ: its label is not scored either way.
            HQ: [event("---REB", "190", None, text=HQ)],
        }
    )
    report = run_eval(case_file(tmp_path), coder)
    metrics = report.metrics
    assert metrics["labels.AIR_STRIKE.recall"] == 1.0
    assert metrics["labels.PEACE_PROTEST.recall"] == 0.0
    assert metrics["labels.recall"] == 0.5
    assert metrics["labels.macro_recall"] == 0.5
    assert metrics["labels.quiet"] == 0.0
    assert "labels.AIR_STRIKE.precision" not in metrics  # single-label: no precision
    wrong = {result.item.item_id: result for result in report.wrong}
    assert set(wrong) == {"case2021-2", "case2021-3"}
    assert wrong["case2021-2"].missed_labels == ("PEACE_PROTEST",)
    assert set(wrong["case2021-3"].extra_labels) >= {"ARMED_CLASH", "ATTACK"}
    text = report.format()
    assert "gold PEACE_PROTEST" in text and "missed: PEACE_PROTEST" in text


def test_india_police_folder_is_read_with_dates_and_repaired_quotes(tmp_path: Path) -> None:
    folder = police_folder(tmp_path)
    assert guess_kind(folder) == "indiapolice"
    gold = read_gold(folder)
    first = gold.items[0]
    assert first.date == "2002-03-10"
    assert "\u201cwe acted," in first.text and "\u00e2" not in first.text
    assert first.labels == ("ARREST", "ANY_ACTION")
    assert first.note == f"[ARREST,ANY_ACTION] {ARREST}"
    assert gold.items[2].labels == ()
    assert "FAIL" not in gold.event_types


def test_india_police_types_need_the_police_as_source(tmp_path: Path) -> None:
    arrest = EventType("ARREST", ("173",), frozenset({"COP"}))
    assert arrest.reported_by("173", "INDCOP")
    assert arrest.reported_by("173", "---", ("COP",))
    assert not arrest.reported_by("173", "INDGOV")
    assert not arrest.reported_by("175", "INDCOP")


def test_india_police_scores_precision_and_recall_per_question(tmp_path: Path) -> None:
    folder = police_folder(tmp_path)
    gold = read_gold(folder)
    texts = [item.text for item in gold.items]
    coder = FakeCoder(
        {
            texts[0]: [event("INDCOP", "173", "---", text=texts[0])],
            texts[1]: [event("---COP", "175", "---CVL", text=texts[1])],
            # An official's statement is no police act.
            texts[2]: [event("INDGOV", "010", None, text=texts[2])],
        }
    )
    metrics = run_eval(folder, coder).metrics
    assert metrics["labels.ARREST.precision"] == 1.0 and metrics["labels.ARREST.recall"] == 1.0
    assert metrics["labels.FORCE.f1"] == 1.0
    assert metrics["labels.KILL.recall"] == 0.0  # 175 does not say anyone died
    assert metrics["labels.ANY_ACTION.recall"] == 1.0
    assert metrics["labels.macro_f1"] == pytest.approx(0.75)


def test_mojibake_repair() -> None:
    assert repair_mojibake("\u00e2\u20ac\u02dcbhoomi pujan\u00e2\u20ac\u2122") == "\u2018bhoomi pujan\u2019"
    assert repair_mojibake("plain text") == "plain text"
