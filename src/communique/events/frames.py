"""What surrounds an event word in the dependency parse, and which pattern it matches.

A `Frame` collects, for a verb (or an event noun), the words of each slot a pattern can ask
for: ``subj``, ``obj`` (direct object, attribute, complement; the subject of a passive), ``prt``
(particles and bare adverbs), ``to`` (an infinitival complement: "agreed *to meet*") and one slot
per preposition (the phrase it introduces, whether it hangs on the verb or on its object, as
parsers disagree on that attachment). Each slot holds lemmas and lower-case forms, so a pattern
written with a plural ("CONSEQUENCES") or a lemma matches either. Matching is pure: it reads
the parse and the `PatternSet` and returns the best `Match`; nothing is written on the Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.events.nominal import PLACE_ENTITIES
from communique.events.patterns import NOUN, VERB, Constraint, Pattern, PatternSet
from communique.events.words import OBLIGATION_MODALS

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "dative"})
# Verbs that name their object as something ("called the plan a farce", "branded it illegal").
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub", "deem", "declare"})
# Words inside a noun phrase that patterns name: "{NEW SANCTIONS}", "{AIR RAID}".
PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "npadvmod", "quantmod", "conj", "appos"})
# Nouns that name an act someone proposes, asks for or offers: what they name is their content
# ("pressure to help" or "efforts to mediate" name no proposal).
PROPOSAL_NOUNS = frozenset(["request", "proposal", "offer", "demand", "call", "appeal", "plea", "plan", "ultimatum",
                            "invitation", "bid", "suggestion", "initiative", "idea", "order", "motion", "petition"])
NO_PARTICULAR = frozenset({"any", "no", "every", "each"})
REPORTING_HEADS = frozenset({"say", "state", "add", "read", "note", "show", "report", "announce", "claim"})
# Participles that describe who makes up or heads a group, not an act done to it: "delegations *led*
# by the vice-ministers met in Beijing" is a meeting, not the vice-ministers' act on the delegations.
DESCRIBING_PARTICIPLES = frozenset({"lead", "head", "chair", "command", "accompany", "compose", "comprise", "staff"})
PARTICLE_ADVERBS = frozenset({"forward", "back", "aside", "away", "together", "ahead", "apart", "out", "up", "down", "off"})


@dataclass(frozen=True)
class Frame:
    token: Token
    slots: dict[str, frozenset[str]]
    heads: dict[str, tuple[Token, ...]]  # the head tokens of each slot, to find actors and used words
    passive: bool


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    frame: Frame

    @property
    def used_tokens(self) -> frozenset[int]:
        """Token indices of the slot heads the pattern's words were found in (a nominal there is consumed)."""
        used: set[int] = set()
        for constraint in self.pattern.constraints:
            if constraint.words:
                used.update(t.i for t in self.frame.heads.get(constraint.slot, ()))
        return frozenset(used)


def _phrase_words(token: Token, slots: dict[str, set[str]], heads: dict[str, list[Token]], slot: str,
                  depth: int = 0, preps: bool = True) -> None:
    """`preps=False` for a clause (xcomp, ccomp): its prepositions are its own, not the verb's
    ("told The Times that casinos would differ *to* those abroad" fills no `to=` of "told")."""
    bucket = slots.setdefault(slot, set())
    heads.setdefault(slot, []).append(token)
    bucket.add(token.lemma_.lower())
    bucket.add(token.lower_)
    for child in token.children:
        if child.dep_ in PHRASE_DEPS and depth < 3:
            _phrase_words(child, slots, heads, slot, depth + 1, preps)
        elif preps and child.dep_ in ("prep", "agent") and depth < 3:
            _prep_phrase(child, slots, heads, depth + 1)


def _prep_phrase(prep: Token, slots: dict[str, set[str]], heads: dict[str, list[Token]], depth: int = 0) -> None:
    name = "by" if prep.dep_ == "agent" else prep.lower_
    slots.setdefault(name, set())
    heads.setdefault(name, [])
    for child in prep.children:
        # "described the statement as irresponsible": small parsers hang the adjective on "as"
        # as a modifier; it is the preposition's complement all the same.
        if child.dep_ in ("pobj", "pcomp") or (child.dep_ in ("amod", "acomp") and child.pos_ == "ADJ"):
            _phrase_words(child, slots, heads, name, depth)
            if child.dep_ == "pcomp":
                # "accused Russia of violating *human rights*": a gerund's object is what the phrase is about.
                for obj in (g for g in child.children if g.dep_ == "dobj"):
                    _phrase_words(obj, slots, heads, name, depth + 1, preps=False)
        elif child.dep_ == "prep":  # "out of", "because of": the inner preposition names the slot too
            _prep_phrase(child, slots, heads, depth)


