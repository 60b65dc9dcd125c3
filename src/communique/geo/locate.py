"""Where an event happened: place mentions resolved with the gazetteer, then tied to events.

Matching is kept apart from writing: `resolve_places` finds and ranks every place mention of
a parsed document (pure; the benchmark scores it), `locate_events` picks one place per
event and sets `event.location`.

Candidates are spaCy GPE/LOC/FAC entities that the gazetteer knows and that are not a
person's name (the small English model often labels "Blinken" a GPE). Ranking weighs how
large and how famous a place is (population, number of names in geonames), what kind of
place the name usually means (a country before a town of the same name), and whether its
country is that of the article's actors or of its other, unambiguous places. A qualifier
("Florence, Ala.", "Geneva, Switzerland") overrides the ranking.

An event's place is, in order: a place attached to the event's clause ("held in Geneva",
"the Stockholm meeting", "visited Kyiv"); the dateline of its sentence; the dateline of the
article ("MOSCOW (Reuters) -", "Stockholm." at the top); else none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from communique.dates.clause import SentenceIndex, clause_group, clause_head, event_token
from communique.geo.gazetteer import Gazetteer, Place, normalize
from communique.model import Article, Location

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that say where something happened (not "on Ukraine", which is mostly a topic).
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "into", "to"}
)
# Verbs whose direct object is the scene of the event: "visited Kyiv", "shelled Kharkiv".
PLACE_OBJECT_VERBS = frozenset(
    {
        "visit",
        "invade",
        "enter",
        "attack",
        "bomb",
        "shell",
        "strike",
        "occupy",
        "raid",
        "tour",
        "storm",
        "capture",
        "seize",
        "besiege",
        "reach",
        "leave",
        "liberate",
    }
)
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "president",
        "minister",
        "secretary",
        "gen",
        "general",
        "senator",
        "sen",
        "rep",
        "king",
        "queen",
        "prince",
        "pope",
        "judge",
        "chancellor",
        "premier",
        "governor",
    }
)
# Weights of the ranking (see the module docstring); the benchmark prints their effect.
KIND_PRIOR = {"country": 3.0, "continent": 3.0, "admin1": 2.5, "region": 0.0, "sea": 0.0, "city": 0.0}
CURATED_PRIOR = 8.0
CAPITAL_PRIOR = 1.5
PRIMARY_NAME_PRIOR = 2.0  # alternate names are a long tail: Austin was once "Waterloo"
EXPECTED_COUNTRY_PRIOR = 1.0

# "MOSCOW (Reuters) -", "NAIROBI, Kenya (AP) _", "Stockholm. Meeting of ...", "KYIV —".
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z\u00c0-\u024f'’ .-]{1,38}?)"
    r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z\u00c0-\u024f'’ .]{1,30}?))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?:[-–—_]+|\.(?=\s))\s"
)
_QUALIFIER = re.compile(r",\s*(?P<qualifier>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")


@dataclass(frozen=True)
class ResolvedPlace:
    """A place mention and the place it was resolved to; `runner_up` when another was close."""

    text: str
    start: int
    end: int
    place: Place
    score: float
    runner_up: Place | None = None
    margin: float = math.inf
    dateline: bool = False

    def to_location(self) -> Location:
        return Location(
            name=self.place.name,
            country=self.place.country,
            lat=self.place.lat,
            lon=self.place.lon,
            text=self.text,
            start=self.start,
            end=self.end,
        )


def person_names(doc: Doc) -> frozenset[str]:
    """Full names and surnames of the PERSON entities: never read as places.

    Only names of two words or more count: the small model also labels lone place names
    PERSON ("Kyiv", "Kherson"), and one such slip must not hide every other mention.
    """
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        proper = [t for t in ent if t.is_alpha and t.text[:1].isupper()]
        if len(proper) >= 2:
            names.add(normalize(ent.text))
            names.add(normalize(proper[-1].text))
    return frozenset(names)


def _looks_like_person(span: Span, persons: frozenset[str]) -> bool:
    if normalize(span.text) in persons:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in TITLES


def score_place(place: Place, expected: frozenset[str]) -> float:
    score = math.log10(place.population + 10) + math.log10(place.n_names + 1)
    score += KIND_PRIOR.get(place.kind, 0.0)
    if place.curated:
        score += CURATED_PRIOR
    if place.capital:
        score += CAPITAL_PRIOR
    if place.primary:
        score += PRIMARY_NAME_PRIOR
    if place.country is not None and place.country in expected:
        score += EXPECTED_COUNTRY_PRIOR
    return score


def _is_qualifier(place: Place) -> bool:
    """A place that can follow a town after a comma: a state, a country, a region of one country."""
    return place.kind in ("admin1", "country") or (place.kind == "region" and place.country is not None)


def _qualified(candidates: tuple[Place, ...], qualifier: tuple[Place, ...]) -> tuple[Place, ...]:
    """Candidates inside the place a qualifier names ("Florence, Ala." -> Florence in Alabama)."""
    for outer in qualifier:
        if outer.kind == "admin1":
            inner = tuple(c for c in candidates if c.admin1 == outer.admin1 and c.kind == "city")
        elif outer.kind in ("country", "region"):
            inner = tuple(c for c in candidates if c.country == outer.country and c.kind == "city")
        else:
            continue
        if inner:
            return inner
    return candidates


def rank(candidates: Iterable[Place], expected: frozenset[str] = frozenset()) -> list[tuple[float, Place]]:
    """Candidates, best first, with their scores."""
    scored = [(score_place(place, expected), place) for place in candidates]
    scored.sort(key=lambda item: (-item[0], item[1].name, item[1].country or ""))
    return scored


def _choose(
    text: str,
    start: int,
    end: int,
    candidates: tuple[Place, ...],
    expected: frozenset[str],
    dateline: bool = False,
) -> ResolvedPlace | None:
    ranked = rank(candidates, expected)
    if not ranked:
        return None
    best_score, best = ranked[0]
    runner = next(((s, p) for s, p in ranked[1:] if p.country != best.country), None)
    return ResolvedPlace(
        text=text,
        start=start,
        end=end,
        place=best,
        score=best_score,
        runner_up=runner[1] if runner else None,
        margin=best_score - runner[0] if runner else math.inf,
        dateline=dateline,
    )


def _qualifier_after(text: str, end_char: int, gazetteer: Gazetteer) -> tuple[Place, ...]:
    match = _QUALIFIER.match(text, end_char)
    if match is None:
        return ()
    words = match.group("qualifier").split(" ")
    # The longest run of words that names a state or a country ("N.Y.", "South Africa").
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        # "Ala." keeps its full stop, "Ontario." at the end of a sentence loses it.
        for variant in (name, name.rstrip(".")):
            places = tuple(p for p in gazetteer.lookup(variant) if _is_qualifier(p))
            if places:
                return places
    return ()


def _unambiguous_countries(candidate_lists: Iterable[tuple[Place, ...]]) -> frozenset[str]:
    countries: set[str] = set()
    for candidates in candidate_lists:
        found = {p.country for p in candidates}
        if len(found) == 1 and None not in found:
            countries.update(c for c in found if c)
    return frozenset(countries)


def resolve_mentions(
    text: str,
    mentions: Iterable[tuple[int, int]],
    gazetteer: Gazetteer,
    actor_countries: Iterable[str] = (),
) -> list[ResolvedPlace]:
    """Place mentions given as (start, end) offsets into `text`, resolved together.

    The countries of the actors and of the mentions that can only mean one country make
    up the article's expected countries, which tip the balance for the ambiguous ones.
    """
    candidate_lists: list[tuple[int, int, tuple[Place, ...]]] = []
    settled: dict[str, tuple[Place, ...]] = {}  # names a qualifier pinned down somewhere in the text
    for start, end in mentions:
        candidates = gazetteer.lookup(text[start:end])
        if not candidates:
            continue
        qualifier = _qualifier_after(text, end, gazetteer)
        if qualifier:
            candidates = _qualified(candidates, qualifier)
            settled.setdefault(normalize(text[start:end]), candidates)
        candidate_lists.append((start, end, candidates))
    # One sense per article: "FLORENCE, Ala." at the top settles every later "Florence".
    candidate_lists = [(s, e, settled.get(normalize(text[s:e]), c)) for s, e, c in candidate_lists]
    expected = frozenset(actor_countries) | _unambiguous_countries(c for _, _, c in candidate_lists)
    resolved = []
    for start, end, candidates in candidate_lists:
        choice = _choose(text[start:end], start, end, candidates, expected)
        if choice is not None:
            resolved.append(choice)
    return resolved


def place_entities(doc: Doc) -> list[Span]:
    """The GPE/LOC/FAC entities of `doc` that are not a person's name."""
    persons = person_names(doc)
    return [ent for ent in doc.ents if ent.label_ in PLACE_LABELS and not _looks_like_person(ent, persons)]


