"""Throughput of the whole `communique code` pipeline against bare spaCy parsing of the same texts.

    .venv/bin/python benchmarks/bench_pipeline.py [N_ARTICLES]

Both runs parse the same N real articles (../shared/data/news/newsarticles-dai2017) with the
same spaCy pipeline in this one process; the figure is the ratio of their throughputs
(target >= 0.70: coding costs at most ~43% on top of parsing). Run twice and alternate, so
machine noise hits both sides alike.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from communique.config import Settings
from communique.model import Article
from communique.nlp.loader import load_spacy
from communique.pipeline import Coder

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/data/news/newsarticles-dai2017/newsarticles.jsonl"


def load_articles(limit: int) -> list[dict[str, str]]:
    rows = []
    with CORPUS.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            rows.append({"id": record["id"], "text": record["text"], "date": record["date"]})
            if len(rows) >= limit:
                break
    return rows


def main() -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rows = load_articles(limit)
    settings = Settings()
    nlp = load_spacy(settings)
    coder = Coder(settings)
    chars = sum(len(r["text"]) for r in rows)
    list(nlp.pipe([r["text"] for r in rows[:10]]))  # warm up both
    list(coder.code_articles(Article(doc_id=r["id"], text=r["text"], date=r["date"]) for r in rows[:10]))

    bare_times, coder_times, events = [], [], 0
    for _ in range(2):
        start = time.perf_counter()
        for _doc in nlp.pipe((r["text"] for r in rows), batch_size=settings.batch_size):
            pass
        bare_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        events = sum(
            len(a.events)
            for a in coder.code_articles(Article(doc_id=r["id"], text=r["text"], date=r["date"]) for r in rows)
        )
        coder_times.append(time.perf_counter() - start)
    bare, coded = min(bare_times), min(coder_times)
    print(f"articles: {len(rows)}  characters: {chars}  events: {events}")
    print(f"bare spaCy nlp.pipe: {bare:.2f}s ({len(rows) / bare:.1f} docs/s)")
    print(f"communique pipeline: {coded:.2f}s ({len(rows) / coded:.1f} docs/s)")
    print(f"throughput ratio pipeline/bare: {bare / coded:.2f}  (target >= 0.70)")


if __name__ == "__main__":
    main()
