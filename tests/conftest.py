"""Shared fixtures: the spaCy pipeline (loaded once) and the evaluation data in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """../shared/data beside the checkout, or COMMUNIQUE_SHARED_DATA."""
    return Path(os.environ.get("COMMUNIQUE_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared evaluation data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = REPO.parent / "shared" / "seeds" / "000_2c70f7056e8e97ac.txt"
    if not path.is_file():
        pytest.skip(f"seed document not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def spacy_nlp():
    """The bare spaCy pipeline of the default settings, loaded once per test session."""
    from communique.config import Settings
    from communique.nlp.loader import load_spacy

    return load_spacy(Settings())
