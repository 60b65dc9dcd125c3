"""Is an event asserted? Negation, conditions, hypotheses, questions, futures and obligations.

`analyse` walks from the event word up its clause (through objects, prepositions, infinitival
complements, conjuncts, relative clauses) and stops where the clause is reported or embedded
(a ``ccomp``/``parataxis`` edge): a threat is asserted even when what it threatens is
hypothetical ("warned that Moscow *would face* sanctions"). On the way it notes:

- negation: "not", "never", "no breakthrough", "in no way", "without";
- a condition: an "if"/"unless" clause, "in the event of", "in case of" ("unless" noted apart:
  announcing what one will do unless the other side acts is a threat);
- a hypothesis: "could", "might", "may", "would" (outside reported speech), "possible attack";
- a future or commitment: "will", "shall", "is going to", "would" after a past speech verb
  ("announced it would free"); these become intent codes (03x, 13x) in the coder;
- an obligation: "should", "must", "needs to", "has to"; reported by someone else, an appeal;
- the verb that governs the event through an infinitive ("agreed *to meet*", "wants *to attack*"),
  so the coder can turn it into an intent, appeal, threat or refusal;
- the speech verb that reports it ("..., said a senior official"), or the verb that issues a noun of
  saying with a that-clause ("issued a reminder to Iraq that it must..."), for attribution;
- what an embedding word says of the act (communique.events.embedding): "was able to", "is yet
  to", "is to visit", "was forced to", "the aim of", "denied that", "it is unclear whether".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from communique.events.conditions import (
    alternative_not,
    counterfactual,
    inverting_auxiliary,
    phrase_condition,
    states_condition,
)
from communique.events.embedding import (
    NEGATIVE_SUBJECTS,
    OPEN_OBJECT_CONTROL,
    Effect,
    doubted_by,
    generic_relative,
    infinitive_effect,
    names_an_aim,
    no_longer,
    presupposed,
    prevented,
    proposed_or_opposed,
    standing_passive,
)
from communique.events.frames import verb_lemmas
from communique.model import Modality

SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "report", "announce", "note", "stress", "emphasize", "emphasise", "explain", "reply", "quote", "remark", "comment", "mention", "confirm", "indicate", "write", "argue", "declare", "tweet", "reiterate", "insist", "assert", "tell", "believe", "think", "acknowledge", "recall", "respond", "answer", "caution", "observe", "point", "suggest",
     # findings made known are reported as said ("a journalist concluded that...", "revealed that")
     "conclude", "reveal", "disclose"]
)
# Speech verbs that already carry a stance and are coded themselves when they report an act.
ACCUSING_VERBS = frozenset(["claim", "allege", "accuse", "charge"])
# Verbs whose "X to do" complement small parsers read as a clause ("wants Putin to attack").
# Verbs whose "that"-clause is what they ask for ("demanded that Hamas renounce violence").
DEMANDING_VERBS = frozenset(["demand", "insist", "urge", "ask", "request", "call"])
CONTROL_VERBS = frozenset(
    ["want", "wish", "expect", "urge", "ask", "allow", "need", "like", "prefer", "force", "order", "press", "encourage", "pressure", "push", "persuade", "convince", "invite", "tell"]
)
# Verbs whose infinitive small parsers may hang as an adverbial clause, yet it is their complement.
_GOVERNING_VERBS = frozenset(
    ["agree", "plan", "intend", "pledge", "promise", "vow", "decide", "prepare", "threaten", "refuse",
     "decline", "seek", "offer", "try", "attempt", "appeal", "demand", "order", "warn"]
)
FAILING_VERBS = frozenset({"fail"})
# Verbs of planning and aiming, which commit their subject to nothing said yet: "plans to
# criticise", "aims to denounce", "hopes to persuade" (unlike "vowed to", "pledged to", which are
# themselves said). A verbal act under them has not been performed.
ASPIRATION_VERBS = frozenset({"plan", "intend", "aim", "hope", "seek", "look", "prepare", "mean", "try",
                              "attempt", "strive"})
# "is believed to have", "are thought to", "is said to": someone's belief, not a reported fact.
HEDGE_VERBS = frozenset({"believe", "think", "suspect", "allege", "say", "rumour", "rumor", "presume", "reckon"})
# "is scheduled to", "is set to", "is due to", "is slated to": a planned act, still to come.
SCHEDULE_WORDS = frozenset({"schedule", "scheduled", "set", "due", "slate", "slated"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "can", "would"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
STRONG_OBLIGATION = frozenset({"must", "have"})
OBLIGATION_VERBS = frozenset({"need", "have"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Conditions on non-compliance: what follows "unless" is done if the other side does not act.
THREAT_MARKS = frozenset({"unless"})
HYPOTHETICAL_ADJECTIVES = frozenset({"possible", "potential", "hypothetical", "eventual", "planned", "proposed",
                                     "impending", "imminent", "looming", "alleged", "rumoured", "rumored", "feared"})
# Verbs whose that-clause is wished, feared or foreseen, not reported as done or decided.
WISH_VERBS = frozenset({"hope", "wish", "fear", "worry", "pray", "dream", "predict", "anticipate", "foresee"})
# "is likely to press", "is expected to sign", "is poised to strike": a forecast, not an act.
FORECAST_WORDS = frozenset({"likely", "unlikely", "expected", "expect", "poised", "bound"})
# Nouns of saying whose that-clause is what was said: "issued a reminder to Iraq that it must
# cooperate", "sent a message that...". Their light verb reports the clause.
SPEECH_NOUNS = frozenset({"reminder", "warning", "message", "statement", "declaration", "assurance", "notice",
                          "letter", "note", "ultimatum"})
# "allegations that Russia interfered", "reports of an incursion": somebody's claim, not a fact.
REPORT_NOUNS = frozenset({"allegation", "claim", "report", "rumour", "rumor", "speculation", "suggestion",
                          "suspicion", "fear", "accusation"})
# "the demand that Germany expel the diplomats", "the proposal that Ukraine hold elections": the
# that-clause of a noun of asking or proposing is what is asked for, not what was done (their
# of-phrase is who asks: "the demands of the protesters", so only the clause counts).
WANTING_NOUNS = frozenset({"demand", "call", "request", "proposal", "plea", "appeal", "insistence",
                           "recommendation", "condition", "requirement", "expectation", "hope", "wish",
                           "desire", "idea", "plan", "proposition"})
# Edges along which the event's clause continues (modality of the head applies to the event).
_CLAUSE_EDGES = frozenset(
    {"dobj", "pobj", "prep", "pcomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "nsubj", "conj",
     "compound", "amod", "nmod", "appos", "dative", "agent", "acl", "relcl", "advcl", "npadvmod", "poss"}
)
_NEGATION_EDGES = frozenset({"dobj", "pobj", "prep", "pcomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "dative"})


@dataclass(frozen=True)
class Context:
    modality: Modality
    negated: bool
    future: bool
    obligation: bool
    governor: Token | None  # the verb an infinitive hangs on: "agreed" in "agreed to meet"
    reporter: Token | None  # the speech verb that reports the event
    speech_past: bool
    # The event is the consequence of a condition ("will impose sanctions *if* it invades"),
    # not inside it: announced for the future, that is a threat or a conditional promise.
    consequence: bool = False
    # "must", "has to": a demand when someone else says it; "should", "needs to": an appeal.
    strong_obligation: bool = False
    # The consequence of an "unless" clause ("will withdraw its force *unless* Chad pays"): it
    # happens if the other party does not comply, so announcing it is a threat, whatever the act.
    unless: bool = False


def is_speech(token: Token) -> bool:
    return token.lemma_.lower() in SPEECH_VERBS or token.lemma_.lower() in ACCUSING_VERBS


def _chain(token: Token) -> tuple[list[Token], list[str], Token | None, Token | None]:
    """(nodes from the event word up, the edge each node was left by, the reporting verb, the embedding head)."""
    nodes = [token]
    edges: list[str] = []
    current = token
    reporter: Token | None = None
    embedding: Token | None = None
    while current.head.i != current.i:
        dep = current.dep_
        head = current.head
        if (dep in ("ccomp", "parataxis") and not _controlled(current, head)) or (dep == "advcl" and is_speech(head)):
            embedding = head
            if is_speech(head) or (dep == "ccomp" and said_by_noun(head) is not None):
                reporter = head
            break
        if _controlled(current, head):
            dep = "xcomp"  # "wants Putin to attack", "demanded that X stop": read as the verb's complement
        elif dep in ("relcl", "acl"):
            if dep == "acl" and head.lemma_.lower() in SPEECH_NOUNS and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
                # "sent a message to Russia that it must withdraw": the content of the message.
                embedding = head
                reporter = head.head if head.dep_ == "dobj" else None
            break  # a relative clause has its own tense and modality
        if dep not in _CLAUSE_EDGES:
            break
        edges.append(dep)
        nodes.append(head)
        current = head
    if reporter is None:
        # "X met Y, he said" / "As he stressed, X": the speech verb hangs below the reported clause.
        top = nodes[-1]
        for child in top.children:
            if (child.dep_ in ("parataxis", "ccomp", "advcl", "conj") and is_speech(child) and child.i != token.i
                    and not any(g.dep_ in ("ccomp", "xcomp") for g in child.children)):
                reporter = child
                break
    return nodes, edges, reporter, embedding


def is_mandative(clause: Token) -> bool:
    """A that-clause in the mandative subjunctive or with "should"/"must": what is asked for
    ("demanded that the US *cancel*", "insisted that Hamas *be disarmed*", "urged that talks *should
    resume*"), not what is claimed ("insisted that sanctions *will remain*", "that unrest *reflected*")."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("should", "must") for a in auxes):
        return True
    if clause.tag_ == "VB" and not auxes:
        return True
    # "demanded that Hamas renounce": taggers often read the bare form as a present tense, which
    # after a past-tense verb cannot be one (sequence of tenses), unless it is "are", "have"...
    if (clause.tag_ == "VBP" and not auxes and clause.head.tag_ in ("VBD", "VBN")
            and clause.lower_ not in ("are", "am", "have", "do")):
        return True
    return clause.tag_ == "VBN" and bool(auxes) and all(a.lower_ == "be" for a in auxes)


