"""Scoring a labelled gold set: does the coder report the kind of event a text is labelled with?

Labelled sets annotate texts, not events. CASE 2021 gives each news snippet one ACLED event
type ("AIR_STRIKE", "PEACE_PROTEST", "NATURAL_DISASTER"); IndiaPoliceEvents answers yes/no
questions about each article ("did police arrest someone?"). The set's `EventType`s say which
CAMEO events report each label, so a text's *reported* labels are those of the asserted events
coded from it, and they are compared with its gold labels:

- `labels.recall`: of the gold event labels, the share reported; `labels.macro_recall` is the
  mean of the per-label recalls, so that a frequent type does not hide a missed one;
- `labels.quiet`: of the texts whose labels are all non-events (a flood, a factory fire), the
  share coded with none of the set's event types;
- multi-label sets with complete annotation (IndiaPoliceEvents) also give precision:
  `labels.<LABEL>.precision|recall|f1` and their means `labels.macro_precision|macro_f1`.
  A single-label set (CASE) gives no precision: its types overlap (an air strike kills; an
  armed clash and a retaken town are both fights), so reporting a second type is no error.

A label the set maps to no CAMEO reading at all (ACLED's "headquarters established") is left
out, and a text with only such labels is not scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from communique.evaluation.gold import EventType, GoldSet
from communique.evaluation.scoring import Counts, Prediction


@dataclass
class LabelOutcome:
    """One scored text: the gold labels missed and the labels reported without gold."""

    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()


@dataclass
class LabelScores:
    metrics: dict[str, float] = field(default_factory=dict)
    outcomes: dict[int, LabelOutcome] = field(default_factory=dict)  # item index -> outcome


def reported_labels(prediction: Prediction, types: dict[str, EventType]) -> set[str]:
    """The event labels the coded events of one text report."""
    return {
        label
        for label, event_type in types.items()
        if event_type.is_event
        and any(
            event_type.reported_by(
                event.code, event.source_code, event.source.sectors if event.source else ()
            )
            for event in prediction.events
        )
    }


def score_labels(gold: GoldSet, predictions: Sequence[Prediction]) -> LabelScores:
    types = gold.event_types
    if not types:
        return LabelScores()
    multi_label = bool(gold.info.get("multi_label"))
    per_label = {label: Counts() for label, event_type in types.items() if event_type.is_event}
    quiet = Counter[str]()
    scores = LabelScores()
    for index, (item, prediction) in enumerate(zip(gold.items, predictions, strict=True)):
        if item.labels is None:
            continue
        known = [label for label in item.labels if label in types]
        if not known and not multi_label:
            continue
        wanted = {label for label in known if types[label].is_event}
        reported = reported_labels(prediction, types)
        for label, counts in per_label.items():
            counts.add(int(label in wanted and label in reported), int(label in reported), int(label in wanted))
        if not wanted and not multi_label:
            quiet["items"] += 1
            quiet["quiet"] += not reported
        missed = tuple(sorted(wanted - reported))
        # Single-label sets: a second type beside the right one is no error (their types overlap);
        # a type reported instead of the gold one, or for a non-event, is.
        extra = tuple(sorted(reported - wanted)) if multi_label or not wanted & reported else ()
        if missed or extra:
            scores.outcomes[index] = LabelOutcome(missed=missed, extra=extra)
    scores.metrics = _metrics(per_label, quiet, multi_label)
    return scores


def _metrics(per_label: dict[str, Counts], quiet: Counter[str], multi_label: bool) -> dict[str, float]:
    metrics: dict[str, float] = {}
    scored = {label: counts for label, counts in per_label.items() if counts.gold}
    if not scored:
        return metrics
    metrics["labels.recall"] = sum(c.tp for c in scored.values()) / sum(c.gold for c in scored.values())
    metrics["labels.macro_recall"] = sum(c.recall for c in scored.values()) / len(scored)
    for label, counts in sorted(scored.items()):
        metrics[f"labels.{label}.recall"] = counts.recall
        if multi_label:
            metrics[f"labels.{label}.precision"] = counts.precision
            metrics[f"labels.{label}.f1"] = counts.f1
    if multi_label:
        metrics["labels.macro_precision"] = sum(c.precision for c in scored.values()) / len(scored)
        metrics["labels.macro_f1"] = sum(c.f1 for c in scored.values()) / len(scored)
    if quiet["items"]:
        metrics["labels.quiet"] = quiet["quiet"] / quiet["items"]
    return metrics
