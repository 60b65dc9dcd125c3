"""Agreements and exchanges: acts two parties do to each other, read off coordination and "between".

News reports a pact or a swap as one act of two sides: "Sudan and South Sudan *reached an
agreement*", "Israel and Hamas *agreed a truce*", "the two governments *exchanged prisoners*",
"an accord *was signed between* Ethiopia and Eritrea", "prisoners *were swapped between* the
government and the rebels". CAMEO codes such an act once from each side to the other (each signs
with, declares a truce towards, releases prisoners to the other), as the coder already does for
meetings ("Russia and China met": `coder.RECIPROCAL_LEMMAS`). This module says when that holds
beyond meetings and talks, and finds the two sides of an agentless passive in its "between"
phrase; the coder (communique.events.coder) reads both.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.roles import ActorIndex, agent_of, phrase_actors, prep_objects
from communique.model import Actor

# Nouns that name a pact between parties: what is reached, struck, sealed or concluded.
PACT_NOUNS = frozenset([
    "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "treaties",
    "ceasefire", "cease-fire", "truce", "armistice", "understanding", "compromise", "settlement",
])
# Verbs of making a pact or a swap: their coordinated subjects are its two sides. Verbs that take
# any object ("reached Baghdad", "struck a school", "concluded a visit") count only with a pact
# noun as object (`PACT_OBJECT_VERBS`).
MUTUAL_VERBS = frozenset(["agree", "sign", "exchange", "swap"])
PACT_OBJECT_VERBS = frozenset(["reach", "conclude", "seal", "strike", "ink", "clinch", "forge", "finalise", "finalize"])
# Codes whose act, made by two sides together, each side does to the other: a truce declared
# (0871) and prisoners released in an exchange (0841) are yielding of each to the other.
MUTUAL_CODES = frozenset({"0871", "0841"})
# Roots of acts between parties that a pact or a swap reports (cooperation, diplomacy, agreement).
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})


def pact_object(verb: Token) -> bool:
    """The verb's object (or passive subject) names a pact: "reached *an agreement*"."""
    return any(c.dep_ in ("dobj", "nsubjpass", "attr") and c.lower_ in PACT_NOUNS for c in verb.children)


def mutual(verb: Token, code: str) -> bool:
    """Coordinated parties of this act do it to each other: a pact made or a swap done together
    ("Sudan and South Sudan reached an agreement", "Israel and Hamas signed a truce", "the two
    governments exchanged prisoners"). A cooperative act of a pact verb, or a truce or a release,
    qualifies; "reach" and its kind only with a pact for object ("Russia and China reached
    Syria" is no pact)."""
    lemma = verb.lemma_.lower()
    if lemma in MUTUAL_VERBS:
        return code in MUTUAL_CODES or code[:2] in COOPERATIVE_ROOTS
    if lemma in PACT_OBJECT_VERBS and pact_object(verb):
        return code in MUTUAL_CODES or code[:2] in COOPERATIVE_ROOTS
    return False


def between_parties(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """The sides of an agentless passive pact or swap, from its "between" phrase: "an agreement
    was signed *between Ethiopia and Eritrea*", "prisoners were swapped *between the government
    and the rebels*". Only passives (the active subject is the doer) of pact and swap verbs."""
    if verb.lemma_.lower() not in MUTUAL_VERBS | PACT_OBJECT_VERBS:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children) or agent_of(verb) is not None:
        return []
    parties: list[tuple[Actor, Token]] = []
    for head in prep_objects(verb, "between"):
        parties.extend(phrase_actors(head, actors))
    return parties if len(parties) > 1 else []
