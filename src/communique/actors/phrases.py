"""Word lists and token tests the actor resolver composes its rules from.

rules.py decides what each stretch of text means; the vocabulary those decisions lean on
(locative prepositions, place and company nouns, office titles and the sectors they stand for,
words that mark a past office) and small, stateless tests over spaCy tokens live here, so that a
reader tuning a list does not have to wade through the resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from communique.actors.dictionary import Role, parse_day
from communique.actors.index import Target

LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "from",
        "to",
        "into",
        "across",
        "around",
        "through",
        "via",
        "within",
        "toward",
        "towards",
    }
)
PLACE_NOUNS = frozenset(
    {
        "capital",
        "city",
        "border",
        "borders",
        "territory",
        "soil",
        "region",
        "streets",
        "embassy",
        "coast",
        "side",
        "airspace",
        "waters",
    }
)
COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "corporation",
        "club",
        "team",
        "bank",
        "university",
        "school",
        "federation",
        "association",
        "board",
        "foundation",
        "league",
        "group",
        "airline",
        "brand",
        "studio",
    }
)
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")
# sectors of a state's own agents: a "government", "army", "police" or "opposition" without a
# country belongs to the country the sentence or the article is about (rules.py, default country)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# words before an agent that make it someone else's or no one's in particular ("foreign
# forces", "a Western diplomat", "other governments"): no default country for those
FOREIGN_WORDS = frozenset(
    {
        "foreign",
        "international",
        "western",
        "other",
        "allied",
        "coalition",
        "overseas",
        "rival",
        "neighbouring",
        "neighboring",
        "regional",
        "outside",
        "world",  # "world leaders", "world powers": many countries'
        "global",
    }
)
# prepositions that set the scene of an act ("in Nairobi"), unlike "to"/"from" (where one goes)
SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout", "around", "outside"})
# Directions that, with "of", set a scene as "in" does: "rebels southwest of Baghdad", "20 km
# north of Aleppo" are where "rebels in Iraq" are, and a place that close is in the same country
# far more often than across a border (a border itself has two sides and is never a scene).
COMPASS_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    }
)
DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"})


def compass_of(doc: Doc, j: int) -> bool:
    """Token j is the "of" of "north of", "south-west of"."""
    if j < 1 or doc[j].lower_ != "of":
        return False
    before = doc[j - 1].lower_
    if before in COMPASS_WORDS:
        return True
    # "south-west" split into three tokens
    return j >= 3 and doc[j - 2].text in ("-", "–") and f"{doc[j - 3].lower_}-{before}" in COMPASS_WORDS


INDEFINITE_WORDS = frozenset({"a", "an", "another", "some", "any", "no", "each", "one", "many", "several"})
# a diplomat is posted abroad: "the ambassador in Moscow", "diplomats in Geneva" are other
# countries' (and "the diplomacy in Geneva" is everyone's), so where such an agent is says
# nothing about whose it is. Not buildings: "opened an embassy in Tehran" is coded with Iran as
# the party the embassy is accredited to (PLOVER's gold does so).
DIPLOMATIC_NOUNS = frozenset(
    {
        "diplomat",
        "diplomats",
        "diplomacy",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "consul",
        "delegation",
        "delegations",
        "representative",
        "representatives",
        "emissary",
        "emissaries",
        "negotiator",
        "negotiators",
    }
)
# envoys named by their brief: in "the UN Syria envoy" Syria is where the envoy works
BRIEF_NOUNS = frozenset({"envoy", "envoys", "negotiator", "negotiators", "mediator", "coordinator", "representative",
                         "ambassador", "ambassadors"})  # "Russia's UK ambassador": Russia's, in the UK
DETERMINERS = frozenset({"the", "this", "that"})
# a title after these names an office no longer held ("former President Obama")
PAST_TITLE_WORDS = frozenset(
    {"former", "ex", "late", "ousted", "outgoing", "deposed", "exiled", "then", "erstwhile", "disgraced"}
)
MODIFIER_WORDS = frozenset(
    {"senior", "top", "acting", "former", "high", "ranking", "high-ranking", "unnamed", "-", "–"}
)
CREDIT_LINE = re.compile(r"^[^\n.!?]{0,200}\s/\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?\s*$")
PARAGRAPH = re.compile(r"[^\n]+")
PERSON_SUFFIXES = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "official",
    "minister",
    "secretary",
    "president",
    "chief",
    "head",
    "deputy",
    "leader",
    "diplomat",
    "envoy",
    "general",
    "king",
    "queen",
    "chancellor",
    "premier",
)


@dataclass
class Hit:
    start: int
    end: int
    target: Target
    allegiance: bool = False  # "pro-Russian": the country is a sympathy, not the actor's own


def role_distance(role: Role, day: date | None) -> tuple[int, int]:
    """How far a role lies from `day` (0 when it covers it); without a day, the latest first."""
    if day is None:
        return (0, -(role.start or date.min).toordinal())
    if role.start and day < role.start:
        return ((role.start - day).days, 0)
    if role.end and day > role.end:
        return ((day - role.end).days, 0)
    return (0, 0)


def compose(country: str, agent_code: str) -> str:
    """PETRARCH's `~GOV` puts the country first; `NGO~` puts the agent first."""
    if agent_code.endswith("~") and not agent_code.startswith("~"):
        return agent_code.rstrip("~") + country
    return country + agent_code.lstrip("~")


