"""The founding example end to end, and a user's own dictionary used without touching code."""

from __future__ import annotations

import json
from pathlib import Path

from communique.actors.component import describe_mentions
from communique.nlp.parse import parse_texts


def _find(rows: list[dict], text: str) -> list[dict]:
    return [r for r in rows if r["text"] == text]


def test_seed_document(seed_text: str, code_text) -> None:
    rows = code_text(seed_text, "2021-12-02")
    by_text = {r["text"]: r for r in rows}
    assert by_text["US Secretary of State Antony Blinken"]["code"] == "USAGOV"
    assert by_text["Foreign Minister Sergei Lavrov"]["code"] == "RUSGOV"
    assert by_text["US official"]["code"] == "USAGOV"
    assert by_text["American official"]["code"] == "USAGOV"
    assert by_text["The head of US diplomacy"]["code"] == "USAGOV"
    assert by_text["the Russian minister"]["name"].endswith("Lavrov")
    assert by_text["the White House"]["code"] == "USAGOV"
    assert by_text["pro-Russian separatists"]["code"] == "UKRREB"
    assert by_text["Ukrainian government forces"]["code"] == "UKRMIL"
    assert by_text["Lavrov’s deputy"]["code"] == "RUSGOV"
    assert by_text["The deputy head of the Russian Ministry of Foreign Affairs"]["code"] == "RUSGOV"
    assert {r["code"] for r in _find(rows, "Washington")} == {"USAGOV"}
    assert {r["code"] for r in _find(rows, "Moscow")} == {"RUSGOV"}
    assert {r["code"] for r in _find(rows, "Blinken")} == {"USAGOV"}
    assert [r["name"][-6:] for r in _find(rows, "Sergei")] == ["Lavrov"]
    assert {r["name"] for r in rows if "pair" in r["rule"]} == {
        "Joe Biden",
        "Vladimir Putin",
        "the West",
        "Russian Federation",
    }
    assert {r["code"] for r in rows if r["text"] in ("Reuters", "Reuters Agency")} == {"GBRMED"}
    assert all(r["rule"].startswith("media:") for r in rows if r["text"] in ("Reuters", "Reuters Agency"))
    # photo credits, the author bio and the teaser give no actors
    for marker in ("RUSSIAN FOREIGN MINISTRY PRESS", "Erik Simander"):
        at = seed_text.index(marker)
        line_start, line_end = seed_text.rfind("\n", 0, at) + 1, seed_text.find("\n", at)
        assert not [r for r in rows if line_start <= r["start"] < line_end]
    assert not [r for r in rows if r["text"] in ("PAP", "EPA")]
    # the meeting place is a place: its country, never the Swedish government
    assert {r["code"] for r in rows if r["text"] == "Stockholm"} <= {"SWE"}


def test_user_dictionary_files_are_used_first(tmp_path: Path, spacy_nlp) -> None:
    jsonl = tmp_path / "my_actors.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "id": "ILONA_VARGA",
                "name": "Ilona Varga",
                "kind": "person",
                "names": ["Ilona Varga", "Minister Varga"],
                "roles": [
                    {"code": "HUNGOV", "from": "2023-05-01", "title": "Minister of Justice", "source": "test"}
                ],
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "WHISTLEBLOWER",
                "agent": "~CVL",
                "names": ["whistleblower", "whistleblowers"],
                "person": True,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    petrarch = tmp_path / "my.actors.txt"
    petrarch.write_text(
        "TOMASZ_NOWICKI_\n+NOWICKI\n\t[POLGOV 20230101-20261231]\n\t[POLELI]\n", encoding="utf-8"
    )
    coder = spacy_nlp.create_pipe(
        "cameo_actors", config={"dictionaries": [str(jsonl), str(petrarch)], "shipped": False}
    )
    doc = next(parse_texts(spacy_nlp, ["Ilona Varga met Tomasz Nowicki and a Polish whistleblower."]))
    doc._.doc_date = "2024-02-01"
    rows = describe_mentions(coder(doc))
    assert [(r["text"], r["code"]) for r in rows] == [
        ("Ilona Varga", "HUNGOV"),
        ("Tomasz Nowicki", "POLGOV"),
        ("whistleblower", "CVL"),  # only the user's files: "Polish" is not known here
    ]
    assert "my_actors.jsonl" in rows[0]["rule"]
    doc = next(parse_texts(spacy_nlp, ["Tomasz Nowicki spoke."]))
    doc._.doc_date = "2030-01-01"
    assert [r["code"] for r in describe_mentions(coder(doc))] == ["POLELI"]


def test_settings_actors_reach_the_component(tmp_path: Path) -> None:
    import spacy

    from communique.actors import add_actor_coder
    from communique.config import load_settings

    mine = tmp_path / "mine.actors.txt"
    mine.write_text("GRAND_DUCHY_OF_ZEMBLA_ [ZMB]\nZEMBLAN_COUNCIL_ [ZMBGOV]\n", encoding="utf-8")
    settings = load_settings({"actors": [str(mine)]}, environ={})
    nlp = spacy.blank("en")  # no parser: the component still codes names
    add_actor_coder(nlp, settings)
    assert "cameo_actors" in nlp.pipe_names
    rows = describe_mentions(nlp("The Zemblan Council met Antony Blinken."))
    assert [(r["text"], r["code"]) for r in rows] == [
        ("The Zemblan Council", "ZMBGOV"),
        ("Antony Blinken", "USAGOV"),
    ]
    assert "mine.actors.txt" in rows[0]["rule"]
