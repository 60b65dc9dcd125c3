"""Readers for the PETRARCH XML validation records and the TABARI validation text.

Both formats come with the dictionaries their expected codes were made with, named in the file
itself (PETRARCH's `<Environment>`) or in the project file beside it (TABARI's
`Validate.project`); `dictionaries_for` finds them so the coder can be built with them.

PETRARCH validation files are not always well-formed XML (PETR2_GSR_validation.xml closes
`<Sentence .../>` and then writes `</Sentence>`), so records are read with a tolerant scan of
tags rather than an XML parser. Texts are wrapped over several lines in both formats; lines are
joined with spaces, since the pipeline treats a newline as a sentence break.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from communique.errors import InputError
from communique.evaluation.gold import (
    NO_ACTOR,
    GoldActor,
    GoldEvent,
    GoldItem,
    GoldSet,
    iso_date,
    normalise_actor_code,
)

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG_ATTRS = re.compile(r"""([A-Za-z_][\w\-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SENTENCE_OPEN = re.compile(r"<Sentence\b([^>]*)>")
_EVENT_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


@dataclass(frozen=True)
class GoldDictionaries:
    """Dictionary files a gold file was coded with (absolute paths that exist)."""

    actors: tuple[Path, ...] = ()
    verbs: tuple[Path, ...] = ()
    agents: tuple[Path, ...] = ()
    discards: tuple[Path, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.actors or self.verbs or self.agents or self.discards)


def one_line(text: str) -> str:
    """Wrapped record text as one line: the pipeline breaks sentences at newlines."""
    return " ".join(text.split())


def _attributes(raw: str) -> dict[str, str]:
    return {
        m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3))
        for m in _TAG_ATTRS.finditer(raw)
    }


# ---------------------------------------------------------------- PETRARCH XML


def read_petrarch_xml(path: Path) -> GoldSet:
    """PETRARCH validation records: `<Sentence>` with `<EventCoding>` triples and `<Text>`.

    `noevents` and `error` codings mean no event is expected; records marked `valid="false"`
    or `evaluate="false"` are skipped, as PETRARCH's own validator skips them.
    """
    raw = _COMMENT.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
    start = raw.find("<Sentences>")
    body = raw[start:] if start >= 0 else raw
    opens = list(_SENTENCE_OPEN.finditer(body))
    if not opens:
        raise InputError(f"{path}: no <Sentence> records found (is this a PETRARCH validation file?)")
    items: list[GoldItem] = []
    skipped: list[tuple[str, str]] = []
    for index, match in enumerate(opens):
        end = opens[index + 1].start() if index + 1 < len(opens) else len(body)
        block = body[match.end() : end]
        attrs = _attributes(match.group(1))
        record_id = attrs.get("id") or f"record-{index + 1}"
        if attrs.get("valid", "true").lower() == "false" or attrs.get("evaluate", "true").lower() == "false":
            skipped.append((record_id, "marked not valid"))
            continue
        text_match = _TEXT.search(block)
        text = one_line(html.unescape(text_match.group(1))) if text_match else ""
        if not text:
            # One record of PETR2_GSR_validation.xml has an empty <Text> but a full parse.
            text = _text_from_conllu(block)
        if not text:
            skipped.append((record_id, "no <Text>"))
            continue
        events: list[GoldEvent] = []
        note = ""
        codings = list(_EVENT_CODING.finditer(block))
        if not codings:
            # GigaWord sample files carry parses but no expectations: nothing to score.
            skipped.append((record_id, "no <EventCoding>"))
            continue
        for coding in codings:
            coding_attrs = _attributes(coding.group(1))
            if "noevents" in coding_attrs or "noevent" in coding_attrs:
                continue
            if "error" in coding_attrs:
                note = f"expected error: {coding_attrs['error']}"
                continue
            code = coding_attrs.get("eventcode", "").strip()
            if not code:
                continue
            events.append(
                GoldEvent(
                    source=normalise_actor_code(coding_attrs.get("sourcecode")),
                    target=normalise_actor_code(coding_attrs.get("targetcode")),
                    code=code,
                )
            )
        items.append(
            GoldItem(
                item_id=record_id,
                text=text,
                date=iso_date(attrs.get("date")),
                events=tuple(events),
                actors=_actors_of(events),
                note=note or attrs.get("category", ""),
            )
        )
    return GoldSet(
        kind="petrarch",
        path=str(path),
        items=tuple(items),
        skipped=tuple(skipped),
        info={"dictionaries": _petrarch_environment(raw)},
    )


def _text_from_conllu(block: str) -> str:
    """The sentence of a CoNLL-U `<Parse>`: forms joined by spaces unless `SpaceAfter=No`."""
    match = re.search(r"<Parse>(.*?)</Parse>", block, re.S)
    if not match:
        return ""
    pieces: list[str] = []
    for line in match.group(1).splitlines():
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) < 10 or not columns[0].isdigit():
            return ""  # not CoNLL-U (a Treebank parse): no text to rebuild
        pieces.append(columns[1] + ("" if "SpaceAfter=No" in columns[9] else " "))
    return html.unescape("".join(pieces)).strip()


def _actors_of(events: list[GoldEvent]) -> tuple[GoldActor, ...]:
    """Actor gold from event triples: codes with roles, no spans."""
    actors: list[GoldActor] = []
    for event in events:
        for role, code in (("source", event.source), ("target", event.target)):
            if code and code != NO_ACTOR:
                actors.append(GoldActor(code=code, role=role))
    return tuple(actors)


