"""`communique code` end to end: inputs of every kind in, contract-conformant records out."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from communique.cli.main import main
from communique.output import GDELT_COLUMNS

ARTICLE = (
    "Russia and Ukraine hold talks\n\n"
    "Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister Dmytro Kuleba in Antalya on Thursday. "
    "Lavrov accused Ukraine of provoking the conflict. "
    "Photo: Reuters / AFP\n\n"
    "Leave a Reply\n\nYour email address will not be published.\n"
)


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def _records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check_record(record: dict[str, Any], text: str) -> None:
    """The docs/OUTPUT.md contract, and every span pointing into the text as given."""
    assert isinstance(record["event_id"], str) and record["event_id"]
    assert record["code"].isdigit() and record["root"] == record["code"][:2]
    assert record["quad_class"] in (1, 2, 3, 4)
    assert record["modality"] in ("asserted", "negated", "hypothetical", "conditional", "question", "furniture")
    assert 0 <= record["confidence"] <= 1
    sentence = record["sentence"]
    assert text[sentence["start"]:sentence["end"]] == sentence["text"]
    spans = [record["verb"]]
    for side in ("source", "target"):
        actor = record[side]
        if actor is not None:
            assert set(actor) >= {"code", "country", "sectors", "name", "text", "start", "end"}
            spans.append(actor)
    if record["location"]:
        spans.append(record["location"])
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"], span


def test_code_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    status, out, err = _run(capsys, ["code", str(path), "--date", "2022-03-11", "--no-progress"])
    assert status == 0, err
    records = _records(out)
    assert records, err
    for record in records:
        check_record(record, ARTICLE)
        assert record["doc_id"] == "talks.txt" and record["doc_date"] == "2022-03-11"
        assert "Reuters" not in record["sentence"]["text"] and "Leave a Reply" not in record["sentence"]["text"]
    assert {(r["source"]["code"][:3], r["root"]) for r in records if r["source"]} >= {("RUS", "04")}
    assert "1 documents (1 coded" in err


def test_seed_document_offsets_ids_and_furniture(seed_text: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    seed = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_2c70f7056e8e97ac.txt"
    status, out, _ = _run(capsys, ["code", str(seed), "--date", "2021-12-02", "--all", "--no-progress"])
    assert status == 0
    first = _records(out)
    assert first
    for record in first:
        check_record(record, seed_text)
    asserted = [r for r in first if r["modality"] == "asserted"]
    for record in asserted:
        sentence = record["sentence"]["text"]
        for furniture in ("PAP / EPA", "Banner Leon", "Gaprindashvili", "Leave a Reply", "Super Mario"):
            assert furniture not in sentence
    _, again, _ = _run(capsys, ["code", str(seed), "--date", "2021-12-02", "--all", "--no-progress"])
    assert [r["event_id"] for r in _records(again)] == [r["event_id"] for r in first]


def test_csv_and_gdelt_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    status, out, _ = _run(capsys, ["code", str(path), "--format", "csv", "--no-progress"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and rows and rows[0]["code"] and "sentence_start" in rows[0]
    out_file = tmp_path / "events.tsv"
    status, _, _ = _run(capsys, ["code", str(path), "--format", "gdelt", "-o", str(out_file), "--no-progress"])
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert status == 0 and lines
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)


def test_stdin_jsonl_through_a_real_process(tmp_path: Path) -> None:
    corpus = "\n".join(json.dumps({"id": f"n{i}", "text": ARTICLE, "date": "2022-03-11"}) for i in range(2))
    result = subprocess.run(
        [sys.executable, "-m", "communique", "code", "-", "--input-format", "jsonl", "--no-progress"],
        input=corpus.encode(), capture_output=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    records = _records(result.stdout.decode())
    assert {r["doc_id"] for r in records} == {"n0", "n1"}
    for record in records:
        check_record(record, ARTICLE)


def test_bad_inputs_give_one_line_each_and_exit_status(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Le président français a rencontré Poutine à Moscou.".encode("latin-1"))
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Iran and Iraq met."}\nnot json\n{"id": "y"}\n',
                                        encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "communique", "code", str(tmp_path), "--no-progress"],
        capture_output=True, timeout=300, check=False, text=True,
    )
    assert result.returncode == 1  # something failed
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any("empty.txt: skipped: empty document" in line for line in lines)
    assert any("latin.txt: warning: invalid UTF-8" in line for line in lines)
    assert any("bad.jsonl:2: failed: line 2 is not JSON" in line for line in lines)
    assert any("y: failed:" in line and "no 'text'" in line for line in lines)
    assert any("6 documents" in line for line in lines)
