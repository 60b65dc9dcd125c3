"""Visits: who made a visit news names by its noun, and which "visits" host no one.

CAMEO codes a visit to another party as 042 (make a visit) and its hosting as 043; a visit to a
country's capital or territory is a visit to that country. News often names the visit by a noun
that times a clause, "*during a visit to Beirut*, the French president pledged aid", with no owner:
the visitor is then the clause subject (communique.events.roles.meeting_party asks here), when
that subject speaks for a state of another country, and unless the clause already acts on a party
of the host country ("held talks with President Suleiman during a visit to Beirut": that meeting
is the event the visit is told for, the one PETRARCH's gold codes). A place name modifying the
noun is the host ("a *UK* state visit"), and a visit between a party and a bare place of its own
country hosts no one (the coder drops it).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from communique.events.codes import STATE_SECTORS
from communique.model import Actor

# Nouns of a journey to a host, whose place-name modifier is where the journey goes ("Xi's Moscow
# visit", "a UK state visit", "his Tokyo trip"), not who travels.
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
# Making and hosting a visit.
VISIT_CODES = frozenset({"042", "043"})
# Dependencies that open a clause of its own: what a clause reports or embeds is not its act.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis", "relcl", "conj", "xcomp"})


def host_modifier(noun: Token, modifier: Token) -> bool:
    """A place name before a visit noun names where the visit goes ("a *UK* state visit")."""
    return (modifier.dep_ in ("compound", "nmod") and modifier.ent_type_ == "GPE"
            and noun.lemma_.lower() in VISIT_NOUNS)


def own_clause(verb: Token, skip: Token) -> list[Token]:
    """The words of a verb's own clause, without the clauses it reports or embeds and without the
    phrase of ``skip``."""
    found: list[Token] = []
    stack = [verb]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(c for c in node.children if c.i != skip.i and c.dep_ not in _OTHER_CLAUSES)
    return found


def subject_visitors(verb: Token, visit: Token, subjects: list[tuple[Actor, Token]],
                     hosts: list[tuple[Actor, Token]],
                     actor_at: Callable[[Token], Actor | None]) -> list[tuple[Actor, Token]]:
    """Of a clause's subjects, those who made a visit the clause names with no owner ("pledged
    aid during a visit to Beirut"): parties of another country than the host's that speak for a
    state (an official, or a person the dictionaries know only by country; not a firm's man, a
    journalist or a tourist), and none when the clause itself acts on a party of the host country
    ("said ... that the US stood with Japan" reports; it does not act)."""
    countries = {a.country for a, _ in hosts}
    if any(a is not None and a.country in countries for a in map(actor_at, own_clause(verb, visit))):
        return []
    return [(a, t) for a, t in subjects if a.country is not None and a.country not in countries
            and (not a.sectors or set(a.sectors) & STATE_SECTORS)]


def visit_at_home(code: str, source: Actor, target: Actor) -> bool:
    """A "visit" between a party and a bare place of its own country ("the Lebanese minister's visit
    to Beirut", or a pronoun owner read as the wrong party) hosts no one: CAMEO's visit is to
    another party, and the place is the visitor's own ground."""
    if code not in VISIT_CODES or source.country is None or source.country != target.country:
        return False
    place = target if code == "042" else source
    return not place.sectors
