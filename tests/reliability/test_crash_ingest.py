"""`kill -9` of `communique ingest` midway, then a rerun: the DuckDB store is consistent, nothing is
duplicated, nothing is lost -- compared with a clean run over the same input (issue 8, "Crashes").

The corpus (2,000 short generated articles) is written at test time. The killed process gets no
chance to clean up: SIGKILL, after its progress bar shows that a few hundred documents went
through (the store commits in batches of 200, one transaction each).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from reliability_inputs import run_cli, write_corpus
from reliability_store import SNAPSHOT_QUERIES, assert_consistent, snapshot

DOCUMENTS = 2_000
KILL_AFTER = 500  # documents through the coder when the process is killed


def _ingest_killed(workdir: Path, corpus: str, db: str) -> int:
    """Starts `communique ingest`, SIGKILLs it once KILL_AFTER documents went through; the count seen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "communique", "ingest", corpus, "--db", db, "--progress"],
        cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    seen = [0]

    def watch() -> None:
        assert process.stderr is not None
        buffer = b""
        while chunk := process.stderr.read1(4096):  # type: ignore[attr-defined]
            buffer = (buffer + chunk)[-4096:]
            # tqdm: "500/2000 [00:42<02:06, 11.8doc/s]", or "500doc [00:42, 11.8doc/s]" without a total
            counts = re.findall(rb"(\d+)(?:/\d+ \[|doc \[)", buffer)
            if counts:
                seen[0] = max(seen[0], int(counts[-1]))

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    deadline = time.monotonic() + 600
    while seen[0] < KILL_AFTER and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.poll() is None, "the ingest finished before it could be killed; raise DOCUMENTS"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    reader.join(timeout=10)
    assert process.returncode == -signal.SIGKILL
    return seen[0]


@pytest.mark.slow
def test_kill_9_during_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus.jsonl", DOCUMENTS)
    # the clean run, in parallel (its own store file): the reference the resumed store must equal
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")}
    clean = subprocess.Popen(
        [sys.executable, "-m", "communique", "ingest", "corpus.jsonl", "--db", "clean.duckdb"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip

    seen = _ingest_killed(tmp_path, "corpus.jsonl", "killed.duckdb")
    partial = assert_consistent(tmp_path / "killed.duckdb")  # opens, replays its log, holds whole batches
    print(f"killed after {seen} documents coded; the store held {partial['documents']} of {DOCUMENTS}")
    assert 0 < partial["documents"] < DOCUMENTS
    assert partial["documents"] % 200 == 0  # whole transactions only

    rerun = run_cli(["ingest", "corpus.jsonl", "--db", "killed.duckdb"], tmp_path, timeout=900)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "Traceback" not in rerun.stderr
    _, clean_err = clean.communicate(timeout=900)
    assert clean.returncode == 0, clean_err[-3000:]

    totals = assert_consistent(tmp_path / "killed.duckdb")
    assert totals == assert_consistent(tmp_path / "clean.duckdb")
    assert totals["documents"] == DOCUMENTS
    resumed, fresh = snapshot(tmp_path / "killed.duckdb"), snapshot(tmp_path / "clean.duckdb")
    for table in SNAPSHOT_QUERIES:
        assert resumed[table] == fresh[table], f"table {table} differs after kill -9 and rerun"
