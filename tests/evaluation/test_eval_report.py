"""The report as text and as a dict, and the quality-gate arithmetic (floors, checks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eval_fakes import FakeCoder, event

from communique.errors import ConfigError
from communique.evaluation import evaluate
from communique.evaluation.gate import GateEntry, check_floors, floors_document, load_floors, suggest_floors
from communique.evaluation.gold import GoldEvent, GoldItem, GoldSet

MEET = "Ruritania's president met Freedonia's prime minister in Geneva."
THREAT = "Freedonia threatened to cut aid to Ruritania."


def report():
    gold = GoldSet(
        "petrarch",
        "inline.xml",
        (
            GoldItem(
                "meet-1",
                MEET,
                events=(GoldEvent("RURGOV", "FREGOV", "040"), GoldEvent("FREGOV", "RURGOV", "040")),
            ),
            GoldItem("threat-1", THREAT, events=(GoldEvent("FRE", "RUR", "1721"),)),
        ),
        skipped=(("x-1", "marked not valid"),),
    )
    fake = FakeCoder(
        {
            MEET: [event("RURGOV", "043", "FREGOV", verb_start=21)],
            THREAT: [event("FRE", "1721", "RUR"), event("RUR", "0231", "FRE", verb_start=30)],
        }
    )
    return evaluate(gold, fake)


def test_format_lists_misses_and_extras_with_their_sentences() -> None:
    text = report().format()
    assert "inline.xml (petrarch), 2 items, 1 records skipped" in text
    # PETRARCH gold is judged by (country, root): 3 gold, 3 coded, 2 matched.
    assert "headline (actors by country, events by root): precision 0.667  recall 0.667  F1 0.667" in text
    assert f"[meet-1] {MEET}" in text
    assert "missed: FREGOV 040 RURGOV" in text
    assert f"[threat-1] {THREAT}" in text
    assert "extra:  RUR 0231 FRE" in text
    assert "records.exact" in text


def test_format_limits_the_listing() -> None:
    assert "2 items with misses or extras (not listed)" in report().format(max_items=0)
    assert "(first 1):" in report().format(max_items=1)


def test_to_dict_is_json_and_complete() -> None:
    data = json.loads(json.dumps(report().to_dict()))
    assert data["kind"] == "petrarch" and data["items"] == 2
    assert data["headline"] == {"actors": "country", "events": "root"}
    assert data["metrics"]["events.country.root.recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert data["levels"]["country.root"]["tp"] == 2
    assert [item["id"] for item in data["wrong_items"]] == ["meet-1", "threat-1"]
    assert data["wrong_items"][0]["missed"] == ["FREGOV 040 RURGOV"]
    assert data["skipped"] == [{"id": "x-1", "reason": "marked not valid"}]


def test_floors_are_checked_and_suggested_below_measured(tmp_path: Path) -> None:
    result = report()
    measured = result.metrics["events.country.root.f1"]
    entry = GateEntry(
        "inline", "inline.xml", "petrarch", floors={"events.country.root.f1": 0.7, "records.exact": 0.0}
    )
    assert check_floors(result, entry) == [
        f"inline: events.country.root.f1 = {measured:.4f} is below its floor 0.700",
    ]
    missing = GateEntry("inline", "inline.xml", "petrarch", floors={"penta.accuracy": 0.1})
    assert "missing from the report" in check_floors(result, missing)[0]
    suggested = suggest_floors(result, ("events.country.root.f1", "not.a.metric"))
    assert suggested == {"events.country.root.f1": 0.64}  # 0.6667 - 0.02, rounded down
    # a target the score reaches is the floor when the margin would go under it; one it misses is not
    assert suggest_floors(result, ("events.country.root.f1",), targets={"events.country.root.f1": 0.66}) == {
        "events.country.root.f1": 0.66}
    assert suggest_floors(result, ("events.country.root.f1",), targets={"events.country.root.f1": 0.8}) == {
        "events.country.root.f1": 0.64}
    document = floors_document(
        [
            (GateEntry("petr2_gsr", "g.xml", "petrarch"), result, ""),
            (GateEntry("tabari_validate", "t.text", "tabari"), None, "verbs unreadable"),
        ]
    )
    assert document["evaluations"]["tabari_validate"] == {
        "gold": "t.text",
        "kind": "tabari",
        "sample": None,
        "items": None,
        "measured": {},
        "floors": {},
        "note": "verbs unreadable",
    }
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    loaded, unmeasured = load_floors(path)
    assert unmeasured.floors == {}
    assert loaded.floors["events.country.root.f1"] <= loaded.measured["events.country.root.f1"]
    assert check_floors(result, loaded) == []


def test_unreadable_floors_file(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(ConfigError, match="quality floors"):
        load_floors(path)


def test_items_right_at_the_headline_but_not_exactly_show_both_sides() -> None:
    gold = GoldSet("petrarch", "inline.xml", (GoldItem("m", MEET, events=(GoldEvent("RUR", "FRE", "042"),)),))
    result = evaluate(gold, FakeCoder({MEET: [event("RURGOV", "043", "FREGOV")]}))
    text = result.format()
    assert "not exact, gold:  RUR 042 FRE" in text
    assert "not exact, coded: RURGOV 043 FREGOV" in text
    assert "missed:" not in text and "extra:" not in text
    assert "1 item with misses or extras:" in text
