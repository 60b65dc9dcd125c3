"""Verb and noun patterns: communique's own readable format, its reader and writer, the index.

A pattern says: this word (a verb, or a noun that names an event), with these words around it
in the dependency parse, is this CAMEO code. One pattern per line:

    VERB warn                              => 130
    VERB warn   of=consequence             => 130
    VERB call   for=&CEASEFIRE             => 0256
    VERB visit                             => 042:043
    VERB face   obj=pressure  source=from  => :100
    NOUN sanction                          => 163
    &CEASEFIRE = ceasefire cease-fire truce armistice

- ``KIND LEMMA``: ``VERB`` or ``NOUN`` and the lemma (lower case) that carries the event.
- ``SLOT=WORD+WORD``: every word must occur in that slot of the parse. Slots: ``obj`` (direct
  object, attribute or complement phrase), ``subj`` (subject phrase), ``prt`` (particle or bare
  adverb: "set *up*"), or a preposition (``with``, ``against``...: the phrase it introduces, on the
  word or on its object). ``SLOT=`` alone asks only that the slot be there. A word may be a synset
  ``&NAME``; ``a_b`` is a two-word unit whose words must both occur.
- ``target=SLOT`` / ``source=SLOT``: where the actors are when the pattern knows better than the
  default roles (subject acts on object).
- ``=> CODE``: the event; ``CODE:REVERSE`` also codes REVERSE from target to source (``042:043``:
  a visit is hosted); ``:REVERSE`` alone codes only the reverse ("faces pressure from" is pressure
  by the other side); ``---`` says the match is *not* an event (blocks a shorter pattern).

The most specific matching pattern wins (most words, then most slots); on a tie the pattern read
first wins, so user files (setting ``verbs``) come before the shipped ``verbs.communique.txt``,
which comes before ``verbs.petrarch.txt`` (converted from PETRARCH2 by scripts/convert_verbs.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from communique.errors import ConfigError

VERB = "verb"
NOUN = "noun"
_KINDS = {"VERB": VERB, "NOUN": NOUN}
_CODE = re.compile(r"^(\d{2,4}|---)?(?::(\d{2,4}|---))?$")


@dataclass(frozen=True)
class Constraint:
    slot: str
    words: tuple[str, ...] = ()

    def render(self) -> str:
        return f"{self.slot}={'+'.join(self.words)}"


@dataclass(frozen=True)
class Pattern:
    kind: str
    lemma: str
    constraints: tuple[Constraint, ...]
    code: str | None
    reverse: str | None = None
    source_slot: str | None = None
    target_slot: str | None = None
    origin: str = ""
    order: int = 0

    @property
    def specificity(self) -> tuple[int, int]:
        return (sum(len(c.words) for c in self.constraints), len(self.constraints))

    def render(self) -> str:
        parts = [self.kind.upper(), self.lemma, *(c.render() for c in self.constraints)]
        if self.source_slot:
            parts.append(f"source={self.source_slot}")
        if self.target_slot:
            parts.append(f"target={self.target_slot}")
        code = self.code or ("" if self.reverse else "---")
        if self.reverse:
            code += f":{self.reverse}"
        return f"{' '.join(parts)} => {code}"


@dataclass(frozen=True)
class PatternSet:
    """Patterns indexed by (kind, lemma), each list sorted best first; synsets by name."""

    patterns: tuple[Pattern, ...]
    synsets: Mapping[str, frozenset[tuple[str, ...]]]
    index: Mapping[tuple[str, str], tuple[Pattern, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(cls, patterns: Iterable[Pattern], synsets: Mapping[str, frozenset[tuple[str, ...]]]) -> PatternSet:
        ordered = tuple(patterns)
        grouped: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in ordered:
            grouped.setdefault((pattern.kind, pattern.lemma), []).append(pattern)
        index = {
            key: tuple(sorted(group, key=lambda p: (-p.specificity[0], -p.specificity[1], p.order)))
            for key, group in grouped.items()
        }
        return cls(ordered, MappingProxyType(dict(synsets)), MappingProxyType(index))

    def lookup(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.index.get((kind, lemma), ())

    def expand(self, word: str) -> frozenset[tuple[str, ...]]:
        """A pattern word as the set of word units that satisfy it (a synset, or itself)."""
        if word.startswith("&"):
            return self.synsets.get(word[1:], frozenset())
        return _units(word)


def merge(sets: Iterable[PatternSet]) -> PatternSet:
    """One set from several, earlier sets first (they win ties); synsets of earlier sets win too."""
    patterns: list[Pattern] = []
    synsets: dict[str, frozenset[tuple[str, ...]]] = {}
    order = 0
    for pattern_set in sets:
        for pattern in pattern_set.patterns:
            patterns.append(_with_order(pattern, order))
            order += 1
        for name, members in pattern_set.synsets.items():
            synsets.setdefault(name, members)
    return PatternSet.build(patterns, synsets)


def _with_order(pattern: Pattern, order: int) -> Pattern:
    return Pattern(
        pattern.kind, pattern.lemma, pattern.constraints, pattern.code, pattern.reverse,
        pattern.source_slot, pattern.target_slot, pattern.origin, order,
    )


def parse_code(text: str, origin: str) -> tuple[str | None, str | None]:
    match = _CODE.match(text)
    if not match or text in ("", ":"):
        raise ConfigError(f"{origin}: bad event code {text!r} (expected e.g. 042, 042:043, :100 or ---)")
    code, reverse = match.group(1), match.group(2)
    return (None if code in (None, "---") else code, None if reverse in (None, "---") else reverse)


def read_patterns(text: str, origin: str) -> PatternSet:
    """Read communique's pattern format (see the module docstring)."""
    patterns: list[Pattern] = []
    synsets: dict[str, frozenset[tuple[str, ...]]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{origin}:{number}"
        if line.startswith("&"):
            name, _, members = line[1:].partition("=")
            if not members:
                raise ConfigError(f"{where}: a synset line reads '&NAME = word word ...'")
            synsets[name.strip().upper()] = frozenset(u for m in members.split() for u in _units(m.lower()))
            continue
        left, arrow, right = line.partition("=>")
        if not arrow:
            raise ConfigError(f"{where}: a pattern line ends with '=> CODE'")
        code, reverse = parse_code(right.strip(), where)
        fields_ = left.split()
        if len(fields_) < 2 or fields_[0] not in _KINDS:
            raise ConfigError(f"{where}: a pattern line starts with VERB or NOUN and a lemma")
        constraints: list[Constraint] = []
        source_slot = target_slot = None
        for item in fields_[2:]:
            slot, eq, words = item.partition("=")
            if not eq:
                raise ConfigError(f"{where}: {item!r} is not SLOT=WORDS")
            if slot == "source":
                source_slot = words
            elif slot == "target":
                target_slot = words
            else:
                constraints.append(Constraint(slot.lower(), tuple(_normal_word(w) for w in words.split("+") if w)))
        patterns.append(
            Pattern(_KINDS[fields_[0]], fields_[1].lower(), tuple(constraints), code, reverse,
                    source_slot, target_slot, where, len(patterns))
        )
    return PatternSet.build(patterns, synsets)


def _units(word: str) -> frozenset[tuple[str, ...]]:
    """The word units a pattern word stands for: "a_b" is two words; "cease-fire" is one word or,
    as spaCy's tokenizer splits hyphens, the two words around the hyphen."""
    unit = tuple(word.split("_"))
    if "-" not in word.strip("-"):
        return frozenset({unit})
    return frozenset({unit, tuple(p for p in word.replace("-", "_").split("_") if p)})


def _normal_word(word: str) -> str:
    return word.upper() if word.startswith("&") else word.lower()


def write_patterns(pattern_set: PatternSet, path: Path, header: str = "") -> None:
    lines = [header.rstrip("\n"), ""] if header else []
    for name in sorted(pattern_set.synsets):
        members = sorted("_".join(m) for m in pattern_set.synsets[name])
        lines.append(f"&{name} = {' '.join(members)}")
    lines.append("")
    for pattern in pattern_set.patterns:
        note = f"  # {pattern.origin}" if pattern.origin else ""
        lines.append(pattern.render() + note)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