def _petrarch_environment(raw: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tag, key in (
        ("Verbfile", "verbs"),
        ("Actorfile", "actors"),
        ("Agentfile", "agents"),
        ("Discardfile", "discards"),
    ):
        match = re.search(rf"<{tag}>(.*?)</{tag}>", raw, re.S)
        if match:
            found[key] = [name.strip() for name in match.group(1).split(",") if name.strip()]
    return found


# ---------------------------------------------------------------- TABARI

_TABARI_HEADER = re.compile(r"^(\d{6})\s+(\S+)")
_TABARI_CODING = re.compile(r"(-?)\{([^{}]*)\}")
_NO_EVENT_MARKS = {"---", "+++", "###", ""}


def read_tabari_text(path: Path) -> GoldSet:
    """TABARI validation records: a `YYMMDD ID` line, the text, then a `/* ... */` comment whose
    `{ SOURCE / TARGET / CODE }` lines are the expected events.

    `{---}`, `{+++}` and `{###}` (no event, complex, discarded) expect no events; `-{...}` lines
    are switched off in the suite and ignored; a record holding `-{ --- / --- / 000 }` says its
    list is incomplete and is skipped. Records with only `{ OPTION: ... }` lines or no braces
    test program options, not coding, and are skipped.
    """
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    records: list[tuple[str, str, list[str]]] = []
    current: tuple[str, str, list[str]] | None = None
    for line in lines:
        header = _TABARI_HEADER.match(line)
        if header:
            current = (header.group(1), header.group(2), [])
            records.append(current)
        elif current is not None:
            current[2].append(line)
    if not records:
        raise InputError(f"{path}: no TABARI records (lines starting 'YYMMDD ID') found")
    items: list[GoldItem] = []
    skipped: list[tuple[str, str]] = []
    for date, record_id, body_lines in records:
        body = "\n".join(body_lines)
        comment_at = body.find("/*")
        text = body if comment_at < 0 else body[:comment_at]
        comment = "" if comment_at < 0 else body[comment_at:]
        # Text after the record (blank lines, '#' banners) is not part of it.
        text = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        events: list[GoldEvent] = []
        expects_none = False
        incomplete = False
        option_only = False
        for match in _TABARI_CODING.finditer(comment):
            disabled, inner = match.group(1) == "-", match.group(2).strip()
            parts = [part.strip() for part in inner.split("/")]
            if disabled:
                if len(parts) == 3 and parts[0] == "---" and parts[1] == "---":
                    incomplete = True
                continue
            if inner.upper().startswith("OPTION"):
                option_only = True
                continue
            if inner in _NO_EVENT_MARKS:
                expects_none = True
                continue
            if len(parts) != 3 or not parts[2]:
                continue
            events.append(
                GoldEvent(
                    source=normalise_actor_code(parts[0]),
                    target=normalise_actor_code(parts[1]),
                    code=parts[2].split()[0],
                )
            )
        text = one_line(text)
        if incomplete:
            skipped.append((record_id, "expected list marked incomplete"))
        elif not events and not expects_none:
            skipped.append((record_id, "option record" if option_only else "no expected events given"))
        elif not text:
            skipped.append((record_id, "empty text"))
        else:
            items.append(
                GoldItem(
                    item_id=record_id,
                    text=text,
                    date=iso_date(date),
                    events=tuple(events),
                    actors=_actors_of(events),
                )
            )
    return GoldSet(kind="tabari", path=str(path), items=tuple(items), skipped=tuple(skipped))


def _tabari_project(path: Path) -> dict[str, list[str]]:
    """Dictionary file names from a TABARI `.project` file (`<actorsfile> NAME` lines)."""
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"\s*<(actorsfile|verbsfile|agentsfile)>\s*(\S+)", line, re.I)
        if match:
            key = {"actorsfile": "actors", "verbsfile": "verbs", "agentsfile": "agents"}[
                match.group(1).lower()
            ]
            found.setdefault(key, []).append(match.group(2))
    return found


def dictionaries_for(gold_path: Path, kind: str) -> GoldDictionaries:
    """The dictionaries a PETRARCH or TABARI gold file names, when they sit beside it.

    PETRARCH files name theirs in `<Environment>`, found beside the file or in a sibling
    `dictionaries/` folder (PETRARCH's data/text, data/dictionaries layout); the Phoenix
    dictionaries named by PETR2_GSR_validation.xml are the shipped defaults and absent there, so
    nothing is returned for it. TABARI files are named by a `.project` file in the same folder whose
    `<textfile>` is the gold file.
    """
    folder = gold_path.parent
    names: dict[str, list[str]] = {}
    if kind == "petrarch":
        raw = gold_path.read_text(encoding="utf-8", errors="replace")
        names = _petrarch_environment(raw)
    elif kind == "tabari":
        for project in sorted(folder.glob("*.project")):
            text = project.read_text(encoding="utf-8", errors="replace")
            if re.search(rf"<textfile>\s*{re.escape(gold_path.name)}\b", text, re.I):
                names = _tabari_project(project)
                break

    # PETRARCH's own layout keeps records in data/text/ and dictionaries in data/dictionaries/.
    folders = (folder, folder.parent / "dictionaries")

    def existing(key: str) -> tuple[Path, ...]:
        found = []
        for name in names.get(key, []):
            path = next((f / name for f in folders if (f / name).is_file()), None)
            if path is not None:
                found.append(path)
        return tuple(found)

    return GoldDictionaries(
        actors=existing("actors"),
        verbs=existing("verbs"),
        agents=existing("agents"),
        discards=existing("discards"),
    )
