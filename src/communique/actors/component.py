"""The `cameo_actors` spaCy component and `describe_mentions`, the library side of `communique actors`.

    nlp.add_pipe("cameo_actors", config={"dictionaries": ["my_actors.jsonl"]})

The component loads the dictionaries once (the user's files first, then the shipped ones),
compiles them into a phrase matcher, and on each Doc sets `doc.spans["cameo_actors"]`, one span
per mention with `span._.actor` (a `model.Actor`). It reads `doc._.doc_date` to pick dated roles
and never codes inside `doc._.furniture`. Two mentions on the same words ("both sides": two
actors) get spans that differ by their first token, because spaCy keys span attributes by offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from communique.actors.dictionary import ActorDictionary, code_country, code_sectors
from communique.actors.index import ActorIndex, load_actor_dictionary
from communique.actors.rules import ActorResolver, Mention
from communique.config import Settings
from communique.model import Actor
from communique.nlp.extensions import ACTOR_SPANS_KEY, register_extensions

FACTORY = "cameo_actors"


def furniture_ranges(furniture: Iterable[Any] | None) -> list[tuple[int, int]]:
    """`doc._.furniture` as (start, end) pairs; model.Furniture objects are accepted too."""
    ranges = []
    for piece in furniture or ():
        if hasattr(piece, "start"):
            ranges.append((int(piece.start), int(piece.end)))
        else:
            ranges.append((int(piece[0]), int(piece[1])))
    return ranges


def iso3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries)


class ActorCoder:
    """Callable spaCy component; immutable after construction, so one instance serves all docs."""

    def __init__(self, nlp: Language, name: str = FACTORY, dictionary: ActorDictionary | None = None) -> None:
        register_extensions()
        self.name = name
        self.dictionary = dictionary if dictionary is not None else load_actor_dictionary()
        self.iso3 = iso3_codes()
        self.index = ActorIndex(self.dictionary, nlp.vocab, nlp.tokenizer)  # type: ignore[arg-type]
        self.resolver = ActorResolver(self.index, self.iso3)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.resolver.resolve(doc, doc._.doc_date, furniture_ranges(doc._.furniture))
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for mention in mentions:
            start = mention.start
            # spaCy keys span attributes by character offsets: a second actor on the same words
            # (a pair) starts one token later to keep its own `_.actor`
            while (start, mention.end) in seen and start + 1 < mention.end:
                start += 1
            if (start, mention.end) in seen:
                continue
            seen.add((start, mention.end))
            span = doc[start : mention.end]
            span.label_ = mention.code
            span._.actor = self.actor(doc, span, mention)
            spans.append(span)
        doc.spans[ACTOR_SPANS_KEY] = spans
        return doc

    def actor(self, doc: Doc, span: Span, mention: Mention) -> Actor:
        return Actor(
            code=mention.code,
            country=code_country(mention.code, self.iso3),
            sectors=code_sectors(mention.code, self.iso3),
            name=mention.name,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            rule=mention.rule,
        )

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    FACTORY,
    default_config={"dictionaries": [], "shipped": True},
    assigns=["doc.spans"],
    requires=["token.pos", "token.dep", "token.tag"],
)
def make_actor_coder(nlp: Language, name: str, dictionaries: list[str], shipped: bool) -> ActorCoder:
    """`dictionaries`: extra actor/agent files (communique JSONL, PETRARCH or TABARI), used before
    the shipped ones; `shipped`: false to use only those files."""
    return ActorCoder(nlp, name, load_actor_dictionary([Path(p) for p in dictionaries], shipped=shipped))


def component_config(settings: Settings) -> dict[str, Any]:
    """The component config for the `actors` setting (for `nlp.add_pipe(FACTORY, config=...)`)."""
    return {"dictionaries": [str(p) for p in settings.actors]}


def add_actor_coder(
    nlp: Language, settings: Settings | None = None, extra: Sequence[Path | str] = ()
) -> ActorCoder:
    """Add `cameo_actors` to `nlp` (once) with the settings' dictionaries plus `extra`."""
    if FACTORY in nlp.pipe_names:
        return nlp.get_pipe(FACTORY)  # type: ignore[return-value]
    config = component_config(settings or Settings())
    config["dictionaries"] = config["dictionaries"] + [str(p) for p in extra]
    return nlp.add_pipe(FACTORY, config=config)  # type: ignore[return-value]


def describe_mentions(doc: Doc) -> list[dict[str, Any]]:
    """What `communique actors` prints: each mention, its offsets, code, deciding rule and date."""
    rows = []
    for span in doc.spans.get(ACTOR_SPANS_KEY, []):
        actor: Actor = span._.actor
        rows.append(
            {
                "text": actor.text,
                "start": actor.start,
                "end": actor.end,
                "code": actor.code,
                "country": actor.country,
                "sectors": list(actor.sectors),
                "name": actor.name,
                "rule": actor.rule,
                "date": doc._.doc_date,
            }
        )
    return rows