def resolve_places(
    doc: Doc, gazetteer: Gazetteer, actor_countries: Iterable[str] = ()
) -> list[ResolvedPlace]:
    """Every place mention of `doc` (GPE/LOC/FAC entities, not persons), resolved."""
    spans = [(ent.start_char, ent.end_char) for ent in place_entities(doc)]
    return resolve_mentions(doc.text, spans, gazetteer, actor_countries)


def find_dateline(
    text: str,
    start_char: int,
    gazetteer: Gazetteer,
    persons: frozenset[str],
    expected: frozenset[str] = frozenset(),
    strict: bool = False,
) -> ResolvedPlace | None:
    """The dateline at `start_char` ("MOSCOW (Reuters) -"), when the gazetteer knows its place.

    A dateline is a place by its position, so it needs no entity label; it must still not
    be a person's name. `strict` (inside an article) wants the wire style: a place in
    capitals or an agency in brackets, so "Russia - the country..." is no dateline.
    """
    match = _DATELINE.match(text, start_char)
    if match is None:
        return None
    place_text = match.group("place").strip()
    if normalize(place_text) in persons:
        return None
    if strict and not (place_text.isupper() or match.group("agency")):
        return None
    candidates = tuple(
        p for p in gazetteer.lookup(place_text) if p.kind in ("city", "country", "admin1", "region")
    )
    if not candidates:
        return None
    qualifier_text = match.group("qualifier")
    if qualifier_text:
        qualifier = tuple(p for p in gazetteer.lookup(qualifier_text) if _is_qualifier(p))
        candidates = _qualified(candidates, qualifier)
    place_start = match.start("place")
    return _choose(
        place_text, place_start, place_start + len(place_text), candidates, expected, dateline=True
    )


