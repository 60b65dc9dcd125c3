"""Cost of event coding relative to bare spaCy parsing, and what it finds.

Parses N articles of ../shared/data/news/newsarticles-dai2017/newsarticles.jsonl with the default
pipeline (paragraph-wise, as the nlp step does), tags actors with `cameo_actors` (not timed: it has
its own benchmark), then times `EventCoder.code_doc` on the same Docs and prints both times and
their ratio (the target is at most 0.20). Loading the patterns is printed apart: it is paid once
per process, not per article.

    .venv/bin/python benchmarks/bench_events.py [--articles 300]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from communique.config import Settings  # noqa: E402
from communique.events.load import build_coder  # noqa: E402
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
    texts = [r["text"] for r in records]
    nlp = load_spacy(Settings())
    nlp("warm up")

    started = time.perf_counter()
    docs = list(parse_texts(nlp, texts))
    parse_seconds = time.perf_counter() - started

    actor_note = "actors: cameo_actors"
    try:
        import communique.actors.component  # noqa: F401

        actors = nlp.create_pipe("cameo_actors")
        for doc, record in zip(docs, records, strict=True):
            doc._.doc_id = str(record.get("id", ""))
            doc._.doc_date = (record.get("date") or None) and str(record["date"])[:10]
            doc._.furniture = []
            actors(doc)
    except Exception as exc:  # noqa: BLE001 - the benchmark still times matching without actors
        actor_note = f"actors: unavailable ({type(exc).__name__}: {exc}); timing pattern matching only"

    started = time.perf_counter()
    coder = build_coder()
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    all_events = [coder.code_doc(doc) for doc in docs]
    event_seconds = time.perf_counter() - started

    events = [e for doc_events in all_events for e in doc_events]
    modalities = Counter(e.modality.value for e in events)
    roots = Counter(e.root for e in events if e.modality.value == "asserted")
    chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)}  characters: {chars:,}  sentences: {sum(len(list(d.sents)) for d in docs):,}")
    print(actor_note)
    print(f"bare spaCy parse:   {parse_seconds:8.2f} s")
    print(f"event coding:       {event_seconds:8.2f} s")
    print(f"ratio (events / parse): {event_seconds / parse_seconds:.3f}   (target <= 0.20)")
    print(f"pattern loading (once per process): {load_seconds:.2f} s")
    print(f"events: {len(events)}  by modality: {dict(modalities)}")
    print(f"asserted by root: {dict(sorted(roots.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
