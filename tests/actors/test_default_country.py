"""Default country of generic state agents: "the government", "police", "the army" take the
country their sentence or article is about (rules.ActorResolver._default_countries); agents of
someone else ("foreign forces", "their troops") and explicit countries are left alone."""

from __future__ import annotations

from .mention_helpers import by_text


def test_only_country_of_the_sentence(code_text):
    rows = code_text("Police detained twelve men after a raid in Kisumu, Kenya on Friday.")
    police = by_text(rows, "Police")
    assert police["code"] == "KENCOP"
    assert police["rule"].startswith("agent+sentence-country:")


def test_pro_regime_forces_take_the_country_they_fight_in(code_text):
    rows = code_text("Pro-regime forces shelled villages around Aleppo overnight.")
    assert by_text(rows, "forces")["code"] == "SYRMIL"


def test_backed_by_is_not_the_agents_country(code_text):
    rows = code_text("Iranian-backed forces fired rockets at the base.")
    forces = next(r for r in rows if r["text"].endswith("forces"))
    assert forces["country"] != "IRN"


def test_dateline_country_for_definite_agents(code_text):
    text = (
        "NAIROBI, Kenya - Heavy rain fell across the region on Monday.\n"
        "The government said it would send food to the worst-hit districts.\n"
        "Police said roads were closed."
    )
    rows = code_text(text)
    government = by_text(rows, "government")
    assert government["code"] == "KENGOV"
    assert government["rule"] == "agent+article-country:MINISTRY+KEN (dateline)"
    assert by_text(rows, "Police")["code"] == "KENCOP"


def test_majority_country_of_the_article(code_text):
    text = (
        "Peru's congress met in Lima on Tuesday. Peruvian lawmakers argued for hours. "
        "The session in Lima ended late. The army said it stayed neutral."
    )
    rows = code_text(text)
    army = by_text(rows, "army")
    assert army["code"] == "PERMIL"
    assert army["rule"].endswith("(dominant)")


def test_no_clear_majority_no_default(code_text):
    text = (
        "Peru and Chile signed a trade deal in Lima. Chilean and Peruvian ministers met in Santiago. "
        "The army said it stayed neutral."
    )
    army = by_text(code_text(text), "army")
    assert army["country"] is None


def test_country_named_only_as_an_actor_is_the_counterpart(code_text):
    # "thanked Norway": Norway is who was thanked, not whose government thanked
    rows = code_text("The government thanked Norway for its help with the ceasefire talks.")
    assert by_text(rows, "government")["country"] is None
    text = (
        "KIEV, Ukraine - Shelling continued in eastern Ukraine on Sunday.\n"
        "The government condemned Russia for the attacks."
    )
    # another country named in the sentence: whose government it is stays unsaid
    assert by_text(code_text(text), "government", 0)["country"] is None


def test_scene_abroad_does_not_override_the_article(code_text):
    text = (
        "ANKARA, Turkey - Turkey's parliament met on Monday.\n"
        "The army shelled villages in Syria overnight."
    )
    assert by_text(code_text(text), "army")["country"] is None


def test_foreign_and_possessed_agents_keep_no_country(code_text):
    text = (
        "CAIRO, Egypt - Talks resumed on Sunday.\n"
        "Foreign diplomats left the talks. Other governments stayed silent. "
        "Their troops withdrew."
    )
    rows = code_text(text)
    for word in ("diplomats", "governments", "troops"):
        assert by_text(rows, word)["country"] is None, word


def test_indefinite_agent_takes_no_article_default(code_text):
    text = "BOGOTA, Colombia - Markets were calm on Monday.\nA spokesman said the talks went well."
    assert by_text(code_text(text), "spokesman")["country"] is None


def test_explicit_country_and_non_state_agents_unchanged(code_text):
    text = (
        "NAIROBI, Kenya - The talks ended on Monday.\n"
        "Ugandan police said the border was open. Students marched in the streets."
    )
    rows = code_text(text)
    assert by_text(rows, "Ugandan police")["code"] == "UGACOP"
    students = [r for r in rows if r["text"] == "Students"]
    assert all(not r["rule"].startswith("agent+article-country") for r in students)


def test_news_agency_is_not_a_country_mention(code_text):
    text = "The army said on Monday that the border was open, Reuters reported."
    assert by_text(code_text(text), "army")["country"] is None


def test_unknown_proper_modifier_keeps_no_country(code_text):
    text = "BAGHDAD, Iraq - Talks resumed on Monday.\nThe Kurdish authorities said the road was open."
    assert by_text(code_text(text), "authorities")["country"] is None


def test_place_as_a_modifier_is_not_a_scene(code_text):
    rows = code_text("The minister praised the court for its ruling on Guantanamo Bay detainees.")
    assert by_text(rows, "minister")["country"] is None


def test_majority_country_is_not_one_persons(code_text):
    text = (
        "Peru's congress met in Lima on Tuesday. Peruvian lawmakers argued for hours. Chile sent observers. "
        "The session in Lima ended late. The prime minister said he stayed neutral."
    )
    # another country is named (in an article naming Peru alone he is Peru's: test_countryless_agents_s4)
    assert by_text(code_text(text), "prime minister")["country"] is None


def test_capitalised_sentence_start_is_not_a_proper_modifier(code_text):
    text = "LONDON, England - Rain fell.\n\nThe government said the roads were open.\n\nSenior officials agreed."
    rows = code_text(text)
    assert by_text(rows, "government")["code"] == "GBRGOV"
    assert by_text(rows, "Senior officials")["code"] == "GBRGOV"


def test_scene_of_another_clause_is_not_the_agents(code_text):
    rows = code_text("The secretary of state pledged that troops would stay in Somalia until the vote.")
    assert by_text(rows, "secretary of state")["country"] is None


def test_majority_country_for_the_government(code_text):
    text = (
        "Peru's congress met in Lima on Tuesday. Peruvian lawmakers argued for hours. "
        "The session in Lima ended late. The government said it stayed neutral."
    )
    assert by_text(code_text(text), "government")["code"] == "PERGOV"


def test_pronoun_follows_its_agents_default(code_text):
    text = "NAIROBI, Kenya - Talks resumed on Monday.\nThe minister said he would resign."
    rows = code_text(text)
    assert by_text(rows, "minister")["code"] == "KENGOV"
    he = by_text(rows, "he")
    assert he["code"] == "KENGOV"
    assert he["rule"] == "coref:pronoun->agent+article-country:MINISTER+KEN (dateline)"
