"""Unwritable output: a clear error, never a traceback, and nothing half-written that looks complete
(issue 8, "Disk full / read-only output directory").

Running as root, a chmod'ed directory stays writable, so an unwritable place is a path under a
regular file (NotADirectoryError), and a full disk is simulated in-process: the writer raises
OSError(ENOSPC) after part of the output went out, as a real full disk does.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from reliability_inputs import run_cli, write_corpus
from reliability_store import assert_consistent

from communique.cli.main import main

ENOSPC = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture()
def blocked(tmp_path: Path) -> Path:
    """A regular file: nothing can be created under it."""
    path = tmp_path / "a-file"
    path.write_text("not a directory\n")
    (tmp_path / "in.txt").write_text("Russian troops attacked Ukrainian positions near Kharkiv on Monday.\n")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["code", "in.txt", "-o", "a-file/events.jsonl"],
        ["code", "in.txt", "--manifest", "a-file/manifest.jsonl", "-o", "events.jsonl"],
        ["code", "in.txt", "-o", "a-file/shards/"],
        ["ingest", "in.txt", "--db", "a-file/events.duckdb"],
    ],
    ids=["output-file", "manifest", "shard-dir", "store"],
)
def test_unwritable_output_path_is_a_clear_error(tmp_path: Path, blocked: Path, args: list[str]) -> None:
    result = run_cli(args, tmp_path, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("communique: error:") or "\ncommunique: error:" in result.stderr
    assert "a-file" in result.stderr  # the message names the path
    assert not (tmp_path / "events.jsonl").exists() or not (tmp_path / "events.jsonl").read_text()


def _call(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str, str]:
    """The CLI in this process; an exception escaping it is returned as its name (the test then fails on it)."""
    try:
        status: int | str = main(argv)
    except Exception as exc:  # noqa: BLE001 - the test reports what escaped
        status = f"{type(exc).__name__} escaped: {exc}"
    return status, capsys.readouterr().err


def test_disk_full_while_writing_events_leaves_no_complete_looking_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from communique import output

    write_corpus(tmp_path / "corpus.jsonl", 12)
    written = []

    def write(self: output.JsonlWriter, record: dict) -> None:
        if len(written) == 5:
            raise ENOSPC
        written.append(record)
        self.stream.write(json.dumps(record) + "\n")  # type: ignore[attr-defined]

    monkeypatch.setattr(output.JsonlWriter, "write", write)
    out = tmp_path / "events.jsonl"
    status, err = _call(["code", str(tmp_path / "corpus.jsonl"), "-o", str(out)], capsys)
    assert status == 2, status
    assert "No space left on device" in err and "Traceback" not in err
    # five records went out before the disk filled: they must not stand as the finished output
    assert not out.exists(), f"{out.name} left behind with {len(out.read_text().splitlines())} of the events"


def test_disk_full_while_writing_shards_keeps_finished_shards_and_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from communique.scale import shards

    write_corpus(tmp_path / "corpus.jsonl", 15)
    original = shards._atomic_write
    calls = []

    def full_disk(path: Path, write) -> None:  # type: ignore[no-untyped-def]
        calls.append(path.name)
        if path.name == shards.shard_name(1, "jsonl"):
            write(path.with_name(f".{path.name}.tmp"))  # part of it reached the disk...
            raise ENOSPC  # ...then the disk was full
        original(path, write)

    monkeypatch.setattr(shards, "_atomic_write", full_disk)
    argv = ["code", str(tmp_path / "corpus.jsonl"), "-o", f"{tmp_path / 'out'}/", "--shard-size", "5"]
    full_status, full_err = _call(argv, capsys)
    manifest = json.loads((tmp_path / "out" / shards.MANIFEST).read_text())
    assert not manifest.get("complete"), "a run stopped by a full disk is marked complete"
    finished = list(shards.finished_shards(tmp_path / "out"))
    assert [shard.number for shard in finished] == [0]
    assert not (tmp_path / "out" / shards.shard_name(1, "jsonl")).exists()

    monkeypatch.setattr(shards, "_atomic_write", original)  # space again: the rerun finishes the job
    status, err = _call(argv, capsys)
    assert status == 0, f"{status}: {err[-2000:]}"
    documents = list(shards.manifest_documents(tmp_path / "out"))
    assert [d["doc_id"] for d in documents] == [f"doc-{i:05d}" for i in range(15)]
    event_ids = [
        json.loads(line)["event_id"]
        for shard in shards.finished_shards(tmp_path / "out")
        for line in shard.path.read_text().splitlines()
    ]
    assert len(event_ids) == len(set(event_ids)) == sum(d["events"] for d in documents)
    # and the run that hit the full disk said so, and how
    assert full_status == 2, full_status
    assert "No space left on device" in full_err and "Traceback" not in full_err


def test_disk_full_during_ingest_keeps_whole_batches_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from communique.store.writer import Store

    write_corpus(tmp_path / "corpus.jsonl", 230)
    original = Store._insert_documents
    batches = []

    def insert(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        batches.append(1)
        if len(batches) == 2:
            raise ENOSPC  # the second batch (30 documents) hits a full disk
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "_insert_documents", insert)
    db = tmp_path / "events.duckdb"
    status, err = _call(["ingest", str(tmp_path / "corpus.jsonl"), "--db", str(db)], capsys)
    totals = assert_consistent(db)
    assert totals["documents"] == 200  # the first transaction, whole; nothing of the second
    assert status == 2, status
    assert "No space left on device" in err and "Traceback" not in err
