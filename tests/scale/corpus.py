"""A small generated corpus for the scale tests: our own sentences, varied enough to code events.

Each document combines a few event sentences (country or leader, verb, country) with filler
sentences and numbers, so documents differ in length and in the strings they bring to spaCy's
vocabulary. A few special lines exercise the accounting: an empty text (skipped), a line that
is not JSON (failed), a duplicate id (skipped).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ACTORS = [
    "Russia", "Ukraine", "France", "Germany", "China", "Japan", "Iran", "Iraq", "Israel", "Egypt",
    "Turkey", "Syria", "India", "Pakistan", "Brazil", "Mexico", "the United States", "Britain",
    "the Russian government", "the French president", "Iranian officials", "Chinese diplomats",
]  # fmt: skip
VERBS = [
    "accused {t} of violating the ceasefire",
    "met with {t} in the capital",
    "condemned {t} for the attack",
    "signed a trade agreement with {t}",
    "threatened {t} with sanctions",
    "praised {t} for its cooperation",
    "expelled diplomats from {t}",
    "called on {t} to release the prisoners",
    "rejected a proposal from {t}",
    "sent humanitarian aid to {t}",
]  # fmt: skip
FILLERS = [
    "The talks lasted {n} hours, according to officials.",
    "Markets closed {n} points higher on the day.",
    "About {n} people attended the ceremony.",
    "Reporters were told that a statement would follow within {n} days.",
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate_documents(count: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    docs = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            source, target = rng.sample(ACTORS, 2)
            verb = rng.choice(VERBS).format(t=target)
            sentence = f"{source} {verb} on {rng.choice(DAYS)}."
            sentences.append(sentence[0].upper() + sentence[1:])
            if rng.random() < 0.6:
                sentences.append(rng.choice(FILLERS).format(n=rng.randint(2, 99999)))
        paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
        docs.append(
            {
                "id": f"doc-{number:03d}",
                "date": f"2024-03-{1 + number % 28:02d}",
                "title": f"Report {number}",
                "text": "\n\n".join(paragraphs),
            }
        )
    return docs


def write_corpus(path: Path, count: int, special: bool = True) -> Path:
    """JSON Lines with `count` generated documents, plus (when `special`) three problem lines."""
    lines = [json.dumps(doc) for doc in generate_documents(count)]
    if special:
        lines.insert(3, json.dumps({"id": "empty-doc", "text": "   ", "date": "2024-03-02"}))
        lines.insert(7, "{this is not json")
        lines.append(json.dumps({"id": "doc-001", "text": "France met with Germany on Friday."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
