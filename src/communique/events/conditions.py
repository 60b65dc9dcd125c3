"""Conditions English states without "if", and the past that did not happen.

`communique.events.modality` reads an "if"/"unless" clause by its marker. News states many
conditions without one, and each leaves its act unasserted just as "if" does:

- inversion: "*Should* Russia invade Ukraine, ...", "*were* Russia to invade", "*had* Iraq
  attacked Kuwait, ..." (the auxiliary before its subject is the conditional conjunction; the
  "should" is no obligation and the "had" no past perfect);
- conjunction phrases: "in case Russia attacks", "in the event that", "provided that", "on
  condition that" (the small parser reads "in case" as a prepositional phrase, "that Russia
  attacks" as a relative clause of "event");
- "whether or not": a concessive alternative; its "not" negates nothing, and the clause it
  introduces is left open, while its main clause holds either way ("whether or not China agrees,
  France will sanction Syria" is no condition on the sanctions);
- the counterfactual past: "would have bombed", "could have invaded": the act did not happen
  (after a past speech verb "would" is the future seen from the past, "said it would attack", but
  "said it would *have* attacked" is still a counterfactual).

Inversion is read off the words, not the parse: the small model attaches the auxiliary and the
subject in many ways (even "should the United States *attack*" with "attack" as a noun), but the
order auxiliary, noun phrase, verb is what English uses to mark the condition. Fronted negatives
and wh-words invert too ("nor should Russia", "never had the army", "what should the US do"), and so
do questions; those are excluded.
"""

from __future__ import annotations

from spacy.tokens import Token

# Auxiliaries that, put before their subject in a statement, open a condition clause.
INVERTING_AUXILIARIES = frozenset({"should", "were", "had"})
# Words after which an inverted auxiliary is negative or restrictive fronting or a comparison ("as
# should France", "than had been expected"), not a condition.
NEGATIVE_FRONTING = frozenset({"nor", "neither", "never", "not", "only", "rarely", "seldom", "hardly", "scarcely",
                               "little", "so", "no", "barely", "nowhere", "as", "than"})
# What a subject noun phrase between the auxiliary and its verb is made of (adverbs and "not" may
# sit before the verb: "should Russia ever invade", "had Iraq not withdrawn").
_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM", "ADV", "PART"})
_NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})
# Verb forms each inverted auxiliary takes: "should X invade", "had X attacked/invaded" (taggers
# often read the participle as a past tense); small parsers also tag the verb of "should the US
# attack" as a noun.
_VERB_TAGS = {"should": frozenset({"VB", "VBP", "NN"}), "had": frozenset({"VBN", "VBD"}), "were": frozenset({"VB"})}
# Conjunction phrases of condition, read as words before or at the start of the clause.
CONDITION_PHRASES: tuple[tuple[str, ...], ...] = (
    ("in", "case", "that"), ("in", "case"), ("in", "the", "event", "that"), ("provided", "that"),
    ("providing", "that"), ("on", "condition", "that"), ("on", "the", "condition", "that"),
)


def inverted_condition(verb: Token) -> bool:
    """Whether `verb` heads a condition clause opened by an inverted auxiliary ("should Russia
    invade", "were Russia to invade", "had Iraq attacked")."""
    sent = verb.sent
    if sent.text.rstrip().endswith("?"):
        return False  # "Should the US strike Syria?": a question, which modality reads as one
    doc = verb.doc
    i = verb.i - 1
    infinitive = i >= sent.start and doc[i].lower_ == "to"
    if infinitive:
        i -= 1  # "were Russia *to* invade"
    nominal = False
    while i >= sent.start and (doc[i].pos_ in _PHRASE_POS or doc[i].tag_ == "POS" or doc[i].lower_ == "-") \
            and doc[i].lower_ not in INVERTING_AUXILIARIES:
        nominal = nominal or doc[i].pos_ in _NOMINAL_POS
        i -= 1
    if i < sent.start or not nominal:
        return False
    auxiliary = doc[i]
    word = auxiliary.lower_
    if word not in INVERTING_AUXILIARIES or (word == "were") != infinitive:
        return False
    if verb.tag_ not in _VERB_TAGS[word]:
        return False
    before = doc[i - 1] if i > sent.start else None
    if before is None:
        return True
    if before.lower_ in NEGATIVE_FRONTING or (before.tag_ in ("WDT", "WP", "WP$", "WRB") and before.lower_ != "that"):
        return False  # "nor should Russia invade", "what should the US do"
    if word == "had":
        # "had" also takes an object and a participle ("the EU had its envoy recalled"): only at
        # the opening of a clause is it inverted.
        return before.is_punct or before.lower_ == "that" or before.pos_ in ("CCONJ", "SCONJ", "VERB")
    return True


def inverting_auxiliary(verb: Token) -> Token | None:
    """The auxiliary of an inverted condition clause headed by `verb`, or None."""
    if not inverted_condition(verb):
        return None
    doc = verb.doc
    return next((doc[i] for i in range(verb.i - 1, verb.sent.start - 1, -1)
                 if doc[i].lower_ in INVERTING_AUXILIARIES), None)


def phrase_condition(clause: Token) -> bool:
    """A clause opened by a conjunction phrase of condition ("in case Russia attacks", "in the
    event that Russia attacks", "provided that Iran complies"), read from the words at the clause's
    left edge, or just before it where the parser hung the phrase elsewhere."""
    doc = clause.doc
    if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    left = clause.left_edge.i
    subject = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    for phrase in CONDITION_PHRASES:
        size = len(phrase)
        for start in (left, left - size, subject.left_edge.i - size):
            if start < clause.sent.start or start + size > subject.left_edge.i:
                continue
            if tuple(t.lower_ for t in doc[start:start + size]) == phrase:
                return True
    return False


def states_condition(clause: Token) -> bool:
    """Whether an adverbial clause makes its head conditional: "if", "unless", "lest", an
    inverted auxiliary or a conjunction phrase; not "whether (or not)", which leaves its head true
    either way."""
    if any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "lest") for m in clause.children):
        return True
    return inverted_condition(clause) or phrase_condition(clause)


def alternative_not(token: Token) -> bool:
    """The "not" of "whether or not", "... or not": the other alternative, no negation."""
    return token.lower_ in ("not", "n't") and token.i > 0 and token.doc[token.i - 1].lower_ == "or"


def counterfactual(verb: Token) -> bool:
    """"would have bombed", "could have invaded", "might have attacked": the past that did not
    happen (a modal, then "have", then the participle)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    words = [a.lower_ for a in auxes]
    if "have" not in words and "'ve" not in words:
        return False
    return any(w in ("would", "could", "might", "'d") for w in words)
