"""Cost of actor coding relative to bare spaCy parsing, and what it finds.

Parses N articles of ../shared/data/news/newsarticles-dai2017/newsarticles.jsonl with the default
pipeline (paragraph-wise, as the nlp step does), then runs the `cameo_actors` component on the
parsed Docs with each article's date, and prints both times and their ratio (the target is at
most 0.15). The one-off cost of loading and compiling the dictionaries is printed apart: it is
paid once per process, not per article.

    .venv/bin/python benchmarks/bench_actors.py [--articles 300]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from communique.actors.component import ActorCoder  # noqa: E402
from communique.config import Settings  # noqa: E402
from communique.nlp.extensions import ACTOR_SPANS_KEY  # noqa: E402
from communique.nlp.loader import load_spacy  # noqa: E402
from communique.nlp.parse import parse_texts  # noqa: E402
from news import load_news  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    records = load_news(args.articles)
    if records is None:
        return 0
    nlp = load_spacy(Settings())
    started = time.perf_counter()
    coder = ActorCoder(nlp)
    setup = time.perf_counter() - started

    started = time.perf_counter()
    docs = list(parse_texts(nlp, [r["text"] for r in records]))
    parse_time = time.perf_counter() - started
    for doc, record in zip(docs, records, strict=True):
        doc._.doc_date = record.get("date")

    started = time.perf_counter()
    for doc in docs:
        coder(doc)
    actor_time = time.perf_counter() - started

    rules: Counter[str] = Counter()
    mentions = 0
    for doc in docs:
        for span in doc.spans[ACTOR_SPANS_KEY]:
            mentions += 1
            rules[span._.actor.rule.split(":")[0]] += 1
    chars = sum(len(r["text"]) for r in records)
    print(f"articles: {len(records)} ({chars:,} characters)")
    print(f"dictionary load + compile (once per process): {setup:.2f} s")
    print(f"spaCy parsing: {parse_time:.2f} s")
    print(f"actor coding: {actor_time:.2f} s ({1000 * actor_time / len(records):.1f} ms/article)")
    print(f"ratio actor coding / parsing: {actor_time / parse_time:.3f} (target <= 0.15)")
    print(
        f"mentions: {mentions} ({mentions / len(records):.1f}/article); by rule: {dict(rules.most_common())}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
