"""Whose rebels: the government a rebel group fights names its country.

CAMEO codes rebels by the state they rise against ("rebels fighting to overthrow Assad" are
SYRREB, "insurgents battling Kenyan troops" KENREB), and news routinely says so in the agent's own
phrase instead of naming their country: a participle or relative clause on the agent noun
("fighting", "battling", "seeking to topple") whose object, or the object of "against" or of an
infinitive of overthrow ("to overthrow", "to topple", "to oust"), is a state actor with a
country (its government, forces, leader or the country itself). rules.ActorResolver calls
`fought_country` after the whole article is read, so that pronouns ("to topple *him*") and
agents that took the article's country ("the government forces") are already coded.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from communique.actors.coref import Context, Mention
from communique.actors.dictionary import code_country, code_sectors

# verbs of a clause on the rebels that say whom they fight
FIGHT_VERBS = frozenset({"fight", "battle", "combat", "oppose", "resist", "seek", "try", "attempt", "wage"})
# infinitives after those that make their object the government risen against
OVERTHROW_VERBS = frozenset({"overthrow", "topple", "oust", "unseat", "depose", "remove", "defeat"})
# what a state actor may be: its government, forces, police or intelligence, or the bare country
STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def _opponents(verb: Token) -> Iterator[Token]:
    """The words a fighting clause names as the enemy: "fighting *the government*", "fighting
    against *Kabila*", "seeking to topple *him*"."""
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_ != "seek":
            yield child
        elif child.dep_ == "prep" and child.lower_ == "against":
            yield from (t for t in child.children if t.dep_ == "pobj")
        elif child.dep_ == "xcomp" and child.lemma_ in OVERTHROW_VERBS:
            yield from (t for t in child.children if t.dep_ == "dobj")


def fought_country(ctx: Context, mention: Mention, iso3: frozenset[str]) -> str | None:
    """The country of the state actor the rebels of `mention` fight, as their own clause says."""
    head = ctx.doc[mention.end - 1]
    for verb in head.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_ not in FIGHT_VERBS:
            continue
        for token in _opponents(verb):
            enemy = next((m for m in ctx.mentions if m.start <= token.i < m.end and m is not mention), None)
            if enemy is None:
                continue
            country = code_country(enemy.code, iso3)
            sectors = code_sectors(enemy.code, iso3)
            if country and (not sectors or sectors[0] in STATE):
                return country
    return None
