"""The event coder behind the real actor coder: the spaCy component and the founding example.

These run the whole chain from raw text (parse, ``cameo_actors``, ``cameo_events``), so they
also check that the two components agree on their contract (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import pytest
import spacy

from communique.config import Settings
from communique.events.component import CameoEvents
from communique.model import Event, Modality
from communique.nlp.parse import parse_texts

pytest.importorskip("communique.actors.component")


@pytest.fixture(scope="module")
def components(spacy_nlp):
    import communique.actors.component  # noqa: F401  (registers the factory)
    import communique.events.component  # noqa: F401

    return spacy_nlp.create_pipe("cameo_actors"), spacy_nlp.create_pipe("cameo_events")


def code_texts(spacy_nlp, components, texts: list[str], doc_date: str = "2021-12-02") -> list[list[Event]]:
    actors, events = components
    result = []
    for index, doc in enumerate(parse_texts(spacy_nlp, texts)):
        doc._.doc_id = f"doc{index}"
        doc._.doc_date = doc_date
        doc._.furniture = []
        result.append(events(actors(doc))._.events)
    return result


def asserted(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == Modality.ASSERTED]


def test_add_pipe_after_cameo_actors():
    import communique.actors.component  # noqa: F401
    import communique.events.component  # noqa: F401

    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("cameo_actors")
    component = nlp.add_pipe("cameo_events")
    assert isinstance(component, CameoEvents)
    doc = nlp("Russia attacked Ukraine on Monday.")
    assert [(e.source.code, e.code, e.target.code) for e in doc._.events if e.source and e.target] == [
        ("RUS", "190", "UKR")
    ]


def test_component_codes_named_people_and_countries(spacy_nlp, components):
    (events,) = code_texts(spacy_nlp, components, ["Antony Blinken met Sergei Lavrov in Stockholm on Thursday."])
    assert {(e.source.code, e.code[:2], e.target.code) for e in asserted(events) if e.source and e.target} >= {
        ("USAGOV", "04", "RUSGOV")
    }


@pytest.fixture(scope="module")
def seed_events(spacy_nlp, components, seed_text) -> tuple[str, list[Event]]:
    (events,) = code_texts(spacy_nlp, components, [seed_text])
    return seed_text, events


def _in(events: list[Event], fragment: str) -> list[Event]:
    return [e for e in events if fragment in e.sentence.text]


def _keys(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source.code if e.source else "-", e.code, e.target.code if e.target else "-") for e in events}


def test_seed_meeting_in_stockholm(seed_events):
    _, events = seed_events
    found = asserted(_in(events, "matter-of-fact meeting"))
    assert any(s == "USAGOV" and c.startswith("04") and t == "RUSGOV" for s, c, t in _keys(found))
    meeting = next(e for e in found if e.code.startswith("04"))
    assert meeting.attribution is not None and meeting.attribution.via and "Reuters" in meeting.attribution.via


def test_seed_warning_of_sanctions(seed_events):
    _, events = seed_events
    assert ("USAGOV", "1312", "RUSGOV") in _keys(asserted(_in(events, "would face sanctions")))


def test_seed_warning_of_serious_consequences(seed_events):
    _, events = seed_events
    keys = _keys(asserted(_in(events, "personally warn him")))
    assert any(s == "USAGOV" and c.startswith("13") and t == "RUSGOV" for s, c, t in keys)


def test_seed_appeal_to_ease_tension(seed_events):
    _, events = seed_events
    keys = _keys(asserted(_in(events, "needs to ease the tension")))
    assert any(s == "USAGOV" and c.startswith("02") and t == "RUS" for s, c, t in keys)


def test_seed_intents_to_keep_talking_and_cooperate(seed_events):
    _, events = seed_events
    cooperate = _keys(asserted(_in(events, "prepared to cooperate")))
    assert any(c.startswith("03") and t == "RUS" for _, c, t in cooperate)
    dialogue = _keys(asserted(_in(events, "continue the dialogue")))
    assert any(c.startswith("03") for _, c, _ in dialogue)


def test_seed_geneva_summit(seed_events):
    _, events = seed_events
    keys = _keys(asserted(_in(events, "held in Geneva")))
    assert any(s == "USAGOV" and c.startswith("04") for s, c, _ in keys)


def test_seed_traps_are_not_asserted(seed_events):
    _, events = seed_events
    # "in no way poses a threat", "would justify Russian military intervention"
    assert asserted(_in(events, "in no way poses a threat")) == [] or all(
        not e.code.startswith(("13", "19")) for e in asserted(_in(events, "in no way poses a threat"))
    )
    # no invasion or attack from the conditionals
    for event in asserted(events):
        assert not event.code.startswith(("18", "19", "20")), event
    # nothing from the furniture (bio, teaser, comment form) and nothing with a medium as a party
    for event in events:
        assert "Super Mario" not in event.sentence.text and "Netflix" not in event.sentence.text
        for actor in (event.source, event.target):
            assert actor is None or "MED" not in actor.sectors
