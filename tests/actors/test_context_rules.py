"""Context rules added for accuracy: titles in the text, coordination, possessors, user names.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from communique.actors.component import ActorCoder, describe_mentions
from communique.actors.index import load_actor_dictionary
from communique.nlp.parse import parse_texts

from .mention_helpers import codes_of


def test_title_in_text_beats_a_stale_role(code_text) -> None:
    # the article date falls after his term; the writer's "President" still names the office
    rows = code_text("President Obama phoned the mayor of Lyon.", "2019-03-03")
    assert codes_of(rows, "President Obama") == ["USAGOV"]
    assert "titled in the text" in rows[0]["rule"]
    # "former" keeps the dated role
    rows = code_text("Former President Obama phoned the mayor of Lyon.", "2019-03-03")
    assert [r["code"] for r in rows if r["text"].endswith("Obama")] != ["USAGOV"]


def test_unknown_titled_person_takes_the_only_country(code_text) -> None:
    rows = code_text("Fisheries Minister Ana Lopes said Portugal would reopen the port.", "2018-02-02")
    assert codes_of(rows, "Minister Ana Lopes") == ["PRTGOV"]
    # two countries in the sentence: no guess
    rows = code_text("Fisheries Minister Ana Lopes said Portugal and Spain would talk.", "2018-02-02")
    assert codes_of(rows, "Minister") == ["GOV"]


def test_coordinated_demonyms_share_the_agent(code_text) -> None:
    rows = code_text("Senior Polish and Czech officials signed the accord.", "2018-02-02")
    assert codes_of(rows, "Polish") == ["POLGOV"]
    assert codes_of(rows, "Czech officials") == ["CZEGOV"]
    rows = code_text("US and Irish activists marched to the embassy.", "2018-02-02")
    assert codes_of(rows, "US") == ["USAOPP"]
    # a country name (not a demonym) stays itself
    rows = code_text("Chile and Peruvian officials met.", "2018-02-02")
    assert codes_of(rows, "Chile") == ["CHL"]


def test_plural_of_phrase_with_two_countries(code_text) -> None:
    rows = code_text("The defence ministers of Norway and Finland met in Oslo.", "2019-05-05")
    assert codes_of(rows, "ministers of Norway")[0].startswith("NORGOV")
    assert codes_of(rows, "Finland")[0].startswith("FINGOV")


def test_chain_through_a_bound_agent(code_text) -> None:
    rows = code_text("The chiefs of diplomacy of Brazil and Argentina met.", "2019-05-05")
    assert codes_of(rows, "The chiefs of diplomacy of Brazil") == ["BRAGOV"]
    assert codes_of(rows, "Argentina") == ["ARGGOV"]


def test_possessor_gives_an_institution_its_country(code_text) -> None:
    rows = code_text("Critics of Kenya's Senate gathered outside.", "2019-05-05")
    assert codes_of(rows, "Senate") == ["KENLEG"]


def test_washington_state_is_not_the_us_government(code_text) -> None:
    rows = code_text("Washington state officials closed the parks.", "2020-04-04")
    assert all(not r["code"].startswith("USAGOV") for r in rows)
    rows = code_text("Washington warned Tehran on Monday.", "2020-04-04")
    assert codes_of(rows, "Washington") == ["USAGOV"]


def test_plural_demonyms_and_compound_agents(code_text) -> None:
    rows = code_text("Thousands of Moroccans and Tunisians crossed the border.", "2020-04-04")
    assert codes_of(rows, "Moroccans") == ["MAR"]
    assert codes_of(rows, "Tunisians") == ["TUN"]
    rows = code_text("Striking Belgian rail workers blocked the station.", "2020-04-04")
    assert codes_of(rows, "Belgian rail workers") == ["BELLAB"]


def test_user_dictionary_short_name_and_title(spacy_nlp, tmp_path: Path) -> None:
    actors = tmp_path / "world.actors"
    actors.write_text("ORC  [ORC]\nGRISHNAK  [MOR]\nMORDOR  [MOR]\n", encoding="utf-8")
    agents = tmp_path / "world.agents"
    agents.write_text("PRESIDENT_  [~GOVPRS]\n", encoding="utf-8")
    coder = ActorCoder(spacy_nlp, dictionary=load_actor_dictionary([actors, agents], shipped=False))

    def rows(text: str) -> list[dict]:
        doc = next(parse_texts(spacy_nlp, [text]))
        return describe_mentions(coder(doc))

    # a three-letter name from the user's own file counts when capitalised mid-sentence
    assert codes_of(rows("The raid was blamed on Orc bands near the river."), "Orc") == ["ORC"]
    # a title before a name the file codes by country only adds the title's sector
    assert codes_of(rows("Mordor President Grishnak left on Monday."), "Mordor President Grishnak") == [
        "MORGOVPRS"
    ]


def test_of_phrase_with_a_place_gives_the_country(code_text) -> None:
    rows = code_text("The governor of South Carolina vetoed the bill.", "2019-05-05")
    assert codes_of(rows, "The governor of South Carolina") == ["USAGOV"]
    rows = code_text("Residents of Kharkiv queued for water.", "2022-04-04")
    assert codes_of(rows, "Residents of Kharkiv")[0].startswith("UKR")


def test_places_are_coded_as_their_country_only(code_text) -> None:
    rows = code_text("The envoy arrived in Nairobi on Monday for talks.", "2019-05-05")
    assert [(r["code"], r["rule"]) for r in rows if r["text"] == "Nairobi"] == [("KEN", "place:KENYA")]
    rows = code_text("Nairobi rejected the proposal.", "2019-05-05")
    assert codes_of(rows, "Nairobi") == ["KENGOV"]
    rows = code_text("A blast hit a market in Uganda's capital.", "2019-05-05")
    assert codes_of(rows, "Uganda") == ["UGA"]
    rows = code_text("Farmers marched through California on Sunday.", "2019-05-05")
    assert codes_of(rows, "California") == ["USA"]
    rows = code_text("NAIROBI, May 5 - The talks resumed.", "2019-05-05")
    assert not codes_of(rows, "NAIROBI")
