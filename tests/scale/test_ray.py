"""The Ray engine: a clear message without Ray, and the local engine's output on a real local cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from communique.cli.main import main
from communique.config import Settings
from communique.errors import ConfigError, DependencyError
from communique.ingest import read_inputs
from communique.run import Engine, code_to_directory
from communique.store import read_shard_records


def test_missing_ray_gives_the_install_command(
    monkeypatch: pytest.MonkeyPatch, corpus_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    from communique.scale.ray_engine import require_ray

    with pytest.raises(DependencyError, match=r"pip install 'communique\[ray\]'"):
        require_ray()
    status = main(["code", str(corpus_file), "--engine", "ray", "-o", f"{tmp_path}/out/"])
    assert status == 2
    assert "ray is not installed; install it with: pip install 'communique[ray]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()  # checked before anything was read or written


@pytest.mark.slow
def test_ray_and_local_engines_write_identical_shards(corpus_file: Path, tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    outputs = {}
    for name in ("local", "ray"):
        out = tmp_path / name
        if name == "ray":
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        try:
            summary = code_to_directory(
                read_inputs([str(corpus_file)]), Settings(), out, [str(corpus_file)],
                shard_size=8, engine=Engine(name, workers=2, recycle_after=20, batch_docs=4),
            )  # fmt: skip
        finally:
            if name == "ray":
                ray.shutdown()
        assert summary.documents == 43
        outputs[name] = {p.name: p.read_bytes() for p in sorted(out.glob("shard-*"))}
        if name == "ray":
            assert len(summary.engine["workers"]) >= 3  # two actors, one replaced after 20 documents
    assert outputs["ray"] == outputs["local"]
    events = list(read_shard_records([tmp_path / "ray"]))
    assert events == list(read_shard_records([tmp_path / "local"])) and len(events) > 40


@pytest.mark.slow
def test_a_pipeline_that_cannot_load_on_ray_stops_the_run_with_its_message(corpus_file: Path) -> None:
    ray = pytest.importorskip("ray")
    from communique.scale.ray_engine import code_with_ray

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False)
    try:
        with pytest.raises(ConfigError, match="no_such_pipeline_xx"):
            list(
                code_with_ray(read_inputs([str(corpus_file)]), Settings(spacy_model="no_such_pipeline_xx"), 1)
            )
    finally:
        ray.shutdown()
