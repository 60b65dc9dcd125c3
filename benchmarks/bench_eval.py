"""Run every evaluation of the quality gate end to end and print the scores (and the time).

    .venv/bin/python benchmarks/bench_eval.py                  # all gold sets, scores + timing
    .venv/bin/python benchmarks/bench_eval.py petr2_gsr -v     # one set, with misses and extras
    .venv/bin/python benchmarks/bench_eval.py --write-floors   # re-measure quality/floors.json

Gold files are read from COMMUNIQUE_SHARED_DATA or ../shared/data beside the checkout. The
sample sizes of quality/floors.json apply (deterministic, the same items on every run).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from communique.config import Settings
from communique.errors import CommuniqueError
from communique.evaluation.gate import (
    GATE_GOLD,
    GATE_METRICS,
    GATE_SAMPLES,
    GateEntry,
    floors_document,
    load_floors,
)
from communique.evaluation.report import EvalReport
from communique.evaluation.runner import run_eval, settings_for_gold

REPO = Path(__file__).resolve().parents[1]
FLOORS = REPO / "quality" / "floors.json"


def shared_data() -> Path:
    return Path(os.environ.get("COMMUNIQUE_SHARED_DATA", REPO.parent / "shared" / "data"))


def entries() -> list[GateEntry]:
    known = {entry.name: entry for entry in load_floors(FLOORS)} if FLOORS.is_file() else {}
    return [
        known.get(name) or GateEntry(name=name, gold=gold, kind=kind, sample=GATE_SAMPLES.get(name))
        for name, (gold, kind) in GATE_GOLD.items()
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help=f"gate entries to run (default all: {', '.join(GATE_GOLD)})")
    parser.add_argument("-v", "--verbose", action="store_true", help="print misses and extras")
    parser.add_argument(
        "--write-floors", action="store_true", help="write measured floors to quality/floors.json"
    )
    parser.add_argument("--full", action="store_true", help="ignore the sample sizes, score every item")
    args = parser.parse_args()

    from communique.pipeline import Coder

    data = shared_data()
    coders: dict[Settings, Coder] = {}
    done: list[tuple[GateEntry, EvalReport | None, str]] = []
    for entry in entries():
        if args.names and entry.name not in args.names:
            continue
        gold = data / entry.gold
        if not gold.exists():
            print(f"== {entry.name}: {gold} not found, skipped")
            done.append((entry, None, "gold file not found at the last measurement"))
            continue
        settings = settings_for_gold(gold, Settings(), entry.kind)
        started = time.perf_counter()
        if settings not in coders:
            try:
                coders[settings] = Coder(settings, keep_docs=True)
            except CommuniqueError as exc:
                note = f"the coder cannot be built with this gold's dictionaries: {exc}"
                print(f"== {entry.name}: {note}")
                done.append((entry, None, note))
                continue
        load_seconds = time.perf_counter() - started
        report = run_eval(gold, coders[settings], entry.kind, sample=None if args.full else entry.sample)
        print(f"== {entry.name} (coder load {load_seconds:.1f}s)")
        print(report.format(max_items=None if args.verbose else 0))
        pinned = {m: round(report.metrics[m], 4) for m in GATE_METRICS[entry.name] if m in report.metrics}
        print(json.dumps(pinned, indent=1))
        done.append((entry, report, ""))
    if args.write_floors:
        if args.names or args.full:
            print("--write-floors needs a run over every entry with the gate's samples", file=sys.stderr)
            return 2
        FLOORS.parent.mkdir(exist_ok=True)
        FLOORS.write_text(json.dumps(floors_document(done), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
