"""Actor rules and dictionary entries from the second hand audit of real news.

The audit found actors given the wrong country: "the justice minister" taken for the foreign
minister named before, diplomats given the country they are posted to, a head of a delegation
given the country of the conference venue, "Nasr Hariri" read as Saad Hariri; and actors left
without a country ("European leaders", "forces loyal to President Hadi", the Houthis). Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest


def rows_for(rows: list[dict], text: str) -> list[dict]:
    return [r for r in rows if r["text"] == text]


def codes_of(rows: list[dict], text: str) -> list[str]:
    return [r["code"] for r in rows_for(rows, text)]


def test_a_portfolio_must_fit_the_earlier_title(code_text) -> None:
    text = "Foreign Minister Heiko Maas flew to Paris. The justice minister stayed at home."
    justice = rows_for(code_text(text, "2019-05-05"), "justice minister")
    assert justice and not justice[0]["rule"].startswith("coref:title"), justice
    # the same portfolio is the same person
    text = "Foreign Minister Heiko Maas flew to Paris. The foreign minister met his counterpart."
    same = rows_for(code_text(text, "2019-05-05"), "The foreign minister")
    assert same and same[0]["name"] == "Heiko Maas", same


def test_a_country_and_portfolio_must_fit_the_earlier_title(code_text) -> None:
    text = "Defence Minister Boris Pistorius visited Vilnius. The German foreign minister called later."
    rows = code_text(text, "2024-03-01")
    later = [r for r in rows if r["text"].endswith("foreign minister")]
    assert later and later[0]["name"] != "Boris Pistorius", later
    assert later[0]["code"] == "DEUGOV"


def test_us_and_british_spelling_of_a_portfolio(code_text) -> None:
    text = "Defence Minister Boris Pistorius visited Vilnius. The defense minister then flew home."
    same = rows_for(code_text(text, "2024-03-01"), "The defense minister")
    assert same and same[0]["name"] == "Boris Pistorius", same


def test_a_diplomat_takes_no_country_from_where_he_is_posted(code_text) -> None:
    rows = code_text("The ambassador in Moscow was summoned on Friday.", "2019-05-05")
    assert not any(r["code"].startswith("RUS") and "ambassador" in r["text"] for r in rows), rows
    rows = code_text("Diplomats in Geneva said the vote was close.", "2019-05-05")
    assert not any(r["code"] == "CHEGOV" for r in rows), rows
    # protesters are where they protest
    rows = code_text("Protesters in Kiev marched on parliament.", "2019-05-05")
    assert codes_of(rows, "Protesters in Kiev") == ["UKROPP"]


def test_an_agent_with_an_of_phrase_takes_no_scene_country(code_text) -> None:
    rows = code_text("The head of the delegation told reporters in Geneva that talks would go on.", "2019-05-05")
    assert not any(r["code"].startswith("CHE") and r["text"] == "head" for r in rows), rows


def test_a_first_name_at_the_start_of_a_sentence_blocks_a_surname(code_text) -> None:
    rows = code_text("Rami Hariri said the shop would reopen soon.", "2018-06-01")
    assert not any(r["code"] == "LBNGOV" for r in rows), rows
    # the surname alone still names the office holder
    rows = code_text("Hariri said the cabinet would meet soon.", "2018-06-01")
    assert codes_of(rows, "Hariri") == ["LBNGOV"]


def test_europe_is_the_cameo_region(code_text) -> None:
    rows = code_text("European leaders welcomed the result.", "2017-03-16")
    assert codes_of(rows, "European leaders") == ["EURGOV"]
    rows = code_text("The European Union welcomed the result.", "2017-03-16")
    assert codes_of(rows, "The European Union") == ["IGOEUREEC"]


def test_forces_loyal_to_a_leader_are_his_countrys(code_text) -> None:
    rows = code_text("Forces loyal to President Abd-Rabbu Mansour Hadi attacked the port.", "2017-03-16")
    assert [r["code"] for r in rows if r["text"].startswith("Forces loyal to")] == ["YEMMIL"]


def test_an_envoy_named_by_his_brief_speaks_for_the_actor_before_it(code_text) -> None:
    rows = code_text("The rebels met the UN Syria envoy on Tuesday.", "2017-11-28")
    assert codes_of(rows, "Syria envoy") == ["IGOUNO"]
    rows = code_text("Russia's Syria envoy said the talks would resume.", "2017-11-28")
    assert codes_of(rows, "Syria envoy") == ["RUSGOV"]
    # without an actor before it, the country is the envoy's own
    rows = code_text("The Syrian envoy said the talks would resume.", "2017-11-28")
    assert codes_of(rows, "Syrian envoy") == ["SYRGOV"]


@pytest.mark.parametrize(
    ("text", "date", "mention", "code"),
    [
        ("Nicole Belloubet defended the reform.", "2018-05-01", "Nicole Belloubet", "FRAGOV"),
        ("Koen Geens defended the reform.", "2018-05-01", "Koen Geens", "BELGOV"),
        ("Ali Akbar Velayati criticised the decision.", "2018-05-01", "Ali Akbar Velayati", "IRNGOV"),
        ("Geert Wilders criticised the decision.", "2017-03-10", "Geert Wilders", "NLDOPP"),
        ("Yahya Jammeh criticised the decision.", "2016-12-10", "Yahya Jammeh", "GMBGOV"),
        ("Yahya Jammeh criticised the decision.", "2018-12-10", "Yahya Jammeh", "GMBELI"),
        ("Adama Barrow criticised the decision.", "2018-12-10", "Adama Barrow", "GMBGOV"),
        ("Abdelilah Benkirane criticised the decision.", "2016-12-10", "Abdelilah Benkirane", "MARGOV"),
        ("Peter Hultqvist criticised the decision.", "2017-03-10", "Peter Hultqvist", "SWEGOV"),
        ("Nasr al-Hariri criticised the decision.", "2018-03-10", "Nasr al-Hariri", "SYROPP"),
        ("The Department of Homeland Security criticised the decision.", "2018-03-10",
         "The Department of Homeland Security", "USAGOV"),
        ("The Houthis criticised the decision.", "2018-03-10", "The Houthis", "YEMREB"),
        ("The Taliban criticised the decision.", "2019-03-10", "The Taliban", "AFGREB"),
        ("The Taliban criticised the decision.", "2023-03-10", "The Taliban", "AFGGOV"),
        ("Kataib Hezbollah criticised the decision.", "2023-03-10", "Kataib Hezbollah", "IRQREB"),
        ("The Rapid Support Forces attacked the city.", "2024-03-10", "The Rapid Support Forces", "SDNREB"),
    ],
)
def test_audit_dictionary_entries(code_text, text, date, mention, code) -> None:
    assert codes_of(code_text(text, date), mention) == [code]


def test_ended_terms_are_no_longer_coded_as_government(code_text) -> None:
    # constitutional single terms that ended in 2026
    assert codes_of(code_text("Gabriel Boric spoke.", "2026-06-01"), "Gabriel Boric") != ["CHLGOV"]
    assert codes_of(code_text("Gabriel Boric spoke.", "2025-06-01"), "Gabriel Boric") == ["CHLGOV"]
    assert codes_of(code_text("Gustavo Petro spoke.", "2026-10-01"), "Gustavo Petro") != ["COLGOV"]


def test_a_capital_after_a_name_particle_is_a_surname(code_text) -> None:
    rows = code_text("Senator Ana de Lima criticised the decision. De Lima then left.", "2017-02-24")
    assert not any(r["code"].startswith("PER") for r in rows), rows
    rows = code_text("The talks in Lima ended on Friday.", "2017-02-24")
    assert codes_of(rows, "Lima") == ["PER"]


def test_rebels_take_the_country_where_their_clause_is_set(code_text) -> None:
    rows = code_text("Separatists shelled villages in Ukraine on Sunday.", "2017-02-04")
    assert codes_of(rows, "Separatists") == ["UKRREB"]
    # not the article's country alone: rebels are coded by where they fight
    text = "Ukraine said on Monday that talks would resume. Ukraine wants peace. The rebels said the truce held."
    assert codes_of(code_text(text, "2017-02-04"), "rebels") == ["REB"]
