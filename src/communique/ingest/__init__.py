"""Inputs to Articles: text, HTML, JSONL and WARC files, directories, and standard input.

Every input becomes an `Article`, readable or not: a file that cannot be read, a JSONL line
that is not JSON, an empty document each become an Article that is already `failed` or
`skipped` with its reason, so the run accounts for it and goes on.
"""

from communique.ingest.readers import INPUT_FORMATS, read_inputs

__all__ = ["INPUT_FORMATS", "read_inputs"]
