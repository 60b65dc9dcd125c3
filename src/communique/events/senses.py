"""Senses of an event word that turn on who its parties are, read once both parties are known.

Some verbs name force between armed parties and words between everyone else. "Clash" is the
plainest: "troops clashed with rebels" is a fight (190), but "the senator clashed with the
president over the budget" is a row, the verbal fight PETRARCH's own dictionary codes as
criticism (111, "meet in verbal fight"). "Attack" is the same between officials of one country
("the president's attacks on federal judges"), though across a border an official's attack may be
an armed one. A politician who "attacks" a whole people ("the president attacked British
imperialists", "attacked Americans in a speech") attacks them in words too: one person has no arms
of his own to turn on a nation. The coder (communique.events.coder) asks here after the roles are
read, since the pattern alone cannot tell the two apart.

Violence has a sense of its own when a crowd in the street does it: protesters who clash with
police, throw rocks at them or attack them riot, which CAMEO codes as a violent protest (145:
"demonstrations and protests that turn violent"), not as a military fight (19x) or an assault by
organised violence (18x). So is a protest its words call violent ("violent protests erupted").

Likewise an "operation" or a "raid" is an act of war (190) by soldiers or fighters, but the same
words said of the police name law enforcement: "police launched an operation in the suburb", with
no one it was aimed at, is a police move short of any use of force (CAMEO 150 covers "all
military or police moves that fall short of the actual use of force"), not an armed clash.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.codes import armed
from communique.model import Actor

# Event words whose violent code stands only between armed parties (or crowds in the street).
VERBAL_BETWEEN_OFFICIALS = frozenset({"clash"})
# "Attack" between officials of one state is words too ("Trump's attacks on federal judges", "the
# senator attacked the governor", "his assault on the government" is a budget's or a speech's);
# across a border an official's attack may be an armed one ("the administration attacked the Assad
# regime"), so there it keeps its code.
VERBAL_BETWEEN_COMPATRIOTS = frozenset({"attack", "assault"})
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


# The head words of a single speaker: a named person or one holding a political office. "The
# government attacked Kurds" may be its forces' doing, so offices of a body are not in it.
SPEAKER_TITLES = frozenset({"president", "minister", "premier", "chancellor", "leader", "spokesman", "spokeswoman",
                            "spokesperson", "secretary", "senator", "lawmaker", "politician", "ambassador", "envoy",
                            "mayor", "governor", "candidate", "congressman", "congresswoman", "mp", "diplomat"})
# Words that put arms or bodily harm in the sentence: with them the attack may be an armed one.
ARMED_WORDS = frozenset({"kill", "wound", "injure", "weapon", "gun", "knife", "bomb", "rocket", "missile", "shell",
                         "grenade", "drone", "airstrike", "strike", "troops", "soldier", "force", "fighter",
                         "militant", "army", "police", "shoot", "fire", "stab", "beat", "dead", "death"})


def _one_speaker(source: Actor, token: Token | None) -> bool:
    """A named official or an officeholder of no armed service ("Mbeki", "the foreign minister")."""
    if token is None or not _speaks(source):
        return False
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in SPEAKER_TITLES


def _a_people(target: Actor, token: Token | None) -> bool:
    """A nationality in the plural and nothing more: "Americans", "British imperialists" (not a
    country, "Britain", nor a sector of one, "British troops"). The actor may be read off the
    adjective ("*British* imperialists"): the people is the noun it qualifies."""
    if token is not None and token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token is not None and token.tag_ in ("NNS", "NNPS") and not target.sectors and target.country is not None


def _words_on_a_people(token: Token, source: Actor, target: Actor, source_token: Token | None,
                       target_token: Token | None) -> bool:
    """An "attack" by one speaker on a people, with no arms or harm named in the sentence."""
    if not {w.lemma_.lower() for w in _event_words(token)} & VERBAL_BETWEEN_COMPATRIOTS:
        return False
    if not (_one_speaker(source, source_token) and _a_people(target, target_token)):
        return False
    return not any(w.lemma_.lower() in ARMED_WORDS for w in token.sent)


def clash_sense(token: Token, code: str, source: Actor, target: Actor | None,
                source_token: Token | None = None, target_token: Token | None = None) -> str:
    """The code of a "clash" between two officials or politicians, or of an "attack" between two of
    one country, is a verbal one (111); with an armed party, or a crowd or a country, it keeps its
    code, as does an attack on a building or a post of theirs. One speaker's "attack" on a people,
    with no arms in the sentence, is words (111)."""
    if code[:2] == "19" and target is not None and _words_on_a_people(token, source, target, source_token,
                                                                     target_token):
        return VERBAL_CODE
    if code[:2] != "19" or target is None or not (_speaks(source) and _speaks(target)):
        return code
    last = target.text.split()[-1:]
    if last and last[0].lower() in PHYSICAL_TARGETS:
        return code
    lemmas = {w.lemma_.lower() for w in _event_words(token)}
    # An official no country is named for ("a federal judge") is taken to be the other's compatriot.
    compatriots = source.country is None or target.country is None or source.country == target.country
    if lemmas & VERBAL_BETWEEN_OFFICIALS or (lemmas & VERBAL_BETWEEN_COMPATRIOTS and compatriots):
        return VERBAL_CODE
    return code


# Who a crowd in the street is, by the head word of its mention: the agents PETRARCH's dictionary
# codes as the opposition (PROTESTER, DEMONSTRATOR, RIOTER: ~OPP) or as civilians in a body (MOB:
# ~CVL). "Activists" or "supporters" campaign in many ways and are left out.
CROWD_WORDS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                         "rioter", "rioters", "mob", "mobs"})
RIOT_CODE = "145"
# Violence a crowd does with its hands, stones or in a brawl is rioting: unconventional violence
# (180), assault (182), a fight of no named weapon (190). With bombs, missiles or guns the use of
# force is the purpose, which CAMEO codes by its weapon (183x, 193-195) even when protesters did it.
# A crowd looting or burning property riots too: 145 is protest "in a potentially destructive manner".
_RIOT_CODES = frozenset({"180", "182", "190", "171", "1711", "1712"})
# Protests (140, 141x demonstrations) and the words that say one was violent.
_PLAIN_PROTESTS = ("140", "141")
VIOLENT_WORDS = frozenset({"violent"})


def is_crowd(actor: Actor) -> bool:
    # Any word of the mention: it may carry its place ("protesters in Nairobi").
    return not CROWD_WORDS.isdisjoint(word.strip(",.;:'\"()") for word in actor.text.lower().split())


def riot_sense(token: Token, code: str, source: Actor) -> str:
    """A violent act by a crowd of protesters or a mob is a riot (145: "Rioters threw stones at
    police", "demonstrators clashed with troops"); a protest called violent is one too ("violent
    demonstrations", leaf kept: a demonstration for a change of leader, 1411, is a riot for one,
    1451). Any other act keeps its code."""
    if code in _RIOT_CODES and is_crowd(source):
        return RIOT_CODE
    # The protest noun itself, or the one a light verb takes ("held violent demonstrations").
    nouns = [token, *(c for c in token.children if c.dep_ == "dobj")]
    if code[:3] in _PLAIN_PROTESTS and any(c.dep_ == "amod" and c.lemma_.lower() in VIOLENT_WORDS
                                           for noun in nouns for c in noun.children):
        return RIOT_CODE + code[3:]
    return code


# Words naming a police or military undertaking; the word itself says nothing of force used.
OPERATION_WORDS = frozenset({"operation", "operations", "raid", "raids", "sweep", "manhunt"})
POLICE_MOVE_CODE = "150"


def police_move(token: Token, code: str, source: Actor, target: Actor | None) -> bool:
    """Whether a violent code (19x) names an operation by the police against no one named: a
    police move (150), not fighting. The place it happens in names no one either when it is the
    police's own country ("French police launched an operation in Lyon"). Operations by armed
    forces, or aimed at a named party, keep their code."""
    if code[:2] != "19" or not _police_only(source):
        return False
    if target is not None and (target.sectors or target.country is None or target.country != source.country):
        return False
    return any(w.lemma_.lower() in OPERATION_WORDS for w in _event_words(token))


def _event_words(token: Token) -> list[Token]:
    """The word an event was read from and, for a light verb, the noun it carries ("launched an
    *attack*", "carried out a *raid*")."""
    return [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]


def _police_only(actor: Actor) -> bool:
    """The police, and no military or fighters beside them ("police and troops" stay armed forces)."""
    sectors = set(actor.sectors) | {actor.code.lstrip("-")[:3]}
    return "COP" in sectors and sectors.isdisjoint({"MIL", "REB", "UAF", "INS", "SPY"})
