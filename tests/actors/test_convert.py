"""The shipped Phoenix conversion is exactly what scripts/convert_dictionaries.py makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_conversion_reproduces_shipped_files(shared_data: Path, tmp_path: Path) -> None:
    phoenix = shared_data / "petrarch2" / "petrarch2" / "dictionaries"
    if not phoenix.is_dir():
        pytest.skip("Phoenix dictionaries not present")
    spec = importlib.util.spec_from_file_location(
        "convert_dictionaries", REPO / "scripts" / "convert_dictionaries.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counts = module.convert(phoenix, tmp_path)
    assert counts["entities"] > 25_000 and counts["agents"] > 2_000
    shipped = REPO / "src" / "communique" / "data" / "actors"
    for name in ("phoenix_actors.jsonl.gz", "phoenix_agents.jsonl.gz"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
