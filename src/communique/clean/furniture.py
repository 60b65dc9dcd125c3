"""Find page furniture in plain text: captions, credits, bios, teasers, comment forms, share bars.

The detector works on lines (a caption, a share bar or a teaser headline is a line of its own on
a page, whether the text came from a crawler's dump or from HTML extraction) and on paragraphs
(runs of lines between blank lines). A line is furniture when it matches one of the patterns of
`patterns.py`; a heading such as "Check Also", "About Banner Leon" or "Leave a Reply" opens a
region that also takes the lines under it, and the region stops before the next line that reads
as running prose, so furniture never swallows the article that follows it. Offsets are string
indices into the text as given; nothing is renumbered or rewritten. Precision matters more than
recall here: a missed caption costs at most a spurious event, a news sentence wrongly blanked
loses real ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.clean import patterns as p
from communique.model import Furniture

_MAX_LINE_CHARS = 400
_MAX_REGION_LINES = 24
_MAX_BIO_CHARS = 1500
_TAIL_PARAGRAPHS = 3
# a line this long that stops mid-sentence is wrapped text, and the next line continues it
_WRAP_MIN_CHARS = 50
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")", "]", ":", ";")
_ELLIPSIS_END = ("…", "...", "[…]", "[...]", "»", "›", "→")
_WORD = re.compile(r"[\w.'’&-]+")
_BULLET = re.compile(r"^(?:[-•*·▪►»]|\d{1,2}[.)])\s+")
# "...in New York.Reuters": a credit glued to the caption's last full stop by the page's markup
_GLUED_CREDIT = re.compile(r"[a-z\d)][.!?”\"](?P<credit>[A-Z][\w .&/-]{1,40})$")


# Every kind find_furniture reports, with what it covers (for `communique extract` and the docs).
FURNITURE_KINDS: tuple[tuple[str, str], ...] = (
    ("caption", "a photo caption ending in its credit"),
    ("credit", "a photo or reporting credit on its own line (Photo: Reuters, Reporting by ...)"),
    ("bio", "an author biography, under an 'About ...' heading or closing the page"),
    ("contact", "how to reach the author (e-mail address, social account)"),
    ("teaser", "links to other stories: Read more, Related, Check Also, You may also like"),
    ("comments", "a comment form or comment thread heading"),
    ("share", "share and follow buttons"),
    ("cookie", "a cookie banner"),
    ("newsletter", "a newsletter sign-up"),
    ("subscription", "paywall and log-in prompts"),
    ("ad", "advertising markers and affiliate disclosures"),
    ("copyright", "copyright lines"),
    ("tags", "tag and category lists"),
    ("media", "video and audio player leftovers"),
    ("notice", "syndication notices and disclaimers"),
    ("meta", "reading time, page errors and other page machinery"),
)


@dataclass(frozen=True)
class Line:
    """A non-blank line: its stripped text, where that text sits, and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    paragraph = 0
    position = 0
    blank_seen = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            if blank_seen and lines:
                paragraph += 1
            start = position + (len(raw) - len(raw.lstrip()))
            lines.append(Line(start, start + len(stripped), stripped, paragraph))
            blank_seen = False
        else:
            blank_seen = True
        position += len(raw) + 1
    return lines


def find_furniture(text: str) -> list[Furniture]:
    """Furniture ranges of `text`, sorted, non-overlapping; `text[f.start:f.end]` is the furniture."""
    lines = split_lines(text)
    hard_wrapped = _hard_wrapped(lines)
    found: list[Furniture] = []
    index = 0
    while index < len(lines):
        if _wrapped(lines, index, hard_wrapped):
            index += 1
            continue
        region = _region(lines, index, len(text))
        if region is not None:
            kind, last = region
            found.append(Furniture(lines[index].start, lines[last].end, kind))
            index = last + 1
            continue
        single = line_kind(lines[index].text)
        if single is not None:
            found.append(Furniture(lines[index].start, lines[index].end, single))
        index += 1
    found.extend(_tail_bios(lines, found))
    found.extend(_inline_teasers(text))
    found.extend(Furniture(m.start("caption"), m.end(), "caption") for m in _INLINE_CAPTION.finditer(text))
    return _merge(sorted(found, key=lambda f: f.start), text)


