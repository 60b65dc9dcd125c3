"""CASE 2021's DIPLO type (session 5, helper H6): diplomacy between states of either sign, so a
diplomatic measure (expelling diplomats, sanctions: CAMEO 16) reports it as a meeting or an
agreement does. Snippets written for this test, scored with a fake coder (no spaCy)."""

from __future__ import annotations

from pathlib import Path

from eval_fakes import FakeCoder, event

from communique.evaluation import run_eval

EXPULSION = "Ruritania expelled four diplomats of Freedonia on Tuesday."
TALKS = "Ruritania and Freedonia held talks on their border."


def test_diplomatic_measures_and_meetings_both_report_diplo(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    f"1\t{EXPULSION}\tDIPLO\n"
                    f"2\t{TALKS}\tDIPLO\n", encoding="utf-8")
    coder = FakeCoder({
        EXPULSION: [event("RUR", "161", "FREGOV", text=EXPULSION)],
        TALKS: [event("RUR", "046", "FRE", text=TALKS)],
    })
    report = run_eval(path, coder)
    assert report.metrics["labels.DIPLO.recall"] == 1.0
