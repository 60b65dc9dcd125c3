"""The cameo_actors component on sentences written for these tests, one rule per test."""

from __future__ import annotations

from .mention_helpers import codes_of


def test_named_people_by_dated_role(code_text) -> None:
    rows = code_text("Antony Blinken flew to Geneva on Tuesday.", "2022-03-01")
    assert codes_of(rows, "Antony Blinken") == ["USAGOV"]
    assert "ANTONY_BLINKEN" in rows[0]["rule"] and rows[0]["date"] == "2022-03-01"
    rows = code_text("Sergey Lavrov and Sergei Ryabkov spoke to the press.", "2021-06-01")
    assert codes_of(rows, "Sergey Lavrov") == ["RUSGOV"]
    assert codes_of(rows, "Sergei Ryabkov") == ["RUSGOV"]
    assert codes_of(code_text("Vladimir Putin signed the decree.", "2019-05-05"), "Vladimir Putin") == [
        "RUSGOV"
    ]


def test_biden_senator_then_president(code_text) -> None:
    assert codes_of(code_text("Joe Biden criticised the plan.", "2021-04-01"), "Joe Biden") == ["USAGOV"]
    assert codes_of(code_text("Joe Biden criticised the plan.", "2005-04-01"), "Joe Biden") == ["USALEG"]
    assert codes_of(code_text("Joe Biden criticised the plan."), "Joe Biden") == ["USAGOV"]  # no date: latest


def test_titles_with_names(code_text) -> None:
    rows = code_text(
        "US Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Vienna.", "2022-01-10"
    )
    assert codes_of(rows, "US Secretary of State Antony Blinken") == ["USAGOV"]
    assert codes_of(rows, "Foreign Minister Sergei Lavrov") == ["RUSGOV"]
    # a place does not act: it is coded as its bare country, never as a government
    assert [(r["code"], r["rule"]) for r in rows if r["text"] == "Vienna"] == [("AUT", "place:AUSTRIA")]


def test_descriptions_without_names(code_text) -> None:
    rows = code_text(
        "A senior US official said the talks were useful. An American official added that the "
        "head of US diplomacy would travel. The deputy head of the Russian Ministry of Foreign Affairs disagreed."
    )
    assert codes_of(rows, "US official") == ["USAGOV"]
    assert codes_of(rows, "American official") == ["USAGOV"]
    assert codes_of(rows, "the head of US diplomacy") == ["USAGOV"]
    assert codes_of(rows, "The deputy head of the Russian Ministry of Foreign Affairs") == ["RUSGOV"]


def test_government_metonyms(code_text) -> None:
    rows = code_text(
        "The White House said Washington was ready to act, and the Kremlin replied that Moscow would not yield."
    )
    assert codes_of(rows, "The White House") == ["USAGOV"]
    assert codes_of(rows, "Washington") == ["USAGOV"]
    assert codes_of(rows, "the Kremlin") == ["RUSGOV"]
    assert codes_of(rows, "Moscow") == ["RUSGOV"]


def test_capital_as_location_is_not_an_actor(code_text) -> None:
    rows = code_text("The delegates met in Moscow on Friday.")
    assert codes_of(rows, "Moscow") == ["RUS"]  # the place's country, not RUSGOV
    rows = code_text("MOSCOW, March 3 - Talks resumed.")
    assert not codes_of(rows, "MOSCOW")  # a dateline is neither


def test_possessor_country(code_text) -> None:
    rows = code_text("Sergei Lavrov arrived late. Lavrov's deputy read the statement.", "2020-02-02")
    assert codes_of(rows, "Lavrov's deputy") == ["RUSGOV"]


def test_armed_groups_and_protesters(code_text) -> None:
    rows = code_text(
        "Fighting between pro-Russian separatists and Ukrainian government forces continued in Donetsk."
    )
    assert codes_of(rows, "pro-Russian separatists") == ["UKRREB"]
    assert codes_of(rows, "Ukrainian government forces") == ["UKRMIL"]
    assert codes_of(rows, "Donetsk") == ["UKR"]  # where it happens, not who acts
    rows = code_text("Thousands of protesters in Kyiv demanded new elections.")
    assert codes_of(rows, "protesters in Kyiv") == ["UKROPP"]


def test_countries_demonyms_and_igos(code_text) -> None:
    rows = code_text(
        "France and the Russian envoy appealed to NATO, the United Nations, the European Union, the OSCE, "
        "the African Union, the Arab League, the IMF and the World Bank."
    )
    assert codes_of(rows, "France") == ["FRA"]
    assert codes_of(rows, "Russian envoy") == ["RUSGOV"]
    assert codes_of(rows, "NATO") == ["IGOWSTNAT"]
    assert codes_of(rows, "the United Nations") == ["IGOUNO"]
    assert codes_of(rows, "the European Union") == ["IGOEUREEC"]
    assert codes_of(rows, "the OSCE") == ["IGOEURSCE"]
    assert codes_of(rows, "the African Union") == ["IGOAFRAFU"]
    assert codes_of(rows, "the Arab League") == ["IGOMEAARL"]
    assert codes_of(rows, "the IMF") == ["IGOBUSIMF"]
    assert codes_of(rows, "the World Bank") == ["IGOUNODEVWBK"]


def test_militant_group(code_text) -> None:
    rows = code_text("The Abu Nidal Organization claimed the attack.")
    assert codes_of(rows, "The Abu Nidal Organization") == ["IMGMUSALQ"]


def test_media_are_marked(code_text) -> None:
    rows = code_text("The minister resigned, Reuters reported.")
    media = [r for r in rows if r["text"] == "Reuters"]
    assert media and media[0]["sectors"] == ["MED"] and media[0]["rule"].startswith("media:")


