"""Violence and coercion told from the victim's side: who was hit, by what, by whom, and where.

News reports most violence through its victims, in the passive or through a noun: "four children
were killed *in Israeli tank shelling*", "three soldiers were killed *by a roadside bomb*", "*a
roadside bombing* killed one soldier", "soldiers *killed in Ukraine*", "an opposition leader was
arrested *in Moscow*". This module reads, for a violent or coercive verb:

- its **victims**: the subject of a passive, or the noun a reduced passive qualifies ("soldiers
  *killed* in Ukraine");
- its **means**: the noun phrases that say how the act was done: the passive's by-phrase, an
  in/during/from/with phrase ("in an air strike"), a subject that is no actor ("a car bomb
  killed..."), the subject of a "when"-clause ("when a bomb exploded"), a weapon thrown or fired
  in the passive ("grenades were hurled *at a patrol*": the aim is the victim); in the active
  voice also the weapon a verb of use takes ("fired rockets", "detonated a car bomb") and an
  attacker's noun that names one ("suicide bombers", "warplanes"), which refine the code only;
- its **attackers** when no subject names them: the owner of the means ("*Israeli* shelling", "an
  air strike *by government forces*", "an attack on a patrol *by Kosovo Albanians*");
- the **place** in its own phrase ("in the Gaza Strip"), which is where, never whom (an act that
  hits no one named, "fighting in Syria", has no target at all); a victim of no country ("four children") is taken to be of the country it was hit in, as event coders
  (ICEWS's "Citizen (country)", PETRARCH's gold) do;
- the **authority** of that place for legal coercion without an agent: an arrest, a detention, a
  jail sentence or a deportation "in Lebanon" is done by Lebanon's police, courts or government.

An attack whose attacker the text does not name is still an event when its means names a
deliberate attack (a bombing, an air strike, shelling) or the act is deliberate by its very word
(a kidnapping, an assassination), and its victim is identified (a country or a name). Its source
is the unidentified armed forces of the country it happened in ("a roadside bombing near Samarra":
IRQUAF), as ICEWS ("Unidentified Forces (Iraq)") and the PLOVER gold code such attacks; where the
text names no place, the event has no source (docs/OUTPUT.md allows `source: null`), as GDELT
users expect one-sided events for attacks by unknown perpetrators. A munition going off ("a car
bomb exploded in Baghdad") is such an attack too: with no one identified hit, the place it went off
in (or the party whose site it struck: "outside a police station") is its target; with a verb of
harm beside it ("..., killing six"), that verb codes the one attack. With a weapon named, a
state's or armed force of no stated country ("two soldiers") is a victim all the same. Property
looted or torched in a place by someone unnamed is seized or destroyed there (171x, no source).
A death in a crash, a flood or a fire, an unqualified explosion (or a tank, a gas cylinder going
off), or "killed" with nothing said of how, is no event, except for a country's soldiers killed or wounded in another country, who were hit in its fighting
(`soldiers_abroad`). A projectile "fired from Gaza" with no named attacker was fired by the
unidentified forces of the place it came from (`launched_from`), and that place is not its target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from communique.actors.dictionary import INTERNATIONAL_PREFIXES
from communique.events import police
from communique.events.codes import ARMED_SECTORS, STATE_SECTORS, VIOLENT_ROOTS
from communique.events.frames import headline_passive, reduced_passive
from communique.events.roles import MISHAPS, ActorIndex, phrase_actors, subject_of
from communique.events.transforms import ATTEMPT_WORDS, means_leaf
from communique.events.words import PLACE_PREPOSITIONS
from communique.model import Actor

# Words that name a deliberate attack when they say how someone was killed or hurt.
ATTACK_WORDS = frozenset([
    "attack", "attacks", "assault", "raid", "raids", "ambush", "strike", "strikes", "airstrike", "airstrikes",
    "bombing", "bombings", "bomb", "bombs", "bomber", "bombers", "shelling", "bombardment", "barrage",
    "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "shell", "shells", "artillery",
    "gunfire", "gunbattle", "gunfight", "sniper", "snipers", "ied", "ieds", "grenade", "grenades", "drone",
    "tank", "tanks", "knife", "stabbing", "machete", "landmine", "landmines", "operation", "operations",
    "offensive", "crackdown",
    "drones", "massacre",
])
# An explosion or a blast is an attack only when the phrase says it was a bomb: "a gas explosion",
# "an explosion at a gunpowder factory" are accidents.
BLAST_WORDS = frozenset({"explosion", "explosions", "blast", "blasts", "detonation"})
BOMB_QUALIFIERS = frozenset({"bomb", "bombs", "suicide", "car", "roadside", "ied", "terror", "terrorist", "device",
                             "explosive", "explosives", "landmine", "landmines", "limpet"})
# Things made to explode: only these going off ("exploded", "went off") is an attack.
MUNITIONS = (BOMB_QUALIFIERS - {"car", "device", "suicide", "roadside", "terror", "terrorist"}) | {
    "grenade", "grenades", "shell", "shells", "mortar", "mortars", "rocket", "rockets", "missile", "missiles",
    "ieds", "mine", "mines", "vbied", "vbieds"}
# An accident, or a chemical that escaped rather than was used ("a chlorine leak").
LEAKS = frozenset({"accident", "leak", "leaks", "leakage", "spill", "spills"})
# Chemical weapons: an agent made only for war names an attack by itself ("killed by sarin");
# a poison names one with a word of weapon or gas ("poison gas", "chemical weapons"). Tear gas
# (crowd control, 175) and an industrial "toxic gas" leak are neither.
WAR_AGENTS = frozenset({"sarin", "chlorine", "vx", "novichok", "tabun", "soman"})
POISON_WORDS = frozenset({"chemical", "chemicals", "poison", "poisonous", "nerve", "mustard"})
POISON_HEADS = frozenset({"gas", "gases", "weapon", "weapons", "agent", "agents", "munition", "munitions", "bomb",
                          "bombs", "shell", "shells", "attack", "attacks"})
# Acts that are deliberate by their very word: someone did them even when the text does not say
# who (abduction, hijacking, rape, torture, lynching, beheading, assassination, massacre). By the
# verb, not the code: PETRARCH codes a bare "civilians were killed" as a mass killing (202).
DELIBERATE_VERBS = frozenset({"kidnap", "abduct", "hijack", "rape", "torture", "lynch", "behead", "assassinate",
                              "massacre"})
# Verbs of harm whose victims, a country's soldiers abroad, were hit in fighting (soldiers_abroad).
HARM_VERBS = frozenset({"kill", "wound", "injure"})
# Verbs that send a projectile off from where it was fired (launched_from).
LAUNCH_VERBS = frozenset({"fire", "launch", "lob"})
# Verbs whose direct object is the weapon used ("fired rockets", "detonated a car bomb", "carried
# out air strikes", "dropped chlorine bombs", "set off a suicide vest", "used poison gas").
WEAPON_VERBS = frozenset({"fire", "launch", "lob", "detonate", "drop", "use", "carry", "conduct", "set", "hurl",
                          "throw", "unleash", "mount", "stage"})
# Nouns for an attacker that name the weapon too: a suicide bomber bombs, a warplane bombs from the
# air, a tank fires heavy guns (the modifiers decide: "suicide bombers", "Russian jets").
# ("Tanks" is left out: a "think tank" attacks policies.)
ATTACKER_NOUNS = frozenset({"bomber", "bombers", "warplane", "warplanes", "jet", "jets", "aircraft", "helicopter",
                            "helicopters", "drone", "drones", "gunship", "gunships", "kamikaze", "kamikazes"})
# Verbs that throw or fire a weapon at someone, and the prepositions of whom it was aimed at
# ("grenades were hurled *at* a patrol", "rockets were fired *into* the town").
PROJECTILE_VERBS = LAUNCH_VERBS | {"hurl", "throw"}
# Verbs of using a weapon whose passive subject is the weapon, like a projectile's ("chlorine was
# used", "barrel bombs were dropped on the town", "explosives were detonated"). Planting is left
# out: a bomb planted may yet be found and defused.
EMPLOY_VERBS = frozenset({"use", "drop", "deploy", "unleash", "detonate"})
# Verbs of a bomb going off by itself ("a bomb exploded", "an IED went off"): the act of whoever
# set it, told without them.
GOING_OFF_VERBS = frozenset({"explode", "detonate", "go", "blow"})
AIM_PREPOSITIONS = frozenset({"at", "on", "towards", "toward", "into", "against"})
# Prepositions that introduce how an act was done ("killed in an air strike", "wounded by a bomb").
MEANS_PREPOSITIONS = frozenset({"in", "during", "from", "with", "by"})
# Verbs of a "when"-clause that say a device went off or struck ("when a bomb exploded").
DETONATION_VERBS = frozenset({"explode", "detonate", "go", "hit", "strike", "blow", "rip", "tear", "land", "fall"})
DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ch", "ic")
# Legal coercion done by a state's own organs, and the organ that does it: police arrest and
# detain, courts jail, sentence and convict, governments deport and expel, prosecutors and
# investigating judges put suspects under investigation. Asylum, too, only a state grants: "were
# granted asylum in Sweden" is Sweden's government's act (075).
AUTHORITY_CODES = {"173": "COP", "175": "COP", "174": "GOV", "116": "JUD", "091": "JUD", "075": "GOV"}
ASYLUM = "075"
# Verbs of taking or destroying property that only people do on purpose (a flood destroys, it does
# not loot or torch): "shops were looted in Pretoria" is a looting (1711) by someone unnamed.
PLUNDER_VERBS = frozenset({"loot", "ransack", "plunder", "pillage", "torch", "vandalize", "vandalise", "set"})
COURT_VERBS = frozenset({"jail", "imprison", "sentence", "convict"})
COERCIVE_SECTORS = frozenset({"COP", "GOV", "JUD", "MIL", "SPY"})  # the state's arms that arrest and jail
# Stops of a search inside one clause: an embedded clause has its own events and places.
_CLAUSE_STOPS = frozenset({"ccomp", "relcl", "parataxis", "conj", "csubj", "xcomp", "appos", "punct"})


def is_passive(verb: Token) -> bool:
    """A passive verb, finite ("were killed") or a reduced participle ("soldiers killed in...")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return reduced_passive(verb) or headline_passive(verb)


