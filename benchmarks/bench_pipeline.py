"""Throughput of the whole `communique code` pipeline against bare spaCy parsing of the same texts.

    .venv/bin/python benchmarks/bench_pipeline.py              # 2,000 articles (the issue's figure)
    .venv/bin/python benchmarks/bench_pipeline.py --quick      # 150 articles, a fast check
    .venv/bin/python benchmarks/bench_pipeline.py 3000 --repeat 2

Both sides parse the same N real articles (../shared/data/news/newsarticles-dai2017) with the
same spaCy pipeline, in this one process, one after the other: bare `nlp.pipe(texts)` with the
configured batch size, and `Coder.code_articles` (clean, paragraph-wise parsing, actors, events,
dates, geo), which is what `communique code --workers 1` runs. The figure is the ratio of their
throughputs (target >= 0.70: coding costs at most ~43% on top of parsing). With --repeat the
sides alternate and the best time of each counts, so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from communique.config import Settings
from communique.model import Article
from communique.nlp.loader import load_spacy
from communique.pipeline import Coder

CORPUS = (
    Path(__file__).resolve().parents[1].parent / "shared/data/news/newsarticles-dai2017/newsarticles.jsonl"
)


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="150 articles")
    parser.add_argument("--repeat", type=int, default=1, help="alternate the two sides this many times")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return
    limit = 150 if args.quick else args.articles
    rows = load_articles(limit)
    settings = Settings()
    nlp = load_spacy(settings)
    coder = Coder(settings)
    chars = sum(len(r["text"]) for r in rows)
    print(
        f"started {datetime.now(UTC).isoformat(timespec='seconds')}, load average {os.getloadavg()}",
        flush=True,
    )
    list(nlp.pipe([r["text"] for r in rows[:10]]))  # warm up both
    list(coder.code_articles(Article(doc_id=r["id"], text=r["text"], date=r["date"]) for r in rows[:10]))

    bare_times, coder_times, events = [], [], 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _doc in nlp.pipe((r["text"] for r in rows), batch_size=settings.batch_size):
            pass
        bare_times.append(time.perf_counter() - start)
        print(f"  bare spaCy pass: {bare_times[-1]:.1f}s", flush=True)
        start = time.perf_counter()
        events = sum(
            len(a.events)
            for a in coder.code_articles(
                Article(doc_id=r["id"], text=r["text"], date=r["date"]) for r in rows
            )
        )
        coder_times.append(time.perf_counter() - start)
        print(f"  communique pass: {coder_times[-1]:.1f}s", flush=True)
    bare, coded = min(bare_times), min(coder_times)
    print(f"articles: {len(rows)}  characters: {chars}  events: {events}")
    print(f"bare spaCy nlp.pipe: {bare:.2f}s ({len(rows) / bare:.1f} docs/s)")
    print(f"communique pipeline: {coded:.2f}s ({len(rows) / coded:.1f} docs/s)")
    print(f"throughput ratio pipeline/bare: {bare / coded:.2f}  (target >= 0.70)")
    print(f"finished {datetime.now(UTC).isoformat(timespec='seconds')}, load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
