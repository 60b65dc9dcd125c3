"""Readers for each input kind; `read_inputs` picks one per path and yields Articles in a fixed order."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from communique.errors import InputError
from communique.model import Article

INPUT_FORMATS = ("txt", "html", "jsonl", "warc")

_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A first line this short, with no sentence-final punctuation, is taken as the title.
_TITLE_MAX = 200


def input_format_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, kind in sorted(_SUFFIXES.items(), key=lambda item: -len(item[0])):
        if name.endswith(suffix):
            return kind
    return None


def read_inputs(
    inputs: Iterable[str],
    input_format: str | None = None,
    default_date: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article]:
    """Articles from files, directories (recursive, sorted) and '-' (standard input)."""
    for given in inputs:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _with_default_date(_read_stdin(stream, input_format), default_date)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                yield from _with_default_date(
                    _read_file(file, file.relative_to(path).as_posix(), input_format, explicit=False),
                    default_date,
                )
        elif path.exists():
            yield from _with_default_date(_read_file(path, path.name, input_format, explicit=True), default_date)
        else:
            yield _failed(path.name or given, f"no such file or directory: {given}")


def _with_default_date(articles: Iterator[Article], default_date: str | None) -> Iterator[Article]:
    for article in articles:
        if article.date is None and default_date:
            article.date = default_date
        yield article


def _failed(doc_id: str, reason: str) -> Article:
    article = Article(doc_id=doc_id, text="")
    article.fail(reason)
    return article


def _read_file(path: Path, doc_id: str, input_format: str | None, explicit: bool) -> Iterator[Article]:
    kind = input_format or input_format_of(path)
    if kind is None:
        if not explicit:
            article = Article(doc_id=doc_id, text="")
            article.skip(f"unsupported file type {path.suffix or '(none)'}")
            yield article
            return
        kind = "txt"
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _failed(doc_id, f"cannot read file: {exc.strerror or exc}")
        return
    if kind == "jsonl":
        yield from _read_jsonl(data, doc_id)
    elif kind == "warc":
        yield from _read_warc(data, doc_id)
    elif kind == "html":
        yield _html_article(data, doc_id)
    else:
        yield _text_article(data, doc_id)


def _read_stdin(stream: IO[bytes], input_format: str | None) -> Iterator[Article]:
    data = stream.read()
    kind = input_format
    if kind is None:
        head = data.lstrip()[:1]
        kind = "jsonl" if head == b"{" else "html" if head == b"<" else "txt"
    if kind == "jsonl":
        yield from _read_jsonl(data, "stdin")
    elif kind == "warc":
        yield from _read_warc(data, "stdin")
    elif kind == "html":
        yield _html_article(data, "stdin")
    else:
        yield _text_article(data, "stdin")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM removed), UTF-16 with a BOM, else UTF-8 with replacement (and a warning)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        return text, [f"invalid UTF-8 at byte {exc.start}: decoded with replacement characters"]


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters in the first 4 KB: not a text document."""
    sample = data[:4096]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def _text_article(data: bytes, doc_id: str) -> Article:
    if looks_binary(data):
        article = Article(doc_id=doc_id, text="")
        article.skip("binary content, not text")
        return article
    text, warnings = decode_text(data)
    article = Article(doc_id=doc_id, text=text, title=_title_line(text), warnings=warnings)
    if not text.strip():
        article.skip("empty document")
    return article


def _title_line(text: str) -> str | None:
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= _TITLE_MAX and not first.endswith((".", "!", "?", ":", '"', "”")):
        return first
    return None


def _html_article(data: bytes, doc_id: str, url: str | None = None, encoding: str | None = None) -> Article:
    from communique.clean import extract_html

    if looks_binary(data):
        article = Article(doc_id=doc_id, text="")
        article.skip("binary content, not HTML")
        return article
    try:
        page = extract_html(data, url=url, encoding=encoding)
    except InputError as exc:
        return _failed(doc_id, str(exc))
    metadata: dict[str, Any] = dict(page.metadata)
    if url:
        metadata.setdefault("url", url)
    article = Article(doc_id=doc_id, text=page.text, title=page.title, date=page.date, metadata=metadata)
    if metadata.get("decoding_replacements"):
        article.warnings.append(
            f"undecodable bytes replaced ({metadata['decoding_replacements']} replacement characters)"
        )
    if not page.text.strip():
        article.skip("no main text found in the HTML page")
    return article


def _read_jsonl(data: bytes, name: str) -> Iterator[Article]:
    text, warnings = decode_text(data)
    first_line: dict[str, str] = {}  # doc_id -> where its first line is
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(where, f"line {lineno} is not JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield _failed(where, f"line {lineno} is not a JSON object")
            continue
        article = _jsonl_article(record, where)
        first = first_line.setdefault(article.doc_id, where)
        if first != where and article.is_active:
            article.skip_duplicate(first, f"duplicate id {article.doc_id!r} (line {lineno})")
        article.warnings.extend(warnings)
        yield article


def _jsonl_article(record: dict[str, Any], where: str) -> Article:
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else where
    text = record.get("text")
    if text is None:
        return _failed(doc_id, f"{where}: no 'text' field")
    if not isinstance(text, str):
        return _failed(doc_id, f"{where}: 'text' is {type(text).__name__}, not a string")
    date = record.get("date")
    date = date[:10] if isinstance(date, str) and _ISO_DATE.match(date) else None
    title = record.get("title") if isinstance(record.get("title"), str) else None
    source = record.get("source") if isinstance(record.get("source"), str) else None
    metadata = {k: v for k, v in record.items() if k not in {"id", "text", "title", "date", "source"}}
    article = Article(doc_id=doc_id, text=text, title=title, date=date, source=source, metadata=metadata)
    if not text.strip():
        article.skip("empty document")
    return article


def _read_warc(data: bytes, name: str) -> Iterator[Article]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield _failed(name, f"corrupt gzip in WARC: {exc}")
            return
    import io

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            count += 1
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{name}#{count}"
            charset = content_type.partition("charset=")[2].split(";")[0].strip() or None
            yield _html_article(record.content_stream().read(), url, url=url, encoding=charset)
    except (ArchiveLoadFailed, ValueError, OSError) as exc:
        yield _failed(f"{name}#{count + 1}", f"unreadable WARC record: {exc}")
