"""Scoring coded events against gold: precision, recall and F1 at every level of detail.

An event is compared as (source, target, event) at one actor level and one event level:

- actor level `any` (actors ignored), `country` (first three letters of the code: `USA`,
  `IGO`, `---`) or `code` (the whole normalised code);
- event level `code` (exact CAMEO code), `root` (two digits), `quad` (quad class 1-4) or
  `plover` (the PLOVER event the code maps to, where the gold carries PLOVER labels).

Within one item, gold and predicted events are matched as multisets of keys, so a sentence
with two identical gold events needs two predictions. Predictions identical at the exact level
(same source, target and code from two verbs of one sentence) count once, as in PETRARCH's
validation output. An item enters a level only when its gold supports it: a codebook example
names no actors, so it counts at actor level `any` only. Scores are micro-averaged over items.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from communique.evaluation.gold import (
    NO_ACTOR,
    GoldEvent,
    GoldItem,
    GoldSet,
    actor_country,
    normalise_actor_code,
    penta_class,
    quad_class,
)

ACTOR_LEVELS = ("any", "country", "code")
EVENT_LEVELS = ("code", "root", "quad", "plover")


@dataclass(frozen=True)
class PredictedActor:
    """A coded actor mention, reduced to what scoring needs (from `model.Actor`)."""

    code: str
    sectors: tuple[str, ...] = ()
    text: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""


@dataclass(frozen=True)
class PredictedEvent:
    """A coded event, reduced to what scoring needs (from `model.Event`)."""

    source: PredictedActor | None
    target: PredictedActor | None
    code: str
    modality: str = "asserted"
    sentence_start: int = 0
    verb_start: int = 0
    verb_text: str = ""
    rule: str = ""

    @property
    def source_code(self) -> str:
        return self.source.code if self.source else NO_ACTOR

    @property
    def target_code(self) -> str:
        return self.target.code if self.target else NO_ACTOR

    def describe(self) -> str:
        verb = f' "{self.verb_text}"' if self.verb_text else ""
        return f"{self.source_code} {self.code} {self.target_code}{verb}"


@dataclass(frozen=True)
class Prediction:
    """What the coder made of one gold item: its asserted events in text order, and its actor
    mentions when the coder exposes them (`None`: only the events' actors are known)."""

    events: tuple[PredictedEvent, ...] = ()
    mentions: tuple[PredictedActor, ...] | None = None
    error: str | None = None

    @property
    def all_mentions(self) -> tuple[PredictedActor, ...]:
        if self.mentions is not None:
            return self.mentions
        seen: dict[tuple[int | None, int | None, str], PredictedActor] = {}
        for event in self.events:
            for actor in (event.source, event.target):
                if actor is not None:
                    seen.setdefault((actor.start, actor.end, actor.code), actor)
        return tuple(seen.values())


def describe_gold(event: GoldEvent) -> str:
    code = event.code or event.plover or "?"
    if not event.has_actors:
        return code
    return f"{event.source} {code} {event.target}"


@dataclass
class Counts:
    """True positives, predictions and gold events at one level; precision, recall and F1 from them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    items: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold
        self.items += 1

    @property
    def precision(self) -> float:
        # Predicting nothing where nothing is expected is perfect, not undefined.
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "items": self.items,
        }


def _actor_key(code: str | None, level: str) -> str:
    if level == "any":
        return ""
    return actor_country(code) if level == "country" else normalise_actor_code(code)


def _event_key(code: str | None, plover: str | None, level: str, plover_map: dict[str, str]) -> Any:
    if level == "plover":
        if plover is not None:
            return plover
        return plover_for(code, plover_map) if code else None
    if code is None:
        return None
    if level == "code":
        return code
    if level == "root":
        return code[:2]
    return quad_class(code)


def plover_for(code: str, plover_map: dict[str, str]) -> str | None:
    """The PLOVER event of a CAMEO code: its own row, else its parent's, else its root's."""
    for length in (len(code), 3, 2):
        if code[:length] in plover_map:
            return plover_map[code[:length]]
    return None


def gold_keys(
    events: Iterable[GoldEvent], actor_level: str, event_level: str, plover_map: dict[str, str]
) -> Counter[Any] | None:
    keys: Counter[Any] = Counter()
    for event in events:
        if actor_level != "any" and not event.has_actors:
            return None
        event_key = _event_key(
            event.code, event.plover if event_level == "plover" else None, event_level, plover_map
        )
        if event_key is None:
            return None
        keys[(_actor_key(event.source, actor_level), _actor_key(event.target, actor_level), event_key)] += 1
    return keys


def predicted_keys(
    events: Iterable[PredictedEvent], actor_level: str, event_level: str, plover_map: dict[str, str]
) -> Counter[Any]:
    keys: Counter[Any] = Counter()
    for event in events:
        event_key = _event_key(event.code, None, event_level, plover_map)
        keys[
            (
                _actor_key(event.source_code, actor_level),
                _actor_key(event.target_code, actor_level),
                event_key,
            )
        ] += 1
    return keys


def unique_events(events: Sequence[PredictedEvent]) -> tuple[PredictedEvent, ...]:
    """One event per exact (source, target, code), keeping the first in text order."""
    seen: dict[tuple[str, str, str], PredictedEvent] = {}
    for event in events:
        seen.setdefault((event.source_code, event.target_code, event.code), event)
    return tuple(seen.values())


@dataclass
class ItemResult:
    """One item's outcome at the headline level, for the misses-and-extras listing."""

    item: GoldItem
    prediction: Prediction
    missed: list[GoldEvent] = field(default_factory=list)
    extra: list[PredictedEvent] = field(default_factory=list)
    exact: bool | None = None
    first_code: str | None = None
    # Where the headline matched but the exact triples did not: the differing gold and coded events.
    inexact_gold: list[GoldEvent] = field(default_factory=list)
    inexact_coded: list[PredictedEvent] = field(default_factory=list)
    # Labelled sets (evaluation/labels.py): gold labels not reported, and labels reported wrongly.
    missed_labels: tuple[str, ...] = ()
    extra_labels: tuple[str, ...] = ()

    @property
    def wrong(self) -> bool:
        return bool(
            self.missed
            or self.extra
            or self.missed_labels
            or self.extra_labels
            or self.exact is False
            or self.prediction.error
        )


@dataclass
class EventScores:
    grid: dict[tuple[str, str], Counts]
    records_exact: float | None
    records: int
    first_event: dict[str, float]
    penta: dict[str, float]
    results: list[ItemResult]


def score_events(gold: GoldSet, predictions: Sequence[Prediction], headline: tuple[str, str]) -> EventScores:
    """Every level of the grid, the records scored exactly right, codebook first-event accuracy,
    ConfliBERT penta-class accuracy, and per-item misses and extras at the `headline` level."""
    plover_map = gold.plover_map
    event_levels = [level for level in EVENT_LEVELS if level != "plover" or plover_map]
    grid = {(a, e): Counts() for a in ACTOR_LEVELS for e in event_levels}
    results: list[ItemResult] = []
    exact_right = exact_total = 0
    first = Counter[str]()
    penta_pairs: list[tuple[int, int | None]] = []
    for item, prediction in zip(gold.items, predictions, strict=True):
        events = unique_events(prediction.events)
        result = ItemResult(item=item, prediction=prediction)
        if item.events is not None:
            for (actor_level, event_level), counts in grid.items():
                expected = gold_keys(item.events, actor_level, event_level, plover_map)
                if expected is None:
                    continue
                found = predicted_keys(events, actor_level, event_level, plover_map)
                counts.add(sum((expected & found).values()), sum(found.values()), sum(expected.values()))
            result.missed, result.extra = _diff(item.events, events, headline, plover_map)
            if all(event.has_actors and event.code for event in item.events):
                exact_total += 1
                result.exact = gold_keys(item.events, "code", "code", {}) == +predicted_keys(
                    events, "code", "code", {}
                )
                exact_right += result.exact
                if not result.exact and not (result.missed or result.extra):
                    result.inexact_gold, result.inexact_coded = _diff(
                        item.events, events, ("code", "code"), {}
                    )
            elif gold.kind == "codebook" and item.events and item.events[0].code:
                _first_event(first, result, item.events[0].code, prediction.events)
        if item.penta is not None:
            coded = prediction.events[0].code if prediction.events else None
            penta_pairs.append((item.penta, penta_class(coded) if coded else None))
        results.append(result)
    return EventScores(
        grid=grid,
        records_exact=exact_right / exact_total if exact_total else None,
        records=exact_total,
        first_event={name: first[name] / first["items"] for name in first if name != "items"}
        if first["items"]
        else {},
        penta=_penta_scores(penta_pairs),
        results=results,
    )


def _diff(
    expected_events: Sequence[GoldEvent],
    events: Sequence[PredictedEvent],
    level: tuple[str, str],
    plover_map: dict[str, str],
) -> tuple[list[GoldEvent], list[PredictedEvent]]:
    """Gold events no coded event matches at `level`, and coded events left over."""
    actor_level, event_level = level
    if any(not e.has_actors for e in expected_events):
        actor_level = "any"
    missed: list[GoldEvent] = []
    remaining = list(events)
    for gold_event in expected_events:
        want = gold_keys([gold_event], actor_level, event_level, plover_map)
        match = next(
            (
                p
                for p in remaining
                if want and predicted_keys([p], actor_level, event_level, plover_map) == want
            ),
            None,
        )
        if match is None:
            missed.append(gold_event)
        else:
            remaining.remove(match)
    return missed, remaining


def _first_event(
    first: Counter[str], result: ItemResult, code: str, events: Sequence[PredictedEvent]
) -> None:
    """Codebook examples: the first coded event should carry the example's code."""
    first["items"] += 1
    first["coded"] += bool(events)
    if events:
        result.first_code = events[0].code
        first["root_accuracy"] += events[0].code[:2] == code[:2]
        first["code_accuracy"] += events[0].code == code
    first["any_root_accuracy"] += any(event.code[:2] == code[:2] for event in events)
    first["any_code_accuracy"] += any(event.code == code for event in events)


def _penta_scores(pairs: list[tuple[int, int | None]]) -> dict[str, float]:
    """Accuracy and macro-F1 over the five gold classes; an uncoded sentence is a wrong answer."""
    if not pairs:
        return {}
    scores = {
        "accuracy": sum(g == p for g, p in pairs) / len(pairs),
        "coded": sum(p is not None for _, p in pairs) / len(pairs),
    }
    f1s = []
    for label in sorted({g for g, _ in pairs}):
        tp = sum(g == label and p == label for g, p in pairs)
        predicted = sum(p == label for _, p in pairs)
        gold = sum(g == label for g, _ in pairs)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    scores["macro_f1"] = sum(f1s) / len(f1s)
    return scores