# Verbs that take an object in news English: with none and no auxiliary, a headline's "US
# helicopter shot down over Syria", "Journalist arrested in Moscow" is a reduced passive whose
# noun suffered the act, whatever tag the parser gave the participle. ("Shoot" only with "down":
# "soldiers shot at the crowd" is active.)
OBJECT_REQUIRED_VERBS = frozenset({
    "kill", "arrest", "detain", "kidnap", "abduct", "wound", "injure", "expel", "deport", "execute", "jail",
    "imprison", "behead", "assassinate", "down", "extradite", "sentence", "convict", "hang", "torture",
})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "npadvmod", "ccomp", "xcomp", "aux", "auxpass",
                          "nsubjpass", "neg"})


# Verbs of refusing a person something ("denied entry", "refused a visa"): with the thing refused
# as their only object and a place after "to"/"into", a headline's subject is the one refused,
# "Syrian refugees denied entry to Hungary"; a state refusing says whom to ("to Syrian refugees").
REFUSING_VERBS = frozenset({"refuse", "deny"})
REFUSED_THINGS = frozenset({"entry", "access", "visa", "visas", "asylum", "admission"})


def _refused_headline(verb: Token) -> bool:
    """ "Czechs refused entry to Hungary": a person-subject refused entry to a place."""
    if verb.lemma_.lower() not in REFUSING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in REFUSED_THINGS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].ent_type_ in PLACE_ENTITIES or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return False
    places = [p for head in (verb, objects[0]) for prep in head.children
              if prep.dep_ == "prep" and prep.lower_ in ("to", "into") for p in prep.children if p.dep_ == "pobj"]
    return any(p.ent_type_ in PLACE_ENTITIES for p in places)


# What makes a verb complete without a shared object ("arrived *in* Kabul and arrested...").
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "prep", "prt", "nsubjpass",
                              "auxpass", "npadvmod", "acomp"})


def raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb joined to it by "and" right after it ("police
    *arrested* and beat six lawmakers": the parser hangs the object on the second only), when the
    first has no object, complement or preposition of its own and the second no subject."""
    if verb.pos_ != "VERB" or verb.i + 2 >= len(verb.doc) or any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return []
    second = verb.nbor(2)
    if verb.nbor(1).dep_ != "cc" or second.dep_ != "conj" or second.head.i != verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return []
    return [c for c in second.children if c.dep_ == "dobj"]


def headline_passive(verb: Token) -> bool:
    """A headline's or caption's reduced passive the parser read as an active main verb: "US
    helicopter shot down over Syria", "Two soldiers killed in ambush" (the subject is the one hit),
    "Czechs refused entry to Hungary" (the subject is the one refused)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "neg")
                                                                     for c in verb.children):
        return False
    if _refused_headline(verb):
        return True
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children) or raised_objects(verb):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "shoot":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in OBJECT_REQUIRED_VERBS


def reduced_passive(verb: Token) -> bool:
    """A participle qualifying a noun with no auxiliary ("soldiers *killed* in Ukraine"): the noun
    is its object, for patterns as for roles (communique.events.victims reads its victims so)."""
    return (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children))


def headline_agent(verb: Token) -> Token | None:
    """The object of "by" on a headline passive ("jet downed *by* Turkish fighters")."""
    for child in verb.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def _qualified_noun_as_object(token: Token, slots: dict[str, set[str]], heads: dict[str, list[Token]]) -> None:
    """The noun a participle qualifies, read as the participle's object (a reduced passive: the noun
    is what is done, as the object of the active verb would be). Called once the participle's own
    children are read, as the second reading needs to know whether they gave an object:

    - In a headline with no finite verb (the noun is the ROOT and `reduced_passive` holds), "Russian
      jet *downed* by Turkish fighters": the participle is the headline's act and the noun's whole
      phrase its object, whatever else the participle has.
    - Inside a sentence (an `acl` VBN on a noun, when its children gave the frame no object),
      "sanctions *imposed* by the UN", "troops *sent* to Mali": the noun and the compounds and
      adjectives before it. Not "*any* attack mounted by X" (NO_PARTICULAR: a kind of act, none in
      particular), nor "a statement *issued* by the ministry said..." (REPORTING_HEADS: it only
      names where the reported words are from), nor "delegations *led* by the vice-ministers"
      (DESCRIBING_PARTICIPLES: who makes up or heads a group, not an act done to it).
    """
    noun = token.head
    if reduced_passive(token) and noun.dep_ == "ROOT":
        _phrase_words(noun, slots, heads, "obj", 0)
        return
    if (token.dep_ == "acl" and token.tag_ == "VBN" and noun.pos_ in ("NOUN", "PROPN") and "obj" not in slots
            and not any(c.dep_ == "det" and c.lower_ in NO_PARTICULAR for c in noun.children)
            and not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING_HEADS)
            and token.lemma_.lower() not in DESCRIBING_PARTICIPLES):
        slots.setdefault("obj", set()).update((noun.lemma_.lower(), noun.lower_))
        heads.setdefault("obj", []).append(noun)
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.i < noun.i:
                slots["obj"].update((child.lemma_.lower(), child.lower_))


