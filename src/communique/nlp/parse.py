"""Parse texts paragraph by paragraph, so no sentence spans a paragraph break.

Headlines, captions and list items carry no full stop; parsed as one text, the parser glues
them to the next paragraph. Each text is cut into chunks that end with their own newlines,
the chunks are parsed in one `nlp.pipe` stream, and each text's chunks are joined back with
`Doc.from_docs`: the joined Doc's text is the input text, character for character, so every
offset stays an offset into the text as given.

Hard-wrapped text (newswire such as Reuters: lines of ~65 characters, paragraphs marked by
indentation or blank lines) is the exception: there a single line break is a soft wrap in the
middle of a sentence, and cutting at it would cut the sentence. In such texts a line that does
not end a sentence and fills the wrap width, or is followed by a lower-case continuation, is
parsed together with the next line; spaCy treats the newline inside the chunk as whitespace.

Scraped text that lost its line breaks keeps them as runs of two or more spaces ("...a United
States automaker  Talks with Vietnam boost cooperation  Chinese and Vietnamese delegations
met..."); outside hard-wrapped text such a run before a capital, quote, bracket, dash, digit,
hashtag or handle ends a chunk too, so a subheading, photo credit or tweet link there is its own
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

_PARAGRAPH = re.compile(r"[^\n]*\n+|[^\n]+$")
# Widest line of a hard-wrapped text; web text has one paragraph per line, far longer.
_MAX_WRAP_WIDTH = 100
# A line this close to the wrap width was wrapped by the writer's tool, not ended by the writer.
_FULL_LINE = 0.7
_MIN_FULL_LINES = 3
_SENTENCE_END = tuple('.!?:;"\'”’)]')
# Two or more spaces after a word and before what can open a line: a line break lost in scraping.
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=[A-Z0-9\"'“‘(\[#@\-–—])")


def paragraphs(text: str) -> list[str]:
    """Chunks whose concatenation is exactly `text`."""
    chunks = _PARAGRAPH.findall(text) or [text]
    width = _wrap_width(chunks)
    if width is None:
        # not hard-wrapped (there, runs of spaces indent or follow a full stop inside a wrapped line)
        return [piece for chunk in chunks for piece in _flattened_breaks(chunk)]
    merged = [chunks[0]]
    for chunk in chunks[1:]:
        if _continues(merged[-1], chunk, width):
            merged[-1] += chunk
        else:
            merged.append(chunk)
    return merged


def _flattened_breaks(chunk: str) -> list[str]:
    """`chunk` cut after each run of two or more spaces before what can open a line (module
    docstring). Writers put one space between words, and two only after a sentence, where a cut
    changes nothing."""
    pieces: list[str] = []
    last = 0
    for run in _SPACE_RUN.finditer(chunk):
        pieces.append(chunk[last : run.end()])
        last = run.end()
    pieces.append(chunk[last:])
    return [piece for piece in pieces if piece] or [chunk]


def _wrap_width(chunks: list[str]) -> int | None:
    """The wrap width when the text is hard-wrapped, else None."""
    lengths = [len(chunk.rstrip("\n")) for chunk in chunks]
    width = max(lengths, default=0)
    if width == 0 or width > _MAX_WRAP_WIDTH:
        return None
    full = sum(1 for length in lengths if length >= _FULL_LINE * width)
    return width if full >= _MIN_FULL_LINES else None


def _continues(previous: str, line: str, width: int) -> bool:
    """Whether `line` goes on with the sentence that the last line of `previous` leaves open."""
    if not previous.endswith("\n") or previous.endswith("\n\n"):
        return False  # a blank line always ends a paragraph
    last = previous.rstrip("\n").rsplit("\n", 1)[-1].rstrip()
    if not last or not line.strip() or line[0].isspace():
        return False  # an indented line starts a paragraph
    if last.endswith(_SENTENCE_END):
        return False
    return line[0].islower() or line[0].isdigit() or len(last) >= _FULL_LINE * width


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per text, in order, parsed paragraph by paragraph."""
    pending: list[list[str]] = []
    for text in texts:
        pending.append(paragraphs(text))
        if sum(len(chunks) for chunks in pending) >= batch_size:
            yield from _parse_batch(nlp, pending, batch_size)
            pending = []
    if pending:
        yield from _parse_batch(nlp, pending, batch_size)


def _parse_batch(nlp: Language, chunked: list[list[str]], batch_size: int) -> Iterator[Doc]:
    flat = [chunk for chunks in chunked for chunk in chunks]
    docs = iter(nlp.pipe(flat, batch_size=batch_size))
    for chunks in chunked:
        parts = [next(docs) for _ in chunks]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
