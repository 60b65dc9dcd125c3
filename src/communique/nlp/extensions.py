"""The custom attributes communique sets on spaCy objects: the contract between components.

- ``doc._.doc_id`` (str) and ``doc._.doc_date`` (ISO date or None): set by the nlp step;
  the actor coder reads the date to pick dated roles.
- ``doc._.furniture`` (list of (start, end) character ranges): page furniture, never coded.
- ``doc.spans["cameo_actors"]``: one Span per actor mention, with ``span._.actor`` (model.Actor);
  set by the ``cameo_actors`` component.
- ``doc._.events`` (list of model.Event): set by the ``cameo_events`` component.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

ACTOR_SPANS_KEY = "cameo_actors"


def register_extensions() -> None:
    """Register the attributes once; safe to call from every component factory."""
    for name, default in (
        ("doc_id", ""),
        ("doc_date", None),
        ("furniture", None),
        ("events", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)
