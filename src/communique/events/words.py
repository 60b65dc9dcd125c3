"""Closed classes of English function words that several event rules read, defined once.

Prepositions of place and of path, and the modals of obligation, are facts of English, not of
one rule: the role finder (roles), the victim rules (victims), the nominal rules (nominal), the
statement rule (coder), protest purposes (frames) and ultimatums (claims) all ask "is this a
place?" or "is this what someone must do?". Each class is here once; where a rule needs a
narrower or wider class, it is built from these under a name that says how and why it differs.
"""

from __future__ import annotations

# Prepositions that put an act somewhere, never on someone: "killed *in* Gaza", "arrested *at*
# the border", "clashed *near* Samarra", "protested *outside* the embassy", "fighting *around*
# Bakhmut", "rallies *across* the country".
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout"})
# Prepositions of a way taken: "withdrew *through* eastern Syria", "smuggled *via* Turkey".
PATH_PREPOSITIONS = frozenset({"through", "via", "along"})
# Where an act happens or passes ("the strike *above* the town of Baghuz"): the scene of an act,
# never whom it is aimed at. Wider than the place a victim was hit in (`PLACE_PREPOSITIONS`),
# which a path does not give ("fled *through* Syria" says nothing of whose soldiers died there).
SCENE_PREPOSITIONS = PLACE_PREPOSITIONS | PATH_PREPOSITIONS | {"above"}

# Modals of obligation. What another party *must* do, a speaker demands (CAMEO 10); what it
# *should* or *ought* to do, the speaker appeals for (02). Rules that only ask whether a clause
# says what someone is obliged to do ("chanting that he must resign", "must withdraw or face
# sanctions") read both.
DEMANDING_MODALS = frozenset({"must"})
APPEALING_MODALS = frozenset({"should", "ought"})
OBLIGATION_MODALS = DEMANDING_MODALS | APPEALING_MODALS