# the sector an office title in front of a name stands for
TITLE_SECTORS = {
    "president": "GOV",
    "premier": "GOV",
    "prime": "GOV",
    "minister": "GOV",
    "chancellor": "GOV",
    "secretary": "GOV",
    "king": "GOV",
    "queen": "GOV",
    "emir": "GOV",
    "sultan": "GOV",
    "general": "MIL",
    "gen.": "MIL",
    "commander": "MIL",
    "senator": "LEG",
    "sen.": "LEG",
    "judge": "JUD",
}
TITLE_WORDS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "senator",
        "general",
        "chancellor",
        "premier",
        "speaker",
        "king",
        "queen",
        "prince",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "mr",
        "mrs",
        "ms",
        "sen.",
        "rep.",
        "gov.",
        "governor",
    }
)


def title_fits(modifiers: list[str], title: str) -> bool:
    """A definite description's portfolio words all occur in an earlier person's title: "the
    justice minister" is not the foreign minister named before, nor "the German foreign minister"
    the German defence minister; a bare "the minister" (no modifiers) fits any minister."""
    title = title.replace("defense", "defence")  # US and British spelling of one portfolio
    return all(word.replace("defense", "defence") in title for word in modifiers)


# particles of family names ("de Lima", "van Rompuy", "da Silva"): the word after one is a surname
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "du", "dos", "das"})


def inside_other_name(doc: Doc, start: int, end: int) -> bool:
    """A word inside someone else's name: next to a capitalised proper noun that is not a title."""
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return True
    if start > 0:
        prev = doc[start - 1]
        if prev.text in ('"', "“", "'", "‘"):
            return True
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in TITLE_WORDS:
            # a sentence's first word is capitalised anyway; it is a first name when the parser
            # reads both words as one person's name ("Nasr Hariri said" is not Saad Hariri)
            one_person = prev.ent_type_ == "PERSON" and doc[start].ent_iob_ == "I"
            return not prev.is_sent_start or prev.is_upper or one_person
    return False


def agent_key(agent_id: str, head: Token) -> str:
    """Agents are coreferent when the same agent entry has the same head word ("the police")."""
    return f"{agent_id}:{head.lemma_.lower()}"


def names_follow(doc: Doc, end: int) -> bool:
    """A person's name right after a title ("Judge Ana Ruiz"); not "Air Force Base", "Tuesday"."""
    return (
        end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ == "PERSON"
    )


def modifies_noun(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].tag_ != "POS"


def followed_by_noun(doc: Doc, end: int) -> bool:
    return end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ") or doc[end].text in "-–")


def of_phrase_head(doc: Doc, end: int) -> str:
    """The noun of a following "of the X" ("president of the company")."""
    j = end
    if j < len(doc) and doc[j].lower_ == "of":
        j += 1
        while j < len(doc) and doc[j].pos_ in ("DET", "ADJ"):
            j += 1
        if j < len(doc):
            return doc[j].lower_
    return ""


def is_singular(token: Token) -> bool:
    return token.tag_ in ("NN", "NNP")


def looks_personal(token: Token) -> bool:
    # "-ment" nouns name institutions and acts ("government", "parliament"), never a person
    return is_singular(token) and token.lower_.endswith(PERSON_SUFFIXES) and not token.lower_.endswith("ment")


def safe_day(text: str | None) -> date | None:
    try:
        return parse_day(text) if text else None
    except (ValueError, TypeError):
        return None


def is_location(doc: Doc, i: int) -> bool:
    """A capital as a place: after a locative preposition, or a dateline ("MOSCOW, Dec 2 -")."""
    token = doc[i]
    while token.dep_ in ("conj", "appos") and token.head.i < token.i:
        token = token.head
    j = token.i - 1
    steps = 0
    while (
        j >= 0
        and steps < 4
        and doc[j].pos_ in ("DET", "ADJ", "PROPN", "NUM", "PUNCT")
        and doc[j].text not in "\n"
    ):
        if doc[j].pos_ == "PUNCT" and doc[j].text not in (",",):
            break
        j -= 1
        steps += 1
    if j >= 0 and doc[j].lower_ in LOCATIVE:
        return True
    return dateline(doc, i)


