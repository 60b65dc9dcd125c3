"""Judgements of another party's words: "Beijing said the American statement was misleading".

A speaker who reports that another party's words are false, baseless or misleading denounces
them, and with them the party that spoke: CAMEO codes it criticism (111), as this repository's
verb patterns code "called the report a lie" and "described the claims as baseless". When the
judgement is itself the reported clause ("said the allegations *were* false", "said the report
*misleads* the public") no verb pattern can see it: the clause's verb is a copula, or a verb whose
subject is the words, and the speaker is the subject of the reporting verb above it. This module
finds such clauses for the coder (communique.events.coder), which adds them to a sentence's
drafts; the plain statement (010) the reporting verb would otherwise make gives way to them.

Only words with an owner named in their phrase count ("the *American* statement", "*Moscow's*
claims"): a judgement of words of no one named ("said the reports were false") is a denial of
news, with no second party.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.events.attribution import is_media
from communique.events.drafts import Draft
from communique.events.modality import analyse
from communique.events.roles import ActorIndex, phrase_actors, subject_of
from communique.model import Modality

CRITICIZE = "111"
# Nouns for what a party said or put out.
WORDS_NOUNS = frozenset({"statement", "report", "claim", "allegation", "accusation", "charge", "remark",
                         "comment", "assertion", "account", "version", "assessment", "description"})
# Predicates that say words are untrue or worthless: their polarity does not depend on the words.
FALSE_WORDS = frozenset({"false", "untrue", "wrong", "misleading", "baseless", "groundless", "unfounded",
                         "absurd", "ridiculous", "lie", "nonsense", "fabrication", "fabricated", "propaganda",
                         "slander", "inaccurate", "distorted", "fake", "fiction", "irresponsible"})
# Verbs whose subject, words, deceive: "the report misleads", "the statement distorts the facts".
DECEIVING_VERBS = frozenset({"mislead", "distort", "misrepresent"})


def _judged_words(token: Token) -> Token | None:
    """The subject words of a clause that judges them false ("the claims *are* baseless", "the
    report *misleads*"), or None."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in WORDS_NOUNS:
        return None
    if token.lemma_.lower() in DECEIVING_VERBS:
        return subject
    if token.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in token.children):
        return None  # "were not false" judges nothing false
    predicates = [c for c in token.children if c.dep_ in ("acomp", "attr")]
    return subject if any(p.lemma_.lower() in FALSE_WORDS or p.lower_ in FALSE_WORDS for p in predicates) else None


def judgement_drafts(sent: Span, actors: ActorIndex) -> list[Draft]:
    """The reported judgements of a sentence, each a draft: the speaker criticises the owner of
    the words judged (111)."""
    found: list[Draft] = []
    for token in sent:
        words = _judged_words(token)
        if words is None:
            continue
        context = analyse(token, True)
        if context.reporter is None or context.modality != Modality.ASSERTED:
            continue
        speaker = subject_of(context.reporter)
        if speaker is None:
            continue
        speakers = [s for s in phrase_actors(speaker, actors) if not is_media(s[0])]
        # The words' owner: a modifier or possessor of the words noun, not the noun itself.
        owners = [o for o in phrase_actors(words, actors) if o[1].i != words.i]
        codes = {s[0].code for s in speakers}
        countries = {s[0].country for s in speakers if s[0].country}
        owners = [o for o in owners if o[0].code not in codes and (o[0].country is None or o[0].country not in countries)]
        if speakers and owners:
            found.append(Draft(token=token, code=CRITICIZE, sources=tuple(speakers), targets=tuple(owners),
                               context=context, modality=Modality.ASSERTED, confidence=0.5,
                               rule="judged words", named=True))
    return found
