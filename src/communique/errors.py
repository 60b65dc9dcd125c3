"""Exceptions, grouped by what the caller should do about them.

    CommuniqueError
    ├── DocumentError      skip or fail this document, go on with the others
    │   └── InputError     the input itself is unreadable or malformed
    ├── ConfigError        fix the settings or the command line, then rerun
    ├── DependencyError    install what the message names, then rerun
    └── StoreError         the database is unusable; nothing was written
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base of everything communique raises on purpose."""


class DocumentError(CommuniqueError):
    """One document cannot be coded; the run goes on."""


class InputError(DocumentError):
    """An input file or line cannot be read."""


class ConfigError(CommuniqueError):
    """A setting, a command-line option or a dictionary file is wrong."""


class DependencyError(CommuniqueError):
    """An optional dependency is missing; the message names the install command."""


class StoreError(CommuniqueError):
    """The event store cannot be opened or written."""


def missing_dependency(package: str, extra: str) -> DependencyError:
    return DependencyError(
        f"{package} is not installed; install it with: pip install 'communique[{extra}]'"
    )
