"""Offline language check: communique codes English text, and skips the rest with reason "language".

The CAMEO dictionaries and the spaCy pipeline are English; a French or Russian article run
through them yields nonsense events, so such articles are skipped (status `skipped`, reason
starting with ``language:``) instead of coded. Detection uses py3langid's bundled model
(no network). It reads a bounded sample of the text -- a 50 MB page costs no more than a
short one -- and only skips when the evidence is clear: enough letters to judge, a confident
non-English guess, and little probability left for English. Short, numeric or mixed texts
are given the benefit of the doubt and coded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from communique.model import Article

# Characters read from the start and from the middle of a text; a page that opens with an
# English menu and continues in Spanish is judged on both.
SAMPLE_CHARS = 2_000
# Fewer letters than this: too little evidence, the text is coded. A Chinese, Japanese or
# Korean character says about as much as a short word, so it counts DENSE_WEIGHT letters.
MIN_LETTERS = 40
DENSE_WEIGHT = 3
# A non-English guess must be at least this confident ...
MIN_CONFIDENCE = 0.80
# ... and English must stay below this probability.
MAX_ENGLISH = 0.05


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # ISO 639 code ("en", "fr", ...), "und" when there is too little text
    confidence: float
    english: float  # probability of English


class LanguageDetector:
    """py3langid's identifier, loaded once and only read afterwards (safe to share between steps)."""

    def __init__(self) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier: Any = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def guess(self, text: str) -> LanguageGuess:
        sample = language_sample(text)
        if letter_weight(sample) < MIN_LETTERS:
            return LanguageGuess("und", 0.0, 0.0)
        ranked = self._identifier.rank(sample)
        language, confidence = ranked[0]
        english = next((score for lang, score in ranked if lang == "en"), 0.0)
        return LanguageGuess(str(language), float(confidence), float(english))

    def non_english_reason(self, text: str) -> str | None:
        """The skip reason when the text is clearly not English, else None."""
        guess = self.guess(text)
        if guess.language in ("en", "und"):
            return None
        if guess.confidence < MIN_CONFIDENCE or guess.english >= MAX_ENGLISH:
            return None
        return f"language: {guess.language}, not English (confidence {guess.confidence:.2f})"


def letter_weight(text: str) -> int:
    """Letters in `text`, CJK characters (ideographs, kana, hangul) counted DENSE_WEIGHT times."""
    weight = 0
    for ch in text:
        if ch.isalpha():
            dense = "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
            weight += DENSE_WEIGHT if dense else 1
    return weight


def language_sample(text: str) -> str:
    """Up to 2 x SAMPLE_CHARS characters: the start of the text and its middle."""
    if len(text) <= 2 * SAMPLE_CHARS:
        return text
    middle = len(text) // 2
    return text[:SAMPLE_CHARS] + "\n" + text[middle : middle + SAMPLE_CHARS]


@lru_cache(maxsize=1)
def default_detector() -> LanguageDetector:
    """The detector, loaded once per process (about a second) on first use."""
    return LanguageDetector()


def check_language(article: Article, detector: LanguageDetector | None = None) -> bool:
    """Skip `article` (reason "language: ...") when it is clearly not English; True if it was skipped."""
    reason = (detector or default_detector()).non_english_reason(article.text)
    if reason is None:
        return False
    article.skip(reason)
    return True
