"""Expulsions: who puts a person out of a country, and who is put out.

Verbs of expelling, deporting or banning a person from a country are acts of the state whose
territory it is, so a passive that names no agent ("An Iranian diplomat was expelled *from
Germany*", the headline "Journalist deported *from Britain*") names the expelling state after
"from" (`expelling_state`), and the one put out is the passive's subject or the noun a reduced
passive qualifies (`expelled_parties`). The coder (communique.events.coder) reads both.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.roles import ActorIndex, agent_of, phrase_actors
from communique.model import Actor

# Verbs of putting a person out of a country ("expelled from Germany", "deported from Britain",
# "banned from entering Russia"): only the state whose territory it is can do that, so with no
# "by" a passive's "from <country>" names who acts. (Extraditing is not among them: the state
# extradited from hands a person over to another, a different pair of parties.)
EXPULSION_VERBS = frozenset({"expel", "deport", "ban", "bar", "banish", "exile", "eject"})
# A gerund of entering or staying after "from" ("barred from entering Britain"): its object is the place.
ENTRY_GERUNDS = frozenset({"enter", "visit", "travel", "return", "stay", "remain", "live", "work"})


def expelling_state(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """The country a passive expulsion names after "from" ("An Iranian diplomat was expelled from
    *Germany*", the headline "Journalist deported from *Britain*"): the one that expels. Only a
    country: "expelled from the party" or "from school" names no state acting."""
    if verb.lemma_.lower() not in EXPULSION_VERBS or agent_of(verb) is not None:
        return []
    children = list(verb.children)
    if any(c.dep_ == "dobj" for c in children):
        return []  # active: "Germany expelled the diplomat from Berlin"
    # These verbs need an object, so one without it is passive, marked or not: a headline's
    # "Diplomat expelled from Germany" (read as active, with the diplomat its subject) included.
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or (
        verb.tag_ in ("VBN", "VBD") and not any(c.dep_ == "aux" for c in children))
    if not passive:
        return []
    found: list[tuple[Actor, Token]] = []
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for place in prep.children:
            if place.dep_ == "pcomp" and place.lemma_.lower() in ENTRY_GERUNDS:
                place = next((c for c in place.children if c.dep_ == "dobj"), place)  # "from entering Britain"
            elif place.dep_ != "pobj":
                continue
            # the country itself, its territory: not its bodies ("barred from entering the
            # Turkish consulate" in Rotterdam: the Dutch barred him)
            found.extend((actor, token) for actor, token in phrase_actors(place, actors)
                         if actor.country and not actor.sectors)
    return found


def expelled_parties(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """Who is put out: the passive's subject, or the noun a reduced passive qualifies. Nothing
    else is ("deported from Mexico *to the United States*" names where to, not whom)."""
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return phrase_actors(verb.head, actors)
    return [hit for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for hit in phrase_actors(c, actors)]
