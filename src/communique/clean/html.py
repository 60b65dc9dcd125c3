"""Main text, title and publication date of one HTML page, offline.

trafilatura finds the article body and htmldate (through trafilatura's metadata
extraction) the title and publication date; nothing is ever fetched. The body
comes back as a tree of blocks (paragraphs, headings, lists, quotes, tables);
each block becomes one paragraph of the text and paragraphs are joined with a
blank line, so the parser and the furniture detector downstream see the page's
block structure rather than one run of text. Bytes are decoded here (transport
charset, then the page's declaration, then UTF-8, then Windows-1252) so that
every caller gets the same text for the same page. When trafilatura finds
nothing (pages nested deeper than lxml will parse, odd markup) a plain
block-level reader from the standard library takes over; when that finds
nothing either, the page is rejected with an `InputError` whose message is one
line. No exception from the HTML libraries ever reaches the caller.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from communique.errors import InputError

# trafilatura refuses larger inputs on its own (MAX_FILE_SIZE in its settings); saying so here
# gives the user a reason instead of an empty result.
MAX_HTML_BYTES = 20_000_000

_METADATA_FIELDS = ("author", "sitename", "hostname", "description", "categories", "tags", "language", "url")
_HTML_START = re.compile(r"<\s*(?:!doctype|html|head|body)\b", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([\w.-]+)", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\ufeff]+")
# C0/C1 control characters (NUL from mis-decoded pages) would reach the parser and the store
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_RESPLIT_MIN_CHARS = 80
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ExtractedPage:
    """What an HTML page holds for the coder: main text (paragraphs split by blank lines) and metadata."""

    text: str
    title: str | None = None
    date: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def extract_html(html: str | bytes, url: str | None = None, encoding: str | None = None) -> ExtractedPage:
    """The main text of `html`, with title and publication date from the page metadata where present.

    Bytes are decoded with `encoding` when given (the charset of an HTTP Content-Type header, as
    in a WARC response), else by the page's own declaration, else as UTF-8, else as Windows-1252.
    Raises `InputError` when the page is empty, too large, or holds no text at all.
    """
    size = len(html.encode("utf-8", "surrogatepass")) if isinstance(html, str) else len(html)
    if size > MAX_HTML_BYTES:
        raise InputError(f"HTML page too large ({size:,} bytes; the limit is {MAX_HTML_BYTES:,})")
    decoding: dict[str, Any] = {}
    if isinstance(html, str):
        page = html
    else:
        page, used, replaced = decode_html(bytes(html), encoding)
        decoding["encoding"] = used
        if replaced:
            decoding["decoding_replacements"] = replaced
    # lxml refuses NUL characters and encoding declarations inside an already decoded string
    page = _XML_DECLARATION.sub("", page.replace("\x00", ""), count=1)
    if not page.strip():
        raise InputError("empty HTML page")
    if not _HTML_START.search(page[:4096]):
        # trafilatura rejects bare fragments ("<p>...</p>") as "not valid HTML"
        page = f"<html><body>{page}</body></html>"

    text, title, date, metadata = _with_trafilatura(page, url)
    if not text:
        text = _blocks_to_text(_read_blocks(page).blocks)
        title, date, metadata = _metadata_only(page, url)
        metadata["extractor"] = "fallback"
    elif "\n" not in text and len(text) > _RESPLIT_MIN_CHARS:
        # trafilatura's backup extractors can flatten a page into one run of text; the block
        # reader knows where the page's paragraphs begin, so break the same text there
        text = _resplit(text, _read_blocks(page).blocks)
    if not text:
        raise InputError("no main text found in the HTML page")
    if title is None:
        title = _clean_inline(" ".join(_read_blocks(page[:200_000]).title_parts)) or None
    metadata.update(decoding)
    return ExtractedPage(text=text, title=title, date=date, metadata=metadata)


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str, int]:
    """(text, encoding used, number of undecodable bytes replaced) for the bytes of a page.

    Order: byte-order mark, then `encoding` (from the transport), then the page's <meta> or XML
    declaration, then UTF-8, then Windows-1252 (which WHATWG also reads for "iso-8859-1").
    A declared single-byte charset loses to UTF-8 when the bytes are valid, non-ASCII UTF-8:
    mislabelled UTF-8 pages are common, the reverse accident is not.
    """
    for bom, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], name)
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    for declared in (encoding, _declared_charset(data[:4096])):
        codec = _codec(declared)
        if codec is None:
            continue
        if codec != "utf-8" and utf8 is not None and not utf8.isascii():
            return utf8, "utf-8", 0
        return _decode_with(data, codec)
    if utf8 is not None:
        return utf8, "utf-8", 0
    return _decode_with(data, "cp1252")


def _decode_with(data: bytes, name: str) -> tuple[str, str, int]:
    text = data.decode(name, "replace")
    # count only replacements the decoding introduced, not U+FFFD characters already in the page
    return text, name, max(0, text.count("\ufffd") - data.count("\ufffd".encode()))


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, with the WHATWG reading of Latin-1 labels."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _with_trafilatura(data: str, url: str | None) -> tuple[str, str | None, str | None, dict[str, Any]]:
    """Body text and metadata from trafilatura; empty text when it finds none or fails."""
    try:
        # imported here: trafilatura pulls in lxml, htmldate and courlan, which plain-text runs never need
        import trafilatura
        from trafilatura.xml import xmltotxt

        document = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:
        # trafilatura and lxml raise a wide range of errors on hostile markup (RecursionError
        # included); the fallback reader gets its chance and the caller sees at most an InputError
        document = None
    if document is None or isinstance(document, dict):
        return "", None, None, {}

    blocks: list[str] = []
    body = getattr(document, "body", None)
    if body is not None:
        try:
            blocks = [xmltotxt(block, False) for block in body]
        except Exception:
            blocks = [getattr(document, "text", "") or ""]
    text = _blocks_to_text(blocks)

    title, date, metadata = _read_metadata(document)
    metadata["extractor"] = "trafilatura"
    return text, title, date, metadata


def _metadata_only(data: str, url: str | None) -> tuple[str | None, str | None, dict[str, Any]]:
    """Title, date and metadata when trafilatura found no body (its metadata pass may still work)."""
    try:
        from trafilatura.metadata import extract_metadata

        document = extract_metadata(data, default_url=url)
    except Exception:
        return None, None, {}
    return _read_metadata(document)


def _read_metadata(document: Any) -> tuple[str | None, str | None, dict[str, Any]]:
    metadata: dict[str, Any] = {}
    for name in _METADATA_FIELDS:
        value = getattr(document, name, None)
        if value:
            metadata[name] = list(value) if isinstance(value, (list, tuple)) else value
    raw_title = getattr(document, "title", None)
    title = _clean_inline(raw_title) if isinstance(raw_title, str) else None
    raw_date = getattr(document, "date", None)
    date = raw_date if isinstance(raw_date, str) and _ISO_DATE.match(raw_date) else None
    return title or None, date, metadata


def _clean_inline(value: str) -> str:
    return _SPACES.sub(" ", _CONTROLS.sub("", value)).strip()


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


def _resplit(text: str, blocks: list[str]) -> str:
    """`text` with a paragraph break before each block of the page found in it, in order."""
    starts: list[int] = []
    position = 0
    for block in blocks:
        found = text.find(block, position)
        if found < 0:
            continue
        if found > 0:
            starts.append(found)
        position = found + len(block)
    if not starts:
        return text
    bounds = [0, *starts, len(text)]
    return _blocks_to_text([text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)])


# --- fallback reader -------------------------------------------------------------------------

# fmt: off
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
# fmt: on


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


def _read_blocks(page: str) -> _BlockReader:
    reader = _BlockReader()
    try:
        reader.feed(page)
        reader.close()
    except Exception:
        # HTMLParser is lenient, but keep whatever it read before a failure
        reader._flush()
    return reader
