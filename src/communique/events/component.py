"""The ``cameo_events`` spaCy component: writes ``doc._.events`` (list of model.Event).

Needs ``doc.spans["cameo_actors"]`` from ``cameo_actors``; reads ``doc._.doc_id``,
``doc._.doc_date`` and ``doc._.furniture`` (never codes inside furniture). Coding is done by an
`EventCoder` (communique.events.coder); this module only adapts it to spaCy's pipeline API:

    nlp.add_pipe("cameo_actors")
    nlp.add_pipe("cameo_events", config={"extra_patterns": ["my_verbs.txt"], "shipped": True})
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.events.coder import EventCoder
from communique.events.load import build_coder
from communique.nlp.extensions import register_extensions


class CameoEvents:
    def __init__(self, coder: EventCoder, name: str = "cameo_events") -> None:
        register_extensions()
        self.coder = coder
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder.code_doc(doc)
        return doc


@Language.factory(
    "cameo_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc.spans"],
    default_config={"extra_patterns": [], "shipped": True},
)
def make_cameo_events(nlp: Language, name: str, extra_patterns: list[str], shipped: bool = True) -> CameoEvents:
    """`extra_patterns`: the user's verb files (setting `verbs`), read before the shipped ones;
    `shipped`: false codes with the user's files alone (setting `shipped_dictionaries`)."""
    return CameoEvents(build_coder(tuple(Path(v) for v in extra_patterns), shipped), name)
