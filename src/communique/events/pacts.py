"""Agreements and exchanges: acts two parties do to each other, read off coordination and "between".

News reports a pact or a swap as one act of two sides: "Sudan and South Sudan *reached an
agreement*", "Israel and Hamas *agreed a truce*", "the two governments *exchanged prisoners*",
"an accord *was signed between* Ethiopia and Eritrea", "prisoners *were swapped between* the
government and the rebels". CAMEO codes such an act once from each side to the other (each signs
with, declares a truce towards, releases prisoners to the other), as the coder already does for
meetings ("Russia and China met": `RECIPROCAL_LEMMAS`). This module says when that holds
beyond meetings and talks, finds the two sides of an agentless passive in its "between"
phrase, and pairs a draft's sources and targets into events (`pairs`); the coder
(communique.events.coder) reads all three.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.codes import VIOLENT_ROOTS
from communique.events.drafts import Draft
from communique.events.patterns import NOUN
from communique.events.roles import ActorIndex, acting_together, agent_of, phrase_actors, prep_objects
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
PACT_VERBS = MUTUAL_VERBS | PACT_OBJECT_VERBS
# Codes whose act, made by two sides together, each side does to the other: a truce declared
# (0871) and prisoners released in an exchange (0841) are yielding of each to the other.
MUTUAL_CODES = frozenset({"0871", "0841"})
# Roots of acts between parties that a pact or a swap reports (cooperation, diplomacy, agreement).
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# Acts that coordinated parties do to each other ("Russia and China met"); "A and B arrived" is no
# meeting of A with B.
RECIPROCAL_LEMMAS = frozenset([
    "meet", "talk", "negotiate", "confer", "consult", "discuss", "agree", "cooperate", "collaborate",
    "clash", "fight", "sign", "reconcile", "trade", "meeting", "talks", "summit", "negotiation",
    "dialogue", "consultation", "fighting", "exercise", "drill", "game", "deepen", "expand", "strengthen",
    "upgrade", "establish",
    "continue", "resume", "hold", "ally", "normalize", "normalise", "restore", "exchange", "partner",
])


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
    if lemma in MUTUAL_VERBS or (lemma in PACT_OBJECT_VERBS and pact_object(verb)):
        return code in MUTUAL_CODES or code[:2] in COOPERATIVE_ROOTS
    return False


def between_parties(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """The sides of an agentless passive pact or swap, from its "between" phrase: "an agreement
    was signed *between Ethiopia and Eritrea*", "prisoners were swapped *between the government
    and the rebels*". Only passives (the active subject is the doer) of pact and swap verbs."""
    if verb.lemma_.lower() not in PACT_VERBS:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children) or agent_of(verb) is not None:
        return []
    parties: list[tuple[Actor, Token]] = []
    for head in prep_objects(verb, "between"):
        parties.extend(phrase_actors(head, actors))
    return parties if len(parties) > 1 else []


def pairs(draft: Draft) -> list[tuple[tuple[Actor, Token] | None, tuple[Actor, Token] | None, str]]:
    pairs: list[tuple[tuple[Actor, Token] | None, tuple[Actor, Token] | None, str]] = []
    sources = list(draft.sources)
    targets = list(draft.targets)
    # A meeting noun's parties may come from the verb it hangs on ("negotiators returned to
    # Geneva for talks"): for a noun, the borrowed subject still names who meets.
    if (not targets and len(sources) > 1 and (mutual(draft.token, draft.code) or (
            draft.code[:2] in SYMMETRIC_ROOTS and draft.token.lemma_.lower() in RECIPROCAL_LEMMAS))
            and (not draft.borrowed or draft.pattern_kind == NOUN)
            # A conflict noun on another verb is a conflict its subjects shared, as co-victims or
            # co-agents ("British and US forces suffered casualties in years of fighting"), not
            # one between them: that takes a reciprocal verb ("clashed") or "between"; "fought
            # together" names allies too.
            and not (draft.code[:2] in VIOLENT_ROOTS and (draft.borrowed or acting_together(draft.token)))):
        # "Russia and Ukraine met": each met the other.
        for a in sources:
            for b in sources:
                if a is not b:
                    pairs.append((a, b, draft.code))
        return pairs
    optional_targets: list[tuple[Actor, Token] | None] = list(targets) or [None]
    if draft.unattributed and not sources:
        return [(None, target, draft.code) for target in targets]
    for source in sources:
        for target in optional_targets:
            pairs.append((source, target, draft.code))
            # "a visit to a *Russian* airbase": an adjective names no host of the visit.
            if draft.reverse and target is not None and target[1].pos_ != "ADJ":
                pairs.append((target, source, draft.reverse))
    return pairs
