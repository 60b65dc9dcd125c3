"""The linear matcher: TABARI verb dictionaries matched in word order, as TABARI matched them.

A TABARI dictionary (communique.events.tabari) says what words come before and after a verb,
and where its source and target stand; that is a statement about word order, which a dependency
parse cannot express faithfully, so such dictionaries are matched here on the words of each
sentence, with the actors found by ``cameo_actors``. The event component runs this matcher
alongside the dependency coder when a TABARI verb file is loaded; in a sentence where it codes,
its events replace the dependency coder's (the user's dictionary wins, as user patterns do).

How a sentence is read, following TABARI's documented behaviour:
- A sentence runs to its full stop (a parser's break elsewhere is ignored). Each actor
  mention is one item; actors listed with commas and a final "and" ("Rohan, Fornost and
  Bree", also "neither A nor B") are one compound item whose members each act. "he", "she",
  "it", "they" (and "him", "them") stand for the first actor of the sentence.
- A short comma-delimited aside ("Gollum, centre of a row between wizards, called on...": two
  to eight items between two commas) is left out, so that it cannot supply verbs or actors; so
  is a short closing clause before the full stop (", a senior official said on Saturday.").
- A verb word preceded by "the", "a" or "an", or capitalised inside the sentence, is a noun.
- "and" (or "but") followed by a verb, or by a subject and its verb, starts a new clause, which
  keeps the first clause's source when it names none ("condemned the attack and promised aid").
- In each clause, verbs are tried in order: the first whose pattern (or default code) codes
  something is the clause's event; a subordinate ("?") code is kept only if nothing else codes.
- Source: the pattern's ``$``, else the clause's first unused actor before the verb (after it
  only when the pattern put the target before the verb: "+ WAS * DEAD"); target: the pattern's
  ``+``, else the first other actor after the verb. Both are needed. A passive verb ("was
  opposed by Osgiliath") with no placeholders in its pattern is done by the actor after "by".
- "didn't" is one word, and so is a word with "'s" ("plan's", no verb then), as TABARI reads them.

TABARI has no modality: a dictionary says negation in its own patterns ("&NEGATVAUXVRB *"), so
every event found here is asserted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from spacy.tokens import Doc, Span

from communique.events.codes import CameoCodes, quad_class_of_root
from communique.events.tabari import (
    ALTERNATIVES,
    COMPLEX,
    COMPOUND,
    DISCARD,
    SKIP,
    SOURCE,
    TARGET,
    WORD,
    Element,
    LinearDictionary,
    LinearVerb,
    Outcome,
)
from communique.model import Actor, Event, SentenceRef, TextSpan
from communique.nlp.extensions import ACTOR_SPANS_KEY

MODIFIER_TAGS = frozenset({"DET", "ADJ"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
PRONOUNS = frozenset({"HE", "SHE", "IT", "THEY", "HIM", "THEM"})
CONTRACTIONS = frozenset({"N'T", "N’T"})
PASSIVE_AUXILIARIES = frozenset({"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"})
CLAUSE_ADVERBS = frozenset({"THEN", "ALSO", "LATER"})
DETERMINERS = frozenset({"THE", "A", "AN"})
CLAUSE_CONJUNCTIONS = frozenset({"AND", "BUT"})
COMPOUND_CONJUNCTIONS = frozenset({"AND", "NOR"})
POSSESSIVE_MARKS = frozenset({"'S", "'", "’S", "’"})
ASIDE_MIN, ASIDE_MAX = 2, 8
CLOSING_MAX = 6
Bindings = dict[str, int]


@dataclass(frozen=True)
class Item:
    """A word (upper case) or an actor mention (one or, for a compound, several actors)."""

    word: str
    start: int  # token indices in the Doc
    end: int
    actors: tuple[Actor, ...] = ()
    capitalised: bool = False
    modifier: bool = False  # a determiner or adjective ("the evil Gondor")

    @property
    def is_actor(self) -> bool:
        return bool(self.actors)


@dataclass(frozen=True)
class VerbMatch:
    verb: LinearVerb
    start: int  # item indices
    end: int
    outcome: Outcome
    bindings: Bindings
    rule: str


# ---------------------------------------------------------------- reading the sentence


def sentence_items(doc: Doc, sent: Span) -> list[Item]:
    """The sentence as items: words and actor mentions, compounds merged, asides left out."""
    spans = _actor_spans(doc, sent)
    items: list[Item] = []
    i = sent.start
    while i < sent.end:
        if i in spans:
            end, actor = spans[i]
            items.append(Item("", i, end, _members(actor)))
            i = end
            continue
        token = doc[i]
        text = token.text.upper()
        glued = bool(items) and not items[-1].is_actor and i > sent.start and not doc[i - 1].whitespace_
        if (text in CONTRACTIONS or text in POSSESSIVE_MARKS) and glued:
            # TABARI reads "didn't" and "plan's" as one word ("plan's" is then no verb); spaCy
            # splits them
            last = items.pop()
            items.append(Item(last.word + text, last.start, i + 1, capitalised=last.capitalised))
            i += 1
            continue
        if text in POSSESSIVE_MARKS or (token.is_punct and text != ","):
            i += 1  # an actor's "'s" adds nothing to the actor
            continue
        capitalised = i > sent.start and token.text[:1].isupper() and not token.text.isupper()
        items.append(Item(text, i, i + 1, capitalised=capitalised, modifier=token.pos_ in MODIFIER_TAGS))
        i += 1
    items = _with_pronouns(_compounds(items))
    return _without_asides(items, sent[-1].text == ".")


def linear_sentences(doc: Doc) -> Iterator[tuple[list[int], Span]]:
    """Sentences as TABARI reads them: up to a full stop. A parser sentence that ends without
    ".", "!" or "?" (small parsers break at "anti- Gondor", at a dash) runs on into the next,
    unless a line break ends it. Yields the parser sentences' indices and the joined span."""
    indices: list[int] = []
    start: int | None = None
    for index, sent in enumerate(doc.sents):
        if start is None:
            start = sent.start
        indices.append(index)
        last = sent[-1]
        ends = last.text in SENTENCE_ENDS or last.text in ('"', "'", "”", "’", ")") and len(sent) > 1 and \
            sent[-2].text in SENTENCE_ENDS
        if ends or "\n" in last.whitespace_ or "\n" in last.text or sent.end == len(doc):
            yield indices, doc[start : sent.end]
            indices, start = [], None


