"""Actor facts of news English (session 4, helper A): a maker's name before a model names the
product, national airlines are their countries' businesses, names typed in odd case, and a place
"north of", "near" or "outside" gives a group its country as "in" does.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from .mention_helpers import codes_of


def texts(rows: list[dict]) -> list[str]:
    return [r["text"] for r in rows]


# --- a maker's name before a model designation or a product noun is the product
def test_maker_before_a_model_number_is_no_actor(code_text) -> None:
    rows = code_text("A Qantas Boeing 747 landed in Perth after an engine failure.", "2019-05-05")
    assert codes_of(rows, "Qantas") == ["AUSBUS"]
    assert not any("Boeing" in t for t in texts(rows))


def test_maker_before_an_alphanumeric_model_is_no_actor(code_text) -> None:
    rows = code_text("An Airbus A330 of Turkish Airlines skidded off the runway.", "2019-05-05")
    assert not any("Airbus" in t for t in texts(rows))
    assert codes_of(rows, "Turkish Airlines") == ["TURBUS"]


def test_maker_before_a_product_noun_is_no_actor(code_text) -> None:
    rows = code_text("Iran Air agreed to buy 30 Boeing jets.", "2019-05-05")
    assert codes_of(rows, "Iran Air") == ["IRNBUS"]
    assert not any("Boeing" in t for t in texts(rows))


def test_the_maker_itself_is_still_an_actor(code_text) -> None:
    rows = code_text("Boeing signed a contract with Vietnam Airlines on Monday.", "2019-05-05")
    assert codes_of(rows, "Boeing") == ["MNCUSA"]
    assert codes_of(rows, "Vietnam Airlines") == ["VNMBUS"]
    # a year after the name is no model
    rows = code_text("Boeing 2018 deliveries fell sharply.", "2019-05-05")
    assert codes_of(rows, "Boeing") == ["MNCUSA"]


def test_a_national_airline_is_not_its_country(code_text) -> None:
    rows = code_text("Air France suspended its flights to Caracas.", "2019-05-05")
    assert codes_of(rows, "Air France") == ["FRABUS"]
    assert "FRA" not in [r["code"] for r in rows]


# --- odd case
def test_a_name_with_a_capital_inside_is_matched(code_text) -> None:
    rows = code_text("The senator promised to support jOrdan and eGypt.", "2019-05-05")
    assert codes_of(rows, "jOrdan") == ["JOR"]
    assert codes_of(rows, "eGypt") == ["EGY"]


def test_lower_case_words_are_still_no_names(code_text) -> None:
    rows = code_text("They told us to chad the ballots.", "2019-05-05")
    assert rows == []


def test_all_capital_headline_names_are_matched(code_text) -> None:
    rows = code_text("US WARNS RUSSIA OVER UKRAINE", "2019-05-05")
    assert [r["code"] for r in rows] == ["USA", "RUS", "UKR"]


# --- a place north of, near or outside which a group is
def test_compass_of_place_gives_the_group_its_country(code_text) -> None:
    rows = code_text("Troops shelled militants 30 km north of Mosul.", "2019-05-05")
    assert [r["code"] for r in rows if "militants" in r["text"]] == ["IRQREB"]
    assert "agent+location" in next(r["rule"] for r in rows if "militants" in r["text"])


def test_split_compass_word_and_near(code_text) -> None:
    rows = code_text("Jets bombed insurgents south-west of Kandahar.", "2019-05-05")
    assert [r["code"] for r in rows if "insurgents" in r["text"]] == ["AFGREB"]
    rows = code_text("Police dispersed protesters near Yerevan on Sunday.", "2019-05-05")
    assert [r["code"] for r in rows if "protesters" in r["text"]] == ["ARMOPP"]


def test_the_phrase_of_a_countryless_group_is_located_by_its_place(code_text) -> None:
    # the agent's own noun phrase ("... positions") ends before the place that locates it
    rows = code_text("Warplanes struck militia positions west of Raqqa.", "2019-05-05")
    assert [r["code"] for r in rows if r["text"].startswith("militia")] == ["SYRUAF"]
    rows = code_text("Warplanes struck rebel bases 20 km north of Aleppo.", "2019-05-05")
    assert [r["code"] for r in rows if r["text"].startswith("rebel")] == ["SYRREB"]


def test_near_a_place_that_describes_gives_no_country(code_text) -> None:
    # "near the Syrian border": a border has two sides, and "Syrian" describes it
    rows = code_text("Police detained smugglers near the Syrian border.", "2019-05-05")
    assert all(not r["code"].startswith("SYR") or r["text"] == "Syrian" for r in rows)


# --- possessors past a modifier; bodies of no country; nationals
def test_a_possessor_country_reaches_past_a_modifier(code_text) -> None:
    rows = code_text("Moldova's new government asked Romania for gas.", "2019-05-05")
    assert codes_of(rows, "Moldova's new government") == ["MDAGOV"]
    rows = code_text("Egypt's powerful military warned the protesters.", "2019-05-05")
    assert codes_of(rows, "Egypt's powerful military") == ["EGYMIL"]


def test_the_possession_of_a_body_of_no_country_is_that_body_s(code_text) -> None:
    rows = code_text("The army's new commander visited the front.", "2019-05-05")
    assert codes_of(rows, "army's new commander") == ["MIL"]  # not "MILMIL"
    # the people own no office: a people's court is a court
    rows = code_text("A people's court rejected the appeal on Monday.", "2019-05-05")
    assert [r["code"][-3:] for r in rows if r["text"].endswith("court")] == ["JUD"]


def test_nationals_of_a_country_are_its_civilians(code_text) -> None:
    rows = code_text("Three Canadian nationals were released on Friday.", "2019-05-05")
    assert codes_of(rows, "Canadian nationals") == ["CANCVL"]
    # with no country, "nationals" are nobody's
    assert code_text("Foreign nationals were told to leave.", "2019-05-05") == []


def test_an_act_of_a_group_is_not_located_by_where_it_goes_or_comes_from(code_text) -> None:
    # "withdrawal from Lebanon": the army left Lebanon, it is not Lebanon's army
    rows = code_text("The army withdrawal from Lebanon ended on Friday.", "2019-05-05")
    assert codes_of(rows, "army") == ["MIL"]
    assert codes_of(rows, "Lebanon") == ["LBN"]


def test_near_outside_or_north_of_a_country_is_out_of_it(code_text) -> None:
    # a city locates what is near it; a country does not: "outside Russia" is not in Russia
    rows = code_text("The agency fed refugees outside Syria last winter.", "2019-05-05")
    assert [r["code"] for r in rows if "refugees" in r["text"]] == ["REF"]
    rows = code_text("The navies held drills north of Japan, the admiral said.", "2019-05-05")
    assert [r["code"] for r in rows if r["text"] == "navies"] == ["MIL"]


def test_a_multinational_s_own_body_is_the_multinational(code_text) -> None:
    rows = code_text("Toyota's finance company raised its rates.", "2019-05-05")
    assert codes_of(rows, "Toyota's finance company") == ["MNCJPN"]  # not "MNCBUS"


def test_a_spokesperson_for_a_party_no_dictionary_knows_is_no_government(code_text) -> None:
    rows = code_text("A spokeswoman for the Baltic Heritage Foundation condemned the film. "
                     "A spokesman for the Pakistani military denied it.", "2019-05-05")
    assert not [r for r in rows if r["text"].startswith("spokeswoman")]
    assert codes_of(rows, "spokesman for the Pakistani military") == ["PAKMIL"]
