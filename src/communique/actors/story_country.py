"""Whose story an article is: the country its own state agents belong to when the text leaves it
unsaid ("Police said", "the government", "a local court").

News names the country of a story's own police, army and government once, in the dateline
("NAIROBI, Kenya -") or by naming the country again and again, and then leaves it unsaid.
`dateline_country` reads the dateline, `dominant_country` counts the country mentions, and
`story_country` combines the two: a dateline and a dominant country that disagree (a Beirut
dateline on a story about Syria) are two countries in play, and then neither is given.
rules.ActorResolver._default_countries gives that country to the agents the text left
without one; the word lists below say which agents never take it, or take it more readily.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from communique.actors.phrases import Hit, dateline

# A state has one of each: in the plural ("governments", "regimes", "armies") they are several
# states', never the story's own, unless they are its regions' ("local governments").
ONE_PER_STATE = frozenset(
    {"government", "regime", "administration", "cabinet", "junta", "parliament", "legislature", "congress",
     "army", "military", "navy", "president", "king", "monarch", "queen"}
)
SUBNATIONAL = frozenset({"local", "provincial", "municipal", "city", "county", "district", "lower"})
# people an international body has besides troops and diplomats
IGO_PEOPLE = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "chief", "head"})
# Lawyers plead for anyone, anywhere; the rest of the judicial sector (courts, judges, prosecutors)
# and the police act only at home.
PRIVATE_JUDICIAL = frozenset(
    {"lawyer", "attorney", "barrister", "advocate", "solicitor", "counsel", "counsellor", "counselor"}
)


def dateline_country(
    doc: Doc, found: list[tuple[Hit, str]], entity_kind: Callable[[Hit], str]
) -> tuple[str | None, int]:
    """The country of the article's dateline ("NAIROBI, Kenya -"), or None; and the first
    token after the dateline (0 without one), which belongs to no sentence's own countries.
    `found`: the article's country mentions in reading order; `entity_kind`: a hit's entity
    kind ("country", "person", ...)."""
    first = next((t.i for t in doc if not t.is_space), None)
    if first is not None and dateline(doc, first):
        for hit, country in found:
            if hit.start > first + 4:
                break
            opening = doc[first : hit.start]
            in_dateline = all(t.pos_ == "PROPN" or t.is_punct or t.is_upper for t in opening)
            place = hit.target.kind in ("capital", "place") or entity_kind(hit) == "country"
            if in_dateline and place and (doc[first].is_upper or hit.start == first):
                return country, hit.end
    return None, 0


def dominant_country(found: list[tuple[Hit, str]], opening: int) -> str | None:
    """The country an article is about, when one clearly is, from its country mentions
    (places and actors) after the dateline: a clear majority (at least three mentions and
    60% of all), or, where many countries are named once or twice, one named at least five
    times, in half of all mentions and twice as often as any other (the lower the share,
    the more mentions it takes). News names its own country again and again and leaves
    the country of its "police" and "the government" unsaid; two countries named about as
    often (a summit, a border war, Iran and the US) make none dominant. The whole text
    counts, not only what precedes a sentence: a lead often names no country at all, its
    headline (not in the text) did."""
    counts: dict[str, int] = {}
    for hit, country in found:
        if hit.start >= opening:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    top, most = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    total = sum(counts.values())
    if most >= 3 and most >= 0.6 * total or most >= 5 and 2 * most >= total and most >= 2 * second:
        return top
    return None


def story_country(filed: str | None, dominant: str | None) -> tuple[str | None, str]:
    """The article's country and why ("dateline", "dominant"): the dateline's, unless the text
    is dominated by another country (filed from one country about another: none)."""
    if filed is not None and dominant not in (None, filed):
        return None, ""
    if filed is not None:
        return filed, "dateline"
    return dominant, "dominant"
