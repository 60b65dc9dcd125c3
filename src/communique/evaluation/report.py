"""`EvalReport`: the scores of one evaluation run, as text for people and as a dict for CI.

Metric names are flat dotted strings (`events.country.root.precision`,
`codebook.first_event.root_accuracy`, `actors.mentions.country_accuracy`, ...) so that the
quality gate (quality/floors.json) can pin any of them by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from communique.evaluation.actor_scoring import ActorMiss
from communique.evaluation.scoring import ACTOR_LEVELS, EVENT_LEVELS, Counts, ItemResult, describe_gold


@dataclass
class EvalReport:
    kind: str
    gold_path: str
    items: int
    skipped: list[tuple[str, str]]
    headline: tuple[str, str]
    grid: dict[tuple[str, str], Counts]
    metrics: dict[str, float]
    results: list[ItemResult] = field(default_factory=list)
    actor_misses: list[ActorMiss] = field(default_factory=list)
    seconds: float = 0.0
    sample: str | None = None

    @property
    def wrong(self) -> list[ItemResult]:
        return [result for result in self.results if result.wrong]

    def to_dict(self, with_items: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "gold": self.gold_path,
            "items": self.items,
            "skipped": [{"id": record_id, "reason": reason} for record_id, reason in self.skipped],
            "sample": self.sample,
            "seconds": round(self.seconds, 2),
            "headline": {"actors": self.headline[0], "events": self.headline[1]},
            "metrics": {name: round(value, 4) for name, value in sorted(self.metrics.items())},
            "levels": {
                f"{actor_level}.{event_level}": counts.to_dict()
                for (actor_level, event_level), counts in self.grid.items()
                if counts.items
            },
        }
        if with_items:
            data["wrong_items"] = [_result_dict(result) for result in self.wrong]
            data["actor_misses"] = [
                {"id": m.item_id, "gold": m.gold, "predicted": m.predicted, "text": m.text}
                for m in self.actor_misses
            ]
        return data

    def format(self, max_items: int | None = 50) -> str:
        """The report as text: headline, the precision/recall/F1 grid, other scores, then the
        wrong items with their sentences (at most `max_items`; None for all)."""
        lines = [
            f"communique eval: {self.gold_path} ({self.kind}), {self.items} items"
            + (f" [{self.sample}]" if self.sample else "")
            + f", {len(self.skipped)} records skipped, {self.seconds:.1f}s"
        ]
        headline = self.grid.get(self.headline)
        if headline and headline.items:
            lines.append(
                f"headline (actors by {self.headline[0]}, events by {self.headline[1]}): "
                f"precision {headline.precision:.3f}  recall {headline.recall:.3f}  F1 {headline.f1:.3f}"
                f"  ({headline.tp} matched, {headline.predicted} coded, {headline.gold} gold)"
            )
        lines.extend(self._grid_lines())
        other = {name: value for name, value in self.metrics.items() if not name.startswith("events.")}
        if other:
            lines.append("")
            width = max(len(name) for name in other)
            for name, value in sorted(other.items()):
                shown = f"{value:.0f}" if name.endswith((".total", ".items")) else f"{value:.3f}"
                lines.append(f"  {name.ljust(width)}  {shown}")
        wrong = self.wrong
        if wrong:
            lines.append("")
            lines.append(_count_line(len(wrong), ("item", "items"), "with misses or extras", max_items))
            for result in wrong[: _limit(len(wrong), max_items)]:
                lines.extend(_result_lines(result))
        if self.actor_misses:
            lines.append("")
            lines.append(_count_line(len(self.actor_misses), ("actor miss", "actor misses"), "", max_items))
            for miss in self.actor_misses[: _limit(len(self.actor_misses), max_items)]:
                where = f' "{miss.text}"' if miss.text else ""
                lines.append(
                    f"  [{miss.item_id}]{where}: gold {miss.gold}, coded {miss.predicted or 'nothing'}"
                )
        return "\n".join(lines)

    def _grid_lines(self) -> list[str]:
        used_events = [
            e for e in EVENT_LEVELS if any(self.grid.get((a, e), Counts()).items for a in ACTOR_LEVELS)
        ]
        used_actors = [
            a for a in ACTOR_LEVELS if any(self.grid.get((a, e), Counts()).items for e in EVENT_LEVELS)
        ]
        if not used_events:
            return []
        header = "  events \\ actors " + "".join(f"{actor:>22}" for actor in used_actors)
        lines = ["", "precision / recall / F1", header]
        for event_level in used_events:
            cells = []
            for actor_level in used_actors:
                counts = self.grid.get((actor_level, event_level))
                if counts is None or not counts.items:
                    cells.append(f"{'-':>22}")
                else:
                    cells.append(f"{counts.precision:>8.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}")
            lines.append(f"  {event_level:<16}" + "".join(cells))
        return lines


def _limit(count: int, max_items: int | None) -> int:
    return count if max_items is None else min(count, max_items)


def _count_line(count: int, noun: tuple[str, str], rest: str, max_items: int | None) -> str:
    shown = _limit(count, max_items)
    head = " ".join(part for part in (str(count), noun[count != 1], rest) if part)
    if shown == count:
        return f"{head}:"
    return head + (f" (first {shown}):" if shown else " (not listed)")


def _result_lines(result: ItemResult) -> list[str]:
    item = result.item
    if item.labels is not None:
        return _labelled_result_lines(result)
    lines = [f"  [{item.item_id}] {item.text}"]
    if result.prediction.error:
        lines.append(f"      error:  {result.prediction.error}")
    if result.first_code is not None or (item.events and not item.events[0].has_actors):
        expected = item.events[0].code if item.events else "?"
        lines.append(f"      expected {expected}, first coded {result.first_code or 'nothing'}")
    for event in result.missed:
        lines.append(f"      missed: {describe_gold(event)}")
    for predicted in result.extra:
        lines.append(f"      extra:  {predicted.describe()}")
    for event in result.inexact_gold:
        lines.append(f"      not exact, gold:  {describe_gold(event)}")
    for predicted in result.inexact_coded:
        lines.append(f"      not exact, coded: {predicted.describe()}")
    return lines


def _labelled_result_lines(result: ItemResult) -> list[str]:
    """A labelled text: its labels, what was missed or reported wrongly, and the events coded
    (a long document is cut; its labelled sentences, where the set has them, are shown instead)."""
    item = result.item
    text = item.text if len(item.text) <= 400 else item.text[:400] + " ..."
    lines = [f"  [{item.item_id}] gold {', '.join(item.labels or ()) or 'no label'}: {' '.join(text.split())}"]
    if item.note:
        lines.append(f"      labelled sentences: {item.note}")
    if result.prediction.error:
        lines.append(f"      error:  {result.prediction.error}")
    if result.missed_labels:
        lines.append(f"      missed: {', '.join(result.missed_labels)}")
    if result.extra_labels:
        lines.append(f"      reported wrongly: {', '.join(result.extra_labels)}")
    coded = "; ".join(event.describe() for event in result.prediction.events) or "nothing"
    lines.append(f"      coded: {coded}")
    return lines


def _result_dict(result: ItemResult) -> dict[str, Any]:
    return {
        "id": result.item.item_id,
        "text": result.item.text,
        "missed": [describe_gold(event) for event in result.missed],
        "extra": [event.describe() for event in result.extra],
        "not_exact_gold": [describe_gold(event) for event in result.inexact_gold],
        "not_exact_coded": [event.describe() for event in result.inexact_coded],
        "first_code": result.first_code,
        "missed_labels": list(result.missed_labels),
        "extra_labels": list(result.extra_labels),
        "error": result.prediction.error,
    }
