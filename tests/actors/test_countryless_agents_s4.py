"""Agents the text leaves without a country ("the army", "a local court", "Senator X") take the
country their article is about (rules.ActorResolver._default_countries, _dominant_country), and
never one when several countries are in play; a possessor reaches its agent across adjectives
("Malawi's new government"). Our own sentences throughout."""

from __future__ import annotations

import pytest

from communique.model import Event, Modality
from communique.nlp.parse import parse_texts

from .mention_helpers import by_text

# Malawi five times (Malawi, Malawi, Lilongwe, Malawi's, Blantyre), five other countries once
# each: half the mentions, not 60%, but five times any other country.
MALAWI = (
    "Malawi held a vote on Monday. Observers from Kenya, Zambia, Ghana, Norway and Tanzania watched. "
    "Voters in Malawi queued for hours. The count in Lilongwe was slow. "
    "Malawi's electoral body said turnout was high. Crowds gathered in Blantyre. "
)


def test_dominant_country_among_many_minor_ones(code_text):
    army = by_text(code_text(MALAWI + "The army said it stayed neutral."), "army")
    assert army["code"] == "MWIMIL"
    assert army["rule"] == "agent+article-country:GOVERNMENT_FORCES+MWI (dominant)"


def test_few_mentions_at_half_share_are_not_dominant(code_text):
    # Malawi 4 of 8 mentions, twice any other: too little to tell whose story it is
    text = (
        "Malawi held a vote on Monday. A team from Zambia and Kenya watched, with a Ghana delegation. "
        "Voters in Malawi queued for hours. Zambia praised the count in Lilongwe. Malawi thanked Zambia. "
        "The army said it stayed neutral."
    )
    assert by_text(code_text(text), "army")["country"] is None


def test_two_countries_close_in_mentions_give_none(code_text):
    text = (
        "Malawi and Zambia signed a deal. Malawi said it was pleased. Zambia agreed. "
        "Malawi and Zambia will meet again. Malawi will host. The army said it stayed neutral."
    )
    assert by_text(code_text(text), "army")["country"] is None


def test_dateline_and_dominant_country_disagree(code_text):
    # filed from Beirut, about Syria: two countries in play, neither is the army's for sure
    text = (
        "BEIRUT, Lebanon - Syria's war entered a new phase. Syrian troops advanced near Aleppo. "
        "Damascus said the offensive would go on. Syria rejected talks. The army shelled rebel positions."
    )
    assert by_text(code_text(text), "army")["country"] is None


def test_courts_and_police_are_home_ones_even_indefinite(code_text):
    rows = code_text(MALAWI + "A local court ordered a recount. A policeman guarded the door. A lawyer said he would appeal.")
    assert by_text(rows, "court")["code"] == "MWIJUD"
    assert by_text(rows, "policeman")["code"] == "MWICOP"  # one person, but only a home one
    assert by_text(rows, "lawyer")["country"] is None  # a lawyer pleads for anyone


def test_named_title_takes_the_dominant_country(code_text):
    rows = code_text(MALAWI + "Senator Chikondi Banda welcomed the ruling. The prime minister said nothing.")
    senator = by_text(rows, "Senator Chikondi Banda")
    assert senator["code"] == "MWILEG"
    # unnamed, one person stays open: "the prime minister" of a foreign correspondent's home
    assert by_text(rows, "prime minister")["country"] is None


def test_plural_governments_are_several_states_unless_local(code_text):
    rows = code_text(MALAWI + "Local governments raised taxes. Governments abroad stayed silent. World leaders praised it.")
    assert by_text(rows, "governments")["code"] == "MWIGOV"
    assert by_text(rows, "Governments")["country"] is None
    assert by_text(rows, "leaders")["country"] is None


def test_possessor_across_adjectives(code_text):
    rows = code_text("Malawi's new government said it would cooperate. The company's new chairman resigned.")
    assert by_text(rows, "Malawi's new government")["code"] == "MWIGOV"
    assert not [r for r in rows if "chairman" in r["text"]]


