"""Readers for the PETRARCH and TABARI dictionary formats, so users can keep their own files.

Actor files (PETRARCH `Phoenix.*.actors.txt`, TABARI `*.actors`): a root phrase with words joined
by `_` starts an entry, `+PHRASE` lines add synonyms, and codes in brackets follow on the root line
or on indented lines: `[USAGOV]` undated, `[USAGOV 010120-161231]` a date range, `[RUSGOV >040309]`
from a date, `[USRUKR <911224]` until a date, `[---]` not an actor. Roots without codes share the
codes that follow them (PETRARCH writes a leader's spelling variants as separate roots above one
code block). Dates are `yyyymmdd` or `yymmdd`; two-digit years below 20 are 20xx, as in the
Phoenix files (which end in 2016), so dates after 2019 must be written with four-digit years. Comments start with `#`
(PETRARCH) or `;` (TABARI); TABARI's `<NOUN>`/`<ADJECTIVE>` blocks are not actors and are skipped.

Agent files (`Phoenix.agents.txt`, TABARI `*.agents`): `PHRASE [~GOV]` lines, substitution sets
`!PERSON! = MAN, WOMAN`, and `{PLURAL}` / `{}` for irregular or no plurals; regular plurals are
generated here, as PETRARCH does.

TABARI actor files (named `*.actors`) keep TABARI's matching conventions, which PETRARCH's files
do not share: their entities are `TabariEntity`s that carry the phrases as written, and the
index (communique.actors.index) matches those words as TABARI did: a word without a trailing
`_` is a stem ("ERIADOR" matches "Eriadori"), a word ending in `_` is a whole word that still
takes the regular noun endings (S, ES, 'S), `=` forbids endings, `_` between words keeps them
adjacent while a space lets other words come between them ("PRINCE DOL_AMROTH" matches "the
Prince of Dol Amroth").
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from communique.actors.dictionary import Agent, Entity, Role, open_text
from communique.errors import ConfigError

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^\d{6}$|^\d{8}$")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AL", "EL", "DE", "BIN"})
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


def _open(path: Path) -> TextIO:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if not names:
                raise ConfigError(f"{path}: empty zip archive")
            member = names[0]
            return io.StringIO(archive.read(member).decode("utf-8", errors="replace"))
    if path.suffix == ".gz":
        return open_text(path)
    return path.open(encoding="utf-8", errors="replace")


def _strip_comment(line: str) -> str:
    """Cut a `#` or `;` comment, but not inside a code block (`[### <890101]`)."""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char in "#;" and depth == 0:
            return line[:i]
    return line


def parse_ymd(text: str) -> date:
    if not _DATE.match(text):
        raise ValueError(f"not a yymmdd or yyyymmdd date: {text!r}")
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < 20 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code_block(block: str, source: str) -> Role | None:
    """`USAGOV 010120-161231` and friends; None for a block that cannot be read."""
    parts = block.split()
    if not parts:
        return None
    code = parts[0]
    if code.startswith(("<", ">")) or _DATE.match(code.split("-")[0]):
        return None  # a date without a code: malformed in the source file
    if len(parts) == 1:
        return Role(code=code, source=source)
    spec = "".join(parts[1:])
    try:
        if spec.startswith(">"):
            return Role(code=code, start=parse_ymd(spec[1:]), source=source)
        if spec.startswith("<"):
            return Role(code=code, end=parse_ymd(spec[1:]), source=source)
        lo, hi = spec.split("-")
        start, end = parse_ymd(lo), parse_ymd(hi)
        if end < start and len(hi) == 6:
            end = end.replace(year=end.year + 100)  # "990101-050101": the end is in the next century
        return Role(code=code, start=start, end=end, source=source)
    except ValueError:
        return None  # e.g. PETRARCH's "2004017": an impossible date is dropped, not guessed


def phrase_words(raw: str) -> str:
    """`SERGEY_V._LAVROV_` -> `SERGEY V. LAVROV`; parenthesised acronyms are dropped, and so is
    TABARI's `=` ("MOUSE=": the word without regular endings, which is how names match here)."""
    text = re.sub(r"\([^)]*\)", " ", raw)
    text = text.replace("_", " ").replace("=", " ")
    return " ".join(text.split())


