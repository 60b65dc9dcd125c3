"""Evaluation built into the product: gold readers, scoring and reports behind `communique eval`.

    from communique.evaluation import evaluate_file
    report = evaluate_file("PETR2_GSR_validation.xml")   # builds the pipeline's Coder
    print(report.format())

`run_eval(gold, coder)` scores any coder with `code_text(text, date=...)`; `read_gold` reads
PETRARCH XML, TABARI text, the CAMEO codebook, PLOVER gold, ConfliBERT and the communique JSONL
gold format (described in `communique.evaluation.readers`).
"""

from communique.evaluation.gold import GoldActor, GoldEvent, GoldItem, GoldSet
from communique.evaluation.readers import KINDS, guess_kind, read_gold
from communique.evaluation.report import EvalReport
from communique.evaluation.runner import (
    TextCoder,
    evaluate,
    evaluate_file,
    run_eval,
    settings_for_gold,
)

__all__ = [
    "KINDS",
    "EvalReport",
    "GoldActor",
    "GoldEvent",
    "GoldItem",
    "GoldSet",
    "TextCoder",
    "evaluate",
    "evaluate_file",
    "guess_kind",
    "read_gold",
    "run_eval",
    "settings_for_gold",
]
