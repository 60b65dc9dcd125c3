"""Police words and forces (session 5, helper H5): "cops" are police, and India's central and
state armed police forces are police of India. Our own sentences."""

from __future__ import annotations

from .mention_helpers import by_text, codes_of


def test_cops_are_police(code_text):
    rows = code_text("Cops arrested two men outside the stadium.")
    assert by_text(rows, "Cops")["code"].endswith("COP")


def test_india_s_armed_police_forces(code_text):
    rows = code_text("The Central Reserve Police Force and the Rapid Action Force patrolled Srinagar.")
    assert codes_of(rows, "The Central Reserve Police Force") + codes_of(rows, "Central Reserve Police Force") == ["INDCOP"]
    assert codes_of(rows, "the Rapid Action Force") + codes_of(rows, "Rapid Action Force") == ["INDCOP"]
