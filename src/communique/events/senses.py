"""Senses of an event word that turn on who its parties are, read once both parties are known.

Some verbs name force between armed parties and words between everyone else. "Clash" is the
plainest: "troops clashed with rebels" is a fight (190), but "the senator clashed with the
president over the budget" is a row, the verbal fight PETRARCH's own dictionary codes as
criticism (111, "meet in verbal fight"). The coder (communique.events.coder) asks here after the
roles are read, since the pattern alone cannot tell the two apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.codes import armed
from communique.model import Actor

# Event words whose violent code stands only between armed parties (or crowds in the street).
# "The senator attacked the president" is an attack in words, as a clash between them is a row:
# officials and politicians attack each other in speeches, armed parties with force ("his assault
# on the government" is a budget's or a speech's).
VERBAL_BETWEEN_OFFICIALS = frozenset({"clash", "attack", "assault"})
VERBAL_CODE = "111"
# Who speaks rather than fights: governments, legislators, judges, parties, international bodies.
SPEAKING_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "IGO"})


def _speaks(actor: Actor) -> bool:
    """An official or a politician, and nothing armed: "the French president", "Democrats", "the
    EU"; a bare country is not enough ("India clashed with Pakistan" may be border fighting)."""
    if armed(actor.sectors, actor.code):
        return False  # a clash with an armed party stays a clash of arms
    return bool(set(actor.sectors) & SPEAKING_SECTORS) or actor.code.lstrip("-")[:3] == "IGO"


# What one attacks with force only: a building, a convoy, a post ("attacked the Israeli embassy").
PHYSICAL_TARGETS = frozenset({"embassy", "embassies", "consulate", "consulates", "office", "offices", "headquarters",
                              "building", "buildings", "palace", "residence", "compound", "convoy", "convoys",
                              "base", "bases", "post", "posts", "station", "stations", "mission"})


def clash_sense(token: Token, code: str, source: Actor, target: Actor | None) -> str:
    """The code of a "clash" between two officials or politicians is a verbal one (111); a clash
    with an armed party, or with a crowd or a country, keeps its code, as does an attack on a
    building or a post of theirs."""
    if (code[:2] != "19" or target is None or token.lemma_.lower() not in VERBAL_BETWEEN_OFFICIALS
            or not (_speaks(source) and _speaks(target))):
        return code
    if target.text.split()[-1:] and target.text.split()[-1].lower() in PHYSICAL_TARGETS:
        return code
    return VERBAL_CODE
