"""Drafts: events before they become model.Event, and the sentence-level filters over them.

The coder (communique.events.coder) makes one `Draft` per matched event word; the transformations
(intent, appeal, threat, accusation...) `rewrite` it; before pairing sources with targets, the
filters here drop drafts that only restate another one of the same sentence: a violent act that
is the consequence or the means of another, the "in protest" that gives a protest's reason, a
speech verb that reports another event.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from communique.events import nominal
from communique.events.codes import VIOLENT_ROOTS
from communique.events.modality import SPEECH_VERBS, Context
from communique.events.patterns import VERB
from communique.events.roles import objects_of
from communique.model import Actor, Attribution, Modality


@dataclass(frozen=True)
class Draft:
    """An event before it becomes a model.Event: the pieces the transformations rewrite."""

    token: Token
    code: str
    sources: tuple[tuple[Actor, Token], ...]
    targets: tuple[tuple[Actor, Token], ...]
    context: Context
    modality: Modality
    confidence: float
    rule: str
    reverse: str | None = None
    attribution: Attribution | None = None
    borrowed: bool = False
    named: bool = False
    pattern_kind: str = VERB
    extra_rules: tuple[str, ...] = field(default=())
    base_code: str = ""  # the act's own code, before an intent, appeal or threat rewrote it
    unattributed: bool = False  # an attack whose attacker the text does not name: coded with no source


def rewrite(draft: Draft, code: str, sources: list[tuple[Actor, Token]], targets: list[tuple[Actor, Token]],
             why: str) -> Draft:
    return replace(
        draft, code=code, sources=tuple(sources), targets=tuple(targets), reverse=None,
        confidence=draft.confidence - 0.05, extra_rules=draft.extra_rules + (why,),
    )


# "killed 46 civilians *in an attack*", "died *in a strike*": the noun names the act again.
_GENERIC_VIOLENCE = frozenset({"180", "190", "200"})
_MEANS_PREPOSITIONS = frozenset({"in", "during", "with", "by"})


def without_restated_violence(drafts: list[Draft]) -> list[Draft]:
    """One attack, told twice, is one event: drop the violent act that only restates another violent
    act of the same clause: its consequence ("bombarded the city, *killing* eight people") or the
    noun naming the attack a killing happened in ("killed 46 civilians in an *attack*")."""
    # Only an act that has its own source can stand for both ("were killed in Israeli shelling":
    # the shelling is who did it).
    violent = {d.token.i for d in drafts if d.code[:2] in VIOLENT_ROOTS and d.sources and d.targets}
    kept: list[Draft] = []
    means_codes: dict[int, str] = {}
    for draft in drafts:
        token = draft.token
        if draft.code[:2] in VIOLENT_ROOTS and token.head.i != token.i:
            participle = token.dep_ in ("advcl", "conj") and token.tag_ == "VBG" and token.head.i in violent
            prep = token.head
            means = (token.dep_ == "pobj" and prep.lower_ in _MEANS_PREPOSITIONS
                     and prep.head.i in violent and token.pos_ == "NOUN")
            if means:
                means_codes[prep.head.i] = draft.code
            if participle or means:
                continue
        kept.append(draft)
    # "killed ten people in an air strike": the generic killing takes the means' precise code (195).
    return [replace(d, code=means_codes[d.token.i]) if d.token.i in means_codes and d.code in _GENERIC_VIOLENCE
            and means_codes[d.token.i] not in _GENERIC_VIOLENCE else d for d in kept]


def without_protest_reasons(drafts: list[Draft]) -> list[Draft]:
    """"Staged a hunger strike *in protest* at the arrests": the idiom gives the reason for the
    protest act it hangs on, which is the one event; a lone "resigned in protest" still counts."""
    protests = {d.token.i for d in drafts if d.code[:2] == nominal.PROTEST_ROOT}
    kept: list[Draft] = []
    for draft in drafts:
        host = nominal.protest_host(draft.token)
        if host is not None:
            hosts = {host.i} | {nominal.through_measure(o).i for o in objects_of(host)}
            if hosts & protests:
                continue
        kept.append(draft)
    return kept


def without_reporting_verbs(drafts: list[Draft]) -> list[Draft]:
    """"Arnor will restore ties, an official *said*": a plain speech verb that reports another event
    of the sentence is its attribution, not an event of its own, whatever code a dictionary gives
    the verb alone; a pattern that names its words ("said it would not accept") still counts."""
    reporters = {d.context.reporter.i for d in drafts if d.context.reporter is not None and d.token.i != d.context.reporter.i}
    return [d for d in drafts if not (d.token.i in reporters and not d.named and d.pattern_kind == VERB
                                      and d.token.lemma_.lower() in SPEECH_VERBS and not d.extra_rules)]
