"""Loading the dictionaries in priority order and compiling them into one phrase matcher.

`load_actor_dictionary` reads the user's files (settings `actors`, component config
`dictionaries`) first, then the shipped ones in src/communique/data/actors: `officials.jsonl`
(dated office holders since 2016, when present), the hand-written supplements, and the converted
Phoenix files. `ActorIndex` compiles every name, capital, place and agent phrase into a spaCy
`PhraseMatcher` on lowercase forms, tokenized by the pipeline's own tokenizer so "U.S." or
"Ki-moon" split exactly as in the text; spelling variants (Sergey/Sergei, Kiev/Kyiv,
Qaddafi/Gaddafi) are generated here once rather than normalised on every document. Entities of
TABARI actor files are matched instead with TABARI's own conventions (`TabariMatcher`: stems,
noun endings, words apart), so that a TABARI dictionary codes as it did under TABARI.
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
from communique.actors.formats import TabariEntity, display_name, phrase_words, read_dictionary_file

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
        # entities of TABARI actor files match by TABARI's conventions (TabariMatcher, below)
        self.tabari = TabariMatcher(dictionary.entities)
        for i, entity in enumerate(dictionary.entities):
            # a capital or place of a country is never also one of its names ("Donbas" locates)
            located = {n.lower() for n in entity.capitals + entity.places}
            names = [n for n in entity.names if n.lower() not in located]
            if isinstance(entity, TabariEntity):
                # its TABARI phrases are TabariMatcher's; names merged in from other files stay here
                names = [n for n in names if n not in tabari_names(entity)]
                for kind, phrases_of in (
                    ("name", names),
                    ("capital", entity.capitals),
                    ("place", entity.places),
                ):
                    self._collect(phrases, kind, i, phrases_of)
                continue
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
        found = [(start, end, self.targets[key]) for key, start, end in self.matcher(doc)]
        return found + self.tabari.matches(doc) if self.tabari else found


# ---------------------------------------------------------------- TABARI conventions
#
# Entities read from TABARI actor files (formats.TabariEntity) are matched here as TABARI matched
# them, on TABARI's words: the text with hyphens and most punctuation read as spaces, "'s" glued
# to its word, and commas, colons, parentheses and sentence ends as barriers no phrase crosses.
# A phrase word is a stem unless written whole (`LIBYA_`: then only the endings S, ES and 'S, on
# the phrase's last word) or bare (`MOUSE=`); words joined by `_` (or `~_`) must be adjacent,
# words apart by a space may have other words between them. At each word, the phrase matching
# the most characters wins (the first listed on a tie), and words it matched start no other
# phrase. Nothing else in the dictionary is matched this way.

_BARRIERS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", "[", "]", "{", "}"})
_QUOTES = frozenset({'"', "“", "”", "``", "''", "«", "»"})
_GLUED_ENDINGS = frozenset({"'S", "'", "’S", "’"})
_NOUN_ENDINGS = ("S", "'S", "ES", "’S")
# a piece of a phrase word: its text and the connector after it
_PHRASE_PIECE = re.compile(r"([^\s_=~]+)(~_|_\s+|_|=|\s+|$)")

STEM, WHOLE, BARE = "stem", "whole", "bare"


@dataclass(frozen=True)
class TabariWord:
    """One word of a TABARI phrase: `mode` stem/whole/bare; `gap`: words may follow before the next."""

    text: str
    mode: str
    gap: bool


@dataclass(frozen=True)
class TabariPhrase:
    words: tuple[TabariWord, ...]
    entity: int  # index in the dictionary's entities
    order: int  # position among all TABARI phrases (TABARI breaks ties by listing order)


def parse_tabari_phrase(raw: str, entity: int = 0, order: int = 0) -> TabariPhrase | None:
    """`PRINCE DOL_AMROTH` -> PRINCE (stem, gap) DOL (whole, adjacent) AMROTH (stem); a hyphen
    inside a word ("BARAD-DUR") joins its parts as `_` does."""
    matches = list(_PHRASE_PIECE.finditer(raw.strip().upper()))
    words: list[TabariWord] = []
    for number, match in enumerate(matches):
        text, connector = match.group(1), match.group(2)
        last = number == len(matches) - 1
        if connector == "=":
            mode, gap = BARE, False
        elif connector.startswith("_"):
            # "WORD_" ends the phrase as a whole word; "WORD_ NEXT" lets words come between
            mode, gap = WHOLE, bool(connector[1:]) and not last
        else:
            mode, gap = STEM, not connector.startswith("~") and not last
        parts = [p for p in re.split(r"[-–]", text) if p]
        words.extend(TabariWord(part, WHOLE if len(parts) > 1 else mode, False) for part in parts[:-1])
        if parts:
            words.append(TabariWord(parts[-1], mode, gap))
    return TabariPhrase(tuple(words), entity, order) if words else None


@dataclass(frozen=True)
class _TextWord:
    text: str  # upper case, as TABARI reads it
    start: int  # token range in the Doc
    end: int
    barrier: bool = False
    quote: bool = False


def _tabari_pieces(text: str) -> list[str]:
    """A token's words for TABARI: `_` and hyphens split it, other punctuation but `'`, `$` and
    the periods of abbreviations ("U.S.") and numbers goes."""
    return "".join(char if _kept(text, i) else " " for i, char in enumerate(text)).upper().split()


def _kept(text: str, i: int) -> bool:
    char = text[i]
    if char.isalnum() or char in "'’$":
        return True
    if char != "." or not i:
        return False
    return text[i - 1].isupper() or text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit()


def tabari_words(doc: Doc) -> list[_TextWord]:
    """The Doc as TABARI's words, each with its token range."""
    words: list[_TextWord] = []
    for token in doc:
        text = token.text
        if token.is_space:
            if text.count("\n") > 1:
                words.append(_TextWord("", token.i, token.i + 1, barrier=True))  # a paragraph break
            continue
        if text in _BARRIERS:
            words.append(_TextWord(text, token.i, token.i + 1, barrier=True))
            continue
        if text in _QUOTES:
            words.append(_TextWord(text, token.i, token.i + 1, quote=True))
            continue
        upper = text.upper()
        glued = token.i > 0 and not doc[token.i - 1].whitespace_
        if upper in _GLUED_ENDINGS and glued and words and not words[-1].barrier and not words[-1].quote:
            # "radio's" is one word for TABARI; the mention ends before the possessive, as others do
            last = words.pop()
            words.append(_TextWord(last.text + upper.replace("’", "'"), last.start, last.end))
            continue
        for piece in _tabari_pieces(text):
            words.append(_TextWord(piece, token.i, token.i + 1))
    return words


def _word_fits(word: TabariWord, text: str, last: bool) -> int:
    """Characters matched (0: no match) of a text word by a phrase word."""
    if word.mode == STEM:
        return len(word.text) if text.startswith(word.text) else 0
    if text == word.text:
        return len(word.text)
    if word.mode == WHOLE and last and text.startswith(word.text):
        ending = text[len(word.text) :].replace("’", "'")
        if ending in _NOUN_ENDINGS:
            return len(text)
    return 0


def match_tabari_phrase(
    phrase: TabariPhrase, words: list[_TextWord], at: int
) -> tuple[int, list[int]] | None:
    """(characters matched, indices of the matched words) of `phrase` starting at word `at`."""
    matched: list[int] = []
    chars = 0
    i = at
    skipping = False
    for number, word in enumerate(phrase.words):
        last = number == len(phrase.words) - 1
        while True:
            if i >= len(words) or words[i].barrier:
                return None
            fit = 0 if words[i].quote else _word_fits(word, words[i].text, last)
            if fit:
                break
            if not skipping:
                return None
            i += 1
        matched.append(i)
        chars += fit
        skipping = word.gap
        i += 1
    return chars, matched


def tabari_names(entity: TabariEntity) -> set[str]:
    """The display names formats.py made of the entity's TABARI phrases."""
    return {display_name(phrase_words(raw)) for raw in entity.phrases}


class TabariMatcher:
    """The phrases of TABARI entities, by the first two letters of their first word."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        by_prefix: dict[str, list[TabariPhrase]] = {}
        order = 0
        for index, entity in enumerate(entities):
            if not isinstance(entity, TabariEntity):
                continue
            for raw in entity.phrases:
                phrase = parse_tabari_phrase(raw, index, order)
                order += 1
                if phrase is not None:
                    by_prefix.setdefault(phrase.words[0].text[:2], []).append(phrase)
        self.by_prefix = {key: tuple(value) for key, value in by_prefix.items()}

    def __bool__(self) -> bool:
        return bool(self.by_prefix)

    def matches(self, doc: Doc) -> list[tuple[int, int, Target]]:
        words = tabari_words(doc)
        taken: set[int] = set()
        found: list[tuple[int, int, Target]] = []
        for at, word in enumerate(words):
            if at in taken or word.barrier or word.quote:
                continue
            best: tuple[int, int, list[int], TabariPhrase] | None = None
            # a one-letter first word ("U S A") is filed under its one letter
            candidates = self.by_prefix.get(word.text[:2], ()) + self.by_prefix.get(word.text[:1], ())
            for phrase in candidates if len(word.text) > 1 else self.by_prefix.get(word.text, ()):
                hit = match_tabari_phrase(phrase, words, at)
                if hit and (best is None or (hit[0], -phrase.order) > (best[0], -best[1])):
                    best = (hit[0], phrase.order, hit[1], phrase)
            if best is None:
                continue
            matched = best[2]
            taken.update(matched)
            found.append(
                (words[matched[0]].start, _mention_end(doc, words, matched), Target("name", best[3].entity))
            )
        return found


def _mention_end(doc: Doc, words: list[_TextWord], matched: list[int]) -> int:
    """Where the mention of a matched phrase ends: after its last word, unless a verb stands in a
    gap ("Durthang should be set up ... Orc"): TABARI puts the actor at the phrase's first word
    and leaves the words between free, so the mention is then its first words up to the gap."""
    start, end = words[matched[0]].start, words[matched[-1]].end
    if not any(_clause_verb(doc, i) for i in range(start, end)):
        return end
    head = 0
    while head + 1 < len(matched) and matched[head + 1] == matched[head] + 1:
        head += 1
    return words[matched[head]].end


def _clause_verb(doc: Doc, i: int) -> bool:
    """A verb of its own clause: not a modifier ("state-run", "the ruling party")."""
    token = doc[i]
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound"):
        return False
    hyphen_before = i > 0 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_
    hyphen_after = i + 1 < len(doc) and doc[i + 1].text in ("-", "–") and not token.whitespace_
    return not (hyphen_before or hyphen_after)
