"""Orders to one's own forces and demands restated as nouns: whose act, towards whom.

Two readings of English that the generic rewrites in `communique.events.transforms` get wrong:

- "Trump *ordered* the military *to strike* Syria": an order given to one's own forces is no
  demand (10x) addressed to them; the forces are the orderer's instrument, so the act is the
  orderer's, towards the attack's target. An order is a decision that the act will happen, not
  the act itself (news cannot tell from the verb whether it was carried out), so it is coded as an
  announced act: CAMEO codes conflictual behaviour "forecasted using future tense" as a threat
  (codebook, 130: "'will attack' is coded as 'Threaten to attack'"), so an ordered attack is a
  threat of force (138x) and an ordered withdrawal an intent (0356), as `transforms.intent` maps
  them. An order to another party's forces ("ordered Syrian troops to withdraw") stays a demand.
- "Iran *renewed its demand* that Saudi Arabia withdraw its troops": the that-clause of a noun of
  asking is what is asked (`modality` leaves it unasserted); the verb that makes, renews or
  repeats the noun asserts the asking. So the asker (the verb's subject) demands (10x) or appeals
  (02x) for the act, of the clause's subject: IRN 1056 SAU (CAMEO 1056: "demands for ... military
  withdrawals"). A demand rejected or ignored is no demand by the rejecter: only verbs that voice
  the noun count.
- "Turkey *announced its intention to* attack Kurdish forces", "Iran *reiterated its willingness to*
  negotiate with the US", "*Trump's promise to* mend ties with Russia": a noun of intending with
  its infinitive says what its owner means to do, as "intends to", "is willing to" and "promised
  to" do (`transforms.intent`: an intent, 03x, or a threat of force, 13x). The infinitive's doer
  is the noun's owner, or the subject of the verb that voices the noun; a plan someone else
  criticises or welcomes ("condemned Turkey's plan to...") is still its owner's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from communique.events import transforms
from communique.events.codes import armed
from communique.events.drafts import Draft, rewrite
from communique.events.modality import analyse
from communique.events.roles import ActorIndex, phrase_actors, subject_of
from communique.model import Actor, Modality

# Verbs of command whose object carries out the act.
COMMAND_GOVERNORS = frozenset({"order", "command", "instruct", "direct"})
# Nouns of asking whose content is a demand (10x) ...
DEMAND_NOUNS = frozenset({"demand", "insistence", "ultimatum"})
# ... or an appeal (02x).
APPEAL_NOUNS = frozenset({"call", "request", "appeal", "plea"})
# Verbs that voice, renew or repeat a demand: their subject makes it.
VOICING_VERBS = frozenset({"renew", "repeat", "reiterate", "restate", "reaffirm", "make", "issue", "voice",
                           "press", "put", "submit", "present", "deliver", "send", "lodge", "step"})


# Nouns of intending whose infinitive is what their owner means to do.
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "readiness", "willingness", "determination", "decision",
                          "pledge", "promise", "vow", "commitment", "resolve", "aim"})
# Verbs that voice such a noun: their subject owns it.
VOICING_INTENT_VERBS = VOICING_VERBS | frozenset({"announce", "express", "declare", "confirm", "state", "signal",
                                                  "show", "outline", "unveil", "underline", "stress", "emphasize",
                                                  "emphasise", "demonstrate", "indicate", "affirm", "voice"})


def stated_intent(draft: Draft, actors: ActorIndex) -> tuple[Draft, Token | None] | None:
    """The intent (or threat) a noun of intending states ("announced its intention to attack
    Kurdish forces": TUR 138 ...), and the voicing verb to silence, or None (see the module's note)."""
    token = draft.token
    noun = token.head
    if (token.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            or draft.modality is Modality.NEGATED):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    owners = phrase_actors(owner, actors, with_conjuncts=False) if owner is not None else []
    verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in VOICING_INTENT_VERBS else None
    if not owners and verb is not None:
        subject = subject_of(verb)
        owners = phrase_actors(subject, actors) if subject is not None else []
    if not owners:
        return None
    taken = {o[1].i for o in owners}
    targets = [t for t in draft.targets if t[1].i not in taken]
    code = transforms.intent(draft.code)
    outer = analyse(verb if verb is not None else noun, False)
    if not targets and code[:2] == "13":
        return None  # a threat threatens someone: with no one named it stays an unasserted act
    intended = rewrite(draft, code, owners, targets, "stated " + noun.lemma_.lower())
    return replace(intended, token=verb or noun, context=outer, modality=outer.modality, borrowed=False), verb


def commands_own_forces(orderers: list[tuple[Actor, Token]], addressees: list[tuple[Actor, Token]]) -> bool:
    """Whether every addressee of an order is an armed body of the orderer's own side ("the
    military", "Russian troops" for Putin, "his fighters" for a rebel commander)."""
    if not orderers or not addressees:
        return False
    countries = {o[0].country for o in orderers}
    return all(armed(a[0].sectors, a[0].code) and (a[0].country is None or a[0].country in countries) for a in addressees)


def commanded_act(draft: Draft, orderers: list[tuple[Actor, Token]],
                  addressees: list[tuple[Actor, Token]]) -> Draft | None:
    """The act an orderer commands its own forces to do, as the orderer's announced act (see the
    module's note), or None when the order goes to another party."""
    if not commands_own_forces(orderers, addressees):
        return None
    taken = {a[1].i for a in addressees} | {o[1].i for o in orderers}
    targets = [t for t in draft.targets if t[1].i not in taken]
    if not targets and transforms.intent(draft.code)[:2] == "13":
        # "instructed the bomber to detonate the device": a threat threatens someone; with no one
        # named, the ordered act is only that, an act not asserted
        return replace(draft, modality=Modality.HYPOTHETICAL)
    # (coercion keeps its own code, as `transforms.intent` says: "ordered the police to arrest")
    return replace(rewrite(draft, transforms.intent(draft.code), orderers, targets, "ordered"), borrowed=False)


def _content_noun(clause: Token) -> Token | None:
    """The noun of asking whose content clause `clause` is ("demand *that* X withdraw", "call
    *for* NATO *to* withdraw"), or None."""
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp", "relcl", "advcl") or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in DEMAND_NOUNS | APPEAL_NOUNS:
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if "that" in marks or (clause.tag_ in ("VB", "VBP") and clause.dep_ != "advcl") or ("for" in marks and infinitive):
        return noun
    return None


def stated_want(draft: Draft, actors: ActorIndex) -> tuple[Draft, Token] | None:
    """The demand or appeal a voiced noun of asking makes ("renewed its demand that Saudi Arabia
    withdraw": IRN 1056 SAU), and the voicing verb (to silence), or None."""
    noun = _content_noun(draft.token)
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in VOICING_VERBS:
        return None
    verb = noun.head
    subject = subject_of(verb)
    askers = phrase_actors(subject, actors) if subject is not None else []
    if not askers:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        askers = phrase_actors(owner, actors) if owner is not None else []
    asked = [s for s in draft.sources if all(s[0].code != a[0].code for a in askers)]
    if not askers or not asked:
        return None
    wanted = transforms.demand if noun.lemma_.lower() in DEMAND_NOUNS else transforms.appeal
    outer = analyse(verb, True)
    stated = rewrite(draft, wanted(draft.code), askers, asked, "stated " + noun.lemma_.lower())
    return replace(stated, token=verb, context=outer, modality=outer.modality, borrowed=False), verb
