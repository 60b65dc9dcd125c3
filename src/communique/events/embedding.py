"""What a word that embeds an act says about whether the act happened.

English names many acts it does not report. An infinitive hung on another word takes
its truth from that word (Karttunen's implicatives and their kin):

- ability, permission and entitlement say the act *could* happen, not that it did ("was able to
  reject", "were entitled to complain", "allowed Turkey to use the base"); so do effort without
  outcome ("struggling to muster", "strove to contain"), dispositions ("tend to", "deserve to"),
  dares and advice ("challenged Brown to deny", "warned Russia to stop");
- some say it did not happen: "unable to", "is yet to", "forgot to";
- "is to visit" announces a plan, as "is set to" does;
- being made to act says that one did ("was forced to withdraw", "were obliged to leave"): the
  act is asserted, of the one who was made to do it, and no demand by anyone is read into it;
- the content of an aim is a goal, not an act ("the aim of ousting Assad", "the goal is to
  topple him", "share another aim: curbing US influence");
- an act proposed, favoured or opposed is under discussion, not done ("proposed holding talks",
  "was opposed to Mr Trump speaking to MPs", "objected to Peru expelling the diplomats"), unlike
  one condemned, regretted or welcomed, which is taken as known;
- "no longer" says the act has stopped ("the US no longer supplies arms to the Kurds");
- an act blocked, prevented, cancelled or called off did not happen ("the minister's visit was
  blocked", "cancelled the rally", "prevented the ministers from speaking");
  the blocking is the act, coded from its own verb;
- a clause under a doubt, a denial or an open question is not asserted ("denied that its army
  attacked civilians", "it is unclear whether troops will remain");
- a relative clause in the simple present describes what its noun is like, a habit or a
  standing state, not an act that happened: "a system where the government *leads* investment",
  "the revenues the regime *uses* to spread terror" (news reports acts in the past, the perfect or
  the progressive: "the militia, which *has attacked*...", "which *attacked*..."); so does the
  simple present passive ("the camp *is managed* by the UK's allies"); a stance said in either
  stands, as saying is the act ("the prince, whom Turkey *accuses* of ordering...").

`modality.analyse` asks these questions while it walks up from the event word; each answer is
one `Effect`. The lists are closed sets of English words, chosen for what they mean.
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Token


class Effect(Enum):
    HYPOTHETICAL = "hypothetical"  # named as possible, allowed, attempted, aimed at
    NEGATED = "negated"  # said not to have happened
    FUTURE = "future"  # announced as planned ("is to visit")
    IMPLICATIVE = "implicative"  # happened, done by the one made to do it ("was forced to withdraw")
    QUESTION = "question"  # asked about, left open ("it is unclear whether troops will remain")


# "able to", "entitled to", "free to", "allowed to": a capacity or a licence, not a deed.
CAPACITY_WORDS = frozenset([
    "able", "capable", "entitle", "entitled", "free", "allow", "allowed", "permit", "permitted",
    "authorise", "authorised", "authorize", "authorized", "empower", "empowered", "eligible", "enable",
    "license", "licence", "licensed", "welcome",
])
# Effort, disposition, risk, pretence and dares: the outcome is open ("struggled to contain",
# "tends to side", "risks escalating the conflict", "pretended to negotiate").
OPEN_OUTCOME_WORDS = frozenset([
    "struggle", "strive", "endeavour", "endeavor", "scramble", "labour", "labor", "tend", "deserve",
    "dare", "challenge", "advise", "remind", "warn", "caution", "train", "teach", "inspire", "motivate",
    "tempt", "reluctant", "hesitant", "loath", "loth", "afraid", "unwilling", "suppose", "supposed",
    "mean", "meant", "risk", "pretend",
])
# In the simple past or the perfect, an ability or an enabling reports the act as done ("the army
# was able to retake the city": the actuality entailment of past ability; "has enabled the regime
# to retake territory"). A permission, an entitlement or an authorisation does not: it often
# precedes the act it licenses ("allowed the opposition leader to bring out a rally", "MPs were
# entitled to complain").
PAST_ACHIEVEMENT_WORDS = frozenset(["able", "enable", "enabled"])
# Verbs that "dare" someone else: with an object ("dared Moscow to act") the act is open; alone
# ("dared to criticise") the subject did it.
_OBJECT_ONLY = frozenset({"dare", "challenge"})
# "unable to", "forgot to", "neglected to", "avoided criticising": the act did not happen.
NOT_DONE_WORDS = frozenset(["unable", "incapable", "forget", "neglect", "omit", "avoid"])
# Passives of compulsion: "was forced to withdraw" says the withdrawal happened.
# (Being pressed, pressured or urged to act says nothing of whether one did.)
COMPULSION_WORDS = frozenset(["force", "forced", "compel", "compelled", "oblige", "obliged", "obligate",
                              "obligated", "make", "made"])
# Verbs that leave to their object an act they allow, dare or advise: "challenged Brown *to deny*",
# "allowed Turkey *to use* the base" (small parsers often read the infinitive as a clause).
OPEN_OBJECT_CONTROL = frozenset(["challenge", "dare", "advise", "remind", "warn", "caution", "train", "teach",
                                 "inspire", "motivate", "tempt", "allow", "permit", "enable", "authorise",
                                 "authorize", "empower", "entitle", "license"])
# Nouns whose content is a goal, a possibility, a licence or a duty, not a deed: "the aim of
# ousting", "the goal is to topple", "an aim: curbing", "the risk of escalating", "the right to".
AIM_NOUNS = frozenset([
    "aim", "goal", "objective", "ambition", "intention", "intent", "purpose", "mission", "task", "dream",
    "desire", "hope", "wish", "target", "agenda", "priority", "quest", "bid", "attempt", "effort", "strategy",
    "idea", "vision", "plan", "policy", "option", "way", "chance", "opportunity", "right", "ability",
    "capacity", "power", "freedom", "permission", "readiness", "willingness", "determination", "resolve",
    "temptation", "urge", "pressure", "need", "duty", "obligation", "responsibility", "mandate", "risk",
    "danger", "prospect", "possibility", "likelihood",
])
# Stances on a proposal: the gerund they take names an act under discussion.
PROPOSAL_STANCES = frozenset(["propose", "proposed", "suggest", "recommend", "advocate", "favour", "favor",
                              "oppose", "opposed", "object", "resist", "contemplate"])
STANCE_PREPOSITIONS = frozenset({"to", "of", "for", "against"})
# A that- or wh-clause under these is doubted, denied or imagined, not asserted ...
DOUBT_WORDS = frozenset([
    "deny", "doubt", "dispute", "refute", "doubtful", "unconvinced", "skeptical", "sceptical", "imagine",
    "pretend", "suppose", "assume", "speculate", "guess",
])
# ... or asked about: an open question.
QUESTION_WORDS = frozenset(["question", "wonder", "ask", "unclear", "uncertain", "unknown", "unsure"])
DENIAL_WORDS = frozenset(["deny", "dispute", "refute"])
# Subjects that negate their clause ("nobody doubts", "none of them attacked").
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "no-one", "neither"})
# ... except a question of why or how it was done, which takes the act as given.
PRESUPPOSING_QUESTIONS = frozenset({"why", "how"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def infinitive_effect(governor: Token, complement: Token) -> Effect | None:
    """What `governor` says about the act of the infinitive or gerund `complement` it governs
    (the edge between them read as xcomp), or None when it says nothing of this kind."""
    lemma, form = governor.lemma_.lower(), governor.lower_
    words = {lemma, form}
    if not words.isdisjoint(NOT_DONE_WORDS):
        return Effect.NEGATED
    if lemma in ("be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in governor.children):
        return Effect.NEGATED  # "are yet to unveil", "has yet to respond": not done so far
    if not words.isdisjoint(COMPULSION_WORDS) and _passive(governor):
        return Effect.IMPLICATIVE
    if not words.isdisjoint(PAST_ACHIEVEMENT_WORDS) and _past_fact(governor):
        return Effect.IMPLICATIVE
    if not words.isdisjoint(_OBJECT_ONLY) and not any(c.dep_ in ("dobj", "nsubj") and c.i > governor.i
                                                      for c in [*governor.children, *complement.children]):
        return None  # "dared to criticise": the subject did
    if not words.isdisjoint(CAPACITY_WORDS) or not words.isdisjoint(OPEN_OUTCOME_WORDS):
        return Effect.HYPOTHETICAL
    if not words.isdisjoint(DENIAL_WORDS):
        return Effect.HYPOTHETICAL  # "denied discussing sanctions": the denial is the act
    if lemma == "be" and governor.tag_ != "VB" and _only_predicate(governor, complement):
        # "Blair is to visit Sheffield", "the summit was to end the war": a plan. (The bare form
        # "be" follows a modal or "to", which decide on their own.)
        return Effect.FUTURE
    return None


def _past_fact(word: Token) -> bool:
    """The word (or the copula of an adjective: "was able") is in the simple past or the perfect,
    with no modal ("would have been able" is no fact)."""
    verb = word.head if word.dep_ in ("acomp", "attr") and word.pos_ != "VERB" else word
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _only_predicate(copula: Token, complement: Token) -> bool:
    """"X is to do": the infinitive is the copula's whole predicate (no adjective or noun before
    it, as in "is ready to", "is the first to") and its subject names no aim ("the aim is to...")."""
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in copula.children):
        return False
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() in AIM_NOUNS or subject.lower_ in ("it", "this", "that", "there"):
        return False
    return complement.i > copula.i


def names_an_aim(node: Token) -> bool:
    """The clause of `node` is the content of an aim, plan or right: "the aim *of ousting*", "the
    goal is *to topple*", "another aim: *curbing*" (whatever the parser hung the clause on)."""
    head = node.head
    if head.i == node.i or node.pos_ not in ("VERB", "AUX"):
        return False
    if node.dep_ == "pcomp" and head.lower_ in ("of", "at", "for", "towards", "toward") and head.head.lemma_.lower() in AIM_NOUNS:
        return True
    if node.dep_ in ("acl", "appos", "relcl") and head.lemma_.lower() in AIM_NOUNS and node.tag_ in ("VB", "VBG"):
        return True
    if node.dep_ in ("xcomp", "attr", "ccomp", "advcl") and head.lemma_.lower() == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in AIM_NOUNS:
            return True  # "the goal is to topple", "their priority was securing"
    if node.dep_ in ("advcl", "appos", "conj", "dep", "parataxis") and node.tag_ in ("VB", "VBG"):
        # "share another aim: curbing US influence": the clause stands after the aim noun, set off
        # by a colon or a dash, and the parser hung it on the verb.
        previous = node.doc[node.i - 1] if node.i > 0 else None
        before = node.doc[node.i - 2] if node.i > 1 else None
        if previous is not None and previous.text in (":", "-", "–", "—") and before is not None:
            return before.lemma_.lower() in AIM_NOUNS
    return False


