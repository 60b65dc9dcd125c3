"""Helpers for actor tests: read the rows `code_text` returns (one per actor mention)."""

from __future__ import annotations


def codes_of(rows: list[dict], text: str) -> list[str]:
    """The codes of every mention whose text is exactly `text`."""
    return [r["code"] for r in rows if r["text"] == text]


def by_text(rows: list[dict], text: str, nth: int = 0) -> dict:
    """The `nth` mention whose text is exactly `text` (failing with every mention when absent)."""
    found = [r for r in rows if r["text"] == text]
    assert len(found) > nth, (text, [(r["text"], r["code"]) for r in rows])
    return found[nth]