# "... diplomatic challenges. READ MORE: Kurds and refugees behind Turkey's Syria offensive On
# Sunday, President Erdogan announced...": a teaser glued into a paragraph by the page's
# extraction. The other story's headline has no full stop; it ends before the first word that can
# only open a sentence, or after a headline's closing "?" or quote. Headlines are short, so a
# teaser whose end is not found that soon is left alone (a real sentence is worth more).
_INLINE_TEASER = re.compile(r"(?<=\S )READ (?:MORE|ALSO)\s*[:|\-–—]+\s*")
_HEADLINE_MAX_CHARS = 110
_SENTENCE_OPENERS = frozenset(
    ["The", "A", "An", "In", "On", "At", "For", "From", "According", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Still", "Even", "While", "But", "However", "Indeed", "After", "Before", "Since", "When", "As", "Last", "Earlier", "Meanwhile", "Some", "Many", "Most", "Its", "His", "Her", "Their", "Our", "Under", "During", "Despite", "Although", "Though", "Now", "Then", "Yet", "Both", "Several", "Such", "Another", "Instead", "Following", "Amid", "Today"]
)
_HEADLINE_BREAK = re.compile(r"(?<=[\w?!'’\"”)])\s+[“\"]?([A-Z][\w’']*)")


# "...says Honson To.   - People welcome President Xi Jinping to Davos on Jan 15. Xu Jingxing / China
# Daily  A key part...": a photo caption glued into running text, set off by a dash and closed by
# its "Photographer / Agency" credit (the credit is what makes it a caption, not a dashed aside).
_INLINE_CAPTION = re.compile(
    r"(?:^|\s{2,})(?P<caption>-\s+[^\n\"“]{10,300}?[.!?])\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*/\s*"
    r"(?:for )?(?:China Daily|Xinhua|Reuters|AFP|AP|Getty Images|EPA)\b"
)


def _inline_teasers(text: str) -> list[Furniture]:
    found: list[Furniture] = []
    for marker in _INLINE_TEASER.finditer(text):
        headline = text[marker.end() : marker.end() + _HEADLINE_MAX_CHARS]
        for word in _HEADLINE_BREAK.finditer(headline):
            if word.start() < 8 or "\n" in headline[: word.start()]:
                continue
            if headline[word.start() - 1] in "?!'’\"”" or word.group(1) in _SENTENCE_OPENERS:
                found.append(Furniture(marker.start(), marker.end() + word.start(), "teaser"))
                break
    return found


def _hard_wrapped(lines: list[Line]) -> bool:
    """Most long lines that another line follows stop mid-sentence: the text was wrapped at a fixed
    width (wire copy, e-mail), not laid out one paragraph or one page element per line."""
    long_lines = [
        line.text
        for line, following in zip(lines, lines[1:], strict=False)
        if following.paragraph == line.paragraph and len(line.text) >= _WRAP_MIN_CHARS
    ]
    if len(long_lines) < 4:
        return False
    open_ended = sum(not text.endswith(_SENTENCE_END) for text in long_lines)
    return open_ended >= len(long_lines) / 2


def _wrapped(lines: list[Line], index: int, hard_wrapped: bool) -> bool:
    """Line `index` is part of a hard-wrapped sentence: never furniture on its own."""
    line = lines[index]
    if index > 0:
        previous = lines[index - 1]
        if (
            previous.paragraph == line.paragraph
            and (line.text[0].islower() or hard_wrapped)
            and not previous.text.endswith(_SENTENCE_END)
            and not previous.text.endswith(_ELLIPSIS_END)
        ):
            return True
    if index + 1 < len(lines):
        following = lines[index + 1]
        if (
            following.paragraph == line.paragraph
            and following.text[0].islower()
            and not _BULLET.match(following.text)
        ):
            return True
    return False


# --- single lines ----------------------------------------------------------------------------


def line_kind(line: str) -> str | None:
    """The furniture kind of one stripped line on its own, or None for content."""
    if not line or len(line) > _MAX_LINE_CHARS:
        return None
    line = _BULLET.sub("", line)
    if line[0] in "[(" and line[-1] in "])" and len(line) > 2:
        # "[Related: ...]", "(Reporting by ...)": the brackets only set the line apart
        inner = line_kind(line[1:-1])
        if inner is not None:
            return inner
    if p.COMMENT_LINE.search(line):
        return "comments"
    caption = caption_kind(line)
    if caption is not None:
        return caption
    source = p.SOURCE_LINE.match(line)
    if source is not None and _name_like(source.group("name"), allow_lower=True):
        return "credit"
    checks: tuple[tuple[str, re.Pattern[str]], ...] = (
        ("credit", p.CONTRIBUTOR_LINE),
        ("contact", p.CONTACT_LINE),
        ("share", p.SHARE_LINE),
        ("share", p.SHARE_PHRASE),
        ("cookie", p.COOKIE_LINE),
        ("newsletter", p.NEWSLETTER_LINE),
        ("subscription", p.SUBSCRIPTION_LINE),
        ("ad", p.AD_LINE),
        ("copyright", p.COPYRIGHT_LINE),
        ("tags", p.TAGS_LINE),
        ("media", p.MEDIA_LINE),
        ("teaser", p.TEASER_HEADING),
        ("teaser", p.TEASER_LINE),
        ("teaser", p.TEASER_CAPS),
        ("teaser", p.TEASER_ALSO_ON),
        ("notice", p.NOTICE_LINE),
        ("tags", p.TAGS_HEADING),
        ("meta", p.PAGE_META_LINE),
    )
    for kind, pattern in checks:
        if pattern.search(line):
            return kind
    return None


def caption_kind(line: str) -> str | None:
    """The kind "caption" for a photo caption ending in a credit, "credit" for a bare credit line, else None."""
    line = line.strip(" |")
    if not line or len(line) > _MAX_LINE_CHARS:
        return None
    if p.CAPTION_START.match(line):
        return "caption" if _word_count(line) > 6 else "credit"
    if line.strip("()[]. ").lower() in p.AGENCIES:
        return "credit"
    if line.endswith(("!", "?")):
        return None
    head = _slash_credit_head(line)
    if head is None:
        match = p.PAREN_CREDIT.search(line)
        if match is not None and _name_like(match.group("inner"), allow_lower=True):
            head = line[: match.start()]
    if head is None and not line.endswith(".") and p.PHOTO_LIBRARY_END.search(line):
        head = p.PHOTO_LIBRARY_END.sub("", line)
    if head is None:
        match = p.CREDIT_MARKER.search(line)
        if match is not None and _name_like(match.group("name")):
            head = line[: match.start()]
    if head is None:
        match = _GLUED_CREDIT.search(line)
        if match is not None and match.group("credit").strip().lower() in p.AGENCIES:
            head = line[: match.start("credit")]
    if head is None:
        return None
    return "caption" if _word_count(head) > 4 else "credit"


def _slash_credit_head(line: str) -> str | None:
    """The caption text before a credit chain like "... Erik Simander / PAP / EPA" or "REUTERS/Jane Doe"."""
    if "/" not in line or "://" in line or line.endswith("."):
        return None
    parts = p.SLASH_CHAIN.split(line.rstrip(")] "))
    if len(parts) < 2 or not all(parts):
        return None
    tail = parts[1:]
    if not all(_name_like(part) and len(part.split()) <= 6 for part in tail):
        return None
    head_words = parts[0].lstrip("([").split()
    agency_in_tail = any(part.strip("()[] ").lower() in p.AGENCIES for part in tail)
    agency_ends_head = any(
        " ".join(head_words[-n:]).strip("()[] ").lower() in p.AGENCIES
        for n in (1, 2, 3)
        if len(head_words) >= n
    )
    if not (agency_in_tail or agency_ends_head):
        return None
    return parts[0]


def _name_like(value: str, allow_lower: bool = False) -> bool:
    """Looks like a person's or an agency's name: capitalised words, particles, agency names."""
    value = value.strip(" ,;()[]")
    if not value or value.endswith(("!", "?", ":")) or ":" in value:
        return False
    if value.endswith(".") and not re.search(r"\b[A-Z]\.$", value):
        return False
    words = _WORD.findall(value)
    if not words or len(words) > 10:
        return False
    lowered = 0
    for word in words:
        bare = word.strip(".-'’")
        if not bare:
            continue
        if (
            bare[0].isupper()
            or bare[0].isdigit()
            or bare.lower() in p.NAME_PARTICLES
            or bare.lower() in p.AGENCIES
        ):
            continue
        lowered += 1
    return lowered == 0 or (allow_lower and lowered <= 2)


def _word_count(value: str) -> int:
    return len(value.split())


def is_prose(line: str) -> bool:
    """Reads as running text: a sentence of some length that ends like one (not a headline or a teaser)."""
    if line.endswith(_ELLIPSIS_END) or p.READ_MORE_TAIL.search(line):
        return False
    words = _word_count(line)
    if words >= 25:
        return True
    return words >= 6 and line.endswith(_SENTENCE_END)


# --- regions opened by a heading --------------------------------------------------------------


def _region(lines: list[Line], index: int, text_length: int) -> tuple[str, int] | None:
    """(kind, index of the region's last line) when line `index` heads a furniture region."""
    line = lines[index].text
    if len(line) > 80:
        return None
    if p.TEASER_HEADING.match(line):
        return "teaser", _teaser_end(lines, index)
    bio = p.BIO_HEADING.match(line)
    if bio is not None:
        last = _bio_end(lines, index, named=bio.group("name") is not None, text_length=text_length)
        return ("bio", last) if last is not None else None
    if p.COMMENT_LINE.search(line):
        return "comments", _comments_end(lines, index)
    if p.TAGS_HEADING.match(line):
        return "tags", _list_end(lines, index, max_lines=2, bullets_only=False)
    if p.TEASER_LINE.match(line) or p.TEASER_CAPS.match(line):
        # "Related: ..." followed by a bulleted list of more headlines
        return "teaser", _list_end(lines, index, max_lines=_MAX_REGION_LINES, bullets_only=True)
    return None


def _list_end(lines: list[Line], index: int, max_lines: int, bullets_only: bool) -> int:
    """The last of the non-prose lines right under line `index` (bulleted ones only, if asked)."""
    last = index
    for j in range(index + 1, min(len(lines), index + 1 + max_lines)):
        text = lines[j].text
        if is_prose(text) or (bullets_only and not _BULLET.match(text)) or _opens_region(text):
            break
        last = j
    return last


def _teaser_end(lines: list[Line], index: int) -> int:
    """Teaser headlines and excerpts under a teaser heading, up to the next prose or other furniture."""
    last = index
    for j in range(index + 1, min(len(lines), index + 1 + _MAX_REGION_LINES)):
        text = lines[j].text
        if is_prose(text) or _opens_region(text):
            break
        other = line_kind(text)
        if other is not None and other != "teaser":
            break
        # a short line followed by prose is a subheading of the article, not a teaser headline;
        # a cut-off excerpt ("...as a chess …") is a teaser whatever follows it
        if not text.endswith(_ELLIPSIS_END) and j + 1 < len(lines) and is_prose(lines[j + 1].text):
            break
        last = j
    return last


def _bio_end(lines: list[Line], index: int, named: bool, text_length: int) -> int | None:
    """The paragraph under an author heading, when it reads like a biography."""
    if index + 1 >= len(lines):
        return None
    # "About Jane Doe" also heads sections of explainers; author boxes sit at a page's end
    if named and lines[index].start < text_length / 2:
        return None
    paragraph = lines[index + 1].paragraph
    last = index + 1
    # with blank lines between paragraphs the bio is the paragraph under the heading; in a text
    # with one paragraph per line (no blank lines) it is the line under the heading
    while (
        paragraph != lines[index].paragraph
        and last + 1 < len(lines)
        and lines[last + 1].paragraph == paragraph
    ):
        last += 1
    body = " ".join(line.text for line in lines[index + 1 : last + 1])
    if len(body) > _MAX_BIO_CHARS:
        return None
    if named and not (p.BIO_PRONOUNS.search(body) or p.BIO_MARKERS.search(body)):
        return None
    return last


def _comments_end(lines: list[Line], index: int) -> int:
    """A comment form: the heading and the form's field labels and notices below it."""
    last = index
    for j in range(index + 1, min(len(lines), index + 1 + _MAX_REGION_LINES)):
        text = lines[j].text
        if p.COMMENT_LINE.search(text) or (
            not is_prose(text) and _word_count(text) <= 6 and line_kind(text) is None
        ):
            last = j
            continue
        break
    return last


def _opens_region(line: str) -> bool:
    return bool(p.TEASER_HEADING.match(line) or p.BIO_HEADING.match(line) or p.COMMENT_LINE.search(line))


def _tail_bios(lines: list[Line], found: list[Furniture]) -> list[Furniture]:
    """Author bios without a heading ("Jane Doe is a reporter based in Kyiv...") among the last paragraphs."""
    if not lines:
        return []
    taken = {(f.start, f.end) for f in found}
    first_tail = lines[-1].paragraph - _TAIL_PARAGRAPHS + 1
    bios: list[Furniture] = []
    for paragraph in range(max(first_tail, 1), lines[-1].paragraph + 1):
        members = [line for line in lines if line.paragraph == paragraph]
        if not members:
            continue
        start, end = members[0].start, members[-1].end
        body = " ".join(line.text for line in members)
        if len(body) > 700 or any(s < end and start < e for s, e in taken):
            continue
        if p.BIO_SENTENCE.match(body) and p.BIO_MARKERS.search(body):
            bios.append(Furniture(start, end, "bio"))
    return bios


def _merge(found: list[Furniture], text: str) -> list[Furniture]:
    """Join neighbours of one kind separated by whitespace only; drop overlaps (first wins)."""
    merged: list[Furniture] = []
    for piece in found:
        if merged and piece.start < merged[-1].end:
            continue
        if merged and merged[-1].kind == piece.kind and not text[merged[-1].end : piece.start].strip():
            merged[-1] = Furniture(merged[-1].start, piece.end, piece.kind)
        else:
            merged.append(piece)
    return merged
