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
- a protest whose only target is the place it happens in, of the protesters' own country, is a
  domestic protest against those who rule there, not an act on oneself;
- a protest with no target is against the state or foreign party its purpose names ("to protest
  *Sweden's* decision").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Token

from communique.events.codes import ARMED_SECTORS, STATE_SECTORS
from communique.events.words import PLACE_PREPOSITIONS
from communique.model import Actor

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
# Of those, the acts only armed forces do: demobilising, retreating.
ARMED_ACTS = frozenset({"0873", "0874"})

PROTEST_ROOT = "14"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Nouns of places that, modifying a protest noun, say where it happened, not who protested:
# "a *prison* riot", "*street* protests", "*campus* demonstrations".
PLACE_MODIFIERS = frozenset([
    "prison", "jail", "street", "streets", "campus", "city", "town", "village", "camp", "border", "stadium",
    "square", "factory", "university", "school", "capital", "nationwide", "countrywide",
])


# Entities an event noun may be part of the name of: "Pussy *Riot*" (a band), "*Strike* Force".
NAME_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "NORP"})
# Sectors of people whose leaving a post is no change of political leadership (a hospital doctor,
# a company's president, a university's head).
NON_POLITICAL_SECTORS = frozenset({"PPL", "CVL", "EDU", "HLH", "LAB", "BUS", "AGR", "REF", "MED"})


# What a march or rally is held for when it is no dissent: "marched *to celebrate* the anniversary",
# "gathered *to welcome* the president" (PETRARCH codes every march 140). Commemorations and
# mourning are left out: news often reports them as protests ("marched to mark the crackdown").
CELEBRATING = frozenset(["celebrate", "cheer", "welcome", "honour", "honor"])


def celebrates(token: Token) -> bool:
    """A gathering held to celebrate, cheer or welcome is no protest: the clause of purpose on
    the protest word, or on the verb that carries the protest noun."""
    hosts = [token, token.head] if token.pos_ == "NOUN" else [token]
    return any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in CELEBRATING
               for host in hosts for c in host.children)


def classifies(token: Token, code: str) -> bool:
    """A protest noun modifying another noun classifies it ("*riot* police", "*protest* leaders",
    "*strike* committee"): it names no protest."""
    return code[:2] == PROTEST_ROOT and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")


def in_name(token: Token) -> bool:
    """A capitalised event noun inside a proper name ("Pussy Riot") names no event."""
    return token.pos_ == "PROPN" and (token.ent_type_ in NAME_ENTITIES or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children))


def may_act_alone(code: str, source: Actor) -> bool:
    """A one-party act is political only for a party of some country that holds power or arms:
    "the Georgian president resigned", not "a university doctor resigned" or "the company's
    president resigned" (an actor of no country); only armed forces retreat or demobilise."""
    if code not in ONE_PARTY_CODES:
        return True
    if code in ARMED_ACTS:
        # "the rebels demobilised", not "the president retreated from his pledge"
        return bool(ARMED_SECTORS.intersection(source.sectors))
    return source.country is not None and not NON_POLITICAL_SECTORS.intersection(source.sectors)


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


def domestic_protest(code: str, source: tuple[Actor, Token], target: tuple[Actor, Token]) -> bool:
    """A protest whose target is the place it happens in, of the protesters' own country ("Iraqi
    Kurds demonstrated in Kirkuk"): a protest against those who rule there (`ruler_of`). A target
    read off anything but a place ("trigger protests against police brutality" by "police") is no
    such case."""
    (source_actor, source_token), (target_actor, target_token) = source, target
    place = target_token.ent_type_ in PLACE_ENTITIES or (
        target_token.dep_ == "pobj" and target_token.head.lower_ in PLACE_PREPOSITIONS)
    return (code[:2] == PROTEST_ROOT and source_actor.country is not None and source_actor.code == target_actor.code
            and source_token.i != target_token.i and place)


def ruler_of(place: Actor) -> Actor:
    """The government of a place actor ("Kirkuk": IRQ -> IRQGOV), read off the same words."""
    return replace(place, code=f"{place.country}GOV", sectors=("GOV",), name=None, rule="ruler of the place")




def purpose_target(phrases: Iterable[Token], actor_at: Callable[[Token], Actor | None],
                   sources: list[tuple[Actor, Token]]) -> list[tuple[Actor, Token]]:
    """Whom a protest without a target is against, from its purpose ("began a hunger strike to
    protest *Sweden's* decision", "to demand the resignation of *the Algerian president*"): the
    first actor there of another country than the protesters', or of their own state. People on
    whose behalf they protest ("the release of Palestinian prisoners") are not its target."""
    countries = {a.country for a, _ in sources}
    codes = {a.code for a, _ in sources}
    taken = {t.i for _, t in sources}
    for phrase in phrases:
        for node in sorted(phrase.subtree, key=lambda t: t.i):
            actor = actor_at(node)
            if actor is None or node.i in taken or actor.code in codes:
                continue
            if (actor.country and actor.country not in countries) or STATE_SECTORS.intersection(actor.sectors):
                return [(actor, node)]
    return []
