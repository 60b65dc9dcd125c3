"""Event coding: CAMEO code table, verb/noun patterns, and the ``cameo_events`` spaCy component.

    from communique.events import build_coder
    coder = build_coder(settings.verbs)      # shipped patterns + the user's files first
    events = coder.code_doc(doc)             # doc parsed, with doc.spans["cameo_actors"]

or, in a spaCy pipeline, ``nlp.add_pipe("cameo_events")`` after ``cameo_actors``.
"""

from communique.events.coder import EventCoder
from communique.events.codes import CameoCodes, load_cameo_codes
from communique.events.component import CameoEvents, make_cameo_events
from communique.events.load import build_coder, load_patterns, read_verb_file
from communique.events.patterns import Pattern, PatternSet, read_patterns
from communique.events.petrarch import read_petrarch_verbs

__all__ = [
    "CameoCodes",
    "CameoEvents",
    "EventCoder",
    "Pattern",
    "PatternSet",
    "build_coder",
    "load_cameo_codes",
    "load_patterns",
    "make_cameo_events",
    "read_patterns",
    "read_petrarch_verbs",
    "read_verb_file",
]
