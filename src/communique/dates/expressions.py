"""Date expressions to calendar dates: our own rules first, dateparser as the fallback.

`parse_expression("on Thursday", published, future=False)` gives the latest Thursday on or
before the publication date; every rule turns the words into an interval of days and the
interval into a date of the right precision: one day -> "YYYY-MM-DD" ("day"), inside one
month -> "YYYY-MM" ("month"), inside one year -> "YYYY" ("year"). So "earlier this month"
is a month, "last week" is the month (or year) that holds the whole week, and nothing is
made more precise than the words allow.

Relative words need the publication date; without it only self-contained dates ("2
December 2021", "June 2021", "2019") resolve. Pure functions of text and dates, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_PATTERNS = (
    ("january", r"jan(?:uary)?"),
    ("february", r"feb(?:ruary)?"),
    ("march", r"mar(?:ch)?"),
    ("april", r"apr(?:il)?"),
    ("may", r"may"),
    ("june", r"june?"),
    ("july", r"july?"),
    ("august", r"aug(?:ust)?"),
    ("september", r"sep(?:t(?:ember)?)?"),
    ("october", r"oct(?:ober)?"),
    ("november", r"nov(?:ember)?"),
    ("december", r"dec(?:ember)?"),
)
MONTH = r"(?P<month>" + "|".join(p for _, p in _MONTH_PATTERNS) + r")\.?"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)"
PART_OF_MONTH = (
    r"(?:(?P<part>early|mid|late|the end of|the beginning of|the middle of|the start of|end of)[\s-]*)?"
)
SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 0,
    "few": 0,
}
_LEADING = re.compile(r"^(?:(?:on|in|during|since|by|from|at|until|as of|over|of|for|before|after)\s+)+")
# Words worth dateparser's time: a month name with a day (1-31) or a four-digit year, or a
# numeric date with separators. Commodity tables ("Mar 48") and stray numbers ("23, 1981")
# are not, and dateparser happily invents dates for them.
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(p for _, p in _MONTH_PATTERNS) + r")\b\.?")
_DAY_OR_YEAR = re.compile(r"\b(?:[12]\d{3}|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}([/.-])\d{1,2}\1\d{1,4}\b")
_DURATION = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?)\b")
_DECADE = re.compile(r"\d0s\b|'\d0s")


@dataclass(frozen=True)
class DateValue:
    """A resolved date: `date` in ISO form at `precision`, and the rule that produced it."""

    date: str
    precision: str
    rule: str


def from_interval(first: date, last: date, rule: str) -> DateValue | None:
    """The most precise ISO date that covers every day from `first` to `last`."""
    if first > last:
        first, last = last, first
    if first == last:
        return DateValue(first.isoformat(), "day", rule)
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(f"{first.year:04d}-{first.month:02d}", "month", rule)
    if first.year == last.year:
        return DateValue(f"{first.year:04d}", "year", rule)
    return None


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    for number, (_, pattern) in enumerate(_MONTH_PATTERNS, start=1):
        if re.fullmatch(pattern, word):
            return number
    raise ValueError(word)


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def clean(text: str) -> str:
    """Lower case, straight apostrophes, no leading preposition or article, no possessive."""
    text = text.replace("’", "'").replace("‘", "'").replace("\n", " ")
    text = re.sub(r"\s+", " ", text).strip().strip(",.;:\"'“”()").strip().lower()
    text = _LEADING.sub("", text)
    text = re.sub(r"^the (?=\d)", "", text)  # "the 2nd of December"
    text = re.sub(r"'s$", "", text)
    return text


# Each rule: (name, pattern, handler(match, published, future) -> DateValue | None).
Handler = Callable[[re.Match[str], "date | None", bool], "DateValue | None"]


def _relative_day(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    words = m.group(0)
    if "day before yesterday" in words:
        offset = -2
    elif "day after tomorrow" in words:
        offset = 2
    elif words.startswith(("yesterday", "last ")):
        offset = -1
    elif words.startswith("tomorrow"):
        offset = 1
    else:
        offset = 0
    return from_interval(
        published + timedelta(days=offset), published + timedelta(days=offset), "relative_day"
    )


def _ago(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    amount_word, unit = m.group("amount"), m.group("unit")
    amount = int(amount_word) if amount_word.isdigit() else SMALL_NUMBERS.get(amount_word, 0)
    if amount <= 0:
        return None
    if unit == "day":
        day = published - timedelta(days=amount)
        return from_interval(day, day, "ago")
    if unit == "week":
        day = published - timedelta(weeks=amount)
        monday = day - timedelta(days=day.weekday())
        return from_interval(monday, monday + timedelta(days=6), "ago")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -amount)
        return from_interval(date(year, month, 1), _month_end(year, month), "ago")
    return DateValue(f"{published.year - amount:04d}", "year", "ago")


def _weekday(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    target = WEEKDAYS.index(m.group("weekday"))
    modifier = (m.group("modifier") or "").strip()
    back = (published.weekday() - target) % 7  # days back to the latest such weekday, 0 = today
    ahead = (target - published.weekday()) % 7
    if modifier in ("last", "this past", "past"):
        day = published - timedelta(days=back or 7)
    elif modifier in ("next", "this coming", "coming"):
        day = published + timedelta(days=ahead or 7)
    elif future:
        day = published + timedelta(days=ahead)
    else:
        day = published - timedelta(days=back)
    return from_interval(day, day, "weekday")


def _period(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    edge, which, unit = (m.group("edge") or ""), m.group("which"), m.group("unit")
    step = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "the coming": 1}.get(which, 0)
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        first, last = monday, monday + timedelta(days=6)
        if unit == "weekend":
            first = monday + timedelta(days=5)
            if step == 0 and which == "this" and not future and first > published:
                first -= timedelta(weeks=1)  # "this weekend" said in the past tense on a weekday
            last = first + timedelta(days=1)
    elif unit == "month":
        year, month = _shift_month(published.year, published.month, step)
        first, last = date(year, month, 1), _month_end(year, month)
    else:
        first, last = date(published.year + step, 1, 1), date(published.year + step, 12, 31)
    if step == 0 and edge == "earlier":
        last = min(last, published)
    elif step == 0 and edge == "later":
        first = max(first, published)
    return from_interval(first, last, "relative_period")


def _full_date(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    day = _safe_date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
    return from_interval(day, day, "explicit_date") if day else None


def _iso(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    day = _safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d")))
    return from_interval(day, day, "explicit_date") if day else None


def _numeric(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    # "12/02/2021" is American (month first); "02.12.2021" European (day first); a part > 12
    # settles it either way.
    month, day = (second, first) if m.group("sep") == "." or first > 12 else (first, second)
    value = _safe_date(year, month, day)
    return from_interval(value, value, "explicit_date") if value else None


def _month_day(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    month, day = _month_number(m.group("month")), int(m.group("day"))
    year = published.year
    candidate = _safe_date(year, month, day)
    if candidate is None:
        return None
    if future and candidate < published:
        candidate = _safe_date(year + 1, month, day)
    elif not future and candidate > published:
        candidate = _safe_date(year - 1, month, day)
    return from_interval(candidate, candidate, "month_day") if candidate else None


def _month_year(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    year, month = int(m.group("year")), _month_number(m.group("month"))
    return from_interval(date(year, month, 1), _month_end(year, month), "month_year")


def _month(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    month = _month_number(m.group("month"))
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1  # "in December" written in January: last year's December
    return from_interval(date(year, month, 1), _month_end(year, month), "month")


def _year(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    return DateValue(m.group("year"), "year", "year")


# A decade is coarser than any precision the record's date has ("YYYY" at most): the event is
# dated by the year its decade starts ("in the 1990s": "1990") or the year the words point at
# ("two decades ago" from 2017: "1997"), at precision "decade", so background told in decades
# neither takes the publication date nor claims a year it does not know.
def _decade(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    return DateValue(m.group("decade"), "decade", "decade")


def _decades_ago(m: re.Match[str], published: date | None, future: bool) -> DateValue | None:
    amount_word = m.group("amount")
    amount = int(amount_word) if amount_word.isdigit() else SMALL_NUMBERS.get(amount_word, 0)
    if published is None or amount <= 0:
        return None
    return DateValue(f"{published.year - 10 * amount:04d}", "decade", "ago")


RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (name, re.compile(pattern), handler)
    for name, pattern, handler in (
        (
            "relative_day",
            r"(?:(?:earlier|later) )?(?:today|tonight|this (?:morning|afternoon|evening)|yesterday"
            r"(?: (?:morning|afternoon|evening))?|last (?:night|evening)|the day before yesterday"
            r"|the day after tomorrow|tomorrow(?: (?:morning|afternoon|evening|night))?)",
            _relative_day,
        ),
        (
            "ago",
            r"(?P<amount>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
            r"(?P<unit>day|week|month|year)s? ago",
            _ago,
        ),
        (
            "weekday",
            r"(?:(?P<modifier>last|next|this past|this coming|this|past|coming) )?"
            + WEEKDAY
            + r"(?: (?:morning|afternoon|evening|night))?",
            _weekday,
        ),
        (
            "relative_period",
            r"(?:(?P<edge>earlier|later|early|late) )?(?P<which>this|last|next|the past|the previous|the coming) "
            r"(?P<unit>week|weekend|month|year)",
            _period,
        ),
        ("explicit_date", r"(?:" + WEEKDAY + r",? )?" + MONTH + r" " + DAY + r",? " + YEAR, _full_date),
        (
            "explicit_date",
            r"(?:" + WEEKDAY + r",? )?" + DAY + r" (?:of )?" + MONTH + r",? " + YEAR,
            _full_date,
        ),
        ("explicit_date", YEAR + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)", _iso),
        ("explicit_date", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})", _numeric),
        ("month_day", r"(?:" + WEEKDAY + r",? )?" + MONTH + r" " + DAY, _month_day),
        ("month_day", r"(?:" + WEEKDAY + r",? )?" + DAY + r" (?:of )?" + MONTH, _month_day),
        ("month_year", PART_OF_MONTH + MONTH + r",? " + YEAR, _month_year),
        ("month", PART_OF_MONTH + MONTH, _month),
        ("year", r"(?:(?:early|mid|late|the end of|the beginning of|the start of)[\s-]*)?" + YEAR, _year),
        ("decade", r"(?:(?:the )?(?:early|mid|late)[\s-]*)?(?P<decade>1[89]\d0|20[0-2]0)s", _decade),
        ("ago", r"(?P<amount>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) decades? ago", _decades_ago),
    )
)


def parse_expression(text: str, published: date | None, future: bool = False) -> DateValue | None:
    """Our rules on one date expression ("on Thursday", "in mid-June", "Dec. 2, 2021")."""
    words = clean(text)
    for _name, pattern, handler in RULES:
        match = pattern.fullmatch(words)
        if match is not None:
            return handler(match, published, future)
    return None


def parse_with_dateparser(text: str, published: date | None) -> DateValue | None:
    """dateparser on expressions our rules do not know ("2nd Dec", "2021/12/02").

    Only for words that look like a calendar date and name no duration ("20 years", "the
    1990s" are not dates); the publication date is the base and past dates are preferred.
    """
    words = clean(text)
    if _DURATION.search(words) or _DECADE.search(words):
        return None
    if not (_NUMERIC_DATE.search(words) or (_MONTH_WORD.search(words) and _DAY_OR_YEAR.search(words))):
        return None
    # Imported here: dateparser costs about a second to import and is rarely needed.
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(words)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return DateValue(f"{day.year:04d}", "year", "dateparser")
    if period == "month":
        return DateValue(f"{day.year:04d}-{day.month:02d}", "month", "dateparser")
    if period == "day":
        return DateValue(day.isoformat(), "day", "dateparser")
    return None
