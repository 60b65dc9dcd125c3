"""CASE 2021's unseen DIPLO and ATTRIB types (session 5), as the task's note defines them: DIPLO is
diplomacy of either sign, so a diplomatic measure (expelling diplomats, sanctions: CAMEO 16) or a
condemnation (11) reports it as a meeting does; ATTRIB is claiming, blaming or denying
responsibility (015, 112, 016). Snippets written for this test, scored with a fake coder (no spaCy)."""

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


CONDEMNED = "Ruritania condemned the shelling of Freedonia's capital."
CLAIMED = "The Front claimed responsibility for the bombing in Freedonia."
ATTACKED = "Rebels attacked a convoy in Freedonia."


def test_condemnations_report_diplo_and_claims_report_attrib(tmp_path: Path) -> None:
    path = tmp_path / "case.tsv"
    path.write_text("id\tEventSnippet\tSubType\n"
                    f"1\t{CONDEMNED}\tDIPLO\n"
                    f"2\t{CLAIMED}\tATTRIB\n"
                    f"3\t{ATTACKED}\tATTRIB\n", encoding="utf-8")
    coder = FakeCoder({
        CONDEMNED: [event("RUR", "111", "FRE", text=CONDEMNED)],
        CLAIMED: [event("---REB", "015", "FRE", text=CLAIMED)],
        # The attack itself is no claim of responsibility.
        ATTACKED: [event("---REB", "190", "FRE", text=ATTACKED)],
    })
    metrics = run_eval(path, coder).metrics
    assert metrics["labels.DIPLO.recall"] == 1.0
    assert metrics["labels.ATTRIB.recall"] == 0.5
