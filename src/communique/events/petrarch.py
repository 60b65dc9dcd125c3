"""Reader for PETRARCH verb dictionaries (e.g. PETRARCH2's CAMEO.2.0.txt).

The PETRARCH format groups verbs in blocks (``---  WARN   [130]  ---``) with a default code,
verb lines (``MEET {MEETS MET MEETING}``, ``+MEET_WITH``, ``ACCUSE [112]``) and patterns
(``- * (OF {SERIOUS CONSEQUENCES}) [130]  # WARN``), plus synsets (``&CURRENCY`` with ``+WORD``
members). PETRARCH matched patterns against a constituency parse in word order; here each
pattern becomes dependency constraints (communique.events.patterns): words after ``*`` go to the
object slot, ``(PREP words)`` to the slot of that preposition, a leading particle to ``prt``,
words before ``*`` to the subject slot; ``+``/``$`` inside a prepositional group name the slot of
the target/source.

A pattern applies to the verb named in its comment (``# TAKE``), where PETRARCH's authors
recorded which verb it was written for: blocks mix senses ("press on" sits under DEMAND, "take
part" under SEIZE). A pattern whose comment names no verb of its block applies to all of them.
Patterns that hinge on auxiliaries (``WILL NOT *``) are dropped: modality is decided from the
parse instead (communique.events.modality).

TABARI verb dictionaries are recognised here (`looks_like_tabari`) but read by
communique.events.tabari: their patterns are word order, which the linear matcher applies as is.
"""

from __future__ import annotations

import re
from pathlib import Path

from communique.errors import ConfigError
from communique.events.patterns import VERB, Constraint, Pattern, PatternSet, parse_code

PARTICLES = frozenset(
    ["up", "out", "down", "off", "away", "back", "forward", "aside", "over", "around", "along", "apart", "together", "ahead"]
)
PREPOSITIONS = frozenset(
    ["to", "in", "on", "at", "with", "against", "for", "of", "from", "into", "onto", "toward", "towards", "by", "about", "over", "under", "between", "among", "across", "through", "upon", "within", "without", "after", "before", "behind", "near", "beyond", "amid", "like", "as"]
)
_MODAL_WORDS = frozenset(["will", "would", "not", "no", "never", "has", "have", "had", "is", "are", "was", "were", "be", "been", "can", "could", "may", "might"])
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
PETRARCH_BLOCK = re.compile(r"^---\s+\S+\s+\[[^\]]*\]\s*---", re.M)
_CODE = re.compile(r"\[([^\]]*)\]")
_TABARI_VERB = re.compile(r"^[A-Z][A-Z_'-]+\s+\[[0-9:-]+\]", re.M)
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")


def _word(raw: str) -> str:
    """A dictionary word as communique writes it: lower case, PETRARCH's exact-form '_' dropped."""
    return raw.strip().rstrip("_").lower()


def _codes(text: str, where: str) -> tuple[str | None, str | None, bool]:
    """(code, reverse, explicit): explicit is false when the bracket says nothing ('---')."""
    # PETRARCH's files carry stray marks after some codes ("[080!]"); keep digits, ':' and '-'.
    if re.search(r"[A-Za-z]", text):
        raise ConfigError(f"{where}: {text!r} is not a CAMEO code")
    text = re.sub(r"[^0-9:\-]", "", text)
    if text in ("---", ""):
        return None, None, False
    code, reverse = parse_code(text, where)
    return code, reverse, True


def _verb_line(line: str) -> tuple[str, tuple[Constraint, ...], set[str], str | None]:
    """(lemma, constraints from a multi-word verb, every form, code text or None)."""
    code_match = _CODE.search(line)
    code_text = code_match.group(1) if code_match else None
    body = _CODE.sub(" ", line.split("#", 1)[0])
    forms_match = re.search(r"\{([^}]*)\}", body)
    head = body[: forms_match.start()] if forms_match else body
    words = _word(head.strip().lstrip("+")).split("_")
    lemma = words[0]
    forms = {lemma}
    if forms_match:
        forms |= {_word(f.lstrip("+")).split("_")[0] for f in forms_match.group(1).split()}
    constraints: list[Constraint] = []
    for extra in words[1:]:
        if not extra:
            continue
        if extra in PARTICLES and extra not in ("over",):
            constraints.append(Constraint("prt", (extra,)))
        elif extra in PREPOSITIONS:
            constraints.append(Constraint(extra))
        else:
            constraints.append(Constraint("obj", (extra,)))
    return lemma, tuple(constraints), forms, code_text


def _pattern_constraints(body: str) -> tuple[tuple[Constraint, ...], str | None, str | None] | None:
    """Constraints of a '- PRE * POST' body, or None when the pattern cannot be expressed."""
    if "*" not in body:
        return None
    pre_text, _, post_text = body.partition("*")
    pre = [t for t in _TOKEN.findall(pre_text) if t not in ("$", "+", "^", "%")]
    if any(_word(t) in _MODAL_WORDS for t in pre):
        return None
    slots: dict[str, list[str]] = {}
    source_slot = target_slot = None
    for token in pre:
        slots.setdefault("subj", []).extend(_group_words(token))
    current: str | None = None  # an unbracketed preposition opens a group for the words after it
    first = True
    for token in _TOKEN.findall(post_text):
        if token in ("$", "+", "^", "%"):
            if current and token == "+":
                target_slot = current
            elif current and token == "$":
                source_slot = current
            continue
        if token.startswith("("):
            inner = _TOKEN.findall(token[1:-1])
            if not inner:
                continue
            prep = _word(inner[0])
            slot = slots.setdefault(prep.split("/")[0], [])
            for item in inner[1:]:
                if item == "+":
                    target_slot = prep
                elif item == "$":
                    source_slot = prep
                elif item not in ("^", "%"):
                    slot.extend(_group_words(item))
            current = None
        elif _word(token) in PREPOSITIONS and not token.startswith("{"):
            current = _word(token)
            slots.setdefault(current, [])
        elif first and _word(token) in PARTICLES:
            slots.setdefault("prt", []).append(_word(token))
        elif current:
            slots[current].extend(_group_words(token))
        else:
            slots.setdefault("obj", []).extend(_group_words(token))
        first = False
    if slots.get("that") is not None:
        slots.pop("that")
    constraints = tuple(Constraint(slot, tuple(dict.fromkeys(words))) for slot, words in slots.items())
    return constraints, source_slot, target_slot


