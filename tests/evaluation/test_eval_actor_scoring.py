"""Actor scoring against the three kinds of actor gold: span + code, code only, span only."""

from __future__ import annotations

import pytest
from eval_fakes import FakeCoder, event

from communique.evaluation import evaluate
from communique.evaluation.actor_scoring import best_mention, code_matches
from communique.evaluation.gold import GoldActor, GoldEvent, GoldItem, GoldSet
from communique.evaluation.scoring import PredictedActor

TEXT = "The Ruritanian foreign minister criticised Freedonian rebels and the Sylvanian army."


def span(words: str, code: str | None, role: str | None = None, sector: str | None = None) -> GoldActor:
    start = TEXT.index(words)
    return GoldActor(code=code, role=role, text=words, start=start, end=start + len(words), sector=sector)


def test_best_mention_takes_the_largest_overlap() -> None:
    gold = span("Ruritanian foreign minister", "RURGOV")
    small = PredictedActor("RUR", start=TEXT.index("Ruritanian"), end=TEXT.index("Ruritanian") + 10)
    large = PredictedActor("RURGOV", start=TEXT.index("Ruritanian"), end=TEXT.index(" criticised"))
    elsewhere = PredictedActor("FRE", start=TEXT.index("Freedonian"), end=TEXT.index(" rebels"))
    assert best_mention(gold, [small, elsewhere, large]) is large
    assert best_mention(gold, [elsewhere]) is None
    assert best_mention(GoldActor(code="RUR"), [large]) is None  # no span, no mention


def test_loose_code_match_for_plover_style_gold() -> None:
    assert code_matches("IGOMIL", PredictedActor("IGOUNOMIL"), loose=True)
    assert code_matches("IGO", PredictedActor("IGOUNO"), loose=True)
    assert not code_matches("IGO", PredictedActor("IGOUNOMIL"), loose=True)
    assert not code_matches("IGOUNO", PredictedActor("IGONATMIL"), loose=False)
    assert code_matches("USAGOV", PredictedActor("usagov"), loose=False)


def test_span_and_code_gold_accuracy() -> None:
    item = GoldItem(
        "m",
        TEXT,
        events=None,
        actors=(
            span("Ruritanian foreign minister", "RURGOV", "source"),
            span("Freedonian rebels", "FREREB", "target"),
            span("Sylvanian army", "SYLMIL", "target"),
        ),
    )
    fake = FakeCoder(
        {
            TEXT: [
                event(
                    "RURGOV",
                    "122",
                    "FREGOV",
                    text=TEXT,
                    source_text="Ruritanian foreign minister",
                    target_text="Freedonian",
                ),
            ]
        }
    )
    report = evaluate(GoldSet("jsonl", "inline", (item,)), fake)
    metrics = report.metrics
    assert metrics["actors.mentions.total"] == 3
    assert metrics["actors.mentions.found"] == pytest.approx(2 / 3)  # the army was never coded
    assert metrics["actors.mentions.country_accuracy"] == pytest.approx(2 / 3)
    assert metrics["actors.mentions.code_accuracy"] == pytest.approx(1 / 3)  # FREGOV for rebels
    assert [(m.gold, m.predicted) for m in report.actor_misses] == [("FREREB", "FREGOV"), ("SYLMIL", None)]


def test_code_only_gold_recall_and_roles() -> None:
    item = GoldItem(
        "r",
        TEXT,
        events=(GoldEvent("RURGOV", "FREREB", "122"), GoldEvent("RURGOV", "SYLMIL", "122")),
        actors=(
            GoldActor("RURGOV", "source"),
            GoldActor("FREREB", "target"),
            GoldActor("RURGOV", "source"),
            GoldActor("SYLMIL", "target"),
        ),
    )
    fake = FakeCoder({TEXT: [event("RURGOV", "122", "FREGOV"), event("SYLMIL", "120", "---")]})
    metrics = evaluate(GoldSet("petrarch", "inline", (item,)), fake).metrics
    # Distinct gold codes RURGOV, FREREB, SYLMIL against coded RURGOV, FREGOV, SYLMIL.
    assert metrics["actors.codes.total"] == 3
    assert metrics["actors.codes.code_recall"] == pytest.approx(2 / 3)
    assert metrics["actors.codes.country_recall"] == pytest.approx(1.0)
    # Roles: gold sources RUR, RUR; targets FRE, SYL. Coded sources RUR, SYL; target FRE.
    assert metrics["actors.roles.country.precision"] == pytest.approx(2 / 3)
    assert metrics["actors.roles.country.recall"] == pytest.approx(2 / 4)
    assert metrics["actors.roles.code.precision"] == pytest.approx(1 / 3)


def test_span_only_gold_conflibert_style() -> None:
    item = GoldItem(
        "s",
        TEXT,
        events=None,
        actors=(
            span("The Ruritanian foreign minister", None, "source"),
            span("Freedonian rebels and the Sylvanian army", None, "target"),
        ),
        penta=3,
    )
    fake = FakeCoder(
        {
            TEXT: [
                # Source right; the "target" sits on the source span: a role error.
                event(
                    "RURGOV",
                    "122",
                    "RUR",
                    text=TEXT,
                    source_text="Ruritanian foreign minister",
                    target_text="Ruritanian",
                ),
            ]
        }
    )
    metrics = evaluate(GoldSet("conflibert", "inline", (item,)), fake).metrics
    assert metrics["actors.spans.total"] == 2
    assert metrics["actors.spans.found"] == pytest.approx(1 / 2)
    assert metrics["actors.spans.source_found"] == 1.0
    assert metrics["actors.spans.target_found"] == 0.0
    assert metrics["actors.spans.role_precision"] == pytest.approx(1 / 2)
    assert metrics["penta.accuracy"] == 1.0
