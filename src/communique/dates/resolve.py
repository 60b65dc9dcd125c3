"""When an event happened: the date expression of its clause, resolved against the publication date.

For each event, the date step looks for date expressions in its sentence (spaCy DATE/TIME
entities, and our own patterns for what the small model misses), keeps those attached to
the event's clause (see `communique.dates.clause`), and resolves the nearest one with the
rules of `communique.dates.expressions`, dateparser as the fallback. The clause's tense
decides whether a bare "Thursday" lies before or after publication.

"The day after the White House announced ..." is relative to another event: those are
resolved in a second pass, from the date of the event they point at. An event without a
date expression takes the publication date at precision "document"; without a publication
date, only self-contained dates ("2 December 2021") resolve.

Background a sentence dates itself ("Russia, which annexed Crimea in 2014", "the 2003 invasion of
Iraq", "two decades ago") keeps its own date, never the publication date, and stays asserted:
the public record (docs/OUTPUT.md) has dates down to a year with `date_precision`, and `modality`
says whether an act happened, not when; a user after current events filters on `date`. So a
relative clause or a participle after a noun dates its own act and no other (`_background_clause`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from communique.dates.clause import (
    SentenceIndex,
    clause_group,
    clause_head,
    event_token,
    inside,
    is_ancestor,
    is_clause_head,
    quote_ranges,
)
from communique.dates.expressions import DateValue, parse_expression, parse_with_dateparser
from communique.model import Article, Event

DATE_LABELS = frozenset({"DATE", "TIME"})
_PREPOSITIONS = frozenset({"on", "in", "during", "since", "by", "at", "until", "over"})
# Edges that leave the event's own clause for another speaker's or another event's clause.
_CLAUSE_BREAKS = frozenset({"ccomp", "parataxis"})
# Nouns of an occasion an event happens in, at or during: a clause on them dates the occasion.
_OCCASIONS = frozenset({
    "raid", "strike", "attack", "operation", "offensive", "assault", "bombing", "ambush", "interview", "speech",
    "statement", "address", "meeting", "talks", "summit", "conference", "visit", "session", "ceremony", "rally",
    "protest", "debate", "hearing", "briefing", "call", "trip", "tour", "exercise", "drill", "vote",
})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_GOVERNORS = frozenset({"go", "plan", "intend", "schedule", "due", "set", "expect", "aim", "prepare"})

_MONTH_WORDS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_FINDERS = re.compile(
    "|".join(
        (
            r"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his|[Pp]ast|[Cc]oming)\s+)?"
            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b",
            r"(?i:\b(?:(?:earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)"
            r"|last night|the day before yesterday|the day after tomorrow)\b)",
            r"(?i:\b(?:(?:earlier|later|early|late)\s+)?(?:this|last|next|the past|the previous|the coming)\s+"
            r"(?:week|weekend|month|year)\b)",
            r"(?i:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year|decade)s?\s+ago\b)",
            r"(?i:\b(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:1[89]\d0|20[0-2]0)s\b)",
            r"\b(?:(?:early|mid|late)[\s-]*)?"
            + _MONTH_WORDS
            + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4}\b)?",
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORDS + r"(?:,?\s+\d{4}\b)?",
            r"\b\d{4}-\d{2}-\d{2}\b",
            r"\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b",
            r"(?<=\b(?:in|of|by) )(?:1[89]\d\d|20\d\d)\b",
            r"(?<=\bsince )(?:1[89]\d\d|20\d\d)\b",
        )
    )
)
_RELATIVE_TO_EVENT = re.compile(
    r"\b(?P<amount>the|a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|days|week|weeks)\s+"
    r"(?P<direction>after|before)\b(?!\s+(?:tomorrow|yesterday)\b)",
    re.IGNORECASE,
)
_NUMBERS = {"the": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True)
class Expression:
    """A date expression in a sentence: its words, their offsets and the token it hangs from."""

    text: str
    start: int
    end: int
    root: Token
    candidates: tuple[str, ...]  # texts to try, longest first: the entity, then patterns inside it


@dataclass(frozen=True)
class RelativeAnchor:
    """ "the day after <anchor>": the tokens of the anchor clause, and the offset in days."""

    text: str
    start: int
    end: int
    anchor: Token
    days: int


def publication_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_entities(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the DATE/TIME entities (read once: `Doc.ents` is rebuilt on every access)."""
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in DATE_LABELS]