def _controlled(clause: Token, head: Token) -> bool:
    """A clause that is really the complement of a control or demanding verb above it."""
    if clause.dep_ not in ("ccomp", "advcl"):
        return False
    lemma = head.lemma_.lower()
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if lemma in CONTROL_VERBS and infinitive:
        return True
    if infinitive and lemma in OPEN_OBJECT_CONTROL:
        return True  # "challenged Brown to deny", "allowed Turkey to use the base"
    if infinitive and lemma in DEMANDING_VERBS and any(
            c.dep_ in ("prep", "mark") and c.lower_ == "for" for c in [*head.children, *clause.children]):
        return True  # "called for Burma to release", "asked for the UN to intervene": a for-clause, what is asked
    return clause.dep_ == "ccomp" and lemma in DEMANDING_VERBS and is_mandative(clause)


def _is_purpose_clause(node: Token) -> bool:
    """An infinitival adverbial clause ("..., to help Israel", "in order to") that no control or
    demanding verb governs: the aim of the act above it."""
    if node.dep_ != "advcl" or _controlled(node, node.head):
        return False
    lemma = node.head.lemma_.lower()
    if lemma in CONTROL_VERBS or lemma in DEMANDING_VERBS or lemma in _GOVERNING_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _is_in_event_of(node: Token) -> bool:
    """'in the event of' / 'in case of' / 'in the case of' as a child prepositional phrase."""
    if node.dep_ != "prep" or node.lower_ != "in":
        return False
    # The "of" is needed: "five men were arrested *in the case*" is a legal case, no condition.
    return any(c.dep_ == "pobj" and c.lemma_.lower() in ("event", "case")
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in node.children)