def build_frame(token: Token) -> Frame:
    slots: dict[str, set[str]] = {}
    heads: dict[str, list[Token]] = {}
    passive = headline_passive(token) or reduced_passive(token)
    for child in token.children:
        dep = child.dep_
        if dep in SUBJECT_DEPS and passive:
            _phrase_words(child, slots, heads, "obj", 0)  # "US helicopter shot down": the helicopter
        elif dep in SUBJECT_DEPS:
            _phrase_words(child, slots, heads, "subj", 2)
        elif dep in PASSIVE_SUBJECT_DEPS:
            passive = True
            _phrase_words(child, slots, heads, "obj", 0)
        elif dep in OBJECT_DEPS:
            _phrase_words(child, slots, heads, "obj", 0)
            if dep == "oprd":  # "called the deal a disaster": a naming, which patterns can rule out
                slots.setdefault("oprd", set()).add(child.lemma_.lower())
            elif dep == "dobj" and token.lemma_.lower() in NAMING_VERBS:
                # "called the remarks unacceptable and hypocritical": an English adjective after its
                # noun is no attribute but the predicate of the naming (small parsers say amod).
                after = {a.lemma_.lower() for a in child.children if a.dep_ == "amod" and a.i > child.i and a.pos_ == "ADJ"}
                if after:
                    slots.setdefault("oprd", set()).update(after)
        elif dep == "prt" or dep == "advmod" and child.lower_ in PARTICLE_ADVERBS:
            slots.setdefault("prt", set()).add(child.lower_)
        elif dep in ("prep", "agent") or (dep == "dative" and child.pos_ == "ADP"):
            if not any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                slots.setdefault("prt", set()).add(child.lower_)
            elif child.lower_ in PARTICLE_ADVERBS and not any(c.dep_ == "dobj" for c in token.children):
                # "called off the strike" parsed as "off [the strike]": the particle's noun is the object.
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    _phrase_words(pobj, slots, heads, "obj", 0)
            _prep_phrase(child, slots, heads)
            if dep == "agent":
                # "was demolished *by a protestor*": the passive's agent is the logical subject a
                # pattern's subj= constraint describes.
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    _phrase_words(pobj, slots, heads, "subj", 2)
        elif dep == "xcomp":
            _phrase_words(child, slots, heads, "to", 2, preps=False)
            for grandchild in child.children:
                if grandchild.dep_ in OBJECT_DEPS:
                    _phrase_words(grandchild, slots, heads, "to", 2, preps=False)
        elif dep == "ccomp":  # "warned that Moscow would face sanctions"
            _phrase_words(child, slots, heads, "that", 2, preps=False)
            for grandchild in child.children:
                if grandchild.dep_ in OBJECT_DEPS or grandchild.dep_ in PASSIVE_SUBJECT_DEPS:
                    _phrase_words(grandchild, slots, heads, "that", 1, preps=False)
        elif dep in ("compound", "amod", "nmod") and token.pos_ in ("NOUN", "PROPN"):
            _phrase_words(child, slots, heads, "mod", 2)
        elif dep == "auxpass":
            passive = True
    _qualified_noun_as_object(token, slots, heads)
    return Frame(
        token,
        {slot: frozenset(words) for slot, words in slots.items()},
        {slot: tuple(tokens) for slot, tokens in heads.items()},
        passive,
    )


def _satisfied(constraint: Constraint, frame: Frame, patterns: PatternSet) -> bool:
    words = frame.slots.get(constraint.slot)
    if words is None:
        # A bare particle pattern ("SET UP") is often parsed as a preposition with an object.
        if constraint.slot == "prt" and constraint.words:
            return all(w in frame.slots for w in constraint.words)
        return False
    for word in constraint.words:
        if not any(all(part in words for part in unit) for unit in patterns.expand(word)):
            return False
    return True


def best_match(token: Token, kind: str, patterns: PatternSet) -> Match | None:
    """The most specific pattern for this token, or None; a '---' pattern also counts as a match."""
    candidates: tuple[Pattern, ...] = ()
    for lemma in (verb_lemmas(token) if kind == VERB else (token.lemma_.lower(),)):
        candidates = patterns.lookup(kind, lemma)
        if candidates:
            break
    if not candidates:
        return None
    frame = build_frame(token)
    for pattern in candidates:
        if all(_satisfied(c, frame, patterns) for c in pattern.constraints):
            return Match(pattern, frame)
    return None


