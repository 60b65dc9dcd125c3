"""Main text, title and publication date of one HTML page, offline.

trafilatura finds the article body and htmldate (through trafilatura's metadata
extraction) the title and publication date; nothing is ever fetched. The body
comes back as a tree of blocks (paragraphs, headings, lists, quotes, tables);
each block becomes one paragraph of the text and paragraphs are joined with a
blank line, so the parser and the furniture detector downstream see the page's
block structure rather than one run of text. When trafilatura finds nothing
(fragments, pages nested deeper than lxml will parse, odd markup) a plain
block-level reader from the standard library takes over; when that finds
nothing either, the page is rejected with an `InputError` whose message is one
line. No exception from the HTML libraries ever reaches the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from communique.errors import InputError

# trafilatura refuses larger inputs on its own (MAX_FILE_SIZE in its settings); saying so here
# gives the user a reason instead of an empty result.
MAX_HTML_BYTES = 20_000_000

_METADATA_FIELDS = ("author", "sitename", "hostname", "description", "categories", "tags", "language", "url")
_HTML_START = re.compile(rb"<\s*(?:!doctype|html|head|body)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ExtractedPage:
    """What an HTML page holds for the coder: main text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def extract_html(html: str | bytes, url: str | None = None) -> ExtractedPage:
    """The main text of `html`, with title and publication date from the page metadata where present.

    Raises `InputError` when the page is empty, too large, or holds no text at all.
    """
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else bytes(html)
    if not data.strip():
        raise InputError("empty HTML page")
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"HTML page too large ({len(data):,} bytes; the limit is {MAX_HTML_BYTES:,})")
    if not _HTML_START.search(data[:4096]):
        # trafilatura rejects bare fragments ("<p>...</p>") as "not valid HTML"
        data = b"<html><body>" + data + b"</body></html>"

    text, title, date, metadata = _with_trafilatura(data, url)
    if not text:
        text = _blocks_to_text(_fallback_blocks(data))
        if text:
            metadata["extractor"] = "fallback"
    if not text:
        raise InputError("no main text found in the HTML page")
    if title is None:
        title = _fallback_title(data)
    return ExtractedPage(text=text, title=title, date=date, metadata=metadata)


def _with_trafilatura(data: bytes, url: str | None) -> tuple[str, str | None, str | None, dict[str, Any]]:
    """Body text and metadata from trafilatura; empty text when it finds none or fails."""
    try:
        import trafilatura
        from trafilatura.xml import xmltotxt

        document = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (Exception, RecursionError):
        # trafilatura and lxml raise a wide range of errors on hostile markup; the fallback reader
        # gets its chance and the caller sees at most an InputError.
        document = None
    if document is None or isinstance(document, dict):
        return "", None, None, {}

    blocks: list[str] = []
    body = getattr(document, "body", None)
    if body is not None:
        try:
            blocks = [xmltotxt(block, False) for block in body]
        except (Exception, RecursionError):
            blocks = [getattr(document, "text", "") or ""]
    text = _blocks_to_text(blocks)

    metadata: dict[str, Any] = {"extractor": "trafilatura"}
    for name in _METADATA_FIELDS:
        value = getattr(document, name, None)
        if value:
            metadata[name] = list(value) if isinstance(value, (list, tuple)) else value
    title = _clean_inline(document.title) if getattr(document, "title", None) else None
    raw_date = getattr(document, "date", None)
    date = raw_date if isinstance(raw_date, str) and _ISO_DATE.match(raw_date) else None
    return text, title or None, date, metadata


def _clean_inline(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def _blocks_to_text(blocks: list[str]) -> str:
    """One paragraph per block, blank line between; lines inside a block (line breaks, list items) kept."""
    paragraphs: list[str] = []
    for block in blocks:
        # a block rendered from the tree may itself hold blank lines (flattened fallback output)
        for paragraph in _BLANK_LINES.split(block):
            lines = [_clean_inline(line) for line in paragraph.split("\n")]
            joined = "\n".join(line for line in lines if line)
            if joined:
                paragraphs.append(joined)
    return "\n\n".join(paragraphs)


# --- fallback reader -------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
     "button", "select", "iframe", "head", "title", "object", "canvas"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
     "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "figcaption", "br",
     "hr", "address"}
)
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                        "source", "track", "wbr", "param"})


class _BlockReader(HTMLParser):
    """Text of the block elements outside navigation and scripts; flat, so nesting depth is harmless."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.title_parts: list[str] = []
        self._current: list[str] = []
        self._skip_stack: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self._skip_stack.append(tag)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skip_stack and tag == self._skip_stack[-1]:
            self._skip_stack.pop()
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_stack:
            self._current.append(data)

    def _flush(self) -> None:
        block = _clean_inline(" ".join(self._current))
        if block:
            self.blocks.append(block)
        self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


def _decode(data: bytes) -> str:
    head = data[:2048].decode("ascii", "replace")
    match = re.search(r"charset=[\"']?([\w-]+)", head, re.IGNORECASE)
    if match:
        try:
            return data.decode(match.group(1), "replace")
        except LookupError:
            pass
    return data.decode("utf-8", "replace")


def _read_blocks(data: bytes) -> _BlockReader:
    reader = _BlockReader()
    try:
        reader.feed(_decode(data))
        reader.close()
    except Exception:
        # HTMLParser is lenient, but keep whatever it read before a failure
        reader._flush()
    return reader


def _fallback_blocks(data: bytes) -> list[str]:
    return _read_blocks(data).blocks


def _fallback_title(data: bytes) -> str | None:
    title = _clean_inline(" ".join(_read_blocks(data[:200_000]).title_parts))
    return title or None
