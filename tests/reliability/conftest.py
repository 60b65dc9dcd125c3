"""Reliability fixtures: one default `Coder` per session."""

from __future__ import annotations

import pytest

from communique.config import Settings


@pytest.fixture(scope="session")
def coder():
    """The default pipeline (spaCy, dictionaries, gazetteer), built once: it takes several seconds."""
    from communique.pipeline import Coder

    return Coder(Settings())