def sentence_expressions(
    sentence: Span, text: str | None = None, date_ranges: list[tuple[int, int]] | None = None
) -> list[Expression]:
    """Date expressions of a sentence: spaCy's DATE/TIME entities merged with our patterns.

    `text` (the Doc's text) and `date_ranges` (from `date_entities`) are passed in by callers
    that handle many sentences of one Doc, since spaCy rebuilds both on every access.
    """
    doc = sentence.doc
    text = doc.text if text is None else text
    offset = sentence.start_char
    found = [(offset + m.start(), offset + m.end()) for m in _FINDERS.finditer(sentence.text)]
    ranges = date_entities(doc) if date_ranges is None else date_ranges
    entities = [(s, e) for s, e in ranges if sentence.start_char <= s < sentence.end_char]
    spans: list[tuple[int, int, list[str]]] = []
    for start, end in entities:
        inner = [text[s:e] for s, e in found if start <= s and e <= end]
        spans.append((start, end, [text[start:end], *inner]))
    for start, end in found:
        if not any(s <= start and end <= e for s, e, _ in spans):
            if any(start < e and s < end for s, e, _ in spans):
                continue  # overlaps an entity it is not inside: the entity already speaks for it
            spans.append((start, end, [text[start:end]]))
    expressions = []
    for start, end, texts in sorted(spans):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        first = span.start
        if first > sentence.start and doc[first - 1].lower_ in _PREPOSITIONS:
            first -= 1  # the words the date came from: "on Thursday", "in mid-June"
        text_start = doc[first].idx
        expressions.append(
            Expression(
                text[text_start : span.end_char],
                text_start,
                span.end_char,
                span.root,
                tuple(dict.fromkeys(texts)),
            )
        )
    return expressions


def relative_anchors(sentence: Span) -> list[RelativeAnchor]:
    """ "the day after the White House announced", "two days before the vote"."""
    doc = sentence.doc
    anchors = []
    for match in _RELATIVE_TO_EVENT.finditer(sentence.text):
        start = sentence.start_char + match.start("direction")
        word = doc.char_span(start, start + len(match.group("direction")), alignment_mode="expand")
        if word is None:
            continue
        connective = word[0]
        if connective.dep_ == "mark":
            anchor = connective.head
        else:
            objects = [c for c in connective.children if c.dep_ in ("pobj", "pcomp")]
            if not objects:
                continue
            anchor = objects[0]
        unit_days = 7 if match.group("unit").lower().startswith("week") else 1
        amount = match.group("amount").lower()
        count = int(amount) if amount.isdigit() else _NUMBERS.get(amount, 1)
        sign = 1 if match.group("direction").lower() == "after" else -1
        anchors.append(
            RelativeAnchor(
                match.group(0),
                sentence.start_char + match.start(),
                sentence.start_char + match.end(),
                anchor,
                sign * count * unit_days,
            )
        )
    return anchors


def is_future(token: Token) -> bool:
    """Whether the event's clause speaks of the future ("will meet", "is due to meet")."""
    head = clause_head(token)
    current: Token | None = head
    for _ in range(3):
        if current is None:
            break
        for child in current.children:
            if child.dep_ in ("aux", "auxpass") and (
                child.lemma_.lower() in _FUTURE_AUX or child.lower_ in _FUTURE_AUX
            ):
                return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _FUTURE_GOVERNORS:
            return True
        current = current.head if current.dep_ in ("xcomp", "conj") and current.head.i != current.i else None
    return False


def _background_clause(clause: Token, event: Token | None) -> bool:
    """A relative clause or a past participle after a noun dates its own act, the background of
    the main one ("Russia, which annexed Crimea in 2014, deployed troops"; "violated the agreement
    signed in March 2001"; "athletes killed at the 1972 games"): those years are not the event's.
    Unless it says when the event noun itself happened ("the demonstration staged on 15 October",
    "the attack, which took place on Monday"). A present participle ("power lines leading into
    Kabul last month") is no past act of its own: small parsers hang the main verb's date there."""
    if clause.dep_ != "relcl" and not (clause.dep_ == "acl" and clause.tag_ == "VBN"):
        return False
    return event is None or not (clause.head.i == event.i or _occasion_of(clause.head, event))


