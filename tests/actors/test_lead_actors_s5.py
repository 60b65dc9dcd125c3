"""Actor fixes the lead made after reading merged real news (session 5). Our own sentences."""

from __future__ import annotations

from .mention_helpers import by_text


def test_bare_uk_is_the_united_kingdom(code_text):
    assert by_text(code_text("UK troops left the base."), "UK troops")["code"] == "GBRMIL"
    assert by_text(code_text("Further UK involvement is unlikely."), "UK")["code"] == "GBR"


def test_a_possessor_sends_the_ambassador_the_country_before_it_receives(code_text):
    rows = code_text("Russia's UK ambassador gave a press conference.")
    assert by_text(rows, "UK ambassador")["code"] == "RUSGOV"
    # alone, the country before the title is the sender
    assert by_text(code_text("The UK ambassador gave a press conference."), "The UK ambassador")["code"] == "GBRGOV"