def test_pronouns_and_names(code_text) -> None:
    rows = code_text(
        "Antony Blinken met Sergei Lavrov in Geneva. Blinken said he was hopeful. "
        "“I look forward to discussing this with Sergei,” he said.",
        "2022-01-21",
    )
    assert codes_of(rows, "Blinken") == ["USAGOV"]
    assert [r["name"] for r in rows if r["text"] == "he"] == ["Antony Blinken", "Antony Blinken"]
    assert [r["name"] for r in rows if r["text"] == "Sergei"] in (["Sergey Lavrov"], ["Sergei Lavrov"])


def test_title_coreference(code_text) -> None:
    rows = code_text(
        "US Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov. "
        "The secretary of state warned the Russian minister. The minister did not reply.",
        "2022-01-21",
    )
    assert [r["name"] for r in rows if r["text"] == "The secretary of state"] == ["Antony Blinken"]
    assert [r["name"][-6:] for r in rows if r["text"] == "the Russian minister"] == ["Lavrov"]
    assert [r["name"][-6:] for r in rows if r["text"] == "The minister"] == ["Lavrov"]


def test_pairs(code_text) -> None:
    rows = code_text(
        "Joe Biden and Vladimir Putin spoke by phone. Aides said the two presidents would meet soon "
        "and that both sides wanted calm.",
        "2021-12-07",
    )
    pair = [r for r in rows if "pair" in r["rule"]]
    assert sorted(r["code"] for r in pair) == ["RUSGOV", "RUSGOV", "USAGOV", "USAGOV"]
    assert {r["name"] for r in pair} == {"Joe Biden", "Vladimir Putin"}


def test_spelling_variants(code_text) -> None:
    assert codes_of(code_text("Sergey Lavrov spoke."), "Sergey Lavrov") == ["RUSGOV"]
    assert codes_of(code_text("Muammar Gaddafi spoke.", "2010-01-01"), "Muammar Gaddafi") == ["LBYGOV"]
    assert codes_of(code_text("Muammar Qaddafi spoke.", "2010-01-01"), "Muammar Qaddafi") == ["LBYGOV"]
    assert codes_of(code_text("Protesters in Kiev gathered."), "Protesters in Kiev") == ["UKROPP"]


def test_no_actors_from_credits_furniture_or_companies(code_text) -> None:
    text = "Antony Blinken and Sergey Lavrov RUSSIAN FOREIGN MINISTRY PRESS / PAP / EPA\nThe talks ended."
    assert code_text(text) == []
    text = "Vladimir Putin spoke.\nRead more: Vladimir Putin\n"
    furniture = [(text.index("Read more"), len(text))]
    rows = code_text(text, furniture=furniture)
    assert [r["start"] for r in rows] == [0]
    rows = code_text("The company's president said sales rose. The president of the company resigned.")
    assert not [r for r in rows if "president" in r["text"].lower()]


def test_describe_mentions_offsets(code_text) -> None:
    text = "Talks went on. The Kremlin objected."
    rows = code_text(text)
    assert [(text[r["start"] : r["end"]], r["code"], r["name"]) for r in rows] == [
        ("The Kremlin", "RUSGOV", "Kremlin")
    ]


def test_surnames_of_office_holders(code_text) -> None:
    rows = code_text("Putin told reporters the talks would go on.", "2022-02-01")
    assert [(r["text"], r["code"]) for r in rows if r["text"] == "Putin"] == [("Putin", "RUSGOV")]
    # out of office on the article's date: a bare surname is not enough
    rows = code_text("Blinken told reporters the talks would go on.", "2019-02-01")
    assert not [r for r in rows if r["text"] == "Blinken"]
    rows = code_text("Blinken told reporters the talks would go on.", "2022-02-01")
    assert [r["rule"].split(":")[0] for r in rows if r["text"] == "Blinken"] == ["surname"]


def test_actor_records(actor_coder, spacy_nlp) -> None:
    from communique.nlp.extensions import ACTOR_SPANS_KEY
    from communique.nlp.parse import parse_texts

    text = "NATO and Ukrainian government forces answered."
    doc = next(parse_texts(spacy_nlp, [text]))
    actors = [span._.actor for span in actor_coder(doc).spans[ACTOR_SPANS_KEY]]
    nato, forces = actors
    assert (nato.code, nato.country, nato.name) == ("IGOWSTNAT", None, "NATO")
    assert (forces.code, forces.country, forces.sectors) == ("UKRMIL", "UKR", ("MIL",))
    assert text[forces.start : forces.end] == forces.text == "Ukrainian government forces"
    assert forces.to_record()["sectors"] == ["MIL"]


def test_title_alone_and_she(code_text) -> None:
    rows = code_text(
        "The US Secretary of State arrived in Berlin. The German foreign minister met her. She said talks were good."
    )
    assert codes_of(rows, "The US Secretary of State") + codes_of(rows, "US Secretary of State") == ["USAGOV"]
    assert codes_of(rows, "German foreign minister") == ["DEUGOV"]
    assert codes_of(rows, "She") == ["DEUGOV"]


def test_empty_and_blank_documents(code_text) -> None:
    assert code_text("") == []
    assert code_text("   \n\n  ") == []
    text = "Vladimir Putin spoke."
    assert code_text(text, furniture=[(0, len(text))]) == []


def test_furniture_objects_are_accepted(code_text) -> None:
    from communique.actors.component import furniture_ranges
    from communique.model import Furniture

    assert furniture_ranges([Furniture(3, 9, "caption"), (10, 12)]) == [(3, 9), (10, 12)]
    assert furniture_ranges(None) == []
