"""Within-article coreference: what earlier mentions tell later ones.

The resolver in rules.py walks an article in reading order and hands every mention to
`remember`, which keeps full and partial names of the people named so far (surname and first
name aliases: "Blinken", "Sergei"), and coordinated pairs ("Joe Biden and Vladimir Putin") for
"both sides" and "the two presidents" (`last_pair`: two other parties just named win over an
older pair, a list of three is no pair, and an unclear reference gets no actor). `resolve_token` codes single words that are not in any
dictionary: "he"/"she"/"him" go to the nearest person of the same or the previous sentence
(subjects preferred for subjects, and a pronoun outside quotes never points into a quote), and a
capitalised first name or surname goes to the person it abbreviates, unless two people share it.
`Context` is the resolver's whole per-document state (the parse, its tables, the dictionary hits
and what has been read so far); every rule gets it alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from communique.actors.index import VARIANTS
from communique.actors.phrases import Hit

PRONOUNS = frozenset({"he", "she", "him"})
# Possessive determiners of a person: "*his* meeting with Lavrov", "*her* visit to Kyiv" name the
# person as the owner of the act, as "he met" names him as its doer.
POSSESSIVES = frozenset({"his", "her"})
PAIR_NOUNS = frozenset(
    {
        "sides",
        "presidents",
        "leaders",
        "countries",
        "ministers",
        "governments",
        "parties",
        "nations",
        "men",
        "delegations",
        "diplomats",
    }
)
PERSON_PAIRS = frozenset({"presidents", "leaders", "ministers", "men", "diplomats"})
COUNTRY_PAIRS = frozenset({"countries", "governments", "nations"})
QUOTES = {"“": 1, "”": -1, "«": 1, "»": -1, "„": 1}


@dataclass
class Mention:
    """One coded mention, token-based; the component turns it into a span with a model.Actor."""

    start: int
    end: int
    code: str
    name: str | None
    rule: str
    person: bool = False
    entity_id: str | None = None
    titles: tuple[str, ...] = ()
    agent_id: str | None = None


@dataclass
class Context:
    """One article while the resolver reads it: built once per Doc (rules.ActorResolver.resolve)
    and handed alone to every rule, so a rule that needs one more fact of the article reads it
    here instead of growing every signature on the way to it."""

    doc: Doc
    day: date | None = None  # the article's date, for dated roles
    sent_of: list[int] = field(default_factory=list)  # sentence number of every token
    in_quote: list[bool] = field(default_factory=list)  # every token: inside quotation marks
    hits: list[Hit] = field(default_factory=list)  # the resolver's dictionary hits, in order
    hit_starts: set[int] = field(default_factory=set)
    groups: list[list[Hit]] = field(default_factory=list)  # hits that form one noun phrase
    consumed: set[int] = field(default_factory=set)  # groups read as part of an earlier phrase
    # what the article has said so far, for coreference
    mentions: list[Mention] = field(default_factory=list)
    aliases: dict[str, Mention | None] = field(default_factory=dict)  # None: ambiguous
    pairs: list[tuple[Mention, Mention]] = field(default_factory=list)
    listed: set[int] = field(default_factory=set)  # where mentions of a list of three or more start


def resolve_token(ctx: Context, i: int) -> list[Mention]:
    doc = ctx.doc
    token = doc[i]
    lower = token.lower_
    possessive = lower in POSSESSIVES and token.tag_ == "PRP$" and token.dep_ == "poss"
    if (lower in PRONOUNS and token.pos_ == "PRON") or (possessive and not _cataphoric(token)):
        found = antecedent(ctx, token)
        if found is not None and possessive and (_bound_by_subject(ctx, token, found) or _owns_a_party(ctx, token)
                                                 or _unknown_person_between(ctx, found, token)):
            return []
        if found is not None:
            return [
                Mention(
                    i,
                    i + 1,
                    found.code,
                    found.name,
                    f"coref:pronoun->{found.rule}",
                    True,
                    found.entity_id,
                    found.titles,
                )
            ]
        return []
    if (token.pos_ == "PROPN" or _surname_as_noun(token)) and token.text[:1].isupper():
        known = ctx.aliases.get(lower)
        if known is not None:
            return [
                Mention(
                    i,
                    i + 1,
                    known.code,
                    known.name,
                    f"coref:name->{known.entity_id}",
                    True,
                    known.entity_id,
                    known.titles,
                )
            ]
        return []
    if lower in ("both", "two") and i + 1 < len(doc) and doc[i + 1].lower_ in PAIR_NOUNS:
        if lower == "two" and not (i > 0 and doc[i - 1].lower_ == "the"):
            return []
        pair = last_pair(ctx, doc[i + 1].lower_, i)
        if pair:
            s = i - 1 if lower == "two" else i
            return [
                Mention(s, i + 2, m.code, m.name, f"coref:pair->{m.rule}", m.person, m.entity_id)
                for m in pair
            ]
    return []


def _cataphoric(pronoun: Token) -> bool:
    """A possessive before the subject of its own sentence, outside it ("In *his* talks with May,
    Erdogan said"): it points forward to that subject, which the reader has not reached yet, so
    the nearest earlier person would be the wrong one."""
    root = pronoun
    while root.head.i != root.i:
        root = root.head
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or pronoun.i > subject.i:
        return False
    return not any(t.i == pronoun.i for t in subject.subtree)


def _surname_as_noun(token: Token) -> bool:
    """A capitalised word the small parser reads as a common noun ("*Sessions* did have contact
    with Russia": "session"): a name already read in the article is that person when the capital
    is not just the sentence's first letter, or when the word is followed by its verb."""
    if token.pos_ != "NOUN" or token.text.isupper():
        return False
    if not token.is_sent_start:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ in ("VERB", "AUX")


def _unknown_person_between(ctx: Context, found: Mention, pronoun: Token) -> bool:
    """A person the dictionaries do not know named after the antecedent ("represented Paula Jones
    in *her* lawsuit"): the possessive is most likely that person's, who is no one to code (a
    name the parser takes for a person but the dictionaries know, such as a city, is no person)."""
    between = [ent for ent in ctx.doc.ents
               if ent.label_ == "PERSON" and ent.start >= found.end and ent.end <= pronoun.i]
    if not between:
        return False  # the usual case: no need to gather every known token of the article
    known = {i for m in ctx.mentions for i in range(m.start, m.end)} | {i for h in ctx.hits for i in range(h.start, h.end)}
    return any(not known.intersection(range(ent.start, ent.end)) for ent in between)


def _owns_a_party(ctx: Context, pronoun: Token) -> bool:
    """A possessive of a phrase that names a party itself ("*his* Turkish counterpart", "*her*
    government", "*his* national security adviser"): the phrase is that party, not the owner."""
    head = pronoun.head
    return any(hit.start <= head.i and hit.end > pronoun.i + 1 for hit in ctx.hits)


def _bound_by_subject(ctx: Context, pronoun: Token, found: Mention) -> bool:
    """A possessive of its own clause's subject ("Sam renewed *his* licence", "he halted *his*
    march") says the thing is the doer's own: the clause already names that party, and a second
    mention of it would make the doer's own belongings a party acted on."""
    node = pronoun.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if found.start <= subject.i < found.end or any(t.i == found.start for t in subject.subtree):
        return True  # "His adviser, Mike Flynn, resigned from *his* post": the subject or its apposition
    covering = next((m for m in reversed(ctx.mentions) if m.start <= subject.i < m.end), None)
    return covering is not None and covering.code == found.code and covering.entity_id == found.entity_id


def antecedent(ctx: Context, token: Token) -> Mention | None:
    doc, sent_of, in_quote = ctx.doc, ctx.sent_of, ctx.in_quote
    here = sent_of[token.i]
    subject = token.dep_ in ("nsubj", "nsubjpass")
    candidates = [
        m
        for m in ctx.mentions
        if m.person
        and m.start < token.i
        and here - 1 <= sent_of[m.start] <= here
        and (in_quote[token.i] or not in_quote[m.start])
    ]
    if not candidates:
        return None
    if subject:
        subjects = [
            m
            for m in candidates
            if doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") or doc[m.start].dep_ in ("nsubj", "nsubjpass")
        ]
        if subjects:
            return subjects[-1]
    return candidates[-1]


# ------------------------------------------------------------ context


def remember(ctx: Context, mention: Mention) -> None:
    doc = ctx.doc
    ctx.mentions.append(mention)
    if (
        mention.person
        and mention.entity_id
        and mention.rule.startswith(("entity:", "surname:"))
        and mention.name
    ):
        words = {w.lower() for w in (mention.name.split()[0], mention.name.split()[-1])}
        words |= {
            t.lower_ for t in doc[max(mention.start, mention.end - 2) : mention.end] if t.pos_ == "PROPN"
        }
        words |= {v for w in list(words) for v in VARIANTS.get(w, ())}
        for word in words:
            known = ctx.aliases.get(word, mention)
            ctx.aliases[word] = mention if known is None or known.entity_id == mention.entity_id else None
            if known is not None and known.entity_id != mention.entity_id:
                ctx.aliases[word] = None
    head = doc[mention.end - 1]
    if head.dep_ == "conj" and head.head.i < mention.start:
        first = next((m for m in reversed(ctx.mentions[:-1]) if m.start <= head.head.i < m.end), None)
        if first is not None and any(first in pair for pair in ctx.pairs[-1:]):
            # "France, Spain and Britain": a list of three or more is no pair, nor any two of it
            ctx.pairs.pop()
            ctx.listed.update((first.start, mention.start))
        elif first is not None and first.code != mention.code and first.start not in ctx.listed:
            ctx.pairs.append((first, mention))


# How far back "the two countries" looks for the two parties just named: its own sentence and the
# one before it.
PAIR_WINDOW = 1


def last_pair(ctx: Context, noun: str, at: int | None = None) -> tuple[Mention, Mention] | None:
    """The two actors "both sides" or "the two presidents" (at token `at`) refers to, of the right
    kind (people for "presidents", countries for "countries", anything for "sides").

    Two other parties of that kind, and only they, named in the phrase's sentence or the one
    before it (also as an earlier "both sides") are the pair meant: a pair named paragraphs earlier is not "the two countries" of a
    later exchange between others ("Chinese and Vietnamese delegations met ... the consensus
    reached by the two countries"). Otherwise the last coordinated pair of that kind, still the
    story's pair when a mediator is named since ("India and Pakistan ... Mr Straw ... both sides");
    with no such pair, the two parties of those sentences when there are exactly two, and
    nothing when it is unclear which two are meant."""
    if noun in PERSON_PAIRS:
        fits = lambda m: m.person and m.entity_id is not None  # noqa: E731
    elif noun in COUNTRY_PAIRS:
        fits = lambda m: len(m.code) == 3 or m.code.endswith("GOV")  # noqa: E731
    else:
        fits = lambda m: True  # noqa: E731

    def party(m: Mention) -> str:
        # one party however often and in whatever capacity it is named ("Russia", "Russian
        # troops", "Mr Lavrov" and "Moscow" are one side); people are themselves for "presidents"
        return (m.entity_id or m.code) if noun in PERSON_PAIRS else m.code[:3]

    coordinated = next(((a, b) for a, b in reversed(ctx.pairs) if fits(a) and fits(b)), None)
    recent: dict[str, Mention] = {}
    if at is not None and ctx.sent_of:
        here = ctx.sent_of[at]
        for mention in ctx.mentions:
            if (mention.start < at and fits(mention)
                    and here - PAIR_WINDOW <= ctx.sent_of[mention.start] <= here):
                recent.pop(party(mention), None)
                recent[party(mention)] = mention
    if len(recent) == 2 and (coordinated is None or not {party(m) for m in coordinated} & set(recent)):
        first, second = recent.values()
        return first, second
    return coordinated


def token_tables(doc: Doc) -> tuple[list[int], list[bool]]:
    """Sentence number and inside-quotes flag of every token."""
    sent_of = [0] * len(doc)
    sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]  # no parser: one sentence
    for number, sent in enumerate(sents):
        for k in range(sent.start, sent.end):
            sent_of[k] = number
    in_quote = [False] * len(doc)
    depth = 0
    straight = False
    for token in doc:
        text = token.text
        if text in QUOTES:
            depth = max(0, depth + QUOTES[text])
            in_quote[token.i] = True
            continue
        if text == '"':
            straight = not straight
            in_quote[token.i] = True
            continue
        if "\n" in text:
            depth, straight = 0, False
        in_quote[token.i] = depth > 0 or straight
    return sent_of, in_quote


def sent_start(doc: Doc, i: int, sent_of: list[int]) -> int:
    j = i
    while j > 0 and sent_of[j - 1] == sent_of[i]:
        j -= 1
    return j


def sent_end(doc: Doc, i: int, sent_of: list[int]) -> int:
    j = i
    while j < len(doc) and sent_of[j] == sent_of[i]:
        j += 1
    return j
