"""Who acts and who is acted on: actors read off the dependency parse around an event word.

Actor mentions come from ``doc.spans["cameo_actors"]`` (the ``cameo_actors`` component). An
`ActorIndex` maps every token to the mention covering it. A phrase's actors are found at its
head, its modifiers ("the *Russian* minister", "*Russia's* army"), an "of" complement ("the
leaders *of Iran*") and its conjuncts ("Russia *and Ukraine*": two actors, so two events).
Sources are subjects, or the agent of a passive ("was attacked *by* X"), or for a passive
expulsion the country after "from" ("was expelled *from Germany*": communique.events.expulsions);
a verb without a subject borrows the one of the verb it depends on ("prepared to *attend*",
"met and *agreed*").
Targets are objects, the subject of a passive, then prepositional complements in an order that
puts the addressee first ("with", "to", "against", "on"...). An object that is the source's own
means ("sent *its troops* to Mali") gives way to where they go; an asking verb is an appeal only
when it asks for something; "took part in X" makes X the event. What only frames an act is no
party to it: where fighting or a state's own rally happens, a forum ("in court"), a settlement
("in the village of..."), a path ("through Syria"), a reporter ("according to"), a reason ("for
his decision"), a place noun modifying the object ("a *prison* sentence") and the parties of a
time adjunct ("since a US-led invasion"); nor is a complaint aimed at a clause's subject who
suffers the wrong or is the complainer's own people ("complained that *its farmers* were losing").
The scene, forum and settlement predicates are communique.events.scenes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from spacy.tokens import Doc, Token

from communique.events import nominal, visits
from communique.events.codes import STATE_SECTORS, VIOLENT_ROOTS
from communique.events.frames import headline_agent, headline_passive, raised_objects
from communique.events.modality import is_mandative
from communique.events.nominal import PLACE_MODIFIERS, measured_by
from communique.events.scenes import (
    FIGHTING_VERBS,
    SETTING_PREPOSITIONS,
    fighting_scene,
    fronted_setting,
    is_rally,
    settlement,
    venue,
)
from communique.events.words import PLACE_PREPOSITIONS
from communique.model import Actor
from communique.nlp.extensions import ACTOR_SPANS_KEY

TARGET_PREPOSITIONS = (
    "with", "to", "against", "on", "toward", "towards", "at", "into", "from", "over", "upon", "for",
    "between", "of", "in",
)
MISHAPS = frozenset(
    ["crash", "accident", "collision", "earthquake", "quake", "flood", "flooding", "storm", "hurricane",
     "typhoon", "cyclone", "fire", "blaze", "landslide", "avalanche", "collapse", "outbreak", "disease",
     "epidemic", "tsunami", "drought", "heatwave", "derailment", "shipwreck"]
)
# Verbs whose subject, not object, does what their infinitive says ("promised Iran to help").
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "offer", "threaten"})
# Verbs whose object is a place gone to, a means or an event, never the doer of the infinitive
# that follows ("toured *Washington* to press the case", "used its veto to block", "held talks to
# discuss"): their subject does it.
PURPOSE_HEADS = frozenset({"visit", "tour", "leave", "enter", "reach", "cross", "use", "hold", "convene", "organise",
                           "organize"})
# Verbs whose "to"-clause small parsers attach as an adverbial clause ("pressured X to help").
OBJECT_CONTROL = frozenset(["pressure", "press", "push", "force", "urge", "ask", "persuade", "convince", "invite", "tell", "order", "encourage"])

# Heads that only count or gather the people of their "of" complement ("thousands of Iraqi
# Kurds", "a crowd of Palestinian youths"): those people's actor is the phrase's.
COLLECTIVE_HEADS = frozenset([
    "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million", "millions",
    "ten", "tens", "crowd", "crowds", "group", "groups", "band", "mob", "throng",
])
# Heads that name a party by whom it stands with ("regime *allies* Iran", "rebel *backer* Turkey",
# "Assad's main *backer*, the Russian president"): the modifier is the one backed, the appositive
# the party itself, so an appositive actor comes before the modifier's.
RELATION_HEADS = frozenset(["ally", "allies", "backer", "backers", "sponsor", "sponsors", "patron", "patrons"])

# Verbs that only carry the act their object names ("held talks", "launched an attack").
LIGHT_VERBS = frozenset(
    ["hold", "have", "conduct", "carry", "launch", "stage", "issue", "make", "give", "deliver", "mount", "begin", "start", "resume", "continue", "engage", "take", "pay", "undertake", "level", "lodge", "file", "open", "convene", "announce", "sign", "reach", "attend", "declare"]
)

# What a complaint or criticism is about names whom it is against (root 11).
GRIEVANCE_PREPOSITIONS = ("against", "over", "about")

# Nouns of a deed judged: after "for" they give the reason for an act, not whom it is aimed at
# ("faced criticism *for his government's decision*", "came under fire *for its handling* of...").
REASON_NOUNS = frozenset([
    "decision", "decisions", "role", "handling", "conduct", "behaviour", "behavior", "remarks", "comments",
    "actions", "policy", "policies", "failure", "refusal", "treatment", "response", "stance", "involvement",
])

# The actor component's rule for a city or region read as where, not as a government
# ("capital-as-government:" is the metonymy "Moscow said"): communique.actors.rules.
PLACE_RULE = "place:"
# Verbs that mount an armed operation: its "with" phrase names the allies or the means it is
# mounted with ("launched an offensive *with Kurdish forces* against ISIL", "staged the raid *with
# drones*"), never whom it is aimed at ("started a war with" is not one of them: there "with" is
# the enemy). A violent act only: "launched talks with" names the partner.
MOUNTING_VERBS = frozenset({"launch", "mount", "stage", "conduct", "carry", "undertake"})

# Verbs that tell of an act ("was describing the 2011 arrest", "recounted the attack"): their
# subject tells it, and is no party to it.
TELLING_VERBS = frozenset({"describe", "recount", "recall", "report", "mention", "detail", "cite", "document",
                           "narrate", "reference", "remember", "chronicle"})

# Time and cause adjuncts: a noun after them ("offered talks *following* the invasion") is no
# part of the governing verb's act.
ADJUNCT_PREPOSITIONS = frozenset(
    ["after", "before", "following", "since", "amid", "amidst", "despite", "during", "until", "because", "over", "of", "like"]
)

# Of those, the ones of time and cause alone ("of" and "over" also join a noun to its complement).
TIME_ADJUNCTS = ADJUNCT_PREPOSITIONS - {"of", "over", "like"}


@dataclass(frozen=True)
class ActorIndex:
    """Token index -> the actors of the mentions covering it, longest mention first.

    Two actors can share words ("both sides": the two parties), so a token maps to a tuple.
    """

    by_token: Mapping[int, tuple[Actor, ...]]

    @classmethod
    def from_doc(cls, doc: Doc) -> ActorIndex:
        by_token: dict[int, list[Actor]] = {}
        ends: dict[int, int] = {}
        if ACTOR_SPANS_KEY in doc.spans:
            for span in sorted(doc.spans[ACTOR_SPANS_KEY], key=lambda s: -(s.end - s.start)):
                actor = span._.actor
                if actor is None:
                    continue
                for i in range(span.start, span.end):
                    bucket = by_token.setdefault(i, [])
                    # Two parties on the same words end together ("both sides"); a mention nested
                    # in a longer one ("exiled leaders of Egypt" in "...of Egypt's Muslim
                    # Brotherhood") is part of that one, not a second party.
                    if bucket and ends[i] != span.end:
                        continue
                    if all(a.code != actor.code for a in bucket):
                        bucket.append(actor)
                        ends[i] = span.end
        return cls(MappingProxyType({i: tuple(a) for i, a in by_token.items()}))

    def at(self, token: Token) -> Actor | None:
        found = self.by_token.get(token.i)
        return found[0] if found else None

    def all_at(self, token: Token) -> tuple[Actor, ...]:
        return self.by_token.get(token.i, ())


# The preposition that names members of a class: "countries *including* Iran" (spaCy tags it a
# preposition; "such as" is parsed in too many ways by the small model to follow safely).
MEMBER_PREPOSITIONS = frozenset({"including"})


def phrase_actors(token: Token, actors: ActorIndex, with_conjuncts: bool = True) -> list[tuple[Actor, Token]]:
    """The actors a noun phrase names, with the token each was found at (head first, then conjuncts).

    Coordination is followed through ``conj`` and through an ``appos`` that is itself coordinated
    (small parsers often read "The US, Russia, and Switzerland" as an apposition; a plain
    apposition, "the US commander, General Petraeus", names the same party again) and through a ``pobj`` hung on a proper noun (the
    same parsers' reading of "Barack Obama and Vladimir Putin").
    """
    found: list[tuple[Actor, Token]] = []

    def add(hit: tuple[Actor, Token] | None) -> None:
        if hit is None:
            return
        for actor in (hit[0], *actors.all_at(hit[1])[1:]):
            if all(actor.code != a.code for a, _ in found):
                found.append((actor, hit[1]))

    add(_own_actor(token, actors))
    if not found:
        for head in nominal.represented(token):  # "negotiators for Kiev and Donetsk" act for them
            found.extend(phrase_actors(head, actors, with_conjuncts))
    if with_conjuncts and not found and token.tag_ in ("NNS", "NNPS"):
        # A class named by its members: "several countries, *including Iran and Syria*": the members
        # are the parties (a phrase with a party of its own, "Russia, including its banks", keeps it).
        # Only a plural noun names a class: "joined the fight, including Algerians" and "shocked
        # everyone, including his generals" name who took part or was shocked, not members.
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in MEMBER_PREPOSITIONS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for hit in phrase_actors(pobj, actors):
                            add(hit)
    if with_conjuncts:
        # Coordinated modifiers name several parties: "*US and British* activists".
        for child in token.children:
            if child.dep_ in ("amod", "nmod", "compound", "poss") and child.i < token.i and any(
                g.dep_ == "conj" for g in child.children
            ):
                for member in (child, *(g for g in child.subtree if g.dep_ == "conj")):
                    actor = actors.at(member)
                    if actor is not None:
                        add((actor, member))
        stack = [token]
        seen = {token.i}
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.i in seen:
                    continue
                coordinated_appos = child.dep_ == "appos" and any(g.dep_ in ("cc", "conj") for g in child.children)
                linked = child.dep_ == "conj" or coordinated_appos or (
                    child.dep_ == "pobj" and node.dep_ not in ("prep", "agent", "dative")
                    and (node.pos_ != "ADP" or node.dep_ in ("nsubj", "nsubjpass", "dobj"))
                )
                if linked:
                    seen.add(child.i)
                    add(_own_actor(child, actors))
                    stack.append(child)
    return found


def _own_actor(token: Token, actors: ActorIndex) -> tuple[Actor, Token] | None:
    actor = actors.at(token)
    if actor is not None:
        return actor, token
    if token.lemma_.lower() in RELATION_HEADS or token.lower_ in RELATION_HEADS:
        # Small parsers often hang the name on an earlier conjunct ("Iran and rebel backer Turkey"
        # with Turkey an appositive of Iran): a name right after the head is its appositive too.
        following = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) else []
        for child in [*(c for c in token.children if c.dep_ == "appos"), *following]:
            if child.pos_ == "PROPN" or child.dep_ == "appos":
                actor = actors.at(child)
                if actor is not None:
                    return actor, child
    # Modifiers before the head: "the Russian minister", "Russia's army", "US officials", and
    # modifiers of modifiers: "*Arab League* Secretary-General Klibi".
    layer = [token]
    for _ in range(3):
        layer = [c for t in layer for c in t.children
                 if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < token.i]
        for child in layer:
            actor = actors.at(child)
            if actor is not None:
                return actor, child
    # "the leaders of Iran", "a delegation from Japan": the complement names who they are;
    # a crowd's complement also by its modifiers ("thousands of *Iraqi* Kurds").
    collective = token.lemma_.lower() in COLLECTIVE_HEADS or token.lower_ in COLLECTIVE_HEADS
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    actor = actors.at(pobj)
                    if actor is not None:
                        return actor, pobj
                    if collective and child.lower_ == "of" and pobj.i != token.i:
                        found = _own_actor(pobj, actors)
                        if found is not None:
                            return found
    # An appositive: "its neighbour, Russia".
    for child in token.children:
        if child.dep_ == "appos":
            actor = actors.at(child)
            if actor is not None:
                return actor, child
    return None


# Words by which coordinated parties act side by side ("fought together", "fought side by side",
# "jointly"): for a conflict they make them allies, never each other's adversary.
TOGETHER_WORDS = frozenset({"together", "jointly", "side"})


def acting_together(token: Token) -> bool:
    """ "British and US troops fought *together*": the subjects of the word act as one side."""
    return any(c.lower_ in TOGETHER_WORDS and c.dep_ in ("advmod", "npadvmod") for c in token.children)


def subject_of(verb: Token) -> Token | None:
    """The subject (or passive agent's object) of a verb, borrowed up a chain of xcomp/conj/advcl."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        if headline_passive(current):
            return headline_agent(current)  # "US helicopter shot down": the helicopter was hit
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in current.children):
            return agent_of(current)
        if current.tag_ == "VBN" and current.dep_ in ("advcl", "acl", "relcl") and not any(
            c.dep_ == "aux" for c in current.children
        ):
            return agent_of(current)  # "when asked by journalists": a reduced passive
        to_clause = current.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if (current.dep_ == "xcomp" or (to_clause and current.head.lemma_.lower() in OBJECT_CONTROL)) \
                and current.head.i != current.i:
            head = current.head
            # "urged Russia to withdraw", "was scheduled to attend": the object (or the passive
            # subject) of the verb above does the act, not its subject.
            controller = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if controller is not None and head.lemma_.lower() not in SUBJECT_CONTROL | PURPOSE_HEADS:
                return controller
            current = head
            continue
        if current.dep_ in ("conj", "advcl", "acomp") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ in ("relcl", "acl") and current.head.i != current.i:
            return current.head
        return None
    return None


def agent_of(verb: Token) -> Token | None:
    """The object of a passive's "by"; none when it is an accident or a disaster ("killed by the
    crash of flight MH17": the airline named in it did not kill anyone)."""
    # Small parsers often attach a passive's "by" as a plain preposition ("was granted asylum *by*
    # Germany" with an object between): on a passive verb it is still the agent.
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return None if pobj.lemma_.lower() in MISHAPS else pobj
    return None



def objects_of(token: Token) -> list[Token]:
    """Direct objects (and the subject of a passive), in sentence order."""
    deps = ("dobj", "dative", "nsubjpass", "attr", "oprd")
    # A dative "to" ("issued a warning to the minister") is a preposition: its object is the addressee.
    found = [c for c in token.children if c.dep_ in deps and not (c.dep_ == "dative" and c.pos_ == "ADP")]
    if not found and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
        # "The civilians [were] imprisoned ... and were released by Putin": the passive conjunct
        # shares the subject of the first verb.
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found or raised_objects(token)


def prep_objects(token: Token, preposition: str) -> list[Token]:
    result: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == preposition:
            result.extend(c for c in child.children if c.dep_ == "pobj")
    return result


# Sectors of an actor's own means: armed forces and intelligence sent, given or withdrawn.
INSTRUMENT_SECTORS = frozenset({"MIL", "SPY"})
# Where one's own forces go, leave or are massed: "sent its troops *to* Mali", "strengthened its
# forces *in* Lebanon" (a show of force there is aimed at that country).
DESTINATION_PREPOSITIONS = ("to", "from", "into", "toward", "towards", "in", "near")
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def is_instrument(head: Token, found: list[tuple[Actor, Token]], source_countries: set[str | None]) -> bool:
    """An object naming the source's own forces or means ("its troops", "military intelligence",
    "Syrian troops" sent by Syria), not another party."""
    if any(a.country and a.country not in source_countries for a, _ in found):
        return False
    own = any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children)
    return own or all(a.sectors and set(a.sectors) <= INSTRUMENT_SECTORS for a, _ in found)