def proposed_or_opposed(node: Token) -> bool:
    """A gerund naming an act that a stance proposes or opposes: "proposed *holding* talks", "was
    opposed *to* Mr Trump *speaking*", "objected to Peru *expelling*" (the parser hangs the gerund
    on the stance, on its preposition, or on the gerund's own subject)."""
    if node.tag_ != "VBG" or node.head.i == node.i:
        return False
    head = node.head
    if node.dep_ in ("xcomp", "dobj", "advcl", "ccomp") and head.lemma_.lower() in PROPOSAL_STANCES:
        return True
    if node.dep_ == "acl" and head.dep_ == "pobj":
        head = head.head  # "opposed to [Trump speaking]": the gerund hangs on its subject
    elif node.dep_ != "pcomp":
        return False
    return (head.dep_ == "prep" and head.lower_ in STANCE_PREPOSITIONS
            and head.head.lemma_.lower() in PROPOSAL_STANCES)


def doubted_by(embedding: Token, clause: Token) -> Effect | None:
    """A `clause` embedded under a denial or a doubt (HYPOTHETICAL: "denied that its army
    attacked", "doubts the rebels will attack") or an open question (QUESTION: "it is unclear
    whether...", "asked if..."), else None. A question of why or how the act was done takes it as
    given ("asked why Russia is backing him"), as does a negated doubt ("nobody doubts that...")."""
    words = {embedding.lemma_.lower(), embedding.lower_}
    # "it is unclear how many...": the word is the copula's adjective.
    words |= {c.lemma_.lower() for c in embedding.children if c.dep_ in ("acomp", "attr")}
    if _negated(embedding) or _coordinated(clause):
        return None
    if not words.isdisjoint(DENIAL_WORDS):
        return Effect.HYPOTHETICAL
    if any(c.dep_ == "advmod" and c.lower_ in PRESUPPOSING_QUESTIONS for c in clause.children):
        return None
    if not words.isdisjoint(DOUBT_WORDS):
        return Effect.HYPOTHETICAL
    return Effect.QUESTION if not words.isdisjoint(QUESTION_WORDS) else None


