"""Scenes: where an act happens, which frames it and is no party to it.

A place, a forum or a gathering can be named in an event's phrase without being acted on:
fighting "*in Syria*" is fought there, not against Syria; "contested the deal *in court*" names a
forum (`venue`); "in *the village of* Dalori" or "died *in hospital*" a settlement or facility
(`settlement`); "*In Geneva*, the UN appealed" a fronted scene (`fronted_setting`); and a rally a
state holds in its own country's place is held on home ground (roles._home_ground), not against it.
communique.events.roles asks here when it reads targets off the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.words import PLACE_PREPOSITIONS, SCENE_PREPOSITIONS

# Bodies that are also forums: "contested the deal *in court*", "blocked the bill *in Congress*"
# say where a party acts, not on whom (the court or the chamber is a party as an object or with
# "to": "petitioned the Supreme Court", "appealed to parliament").
VENUES = frozenset({"court", "tribunal", "parliament", "congress", "senate"})
# Where an act happens (words.PLACE_PREPOSITIONS), and "on": with an act located by its nature (a
# meeting, a fight, a rally) "on" too says where, when or what about ("clashed *on* the border",
# "met *on* Tuesday", "talks *on* Syria"), never with whom. Elsewhere "on" names whom an act is
# aimed at ("an attack *on* Kyiv"), so a place inside a time adjunct (`roles._located`) is only PLACE.
SETTING_PREPOSITIONS = PLACE_PREPOSITIONS | {"on"}
FRONTED_SETTINGS = frozenset({"in", "at"})  # "*In Geneva*, the UN appealed...": the scene
# Nouns of settlements and areas: "*in the village of* Dalori", "*above the town of* Baghuz" say
# where an act happened, whoever lives there (an object, "shelled the village", is hit).
SETTLEMENTS = frozenset({"village", "town", "city", "district", "province", "region", "area", "neighbourhood",
                         "neighborhood", "suburb", "camp", "street", "square"})
# Places of confinement or care, which small dictionaries read as their staff ("prison": police).
# Not "custody" or "detention": "died in Israeli police custody" names who held him.
FACILITIES = frozenset({"prison", "jail", "gaol", "hospital", "clinic"})
FACILITY_PREPOSITIONS = SCENE_PREPOSITIONS | {"from"}  # "released *from prison*"
# Verbs of fighting name the opponent with "with" or "against", never with a place: "citizens
# *fighting in Syria*", "rebels *clashed in Aleppo*" fight there, not against that country.
FIGHTING_VERBS = frozenset({"fight", "battle", "clash", "skirmish"})


def venue(head: Token) -> bool:
    """ "*in court*", "*in the Supreme Court*", "*in parliament*": the forum where one acts."""
    return head.dep_ == "pobj" and head.head.lower_ == "in" and head.lemma_.lower() in VENUES


def settlement(head: Token) -> bool:
    """ "in *the village* of Dalori", "near *the town*": a settlement an act is located in (the
    named place in its complement, "in the city *of Kirkuk*", "in *Montenegro* province", still
    tells whose it is). "Released *from prison*", "died *in hospital*": a place of confinement or
    care is where, not who (its staff are a party only as subject or object: "attacked the prison")."""
    if head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPOSITIONS and head.lemma_.lower() in SETTLEMENTS:
        return True
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:  # "a *military hospital* prison"
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ in FACILITY_PREPOSITIONS
            and head.lemma_.lower() in FACILITIES)


# Gatherings a party holds or joins: where one is held is its scene.
GATHERINGS = frozenset([
    "rally", "rallies", "demonstration", "demonstrations", "march", "marches", "protest", "protests",
    "sit-in", "vigil", "gathering", "gatherings",
])


def is_rally(token: Token) -> bool:
    """A gathering word, or a verb whose object is one ("held *a rally*")."""
    words = [token, *(o for o in token.children if o.dep_ == "dobj")]
    return any(w.lower_ in GATHERINGS or w.lemma_.lower() in GATHERINGS for w in words)


def fronted_setting(child: Token, verb: Token) -> bool:
    """ "*In Geneva*, the UN appealed...": a place phrase before the verb sets the scene."""
    return child.dep_ == "prep" and child.lower_ in FRONTED_SETTINGS and child.i < verb.i


def fighting_scene(child: Token, verb: Token) -> bool:
    """ "fighting *in Syria*", "clashed *near Aleppo*": where a verb of fighting happens."""
    return (child.dep_ == "prep" and child.lower_ in SETTING_PREPOSITIONS
            and verb.pos_ == "VERB" and verb.lemma_.lower() in FIGHTING_VERBS)
