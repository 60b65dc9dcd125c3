"""Nominal events and acts of one party: what the coder needs to know about event nouns.

News names many events with a noun carried by a light verb ("launched a mediation effort between
A and B", "began a hunger strike") or with a noun alone ("Palestinian riots against Israeli
policies"), and reports many acts that have no second party ("the president resigned", "the
guerrillas demobilised", "thousands demonstrated in Kirkuk"). This module holds the rules for
both, read by the coder (communique.events.coder) and the role finder (communique.events.roles):

- a quantity or measure noun is transparent: in "launched *10 days of* war games" or "held *a
  new round of* talks" the event noun stands where the measure noun stands in the clause;
- which acts of one party are events without a target (resignations, demobilisation, ...);
- "in protest" names the purpose of a protest act, not a second protest;
- a protest whose only place or target is the protesters' own country is a domestic protest: it
  is coded without a target rather than dropped as an act on oneself.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that only count or measure what their "of" complement names: "10 *days* of war games",
# "a *round* of talks", "a *wave* of attacks", "a *series* of strikes".
MEASURE_NOUNS = frozenset([
    "day", "week", "month", "year", "hour", "round", "series", "wave", "spate", "string", "number", "couple",
    "dozen", "dozens", "hundreds", "thousands", "flurry", "volley", "barrage", "burst", "spell", "bout",
    "campaign", "cycle", "session", "sessions",
])

# Acts of one party that CAMEO codes with no target: giving up power (a resignation), disarming
# or demobilising one's own forces, pulling back; the party that demanded them is seldom named.
ONE_PARTY_CODES = frozenset({"0831", "0873", "0874"})

PROTEST_ROOT = "14"


def through_measure(noun: Token) -> Token:
    """The event noun a measure noun counts ("days" in "10 days of war games": "games"), else
    the noun itself."""
    if noun.lemma_.lower() not in MEASURE_NOUNS and noun.lower_ not in MEASURE_NOUNS:
        return noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            return pobj
    return noun


def measured_by(noun: Token) -> Token:
    """The measure noun that counts this event noun ("games" in "10 days of war games": "days"),
    whose place in the clause the event noun takes; else the noun itself."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    measure = prep.head
    if measure.pos_ == "NOUN" and through_measure(measure).i == noun.i:
        return measure
    return noun


def in_protest(token: Token) -> bool:
    """ "staged a hunger strike *in protest* against...", "blocked roads *in protest*": the noun of
    the idiom "in protest" states why the act was done."""
    return (token.lemma_.lower() == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in"
            and token.head.dep_ == "prep")


def protest_host(token: Token) -> Token | None:
    """The word "in protest" hangs on (the act it gives the reason for)."""
    return token.head.head if in_protest(token) else None


def domestic_protest(code: str, source_code: str, target_code: str) -> bool:
    """A protest whose target is the protesters' own country (the place they protest in, "Iraqi
    Kurds demonstrated in Kirkuk"): the event stands, its target says nothing."""
    return code[:2] == PROTEST_ROOT and source_code == target_code