def _coordinated(clause: Token) -> bool:
    """"denied X and Pence repeated that claim": a clause right after "and" or "but", with no "that",
    is the sentence's next clause, whatever complement the parser made of it."""
    start = clause.left_edge.i
    return (start > 0 and clause.doc[start - 1].dep_ == "cc" and clause.doc[start - 1].lower_ in ("and", "but")
            and not any(c.dep_ == "mark" for c in clause.children))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS)
               or (c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
               for c in verb.children)


def presupposed(event: Token) -> bool:
    """An event noun with a possessive or a definite article names an act taken as known ("struggled
    to defend *Labour's call*", "was unable to stop *the attack*"), whatever the verb above it says."""
    if event.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in event.children)


def generic_relative(clause: Token) -> bool:
    """A relative clause whose verb is in the simple present: a description of its noun."""
    if clause.dep_ != "relcl" or clause.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def standing_passive(event: Token) -> bool:
    """An event verb in the simple present passive: "the camp *is managed* by the UK's allies", "the
    town *is controlled* by rebels" describe a standing state, not an act that happened (reported
    acts take the past or the perfect: "was attacked", "has been shelled")."""
    if event.tag_ != "VBN":
        return False
    auxes = [c for c in event.children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")


# Verbs whose object (or passive subject) is an act that therefore did not take place.
# ("Thwarted" and "foiled" are left out: they also say an attack under way was repelled, "the army
# was thwarting an attack by the rebels", and a thwarted attempt is still an attempt.)
# Being "spared" an act, "avoiding" it or "staving" it off says as much: "the city was spared an
# assault", "the deal avoided a war", "staved off a strike" (the small model lemmatises "spared" as
# "spar", so its inflected forms are listed too).
PREVENTING_VERBS = frozenset(["block", "prevent", "cancel", "scrap", "postpone", "avert", "veto", "ban", "bar",
                              "abort", "forestall", "axe", "spare", "spared", "spares", "avoid", "stave"])
# A blocked attempt was still made ("an attempt to assassinate him was blocked": 185).
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "try"})
# "prevented X from speaking", "stopped them from entering", "kept them from voting".
FROM_PREVENTING_VERBS = PREVENTING_VERBS | {"stop", "keep", "bar", "block", "ban"}


def prevented(event: Token) -> bool:
    """The act named by `event` was stopped before it happened: an event noun that a preventing
    verb takes as its object or passive subject ("*the visit* was blocked", "cancelled *the
    rally*", "called off *the talks*"), or a gerund after "from" ("prevented them from *speaking*")."""
    head = event.head
    if head.i == event.i or event.lemma_.lower() in ATTEMPT_NOUNS:
        return False
    if event.pos_ in ("NOUN", "PROPN") and event.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in PREVENTING_VERBS or head.lower_ in PREVENTING_VERBS:
            return True
        # "called off the talks": the particle makes "call" a cancelling verb.
        return head.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    if event.dep_ == "pcomp" and head.lower_ == "from" and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        return governor.lemma_.lower() in FROM_PREVENTING_VERBS or governor.lower_ in FROM_PREVENTING_VERBS
    return False


def no_longer(verb: Token) -> bool:
    """"no longer supplies arms", "will not any longer recognise": the act has stopped or will stop."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(
                g.dep_ in ("neg", "det", "advmod") and g.lower_ in ("no", "not", "any") for g in child.children):
            return True
    return False
