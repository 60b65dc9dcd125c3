"""The ``cameo_events`` spaCy component: writes ``doc._.events`` (list of model.Event).

Needs ``doc.spans["cameo_actors"]`` from ``cameo_actors``; reads ``doc._.doc_id``,
``doc._.doc_date`` and ``doc._.furniture`` (never codes inside furniture). Coding is done by an
`EventCoder` (communique.events.coder), and, when the user's verb files include TABARI
dictionaries, also by the linear matcher (communique.events.linear), whose events take the
sentences it codes; this module only adapts them to spaCy's pipeline API:

    nlp.add_pipe("cameo_actors")
    nlp.add_pipe("cameo_events", config={"extra_patterns": ["my_verbs.txt"], "shipped": True})
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.events.coder import EventCoder
from communique.events.linear import LinearCoder
from communique.events.load import build_coders
from communique.model import Event
from communique.nlp.extensions import register_extensions


class CameoEvents:
    def __init__(self, coder: EventCoder, name: str = "cameo_events", linear: LinearCoder | None = None) -> None:
        register_extensions()
        self.coder = coder
        self.name = name
        self.linear = linear

    def __call__(self, doc: Doc) -> Doc:
        events = self.coder.code_doc(doc)
        if self.linear is not None:
            events = _with_linear(events, self.linear.code_doc(doc))
        doc._.events = events
        return doc


def _with_linear(events: list[Event], linear: dict[int, list[Event]]) -> list[Event]:
    """The linear matcher's events (TABARI dictionaries, communique.events.linear) replace the
    dependency coder's in the sentences where it coded: the user's dictionary wins there."""
    if not linear:
        return events
    covered = [(e.sentence.start, e.sentence.end) for found in linear.values() for e in found]
    kept = [e for e in events if e.sentence.index not in linear
            and not any(start <= e.sentence.start < end for start, end in covered)]
    merged = kept + [e for found in linear.values() for e in found]
    return sorted(merged, key=lambda e: (e.sentence.start, e.verb.start))


@Language.factory(
    "cameo_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc.spans"],
    default_config={"extra_patterns": [], "shipped": True},
)
def make_cameo_events(nlp: Language, name: str, extra_patterns: list[str], shipped: bool = True) -> CameoEvents:
    """`extra_patterns`: the user's verb files (setting `verbs`), read before the shipped ones;
    `shipped`: false codes with the user's files alone (setting `shipped_dictionaries`)."""
    coder, linear = build_coders(tuple(Path(v) for v in extra_patterns), shipped)
    return CameoEvents(coder, name, linear)
