"""Loading the dictionaries in priority order and compiling them into one phrase matcher.

`load_actor_dictionary` reads the user's files (settings `actors`, component config
`dictionaries`) first, then the shipped ones in src/communique/data/actors: `officials.jsonl`
(dated office holders since 2016, when present), the hand-written supplements, and the converted
Phoenix files. `ActorIndex` compiles every name, capital, place and agent phrase into a spaCy
`PhraseMatcher` on lowercase forms, tokenized by the pipeline's own tokenizer so "U.S." or
"Ki-moon" split exactly as in the text; spelling variants (Sergey/Sergei, Kiev/Kyiv,
Qaddafi/Gaddafi) are generated here once rather than normalised on every document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Protocol

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.actors.dictionary import ActorDictionary, Agent, Entity, merge
from communique.actors.formats import read_dictionary_file

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
SHIPPED_FILES = (
    "officials.jsonl",
    "supplement.jsonl",
    "supplement_agents.jsonl",
    "phoenix_actors.jsonl.gz",
    "phoenix_agents.jsonl.gz",
)

# Transliteration groups: any spelling in a group also matches the others.
VARIANT_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "sergei sergey",
        "kiev kyiv",
        "qaddafi gaddafi gadhafi kadhafi qadhafi",
        "dmitry dmitri",
        "yuri yury",
        "alexei aleksei alexey",
        "alexander aleksandr",
        "mikhail mikhael",
        "nikolai nikolay",
        "andrei andrey",
        "zelensky zelenskyy zelenskiy",
        "mohammed muhammad mohammad",
        "odesa odessa",
        "kharkiv kharkov",
    )
)
VARIANTS = {word: group for group in VARIANT_GROUPS for word in group}
_MAX_VARIANTS = 8
# files too large and too old to trust a bare surname from (Phoenix lists 18,000 people)
BULK_ORIGINS = frozenset({"phoenix_actors.jsonl.gz"})
_PLAIN = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


def shipped_paths(data_dir: Path = DATA_DIR) -> list[Path]:
    return [data_dir / name for name in SHIPPED_FILES if (data_dir / name).is_file()]


def load_actor_dictionary(extra: Sequence[Path | str] = (), *, shipped: bool = True) -> ActorDictionary:
    """The merged dictionary: `extra` files first (highest priority), then the shipped ones."""
    paths = [Path(p) for p in extra] + (shipped_paths() if shipped else [])
    return merge((read_dictionary_file(path) for path in paths), origins=[str(p) for p in paths])


@dataclass(frozen=True)
class Target:
    """What a matched phrase stands for: an entity's `name`, `capital`, `place` or `surname`, or
    an `agent`."""

    kind: str
    index: int


def spelling_variants(phrase: str) -> Iterator[str]:
    """The phrase and its transliteration variants (at most a few)."""
    words = phrase.split()
    options = [
        [w, *(_recase(v, w) for v in sorted(VARIANTS[w.lower()]) if v != w.lower())]
        if w.lower() in VARIANTS
        else [w]
        for w in words
    ]
    for count, combo in enumerate(product(*options)):
        if count >= _MAX_VARIANTS:
            return
        yield " ".join(combo)


class TokenizerLike(Protocol):
    """What ActorIndex needs from a tokenizer: `pipe` over texts (spaCy's Tokenizer has it)."""

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]: ...


def _surnames(entity: Entity, names: set[str]) -> list[str]:
    words = entity.name.split()
    surname = words[-1] if len(words) > 1 else ""
    if len(surname) < 4 or not surname[:1].isupper() or surname.endswith(".") or surname in names:
        return []
    return [surname]


def _plural_demonyms(names: Iterable[str]) -> list[str]:
    """"Algerians", "Iraqis": the people of a country, named by its demonym's plural."""
    known = {n.lower() for n in names}
    plurals = []
    for name in names:
        demonym = name.endswith(("ian", "i")) or name.endswith("an") and len(name) > 5
        plain = " " not in name and name[:1].isupper() and not name.endswith("stan")
        if demonym and plain and (name + "s").lower() not in known:
            plurals.append(name + "s")
    return plurals


def _recase(variant: str, like: str) -> str:
    if like.isupper():
        return variant.upper()
    return variant.capitalize() if like[:1].isupper() else variant


class ActorIndex:
    """A PhraseMatcher over every phrase of an ActorDictionary; read-only once built."""

    def __init__(self, dictionary: ActorDictionary, vocab: Vocab, tokenize: TokenizerLike) -> None:
        self.dictionary = dictionary
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.targets: dict[int, Target] = {}
        phrases: dict[str, list[tuple[str, Target]]] = {}
        for i, entity in enumerate(dictionary.entities):
            # a capital or place of a country is never also one of its names ("Donbas" locates)
            located = {n.lower() for n in entity.capitals + entity.places}
            names = [n for n in entity.names if n.lower() not in located]
            if entity.kind == "country":
                names += _plural_demonyms(names)
            for kind, phrases_of in (("name", names), ("capital", entity.capitals), ("place", entity.places)):
                self._collect(phrases, kind, i, phrases_of)
            if entity.kind == "person" and entity.origin not in BULK_ORIGINS:
                # curated office holders may be named by surname alone ("Putin said"); the
                # resolver accepts it only while the person holds a dated office
                self._collect(phrases, "surname", i, _surnames(entity, set(names)))
        for j, agent in enumerate(dictionary.agents):
            self._collect(phrases, "agent", j, agent.names)
        # Plain words need no tokenizer: Doc(vocab, words) is an order of magnitude faster, and
        # only phrases with punctuation ("U.S.", "Ki-moon", "Lavrov's") can split differently.
        tricky = [p for p in phrases if not _PLAIN.match(p)]
        docs = dict(zip(tricky, tokenize.pipe(tricky), strict=True))
        for phrase in phrases:
            if phrase not in docs:
                docs[phrase] = Doc(vocab, words=phrase.split())
        by_key: dict[str, list[Doc]] = {}
        for phrase, owners in phrases.items():
            for key, _target in owners:
                by_key.setdefault(key, []).append(docs[phrase])
        for key, pattern_docs in by_key.items():
            self.matcher.add(key, pattern_docs)
        for owners in phrases.values():
            for key, target in owners:
                self.targets[vocab.strings[key]] = target

    @staticmethod
    def _collect(
        phrases: dict[str, list[tuple[str, Target]]], kind: str, index: int, names: Iterable[str]
    ) -> None:
        key = f"{kind[0]}{index}"
        target = Target(kind, index)
        for name in names:
            for variant in spelling_variants(name):
                owners = phrases.setdefault(variant, [])
                if (key, target) not in owners:
                    owners.append((key, target))

    def entity(self, target: Target) -> Entity:
        return self.dictionary.entities[target.index]

    def agent(self, target: Target) -> Agent:
        return self.dictionary.agents[target.index]

    def matches(self, doc: Doc) -> list[tuple[int, int, Target]]:
        """(start token, end token, target) for every phrase hit, overlapping ones included."""
        return [(start, end, self.targets[key]) for key, start, end in self.matcher(doc)]