def test_bare_agent_owner_gives_no_country(code_text):
    # "the child's mother" is no "CVL" country: a bare agent possessor has none to give
    rows = code_text("The child's mother said the school was closed.")
    mother = next(r for r in rows if r["text"].endswith("mother"))
    assert mother["code"] == "CVL"


@pytest.fixture(scope="module")
def events_pipe(spacy_nlp):
    import communique.events.component  # noqa: F401  (registers the factory)

    return spacy_nlp.create_pipe("cameo_events")


def _events(spacy_nlp, actor_coder, events_pipe, text: str) -> list[Event]:
    doc = next(parse_texts(spacy_nlp, [text]))
    doc._.doc_id = "malawi"
    doc._.doc_date = "2024-05-20"
    doc._.furniture = []
    return [e for e in events_pipe(actor_coder(doc))._.events if e.modality == Modality.ASSERTED]


def test_event_source_takes_the_dominant_country(spacy_nlp, actor_coder, events_pipe):
    events = _events(spacy_nlp, actor_coder, events_pipe, MALAWI + "Police arrested three journalists.")
    triples = {(e.source.code if e.source else "-", e.code, e.target.code if e.target else "-") for e in events}
    assert ("MWICOP", "173", "MED") in triples, triples


def test_rebels_take_the_country_of_the_state_they_fight(code_text):
    rows = code_text("Rebels fighting to overthrow Assad lost the town.")
    rebels = by_text(rows, "Rebels")
    assert rebels["code"] == "SYRREB"
    assert rebels["rule"] == "agent+fought-state:SEPARATIST+SYR"
    assert by_text(code_text("Insurgents battling Kenyan troops seized a village."), "Insurgents")["code"] == "KENREB"
    # through a pronoun resolved while reading
    text = "Syrian President Bashar Assad spoke on Monday. Western countries arm the rebels fighting to topple him."
    assert by_text(code_text(text), "rebels")["code"] == "SYRREB"


def test_rebels_fighting_beside_a_state_or_for_a_cause_stay_open(code_text):
    assert by_text(code_text("Rebels fighting alongside Kenyan troops took the hill."), "Rebels")["country"] is None
    assert by_text(code_text("Rebels seeking independence from Spain marched."), "Rebels")["country"] is None


def test_an_international_body_in_the_sentence_may_own_the_agent(code_text):
    text = "NAIROBI, Kenya - Talks resumed.\nThe United Nations has 900 troops deployed there. The army said it was ready."
    rows = code_text(text)
    assert by_text(rows, "troops")["country"] is None  # the UN's, as likely as Kenya's
    assert by_text(rows, "army")["code"] == "KENMIL"


def test_a_city_that_is_a_first_name_gives_no_country(code_text):
    rows = code_text("Belarusian opposition leader Vladimir Neklyayev has been detained.")
    assert by_text(rows, "Belarusian opposition leader")["code"] == "BLROPP"  # not Vladimir, Russia
    assert by_text(code_text("Protesters marched in Vladimir on Sunday."), "Vladimir")["code"] == "RUS"


def test_the_countrys_agent_is_the_story_countrys(code_text):
    rows = code_text(MALAWI + "The minister fired the country's top prosecutors. The nation's army stayed calm.")
    assert by_text(rows, "prosecutors")["code"] == "MWIJUD"
    assert by_text(rows, "army")["code"] == "MWIMIL"
    # never the scene: "the country" is the one talked about, not where the act happens
    rows = code_text("Turkish officials said the country's military would act in Syria.")
    assert by_text(rows, "military")["country"] is None


def test_one_person_in_an_article_naming_one_country_only(code_text):
    text = (
        "Malawi's parliament met in Lilongwe on Tuesday. Malawian lawmakers argued for hours. "
        "The session in Lilongwe ended late. The finance minister said he would resign."
    )
    assert by_text(code_text(text), "minister")["code"] == "MWIGOV"
