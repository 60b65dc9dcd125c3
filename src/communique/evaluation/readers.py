"""Gold readers for the CAMEO codebook, PLOVER, ConfliBERT and communique JSONL, and `read_gold`,
which guesses a file's kind from its content.

The communique JSONL gold format, for users writing their own gold: one JSON object per line
(blank lines and lines starting with `#` are skipped):

    {"id": "blinken-1", "date": "2022-01-21",
     "text": "Blinken warned Lavrov that Moscow would face sanctions.",
     "events": [{"source": "USAGOV", "target": "RUSGOV", "code": "1312"}],
     "actors": [{"text": "Blinken", "code": "USAGOV"},
                {"text": "Lavrov", "code": "RUSGOV", "start": 15}]}

- `text` (required): what the coder reads; `id` (default: the line number) and `date`
  (ISO, the publication date that dated roles are resolved against) are optional.
- `events`: the events the text asserts, each `source`, `target` (CAMEO actor codes; null or
  `"---"` for none) and `code` (CAMEO event code, leading zeros kept). `"events": []` says the
  text asserts no event (a negation, a hypothetical); leave `events` out for an actor-only line.
- `actors`: actor mentions, each `text` (found in the text; `start`, and `end`, pin the
  occurrence when it is not the first) and `code`; `role` ("source"/"target") is optional.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

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
from communique.evaluation.readers_labels import read_case2021, read_india_police
from communique.evaluation.readers_petrarch import one_line, read_petrarch_xml, read_tabari_text

KINDS = ("petrarch", "tabari", "codebook", "plover", "conflibert", "jsonl", "case2021", "indiapolice")


# ---------------------------------------------------------------- CAMEO codebook


def read_codebook(path: Path) -> GoldSet:
    """cameo_codes.json: every example sentence of every code is an item whose first coded event
    should carry that code. Examples name no actors."""
    try:
        codes = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc})") from exc
    items: list[GoldItem] = []
    for entry in codes:
        code = str(entry["code"])
        for index, example in enumerate(entry.get("examples") or []):
            text = one_line(str(example))
            if text:
                items.append(
                    GoldItem(
                        item_id=f"cameo-{code}-{index}",
                        text=text,
                        events=(GoldEvent(source=None, target=None, code=code),),
                    )
                )
    return GoldSet(kind="codebook", path=str(path), items=tuple(items))


# ---------------------------------------------------------------- PLOVER


def read_plover(path: Path) -> GoldSet:
    """PLOVER gold-standard records (the JSON array PLOVER_GSR_CAMEO.txt, or the JSONL with
    `cameo_code` added). Records sharing a sentence become one item; each record gives an event
    per (source, target) pair. Without `cameo_code` the events carry only their PLOVER label,
    which the scorer compares through cameo_to_plover.json (searched beside and above the file)."""
    records = _json_records(path)
    by_text: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        by_text.setdefault(one_line(str(record["text"])), []).append(record)
    items: list[GoldItem] = []
    for text, group in by_text.items():
        events: list[GoldEvent] = []
        actors: list[GoldActor] = []
        for record in group:
            sources = _plover_actors(record.get("source"), "source", text)
            targets = _plover_actors(record.get("target"), "target", text)
            code = record.get("cameo_code")
            label = record.get("event_plover_v2") or record.get("event")
            pairs = [
                (source.code, target.code)
                for source in sources or [GoldActor(code=NO_ACTOR)]
                for target in targets or [GoldActor(code=NO_ACTOR)]
            ]
            if _reciprocal(record, sources, targets):
                # `(SRC/TAR: Jordan) and (SRC/TAR: Britain) agreed`: CAMEO codes each side
                # acting on the other, which PLOVER's JSON lists as sources without a target.
                pairs = [(a.code, b.code) for a in sources for b in sources if a is not b]
                sources = [replace(a, role="both") for a in sources]
            for source_code, target_code in pairs:
                events.append(
                    GoldEvent(
                        source=source_code,
                        target=target_code,
                        code=str(code) if code else None,
                        plover=str(label) if label else None,
                    )
                )
            actors.extend(sources + targets)
        items.append(
            GoldItem(
                item_id=str(group[0].get("id", f"plover-{len(items) + 1}")),
                text=text,
                date=iso_date(group[0].get("date")),
                events=tuple(dict.fromkeys(events)),
                actors=tuple(_unique_actors(actors)),
            )
        )
    return GoldSet(kind="plover", path=str(path), items=tuple(items), plover_map=_plover_map_near(path))


def _reciprocal(record: dict[str, Any], sources: list[GoldActor], targets: list[GoldActor]) -> bool:
    info = record.get("textInfo")
    markup = str(info.get("markup", "")) if isinstance(info, dict) else ""
    return not targets and len(sources) >= 2 and markup.count("(SRC/TAR:") >= 2


def _plover_actors(raw: Any, role: str, text: str) -> list[GoldActor]:
    if not isinstance(raw, list):
        return []
    actors: list[GoldActor] = []
    for entry in raw:
        if not isinstance(entry, dict) or not entry.get("code"):
            continue
        country = str(entry["code"]).strip().upper()
        sector = str(entry.get("sector") or "").strip()
        # Sectors carry lower-case ethnic/religious suffixes (`CVLalb`) and `***` for unknown.
        sector = sector[:3] if sector[:3].isalpha() and sector[:3].isupper() else ""
        span = locate(text, str(entry.get("actorText") or ""))
        actors.append(
            GoldActor(
                code=normalise_actor_code(country + sector),
                role=role,
                text=text[span[0] : span[1]] if span else entry.get("actorText"),
                start=span[0] if span else None,
                end=span[1] if span else None,
                sector=sector or None,
            )
        )
    return actors


def _unique_actors(actors: Iterable[GoldActor]) -> list[GoldActor]:
    """A mention that is source of one record and target of another is one mention, role `both`."""
    merged: dict[tuple[str | None, int | None, int | None, str | None], GoldActor] = {}
    for actor in actors:
        key = (actor.code, actor.start, actor.end, actor.text if actor.start is None else None)
        if key in merged and merged[key].role != actor.role:
            old = merged[key]
            merged[key] = GoldActor(old.code, "both", old.text, old.start, old.end, old.sector)
        else:
            merged.setdefault(key, actor)
    return list(merged.values())


def locate(text: str, fragment: str) -> tuple[int, int] | None:
    """Where an annotator's actor text sits in the sentence. PLOVER's actor texts elide words
    (`U.S. ... negotiators`) and keep stray spaces, so the longest piece found is taken."""
    pieces = [
        " ".join(piece.split())
        for piece in fragment.replace("...", "\u2026").replace("..", "\u2026").split("\u2026")
    ]
    pieces = sorted((piece for piece in pieces if piece), key=len, reverse=True)
    lowered = text.lower()
    for piece in pieces:
        at = text.find(piece)
        if at < 0:
            at = lowered.find(piece.lower())
        if at >= 0:
            return at, at + len(piece)
    return None


def _plover_map_near(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER event from cameo_to_plover.json, if it is beside or above the gold."""
    for folder in (path.parent, path.parent.parent):
        candidate = folder / "cameo_to_plover.json"
        if candidate.is_file():
            table = json.loads(candidate.read_text(encoding="utf-8"))
            mapping = {str(row["cameo_code"]): str(row["plover_event"]) for row in table.get("mappings", [])}
            for root, event in (table.get("root_level_fallback") or {}).items():
                mapping.setdefault(str(root), str(event).split()[0])
            return mapping
    return {}