def destinations(verb: Token, objects: list[Token]) -> list[Token]:
    """Where the verb's object goes or comes from: "to Mali", "from Lebanon" on the verb or its object."""
    found: list[Token] = []
    for head in (verb, *objects):
        for prep in DESTINATION_PREPOSITIONS:
            found.extend(prep_objects(head, prep))
    return found


def asks_for_something(verb: Token) -> bool:
    """"Asked Russia *for* help", "asked Iran *to release* them", "asked *that* the talks *resume*":
    an appeal (02x); "asked whether", "asked about", a bare "asked": a question, no event."""
    heads = [verb, *objects_of(verb)]
    if any(prep_objects(head, "for") for head in heads):
        return True
    for child in verb.children:
        to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" or (child.dep_ in ("advcl", "ccomp") and to_clause):
            return True
        if child.dep_ == "ccomp" and is_mandative(child):
            return True
    return False


def participation(verb: Token) -> list[Token]:
    """What a verb of taking part is a part of: "took part *in* the attack", "participated *in*
    talks", "joined *in* the protests"."""
    lemma = verb.lemma_.lower()
    if lemma == "take" and any(o.lower_ == "part" for o in objects_of(verb)):
        heads = [verb, *(o for o in objects_of(verb) if o.lower_ == "part")]
    elif lemma in ("participate", "join"):
        heads = [verb]
    else:
        return []
    return [pobj for head in heads for pobj in prep_objects(head, "in")]


