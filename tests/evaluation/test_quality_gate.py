"""The quality gate: every evaluation of quality/floors.json, end to end from raw text with the
real pipeline, must score at or above its floors. Skips cleanly when the shared evaluation data
is absent. Big sets run on the deterministic sample floors.json names, to keep CI to minutes.

Re-measure (and see every miss) with: .venv/bin/python benchmarks/bench_eval.py -v
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique.config import Settings
from communique.evaluation.gate import GATE_GOLD, check_floors, load_floors
from communique.evaluation.runner import run_eval, settings_for_gold

REPO = Path(__file__).resolve().parents[2]
FLOORS = REPO / "quality" / "floors.json"
ENTRIES = {entry.name: entry for entry in load_floors(FLOORS)}


def test_floors_file_covers_every_gate_evaluation() -> None:
    assert set(ENTRIES) == set(GATE_GOLD)
    for name, entry in ENTRIES.items():
        assert (entry.gold, entry.kind) == GATE_GOLD[name]
        # A floor is never above what was measured.
        for metric, floor in entry.floors.items():
            assert floor <= entry.measured.get(metric, floor), (
                f"{name}: {metric} floor above its measured score"
            )


@pytest.fixture(scope="module")
def coders() -> dict[Settings, Any]:
    """One pipeline per set of dictionaries, shared by the evaluations that use the same ones."""
    return {}


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_scores_stay_above_their_floors(name: str, shared_data: Path, coders: dict[Settings, Any]) -> None:
    entry = ENTRIES[name]
    if not entry.floors:
        pytest.skip(f"{name}: no floors pinned yet")
    gold = shared_data / entry.gold
    if not gold.exists():
        pytest.skip(f"{gold} not present")
    from communique.pipeline import Coder

    settings = settings_for_gold(gold, Settings(), entry.kind)
    if settings not in coders:
        coders[settings] = Coder(settings, keep_docs=True)
    report = run_eval(gold, coders[settings], entry.kind, sample=entry.sample)
    failures = check_floors(report, entry)
    assert not failures, "\n".join(failures) + "\n\n" + report.format(max_items=20)
