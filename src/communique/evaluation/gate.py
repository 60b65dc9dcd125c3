"""The quality gate: evaluation scores pinned as floors in quality/floors.json, checked in CI.

Each entry names a gold file (relative to the shared evaluation data folder), its kind, an
optional deterministic sample size (to keep CI fast on big sets) and the floor of each pinned
metric. `check_floors` lists every metric of a report that fell below its floor. Floors are set
from measured scores minus a small margin (`suggest_floors`), never above what was measured;
raising one is a one-line change, lowering one needs a reason in the commit. A target the
project has set (issue 4: `GATE_TARGETS`) and reached becomes the floor itself when the margin
would fall below it, so CI keeps every met target.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from communique.errors import ConfigError
from communique.evaluation.report import EvalReport

# The gold sets the gate runs, and which of their metrics it pins.
GATE_METRICS: dict[str, tuple[str, ...]] = {
    "petr2_gsr": (
        "events.country.root.precision",
        "events.country.root.recall",
        "events.country.root.f1",
        "events.any.root.f1",
        "events.code.code.f1",
        "records.exact",
        "actors.codes.country_recall",
        "actors.codes.code_recall",
        "actors.roles.country.f1",
        "actors.roles.code.f1",
    ),
    "petr_unit_tests": ("records.exact", "events.code.code.f1", "events.country.root.f1"),
    "tabari_validate": ("records.exact", "events.code.code.f1"),
    "cameo_codebook": (
        "codebook.first_event.root_accuracy",
        "codebook.first_event.code_accuracy",
        "codebook.any_event.root_accuracy",
    ),
    "plover_gold": (
        "events.country.root.f1",
        "events.any.root.f1",
        "events.any.plover.f1",
        "events.code.code.f1",
        "actors.mentions.found",
        "actors.mentions.country_accuracy",
        "actors.mentions.code_accuracy",
    ),
    # Real news labelled with kinds of event (evaluation/labels.py).
    "case2021": ("labels.recall", "labels.macro_recall", "labels.quiet"),
    "india_police": (
        "labels.macro_f1",
        "labels.macro_precision",
        "labels.ARREST.f1",
        "labels.FORCE.f1",
        "labels.ANY_ACTION.f1",
    ),
    "conflibert_test": (
        "penta.accuracy",
        "penta.macro_f1",
        "actors.spans.found",
        "actors.spans.source_found",
        "actors.spans.target_found",
        "actors.spans.role_precision",
    ),
}

# The targets the event-coding issue sets: once measured at or above one, its floor never drops below it.
GATE_TARGETS: dict[str, dict[str, float]] = {
    "petr2_gsr": {"events.country.root.precision": 0.85, "events.country.root.recall": 0.80},
    "tabari_validate": {"records.exact": 0.80},
    "cameo_codebook": {"codebook.first_event.root_accuracy": 0.75, "codebook.first_event.code_accuracy": 0.50},
}

GATE_GOLD: dict[str, tuple[str, str]] = {
    "petr2_gsr": ("petrarch2/UniversalPetrarch/text/PETR2_GSR_validation.xml", "petrarch"),
    "petr_unit_tests": ("petrarch2/petrarch1_validate_era/PETR.UnitTest.records.xml", "petrarch"),
    "tabari_validate": ("petrarch2/TABARI/Validate.text", "tabari"),
    "cameo_codebook": ("cameo/cameo_codes.json", "codebook"),
    "plover_gold": ("plover/gold/PLOVER_GSR_CAMEO.with_cameo_codes.jsonl", "plover"),
    "conflibert_test": ("conflibert_cameo", "conflibert"),
    "case2021": ("case2021_task2", "case2021"),
    "india_police": ("india_police_events", "indiapolice"),
}

# Sample sizes for sets too big to code whole in CI (1,257 articles take two minutes).
GATE_SAMPLES: dict[str, int] = {"india_police": 400}


@dataclass(frozen=True)
class GateEntry:
    name: str
    gold: str
    kind: str
    sample: int | None = None
    floors: dict[str, float] = field(default_factory=dict)
    measured: dict[str, float] = field(default_factory=dict)


def load_floors(path: Path) -> list[GateEntry]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"cannot read the quality floors {path}: {exc}") from exc
    entries = []
    for name, raw in sorted(data.get("evaluations", {}).items()):
        entries.append(
            GateEntry(
                name=name,
                gold=str(raw["gold"]),
                kind=str(raw["kind"]),
                sample=raw.get("sample"),
                floors={metric: float(value) for metric, value in (raw.get("floors") or {}).items()},
                measured={metric: float(value) for metric, value in (raw.get("measured") or {}).items()},
            )
        )
    return entries


def check_floors(report: EvalReport, entry: GateEntry) -> list[str]:
    """One line per pinned metric below its floor (or missing from the report)."""
    failures = []
    for metric, floor in sorted(entry.floors.items()):
        value = report.metrics.get(metric)
        if value is None:
            failures.append(f"{entry.name}: {metric} missing from the report (floor {floor:.3f})")
        elif value < floor:
            failures.append(f"{entry.name}: {metric} = {value:.4f} is below its floor {floor:.3f}")
    return failures


def suggest_floors(report: EvalReport, metrics: tuple[str, ...], margin: float = 0.02,
                   targets: dict[str, float] | None = None) -> dict[str, float]:
    """Floors just under the measured scores: measured minus `margin`, rounded down to 0.01, but
    never under a target (of `targets`) the measured score reaches."""
    floors = {}
    for metric in metrics:
        if metric in report.metrics:
            measured = report.metrics[metric]
            floor = max(0.0, math.floor((measured - margin) * 100) / 100)
            target = (targets or {}).get(metric)
            if target is not None and measured >= target:
                floor = max(floor, target)
            floors[metric] = floor
    return floors


def floors_document(
    entries: list[tuple[GateEntry, EvalReport | None, str]], margin: float = 0.02
) -> dict[str, Any]:
    """The content of quality/floors.json for freshly measured reports; an entry without a
    report (its gold or its dictionaries could not be used) keeps no floors and says why."""
    evaluations: dict[str, Any] = {}
    for entry, report, note in entries:
        metrics = GATE_METRICS.get(entry.name, tuple(entry.floors))
        evaluations[entry.name] = {
            "gold": entry.gold,
            "kind": entry.kind,
            "sample": entry.sample,
            "items": report.items if report else None,
            "measured": {m: round(report.metrics[m], 4) for m in metrics if m in report.metrics}
            if report
            else {},
            "floors": suggest_floors(report, metrics, margin, GATE_TARGETS.get(entry.name)) if report else {},
        }
        if note:
            evaluations[entry.name]["note"] = note
    return {
        "about": (
            "Quality gate (tests/evaluation/test_quality_gate.py): each score must stay at or above its floor. "
            "Floors are measured scores minus a small margin; raise them freely, lower them only with a reason. "
            "Gold paths are relative to the shared evaluation data (COMMUNIQUE_SHARED_DATA or ../shared/data). "
            "Re-measure with: .venv/bin/python benchmarks/bench_eval.py --write-floors"
        ),
        "evaluations": evaluations,
    }