def _negated_here(node: Token) -> bool:
    for child in node.children:
        if alternative_not(child):
            continue  # "whether or not Iran signs": the other alternative, no negation
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never", "no")):
            return True
        if child.dep_ == "det" and child.lower_ in ("no", "neither"):
            return True
        if child.dep_ == "prep":  # "in no way", "by no means", "at no time"
            for pobj in child.children:
                if pobj.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in pobj.children):
                    return True
        if child.dep_ in ("nsubj", "nsubjpass") and node.pos_ in ("VERB", "AUX") and (
            child.lower_ in NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)
            # "*neither* he *nor* his campaign manager had contact with Russia"
            or any(d.dep_ == "preconj" and d.lower_ == "neither" for d in child.children)
            or any(d.dep_ == "neg" for d in child.children)  # "*not a single* activist was arrested"
        ):
            return True  # "*No country* has recognised the vote", "*nobody* attacked": no one did
    return False


def analyse(token: Token, verbal_act: bool) -> Context:
    """The modality of an event carried by `token` (verbal_act: the event is itself a statement or threat)."""
    nodes, edges, reporter, embedding = _chain(token)
    negated = _negated_here(token) or no_longer(token)  # "no longer supplies arms": stopped
    negated = negated or prevented(token)  # "the visit was blocked", "cancelled the rally": did not happen
    conditional = future = obligation = False
    # "hopes that Moscow will withdraw", "fears that Russia would attack": a wish or a fear, not an act.
    # (every form: small models lemmatise "hopes" as "hop")
    hypothetical = embedding is not None and not WISH_VERBS.isdisjoint(verb_lemmas(embedding))
    # "denied that its army attacked", "it is unclear whether...": doubted or asked, not asserted.
    doubt = doubted_by(embedding, nodes[-1]) if embedding is not None else None
    hypothetical = hypothetical or doubt is Effect.HYPOTHETICAL
    # "warned Israel against *any* attack", "*every* aggression will be answered": an act of a
    # kind, none in particular
    hypothetical = hypothetical or (token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in token.children))
    inside = consequence = strong = unless = False
    governor: Token | None = None
    speech_past = reporter is not None and reporter.tag_ in ("VBD", "VBN")
    adjunct = False  # passed an adverbial clause with its own subject ("objected *when it conducted*")
    for position, node in enumerate(nodes):
        edge_in = edges[position - 1] if position > 0 else ""
        if edge_in == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in nodes[position - 1].children):
            adjunct = True
        elif edge_in == "advcl" and node.lemma_.lower() in _GOVERNING_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in nodes[position - 1].children):
            # "threatened on Monday to secede": an infinitive hung as an adverbial clause is still
            # the complement of a verb that takes one.
            edge_in = "xcomp"
        if position > 0 and not negated and edge_in in _NEGATION_EDGES:
            negated = _negated_here(node)
        # "in no way poses a threat or seeks a confrontation": the negation covers both.
        if (position > 0 and edge_in == "conj" and not negated and _negated_here(node)
                and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in node.children)):
            negated = True
        effect = _embedded_effect(nodes, edges, position) if governor is None and not adjunct else None
        if effect is not None:
            # "was able to", "is yet to", "is to visit", "was forced to": the embedding word decides,
            # and is no governor to turn the act into an intent, appeal or demand.
            negated = negated or effect is Effect.NEGATED
            hypothetical = hypothetical or effect is Effect.HYPOTHETICAL
            future = future or effect is Effect.FUTURE
        elif edge_in == "xcomp" and node.lemma_.lower() in FAILING_VERBS:
            negated = True  # "failed to reach agreement": it was not reached
        elif edge_in == "xcomp":
            if node.lemma_.lower() in OBLIGATION_VERBS:
                obligation = True
                strong = strong or node.lemma_.lower() in STRONG_OBLIGATION
            elif node.lemma_.lower() in HEDGE_VERBS and node.tag_ == "VBN":
                hypothetical = True  # "a missile *believed to* have been fired by rebels": a belief
            elif node.lemma_.lower() in SCHEDULE_WORDS and governor is None:
                future = True  # "is scheduled to meet", "are set to sign": announced, not done
            elif (node.lemma_.lower() in FORECAST_WORDS or node.lower_ in FORECAST_WORDS) and governor is None:
                hypothetical = True
            elif governor is None and not adjunct:
                # a clause with its own subject under "when", "after"... is no complement of this verb
                governor = node
                # "plans to bemoan", "aims to denounce", "hopes to persuade": a statement or appeal
                # is done by saying it; one only planned or aimed at has not been said (CAMEO has no
                # intent to criticise or to appeal), so it is no asserted statement.
                hypothetical = hypothetical or (verbal_act and not ASPIRATION_VERBS.isdisjoint(verb_lemmas(node)))
        if edge_in == "pobj" and node.lower_ == "without":
            negated = True
        own_adjuncts = position == 0 and verbal_act
        # "Should Russia invade", "had Iraq attacked", "in case Russia attacks": a condition
        # without "if" (communique.events.conditions); its auxiliary is no obligation or past.
        inverted = inverting_auxiliary(node)
        if inverted is not None or phrase_condition(node):
            conditional = inside = True
        for child in node.children:
            dep, word = child.dep_, child.lower_
            if inverted is not None and child.i == inverted.i:
                continue
            if dep == "aux" or (dep == "auxpass" and word in HYPOTHETICAL_MODALS | FUTURE_MODALS):
                if word == "would" and counterfactual(node):
                    hypothetical = True  # "said it would have attacked": what did not happen
                elif word in FUTURE_MODALS:
                    future = True
                elif word in OBLIGATION_MODALS:
                    obligation = True
                    strong = strong or word in STRONG_OBLIGATION
                elif word == "would" and speech_past:
                    future = True  # "announced it would free": the future seen from the past
                elif word in HYPOTHETICAL_MODALS:
                    hypothetical = True
                elif word == "going" or child.lemma_ == "go":
                    future = True
            elif dep == "advcl" and not own_adjuncts and states_condition(child) \
                    or _is_in_event_of(child) and not own_adjuncts:
                conditional = consequence = True
                unless = unless or any(m.dep_ == "mark" and m.lower_ in THREAT_MARKS for m in child.children)
            elif dep == "amod" and child.lemma_.lower() in HYPOTHETICAL_ADJECTIVES and node.pos_ == "NOUN":
                hypothetical = True
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in node.children):
            conditional = inside = True
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            outer = node.head.head
            if outer.lemma_.lower() in ("event", "case") and outer.dep_ == "pobj" and outer.head.lower_ == "in":
                conditional = inside = True
        if node.lemma_.lower() in ("going",) and edge_in == "xcomp":
            future = True
    # "a plan to attack", "calls to negotiate", "efforts to counter": an infinitive hung on a
    # noun names a possibility, not an act.
    for node in nodes:
        if node.dep_ == "acl" and node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        ):
            hypothetical = True
        if _reported_by_noun(node):
            hypothetical = True
        if names_an_aim(node) or proposed_or_opposed(node):
            hypothetical = True  # "the aim of ousting Assad", "proposed holding talks"
    if (generic_relative(nodes[-1]) or standing_passive(token)) and not (verbal_act and nodes[-1] is token):
        # "a system where the government leads investment": a description; but a stance said in
        # the relative clause is the clause's own act ("whom Turkey accuses of...").
        hypothetical = True
    # "sent troops to help defend the border": a purpose clause says what was meant, not done;
    # a verbal act in one was done by saying it ("met Lavrov to warn him").
    if not verbal_act and any(_is_purpose_clause(node) for node in nodes[:-1]):
        hypothetical = True
    question = token.sent.text.rstrip().endswith("?") and reporter is None
    question = question or doubt is Effect.QUESTION  # "it is unclear whether...": asked, not told
    if negated:
        modality = Modality.NEGATED
    elif question:
        modality = Modality.QUESTION
    elif conditional:
        modality = Modality.CONDITIONAL
    elif hypothetical:
        modality = Modality.HYPOTHETICAL
    else:
        modality = Modality.ASSERTED
    return Context(modality, negated, future, obligation, governor, reporter, speech_past,
                   consequence and not inside, strong, unless and not inside)


