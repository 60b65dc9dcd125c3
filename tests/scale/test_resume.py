"""A real `communique code ... -o DIR/` killed with SIGKILL midway, rerun: the clean run's output, exactly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from corpus import write_corpus

from communique.scale.shards import manifest_documents
from communique.store import read_shard_records


def _command(corpus: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "communique", "code", str(corpus), "-o", f"{out}/",
            "--shard-size", "4", "--workers", "2", "--no-progress"]  # fmt: skip


# Enough documents that coding them takes seconds: the kill must land while shards remain, even
# when this test's own polling is slowed by a busy machine (60 short documents were coded in about
# a second, and a starved poll once saw every shard finished before the kill).
DOCUMENTS = 240
LINES = DOCUMENTS + 3  # write_corpus adds an empty text, a line that is not JSON and a duplicate id
SHARDS = -(-LINES // 4)


def _outputs(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.glob("shard-*"))}


def test_sigkill_midway_then_rerun_gives_the_clean_output(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", DOCUMENTS)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    done = subprocess.run(_command(corpus, clean), capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # one input line is not JSON: a failed document

    # The whole job (parent and workers, one process group) dies once a shard is finished.
    job = subprocess.Popen(_command(corpus, crashed), start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 240
    while not list(crashed.glob("shard-*.manifest.json")):
        assert job.poll() is None, "the run finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait(timeout=30)
    finished = len(list(crashed.glob("shard-*.manifest.json")))
    assert finished < SHARDS  # the run was cut short
    assert json.loads((crashed / "manifest.json").read_text())["complete"] is False

    rerun = subprocess.run(_command(corpus, crashed), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 1, rerun.stderr
    assert "from shards already done" in rerun.stderr

    leftovers = {p.name for p in crashed.iterdir() if p.name.startswith(".")}
    assert _outputs(crashed) == _outputs(clean), leftovers
    ids = [entry["doc_id"] for entry in manifest_documents(crashed)]
    positions = [entry["position"] for entry in manifest_documents(crashed)]
    assert positions == list(range(LINES))  # no gaps, no duplicates
    assert ids == [entry["doc_id"] for entry in manifest_documents(clean)]
    records = list(read_shard_records([crashed]))
    assert len({r["event_id"] + r["doc_id"] for r in records}) == len(records)
    assert (
        json.loads((crashed / "manifest.json").read_text())["totals"]
        == json.loads((clean / "manifest.json").read_text())["totals"]
    )