def default_targets(token: Token, actors: ActorIndex, sources: list[tuple[Actor, Token]],
                     located: bool = False, named_slots: frozenset[str] = frozenset(),
                     grievance: bool = False, violent: bool = False) -> list[tuple[Actor, Token]]:
    source_tokens = {t.i for _, t in sources}
    agent = agent_of(token)
    objects = objects_of(token)
    candidates: list[Token] = list(objects)
    # "condemned an attack *by* Houthi rebels": criticising, answering or avenging an act is
    # aimed at whoever did it, before where it happened.
    for obj in objects:
        if obj.pos_ == "NOUN":
            candidates.extend(prep_objects(obj, "by"))
    # A place is no party when located; a preposition the pattern names is ("died *in custody*").
    preps = [p for p in TARGET_PREPOSITIONS
             if not (located and p in SETTING_PREPOSITIONS and p not in named_slots)]
    if violent and token.lemma_.lower() in MOUNTING_VERBS and "with" not in named_slots:
        preps = [p for p in preps if p != "with"]
    if grievance:
        # "complained to the UN *over* Israeli raids": a complaint is against what it is about;
        # whom it is made to is only its audience.
        preps = [*GRIEVANCE_PREPOSITIONS, *(p for p in preps if p not in GRIEVANCE_PREPOSITIONS)]
    for prep in preps:
        # A fronted "In Geneva, ..." sets the scene; it is where, never whom.
        candidates.extend(o for o in prep_objects(token, prep) if not fronted_setting(o.head, token))
    for obj in objects:
        for prep in preps:
            candidates.extend(prep_objects(obj, prep))
    candidates = [c for c in candidates if not _reason(c) and not venue(c) and not _side(c) and not _added_member(c)]
    sufferers: set[int] = set()
    for child in token.children:
        if child.dep_ == "ccomp":  # "warned that Moscow would...", "claimed that ISIL had..."
            subject = subject_of(child)
            if subject is not None:
                candidates.append(subject)
                if grievance and _undergoes(child):
                    sufferers.add(subject.i)
    object_ids = {o.i for o in objects}
    rally = is_rally(token)
    instrument: list[tuple[Actor, Token]] = []
    for head in candidates:
        if agent is not None and head.i == agent.i:
            continue
        if head.i in sufferers:
            continue
        found = [(a, t) for a, t in phrase_actors(head, actors)
                 if t.i not in source_tokens and not _own_country_modifier(a, t, sources)
                 and not (grievance and head.dep_ in ("nsubj", "nsubjpass") and _own_people(a, sources))
                 and not _place_modifier(t, head, actors) and not settlement(t)
                 and not (rally and _home_ground(a, t, sources))]
        if not found:
            continue
        if head.i in object_ids and is_instrument(head, found, {a.country for a, _ in sources}):
            # "sent its troops to Mali", "withdrew forces from Lebanon": the troops are the
            # actor's own means; where they go or leave is the party acted on.
            instrument = instrument or found
            continue
        if instrument and head.i not in {p.i for p in destinations(token, objects)}:
            break
        return found
    return instrument

