"""Parse texts paragraph by paragraph, so no sentence ever spans a line break.

Headlines, captions and list items carry no full stop; parsed as one text, the parser glues
them to the next paragraph. Each text is cut into chunks that end with their own newlines,
the chunks are parsed in one `nlp.pipe` stream, and each text's chunks are joined back with
`Doc.from_docs`: the joined Doc's text is the input text, character for character, so every
offset stays an offset into the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

_PARAGRAPH = re.compile(r"[^\n]*\n+|[^\n]+$")


def paragraphs(text: str) -> list[str]:
    """Chunks whose concatenation is exactly `text`."""
    return _PARAGRAPH.findall(text) or [text]


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