def _group_words(token: str) -> list[str]:
    if token.startswith("("):
        inner = [w for w in token[1:-1].split() if w not in ("$", "+", "^", "%")]
        if inner and _word(inner[0]) in PREPOSITIONS:
            inner = inner[1:]
        return [w for item in inner for w in _group_words(item)]
    if token.startswith("{"):
        return [w for item in token[1:-1].split() if item not in ("$", "+", "^", "%") for w in _group_words(item)]
    word = token.upper() if token.startswith("&") else _word(token)
    word = re.sub(r"[\s=+#{}()]", "", word).rstrip("_")
    return [word] if word else []


def looks_like_tabari(text: str) -> bool:
    """TABARI's verb format: no PETRARCH section banner or verb blocks ("--- WORD [code] ---")."""
    if "####### VERB PATTERNS" in text or PETRARCH_BLOCK.search(text):
        return False
    return "<SYNSETS>" in text or bool(_TABARI_VERB.search(text))


def read_petrarch_verbs(path: Path) -> PatternSet:
    """Read a PETRARCH verb dictionary into communique patterns (see the module docstring)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    synsets: dict[str, set[tuple[str, ...]]] = {}
    patterns: list[Pattern] = []
    current_synset: str | None = None
    in_verbs = False
    has_banner = "####### VERB PATTERNS" in text
    block_verbs: list[tuple[str, tuple[Constraint, ...], set[str], str | None]] = []
    block_patterns: list[tuple[int, str]] = []
    block_code: tuple[str | None, str | None, bool] = (None, None, False)
    block_line = 0

    def flush() -> None:
        if not block_verbs:
            return
        code, reverse, has_default = block_code
        for lemma, constraints, _forms, verb_code in block_verbs:
            if verb_code is not None:
                try:
                    v_code, v_reverse, v_explicit = _codes(verb_code, f"{path.name}:{block_line}")
                except ConfigError:
                    continue
                if v_explicit:
                    patterns.append(Pattern(VERB, lemma, constraints, v_code, v_reverse, origin=f"{path.name}:{block_line}"))
                    continue
            if has_default:
                patterns.append(Pattern(VERB, lemma, constraints, code, reverse, origin=f"{path.name}:{block_line}"))
        for number, raw in block_patterns:
            where = f"{path.name}:{number}"
            body, _, comment = raw[1:].partition("#")
            code_match = _CODE.search(body)
            if not code_match:
                continue
            try:
                p_code, p_reverse, _ = _codes(code_match.group(1).split("]")[0], where)
            except ConfigError:
                continue  # not a CAMEO code (TABARI's demo files use codes such as "075A")
            parsed = _pattern_constraints(body[: code_match.start()])
            if parsed is None:
                continue
            constraints, source_slot, target_slot = parsed
            named = _word(comment.split(",")[0]).split("_")[0] if comment.strip() else ""
            # The comment names the verb the pattern was written for; blocks mix senses ("press
            # on" under DEMAND, "take part" under SEIZE), so the pattern stays with that verb.
            verbs = [v for v in block_verbs if named in v[2]] or block_verbs
            plain = {v[0] for v in verbs if not v[1]}
            for lemma, verb_constraints, _forms, _code in verbs:
                if verb_constraints and lemma in plain:
                    continue  # "+MEET_WITH" adds nothing to a pattern that MEET already carries
                patterns.append(
                    Pattern(VERB, lemma, verb_constraints + constraints, p_code, p_reverse,
                            source_slot, target_slot, where)
                )

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            current_synset = None
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not in_verbs and not has_banner and _BLOCK.match(stripped):
            in_verbs = True  # files without section banners (PETRARCH-1's) start verbs at a block
        if not in_verbs:
            if stripped.startswith("&"):
                # a bare "&" names no synset: its members have nowhere to go
                names = stripped[1:].split()
                current_synset = names[0] if names else None
                if current_synset is not None:
                    synsets[current_synset] = set()
            elif stripped.startswith("+") and current_synset:
                word = stripped[1:].split("#")[0].strip()
                synsets[current_synset].add(tuple(_word(w) for w in word.split("_") if w))
            continue
        block = _BLOCK.match(stripped)
        if block:
            flush()
            block_verbs, block_patterns = [], []
            block_line = number
            try:
                block_code = _codes(block.group(2), f"{path.name}:{number}")
            except ConfigError:
                block_code = (None, None, False)
            continue
        if stripped.startswith("-"):
            block_patterns.append((number, stripped))
        else:
            block_verbs.append(_verb_line(stripped))
    flush()
    if not patterns:
        raise ConfigError(f"{path}: no PETRARCH verb blocks found (is this a verb dictionary?)")
    frozen = {name.upper(): frozenset(m for m in members if m) for name, members in synsets.items()}
    unique: dict[str, Pattern] = {}
    for pattern in patterns:
        unique.setdefault(pattern.render(), pattern)
    return PatternSet.build(unique.values(), frozen)