def _reason(head: Token) -> bool:
    """ "for his government's *decision*": a deed judged, the reason for the act."""
    return head.dep_ == "pobj" and head.head.lower_ == "for" and head.lemma_.lower() in REASON_NOUNS


def _side(head: Token) -> bool:
    """ "forces *fighting for* the regime", "died fighting for ISIL": one fights for one's own side
    or cause; the enemy is the one fought "with" or "against"."""
    return (head.dep_ == "pobj" and head.head.lower_ == "for"
            and head.head.head.lemma_.lower() in FIGHTING_VERBS)


def _added_member(head: Token) -> bool:
    """ "supported by the EU *as well as* local authorities": what follows "as well as" joins the
    phrase before it (here the agents), whatever small parsers hang it on; it is never the object."""
    start = head.left_edge.i
    return start >= 3 and [t.lower_ for t in head.doc[start - 3 : start]] == ["as", "well", "as"]


def _place_modifier(token: Token, head: Token, actors: ActorIndex) -> bool:
    """ "upheld a *prison* sentence against Lopez": a noun of a place modifying the object says
    what kind of thing it is (as "a prison riot" says where, nominal.PLACE_MODIFIERS), not whom
    it is aimed at; the phrase's head naming no actor itself."""
    return (token.i != head.i and token.dep_ in ("compound", "nmod") and token.head.i == head.i
            and token.lemma_.lower() in PLACE_MODIFIERS and actors.at(head) is None)


