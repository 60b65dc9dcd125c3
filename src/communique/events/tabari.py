"""Reader for TABARI verb dictionaries into linear (word-order) patterns.

TABARI (Schrodt's Textual Analysis By Augmented Replacement Instructions) codes by word order,
not by parse: its verb files are a faithful description of sequences of words, so they are read
here into `LinearVerb`s for the linear matcher (communique.events.linear) instead of being
approximated as dependency constraints. The conventions read, as the TABARI manual and its demo
dictionaries write them:

- ``<SYNSETS>`` holds ``&NAME`` sets with ``+MEMBER`` lines (members may use other sets);
  ``<TIME>`` (date shifts) is not about events and is skipped. ``;`` starts a comment.
- A verb line ``WORD [CODE]`` starts an entry; ``WORD1 WORD2 [CODE]`` is a phrase verb whose
  first word is the verb; a following ``{ FORM FORM }`` line (or braces on the verb line) lists
  irregular forms. ``- PRE * POST [CODE]`` lines are the verb's patterns.
- Words are stems ("CONTRIBUT" matches "contributed") unless they end in ``_`` (the whole word
  only); ``A_B`` asks for the two words side by side, ``A B`` lets other words come between;
  ``~`` before ``_`` keeps a joined word a stem ("REAL~_PLEASANT" matches "really pleasant").
- ``*`` is the verb, ``$`` the source, ``+`` the target, ``%`` a compound actor whose members
  act on each other, ``^`` an actor skipped over; ``{ A | B }`` are alternatives; ``&NAME`` any
  member of a synset.
- Codes: ``[042]``; ``[032:033]`` codes the first from source to target and the second back
  (a visit is hosted); ``[---]`` codes nothing (only the verb's patterns code); ``[###]`` and
  ``[+++]`` (discard, complex) leave the whole sentence uncoded; a code ending in ``?`` is
  subordinate: used only when no other verb of the sentence codes ("said" under a real event).
  TABARI lets users define their own code sets, so codes are kept as written ("075A").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from communique.errors import ConfigError

WORD = "word"
VERB_MARK = "verb"
SOURCE = "source"
TARGET = "target"
COMPOUND = "compound"
SKIP = "skip"
ALTERNATIVES = "alternatives"
_SLOTS = {"*": VERB_MARK, "$": SOURCE, "+": TARGET, "%": COMPOUND, "^": SKIP}
DISCARD = "###"
COMPLEX = "+++"
NULL = "---"
_CODE = re.compile(r"\[([^\]]*)\]")
_TOKEN = re.compile(r"\{[^}]*\}|[^\s{}]+")
_MAX_SYNSET_DEPTH = 4
# TABARI's regular verb endings, added to a verb written as a whole word ("DEPART_": departs,
# departed, departing); a verb written "BAN=" takes none.
_ENDINGS = frozenset({"S", "ES", "ED", "EN", "ING"})


@dataclass(frozen=True)
class Element:
    """One item of a linear pattern.

    `joined`: it must directly follow the item before it ("_" between them). A word `exact`
    matches only the whole word. `options` are the alternative sequences of an ``{ A | B }`` group
    or a synset.
    """

    kind: str
    word: str = ""
    exact: bool = False
    joined: bool = False
    options: tuple[tuple[Element, ...], ...] = ()
    inflected: bool = False  # an exact verb that still takes regular endings (-S, -ED, -ING...)

    def matches(self, word: str) -> bool:
        """Whether a text word (upper case) is this dictionary word."""
        if word == self.word:
            return True
        if not self.exact:
            return word.startswith(self.word)
        if self.inflected and word.startswith(self.word):
            return word[len(self.word):] in _ENDINGS or (self.word.endswith("E") and word[len(self.word):] == "D")
        if self.inflected and self.word.endswith("E"):
            return word == self.word[:-1] + "ING"
        return False

    @property
    def size(self) -> int:
        """Words it asks for (an alternative group counts its shortest option)."""
        if self.kind == WORD:
            return 1
        if self.kind == ALTERNATIVES:
            return min((sum(e.size for e in option) for option in self.options), default=0)
        return 1 if self.kind != VERB_MARK else 0


@dataclass(frozen=True)
class Outcome:
    """What a verb or pattern codes: `code` (None: nothing), `reverse` (the paired code from
    target to source), `stop` (### / +++: the sentence is not coded), `subordinate` (a "?" code)."""

    code: str | None
    reverse: str | None = None
    stop: str | None = None
    subordinate: bool = False


@dataclass(frozen=True)
class LinearPattern:
    before: tuple[Element, ...]  # in text order, ending next to the verb
    after: tuple[Element, ...]
    verb_joined: bool  # "IN_*": the word before must touch the verb
    outcome: Outcome
    origin: str

    @property
    def size(self) -> tuple[int, int]:
        """(words asked for, of which literal): longer patterns first, and on a tie the one that
        names its words outright ("* DOLLAR") before the one naming a synset ("* &CURRENCY")."""
        elements = self.before + self.after
        return (sum(e.size for e in elements), sum(1 for e in elements if e.kind == WORD))


@dataclass(frozen=True)
class LinearVerb:
    """A verb entry: its forms (each a sequence of words starting at the verb), default outcome
    and patterns, longest first (TABARI tries longer patterns first; file order breaks ties)."""

    name: str
    forms: tuple[tuple[Element, ...], ...]
    outcome: Outcome
    patterns: tuple[LinearPattern, ...]
    origin: str


@dataclass(frozen=True)
class LinearDictionary:
    verbs: tuple[LinearVerb, ...]

    def __bool__(self) -> bool:
        return bool(self.verbs)


def parse_outcome(text: str) -> Outcome:
    text = text.strip()
    if text.startswith(DISCARD):
        return Outcome(None, stop=DISCARD)
    if text.startswith(COMPLEX):
        return Outcome(None, stop=COMPLEX)
    if not text or text.startswith(NULL):
        return Outcome(None)
    subordinate = text.endswith("?")
    text = text.rstrip("?!").strip()
    code, _, reverse = text.partition(":")
    return Outcome(code.strip() or None, reverse.strip() or None, subordinate=subordinate)


def _word_element(raw: str, exact: bool, joined: bool) -> Element:
    return Element(WORD, raw.upper().rstrip("~"), exact=exact and not raw.endswith("~"), joined=joined)


def parse_sequence(text: str, synsets: dict[str, tuple[tuple[Element, ...], ...]] | None = None
                   ) -> tuple[Element, ...]:
    """Elements of a pattern fragment (without its code), in text order."""
    synsets = synsets or {}
    elements: list[Element] = []
    previous_end = -1
    previous_glues = False  # the previous piece ended in "_"
    for match in _TOKEN.finditer(text):
        piece = match.group(0)
        touching = previous_end == match.start()
        # "A_B", "A_{...}", "{...}_B" are joined; "A_ B" is not: the space wins
        glued = touching and (previous_glues or piece.startswith("_"))
        previous_end, previous_glues = match.end(), piece.endswith("_")
        if piece.startswith("{"):
            options = tuple(parse_sequence(o, synsets) for o in piece[1:-1].split("|") if o.strip())
            elements.append(Element(ALTERNATIVES, joined=glued, options=options))
            continue
        parts = piece.split("_")
        for number, part in enumerate(parts):
            if not part:
                continue
            joined = glued if number == 0 or not parts[number - 1] and number == 1 else True
            followed = number < len(parts) - 1  # a "_" comes after this part
            if part in _SLOTS:
                elements.append(Element(_SLOTS[part], joined=joined))
            elif part.startswith("&"):
                name = part[1:].upper()
                options = synsets.get(name) or ((_word_element(part[1:], followed, False),),)
                elements.append(Element(ALTERNATIVES, joined=joined, options=options))
            else:
                elements.append(_word_element(part, followed, joined))
    return tuple(elements)


def _split_pattern(body: str, synsets: dict[str, tuple[tuple[Element, ...], ...]]
                   ) -> tuple[tuple[Element, ...], tuple[Element, ...], bool] | None:
    elements = parse_sequence(body, synsets)
    marks = [i for i, e in enumerate(elements) if e.kind == VERB_MARK]
    if len(marks) != 1:
        return None
    at = marks[0]
    return elements[:at], elements[at + 1 :], elements[at].joined


def _synset_options(members: list[str], synsets: dict[str, tuple[tuple[Element, ...], ...]]
                    ) -> tuple[tuple[Element, ...], ...]:
    return tuple(parse_sequence(m.replace(" ", " "), synsets) for m in members if m.strip())


def read_tabari_verbs(path: Path) -> LinearDictionary:
    """Read a TABARI verb dictionary (see the module docstring)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"cannot read verb dictionary {path}: {exc}") from exc
    return parse_tabari_verbs(text, path.name)


def parse_tabari_verbs(text: str, origin: str) -> LinearDictionary:
    raw_synsets: dict[str, list[str]] = {}
    entries: list[tuple[int, str, list[tuple[int, str]], list[str]]] = []
    section = ""
    current_synset: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "~~")):
            continue
        tag = stripped.upper()
        if tag.startswith("<") and tag.endswith(">"):
            section = "" if tag.startswith("</") else tag
            continue
        if section == "<TIME>":
            continue
        if section == "<SYNSETS>":
            if stripped.startswith("&"):
                current_synset = stripped[1:].split()[0].upper()
                raw_synsets[current_synset] = []
            elif stripped.startswith("+") and current_synset:
                raw_synsets[current_synset].append(stripped[1:].strip())
            continue
        if stripped.startswith("-"):
            if entries:
                entries[-1][2].append((number, stripped[1:]))
            continue
        if stripped.startswith("{") and entries:
            entries[-1][3].extend(stripped.strip("{} ").split())
            continue
        if section:
            continue  # another block (<NOUN>, ...) that is not verbs
        forms = re.search(r"\{([^}]*)\}", stripped)
        head = re.sub(r"\{[^}]*\}", " ", stripped)
        entries.append((number, head, [], forms.group(1).split() if forms else []))
    synsets = _resolve_synsets(raw_synsets)
    verbs = [_verb(number, head, patterns, forms, synsets, origin) for number, head, patterns, forms in entries]
    found = tuple(v for v in verbs if v is not None)
    if not found:
        raise ConfigError(f"{origin}: no TABARI verb entries found (is this a verb dictionary?)")
    return LinearDictionary(found)


def _resolve_synsets(raw: dict[str, list[str]]) -> dict[str, tuple[tuple[Element, ...], ...]]:
    """Synsets as alternatives; members naming other synsets are expanded (a few levels deep)."""
    resolved: dict[str, tuple[tuple[Element, ...], ...]] = {}
    for _ in range(_MAX_SYNSET_DEPTH):
        resolved = {name: _synset_options(members, resolved) for name, members in raw.items()}
    return resolved


def _verb_form(text: str, synsets: dict[str, tuple[tuple[Element, ...], ...]]) -> tuple[Element, ...]:
    """A verb or one of its forms: the first word, written whole ("DEPART_"), still takes the
    regular endings; "BAN=" is that word alone."""
    bare = text.split()[0].endswith("=") if text.split() else False
    elements = parse_sequence(text.replace("=", ""), synsets)
    if not elements or elements[0].kind != WORD:
        return ()
    head = elements[0]
    if bare:
        head = replace(head, exact=True, inflected=False)
    elif head.exact:
        head = replace(head, inflected=True)
    return (head, *elements[1:])


def _verb(number: int, head: str, pattern_lines: list[tuple[int, str]], form_words: list[str],
          synsets: dict[str, tuple[tuple[Element, ...], ...]], origin: str) -> LinearVerb | None:
    code_match = _CODE.search(head)
    outcome = parse_outcome(code_match.group(1)) if code_match else Outcome(None)
    phrase = _CODE.sub(" ", head).strip()
    if not phrase or phrase.startswith(("&", "+")):
        return None
    main = _verb_form(phrase, synsets)
    if not main:
        return None
    forms = [main]
    for word in form_words:
        form = _verb_form(word, synsets)
        if form:
            forms.append(form)
    patterns: list[LinearPattern] = []
    for line_number, body in pattern_lines:
        code_match = _CODE.search(body)
        if not code_match:
            continue
        split = _split_pattern(body[: code_match.start()], synsets)
        if split is None:
            continue
        before, after, verb_joined = split
        patterns.append(LinearPattern(before, after, verb_joined, parse_outcome(code_match.group(1)),
                                      f"{origin}:{line_number}"))
    ordered = sorted(enumerate(patterns), key=lambda item: (-item[1].size[0], -item[1].size[1], item[0]))
    return LinearVerb(main[0].word, tuple(forms), outcome, tuple(p for _, p in ordered), f"{origin}:{number}")
