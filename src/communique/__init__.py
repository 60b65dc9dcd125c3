"""communique: news articles in, CAMEO-coded political events with evidence out.

The public API: the data model, the settings, the pipeline and its `Coder`.
"""

from communique.config import Settings, load_settings
from communique.errors import (
    CommuniqueError,
    ConfigError,
    DependencyError,
    DocumentError,
    InputError,
    StoreError,
)
from communique.model import Actor, Article, Event, Modality, Status

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CommuniqueError",
    "ConfigError",
    "DependencyError",
    "DocumentError",
    "Event",
    "InputError",
    "Modality",
    "Settings",
    "Status",
    "StoreError",
    "load_settings",
]
