"""Every input kind becomes Articles; bad input becomes a skipped or failed Article with a reason."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.ingest import read_inputs
from communique.ingest.readers import decode_text, looks_binary
from communique.model import Status

HTML_PAGE = b"""<!doctype html><html><head><title>Ministers meet in Oslo</title>
<meta property="article:published_time" content="2023-04-05T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ministers meet in Oslo</h1>
<p>The foreign ministers of Norway and Sweden met in Oslo on Tuesday to discuss fishing quotas
in the Barents Sea, officials said after the talks ended late in the evening.</p>
<p>Both governments agreed to continue the negotiations next month and to publish a joint
statement on the results, according to a spokesperson for the Norwegian ministry.</p>
</article><footer>Copyright 2023</footer></body></html>"""


def test_text_file_title_and_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Ministers meet\n\nThe ministers met in Oslo.\n", encoding="utf-8")
    [article] = read_inputs([str(path)], default_date="2023-04-05")
    assert article.doc_id == "article.txt"
    assert article.title == "Ministers meet"
    assert article.text.startswith("Ministers meet\n")
    assert article.date == "2023-04-05"
    assert article.status is Status.PENDING


def test_directory_is_recursive_sorted_and_relative(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second one.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First one.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 binary")
    articles = list(read_inputs([str(tmp_path)]))
    assert [a.doc_id for a in articles] == ["a.txt", "b/two.txt", "notes.pdf"]
    assert articles[2].status is Status.SKIPPED
    assert "unsupported file type" in (articles[2].reason or "")


def test_jsonl_fields_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "d1", "title": "T", "text": "Russia met Ukraine.", "date": "2022-02-01", "source": "X",
                    "url": "http://example.org/1"}),
        "{not json",
        json.dumps({"id": "d3", "title": "no text"}),
        json.dumps({"id": "d4", "text": 42}),
        json.dumps({"id": "d5", "text": "   "}),
        json.dumps({"id": "d1", "text": "Again the same id."}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = list(read_inputs([str(path)]))
    by_id = {a.doc_id: a for a in articles}
    first = articles[0]
    assert (first.doc_id, first.title, first.date, first.source) == ("d1", "T", "2022-02-01", "X")
    assert first.metadata == {"url": "http://example.org/1"}
    assert by_id["corpus.jsonl:2"].status is Status.FAILED and "not JSON" in (by_id["corpus.jsonl:2"].reason or "")
    assert by_id["d3"].status is Status.FAILED and "no 'text'" in (by_id["d3"].reason or "")
    assert by_id["d4"].status is Status.FAILED and "not a string" in (by_id["d4"].reason or "")
    assert by_id["d5"].status is Status.SKIPPED
    assert articles[-1].status is Status.SKIPPED and "duplicate id" in (articles[-1].reason or "")
    # The flag the run checks to keep a repeat out of the store: where the id was first seen.
    assert articles[-1].duplicate_of == "corpus.jsonl:1"
    assert all(article.duplicate_of is None for article in articles[:-1])


def test_stdin_jsonl_and_text() -> None:
    data = (json.dumps({"id": "s1", "text": "China warned Japan."}) + "\n").encode()
    [article] = read_inputs(["-"], stdin=io.BytesIO(data))
    assert article.doc_id == "s1"
    [plain] = read_inputs(["-"], stdin=io.BytesIO(b"Plain text from a pipe."))
    assert plain.doc_id == "stdin" and plain.text == "Plain text from a pipe."


def test_html_file_uses_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE)
    [article] = read_inputs([str(path)])
    assert article.status is Status.PENDING
    assert "foreign ministers of Norway and Sweden" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Ministers meet in Oslo"
    assert article.date == "2023-04-05"


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, body, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buffer.getvalue()


def test_warc_and_warc_gz_yield_html_responses(tmp_path: Path) -> None:
    data = _warc([
        ("http://example.org/a", HTML_PAGE, "text/html; charset=utf-8"),
        ("http://example.org/logo.png", b"\x89PNG...", "image/png"),
    ])
    (tmp_path / "crawl.warc").write_bytes(data)
    (tmp_path / "crawl2.warc.gz").write_bytes(gzip.compress(data))
    for name in ("crawl.warc", "crawl2.warc.gz"):
        articles = list(read_inputs([str(tmp_path / name)]))
        assert [a.doc_id for a in articles] == ["http://example.org/a"]
        assert "Barents Sea" in articles[0].text


def test_bad_utf8_is_decoded_with_replacement_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café talks in Zürich.".encode("latin-1"))
    [article] = read_inputs([str(path)])
    assert article.status is Status.PENDING
    assert "\ufffd" in article.text
    assert article.warnings and "invalid UTF-8" in article.warnings[0]


def test_empty_binary_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "random.txt").write_bytes(bytes(range(256)) * 4)
    empty, binary = read_inputs([str(tmp_path / "empty.txt"), str(tmp_path / "random.txt")])
    assert empty.status is Status.SKIPPED and empty.reason == "empty document"
    assert binary.status is Status.SKIPPED and "binary" in (binary.reason or "")
    [missing] = read_inputs([str(tmp_path / "nope.txt")])
    assert missing.status is Status.FAILED and "no such file" in (missing.reason or "")


def test_decoding_helpers() -> None:
    assert decode_text("\ufeffhello".encode()) == ("hello", [])
    assert decode_text("hello".encode("utf-16")) == ("hello", [])
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(b"Plain English text.\n")