# What a clause's subject undergoes rather than does: a complaint "that refugees were suffering",
# "that exporters faced new tariffs", "that voters lacked polling stations" is about their plight,
# never against them.
UNDERGOING_VERBS = frozenset({"suffer", "lose", "face", "need", "lack", "struggle", "endure", "receive", "starve",
                              "die", "wait", "remain", "go"})
# Sectors of a country's own people (not its state): whom its complaints speak for.
PEOPLE_SECTORS = frozenset({"CVL", "PPL", "REF", "BUS", "AGR", "LAB", "EDU", "MED", "HLH"})


def _undergoes(clause: Token) -> bool:
    """The complement clause tells what its subject suffers or lacks ("that refugees *were suffering*")."""
    return clause.lemma_.lower() in UNDERGOING_VERBS


def _own_people(actor: Actor, sources: list[tuple[Actor, Token]]) -> bool:
    """ "Britain complained that *British exporters* were..." : a party's complaint about its own
    people's lot speaks for them; it is not aimed at them (the clause's subject is its target when
    it is another party: "complained that *Beijing* is not doing enough")."""
    return bool(actor.country and set(actor.sectors) & PEOPLE_SECTORS
                and any(source.country == actor.country for source, _ in sources))


def _own_country_modifier(actor: Actor, token: Token, sources: list[tuple[Actor, Token]]) -> bool:
    """ "The Pentagon denied *US* involvement", "Moscow defended *Russian* strikes": the source's
    own country named as a modifier of what the event is about is no party acted on."""
    return (
        token.dep_ in ("amod", "compound", "nmod")
        and token.head.pos_ == "NOUN"
        and token.head.idx >= actor.end  # modifies a noun outside the mention ("US involvement")
        and actor.code == actor.country
        and any(source.country == actor.country for source, _ in sources)
    )