def _members(actor: Actor) -> tuple[Actor, ...]:
    """A TABARI code naming several actors ("FRO/BIL/SAM": the Shire's three) is each of them."""
    if "/" not in actor.code:
        return (actor,)
    return tuple(replace(actor, code=code) for code in actor.code.split("/") if code)


def _actor_spans(doc: Doc, sent: Span) -> dict[int, tuple[int, Actor]]:
    """Start token -> (end token, actor) for the longest non-overlapping mentions in `sent`."""
    if ACTOR_SPANS_KEY not in doc.spans:
        return {}
    # TABARI's "[---]" says "not an actor"; "---GOV" (an agent of no known actor) still acts
    spans = [s for s in doc.spans[ACTOR_SPANS_KEY]
             if s.start >= sent.start and s.end <= sent.end and getattr(s._, "actor", None) is not None
             and s._.actor.code.strip("-")]
    spans.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    found: dict[int, tuple[int, Actor]] = {}
    for span in spans:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        found[span.start] = (span.end, span._.actor)
    return found


def _compounds(items: list[Item]) -> list[Item]:
    """"A and B", "A, B and C", "A, B, and the evil C": one item with every member's actors."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if not item.is_actor:
            out.append(item)
            i += 1
            continue
        members, j, closed = [item], i + 1, False
        while not closed:
            k = j
            comma = k < len(items) and items[k].word == ","
            k += comma
            conjunction = k < len(items) and items[k].word in COMPOUND_CONJUNCTIONS
            k += conjunction
            while k < len(items) and items[k].modifier and not items[k].is_actor:
                k += 1  # "and the evil awful Gondor"
            if not (comma or conjunction) or k >= len(items) or not items[k].is_actor:
                break
            members.append(items[k])
            closed, j = conjunction, k + 1
        if len(members) > 1 and closed:
            actors = tuple(a for m in members for a in m.actors)
            out.append(Item("", item.start, members[-1].end, actors))
            i = j
        else:
            out.append(item)
            i += 1
    return out


def _with_pronouns(items: list[Item]) -> list[Item]:
    first = next((item for item in items if item.is_actor), None)
    out: list[Item] = []
    for item in items:
        if first is not None and item.word in PRONOUNS and out and any(o is first for o in out):
            out.append(Item("", item.start, item.end, first.actors))
        else:
            out.append(item)
    return out


def _without_asides(items: list[Item], full_stop: bool) -> list[Item]:
    """Without short comma-delimited clauses: inside the sentence (two to eight items between
    two commas), and, in a sentence that ends with a full stop, a closing one of two to six
    words (", a senior official said on Saturday.")."""
    commas = [i for i, item in enumerate(items) if item.word == ","]
    drop: set[int] = set()
    closers: set[int] = set()
    for left, right in zip(commas, commas[1:], strict=False):
        if left in drop:
            continue
        if ASIDE_MIN <= right - left - 1 <= ASIDE_MAX:
            drop.update(range(left, right))  # the aside and its opening comma
            closers.add(right)
    if commas and full_stop and commas[-1] not in drop | closers:
        closing = items[commas[-1] + 1 :]
        if ASIDE_MIN <= sum(item.end - item.start for item in closing) <= CLOSING_MAX:
            drop.update(range(commas[-1], len(items)))
    return [item for i, item in enumerate(items) if i not in drop]


# ---------------------------------------------------------------- matching elements


def _word_matches(element: Element, item: Item) -> bool:
    return bool(item.word) and not item.is_actor and element.matches(item.word)


def _element_at(element: Element, items: list[Item], at: int) -> Iterator[tuple[int, Bindings]]:
    """Ways `element` matches starting at item `at`: (next item index, bindings)."""
    if at >= len(items):
        return
    if element.kind == WORD:
        if _word_matches(element, items[at]):
            yield at + 1, {}
    elif element.kind == ALTERNATIVES:
        for option in element.options:
            yield from _forward(option, items, at, True)
    elif element.kind in (SOURCE, TARGET, SKIP, COMPOUND) and len(items[at].actors) > (element.kind == COMPOUND):
        yield at + 1, {element.kind: at}  # "%" asks for a compound: two actors or more


def _forward(elements: tuple[Element, ...], items: list[Item], at: int, touching: bool
             ) -> Iterator[tuple[int, Bindings]]:
    """Match `elements` left to right from item `at` (the first exactly there when `touching`)."""
    if not elements:
        yield at, {}
        return
    first, rest = elements[0], elements[1:]
    starts = [at] if touching else range(at, len(items))
    for start in starts:
        for after, bound in _element_at(first, items, start):
            for end, more in _forward(rest, items, after, bool(rest) and rest[0].joined):
                yield end, {**more, **bound}


def _backward(elements: tuple[Element, ...], items: list[Item], limit: int, touching: bool
              ) -> Iterator[Bindings]:
    """Match `elements` (text order) so that they end before item `limit`, nearest first."""
    if not elements:
        yield {}
        return
    last, rest = elements[-1], elements[:-1]
    ends = [limit] if touching else range(limit, 0, -1)
    for end in ends:  # the element ends just before item `end`
        for start in range(end - 1, -1, -1):
            for stop, bound in _element_at(last, items, start):
                if stop != end:
                    continue
                for more in _backward(rest, items, start, last.joined):
                    yield {**more, **bound}
            if last.kind != ALTERNATIVES:
                break  # a single item starts where it ends


# ---------------------------------------------------------------- coding


@dataclass(frozen=True)
class LinearCoder:
    dictionary: LinearDictionary
    codes: CameoCodes
    by_initial: Mapping[str, tuple[LinearVerb, ...]] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        # Verbs by the first two letters of each form's first word, so a word is tried only
        # against the entries that can match it (TABARI's CAMEO dictionary has 1,200 verbs).
        index: dict[str, list[LinearVerb]] = {}
        for verb in self.dictionary.verbs:
            for key in {form[0].word[:2] for form in verb.forms}:
                index.setdefault(key, []).append(verb)
        object.__setattr__(self, "by_initial", MappingProxyType({k: tuple(v) for k, v in index.items()}))

    def _entries(self, word: str) -> tuple[LinearVerb, ...]:
        found = self.by_initial.get(word[:2], ())
        return found + self.by_initial.get(word[:1], ()) if len(word) > 1 else found

    def code_doc(self, doc: Doc) -> dict[int, list[Event]]:
        """Events by the index of the parser's sentences they cover: a sentence where the
        dictionary coded something maps every parser sentence it spans (the first holds the
        events, the others an empty list), so the dependency coder's events there give way."""
        found: dict[int, list[Event]] = {}
        furniture = [tuple(r) for r in (doc._.furniture or [])]
        for indices, sent in linear_sentences(doc):
            if any(start < sent.end_char and sent.start_char < end for start, end in furniture):
                continue
            events = self.code_sentence(doc, sent, indices[0])
            if events:
                found.update({index: [] for index in indices})
                found[indices[0]] = events
        return found

    def _discarded(self, items: list[Item]) -> bool:
        """A discard entry ("SOCCER [###]", nouns mostly) anywhere leaves the sentence uncoded."""
        return any(
            end > at
            for at in range(len(items))
            for verb in self._entries(items[at].word)
            if verb.outcome.stop == DISCARD and not verb.patterns
            for form in verb.forms
            if _word_matches(form[0], items[at])
            for end, _ in _forward(form[1:], items, at + 1, len(form) > 1 and form[1].joined)
        )

    def verbs_at(self, items: list[Item], at: int) -> list[tuple[LinearVerb, int]]:
        """Verb entries matching at item `at`, the longest phrase (then the longest stem) first."""
        item = items[at]
        if item.is_actor or item.capitalised or (at > 0 and items[at - 1].word in DETERMINERS):
            return []
        hits: list[tuple[LinearVerb, int, int]] = []
        for verb in self._entries(item.word):
            best = -1
            for form in verb.forms:
                if not _word_matches(form[0], item):
                    continue
                for end, _bound in _forward(form[1:], items, at + 1, len(form) > 1 and form[1].joined):
                    best = max(best, end)
            if best > at:
                hits.append((verb, best, len(verb.name)))
        hits.sort(key=lambda h: (-h[1], -h[2]))
        return [(verb, end) for verb, end, _ in hits]

    def _match(self, verb: LinearVerb, items: list[Item], start: int, end: int) -> VerbMatch:
        for pattern in verb.patterns:
            for before in _backward(pattern.before, items, start, pattern.verb_joined):
                after_touch = bool(pattern.after) and pattern.after[0].joined
                for _end, after in _forward(pattern.after, items, end, after_touch):
                    return VerbMatch(verb, start, end, pattern.outcome, {**before, **after}, pattern.origin)
        return VerbMatch(verb, start, end, verb.outcome, {}, verb.origin)

    def code_sentence(self, doc: Doc, sent: Span, index: int) -> list[Event]:
        items = sentence_items(doc, sent)
        if any(a.code.startswith((DISCARD, COMPLEX)) for item in items for a in item.actors):
            return []  # TABARI's "###" / "+++" actors: the sentence is not coded
        if self._discarded(items):
            return []
        candidates = {at: self.verbs_at(items, at) for at in range(len(items))}
        sentence = SentenceRef(index, sent.start_char, sent.end_char, sent.text)
        events: list[Event] = []
        inherited: int | None = None
        for clause_start, clause_end in _clauses(items, candidates):
            chosen = self._clause_verb(items, candidates, clause_start, clause_end)
            if chosen is not None and chosen.outcome.stop:
                return events
            if chosen is None:
                continue
            source = self._source(chosen, items, clause_start, clause_end, inherited)
            agent = self._passive_agent(chosen, items, clause_end)
            if agent is not None and source is not None:
                chosen = replace(chosen, bindings={SOURCE: agent, TARGET: source})
                source = agent
            inherited = source if source is not None and agent is None else inherited
            events.extend(self._events(doc, sentence, items, chosen, source, clause_end))
        return events

    def _clause_verb(self, items: list[Item], candidates: dict[int, list[tuple[LinearVerb, int]]],
                     start: int, end: int) -> VerbMatch | None:
        """The clause's event verb: the first that codes; a subordinate code only if none does.
        A verb whose outcome stops coding (### / +++) is returned as is."""
        fallback: VerbMatch | None = None
        for at in range(start, end):
            for verb, verb_end in candidates[at]:
                match = self._match(verb, items, at, verb_end)
                if match.outcome.stop:
                    return match
                if match.outcome.code is None:
                    continue
                if not match.outcome.subordinate:
                    return match
                fallback = fallback or match
                break
        return fallback

    @staticmethod
    def _source(match: VerbMatch, items: list[Item], start: int, end: int, inherited: int | None) -> int | None:
        if SOURCE in match.bindings:
            return match.bindings[SOURCE]
        used = set(match.bindings.values())
        before = [i for i in range(start, match.start) if items[i].is_actor and i not in used]
        if before:
            return before[0]
        if inherited is not None:
            return inherited
        if match.bindings.get(TARGET, end) < match.start:
            # the pattern put the target before the verb ("+ WAS * DEAD"): the source follows it
            after = [i for i in range(match.end, end) if items[i].is_actor and i not in used]
            return after[0] if after else None
        return None

    @staticmethod
    def _passive_agent(match: VerbMatch, items: list[Item], end: int) -> int | None:
        """"Eriador was opposed by Osgiliath": the actor after "by" does the act."""
        if match.bindings or not any(items[i].word in PASSIVE_AUXILIARIES
                                     for i in range(max(0, match.start - 2), match.start)):
            return None
        for i in range(match.end, min(end, match.end + 3) - 1):
            if items[i].word == "BY" and items[i + 1].is_actor:
                return i + 1
        return None

    @staticmethod
    def _target(match: VerbMatch, items: list[Item], source: int, end: int) -> int | None:
        """The first other actor after the verb."""
        used = set(match.bindings.values()) | {source}
        codes = {a.code for a in items[source].actors}

        def other(i: int) -> bool:
            return items[i].is_actor and i not in used and not {a.code for a in items[i].actors} <= codes

        return next((i for i in range(match.end, end) if other(i)), None)

    def _events(self, doc: Doc, sentence: SentenceRef, items: list[Item], match: VerbMatch,
                source: int | None, clause_end: int) -> list[Event]:
        code, reverse = match.outcome.code, match.outcome.reverse
        assert code is not None
        pairs: list[tuple[Actor, Actor, str]] = []
        if COMPOUND in match.bindings:
            members = items[match.bindings[COMPOUND]].actors
            for a in members:
                for b in members:
                    if a.code != b.code:
                        pairs.append((a, b, code))
                        if reverse:
                            pairs.append((b, a, reverse))
        elif source is not None:
            target = match.bindings.get(TARGET)
            if target is None:
                target = self._target(match, items, source, clause_end)
            if target is not None:
                for a in items[source].actors:
                    for b in items[target].actors:
                        if a.code != b.code:
                            pairs.append((a, b, code))
                            if reverse:
                                pairs.append((b, a, reverse))
        first, last = doc[items[match.start].start], doc[items[match.end - 1].end - 1]
        verb = TextSpan(doc.text[first.idx : last.idx + len(last)], first.idx, last.idx + len(last))
        events: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        for a, b, c in pairs:
            if (a.code, b.code, c) in seen:
                continue
            seen.add((a.code, b.code, c))
            events.append(Event(
                doc_id=doc._.doc_id or "", sentence=sentence, source=a, target=b, code=c,
                quad_class=self._quad_class(c), goldstein=self.codes.goldstein(c) if c in self.codes else None,
                verb=verb, doc_date=doc._.doc_date, confidence=0.7 if match.bindings else 0.6,
                rule=f"linear:{match.rule}",
            ))
        return events

    def _quad_class(self, code: str) -> int:
        if code in self.codes:
            return self.codes.quad_class(code)
        digits = code[:2]
        return quad_class_of_root(digits) if digits.isdigit() and 1 <= int(digits) <= 20 else 0


def _clauses(items: list[Item], candidates: dict[int, list[tuple[LinearVerb, int]]]) -> list[tuple[int, int]]:
    """Item ranges of the sentence's clauses: "and"/"but" followed by a verb starts a new one."""
    bounds = [0]
    for at, item in enumerate(items[:-1]):
        if item.word not in CLAUSE_CONJUNCTIONS:
            continue
        # "and promised", "and then promised", "and Gondor asked", "and then it requested"
        k = at + 1
        if k < len(items) and items[k].word in CLAUSE_ADVERBS:
            k += 1
        if k < len(items) and items[k].is_actor:
            k += 1
        if candidates.get(k):
            bounds.append(at + 1)
    bounds.append(len(items))
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
