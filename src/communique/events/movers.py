"""Who can make a visit: the reading of motion verbs ("went to", "travelled to", "arrived in").

CAMEO's visits (042 make a visit, 043 host a visit, and the 04 family that PETRARCH gives "go
to") are acts between political parties: a minister, an envoy, a delegation, a party leader comes
to a country and its government receives them. Motion verbs say the same words of anyone, and in
news most movers are no one's representative: migrants come to the UK, citizens travel to Syria,
fighters go there to join a war, a defendant arrives in court, a medieval queen goes on crusade.
An event needs a mover who stands for a government, a legislature, a party, an international or
non-governmental organisation, or a named military leader; a bare country read from a place name
or demonym ("Eleanor of Aquitaine": FRA) is no traveller either. The coder keeps only such movers
as the source of a motion verb's visit.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.model import Actor

MOTION_VERBS = frozenset(["go", "come", "travel", "arrive", "fly", "head", "return", "journey"])
# Sectors whose members act for a party when they travel.
REPRESENTATIVE_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI", "OPP", "PTY", "IGO", "NGO"})
REPRESENTATIVE_PREFIXES = ("IGO", "NGO", "INGO")
# Roots a motion verb's pattern gives when it reads the move as a meeting or a visit.
VISIT_ROOTS = frozenset({"04"})
VISIT_INTENTS = frozenset({"036"})


def is_motion_visit(token: Token, code: str) -> bool:
    """A motion verb whose pattern reads the move as a visit or meeting."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.lemma_.lower() not in MOTION_VERBS:
        return False
    return code[:2] in VISIT_ROOTS or code in VISIT_INTENTS


def represents(actor: Actor) -> bool:
    """An actor whose travels are a party's visit: officials, legislators, party and opposition
    figures, international and non-governmental organisations, named military leaders."""
    if actor.code.startswith(REPRESENTATIVE_PREFIXES):
        return True
    sectors = set(actor.sectors)
    if sectors & REPRESENTATIVE_SECTORS:
        return True
    return "MIL" in sectors and actor.name is not None


def visitors(sources: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """The movers of a motion verb's visit that can make one (see `represents`)."""
    return [source for source in sources if represents(source[0])]