def _occasion_of(noun: Token, event: Token) -> bool:
    """ "killed in a raid authorized in January", "said in an interview published Thursday": the
    occasion the event happened in or at shares its date."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() in _OCCASIONS and preposition.lower_ in ("in", "at", "during")
            and preposition.head.i == event.i)


def _path_crosses_clause(token: Token, ancestor: Token, event_heads: frozenset[int],
                         event: Token | None = None) -> bool:
    """Whether the way up from `token` to `ancestor` enters reported speech, another event or a
    background clause."""
    current = token
    while current.i != ancestor.i and current.head.i != current.i:
        if current.dep_ in _CLAUSE_BREAKS or _background_clause(current, event):
            return True
        if current.i in event_heads and current.i != ancestor.i and is_clause_head(current):
            return True
        current = current.head
    return False


def attached_expression(
    token: Token,
    expressions: list[Expression],
    event_heads: frozenset[int],
    quotes: list[tuple[int, int]],
    excluded: tuple[tuple[int, int], ...] = (),
) -> Expression | None:
    """The date expression of the event's clause; else one hanging below the event's verb."""
    head = clause_head(token)
    group = clause_group(head)
    verb_quote = inside(quotes, token.idx, token.idx + len(token))
    same_clause: list[Expression] = []
    below: list[Expression] = []
    for expression in expressions:
        if any(s <= expression.start < e for s, e in excluded):
            continue
        quote = inside(quotes, expression.start, expression.end)
        if quote is not None and quote != verb_quote:
            continue  # a date in someone's quoted words belongs to their words, not to this event
        if clause_head(expression.root).i in group:
            same_clause.append(expression)
        elif is_ancestor(head, expression.root) and not _path_crosses_clause(
            expression.root, head, event_heads, token
        ):
            below.append(expression)
    for pool in (same_clause, below):
        if pool:
            return min(pool, key=lambda e: abs(e.root.i - token.i))
    return None


def resolve_expression(expression: Expression, published: date | None, future: bool) -> DateValue | None:
    for text in expression.candidates:
        value = parse_expression(text, published, future)
        if value is not None:
            return value
    return parse_with_dateparser(expression.candidates[0], published)


def _set(event: Event, value: DateValue | None, text: str | None, published: date | None) -> None:
    if value is not None:
        event.date, event.date_precision, event.date_rule, event.date_text = (
            value.date,
            value.precision,
            value.rule,
            text,
        )
    elif published is not None:
        event.date, event.date_precision, event.date_rule, event.date_text = (
            published.isoformat(),
            "document",
            "document",
            None,
        )
    else:
        event.date = event.date_precision = event.date_rule = event.date_text = None


def _shift(value: DateValue, days: int, rule: str) -> DateValue | None:
    if value.precision != "day":
        return None  # "the day after" a month is no day at all
    day = date.fromisoformat(value.date) + timedelta(days=days)
    return DateValue(day.isoformat(), "day", rule)


def resolve_event_dates(article: Article) -> None:
    """Set `date`, `date_text`, `date_precision` and `date_rule` of every event of a parsed article."""
    published = publication_date(article.date)
    doc: Doc | None = article.doc
    for event in article.events:
        if event.doc_date is None and published is not None:
            event.doc_date = published.isoformat()
    if doc is None:
        for event in article.events:
            _set(event, None, None, published)
        return
    sentences = SentenceIndex(doc)
    text = doc.text
    date_ranges = date_entities(doc)
    tokens = {id(event): event_token(doc, event) for event in article.events}
    event_heads = frozenset(clause_head(t).i for t in tokens.values() if t is not None)
    per_sentence: dict[int, tuple[list[Expression], list[RelativeAnchor], list[tuple[int, int]]]] = {}
    pending: list[tuple[Event, RelativeAnchor, Token]] = []
    for event in article.events:
        token = tokens[id(event)]
        if token is None:
            _set(event, None, None, published)
            continue
        sentence = sentences.of(token)
        if sentence.start_char not in per_sentence:
            per_sentence[sentence.start_char] = (
                sentence_expressions(sentence, text, date_ranges),
                relative_anchors(sentence),
                quote_ranges(sentence.text, sentence.start_char),
            )
        expressions, anchors, quotes = per_sentence[sentence.start_char]
        group = clause_group(clause_head(token))
        relative = next((a for a in anchors if _anchors_event(a, token, group)), None)
        if relative is not None:
            pending.append((event, relative, token))
            continue
        expression = attached_expression(token, expressions, event_heads, quotes)
        value = resolve_expression(expression, published, is_future(token)) if expression else None
        _set(event, value, expression.text if value and expression else None, published)
    for event, relative, _token in pending:
        value = _resolve_relative(relative, article.events, tokens, per_sentence, published, sentences)
        _set(event, value, relative.text if value else None, published)


def _anchors_event(anchor: RelativeAnchor, token: Token, group: frozenset[int]) -> bool:
    """Whether "<n> days after <anchor>" modifies this event (and the event is not the anchor)."""
    if is_ancestor(anchor.anchor, token):
        return False
    governor = anchor.anchor.head if anchor.anchor.dep_ != "pobj" else anchor.anchor.head.head
    return clause_head(governor).i in group


def _resolve_relative(
    anchor: RelativeAnchor,
    events: list[Event],
    tokens: dict[int, Token | None],
    per_sentence: dict[int, tuple[list[Expression], list[RelativeAnchor], list[tuple[int, int]]]],
    published: date | None,
    sentences: SentenceIndex,
) -> DateValue | None:
    for other in events:
        token = tokens[id(other)]
        if token is None or not is_ancestor(anchor.anchor, token):
            continue
        if other.date and other.date_precision == "day" and other.date_rule != "document":
            return _shift(
                DateValue(other.date, "day", other.date_rule or ""), anchor.days, "relative_to_event"
            )
    # The anchored event was not coded, or has no date of its own: read its clause directly.
    expressions = per_sentence.get(sentences.of(anchor.anchor).start_char, ([], [], []))[0]
    for expression in expressions:
        if is_ancestor(anchor.anchor, expression.root) and not (
            anchor.start <= expression.start < anchor.end
        ):
            value = resolve_expression(expression, published, is_future(anchor.anchor))
            if value is not None:
                return _shift(value, anchor.days, "relative_to_event")
    return None