def nearest_target(token: Token, actors: ActorIndex, taken: set[int],
                    through_clauses: bool = False) -> list[tuple[Actor, Token]]:
    """The first actor within the event's own phrase ("called for a ceasefire *in Liberia*"),
    not crossing into embedded clauses, which have their own events; `through_clauses`: a
    claimed act's victim may sit in a clause on the act's noun ("responsibility for an attack
    *targeting shoppers in Nairobi*")."""
    sources = [(actor, token.doc[i]) for i in sorted(taken) if (actor := actors.at(token.doc[i])) is not None]
    rally = is_rally(token)
    stops = {"ccomp", "advcl", "pcomp", "parataxis", "conj", "xcomp", "punct"}
    if not through_clauses:
        stops |= {"relcl", "acl"}
    queue = [(c, False) for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "csubj", "agent")
             and not fronted_setting(c, token) and not fighting_scene(c, token)]
    while queue:
        node, timed = queue.pop(0)
        # "according to a commander" names who reports the act; "through eastern Syria" its path.
        if node.dep_ in stops or venue(node) or node.lower_ == "according" or (
                node.dep_ == "prep" and node.lower_ in ("through", "via", "along")) or _not_aimed_at(node, token):
            continue
        # "fighting in Afghanistan *since a US-led invasion*": a time or cause adjunct names
        # another event and its parties; only a place in it ("during its campaign *in
        # Nigeria*") still locates this one.
        timed = timed or (node.dep_ == "prep" and node.lower_ in TIME_ADJUNCTS)
        hit = phrase_actors(node, actors, with_conjuncts=False)
        hit = [h for h in hit if h[1].i not in taken and not _own_country_modifier(h[0], h[1], sources)
               and not settlement(h[1])
               and not (rally and _home_ground(h[0], h[1], sources))
               and not (timed and not _located(h[0], h[1]))]
        if hit:
            return hit
        queue.extend((c, timed) for c in node.children)
    return []


def _not_aimed_at(node: Token, token: Token) -> bool:
    """ "fighting *for* the regime" (one's own side) and "launched an offensive *with* Kurdish
    forces" (allies or means, on the mounting verb or on what it mounts): no one acted on."""
    if node.dep_ != "prep":
        return False
    if node.lower_ == "for":
        return node.head.lemma_.lower() in FIGHTING_VERBS
    mounting = token.lemma_.lower() in MOUNTING_VERBS
    return node.lower_ == "with" and mounting and (node.head.i == token.i or node.head.head.i == token.i)