def article_dateline(
    text: str,
    gazetteer: Gazetteer,
    persons: frozenset[str],
    expected: frozenset[str] = frozenset(),
    max_paragraphs: int = 3,
) -> ResolvedPlace | None:
    """The dateline at the start of one of the first paragraphs (a headline may come first)."""
    position = 0
    for _ in range(max_paragraphs):
        while position < len(text) and text[position].isspace():
            position += 1
        if position >= len(text):
            return None
        found = find_dateline(text, position, gazetteer, persons, expected)
        if found is not None:
            return found
        newline = text.find("\n", position)
        if newline < 0:
            return None
        position = newline
    return None


def _attached_place(
    token: Token, sentence: Span, places: list[ResolvedPlace], doc: Doc
) -> ResolvedPlace | None:
    """A resolved place in the event's clause, by a locative preposition, a modifier or an object."""
    group = clause_group(clause_head(token))
    best: tuple[int, ResolvedPlace] | None = None
    for place in places:
        if place.dateline or not (sentence.start_char <= place.start < sentence.end_char):
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        attached = False
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS:
            attached = clause_head(root.head.head).i in group if root.head.head.i != root.head.i else False
        elif root.dep_ in ("compound", "nmod", "amod") and root.head.i == token.i:
            attached = True  # "the Geneva summit"
        elif root.dep_ == "dobj" and root.head.i in group and root.head.lemma_.lower() in PLACE_OBJECT_VERBS:
            attached = True
        if attached:
            distance = abs(root.i - token.i)
            if best is None or distance < best[0]:
                best = (distance, place)
    return best[1] if best else None


def article_actor_countries(article: Article) -> frozenset[str]:
    countries: set[str] = set()
    for event in article.events:
        for actor in (event.source, event.target):
            if actor is not None and actor.country:
                countries.add(actor.country)
    doc = article.doc
    if doc is not None and "cameo_actors" in doc.spans:
        for span in doc.spans["cameo_actors"]:
            actor = span._.actor
            if actor is not None and actor.country:
                countries.add(actor.country)
    return frozenset(countries)


def locate_events(article: Article, gazetteer: Gazetteer) -> None:
    """Set `event.location` of every event of a parsed article (None where nothing fits)."""
    doc = article.doc
    if doc is None or not article.events:
        return
    actors = article_actor_countries(article)
    places = resolve_places(doc, gazetteer, actors)
    persons = person_names(doc)
    expected = actors | frozenset(p.place.country for p in places if p.place.country)
    text = doc.text  # built once: Doc.text is rebuilt on every access
    top = article_dateline(text, gazetteer, persons, expected)
    sentences = SentenceIndex(doc)
    for event in article.events:
        token = event_token(doc, event)
        chosen = _attached_place(token, sentences.of(token), places, doc) if token is not None else None
        if chosen is None:
            chosen = (
                find_dateline(text, event.sentence.start, gazetteer, persons, expected, strict=True) or top
            )
        event.location = chosen.to_location() if chosen is not None else None
