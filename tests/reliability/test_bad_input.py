"""Bad input through the real pipeline: every document ends coded, skipped or failed with a reason,
the batch never stops, nothing crashes (issue 8, "Bad input").

The inputs are written at test time by reliability_inputs.py; the 50 MB and 1 MB ones are
generated in the (slow) tests that use them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reliability_inputs import ENGLISH, NON_ENGLISH, Expect, long_sentence, run_cli, write_bad_inputs

from communique.ingest import read_inputs
from communique.model import Article, Status

FINAL = {Status.CODED, Status.SKIPPED, Status.FAILED}


def _check(doc_id: str, status: str, reason: str | None, expect: Expect) -> None:
    assert status in expect.statuses, f"{doc_id}: {status} ({reason}), expected {sorted(expect.statuses)}"
    if status != "coded":
        assert reason, f"{doc_id}: {status} without a reason"
        if expect.reason_word:
            assert expect.reason_word in reason.lower(), f"{doc_id}: reason {reason!r}"


def test_reader_accounts_for_every_bad_input(tmp_path: Path) -> None:
    expected = write_bad_inputs(tmp_path / "in")
    articles = list(read_inputs([str(tmp_path / "in")]))
    assert [a.doc_id for a in articles] == [doc_id for doc_id, _ in expected]
    for article in articles:
        assert article.status in {Status.PENDING, Status.SKIPPED, Status.FAILED}
        if not article.is_active:
            assert article.reason
    by_id = {a.doc_id: a for a in articles}
    assert by_id["utf16_bom.txt"].text == ENGLISH
    assert any("UTF-8" in w for w in by_id["invalid_utf8.txt"].warnings)
    assert "Khar\ufffd\ufffdkiv" in by_id["invalid_utf8.txt"].text  # stray bytes in UTF-8: replaced
    latin1 = by_id["latin1.txt"]  # read as UTF-8 with replacement characters, and said so
    assert "C\ufffdte d'Ivoire" in latin1.text and any("UTF-8" in w for w in latin1.warnings)
    assert "Kampala" in by_id["nested.html"].text


def test_coder_accounts_for_every_bad_input(tmp_path: Path, coder) -> None:
    expected = write_bad_inputs(tmp_path / "in")
    coded = list(coder.code_articles(read_inputs([str(tmp_path / "in")])))
    assert [a.doc_id for a in coded] == [doc_id for doc_id, _ in expected]
    for article, (doc_id, expect) in zip(coded, expected, strict=True):
        assert article.status in FINAL
        _check(doc_id, article.status.value, article.reason, expect)
    by_id = {a.doc_id: a for a in coded}
    # the batch went on: the good documents before and after all that were coded, with events
    assert by_id["a_good_first.txt"].events and by_id["z_good_last.txt"].events
    assert by_id["utf16_bom.txt"].events
    for event in by_id["long_sentence.txt"].events:
        text = by_id["long_sentence.txt"].text
        assert text[event.verb.start : event.verb.end] == event.verb.text


@pytest.mark.parametrize("language", sorted(NON_ENGLISH))
def test_non_english_article_is_skipped_with_reason_language(coder, language: str) -> None:
    article = coder.code_text(NON_ENGLISH[language], date="2024-03-01", doc_id=language)
    assert article.status is Status.SKIPPED
    assert article.reason is not None and article.reason.startswith("language")
    assert not article.events


def test_english_with_foreign_names_and_quotes_is_coded(coder) -> None:
    text = (
        "Le Monde reported that the French president, Emmanuel Macron, met Olaf Scholz in Berlin. "
        '"Nous sommes d\'accord," Macron told reporters after the meeting on Tuesday.\n'
    )
    article = coder.code_text(text, date="2024-03-01")
    assert article.status is Status.CODED, article.reason


def test_five_thousand_token_sentence_is_coded_with_valid_offsets(coder) -> None:
    text = long_sentence(5_000)
    assert len(coder.steps[1].nlp.make_doc(text)) >= 5_000  # type: ignore[attr-defined]
    article = coder.code_text(text, date="2024-03-01")
    assert article.status is Status.CODED, article.reason
    for event in article.events:
        assert text[event.sentence.start : event.sentence.end] == event.sentence.text


def test_cli_code_never_stops_and_never_shows_a_traceback(tmp_path: Path) -> None:
    expected = write_bad_inputs(tmp_path / "in")
    result = run_cli(
        ["code", "in", "-o", "events.jsonl", "--manifest", "manifest.jsonl", "--date", "2024-03-01"], tmp_path
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 1, result.stderr[-2000:]  # some documents failed: exit status 1, not a crash
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [entry["doc_id"] for entry in manifest] == [doc_id for doc_id, _ in expected]
    for entry, (doc_id, expect) in zip(manifest, expected, strict=True):
        _check(doc_id, entry["status"], entry["reason"], expect)
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert {"a_good_first.txt", "z_good_last.txt"} <= {e["doc_id"] for e in events}
    # one line per problem on stderr, naming the document
    for entry in manifest:
        if entry["status"] != "coded":
            assert f"communique: {entry['doc_id']}: {entry['status']}: " in result.stderr


# The CLI in a child process that records its own peak memory when it is done.
_MEASURED_CLI = (
    "import resource, sys\n"
    "from communique.cli.main import main\n"
    "status = main(sys.argv[2:])\n"
    "with open(sys.argv[1], 'w') as out: out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "sys.exit(status)\n"
)


@pytest.mark.slow
def test_fifty_megabyte_document_is_cut_with_a_warning_and_memory_stays_bounded(tmp_path: Path) -> None:
    paragraph = (
        b"The foreign minister met his counterpart in Geneva on Tuesday to discuss the ceasefire, "
        b"officials said, and both sides agreed to meet again next month.\n\n"
    )
    size = 50 * 1024 * 1024
    with (tmp_path / "huge.txt").open("wb") as out:
        for _ in range(size // len(paragraph) + 1):
            out.write(paragraph)
    (tmp_path / "after.txt").write_text(ENGLISH, encoding="utf-8")
    args = [
        "code",
        "huge.txt",
        "after.txt",
        "-o",
        "events.jsonl",
        "--manifest",
        "manifest.jsonl",
        "--max-chars",
        "50000",
    ]
    result = subprocess.run(
        [sys.executable, "-c", _MEASURED_CLI, "rss.txt", *args],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
        env={k: v for k, v in os.environ.items() if not k.startswith("COMMUNIQUE_")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "huge.txt: warning: text of" in result.stderr and "cut to 50000" in result.stderr
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [(e["doc_id"], e["status"]) for e in manifest] == [("huge.txt", "coded"), ("after.txt", "coded")]
    events = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    assert all(e["sentence"]["end"] <= 50_000 for e in events if e["doc_id"] == "huge.txt")
    peak = int((tmp_path / "rss.txt").read_text()) / 1024
    print(f"peak RSS of `communique code` on a 50 MB document: {peak:.0f} MB")
    # model, dictionaries and gazetteer take about 700 MB; the page may add its bytes and its text
    # (2 x 50 MB) while it is read, and nothing in proportion to its size after the cut
    assert peak < 1200


@pytest.mark.slow
def test_one_megabyte_single_line_ends_coded_or_failed_by_the_time_limit(tmp_path: Path) -> None:
    words = ["minister", "said", "talks", "Geneva", "and", "the", "ceasefire", "would", "hold"]
    line = " ".join(words[i % len(words)] for i in range(200_000))[:1_000_000]
    assert len(line) == 1_000_000 and "\n" not in line
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    (tmp_path / "next.txt").write_text(ENGLISH, encoding="utf-8")
    result = run_cli(
        ["code", "line.txt", "next.txt", "-o", "events.jsonl", "--manifest", "manifest.jsonl",
         "--doc-timeout", "10", "--batch-size", "1"],
        tmp_path, timeout=600,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    first, second = manifest
    assert first["doc_id"] == "line.txt" and first["status"] in {"coded", "failed"}
    if first["status"] == "failed":
        assert "timeout" in first["reason"]
    assert second == {"doc_id": "next.txt", "status": "coded", "reason": None, "events": second["events"],
                      "duplicate_of": None}
    assert second["events"] > 0


def test_time_limit_fails_only_the_slow_document(tmp_path: Path) -> None:
    from communique.config import Settings
    from communique.pipeline import Coder, ComponentStep, NlpStep

    coder = Coder(Settings(doc_timeout=1.0))
    # a pathological document: long enough that parsing it takes well over the second allowed
    slow = Article(doc_id="slow", text="The minister said the talks in Geneva would continue. " * 6000)
    fast = Article(doc_id="fast", text=ENGLISH, date="2024-03-01")
    out = list(coder.code_articles([slow, fast]))
    assert [a.doc_id for a in out] == ["slow", "fast"]
    assert out[0].status is Status.FAILED and out[0].reason is not None
    assert "timeout" in out[0].reason and "doc_timeout" in out[0].reason
    assert out[1].status is Status.CODED and out[1].events
    assert any(isinstance(step, NlpStep) and step.doc_timeout == 1.0 for step in coder.steps)

    def spin(doc: object) -> object:  # a component stuck in pure Python
        while True:
            pass

    stuck = ComponentStep("actors", spin, timeout=0.3)
    article = Article(doc_id="stuck", text="x")
    article.doc = object()
    (result,) = list(stuck([article]))
    assert (
        result.status is Status.FAILED
        and result.reason == "actors: timeout: took longer than 0.3s (doc_timeout)"
    )


def test_time_limit_puts_back_a_timer_that_was_already_running() -> None:
    """pytest-timeout (or a caller) may have its own SIGALRM timer: it keeps working."""
    import signal
    import time

    from communique.pipeline import DocumentTimeout, time_limit

    fired: list[float] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(time.monotonic()))
    try:
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        with pytest.raises(DocumentTimeout), time_limit(0.3):
            while True:
                pass
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 1.0 < left < 1.8  # the outer timer runs on, minus the time spent inside
        time.sleep(left + 0.3)
        assert len(fired) == 1 and 1.9 < fired[0] - started < 2.6
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