def _located(actor: Actor, token: Token) -> bool:
    """ "in *Nigeria*": a place named by a preposition of place."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS and not actor.sectors

def noun_roles(token: Token, actors: ActorIndex, root: str, stance_on: Callable[[Token], bool]) -> tuple[list[tuple[Actor, Token]], list[tuple[Actor, Token]], bool]:
    sources: list[tuple[Actor, Token]] = []
    opposed: list[tuple[Actor, Token]] = []
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < token.i:
            if child.dep_ in ("compound", "nmod") and child.lemma_.lower() in PLACE_MODIFIERS:
                continue  # "a prison riot": where, not who
            named = actors.at(child)
            if named is not None and visits.host_modifier(token, child):
                opposed.extend(phrase_actors(child, actors))  # "Xi's *Moscow* visit", "a *UK* state visit": the host
                continue
            if child.dep_ in ("compound", "nmod") and named is not None and named.rule.startswith(PLACE_RULE):
                continue  # "the Astana talks", "the Washington summit": where they were held, not who
            # "the EU's *anti-Russian* sanctions": what a measure is against is its target
            (opposed if _anti(child) else sources).extend(phrase_actors(child, actors))
    for head in prep_objects(token, "by"):
        sources.extend(phrase_actors(head, actors))
    # "launched 10 days of war games": the games stand where the measure noun stands.
    anchor = measured_by(token)
    governor = anchor.head if anchor.dep_ in ("dobj", "attr", "nsubjpass", "oprd", "pobj", "nsubj") else None
    if governor is not None and governor.dep_ == "prep" and anchor.dep_ == "pobj":
        # "returned for talks", "killed in an attack": the verb's parties are the noun's; not
        # so across a time or cause adjunct ("offered talks *following* the invasion").
        participates = governor.lower_ not in ADJUNCT_PREPOSITIONS
        governor = governor.head if governor.head.pos_ in ("VERB", "AUX") and participates else None
    borrowed = False
    # "sanctions on Russia for *its* incursion": a possessive pronoun names the doer, whom the
    # governing verb's subject is not, unless a light verb makes them one ("launched its attack").
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and (
        governor is None or governor.lemma_.lower() not in LIGHT_VERBS)
    if (not sources and not owned and governor is not None and governor.pos_ in ("VERB", "AUX")
            and anchor.dep_ != "nsubj" and not stance_on(governor)
            and governor.lemma_.lower() not in TELLING_VERBS):
        subject = subject_of(governor)
        if subject is not None and subject.i not in (token.i, anchor.i):
            sources = phrase_actors(subject, actors)
            borrowed = governor.lemma_.lower() not in LIGHT_VERBS
    if not sources and root == "04":
        sources = meeting_party(token, anchor, actors, stance_on)
    between: list[tuple[Actor, Token]] = []
    parties = prep_objects(token, "between") + prep_objects(token, "among") or nominal.complement_between(token)
    if not parties and token.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in token.head.children):
        # "clashes broke out between police and protesters", "fighting erupted between...": the
        # parties of an event noun that is the subject of a verb of onset hang on that verb.
        parties = prep_objects(token.head, "between") + prep_objects(token.head, "among")
    for head in parties:
        between.extend(phrase_actors(head, actors))
    if len(between) > 1 and borrowed and governor is not None and governor.lemma_.lower() in nominal.THIRD_PARTY_VERBS:
        sources, borrowed = [], False  # "Qatar mediated a prisoner swap between A and B": A and B swap
    if between and not sources:
        if root == "19" and len(between) > 1:
            return between, [], borrowed  # a fight between two sides is fought by each (pacts.pairs)
        return between[:1], between[1:], borrowed
    source_tokens = {t.i for _, t in sources}
    targets: list[tuple[Actor, Token]] = []
    heads: list[Token] = []
    # Talks "on Ukraine" are about Ukraine; an attack "on Ukraine" is against it.
    noun_preps: tuple[str, ...] = ("with", "to") if root in ("04", "05") else (
        "on", "against", "with", "to", "into", "of", "toward", "towards", "at", "for", "in")
    if (root in VIOLENT_ROOTS and governor is not None and governor.lemma_.lower() in MOUNTING_VERBS
            and not any(c.lower_ == "between" for c in token.children)):
        # "launched an offensive with Kurdish forces": the allies or means it was mounted with.
        noun_preps = tuple(p for p in noun_preps if p != "with")
    for prep in noun_preps:
        heads.extend(prep_objects(token, prep))
    if governor is not None and not targets and any(c.dep_ == "auxpass" for c in governor.children):
        # "Four civilians were killed in an Israeli strike": the strike's victims.
        for victim in (c for c in governor.children if c.dep_ == "nsubjpass"):
            found = [(a, t) for a, t in phrase_actors(victim, actors) if t.i not in source_tokens]
            if found:
                return sources, found, borrowed
    if governor is not None:
        # A protest "in Beijing" is a protest against those who rule there.
        governor_preps = ("with", "to") if root in ("04", "05", "06") else (
            ("with", "to", "on", "against", "at") + (("in",) if root == "14" else ()))
        for prep in governor_preps:
            if prep == "with" and root in VIOLENT_ROOTS and governor.lemma_.lower() in MOUNTING_VERBS:
                continue
            heads.extend(prep_objects(governor, prep))
        heads.extend(c for c in governor.children if c.dep_ == "dative")
    for head in heads:
        found = [(a, t) for a, t in phrase_actors(head, actors)
                 if t.i not in source_tokens and not (root == "14" and _home_ground(a, t, sources))]
        if found:
            targets = found
            break
    if opposed and not targets:
        targets = opposed
    if between and sources and not targets:
        targets = [b for b in between if b[1].i not in source_tokens]
    return sources, targets, borrowed




# Prepositions that set a clause at the time of a meeting: "said *ahead of* talks with Lavrov",
# "told reporters *after* a meeting with Abe", "*During* his visit to Kyiv, Blinken pledged".
MEETING_TIMES = frozenset({"after", "before", "following", "during", "ahead", "prior", "at", "in", "on", "upon"})
# Of those, the ones that also frame what a stance is about ("agreed to mediation *in* the talks").
PLACE_FRAMES = frozenset({"at", "in", "on", "upon"})


def meeting_party(token: Token, anchor: Token, actors: ActorIndex,
                  stance_on: Callable[[Token], bool]) -> list[tuple[Actor, Token]]:
    """The clause subject as a party to a meeting noun that sets its time ("Gabriel said ahead of
    talks with Lavrov": Gabriel met Lavrov). News names only one side of such a meeting, the other
    being whoever the clause is about; so only a meeting whose other side is named ("with"; a
    visit's host "to" when the visit is owned), and an owner pronoun no earlier person explains
    only when the noun comes before the subject it points forward to ("In his talks with May,
    Erdogan said")."""
    if anchor.dep_ != "pobj":
        return []
    prep = anchor.head
    word = prep.lower_
    if word in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        word, prep = prep.head.lower_, prep.head  # "ahead of", "prior to"
    if word not in MEETING_TIMES or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if word in PLACE_FRAMES and stance_on(verb):
        return []  # "agreed to US mediation in the talks with the Palestinians": a stance on them
    subject = subject_of(verb)
    if subject is None or subject.i in (token.i, anchor.i):
        return []
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    # "Merkel will press the issue during *her* visit to Tunis": an owner pronoun after the subject
    # is read as the subject, for a visit to a host of another country only (below).
    late = owner is not None and owner.pos_ == "PRON" and actors.at(owner) is None and owner.i > subject.i
    if owner is not None and not late and (actors.at(owner) is not None or owner.pos_ != "PRON"):
        return []
    # A visit "to" a place names its host with an owner ("his visit to Beijing"); with none ("met
    # Lebanese officials during a visit to Beirut") it is the clause subject's visit when the subject
    # speaks for a state of another country: a foreign official's visit is the one news reports so.
    with_partners = [a for h in prep_objects(token, "with") for a in phrase_actors(h, actors)]
    hosts = [a for h in prep_objects(token, "to") for a in phrase_actors(h, actors)]
    partners = with_partners + hosts
    if not partners:
        return []
    taken = {t.i for _, t in partners}
    subjects = [(a, t) for a, t in phrase_actors(subject, actors) if t.i not in taken]
    if late and with_partners:
        return []  # "met Abe during his talks with Putin": whose talks the pronoun does not say
    if (owner is None or late) and not with_partners:
        subjects = visits.subject_visitors(verb, token, subjects, hosts, actors.at)
    return subjects


def _home_ground(actor: Actor, token: Token, sources: list[tuple[Actor, Token]]) -> bool:
    """ "The president held a rally *in Florida*": a place of the source's own country, where
    that country's state gathers its supporters, is the scene (a protest "in Beijing" is against
    Beijing's rulers only when others hold it: nominal.domestic_protest). Not so for coercion:
    "imposed a curfew *in Abidjan*" is imposed on the people there."""
    place = (token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPOSITIONS
             and actor.country is not None and not actor.sectors)
    return place and any(
        source.country == actor.country and STATE_SECTORS.intersection(source.sectors) for source, _ in sources)


def _anti(modifier: Token) -> bool:
    """ "anti-Russian", "anti-government": a modifier that names what its noun opposes."""
    doc = modifier.doc
    first = modifier.left_edge
    if first.lower_.startswith("anti-"):
        return True  # tokenised as one word
    if first.lower_ == "anti":
        return first.i + 1 < len(doc) and doc[first.i + 1].text in ("-", "–")  # "anti" attached below
    i = first.i
    return i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].lower_ == "anti"


# Nouns for bodies that speak as one ("the ministry said"): never "he" or "she".
INSTITUTION_NOUNS = frozenset(
    ["police", "ministry", "government", "army", "military", "office", "department", "agency", "court",
     "council", "committee", "administration", "embassy", "company", "group", "party", "authorities",
     "officials", "forces", "spokesmen", "media", "newspaper", "observatory", "commission"]
)


def pronoun_may_refer_to(pronoun: Token, speaker: Token) -> bool:
    """Whether a subject pronoun can be the speaker of its clause ("the rebels said *they* will..."):
    "Police said *he* attacked..." is about someone else, a person is no "it"."""
    word = pronoun.lower_
    plural = speaker.tag_ in ("NNS", "NNPS") or speaker.lemma_.lower() in INSTITUTION_NOUNS
    if word in ("he", "she"):
        return not plural and speaker.ent_type_ not in ("ORG", "GPE", "NORP")
    if word == "it":
        return speaker.tag_ not in ("NNS", "NNPS") and speaker.ent_type_ != "PERSON"
    return True
