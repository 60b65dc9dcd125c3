"""A fake coder for testing the scorer's arithmetic: it returns fixed `model.Event`s per text."""

from __future__ import annotations

from collections.abc import Iterable

from communique.model import Actor, Event, Modality, SentenceRef, TextSpan


def actor(code: str, text: str = "", start: int = 0) -> Actor:
    country = code[:3] if len(code) >= 3 and code[:3] != "---" else None
    sectors = tuple(code[i : i + 3] for i in range(3, len(code), 3))
    return Actor(
        code=code, country=country, sectors=sectors, name=None, text=text, start=start, end=start + len(text)
    )


def event(
    source: str | None,
    code: str,
    target: str | None,
    *,
    text: str = "",
    source_text: str = "",
    target_text: str = "",
    verb_start: int = 0,
    modality: Modality = Modality.ASSERTED,
) -> Event:
    """An event of `text`; the actors sit on the first occurrence of `source_text`/`target_text`."""

    def place(code_or_none: str | None, words: str) -> Actor | None:
        if code_or_none is None:
            return None
        return actor(code_or_none, words, text.find(words) if words else 0)

    return Event(
        doc_id="fake",
        sentence=SentenceRef(index=0, start=0, end=len(text), text=text),
        source=place(source, source_text),
        target=place(target, target_text),
        code=code,
        quad_class=0,
        goldstein=None,
        verb=TextSpan(text="", start=verb_start, end=verb_start),
        modality=modality,
    )


class FakeCoder:
    """Answers each text with the events registered for it; no events for unknown texts."""

    def __init__(self, answers: dict[str, list[Event]] | None = None, fail_on: Iterable[str] = ()) -> None:
        self.answers = answers or {}
        self.fail_on = set(fail_on)
        self.calls: list[tuple[str, str | None]] = []

    def code_text(self, text: str, date: str | None = None) -> list[Event]:
        self.calls.append((text, date))
        if text in self.fail_on:
            raise RuntimeError("the fake coder was told to fail here")
        return list(self.answers.get(text, []))