def verb_lemmas(token: Token) -> tuple[str, ...]:
    """The lemma, then the form, then the form without its inflection: small models mis-lemmatise
    some verbs ("staged" -> "stag"), and a pattern written for the infinitive should still apply."""
    lemma, form = token.lemma_.lower(), token.lower_
    found = [lemma]
    if form != lemma:
        found.append(form)
        if form.endswith("ed"):
            found += [form[:-1], form[:-2]]
        elif form.endswith("ing"):
            found += [form[:-3] + "e", form[:-3]]
        elif form.endswith("s"):
            found.append(form[:-1])
    return tuple(found)


def is_candidate(token: Token, patterns: PatternSet) -> str | None:
    """VERB or NOUN when the token's lemma has patterns of that kind, else None."""
    pos = token.pos_
    lemma = token.lemma_.lower()
    if pos in ("VERB", "AUX") and any(patterns.lookup(VERB, v) for v in verb_lemmas(token)):
        return VERB
    if pos in ("NOUN", "PROPN") and patterns.lookup(NOUN, lemma):
        return NOUN
    if pos == "NOUN" and patterns.lookup(NOUN, token.lower_):
        return NOUN
    return None


def proposed_act(token: Token, patterns: PatternSet) -> str | None:
    """The code of the act a request, offer, demand or proposal names, when it names one: the
    infinitive or for-phrase of the noun ("a request *to extradite* the suspect", "calls *for
    economic aid*", "a proposal *for holding* talks"); for a verb ("rejected a proposal to..."),
    that of its direct object. A stance on a proposal takes its leaf from what is proposed."""
    nouns = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.pos_ != "NOUN":
        # "bowed to demands to...", "acceded to a request that...": the proposal after "to".
        nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    for noun in (n for n in nouns if n.lemma_.lower() in PROPOSAL_NOUNS):
        for child in noun.children:
            content: list[Token] = []
            if child.dep_ == "acl" and any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "that") for c in child.children):
                # "a request to extradite", "demands that it initiate reforms"
                content.append(child)
            elif child.dep_ == "prep" and child.lower_ == "for":
                content.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            for act in content:
                kind = is_candidate(act, patterns)
                match = best_match(act, kind, patterns) if kind is not None else None
                if match is not None and match.pattern.code:
                    return match.pattern.code
    return None


# Words that introduce what a protest is for: "to demand", "calling for", "in protest of".
PURPOSE_VERBS = frozenset(["demand", "call", "protest", "press", "seek", "urge", "push", "oppose", "denounce"])
PURPOSE_PREPOSITIONS = frozenset(["for", "against", "over", "of", "at"])


# Speech verbs whose "must"/"should" clause is what protesters demand: "rallied, *saying he must resign*".
DEMANDING_SPEECH = frozenset(["say", "chant", "shout", "insist"])


def _says_what_must_be(clause: Token) -> bool:
    return clause.lemma_.lower() in DEMANDING_SPEECH and any(
        c.dep_ == "ccomp" and any(m.dep_ == "aux" and m.lower_ in OBLIGATION_MODALS for m in c.children)
        for c in clause.children)


def purpose_words(token: Token) -> frozenset[str]:
    """The lemmas and forms of what a protest says it is for or against: its purpose clause ("staged
    rallies *to demand reforms*", "demonstrated *calling for independence*"), its protest phrase
    ("a hunger strike *in protest of the arrests*", "riots *against* the policies"), on the
    protest word or on the verb that carries it ("began a hunger strike *to protest*...")."""
    words: set[str] = set()
    for phrase in purpose_phrases(token):
        for node in phrase.subtree:
            words.update((node.lemma_.lower(), node.lower_))
    return frozenset(words)


def purpose_phrases(token: Token) -> list[Token]:
    """The heads of a protest's purpose clauses and protest phrases (see `purpose_words`)."""
    hosts = [token]
    if token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX") and token.dep_ in ("dobj", "nsubj", "pobj"):
        hosts.append(token.head)
    elif token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
        hosts.append(token.head.head)
    elif token.pos_ in ("VERB", "AUX"):
        # "staged a hunger strike *in protest at*...": the protest noun a verb carries has its phrase.
        hosts.extend(c for c in token.children if c.dep_ == "dobj")
    found: list[Token] = []
    for host in hosts:
        for child in host.children:
            # "a rally *to protest* the violations": small parsers call the infinitive a relative clause.
            clause = child.dep_ in ("advcl", "xcomp", "acl", "conj", "relcl") and (
                not PURPOSE_VERBS.isdisjoint(verb_lemmas(child)) or _says_what_must_be(child))
            phrase = child.dep_ == "prep" and (child.lower_ in PURPOSE_PREPOSITIONS and host.i == token.i or (
                child.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "protest" for g in child.children)))
            # "detained *at a protest that he organised*": the phrase naming the protest itself states no purpose.
            if (clause or phrase) and not (child.left_edge.i <= token.i <= child.right_edge.i):
                found.append(child)
    return found
