"""Load the spaCy pipeline named by the settings.

The pipeline is a setting (`spacy_model`): any installed spaCy English pipeline works, so a
user with `en_core_web_trf` swaps it in without touching code. Nothing is downloaded here.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from communique.config import Settings
from communique.errors import ConfigError
from communique.nlp.extensions import register_extensions


def load_spacy(settings: Settings) -> Language:
    """The bare parsing pipeline: the configured spaCy model, loaded once per process."""
    return _load(settings.spacy_model)


@lru_cache(maxsize=4)
def _load(model_name: str) -> Language:
    register_extensions()
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model_name!r} is not installed. The default comes from "
            "requirements-model.txt (make setup); another pipeline installs with its own package, "
            "then select it with --spacy-model NAME or COMMUNIQUE_SPACY_MODEL=NAME."
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
