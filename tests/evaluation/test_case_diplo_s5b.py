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
CONDEMNED = "Ruritania condemned the shelling of Freedonia's capital."
CLAIMED = "The Front claimed responsibility for the bombing in Freedonia."
ATTACKED = "Rebels attacked a convoy in Freedonia."


def metrics_of(tmp_path: Path, rows: list[tuple[str, str]], coder: FakeCoder) -> dict[str, float]:
    """Score `coder` on a CASE file of (snippet, label) rows written to `tmp_path`."""
    path = tmp_path / "case.tsv"
    lines = ["id\tEventSnippet\tSubType"] + [f"{n}\t{text}\t{label}" for n, (text, label) in enumerate(rows, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run_eval(path, coder).metrics


def test_diplomatic_measures_and_meetings_both_report_diplo(tmp_path: Path) -> None:
    coder = FakeCoder({
        EXPULSION: [event("RUR", "161", "FREGOV", text=EXPULSION)],
        TALKS: [event("RUR", "046", "FRE", text=TALKS)],
    })
    metrics = metrics_of(tmp_path, [(EXPULSION, "DIPLO"), (TALKS, "DIPLO")], coder)
    assert metrics["labels.DIPLO.recall"] == 1.0


def test_condemnations_report_diplo_and_claims_report_attrib(tmp_path: Path) -> None:
    coder = FakeCoder({
        CONDEMNED: [event("RUR", "111", "FRE", text=CONDEMNED)],
        CLAIMED: [event("---REB", "015", "FRE", text=CLAIMED)],
        # The attack itself is no claim of responsibility.
        ATTACKED: [event("---REB", "190", "FRE", text=ATTACKED)],
    })
    metrics = metrics_of(tmp_path, [(CONDEMNED, "DIPLO"), (CLAIMED, "ATTRIB"), (ATTACKED, "ATTRIB")], coder)
    assert metrics["labels.DIPLO.recall"] == 1.0
    assert metrics["labels.ATTRIB.recall"] == 0.5