def display_name(phrase: str) -> str:
    """Readable casing for an all-caps dictionary phrase: words title-cased, acronyms kept."""
    if any(c.islower() for c in phrase):
        return phrase
    words: list[str] = []
    for word in phrase.split():
        if words and word in _SMALL_WORDS:
            words.append(word.lower())
            continue
        letters = word.replace(".", "")
        acronym = len(letters) <= 3 and not re.search(r"[AEIOUY]", letters)
        if "." in word or acronym or (len(letters) <= 4 and len(phrase.split()) == 1):
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def entity_id(phrase: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", phrase.upper()).strip("_")


@dataclass(frozen=True)
class TabariEntity(Entity):
    """An entity read from a TABARI actor file: `phrases` are its root and synonyms as written
    there (connectors `_`, `~_`, `=` and spaces kept), for matching with TABARI's conventions."""

    phrases: tuple[str, ...] = ()


@dataclass
class _Pending:
    root: str
    names: list[str]
    roles: list[Role] = field(default_factory=list)
    comment: str = ""
    raw: list[str] = field(default_factory=list)


def is_tabari_actor_file(path: Path) -> bool:
    """TABARI's own actor files are named `*.actors` (PETRARCH's `*.actors.txt`), maybe compressed."""
    name = path.name.lower().removesuffix(".gz").removesuffix(".zip")
    return name.endswith(".actors")


def read_actor_file(path: Path, kind_hint: str | None = None) -> list[Entity]:
    """Entities of a PETRARCH or TABARI actor dictionary."""
    with _open(path) as handle:
        return list(parse_actor_lines(handle, path.name, kind_hint, tabari=is_tabari_actor_file(path)))


def raw_phrase(piece: str) -> str:
    """A phrase as written in the file, without parenthesised acronyms: `AL_GORE`, `PRINCE DOL_AMROTH`."""
    return " ".join(re.sub(r"\([^)]*\)", " ", piece).split())


# "<!--", and the "<! --" hand-typed into PETRARCH's validation actors (which, read as a tag,
# would open a block and hide every entry after it)
_XML_COMMENT_OPEN = re.compile(r"<!\s*--")


def _without_xml_comments(lines: Iterable[str]) -> Iterator[str]:
    """Lines with `<!-- ... -->` comments removed (PETRARCH validation dictionaries carry them,
    sometimes over several lines); the tag check must never mistake one for a block opening."""
    in_comment = False
    for raw in lines:
        line = raw
        out = ""
        while line:
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    line = ""
                    break
                line = line[end + 3 :]
                in_comment = False
            opener = _XML_COMMENT_OPEN.search(line)
            if opener is None:
                out += line
                break
            out += line[: opener.start()]
            line = line[opener.end() :]
            in_comment = True
        if out.strip() or not raw.strip():
            yield out if out.endswith("\n") or not raw.endswith("\n") else out + "\n"


def parse_actor_lines(
    lines: Iterable[str], origin: str, kind_hint: str | None = None, *, tabari: bool = False
) -> Iterator[Entity]:
    """Entities of actor-file lines; `tabari`: keep TABARI's phrases (`TabariEntity`)."""
    waiting: list[_Pending] = []  # roots still without codes
    current: _Pending | None = None
    in_block = False
    # TABARI roots that differ only by connectors ("AL_GORE" and "AL GORE") are two entries
    raw_by_id: dict[str, str] = {}

    def finish(entry: _Pending) -> Entity:
        plain = _entity(entry, origin, kind_hint)
        if not tabari:
            return plain
        key = plain.id
        root = entry.raw[0] if entry.raw else entry.root
        number = 1
        while raw_by_id.setdefault(key, root) != root:
            number += 1
            key = f"{plain.id}_{number}"
        return TabariEntity(
            id=key,
            name=plain.name,
            kind=plain.kind,
            names=plain.names,
            roles=plain.roles,
            origin=plain.origin,
            phrases=tuple(dict.fromkeys(p for p in entry.raw if p)),
        )

    for raw in _without_xml_comments(lines):
        stripped = raw.strip()
        if stripped.startswith("<") and stripped.endswith(">"):
            in_block = not stripped.startswith("</")
            continue
        if in_block or not stripped or stripped.startswith(("#", ";", "<!--")):
            continue
        comment = raw[len(_strip_comment(raw)) :]
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        roles = [r for r in (parse_code_block(b, origin) for b in _CODE_BLOCK.findall(line)) if r]
        head = _CODE_BLOCK.sub(" ", line).strip()
        if line[0] in " \t" and not head.startswith("+") or (not head and roles):
            if current is not None:
                current.roles.extend(roles)
            continue
        if head.startswith("+"):
            if current is not None:
                current.names.extend(phrase_words(p) for p in head.split("+") if p.strip())
                current.raw.extend(raw_phrase(p) for p in head.split("+") if p.strip())
                current.roles.extend(roles)
            continue
        # a new root: close the previous entry, or keep it waiting for the next codes
        if current is not None:
            if current.roles:
                for entry in waiting:
                    entry.roles = list(current.roles)
                    yield finish(entry)
                waiting = []
                yield finish(current)
            else:
                waiting.append(current)
        names = [phrase_words(p) for p in head.split("+") if p.strip()]
        if not names:
            current = None
            continue
        written = [raw_phrase(p) for p in head.split("+") if p.strip()]
        current = _Pending(root=names[0], names=names, roles=roles, comment=comment, raw=written)
    if current is not None and current.roles:
        for entry in waiting:
            entry.roles = list(current.roles)
            yield finish(entry)
        yield finish(current)


def _entity(entry: _Pending, origin: str, kind_hint: str | None) -> Entity:
    roles = tuple(entry.roles)
    codes = [r.code for r in roles if not r.is_null]
    if kind_hint:
        kind = kind_hint
    elif (
        codes
        and len(codes[-1]) == 3
        and codes[-1].isalpha()
        and codes[-1][:3] not in ("IGO", "NGO", "IMG", "MNC")
    ):
        kind = "country"
    elif any(r.dated for r in roles) or "CountryInfo" in entry.comment:
        kind = "person"
    else:
        kind = "organisation"
    names = tuple(dict.fromkeys(display_name(n) for n in entry.names if n))
    return Entity(
        id=entity_id(entry.root),
        name=names[0] if names else entry.root,
        kind=kind,
        names=names,
        roles=roles,
        origin=origin,
    )


# ---------------------------------------------------------------- agents


def _plurals(word: str) -> list[str]:
    upper = word.upper()
    if upper.endswith("S") and not upper.endswith("SS"):
        return []  # already plural (FORCES, AFFAIRS)
    if upper.endswith("MAN"):
        return [word[:-3] + ("MEN" if word.isupper() else "men")]
    if upper.endswith(("S", "SH", "CH", "X", "Z")):
        return [word + "ES"]
    if upper.endswith("Y") and len(word) > 1 and upper[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    return [word + "S"]


def read_agent_file(path: Path) -> list[Agent]:
    with _open(path) as handle:
        return list(parse_agent_lines(handle, path.name))


def parse_agent_lines(lines: Iterable[str], origin: str) -> Iterator[Agent]:
    substitutions: dict[str, list[str]] = {}
    in_block = False
    for raw in _without_xml_comments(lines):
        stripped = raw.strip()
        if stripped.startswith("<") and stripped.endswith(">"):
            in_block = not stripped.startswith("</")
            continue
        line = _strip_comment(raw).strip()
        if in_block or not line:
            continue
        sub = _SUBSTITUTION.match(line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        codes = _CODE_BLOCK.findall(line)
        if not codes:
            continue
        code = codes[0].strip().split()[0] if codes[0].strip() else ""
        if "~" not in code:
            continue
        head = _CODE_BLOCK.sub(" ", line)
        plural_spec = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head).strip()
        if not head:
            continue
        phrases = _expand(head, substitutions)
        names: list[str] = []
        for phrase in phrases:
            words = phrase_words(phrase)
            if not words:
                continue
            names.append(words)
            if plural_spec is None:
                *rest, last = words.split(" ")
                names.extend(" ".join([*rest, p]) for p in _plurals(last))
            elif plural_spec.group(1).strip():
                names.append(phrase_words(plural_spec.group(1).strip()))
        if names:
            yield Agent(id=entity_id(phrases[0]), names=tuple(dict.fromkeys(names)), code=code, origin=origin)


def _expand(head: str, substitutions: dict[str, list[str]]) -> list[str]:
    phrases = [head]
    for key, values in substitutions.items():
        out: list[str] = []
        for phrase in phrases:
            if key in phrase:
                out.extend(phrase.replace(key, value) for value in values)
            else:
                out.append(phrase)
        phrases = out
    return phrases


# ---------------------------------------------------------------- sniffing


def is_agent_file(path: Path) -> bool:
    """Agent files carry `~` codes; actor files carry country codes."""
    tilde = plain = 0
    with _open(path) as handle:
        for line in handle:
            for block in _CODE_BLOCK.findall(_strip_comment(line)):
                if "~" in block:
                    tilde += 1
                elif block.strip():
                    plain += 1
            if tilde + plain >= 200:
                break
    return tilde > plain


def read_dictionary_file(path: Path) -> tuple[list[Entity], list[Agent]]:
    """Any supported file by its content: communique JSONL, PETRARCH/TABARI actors or agents."""
    from communique.actors.dictionary import read_jsonl

    if not path.is_file():
        raise ConfigError(f"actor dictionary {path} does not exist")
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json")):
        return read_jsonl(path)
    try:
        if is_agent_file(path):
            return [], read_agent_file(path)
        return read_actor_file(path), []
    except (OSError, UnicodeDecodeError, EOFError, IndexError, zipfile.BadZipFile) as exc:
        raise ConfigError(f"{path}: cannot read actor dictionary ({type(exc).__name__}: {exc})") from exc