def _json_records(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        return list(data) if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        pass
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc
    return records


# ---------------------------------------------------------------- ConfliBERT


def read_conflibert(path: Path, split: str = "test") -> GoldSet:
    """ConfliBERT's CAMEO sets: `cameo_class/*.tsv` (sentence, penta class 0-4) and
    `cameo_ner/*.txt` (CoNLL tokens tagged S source, T target, R reciprocal). Given the folder,
    both files of `split` are read and joined (they hold the same sentences in the same order);
    given one file, only that task is scored."""
    if path.is_dir():
        class_file = path / "cameo_class" / f"{split}.tsv"
        ner_file = path / "cameo_ner" / f"{split}.txt"
        classes = _conflibert_classes(class_file) if class_file.is_file() else None
        spans = _conflibert_spans(ner_file) if ner_file.is_file() else None
    elif path.suffix == ".tsv":
        classes, spans = _conflibert_classes(path), None
    else:
        classes, spans = None, _conflibert_spans(path)
    if classes is None and spans is None:
        raise InputError(f"{path}: no ConfliBERT cameo_class/{split}.tsv or cameo_ner/{split}.txt found")
    if classes is not None and spans is not None and len(classes) != len(spans):
        raise InputError(f"{path}: {len(classes)} class sentences but {len(spans)} NER sentences")
    count = len(classes) if classes is not None else len(spans or [])
    items: list[GoldItem] = []
    skipped: list[tuple[str, str]] = []
    for index in range(count):
        item_id = f"conflibert-{split}-{index + 1}"
        text = classes[index][0] if classes is not None else " ".join(tok for tok, _ in (spans or [])[index])
        actors: tuple[GoldActor, ...] = ()
        if spans is not None:
            aligned = _align_spans(text, spans[index])
            if aligned is None:
                skipped.append((item_id, "tokens do not align with the sentence"))
                continue
            actors = aligned
        items.append(
            GoldItem(
                item_id=item_id,
                text=text,
                events=None,
                actors=actors,
                penta=classes[index][1] if classes is not None else None,
            )
        )
    return GoldSet(kind="conflibert", path=str(path), items=tuple(items), skipped=tuple(skipped))


def _conflibert_classes(path: Path) -> list[tuple[str, int]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 2 and row[-1].strip().isdigit():
                rows.append((one_line("\t".join(row[:-1])), int(row[-1])))
    return rows


def _conflibert_spans(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, _, label = line.rpartition(" ")
        current.append((token or label, label if token else "O"))
    if current:
        sentences.append(current)
    return sentences


_ROLES = {"S": "source", "T": "target", "R": "both"}


def _align_spans(text: str, tagged: list[tuple[str, str]]) -> tuple[GoldActor, ...] | None:
    """Character spans of the B-/I- runs, found by walking the tokens through the sentence."""
    offsets: list[tuple[int, int]] = []
    at = 0
    for token, _ in tagged:
        found = text.find(token, at)
        if found < 0 or text[at:found].strip():
            return None
        offsets.append((found, found + len(token)))
        at = found + len(token)
    actors: list[GoldActor] = []
    run: list[int] = []
    run_role = ""

    def close() -> None:
        if run:
            start, end = offsets[run[0]][0], offsets[run[-1]][1]
            actors.append(
                GoldActor(code=None, role=_ROLES.get(run_role), text=text[start:end], start=start, end=end)
            )

    for index, (_, label) in enumerate(tagged):
        prefix, _, role = label.partition("-")
        if prefix == "B" or (prefix == "I" and role != run_role):
            close()
            run, run_role = [index], role
        elif prefix == "I":
            run.append(index)
        else:
            close()
            run, run_role = [], ""
    close()
    return tuple(actors)


# ---------------------------------------------------------------- communique JSONL


def read_jsonl(path: Path) -> GoldSet:
    """The communique JSONL gold format (see the module docstring)."""
    items: list[GoldItem] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not a JSON object ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{path}:{number}: a gold line needs a "text" string')
        text = record["text"]
        events: tuple[GoldEvent, ...] | None = None
        if "events" in record:
            events = tuple(_jsonl_event(path, number, raw) for raw in record["events"] or [])
        actors = tuple(_jsonl_actor(path, number, text, raw) for raw in record.get("actors") or [])
        date = record.get("date")
        if date is not None and iso_date(str(date)) is None:
            raise InputError(f"{path}:{number}: date {date!r} is not YYYY-MM-DD")
        items.append(
            GoldItem(
                item_id=str(record.get("id", f"line-{number}")),
                text=text,
                date=iso_date(str(date)) if date else None,
                events=events,
                actors=actors,
            )
        )
    return GoldSet(kind="jsonl", path=str(path), items=tuple(items))


def _jsonl_event(path: Path, number: int, raw: Any) -> GoldEvent:
    if not isinstance(raw, dict) or not raw.get("code"):
        raise InputError(f'{path}:{number}: each event needs a "code" (and "source", "target")')
    return GoldEvent(
        source=normalise_actor_code(raw.get("source")),
        target=normalise_actor_code(raw.get("target")),
        code=str(raw["code"]).strip(),
    )


def _jsonl_actor(path: Path, number: int, text: str, raw: Any) -> GoldActor:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise InputError(f'{path}:{number}: each actor needs a "text" (and a "code")')
    mention = raw["text"]
    start = raw.get("start")
    if start is None:
        start = text.find(mention)
    end = raw.get("end", start + len(mention) if start is not None and start >= 0 else None)
    if start is None or start < 0 or text[start:end] != mention:
        raise InputError(f"{path}:{number}: actor text {mention!r} not found in the text at that place")
    return GoldActor(
        code=normalise_actor_code(raw["code"]) if raw.get("code") else None,
        role=raw.get("role"),
        text=mention,
        start=start,
        end=end,
    )


# ---------------------------------------------------------------- dispatch


def guess_kind(path: Path) -> str:
    """The gold kind of a file or folder, from its content (extension alone is ambiguous:
    PLOVER's gold is a JSON array named .txt, TABARI's a .text)."""
    if path.is_dir():
        if (path / "cameo_class").is_dir() or (path / "cameo_ner").is_dir():
            return "conflibert"
        if (path / "docs.jsonl").is_file() and (path / "sents.jsonl").is_file():
            return "indiapolice"
        if (path / "test_set_final_release_with_labels.tsv").is_file():
            return "case2021"
        raise InputError(
            f"{path}: a folder is a gold set only when it is ConfliBERT's (cameo_class/, cameo_ner/), "
            "IndiaPoliceEvents' (docs.jsonl, sents.jsonl) or CASE 2021's"
        )
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(20_000)
    lines = head.splitlines()
    if lines and lines[0].split("\t")[:3] == ["id", "EventSnippet", "SubType"]:
        return "case2021"
    if path.suffix == ".tsv":
        return "conflibert"
    first = next((line.lstrip() for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    if first.startswith("<") or "<Sentence" in head:
        return "petrarch"
    if first.startswith("[") or first.startswith("{"):
        if '"examples"' in head and '"code"' in head and '"root"' in head:
            return "codebook"
        if '"textInfo"' in head or '"eventText"' in head:
            return "plover"
        return "jsonl"
    if any(_looks_tabari(line) for line in lines) and "{" in head:
        return "tabari"
    if lines and all(len(line.split(" ")) == 2 for line in lines[:20] if line.strip()):
        return "conflibert"
    raise InputError(f"{path}: cannot tell which gold format this is; give the kind ({', '.join(KINDS)})")


def _looks_tabari(line: str) -> bool:
    parts = line.split()
    return len(parts) >= 2 and len(parts[0]) == 6 and parts[0].isdigit()


def read_gold(path: Path | str, kind: str | None = None) -> GoldSet:
    """Read any supported gold file; `kind` is guessed from the content when not given."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"gold file {path} does not exist")
    kind = kind or guess_kind(path)
    readers = {
        "petrarch": read_petrarch_xml,
        "tabari": read_tabari_text,
        "codebook": read_codebook,
        "plover": read_plover,
        "conflibert": read_conflibert,
        "jsonl": read_jsonl,
        "case2021": read_case2021,
        "indiapolice": read_india_police,
    }
    if kind not in readers:
        raise InputError(f"unknown gold kind {kind!r}; known: {', '.join(KINDS)}")
    return readers[kind](path)
