"""The second hand audit's corrections in verbs.communique.txt and the noun-role rule for "anti-X".

A hand audit of real news found PETRARCH verb defaults reading a sense with no second party
("serving prison time" as cooperation, "he speculated" as a consultation) and an "anti-Russian"
modifier read as the source of the sanctions it names. Every sentence here is written for these
tests; actors are put on the parse by hand (conftest.make_doc), so these test the patterns and the
roles, not the actor dictionaries.
"""

from __future__ import annotations

import pytest
from event_helpers import roots, triples

ACTORS = {
    "Sweden": "SWE", "Norway": "NOR", "Chile": "CHL", "Peru": "PER", "Russia": "RUS",
    "Russian": "RUS", "American": "USA", "The EU": "IGOEUREEC", "the EU": "IGOEUREEC",
    "The colonel": "CHLMIL", "The agency": "PERSPY", "the farmers": "PERCVL", "The minister": "NORGOV",
    "Refugees": "SYRREF", "the court": "DEUJUD", "The writer": "GBRMED", "the president": "USAGOV",
    "the police": "USACOP", "the villagers": "PERCVL", "Students": "IRNCVL", "NATO": "IGOWSTNAT",
}

# (sentence, wrong (source, code, target) that must be gone or None, right one that must be there or None);
# a code of two or three digits stands for every code it begins.
CASES = [
    # serve: serving a sentence or in a post is no cooperation with anybody
    ("The colonel served the farmers for years.", ("CHLMIL", "06", "PERCVL"), None),
    ("The colonel served Chile as ambassador for ten years.", ("CHLMIL", "06", "CHL"), None),
    # conduct: surveillance or a survey of the farmers is no cooperation with them
    ("The agency conducts surveillance of the farmers.", ("PERSPY", "06", "PERCVL"), None),
    # speculate: commentary, not a consultation
    ("The minister speculated that Sweden would leave.", ("NORGOV", "04", "SWE"), None),
    # grieve: grief, not disapproval
    ("The minister was still grieving for Sweden.", ("NORGOV", "11", "SWE"), None),
    # await: waiting is no statement
    ("Refugees await the court in Sweden.", ("SYRREF", "01", "DEUJUD"), None),
    # apply: being in force is no appeal; applying for asylum still is one
    ("The minister's ban should apply to the farmers.", ("NORGOV", "02", "PERCVL"), None),
    ("Refugees applied to Sweden for asylum.", None, ("SYRREF", "02", "SWE")),
    # offer a view: commentary, not an offer of cooperation
    ("The writer offers a striking commentary on the president and the police.", ("GBRMED", "03", "USAGOV"), None),
    ("The writer offered a glimpse of the villagers.", ("GBRMED", "03", "PERCVL"), None),
    # step up: no act without an object that names one; "stepped up pressure" stays a demand
    ("Sweden has stepped up its defensive efforts.", ("SWE", "06", "-"), None),
    ("NATO stepped up pressure on Russia.", None, ("IGOWSTNAT", "10", "RUS")),
    # strengthening military cooperation is military cooperation, not a mobilisation
    ("Sweden is strengthening its military cooperation with Norway.", ("SWE", "15", "NOR"), ("SWE", "062", "NOR")),
    # calling a party names is no phone call; calling it on a weekday still is
    ('The minister called Sweden a "rogue state" on Tuesday.', ("NORGOV", "04", "SWE"), None),
    ("Norway called Sweden on Tuesday.", None, ("NOR", "041", "SWE")),
    # coming to a party's side or defence defends it in words; it is no visit
    ("Norway came to the defence of Sweden.", ("NOR", "04", "SWE"), ("NOR", "052", "SWE")),
    ("Norway came to Sweden's side after the vote.", ("NOR", "04", "SWE"), ("NOR", "052", "SWE")),
    # rhetorical attacks are criticism, not force
    ("The minister continued his rhetorical attacks on Sweden.", ("NORGOV", "19", "SWE"), ("NORGOV", "111", "SWE")),
    # defeating a rival at the polls is an election result, not force; defeating an army still is
    ("The minister defeated the president in the elections.", ("NORGOV", "19", "USAGOV"), None),
    ("The minister easily defeated his rival, the president.", ("NORGOV", "19", "USAGOV"), None),
    ("Norway defeated the Russian army in the north.", None, ("NOR", "19", "RUS")),
    # living somewhere occupies nothing
    ("Refugees now reside in Sweden.", ("SYRREF", "19", "SWE"), None),
]


@pytest.mark.parametrize(("text", "wrong", "right"), CASES, ids=[c[0][:40] for c in CASES])
def test_news_audit_code(coder, make_doc, text, wrong, right):
    found = triples(coder.code_doc(make_doc(text, ACTORS)), None)
    if wrong is not None:
        assert not _has(found, wrong), found
    if right is not None:
        asserted = triples(coder.code_doc(make_doc(text, ACTORS)))
        assert _has(asserted, right), asserted


def _has(found: set[tuple[str, str, str]], event: tuple[str, str, str]) -> bool:
    source, code, target = event
    return any(s == source and c.startswith(code) and t == target for s, c, t in found)


def test_anti_modifier_is_the_target_of_a_nominal_event(coder, make_doc):
    # "anti-Russian sanctions": Russia is what the sanctions are against, not who imposes them
    events = coder.code_doc(make_doc("The EU's anti-Russian sanctions have hurt Europe's farmers.", ACTORS))
    assert ("IGOEUREEC", "16", "RUS") in roots(events)
    assert not any(s == "RUS" for s, _, _ in roots(events))


def test_anti_modifier_with_a_verb_keeps_its_source(coder, make_doc):
    events = coder.code_doc(make_doc("Students held anti-American rallies on Friday.", ACTORS))
    assert ("IRNCVL", "14", "USA") in roots(events)


def test_the_sources_own_country_as_a_modifier_is_no_target(coder, make_doc):
    actors = {"The Pentagon": "USAMIL", "US": "USA", "Russia": "RUS", "Russian": "RUS", "Ukraine": "UKR",
              "The US": "USA"}
    events = coder.code_doc(make_doc("The Pentagon denied US involvement in the raid.", actors))
    assert ("USAMIL", "016", "USA") not in triples(events)
    events = coder.code_doc(make_doc("Russia denied Russian involvement in the attack on Ukraine.", actors))
    assert ("RUS", "016", "USA") not in triples(events)
    assert not any(t == "RUS" for _, _, t in triples(events))
    # another country's modifier is still the target
    events = coder.code_doc(make_doc("The US criticised Russian strikes on Monday.", actors))
    assert ("USA", "11", "RUS") in roots(events)
