"""Who reports an event: the speaker and the agency that carries the quote.

"..., said a senior US official, quoted by the Reuters Agency" gives speaker = the official's
actor and via = "Reuters Agency"; "Reuters reported that ..." gives via = "Reuters" and no
speaker; "according to X" is read the same way. Media (actors with sector MED, or a name of a
news agency or outlet) are only ever a `via`: they are never the source or target of the
events they report.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.events.roles import ActorIndex, phrase_actors, subject_of
from communique.model import Actor, Attribution

NEWS_AGENCIES = frozenset({
    "reuters", "afp", "ap", "associated press", "agence france-presse", "agence france presse", "tass",
    "itar-tass", "interfax", "xinhua", "ria novosti", "ria", "bbc", "cnn", "al jazeera", "pap", "efe",
    "ansa", "dpa", "kyodo", "yonhap", "bloomberg", "irna", "sana", "wafa", "anadolu", "ukrinform",
    "unian", "sputnik", "rt",
})
# Names distinctive enough to mark a phrase as media wherever they occur in it ("the Reuters Agency").
_DISTINCT_AGENCY_WORDS = frozenset({"reuters", "afp", "xinhua", "interfax", "tass", "itar-tass", "bloomberg", "yonhap", "kyodo", "irna", "ukrinform", "unian"})
MEDIA_HEADS = frozenset(
    ["agency", "newspaper", "daily", "media", "television", "tv", "broadcaster", "outlet", "channel", "radio", "paper", "magazine", "website", "network", "press"]
)


def is_media(actor: Actor) -> bool:
    if "MED" in actor.sectors:
        return True
    words = [w for w in actor.text.lower().split() if w != "the"]
    return bool(words) and (" ".join(words) in NEWS_AGENCIES or words[0] in _DISTINCT_AGENCY_WORDS)


def _is_media_phrase(token: Token) -> bool:
    words = {t.lower_ for t in token.subtree}
    return token.lower_ in NEWS_AGENCIES or token.lemma_.lower() in MEDIA_HEADS or bool(words & _DISTINCT_AGENCY_WORDS)


def _phrase_text(token: Token) -> str:
    """The name of an agency: the entity at the token if any, else the phrase without determiners."""
    if token.ent_type_:
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            text = ent.text
            return text[4:] if text.lower().startswith("the ") else text
    words = [t for t in token.subtree if t.dep_ not in ("det", "punct") and t.i <= token.i]
    return " ".join(t.text for t in words) or token.text


def _via_from(token: Token) -> str | None:
    """'quoted by X', 'cited by X', 'according to X' under this token."""
    for child in token.subtree:
        if child.lemma_.lower() in ("quote", "cite") and child.dep_ in ("acl", "relcl", "advcl"):
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    for pobj in grandchild.children:
                        if pobj.dep_ == "pobj":
                            return _phrase_text(pobj)
    return None


def according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according":
            for child in token.children:
                if child.lower_ == "to":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            if token.i + 2 < sent.end and token.nbor(1).lower_ == "to":
                for pobj in token.nbor(1).children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


def find_attribution(reporter: Token | None, sent: Span, actors: ActorIndex) -> Attribution | None:
    speaker: Actor | None = None
    via: str | None = None
    heads: list[Token] = []
    if reporter is not None:
        subject = subject_of(reporter)
        if subject is not None:
            heads.append(subject)
        via = _via_from(reporter)
    according = according_to(sent)
    if according is not None:
        heads.append(according)
    for head in heads:
        if _is_media_phrase(head) and via is None:
            via = _phrase_text(head)
            continue
        found = phrase_actors(head, actors, with_conjuncts=False)
        if found and speaker is None:
            if is_media(found[0][0]):
                via = via or found[0][0].text
            else:
                speaker = found[0][0]
    if speaker is None and via is None:
        return None
    return Attribution(speaker=speaker, via=via)