def victim_heads(verb: Token) -> list[Token]:
    """Who suffered the act: the subject of a passive, the noun a reduced passive qualifies (or
    that a relative "who were killed" stands for), else the direct object."""
    if thrown_projectile(verb) is not None:
        # "a grenade was hurled *at soldiers*": the passive subject is the weapon, the aim the victim.
        return [c for p in verb.children if p.dep_ == "prep" and p.lower_ in AIM_PREPOSITIONS
                for c in p.children if c.dep_ == "pobj"]
    heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if heads and verb.dep_ == "relcl" and heads[0].tag_ in ("WP", "WDT"):
        return [verb.head]  # "soldiers who were killed": the soldiers
    if not heads and reduced_passive(verb):
        return [verb.head]
    if not heads and headline_passive(verb):
        return [c for c in verb.children if c.dep_ == "nsubj"]  # "US helicopter shot down over Syria"
    return heads or [c for c in verb.children if c.dep_ == "dobj"]


def victims(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    found: list[tuple[Actor, Token]] = []
    for head in victim_heads(verb):
        found.extend(a for a in phrase_actors(head, actors) if all(a[0].code != f[0].code for f in found))
    return found


def thrown_projectile(verb: Token) -> Token | None:
    """The weapon a passive verb of throwing or firing has as its subject ("grenades were hurled
    at a police patrol", "rockets were fired at the town"), or None."""
    if verb.lemma_.lower() not in PROJECTILE_VERBS | EMPLOY_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and names_attack(means_words([child])):
            return child
    return None


def means_of(verb: Token, actors: ActorIndex) -> list[Token]:
    """Heads of the noun phrases that say how the act was done, nearest the verb first."""
    projectile = thrown_projectile(verb)
    found: list[Token] = [projectile] if projectile is not None else []
    for child in verb.children:
        if child.dep_ in ("agent", "prep") and child.lower_ in MEANS_PREPOSITIONS:
            found.extend(c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN")
        elif child.dep_ == "nsubj" and child.pos_ == "NOUN" and actors.at(child) is None and not headline_passive(verb):
            # "a roadside bombing killed..." (not "Canadian drone shot down": a headline's victim)
            found.append(child)
        elif child.dep_ == "advcl" and child.lemma_.lower() in DETONATION_VERBS:
            # "were killed when a bomb exploded", "wounded when a mortar round hit their post"
            found.extend(c for c in child.children if c.dep_ == "nsubj" and _common_noun(c))
    # "one soldier was killed and two were wounded when a bomb exploded": the when-clause tells
    # how for both coordinated verbs of harm, though parsers hang it on one of them.
    partners = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for partner in (p for p in partners if p.lemma_.lower() in HARM_VERBS and verb.lemma_.lower() in HARM_VERBS):
        for clause in (c for c in partner.children if c.dep_ == "advcl" and c.lemma_.lower() in DETONATION_VERBS):
            found.extend(c for c in clause.children if c.dep_ == "nsubj" and _common_noun(c))
    if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        # "A car bomb exploded in the market, *killing* six": the subject of the verb it follows.
        found.extend(c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and actors.at(c) is None)
    # What went off is a means of attack only when it is a munition: "a tank at the plant
    # exploded", "a gas cylinder blew up" are accidents.
    return [m for m in found if not went_off(m) or names_munition(means_words([m]))]


def weapon_heads(verb: Token) -> list[Token]:
    """In the active voice, the nouns that say with what the attacker acted: the weapon a verb of
    use takes as its object ("fired rockets", "detonated a car bomb", "carried out a chemical
    attack", "dropped barrel bombs") and the attacker's own noun when it names the means ("suicide
    bombers blew themselves up", "warplanes pounded the town"). Read for the code's leaf only,
    never for who acted: the subject stays the attacker."""
    if is_passive(verb):
        return []
    heads = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"] \
        if verb.lemma_.lower() in WEAPON_VERBS else []
    subject = subject_of(verb)
    if subject is not None and subject.pos_ == "NOUN" and subject.lower_ in ATTACKER_NOUNS:
        heads.append(subject)
    return heads


def means_words(heads: Iterable[Token]) -> frozenset[str]:
    """The lower-case forms and lemmas of a means phrase's head and modifiers ("suicide car bomb")."""
    words: set[str] = set()
    for head in heads:
        stack = [head]
        while stack:
            node = stack.pop()
            words.update((node.lower_, node.lemma_.lower()))
            stack.extend(c for c in node.children if c.dep_ in ("compound", "amod", "nmod") and c.i < node.i)
    return frozenset(words)


def _common_noun(token: Token) -> bool:
    """A common noun, or an acronym of a munition that small models tag as a name ("an *IED*")."""
    return token.pos_ == "NOUN" or token.lower_ in MUNITIONS


def went_off(noun: Token) -> bool:
    """The subject of a verb of going off with no object ("a tank *exploded*"; not "a suicide
    bomber *detonated* a device", whose subject set it off)."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in GOING_OFF_VERBS and not any(
        c.dep_ == "dobj" for c in verb.children)


def names_munition(words: frozenset[str]) -> bool:
    """Does a phrase name something made to explode ("a roadside bomb", "a mortar shell", "an
    IED"), not a tank, a cylinder or a boiler?"""
    return words.isdisjoint(MISHAPS) and "coal" not in words and not words.isdisjoint(MUNITIONS) or (
        "device" in words and not words.isdisjoint({"explosive", "improvised"}))


def names_attack(words: frozenset[str]) -> bool:
    """Does a means phrase name a deliberate attack (not an accident or a disaster)?"""
    if not words.isdisjoint(MISHAPS) or not words.isdisjoint(LEAKS):
        return False
    if not words.isdisjoint(ATTACK_WORDS):
        return True
    if "device" in words and not words.isdisjoint({"explosive", "improvised"}):
        return True  # "an improvised explosive device"
    if not words.isdisjoint(WAR_AGENTS) or (not words.isdisjoint(POISON_WORDS) and not words.isdisjoint(POISON_HEADS)):
        return True  # "chlorine was used", "a poison gas attack"
    return not words.isdisjoint(BLAST_WORDS) and not words.isdisjoint(BOMB_QUALIFIERS)


def attackers(verb: Token, actors: ActorIndex, means: list[Token]) -> list[tuple[Actor, Token]]:
    """Who did an act whose subject names no one, read off its means: a modifier ("*Israeli* tank
    shelling", "a *Taliban* attack") or a by-phrase inside the means phrase ("an air strike *by
    government forces*", "an attack on a police patrol *by Kosovo Albanians*", where small parsers
    hang the by-phrase on the nearer noun)."""
    for head in means:
        if not names_attack(means_words([head])):
            continue  # "killed in *Aleppo* province": a place, not the owner of a weapon
        for node in head.children:
            if node.dep_ in ("amod", "compound", "nmod", "poss") and node.i < head.i:
                hit = phrase_actors(node, actors, with_conjuncts=False)
                if hit:
                    return hit[:1]
        for node in _phrase(head):
            if node.dep_ in ("prep", "agent") and node.lower_ == "by":
                for pobj in (c for c in node.children if c.dep_ == "pobj"):
                    hit = phrase_actors(pobj, actors)
                    if hit:
                        return hit
        for launch in (c for c in head.children if c.dep_ == "acl"):
            origin = launched_from(launch, actors)  # "a rocket *fired from Gaza* hit..."
            if origin is not None:
                return [origin]
    projectile = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    if projectile and names_attack(means_words(projectile)):
        origin = launched_from(verb, actors)  # "two rockets *were fired from Lebanon* into Israel"
        if origin is not None:
            return [origin]
    return []


def launched_from(verb: Token, actors: ActorIndex) -> tuple[Actor, Token] | None:
    """A projectile "fired from Gaza", "launched from Lebanon": news names where rockets and
    mortars come from when it cannot name who fired them; they are then the unidentified forces of
    that place, as an attack there by unknown attackers is (ICEWS's "Unidentified Forces").
    A place of no country, "from the sea", "from a helicopter", says nothing of whose."""
    if verb.lemma_.lower() not in LAUNCH_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            actor = actors.at(pobj)
            if actor is not None and is_place(actor, pobj):
                return unidentified_forces((actor, pobj))
    return None


def _phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase without its clauses: a by-phrase in "a missile *believed to be
    fired by* rebels" is a hedged claim of its own, not the phrase's attacker."""
    found: list[Token] = []
    stack = [head]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _CLAUSE_STOPS and c.dep_ not in ("acl", "advcl"))
    return found


def is_place(actor: Actor, token: Token) -> bool:
    """A country, region or city named as a noun ("in *Gaza*"), not a demonym ("in *Russian*
    shelling", which small models tag as a proper noun). The model's NORP tag alone does not
    decide: it also tags cities ("Aleppo"); a demonym also has a demonym's ending."""
    demonym = token.ent_type_ == "NORP" and token.lower_.endswith(DEMONYM_ENDINGS)
    return actor.country is not None and not actor.sectors and token.pos_ == "PROPN" and not demonym


def place_of(verb: Token, actors: ActorIndex, taken: set[int], means: list[Token]) -> tuple[Actor, Token] | None:
    """Where the act happened, within its own clause: a place reached from the verb through
    prepositions of place (and "of": "in the east *of* the Gaza Strip"), not through its subject
    (unless the subject is the means: "a roadside bombing *near Samarra* killed..."), its objects
    or an embedded clause. An act named by an attempt noun happened where the attempt did ("an
    attempt to assassinate the governor was thwarted *in Khanty-Mansiysk*")."""
    best: tuple[int, tuple[Actor, Token]] | None = None
    attempt = attempt_of(verb)
    clauses = [verb] if attempt is None or attempt.pos_ != "NOUN" else [verb, attempt.head]
    # The clause the means is the subject of says where it struck: "killed when a bomb exploded
    # *in Kabul*", "a bomb exploded *in Kabul*, killing six".
    clauses.extend(m.head for m in means if m.dep_ == "nsubj" and m.head.i != verb.i)
    means_at = {m.i for m in means}
    for clause in clauses:
        for token in clause.subtree:
            actor = actors.at(token)
            if actor is None or token.i in taken or not is_place(actor, token):
                continue
            # "in *Turkey's* Izmir province", "in the *Kabul* suburbs": a place naming the place.
            phrase = token.head if token.dep_ in ("compound", "poss") and token.head.dep_ == "pobj" else token
            if phrase.dep_ != "pobj" or phrase.pos_ not in ("NOUN", "PROPN"):
                continue
            depth = _place_path(phrase, clause, means_at)
            if depth is not None and (best is None or depth < best[0]):
                best = (depth, (actor, token))
        if best is not None:
            break
    return best[1] if best else None


def site_parties(verb: Token, actors: ActorIndex, means: list[Token]) -> list[tuple[Actor, Token]]:
    """Parties, not places, named where an act happened ("exploded *outside a police station*"),
    nearest first."""
    found: list[tuple[int, tuple[Actor, Token]]] = []
    means_at = {m.i for m in means}
    for token in verb.subtree:
        actor = actors.at(token)
        if actor is None or token.dep_ != "pobj" or is_place(actor, token):
            continue
        depth = _place_path(token, verb, means_at)
        if depth is not None:
            found.append((depth, (actor, token)))
    return [hit for _, hit in sorted(found, key=lambda f: f[0])]


def _place_path(token: Token, verb: Token, means: set[int]) -> int | None:
    """The number of steps from a place up to the verb, when every preposition on the way is one
    of place (or "of", "under") and one is of place; None when the path leaves the clause or
    passes a preposition of direction ("deported *to* Turkey": Turkey is where they went)."""
    steps = 0
    located = False
    node = token
    while node.i != verb.i:
        if node.dep_ in _CLAUSE_STOPS or node.dep_ in ("nsubjpass", "dobj") or (
                node.dep_ == "nsubj" and node.i not in means):
            return None
        # An agent is crossed: "killed by air strikes *in Aleppo*" is where the means struck.
        if node.dep_ == "prep":
            if node.lower_ in PLACE_PREPOSITIONS:
                located = True
            elif node.lower_ not in ("of", "under"):  # "in the east *of* Gaza", "*under* investigation in Italy"
                return None
        if node.head.i == node.i:
            return None
        node = node.head
        steps += 1
    return steps if located else None


def placed(victim: tuple[Actor, Token], place: tuple[Actor, Token] | None) -> tuple[Actor, Token]:
    """A victim of no country, hit in a place, is of that place: "four children were killed in the
    Gaza Strip" (PSEGZA + CVL)."""
    actor, token = victim
    role = actor.code.lstrip("-")  # "---CVL", or "PPL" for the dictionary's bare people
    if place is None or actor.country is not None or actor.name is not None or not role:
        return victim
    if role.startswith(INTERNATIONAL_PREFIXES):
        return victim  # "Isis fighters captured in Syria" are the group's, not Syria's

    where = place[0]
    sectors = actor.sectors or tuple(role[i:i + 3] for i in range(0, len(role), 3))
    return Actor(code=where.code + role, country=where.country, sectors=sectors, name=None, text=actor.text,
                 start=actor.start, end=actor.end, rule=f"{actor.rule} +place {where.code}".strip()), token


def identified(actor: Actor) -> bool:
    """A victim worth a one-sided event: of a country, or a named person or body."""
    return actor.country is not None or actor.name is not None


_FORCE_SECTORS = STATE_SECTORS | ARMED_SECTORS


def a_force(actor: Actor) -> bool:
    """A state's organ or an armed force, a party even of no stated country ("soldiers", "police")."""
    return not _FORCE_SECTORS.isdisjoint(actor.sectors)


def authority(verb: Token, code: str, place: tuple[Actor, Token] | None) -> list[tuple[Actor, Token]]:
    """Who arrested, jailed, convicted or deported someone "in Lebanon" when the text names no
    agent: that country's police, courts or government, whose act an arrest there is in law."""
    if place is None or code not in AUTHORITY_CODES:
        return []
    sector = "JUD" if verb.lemma_.lower() in COURT_VERBS else AUTHORITY_CODES[code]
    where, token = place
    assert where.country is not None  # is_place
    actor = Actor(code=where.country + sector, country=where.country, sectors=(sector,), name=None,
                  text=where.text, start=where.start, end=where.end, rule="authority of the place")
    return [(actor, token)]


@dataclass(frozen=True)
class VictimSide:
    code: str
    sources: list[tuple[Actor, Token]]
    targets: list[tuple[Actor, Token]]
    unattributed: bool = False  # an attack by an attacker the text does not name: no source
    note: str = ""  # the rule that supplied a party, for the event's rule


def victim_side(verb: Token, code: str, sources: list[tuple[Actor, Token]], targets: list[tuple[Actor, Token]],
                actors: ActorIndex) -> VictimSide:
    """A violent or coercive verb's code, sources and targets read from the victim's side, and
    whether it is an attack by an unnamed attacker (coded with no source)."""
    root = code[:2]
    means = means_of(verb, actors)
    words = means_words(means)
    attack = names_attack(words)
    if root in VIOLENT_ROOTS:
        code = means_leaf(code, words | means_words(weapon_heads(verb))) or code
    taken = {t.i for _, t in sources}
    place = place_of(verb, actors, taken | {tok.i for a, tok in targets if not is_place(a, tok)}, means)
    # A place is where, not whom, when the act names people it hit: "killed in Ukraine" hit the
    # soldiers, and a dateline read as a second subject ("GAZA CITY: Four children were killed")
    # was killed by no one.
    people = [v for v in victims(verb, actors) if not is_place(*v)]
    if people and targets and all(is_place(*t) for t in targets):
        targets = people
    if place is not None and root in VIOLENT_ROOTS and not victim_heads(verb) and all(
            t[1].i == place[1].i for t in targets):
        # "British citizens are fighting *in Syria*", "rebels clashed *in Aleppo*": a verb that
        # names no one it hit (no object, no passive subject) happens in the place; fighting
        # there is no attack on that country. With a victim, even of no actor ("attacked a
        # school in Peshawar"), the place stands for whom was hit, as below.
        targets = []
    if place is not None and code != ASYLUM:
        # (Those granted asylum somewhere are by definition not of that place.)
        targets = [placed(t, place) for t in targets if t[1].i != place[1].i] or targets
    coercion = root == "17" or code in AUTHORITY_CODES
    if sources:
        # "fired at it *from the Gaza Strip*": where the attackers are is not whom they hit
        targets = [t for t in targets if t[1].i not in taken and not same_place(t[0], sources)]
        if place is not None:
            # "arrested by police in Istanbul": a state's police, courts or soldiers of no stated
            # country act where they have authority; "killed by gunmen in Kabul": unidentified
            # armed men are the place's, as below.
            own = COERCIVE_SECTORS if coercion else frozenset({"UAF"})
            sources = [placed(s, place) if s[0].sectors and set(s[0].sectors) <= own else s for s in sources]
        return VictimSide(code, sources, targets)
    passive = is_passive(verb)
    if coercion and passive:
        arrest = police.is_arrest(verb, code) and police.arrested_persons(victim_heads(verb), actors)
        if arrest or any(identified(a) for a, _ in victims(verb, actors)):
            found = authority(verb, code, place)
            if found:
                return VictimSide(code, found, targets, note="authority of the place")
            if arrest:
                # "five activists were arrested today": by the story's police (communique.events.police)
                # (a place is where, not whom: "he was arrested in Barstow, *California*")
                return VictimSide(code, [(police.story_police(verb, actors), verb)],
                                  [t for t in targets if not is_place(*t)], note="police of the story")
        if code[:3] == "171" and verb.lemma_.lower() in PLUNDER_VERBS and place is not None \
                and words.isdisjoint(MISHAPS):
            # "dozens of shops were looted in Pretoria", "houses were set alight in the township
            # of Alexandra": property seized or destroyed there, its taker unnamed (no source).
            return VictimSide(code, [], [t for t in targets if not is_place(*t)] or [place], unattributed=True,
                              note="unknown attacker")
        return VictimSide(code, sources, targets)
    shooter = police.firing_by(verb, actors) if root in VIOLENT_ROOTS and passive else None
    if shooter is not None:
        # "two persons were killed in police firing": shot by the police (communique.events.police)
        hit = [placed(v, place) for v in victims(verb, actors)]
        others = [t for t in targets if t[1].i != shooter[1].i]  # the firing's owner is not its victim
        return VictimSide(police.SMALL_ARMS_CODE, [shooter], hit or others, note=police.FIRING_RULE)
    if root not in VIOLENT_ROOTS or not (attack or verb.lemma_.lower() in DELIBERATE_VERBS
                                         or soldiers_abroad(verb, actors, place)):
        return VictimSide(code, sources, targets)
    subject = None if passive else subject_of(verb)
    attempt = attempt_of(verb)
    # Unknown: a passive without agent, a means as subject ("a car bomb killed..."), or an attempt
    # noun, which names the act, not who tried it ("an attempt to assassinate the governor").
    unknown = passive or subject is not None and (subject.i in {m.i for m in means}
                                                  or attempt is not None and subject.i == attempt.i)
    if not unknown or any(c.dep_ == "poss" and c.pos_ == "PRON" for m in means for c in m.children):
        # "*their* attacks target Shia Muslims": the possessive names a doer, unresolved here.
        # "he kidnapped two Britons", "accused the government of torturing detainees": a doer the
        # text names (or a pronoun left unresolved), not an unknown one.
        return VictimSide(code, sources, targets)
    if goes_off_with_harm(verb):
        # "a bomb exploded, killing six", "were killed when an IED detonated": the verb of harm
        # codes the one attack, with its victims.
        return VictimSide(code, [], [])
    hit = [placed(v, place) for v in victims(verb, actors)]
    # With a weapon named, a state's or an armed force of no stated country is hit all the same
    # ("two soldiers were killed by a roadside bomb": ---MIL); "people", "civilians" of no
    # country are no one in particular.
    hit = [v for v in hit if identified(v[0]) or attack and a_force(v[0])]
    if not hit and place is not None and attack:
        # "a car bomb exploded in Baghdad", "two people were killed in a bombing in Kabul": an
        # attack that hit no one identified struck the place, as "attacked a school in Peshawar"
        # does; its attacker is the place's unidentified forces, as below.
        return VictimSide(code, [unidentified_forces(place)], [place], note="unidentified forces of the place")
    if not hit and not victim_heads(verb) and attack:
        # "a car bomb exploded *outside a police station* in Baghdad": with no one named hit, the
        # party whose site it struck was hit (IRQCOP).
        hit = [a for a in site_parties(verb, actors, means) if identified(a[0]) or a_force(a[0])][:1]
    if hit and place is not None:
        # An attack by unidentified forces in a country is coded to that country's unidentified
        # armed forces (UAF), as ICEWS ("Unidentified Forces (Iraq)") and the PLOVER gold code
        # "a roadside bombing near Samarra": IRQUAF. Without a place: no source at all.
        return VictimSide(code, [unidentified_forces(place)], hit, note="unidentified forces of the place")
    return VictimSide(code, sources, hit if hit else targets, unattributed=bool(hit),
                      note="unknown attacker" if hit else "")


def soldiers_abroad(verb: Token, actors: ActorIndex, place: tuple[Actor, Token] | None) -> bool:
    """"Ten Russian soldiers were killed in Ukraine", "there were two US troops wounded in
    Afghanistan": a country's soldiers killed or wounded in another country were hit in its fighting,
    though the sentence does not say how; news names the cause when it is an accident ("in a
    helicopter crash"). At home ("Indian soldiers were killed in Kashmir") or for civilians, a
    bare "killed" may be anything, and stays no event."""
    if place is None or verb.lemma_.lower() not in HARM_VERBS:
        return False
    hit = victims(verb, actors)
    if not hit or not all(a.country is not None and "MIL" in a.sectors and a.country != place[0].country
                          for a, _ in hit):
        return False
    clause = {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}
    return clause.isdisjoint(MISHAPS)  # MISHAPS has "accident"


def goes_off_with_harm(verb: Token) -> bool:
    """A bomb going off in a clause with a verb of harm ("a bomb exploded in the market, *killing*
    six"; "were *killed* when an IED detonated"), which says whom it hit."""
    if verb.lemma_.lower() not in GOING_OFF_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.dep_ == "advcl" and verb.head.lemma_.lower() in HARM_VERBS:
        return True
    return any(c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in HARM_VERBS
               for c in verb.children)


def same_place(actor: Actor, sources: list[tuple[Actor, Token]]) -> bool:
    """The actor is the place whose unidentified forces are a source (read off the same words)."""
    return any(s.sectors == ("UAF",) and (s.start, s.end) == (actor.start, actor.end) for s, _ in sources)


def unidentified_forces(place: tuple[Actor, Token]) -> tuple[Actor, Token]:
    where, token = place
    assert where.country is not None  # is_place
    return Actor(code=where.country + "UAF", country=where.country, sectors=("UAF",), name=None, text=where.text,
                 start=where.start, end=where.end, rule="unidentified forces of the place"), token


def attempt_of(verb: Token) -> Token | None:
    """The attempt an act is the aim of: "*tried* to assassinate", "an *attempt* to assassinate"."""
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl", "acl") and head.i != verb.i and head.lemma_.lower() in ATTEMPT_WORDS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return head
    return None
