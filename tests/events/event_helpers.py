"""Helpers for event-coder tests: actors by hand, and compact views of coded events."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from communique.model import Actor, Event, Modality

# make_doc (conftest): a parsed sentence with actor spans put on it by hand.
MakeDoc = Callable[..., Doc]

# Sector codes a hand-written actor code may start with: they name no country.
NOT_COUNTRIES = frozenset({"GOV", "MIL", "MED", "REB", "OPP", "CVL", "PPL", "EDU", "HLH", "LAB", "BUS", "AGR",
                           "REF", "JUD", "LEG", "COP", "SPY", "CRM", "UAF"})


def actor_for(code: str, text: str, start: int, end: int) -> Actor:
    country = code[:3] if code[:3].isalpha() and code[:3] not in NOT_COUNTRIES else None
    rest = code[3:] if country else code
    sectors = tuple(rest[i : i + 3] for i in range(0, len(rest), 3))
    return Actor(code=code, country=country, sectors=sectors, name=None, text=text, start=start, end=end)


def triples(events: list[Event], modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    """(source, code, target) of the events with that modality (all when None)."""
    return {
        (e.source.code if e.source else "-", e.code, e.target.code if e.target else "-")
        for e in events
        if modality is None or e.modality == modality
    }


def roots(events: list[Event], modality: Modality | None = Modality.ASSERTED) -> set[tuple[str, str, str]]:
    return {(s, c[:2], t) for s, c, t in triples(events, modality)}