def dateline(doc: Doc, i: int) -> bool:
    """A place name opening a paragraph before punctuation, or in capitals ("CAIRO, Dec 2 -")."""
    at_paragraph_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space
    upper = doc[i].is_upper and len(doc[i]) > 2  # "CAIRO, EGYPT" in running text
    return bool((at_paragraph_start or upper) and i + 1 < len(doc) and doc[i + 1].is_punct)


# Nouns for what a maker makes: after a company's name they make the name a product's ("a Boeing
# jet", "Toyota pickups", "Airbus helicopters"), and what is done to or with the product is no act
# of its maker.
PRODUCT_NOUNS = frozenset(
    {
        "jet", "jets", "jetliner", "jetliners", "airliner", "airliners", "plane", "planes", "aircraft",
        "helicopter", "helicopters", "warplane", "warplanes", "drone", "drones", "rifle", "rifles",
        "truck", "trucks", "pickup", "pickups", "car", "cars", "vehicle", "vehicles", "engine", "engines",
        "phone", "phones", "smartphone", "smartphones",
    }
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_COUNTED = frozenset({"percent", "%", "days", "weeks", "months", "years", "hours", "billion", "million", "times"})


def names_product(doc: Doc, end: int) -> bool:
    """A company's name right before a model designation ("Boeing 777", "Airbus A320", "Boeing
    737-800") or a product noun ("Boeing jets") names the product, not the company: "the
    Malaysia Airlines Boeing 777 was shot down" hit the airline's plane. A year is no model
    ("Boeing 2016 results")."""
    if end >= len(doc) or doc[end - 1].whitespace_ == "":
        return False
    word = doc[end]
    if word.lower_ in PRODUCT_NOUNS:
        return True
    if not any(c.isdigit() for c in word.text) or _YEAR.match(word.text):
        return False
    # "with Boeing 10 days ago", "Boeing 5 percent": a count after the name, not a model
    return not (end + 1 < len(doc) and doc[end + 1].lower_ in _COUNTED)


def modifies_place(doc: Doc, end: int) -> bool:
    """The words end before a place noun ("the Belarusian capital", "Ukraine's borders")."""
    j = end
    if j < len(doc) and doc[j].tag_ == "POS":
        j += 1
    return j < len(doc) and doc[j].lower_ in PLACE_NOUNS


# In a line set in capitals "US" may be the pronoun "us": where news English puts the pronoun,
# after a verb of telling or giving ("TRUMP TOLD US HE WOULD...", "LET US TALK"), or in "ALL OF
# US", and not before a noun it would modify ("TELLS US FIRMS..."). Verbs that take a country as
# often as the pronoun ("WARNS US", "ACCUSES US") leave "US" the country.
US_PRONOUN_VERBS = frozenset({"told", "tell", "tells", "telling", "let", "lets", "give", "gives", "gave", "giving",
                              "show", "shows", "showed", "thank", "thanks", "thanked", "join", "joins", "joined",
                              "help", "helps", "helped", "taught", "teach", "teaches", "reminds", "reminded"})
US_PRONOUN_QUANTIFIERS = frozenset({"all", "many", "some", "most", "none", "each", "both", "few", "any", "one"})
# What follows the pronoun in such a line: the end, or a closed-class word opening what comes next.
_AFTER_PRONOUN = frozenset({"he", "she", "it", "they", "we", "you", "i", "that", "what", "how", "why", "when",
                            "where", "who", "about", "to", "the", "a", "an", "this", "his", "her", "their", "our",
                            "its", "again", "now", "more", "nothing", "everything", "something", "and", "or", "but"})


def _capitals_line(doc: Doc, i: int) -> bool:
    """The line of token `i` is set in capitals: at least three words, all but one in upper case."""
    text = doc.text
    start = text.rfind("\n", 0, doc[i].idx) + 1
    end = text.find("\n", doc[i].idx)
    words = re.findall(r"[A-Za-z]{2,}", text[start : end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(not w.isupper() for w in words) <= 1


def capitals_word(doc: Doc, i: int) -> bool:
    """Token `i` is "IS" in a line set in capitals: the verb, not the acronym of Islamic State."""
    return doc[i].text == "IS" and _capitals_line(doc, i)


def us_pronoun(doc: Doc, i: int) -> bool:
    """Token `i` ("US") is the pronoun "us" of a line in capitals (see US_PRONOUN_VERBS)."""
    if doc[i].text != "US" or i == 0 or not _capitals_line(doc, i):
        return False
    before = doc[i - 1].lower_
    after = doc[i + 1] if i + 1 < len(doc) and "\n" not in doc[i].whitespace_ else None
    ends = after is None or after.is_punct or after.is_space or after.lower_ in _AFTER_PRONOUN
    if before == "of" and i >= 2 and doc[i - 2].lower_ in US_PRONOUN_QUANTIFIERS:
        return True  # "ALL OF US", "MANY OF US"
    if before == "let":
        return True  # "LET US": only the pronoun follows "let" so
    return before in US_PRONOUN_VERBS and ends
