"""Police and security-force acts that news reports without naming who did them: agentless
arrests, deaths "in police firing", forces "deployed" (the verb patterns for the police's named
acts, crowd control and flag marches are in Block L of verbs.communique.txt).

News reports most arrests from the side of the arrested: "five activists were arrested today",
"about a dozen men were nabbed in the city", "the 62 persons arrested in Godhra", "they were
detained and later released". An arrest is, in law, the act of the state's police (CAMEO 173's
source is the arresting authority), so a passive of a verb that means "arrest" with no agent is
the police's act: the police of the place it happened in when the sentence names one (the rule
`victims.authority` applies for identified victims), else the police of the story, the one
country whose police the article itself names, else police of no stated country.

Only verbs that mean taking a person into custody count (arrest, detain, nab, apprehend, round
up, take into custody); the act must have a person as its victim, so "the decline was arrested"
and "the shipment was detained" stay no event. An arrest told as background ("since he was
arrested a year ago", "in 1994", "who had been arrested") or a detention that is a state ("women
who were being detained in camps") is no event of the story, and a named agent ("by the Gestapo")
is never replaced by the police.

Deaths and injuries "in police firing" name the shooter in the means phrase: "two persons were
killed in police firing", "injured in firing by the police". Firing is shooting with small arms
(CAMEO 193), by the armed party that owns it; nobody is killed or injured by the other "firing"
(of employees), so the harm verb decides the sense. CAMEO has no "killed" code for this: police
shooting kills by small arms (193), and 1823 is killing *without* weapons.

A force "deployed" with no one named who sent it ("security forces have been deployed in the
city", "troops deployed along the border") is that force's own posture: police mobilised (153,
as PETRARCH codes "deployed police") or armed forces mobilised (154), with the force as source.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.events.codes import armed
from communique.events.frames import reduced_passive
from communique.events.roles import ActorIndex, agent_of, phrase_actors
from communique.model import Actor

ARREST_CODE = "173"
# Verbs whose agentless passive is an arrest by the police. "Nab" and "round up" are the news
# words for it ("police nabbed two suspects", "rounded up hundreds of protesters"), and "booked"
# (under an act, on charges: only those patterns code it 173) is charged by the police; "hold"
# and "pick up" also mean many other things and are left out.
ARREST_LEMMAS = frozenset({"arrest", "detain", "nab", "apprehend", "round", "take", "book"})
# What a verb of arrest can stop that is no person: "the decline was arrested", "a ship detained".
NOT_PERSONS = frozenset({
    "decline", "growth", "development", "progress", "spread", "fall", "slide", "attention", "shipment",
    "ship", "vessel", "cargo", "consignment", "goods", "vehicle", "vehicles", "truck", "trucks", "car",
    "cars", "tanker", "flight", "plane", "it", "this", "that", "which",
})
# Nouns of shooting that say how someone was killed or hurt ("in police firing"); they count only
# with an armed owner ("police", "the army"), so "killed in a fire" stays an accident.
FIRING_WORDS = frozenset({"firing", "gunfire", "shooting", "fire"})
SMALL_ARMS_CODE = "193"
FIRING_RULE = "firing by an armed party"
# Prepositions that say how ("killed in police firing", "injured during firing", "killed by police fire").
MEANS_PREPOSITIONS = frozenset({"in", "during", "by"})
# Conjunctions of a clause of time, and the spans "last ..." dates a clause back by.
TIME_MARKS = frozenset({"when", "since", "after", "before", "until", "once", "as"})
PAST_SPANS = frozenset({"year", "month", "week", "summer", "winter", "spring", "autumn", "fall", "january",
                        "february", "march", "april", "may", "june", "july", "august", "september", "october",
                        "november", "december"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who", "whom", "him", "them"})


def is_arrest(verb: Token, code: str) -> bool:
    """A verb of taking a person into custody coded as an arrest: "round" only with "up", "take"
    only "into custody". Not in the past perfect: "the activist, who had been arrested 15 months
    ago" tells the background of the news, an arrest that is no event of the story. Nor is being
    held an arrest: "women who were *being* detained in a camp", "foreigners *detained* in Syria"
    (a reduced passive of "detain" is mostly the state of detention; of "arrest", the act). A
    passive whose agent the text names ("by the Gestapo", "detained and disappeared by Isis") was
    done by that agent, whether or not it is an actor: never the police."""
    lemma = verb.lemma_.lower()
    if code != ARREST_CODE or lemma not in ARREST_LEMMAS:
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return False
    if lemma == "detain" and reduced_passive(verb):
        return False
    if background(verb):
        return False
    if any(agent_of(v) is not None for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))):
        return False
    if lemma == "round":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma == "take":
        return any(c.lower_ == "into" and any(g.lower_ == "custody" for g in c.children) for c in verb.children)
    return True


def background(verb: Token) -> bool:
    """An arrest told as the background of the news: in a clause of time ("*since* he was arrested",
    "*when* he was first arrested", "*after* 15 boys were detained"), or dated in the past by the
    clause itself ("a year *ago*", "*last* summer", "in *1994*" in a story of another year).
    News reports its own arrests in main clauses, dated today, yesterday or by a weekday."""
    if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS or c.dep_ == "advmod" and c.lower_ == "when"
           for c in verb.children):
        return True  # "after 15 boys were detained", "in 2005, when Wang was detained"
    if verb.dep_ == "relcl" and verb.head.lower_ in ("moment", "day", "time", "year", "month", "week"):
        return True  # "the moment her son was arrested"
    date = verb.doc._.doc_date if verb.doc.has_extension("doc_date") else None
    # the verb's own adverbials and their objects ("in 1994", "last summer"), and those of a verb
    # it is coordinated with ("was arrested and beheaded ... in 1943")
    clause = {verb.i} | {c.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"}
    for token in verb.subtree:
        if token.head.i not in clause and token.head.head.i not in clause:
            continue
        if token.lower_ == "ago" or (token.lower_ == "last" and token.head.lower_ in PAST_SPANS):
            return True
        if token.like_num and len(token.text) == 4 and token.text.isdigit() and token.dep_ == "pobj":
            year = int(token.text)
            if year > 1900 and (date is None or str(year) != str(date)[:4]):
                return True
    return False


def arrested_persons(heads: list[Token], actors: ActorIndex) -> bool:
    """Whether whom the act stopped is people: an actor, a personal pronoun, a number ("the four
    were arrested"), or a noun that names no thing a verb of arrest also stops."""
    for head in heads:
        if actors.at(head) is not None:
            return True
        word = head.lower_
        if word in NOT_PERSONS or head.lemma_.lower() in NOT_PERSONS:
            continue
        if head.pos_ == "PRON" and word in PERSONAL_PRONOUNS or head.pos_ == "NUM":
            return True
        if head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def story_police(verb: Token, actors: ActorIndex) -> Actor:
    """The police of the story: of the one country whose police the article names ("Gujarat
    police", "Indian police" read as INDCOP), else police of no stated country. The actor is read
    off the verb, whose words are all the text says of who arrested."""
    countries = {
        actor.country
        for bucket in actors.by_token.values()
        for actor in bucket
        if actor.country is not None and actor.sectors[:1] == ("COP",)
    }
    country = next(iter(countries)) if len(countries) == 1 else None
    doc = verb.doc
    start, end = verb.idx, verb.idx + len(verb)
    return Actor(code=(country or "") + "COP", country=country,
                 sectors=("COP",), name=None, text=doc.text[start:end], start=start, end=end,
                 rule="police of the story (agentless arrest)")


def act_on_people(verb: Token, code: str, actors: ActorIndex, rules: tuple[str, ...]) -> bool:
    """An arrest, or a shooting by an armed party (rule `FIRING_RULE`), of people the text names by
    no actor ("police nabbed two suspects", "they were detained", "one person was killed in police
    firing"): still the act, coded without a target, as a protest or a show of force is."""
    if not is_arrest(verb, code) and FIRING_RULE not in rules:
        return False
    heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not heads and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        heads = [verb.head]  # "the persons arrested in the state"
    return arrested_persons(heads, actors)


def firing_by(verb: Token, actors: ActorIndex) -> tuple[Actor, Token] | None:
    """The armed party whose firing the act was done in: "killed in *police* firing", "injured
    in firing by *the police*", whichever way the parser hangs "police firing" (a compound, or
    "police" with "firing" as its participle)."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in MEANS_PREPOSITIONS:
            continue
        for pobj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):  # "in firing": a pcomp
            if pobj.lower_ in FIRING_WORDS:
                owners = [c for c in pobj.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < pobj.i]
                owners += [g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"
                           for g in c.children if g.dep_ == "pobj"]
            elif any(c.dep_ == "acl" and c.lower_ in FIRING_WORDS and c.i == pobj.i + 1 for c in pobj.children):
                owners = [pobj]
            else:
                continue
            for owner in owners:
                found = [a for a in phrase_actors(owner, actors, with_conjuncts=False) if armed(a[0].sectors, a[0].code)]
                if found:
                    return found[0]
    return None


POLICE_POWER = "153"
# Units a force is counted in: "six companies of paramilitary forces", "two columns of the army".
FORCE_UNITS = frozenset({"company", "companies", "column", "columns", "battalion", "battalions", "platoon",
                         "platoons", "contingent", "contingents", "unit", "units", "squad", "squads"})
ARMED_FORCES = "154"


def deployed_forces(verb: Token, code: str, targets: list[tuple[Actor, Token]], actors: ActorIndex
                    ) -> tuple[str, list[tuple[Actor, Token]], list[tuple[Actor, Token]]] | None:
    """A deployment in the passive with no agent ("police were deployed", "troops deployed near
    the border", "six companies of paramilitary forces were deployed"): the deployed armed force
    is the source of its own posture, police 153, others 154; the other targets stay targets. None
    when it is no such deployment."""
    if code not in (POLICE_POWER, ARMED_FORCES) or verb.lemma_.lower() != "deploy" or agent_of(verb) is not None:
        return None
    heads = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not heads and reduced_passive(verb):
        heads = [verb.head]
    forces: list[tuple[Actor, Token]] = []
    for head in heads:
        for actor, token in phrase_actors(head, actors):
            if token.lemma_.lower() in FORCE_UNITS:
                # "three companies of the state reserve police": the unit is of the force named after it
                for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                    forces.extend(f for g in prep.children if g.dep_ == "pobj" for f in phrase_actors(g, actors))
            else:
                forces.append((actor, token))
    forces = [f for f in forces if armed(f[0].sectors, f[0].code)]
    if not forces:
        return None
    deployed = {t.i for head in heads for t in head.subtree}
    police = all(f[0].sectors[:1] == ("COP",) for f in forces)
    return POLICE_POWER if police else ARMED_FORCES, forces, [t for t in targets if t[1].i not in deployed]
