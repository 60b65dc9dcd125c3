"""Builds coded `Article`s from the hand-coded sample in fixtures/dedup_sample.json.

Offsets are found in the text, Goldstein values and quad classes come from the shipped CAMEO
code table, so the store sees exactly what the coder would hand it. Shared with tests/api.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from communique.events.codes import load_cameo_codes
from communique.model import (
    Actor,
    Article,
    Event,
    Location,
    Modality,
    SentenceRef,
    Status,
    TextSpan,
)

SAMPLE = Path(__file__).parent / "fixtures" / "dedup_sample.json"


def load_sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _find(text: str, phrase: str, lo: int, hi: int) -> int:
    at = text.find(phrase, lo, hi)
    if at < 0:
        raise ValueError(f"{phrase!r} not in sentence {text[lo:hi]!r}")
    return at


def build_articles(sample: dict[str, Any] | None = None) -> list[Article]:
    sample = sample or load_sample()
    codes = load_cameo_codes()
    articles = []
    for spec in sample["documents"]:
        text = spec["text"]
        article = Article(
            doc_id=spec["doc_id"], text=text, title=spec["title"], date=spec["date"], source=spec["source"],
            metadata={"url": f"https://example.org/{spec['doc_id']}"},
        )  # fmt: skip
        sentences = _sentences(text)
        article.n_sentences = len(sentences)
        for ev in spec["events"]:
            lo, hi = sentences[ev["sentence"]]

            def actor(ref: list[str], lo: int = lo, hi: int = hi, text: str = text) -> Actor:
                known = sample["actors"][ref[0]]
                at = _find(text, ref[1], lo, hi)
                return Actor(
                    known["code"],
                    known["country"],
                    tuple(known["sectors"]),
                    known["name"],
                    ref[1],
                    at,
                    at + len(ref[1]),
                )

            verb_at = _find(text, ev["verb"], lo, hi)
            location = None
            if ev.get("location"):
                place = sample["locations"][ev["location"][0]]
                at = _find(text, ev["location"][1], lo, hi)
                location = Location(
                    place["name"], place["country"], place["lat"], place["lon"], ev["location"][1], at,
                    at + len(ev["location"][1]),
                )  # fmt: skip
            article.events.append(
                Event(
                    doc_id=article.doc_id,
                    sentence=SentenceRef(ev["sentence"], lo, hi, text[lo:hi]),
                    source=actor(ev["source"]),
                    target=actor(ev["target"]),
                    code=ev["code"],
                    quad_class=codes.quad_class(ev["code"]),
                    goldstein=codes.goldstein(ev["code"]),
                    verb=TextSpan(ev["verb"], verb_at, verb_at + len(ev["verb"])),
                    modality=Modality(ev.get("modality", "asserted")),
                    doc_date=article.date,
                    date=ev["date"],
                    date_text=ev.get("date_text"),
                    date_precision=ev.get("date_precision", "day" if ev["date"] else None),
                    location=location,
                    confidence=0.9,
                )
            )
        if spec.get("status") == "skipped":
            article.skip(spec["reason"])
        else:
            article.status = Status.CODED
        articles.append(article)
    return articles


def gold_labels(sample: dict[str, Any] | None = None) -> dict[str, str]:
    """Record event id -> the gold happening it reports (asserted mentions only)."""
    labels = {}
    for article, spec in zip(build_articles(sample), (sample or load_sample())["documents"], strict=True):
        for event, ev in zip(article.events, spec["events"], strict=True):
            if event.modality is Modality.ASSERTED:
                labels[event.event_id] = ev["gold"]
    return labels
