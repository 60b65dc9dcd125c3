"""Readers for labelled real-news sets: CASE 2021 Task 2 and IndiaPoliceEvents.

Neither set codes events; each labels texts with kinds of event (see `labels.py` for how they
are scored). What each label means in CAMEO is decided here, once, with the reason:

- CASE 2021 Task 2 (`case2021`): a TSV (`id`, `EventSnippet`, `SubType`) of 1,019 news
  snippets, each with one ACLED sub-event type or one of the task's "unseen" types. ACLED's
  types are finer than CAMEO's roots in some places (a suicide bombing, an air strike) and
  coarser in others (an "attack" by any means), so each maps to the CAMEO codes that report it.
  Types CAMEO has no event for are left unscored (an "established headquarters", organised
  crime), except natural and man-made disasters: no political event at all, which
  measures whether the coder stays quiet on news that is not about parties acting.
- IndiaPoliceEvents (`indiapolice`): Times of India articles from Gujarat, March 2002, every
  document labelled with the answers to yes/no questions about the police (KILL, ARREST, FORCE,
  FAIL, ANY_ACTION). The source of a reporting event must be the police (sector COP). FAIL
  (police failing to act) has no CAMEO code and is not scored. The text is lower case and has
  the source's mojibake ("â€œ" for a quote), which is repaired when read.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from communique.errors import InputError
from communique.evaluation.gold import EventType, GoldItem, GoldSet

# ACLED sub-event type -> the CAMEO code prefixes that report it; () = no CAMEO event.
CASE_TYPES: dict[str, tuple[str, ...]] = {
    # Battles: any use of force between armed parties; a retaken town is an occupation or a fight.
    "ARMED_CLASH": ("19",),
    "GOV_REGAINS_TERIT": ("19",),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("19",),
    # Explosions/remote violence: CAMEO has the weapon in its codes.
    "AIR_STRIKE": ("195",),
    "ART_MISS_ATTACK": ("194",),
    "CHEM_WEAP": ("204",),
    "SUIC_BOMB": ("183",),
    "REM_EXPLOS": ("183",),
    "GRENADE": ("18", "19"),
    # Violence against civilians: unconventional violence or military force against them.
    "ATTACK": ("18", "19", "20"),
    "ABDUCT_DISSAP": ("181",),
    "SEX_VIOL": ("1821",),
    # Protests and riots.
    "PEACE_PROTEST": ("140", "141", "142", "143", "144"),
    "PROTEST_WITH_INTER": ("14", "175"),
    "VIOL_DEMONSTR": ("145",),
    "MOB_VIOL": ("145", "18"),
    "FORCE_AGAINST_PROTEST": ("175", "18", "19"),
    # Strategic developments with a CAMEO reading.
    "ARREST": ("173",),
    "PROPERTY_DISTRUCT": ("171", "145"),
    "NON_VIOL_TERRIT_TRANSFER": ("087", "192"),
    "AGREEMENT": ("03", "05", "08"),
    # The task's "unseen" types, as its Note_on_UNSEEN_events defines them. DIPLO is "any kind of
    # diplomatic action or announcement ... diplomatic measures (e.g. sanctions or closure of
    # embassies), threats, call for actions, praises and condemnations": CAMEO's verbal events of
    # either sign (statements, appeals, intents, consultations, diplomatic cooperation, demands,
    # disapproval, rejection, threats) and its diplomatic measures (16: reduce relations).
    "DIPLO": ("01", "02", "03", "04", "05", "10", "11", "12", "13", "16"),
    # ATTRIB covers "group claiming their own responsibility, accusation of responsibility and
    # denial of responsibility": CAMEO 015, 112 and 016.
    "ATTRIB": ("015", "016", "112"),
    # Not events in CAMEO's sense: nothing of the set's event types should be reported.
    "NATURAL_DISASTER": (),
    "MAN_MADE_DISASTER": (),
}
# Left unscored: DISR_WEAP (weapons seized or defused), HQ_ESTABLISHED, CHANGE_TO_GROUP_ACT,
# ORG_CRIME (crime "not related to political violence") and OTHER have no CAMEO event of their own.

_POLICE = frozenset({"COP"})
POLICE_TYPES: dict[str, tuple[str, ...]] = {
    # Killing is told apart from other force only by these codes; police firing that kills is
    # often coded 175 or 19x, which FORCE counts.
    "KILL": ("1823", "186", "20"),
    "ARREST": ("173",),
    "FORCE": ("175", "18", "19", "20"),
    # Any act of the police at all: every CAMEO root.
    "ANY_ACTION": tuple(f"{root:02d}" for root in range(1, 21)),
}


def read_case2021(path: Path) -> GoldSet:
    if path.is_dir():
        path = path / "test_set_final_release_with_labels.tsv"
    csv.field_size_limit(10**7)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or [cell.strip() for cell in rows[0][:3]] != ["id", "EventSnippet", "SubType"]:
        raise InputError(f"{path}: not a CASE 2021 Task 2 file (expected the header id, EventSnippet, SubType)")
    items = []
    skipped = []
    for row in rows[1:]:
        if len(row) != 3 or not row[1].strip():
            skipped.append((row[0] if row else "?", "not three tab-separated fields"))
            continue
        item_id, text, label = (cell.strip() for cell in row)
        items.append(GoldItem(item_id=f"case2021-{item_id}", text=text, events=None, labels=(label,)))
    types = {label: EventType(label, codes) for label, codes in CASE_TYPES.items()}
    return GoldSet(kind="case2021", path=str(path), items=tuple(items), skipped=tuple(skipped), event_types=types)


def read_india_police(path: Path) -> GoldSet:
    folder = path if path.is_dir() else path.parent
    docs_path = folder / "docs.jsonl"
    if not docs_path.is_file():
        raise InputError(f"{folder}: no docs.jsonl (an IndiaPoliceEvents folder holds docs.jsonl and sents.jsonl)")
    dates = {str(record.get("doc_id")): record.get("date") for record in _jsonl(folder / "metadata_slim.jsonl")}
    labelled_sentences = _labelled_sentences(folder / "sents.jsonl")
    items = []
    skipped = []
    for record in _jsonl(docs_path):
        doc_id = str(record.get("doc_id"))
        text = repair_mojibake(str(record.get("doc_text") or ""))
        if not text.strip():
            skipped.append((doc_id, "empty document"))
            continue
        items.append(
            GoldItem(
                item_id=f"indiapolice-{doc_id}",
                text=text,
                date=dates.get(doc_id),
                events=None,
                labels=tuple(record.get("doc_labels") or ()),
                note=" | ".join(labelled_sentences.get(doc_id, [])),
            )
        )
    types = {label: EventType(label, codes, _POLICE) for label, codes in POLICE_TYPES.items()}
    return GoldSet(
        kind="indiapolice",
        path=str(folder),
        items=tuple(items),
        skipped=tuple(skipped),
        event_types=types,
        info={"multi_label": True},
    )


def _labelled_sentences(path: Path) -> dict[str, list[str]]:
    """doc id -> its labelled sentences as "[LABELS] text", for the misses listing."""
    found: dict[str, list[str]] = {}
    for record in _jsonl(path):
        labels = record.get("sent_labels") or []
        if labels:
            text = repair_mojibake(str(record.get("sent_text") or "")).strip()
            found.setdefault(str(record.get("doc_id")), []).append(f"[{','.join(labels)}] {text}")
    return found


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# UTF-8 punctuation read as Windows-1252 ("â€œ" for "“"): three characters from "â€" on.
_MOJIBAKE = re.compile("\u00e2\u20ac.")
_REPLACEMENT = "\ufffd"


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 in quotes and dashes. A sequence whose third byte was lost
    (the source has "\ufffd" there) cannot be decoded and becomes a plain double quote, which is
    what such sequences almost always were; any other stray "\ufffd" is dropped."""

    def decode(match: re.Match[str]) -> str:
        try:
            return match.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return '"'

    return _MOJIBAKE.sub(decode, text).replace(_REPLACEMENT, "")