def _embedded_effect(nodes: list[Token], edges: list[str], position: int) -> Effect | None:
    """What the word at `position` of the chain says about the act below it, when it governs
    that act's infinitive ("unable to", "was forced to", "is to")."""
    if position == 0 or edges[position - 1] != "xcomp" or presupposed(nodes[0]):
        return None
    return infinitive_effect(nodes[position], nodes[position - 1])


def _reported_by_noun(node: Token) -> bool:
    """The clause or of-phrase of a report noun: "allegations *that* ...", "reports *of* an attack";
    or the clause of a noun of asking: "the demand *that* Germany expel ..."."""
    head = node.head
    if node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS:
        return True
    if node.dep_ in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in WANTING_NOUNS and (
            node.tag_ == "VB" or any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
        # Only the content clause: "that" as a conjunction or a bare verb (the subjunctive), also
        # where small parsers read it as a relative clause ("the proposal that Ukraine hold
        # elections"); a participle says what the thing does ("an executive order banning entry").
        return True
    if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in REPORT_NOUNS
    return False


def ruled_out(act: Token) -> Token | None:
    """"Removing the sanctions *is out of the question*", "lifting them *is not an option*", "a
    withdrawal *is off the table*": the copula that rules the act out (its speaker refuses it),
    or None. Without its negation an option is open ("is an option"), so only "not an option"."""
    if act.dep_ not in ("csubj", "nsubj") or act.head.lemma_.lower() != "be":
        return None
    copula = act.head
    negated = _negated_here(copula)
    for child in copula.children:
        if child.dep_ == "prep" and child.lower_ in ("out", "off") and not negated:
            words = {t.lower_ for t in child.subtree}
            if ("question" in words and child.lower_ == "out") or ("table" in words and child.lower_ == "off"):
                return copula
        if child.dep_ == "attr" and child.lemma_.lower() == "option" and negated:
            return copula
    return None


def said_by_noun(verb: Token) -> Token | None:
    """The noun of saying a verb issues or sends ("issued a *reminder* ... that"), or None."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS), None)
