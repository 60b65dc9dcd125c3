"""Loading the event coder's data: shipped patterns and code table, plus the user's verb files.

User files (setting ``verbs``) come first so their patterns win ties; each is read in
communique's format or, when it looks like one, as a PETRARCH verb dictionary. TABARI verb
dictionaries describe word order, so they go to the linear matcher (communique.events.linear)
instead of being approximated as dependency patterns. The shipped data is read once per process
into immutable objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from communique.errors import ConfigError
from communique.events.coder import EventCoder
from communique.events.codes import CameoCodes, load_cameo_codes
from communique.events.linear import LinearCoder
from communique.events.patterns import PatternSet, merge, read_patterns
from communique.events.petrarch import PETRARCH_BLOCK, looks_like_tabari, read_petrarch_verbs
from communique.events.tabari import LinearDictionary, read_tabari_verbs

SHIPPED_FILES = ("verbs.communique.txt", "verbs.petrarch.txt")


def _looks_like_petrarch(text: str) -> bool:
    return "####### VERB PATTERNS" in text or bool(PETRARCH_BLOCK.search(text))


def read_verb_file(path: Path) -> PatternSet:
    """One verb pattern file, in communique's format or PETRARCH's. A TABARI verb dictionary is
    refused: its patterns describe word order, which the linear matcher reads (`load_linear`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read verb pattern file {path}: {exc}") from exc
    if _looks_like_petrarch(text):
        return read_petrarch_verbs(path)
    if looks_like_tabari(text):
        raise ConfigError(
            f"{path} is a TABARI verb dictionary: give it in the `verbs` setting, where the word-order "
            "matcher reads it (communique.events.load.load_linear), not as dependency patterns"
        )
    return read_patterns(text, path.name)


@lru_cache(maxsize=1)
def shipped_patterns() -> PatternSet:
    folder = resources.files("communique") / "data" / "events"
    return merge(read_patterns((folder / name).read_text(encoding="utf-8"), name) for name in SHIPPED_FILES)


@lru_cache(maxsize=1)
def shipped_codes() -> CameoCodes:
    return load_cameo_codes()


def is_tabari_verb_file(path: Path) -> bool:
    """A TABARI verb dictionary (for the linear matcher), not a PETRARCH one."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ConfigError(f"cannot read verb pattern file {path}: {exc}") from exc
    return looks_like_tabari(text)


def split_verb_files(paths: Sequence[Path]) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """(dependency-pattern files, TABARI verb files) among the user's verb files, in order."""
    tabari = {Path(p) for p in paths if is_tabari_verb_file(Path(p))}
    return tuple(Path(p) for p in paths if Path(p) not in tabari), tuple(Path(p) for p in paths if Path(p) in tabari)


def load_patterns(extra: Sequence[Path] = (), shipped: bool = True) -> PatternSet:
    """The user's verb files (but TABARI's, which the linear matcher reads), then (unless
    `shipped` is false) the shipped patterns."""
    return _patterns(split_verb_files(extra)[0], shipped)


def load_linear(extra: Sequence[Path] = ()) -> LinearDictionary | None:
    """The TABARI verb dictionaries among the user's verb files, for the linear matcher."""
    return _linear(split_verb_files(extra)[1])


def _patterns(files: Sequence[Path], shipped: bool) -> PatternSet:
    if not files and shipped:
        return shipped_patterns()
    user = [read_verb_file(path) for path in files]
    return merge([*user, shipped_patterns()] if shipped else user)


def _linear(files: Sequence[Path]) -> LinearDictionary | None:
    verbs = [verb for path in files for verb in read_tabari_verbs(path).verbs]
    return LinearDictionary(tuple(verbs)) if verbs else None


def build_coders(verbs: Sequence[Path] = (), shipped: bool = True) -> tuple[EventCoder, LinearCoder | None]:
    """The dependency coder (as `build_coder`) and, when the user's verb files include TABARI
    dictionaries, the linear matcher for them; each file is classified once."""
    dependency, tabari = split_verb_files(verbs)
    dictionary = _linear(tabari)
    linear = LinearCoder(dictionary, shipped_codes()) if dictionary else None
    return EventCoder(_patterns(dependency, shipped), shipped_codes()), linear


def build_coder(verbs: Sequence[Path] = (), shipped: bool = True) -> EventCoder:
    """The coder with the user's verb files (Settings.verbs) first, then the shipped patterns;
    `shipped=False` (Settings.shipped_dictionaries) codes with the user's files alone. The CAMEO
    code table (names, Goldstein values) is always the shipped one."""
    return EventCoder(load_patterns(tuple(verbs), shipped), shipped_codes())
