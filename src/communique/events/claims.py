"""What a speaker's words do to another party: reports that accuse, demands that threaten.

News carries most accusations as reports: "Iran said Israeli jets struck its facilities", "the army
said rebels shelled the town", "Serb forces carried out killings, according to the US". The
reported act is the event the story tells (the coder keeps it, with the speaker as attribution);
CAMEO and PETRARCH also code the speaker's charge against the doer (112): a party that tells the
world another party used violence against someone blames it for that violence.

Not every report is a charge. The line drawn here, for `reported_accusation`:

- the reported act is coercion or violence (CAMEO 17-20), asserted in its clause (what a speaker
  fears or expects someone might do is no charge);
- the speaker is a party: a state, its government or forces, a group of some country, or an
  international or non-governmental organisation; police, medics and media report crimes and
  casualties as their trade ("three people were killed, police said") and accuse no one by it;
- the accused is another party: a state, its government or forces, an armed group; a government
  telling what its own forces did claims it (and "gunmen" of no known side are no party);
- the speaker blames (`_blames`): its own side was harmed, or, no victim named, a foreign party
  acted; a monitor (UN, Amnesty, a human rights group) charges harm to protected people; a third
  state telling of others' battles only reports. "According to officials" names a source, not an
  accuser, except a monitor's findings or words that lay the act on a party ("responsible for",
  "guilty of", "involved in": `responsible_parties`, who are also the act's doers).

The charge is coded 112 (accuse, not specified): a report names the act, not a crime, abuse or war
crime in law, so the leaves 1121-1125 stay for verbs that name the charge ("accused of treason").

A document speaks for its author ("a report by Amnesty accused..."), and an unsigned one made public
in a country's capital for that country (`document_voice`); an attack a party reports as aimed "at
it" was aimed at that party (`speaker_as_object`).

An ultimatum, "China must drop its barriers *or face* penalties", is a demand and a threat at once:
`ultimatum` finds the threat (what is to be faced decides its code) for the coder to give to the
speaker, against the party the demand is made of.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from communique.events import transforms
from communique.events.attribution import according_to, is_media
from communique.events.codes import STATE_SECTORS
from communique.events.drafts import Draft, rewrite
from communique.events.modality import SPEECH_NOUNS, Context, analyse, ruled_out
from communique.events.roles import ActorIndex, phrase_actors, prep_objects, pronoun_may_refer_to, subject_of
from communique.events.words import OBLIGATION_MODALS
from communique.model import Actor, Modality

ACCUSE = "112"
# Acts whose report blames the doer: coercion (17), assault (18), fighting (19), mass violence (20).
CHARGEABLE_ROOTS = frozenset({"17", "18", "19", "20"})
# Plain verbs of saying whose subject stands behind what the clause reports. Hedged or weaker ones
# ("believe", "suggest", "suspect") and media verbs ("report") are left out; "claim", "allege" and
# "accuse" are accusations of their own (coder._accusation).
REPORTING_VERBS = frozenset(
    ["say", "tell", "state", "announce", "declare", "add", "insist", "reiterate", "repeat", "stress",
     "confirm"]
)
# Who reports crimes and casualties as their trade: police, health workers, media; and people of no
# side (residents, witnesses).
REPORTER_SECTORS = frozenset({"COP", "HLH", "MED", "PPL", "CVL", "EDU", "BUS", "LAB", "AGR", "REF"})
# Parties that can be charged though the text names no country for them ("government forces",
# "the rebels"): a government, armed forces, rebels, insurgents, opposition.
PARTY_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "OPP", "SEP"})
_ORGANISATIONS = ("IGO", "NGO")
# Predicates that lay an act on a party ("is responsible for", "guilty of"), and verbs that lay it.
RESPONSIBLE_WORDS = frozenset({"responsible", "guilty", "culpable"})
HOLDING_VERBS = frozenset({"hold", "consider", "deem"})
# Participles that make their subject a party to the act they are "in".
INVOLVED_WORDS = frozenset({"engaged", "involved", "implicated", "complicit"})
# Groups whose trade is to document abuses: human rights groups.
MONITOR_SECTORS = frozenset({"HRI"})
# Those whom the laws of war and human rights protect: civilians, refugees, aid and health workers,
# teachers, journalists.
PROTECTED_SECTORS = frozenset({"CVL", "PPL", "REF", "HLH", "EDU", "MED", "NGO", "HRI"})


# Documents that speak when they "allege", "say" or "accuse", and the participles that say where
# they were made public.
DOCUMENT_NOUNS = frozenset({"report", "document", "dossier", "study", "paper"})
PUBLISHING_VERBS = frozenset({"release", "publish", "issue", "present", "unveil"})


def document_voice(subject: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """Who speaks through a document: its author in a by-phrase ("a report by Amnesty"), and, for
    one whose author the sentence does not name, its place: "a report released
    Tuesday *in the Rwandan capital* alleged that...". A report made public in a country's capital
    with no author named is that country's (news names a foreign or private author: "a report by
    Amnesty", "a UN report"); it is coded as the bare country, as the place is, since the text
    does not say which of its institutions wrote it. Only "the <country> capital" ("the Russian
    capital", "Rwanda's capital") is read so: a city alone may be an international body's seat
    (Geneva, Vienna, Brussels) where many authors publish."""
    if subject.lemma_.lower() not in DOCUMENT_NOUNS or subject.pos_ != "NOUN":
        return []
    for author in prep_objects(subject, "by"):
        # "a report by Amnesty International accused...": its author speaks
        found = phrase_actors(author, actors, with_conjuncts=False)
        if found:
            return found
    released = [c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in PUBLISHING_VERBS]
    if not released:
        return []
    published = {t.i for verb in released for t in verb.subtree}
    if any(actors.at(t) is not None for t in subject.subtree if t.i not in published):
        return []  # "a UN report", "Amnesty's report", "a report by the commission": authored
    for verb in released:
        if any(c.dep_ == "agent" for c in verb.children):
            return []  # "a report released by the ministry in Kigali": its author, if any, is named
        for place in prep_objects(verb, "in"):
            if place.lemma_.lower() != "capital":
                continue
            for owner in place.children:
                actor = actors.at(owner)
                if owner.dep_ in ("amod", "poss", "compound", "nmod") and actor is not None \
                        and actor.country is not None and not actor.sectors:
                    country = Actor(code=actor.country, country=actor.country, sectors=(), name=actor.name,
                                    text=actor.text, start=actor.start, end=actor.end,
                                    rule=f"document released in the capital:{actor.country}")
                    return [(country, owner)]
    return []


# Messages whose participle says what they do: "issued a statement *condemning* the raid", "sent
# a letter *urging* Israel to...", "a speech *criticising* Blair's record".
MESSAGE_NOUNS = frozenset({"statement", "letter", "resolution", "speech", "communique", "communiqué",
                           "declaration", "message", "note", "address", "editorial", "op-ed", "article",
                           "tweet", "post", "video", "interview", "remarks", "comments", "motion", "petition"})
# Verbs that make a message their subject's own: issuing, sending, writing, passing or adopting it.
# Not those that act on another's ("vetoed a resolution condemning...", "rejected a motion").
AUTHORING_VERBS = frozenset({"issue", "release", "send", "write", "deliver", "give", "make", "publish", "pass",
                             "adopt", "approve", "sign", "post", "draft", "table", "present", "submit", "read",
                             "put", "unveil", "tweet", "pen", "address", "circulate", "broadcast"})
# Prepositions that frame what the subject does as the message: "said *in* a statement condemning",
# "opened proceedings *with* a speech criticising".
MESSAGE_FRAMES = frozenset({"in", "with", "through", "via"})


def message_voice(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """The author of a message that a participle tells the act of ("issued a statement condemning
    the raid": the issuer condemns): its owner ("the ministry's statement"), a by- or from-phrase,
    else the subject of the verb that authors it or that speaks in it. A message another party
    acts on ("vetoed a resolution condemning Israel") has no author here."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in MESSAGE_NOUNS:
        return []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            found = phrase_actors(child, actors, with_conjuncts=False)
            if found:
                return found
    for author in prep_objects(noun, "by") + prep_objects(noun, "from"):
        found = phrase_actors(author, actors, with_conjuncts=False)
        if found:
            return found
    head = noun.head
    authored = noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in AUTHORING_VERBS
    if noun.dep_ == "pobj" and head.lower_ in MESSAGE_FRAMES and head.head.pos_ in ("VERB", "AUX"):
        head, authored = head.head, True
    if not authored:
        return []
    subject = subject_of(head)
    return phrase_actors(subject, actors) if subject is not None else []


# Object pronouns that may stand for the speaker of the clause they are in, and the prepositions
# that name whom an attack is aimed at.
OBJECT_PRONOUNS = frozenset({"it", "them", "us"})
AIMED_PREPOSITIONS = frozenset({"at", "on", "upon", "into", "against"})


def speaker_as_object(act: Token, reporter: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """"Israel said a mortar bomb was fired *at it*": an attack reported by a party and aimed at
    an object pronoun that may refer to that party was aimed at the party itself."""
    speaker = subject_of(reporter)
    if speaker is None:
        return []
    for child in act.children:
        if child.dep_ == "dobj":
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in AIMED_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for pronoun in objects:
            if pronoun.lower_ in OBJECT_PRONOUNS and pronoun_may_refer_to(pronoun, speaker):
                found = [a for a in phrase_actors(speaker, actors, with_conjuncts=False) if not is_media(a[0])]
                if found:
                    return found
    return []


def speaker_of_report(token: Token, reporter: Token | None, sent: Span, actors: ActorIndex,
                      explicit: bool = False) -> tuple[list[tuple[Actor, Token]], Token | None]:
    """Who stands behind the clause of `token`, and the word that says so: the subject of a plain
    verb of saying, else the object of "according to". A clause of time or cause under the verb
    is no part of what is said ("announced a suspension *after* a jet shot down a helicopter")."""
    if reporter is not None and reporter.lemma_.lower() in REPORTING_VERBS:
        node = token
        while node.head.i != node.i and node.head.i != reporter.i:
            node = node.head
        if node.head.i == reporter.i and node.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ != "that" for c in node.children):
            return [], None
        subject = subject_of(reporter)
        if subject is not None:
            return (phrase_actors(subject, actors, with_conjuncts=False) or document_voice(subject, actors)), reporter
        return [], None
    holder = _holder(token)
    if holder is not None:
        subject = subject_of(holder)
        return (phrase_actors(subject, actors, with_conjuncts=False), holder) if subject is not None else ([], None)
    if reporter is None:
        head = according_to(sent)
        if head is not None:
            # "..., according to officials": a source of information; only monitors' findings
            # ("according to a UN report") are charges, or what the words lay on someone
            # ("X is guilty of violating the ceasefire, according to Y").
            found = [a for a in phrase_actors(head, actors, with_conjuncts=False) if explicit or _monitor(a[0])]
            return found, head
    return [], None


def _responsibility(token: Token) -> Token | None:
    """The predicate of responsibility the act hangs on: "responsible *for* the attack", "guilty
    *of* violating the ceasefire", "were engaged / involved / implicated *in* ethnic cleansing"."""
    if token.dep_ not in ("pobj", "pcomp"):
        return None
    predicate = token.head.head
    if token.head.lower_ in ("for", "of") and predicate.lemma_.lower() in RESPONSIBLE_WORDS:
        return predicate
    if token.head.lower_ == "in" and predicate.lower_ in INVOLVED_WORDS:
        return predicate
    return None


def _holder(token: Token) -> Token | None:
    """"The US *holds* Iran responsible for the attack": the verb that lays the responsibility."""
    adjective = _responsibility(token)
    if adjective is None or adjective.head.i == adjective.i:
        return None
    verb = adjective.head
    return verb if verb.lemma_.lower() in HOLDING_VERBS else None


def responsible_parties(token: Token, code: str, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """Who an act is laid on by a predicate of responsibility: the subject of "is responsible for
    the attack", "are guilty of violating the ceasefire", "holds *Iran* responsible for". Only for
    a harm: "responsible for coordinating the talks" is a duty, not a deed."""
    adjective = _responsibility(token)
    if adjective is None or code[:2] not in CHARGEABLE_ROOTS:
        return []
    subject = next((c for c in adjective.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and adjective.dep_ in ("oprd", "ccomp", "xcomp") and adjective.head.lemma_.lower() in HOLDING_VERBS:
        subject = next((c for c in adjective.head.children if c.dep_ == "dobj"), None)
    if subject is None and adjective.dep_ == "acomp":
        subject = subject_of(adjective.head)
    return phrase_actors(subject, actors) if subject is not None else []


def _sectors(actor: Actor) -> set[str]:
    """The actor's sectors; a code of no country is its own sector ("PPL", "---MIL")."""
    found = set(actor.sectors)
    if actor.country is None:
        found.add(actor.code.lstrip("-")[:3])
    return found


def _is_speaking_party(actor: Actor) -> bool:
    if is_media(actor) or not REPORTER_SECTORS.isdisjoint(_sectors(actor)):
        return False
    return actor.country is not None or actor.code.startswith(_ORGANISATIONS)


def _is_accusable(actor: Actor) -> bool:
    if is_media(actor) or not REPORTER_SECTORS.isdisjoint(_sectors(actor)):
        return False
    return actor.country is not None or actor.code.startswith(_ORGANISATIONS) or not PARTY_SECTORS.isdisjoint(_sectors(actor))


def same_party(a: Actor, b: Actor) -> bool:
    """One side: the same code or one within the other (IGOUNO, IGOUNOMIL), or the same state's
    government, forces and institutions (RUSGOV, RUSMIL: a ministry reporting its army's strikes)."""
    if a.code.startswith(b.code) or b.code.startswith(a.code):
        return True
    if a.country is None or a.country != b.country:
        return False
    return set(a.sectors) <= STATE_SECTORS and set(b.sectors) <= STATE_SECTORS


def _monitor(actor: Actor) -> bool:
    return actor.code.startswith(_ORGANISATIONS) or not MONITOR_SECTORS.isdisjoint(_sectors(actor))


def _blames(speaker: Actor, doers: list[tuple[Actor, Token]], victims: list[tuple[Actor, Token]]) -> bool:
    """A monitor reports violations as charges; a state or group blames whoever harmed its own side
    ("Israel said a mortar was fired *at it*", "Palestinian officials said bulldozers demolished
    *Palestinian* homes") or, naming no victim, a foreign party ("Iran said Israeli jets struck").
    A third state telling of others' battles ("Thai sources said Vietnamese forces retook a
    village from guerrillas") reports, and blames no one."""
    # A doer found again as its own victim is a parse that missed the victim ("fired at it").
    doer_codes = {d[0].code for d in doers}
    victims = [v for v in victims if v[0].code not in doer_codes]
    if _monitor(speaker):
        # Monitors charge harm to civilians, aid workers and bystanders; fighting between armed
        # sides ("government forces are striking the groups that attacked") they report.
        return not victims or any(not PROTECTED_SECTORS.isdisjoint(_sectors(v[0])) or v[0].code.startswith(_ORGANISATIONS)
                                  for v in victims)
    if victims:
        return any(same_party(speaker, v[0]) or (speaker.country is not None and v[0].country == speaker.country)
                   for v in victims)
    return any(d[0].country is not None and d[0].country != speaker.country for d in doers)


def reported_accusation(code: str, doers: list[tuple[Actor, Token]], victims: list[tuple[Actor, Token]],
                        speakers: list[tuple[Actor, Token]], explicit: bool = False
                        ) -> tuple[list[tuple[Actor, Token]], list[tuple[Actor, Token]]]:
    """(accusers, accused) when a report of an act (`code` by `doers` on `victims`) is a charge by
    `speakers` (`explicit`: the speakers lay the act on the doers in so many words, "is responsible
    for", "holds X responsible"); else empty lists."""
    if code[:2] not in CHARGEABLE_ROOTS or not doers:
        return [], []
    accusers = [s for s in speakers if _is_speaking_party(s[0]) and (explicit or _blames(s[0], doers, victims))]
    if not accusers or any(same_party(s[0], d[0]) for s in accusers for d in doers):
        return [], []
    accused = [d for d in doers if _is_accusable(d[0])]
    return (accusers, accused) if accused else ([], [])


def laid_on(token: Token) -> bool:
    """The act is laid on its doer in so many words ("responsible for", "guilty of")."""
    return _responsibility(token) is not None


# What an ultimatum threatens, by the words of what is to be faced.
_ULTIMATUM_CODES: tuple[tuple[str, frozenset[str]], ...] = (
    ("1312", frozenset({"sanction", "sanctions", "embargo", "boycott", "penalty", "penalties", "tariff", "tariffs"})),
    ("138", frozenset({"attack", "attacks", "strike", "strikes", "force", "war", "invasion", "bombing"})),
    ("130", frozenset({"consequence", "consequences", "action", "punishment", "retaliation", "measures",
                       "repercussions", "response"})),
)


def ultimatum(verb: Token) -> tuple[Token, str] | None:
    """"must drop its barriers *or face* penalties": (the verb of what is demanded, the threat's
    code), for a "face" coordinated by "or" with an act someone must or should do; else None."""
    if verb.lemma_.lower() != "face" or verb.dep_ != "conj":
        return None
    demanded = verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in demanded.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in demanded.children):
        return None
    words = {t.lower_ for o in verb.children if o.dep_ == "dobj" for t in o.subtree}
    for code, family in _ULTIMATUM_CODES:
        if not family.isdisjoint(words):
            return demanded, code
    return None


def stray_agent(verb: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """The agent of a passive that small parsers hang on the gerund of its complement ("has been
    accused of misusing funds *by officials*"): a by-phrase naming a party at the end of the
    verb's of/for-phrase, when the verb has no agent of its own."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp"):
            for by in (c for c in gerund.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                for pobj in (c for c in by.children if c.dep_ == "pobj"):
                    found = phrase_actors(pobj, actors)
                    if found:
                        return found
    return []


def victims_in(act: Token, actors: ActorIndex, taken: set[int]) -> list[tuple[Actor, Token]]:
    """Whom a laid act was done to, from its own phrase: "the bombing *of the Israeli embassy*",
    "cleansing in Kosovo *against the Albanian population*"."""
    for word in act.subtree:
        if word.dep_ == "prep" and word.lower_ in ("against", "on", "of", "at", "targeting") and word.i > act.i:
            for pobj in (c for c in word.children if c.dep_ == "pobj"):
                found = [a for a in phrase_actors(pobj, actors) if a[1].i not in taken]
                if found:
                    return found
    return []


def addressees(act: Token, reporter: Token, actors: ActorIndex) -> list[tuple[Actor, Token]]:
    """"Reminded Iraq that *it* must...", "sent a message to Russia that *it* must...": a pronoun
    subject of what was said to someone is the one it was said to."""
    subject = subject_of(act)
    if subject is None or subject.pos_ != "PRON":
        return []
    heads = [c for c in reporter.children if c.dep_ == "dobj" and c.lemma_.lower() not in SPEECH_NOUNS]
    for word in (reporter, *(c for c in reporter.children if c.dep_ == "dobj")):
        heads.extend(prep_objects(word, "to"))
    for head in heads:
        found = phrase_actors(head, actors)
        if found:
            return found
    return []


Ultimatum = tuple[Token, str, list[tuple[Actor, Token]], list[tuple[Actor, Token]], Context]


def ultimatums(sent: Span, actors: ActorIndex) -> list[Ultimatum]:
    """The ultimatums reported in a sentence: ("face", threat code, the speakers, the party the
    demand is made of, the demand's context). Only reported ones: the speaker makes the threat."""
    found: list[Ultimatum] = []
    for token in sent:
        hit = ultimatum(token)
        if hit is None:
            continue
        demanded, code = hit
        context = analyse(demanded, True)
        if context.reporter is None or context.modality != Modality.ASSERTED:
            continue
        speaker = subject_of(context.reporter)
        speakers = [s for s in phrase_actors(speaker, actors) if not is_media(s[0])] if speaker is not None else []
        subject = subject_of(demanded)
        if subject is not None and subject.pos_ == "PRON":
            threatened = addressees(demanded, context.reporter, actors)
        else:
            threatened = phrase_actors(subject, actors) if subject is not None else []
        codes = {s[0].code for s in speakers}
        threatened = [t for t in threatened if t[0].code not in codes]
        if speakers and threatened:
            found.append((token, code, speakers, threatened, context))
    return found


# ------------------------------------------------------------------ drafts for the coder
def reported_charge(draft: Draft, sent: Span, actors: ActorIndex) -> Draft | None:
    """"Iran said Israeli jets struck its facilities": the report is also Iran's charge against
    Israel (112; who counts: communique.events.claims). The strike itself stays coded."""
    if draft.modality != Modality.ASSERTED:
        return None
    explicit = laid_on(draft.token)
    speakers, word = speaker_of_report(draft.token, draft.context.reporter, sent, actors, explicit)
    accusers, accused = reported_accusation(draft.code, list(draft.sources), list(draft.targets), speakers,
                                                   explicit)
    if not accused or word is None:
        return None
    return replace(draft, token=word, code=ACCUSE, sources=tuple(accusers), targets=tuple(accused),
                   reverse=None, attribution=None, confidence=draft.confidence - 0.1,
                   extra_rules=draft.extra_rules + ("reported accusation",))


def ultimatum_drafts(sent: Span, actors: ActorIndex) -> list[Draft]:
    """"The US said China must drop its barriers or face tariffs": the speaker threatens the
    party it makes the demand of (communique.events.ultimatums)."""
    return [Draft(token=token, code=code, sources=tuple(speakers), targets=tuple(threatened), context=context,
                  modality=Modality.ASSERTED, confidence=0.5, rule="ultimatum", named=True)
            for token, code, speakers, threatened, context in ultimatums(sent, actors)]


def refusal_ruled_out(draft: Draft, actors: ActorIndex) -> Draft | None:
    """"US officials said removing the sanctions is out of the question": the speaker refuses
    the act (1244), whoever would have done it."""
    copula = ruled_out(draft.token)
    if copula is None:
        return None
    outer = analyse(copula, True)
    subject = subject_of(outer.reporter) if outer.reporter is not None else subject_of(copula)
    speakers = phrase_actors(subject, actors) if subject is not None and subject.i != draft.token.i else []
    # "is not an option": the copula's own negation is the refusal.
    own_negation = outer.modality == Modality.NEGATED and any(c.dep_ == "neg" for c in copula.children)
    if not speakers or not (outer.modality == Modality.ASSERTED or own_negation):
        return None
    taken = {t.i for _, t in speakers}
    refusal = rewrite(draft, transforms.refusal(draft.code), speakers,
                            [t for t in draft.targets if t[1].i not in taken], "ruled out")
    return replace(refusal, token=copula, context=outer, modality=Modality.ASSERTED, borrowed=False)


def announced_by_doer(draft: Draft, actors: ActorIndex) -> bool:
    """A conditional act is a threat or promise only from its doer ("Syria said *it* will...");
    "Syria said Israel would attack if..." is Syria's forecast of what Israel might do, and so is
    what a speaker no dictionary knows says ("Hashemi concludes: 'If I go back, the Taliban will
    kill me'")."""
    reporter = draft.context.reporter
    if reporter is None:
        return True
    subject = subject_of(reporter)
    if subject is None:
        return True
    speakers = {a.code for a, _ in phrase_actors(subject, actors)}
    return any(s[0].code in speakers for s in draft.sources)
