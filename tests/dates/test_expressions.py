"""The text rules alone: one expression, a publication date, a tense."""

from __future__ import annotations

from datetime import date

import pytest

from communique.dates.expressions import DateValue, from_interval, parse_expression, parse_with_dateparser

THURSDAY = date(2021, 12, 2)  # a Thursday
MONDAY = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        # weekdays: the latest one on or before publication, unless the tense is future
        ("on Thursday", THURSDAY, False, ("2021-12-02", "day", "weekday")),
        ("on Tuesday", THURSDAY, False, ("2021-11-30", "day", "weekday")),
        ("Friday", THURSDAY, False, ("2021-11-26", "day", "weekday")),
        ("on Friday", THURSDAY, True, ("2021-12-03", "day", "weekday")),
        ("on Thursday", THURSDAY, True, ("2021-12-02", "day", "weekday")),
        ("next Thursday", THURSDAY, False, ("2021-12-09", "day", "weekday")),
        ("last Thursday", THURSDAY, False, ("2021-11-25", "day", "weekday")),
        ("on Sunday", MONDAY, False, ("2021-12-05", "day", "weekday")),
        ("Wednesday night", THURSDAY, False, ("2021-12-01", "day", "weekday")),
        # days relative to publication
        ("yesterday", THURSDAY, False, ("2021-12-01", "day", "relative_day")),
        ("last night", THURSDAY, False, ("2021-12-01", "day", "relative_day")),
        ("earlier today", THURSDAY, False, ("2021-12-02", "day", "relative_day")),
        ("tomorrow", THURSDAY, True, ("2021-12-03", "day", "relative_day")),
        ("the day before yesterday", THURSDAY, False, ("2021-11-30", "day", "relative_day")),
        ("three days ago", THURSDAY, False, ("2021-11-29", "day", "ago")),
        # periods: as precise as the whole period allows
        ("last week", THURSDAY, False, ("2021-11", "month", "relative_period")),
        ("last week", date(2021, 12, 8), False, ("2021", "year", "relative_period")),
        ("earlier this month", THURSDAY, False, ("2021-12", "month", "relative_period")),
        ("last month", date(2022, 1, 5), False, ("2021-12", "month", "relative_period")),
        ("last year", THURSDAY, False, ("2020", "year", "relative_period")),
        ("earlier this week", date(2021, 12, 9), False, ("2021-12", "month", "relative_period")),
        # months: the latest such month not after publication (future: not before)
        ("in mid-June", THURSDAY, False, ("2021-06", "month", "month")),
        ("in December", date(2022, 1, 5), False, ("2021-12", "month", "month")),
        ("in December", THURSDAY, False, ("2021-12", "month", "month")),
        ("in January", THURSDAY, True, ("2022-01", "month", "month")),
        ("late March", THURSDAY, False, ("2021-03", "month", "month")),
        ("Dec. 24", date(2022, 1, 5), False, ("2021-12-24", "day", "month_day")),
        ("on 3 January", THURSDAY, True, ("2022-01-03", "day", "month_day")),
        # explicit dates in common formats, and years alone
        ("December 2, 2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("Thursday, Dec. 2, 2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("2 December 2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("the 2nd of December 2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("2021-12-02", None, False, ("2021-12-02", "day", "explicit_date")),
        ("12/02/2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("02.12.2021", None, False, ("2021-12-02", "day", "explicit_date")),
        ("25/12/2021", None, False, ("2021-12-25", "day", "explicit_date")),
        ("June 2021", None, False, ("2021-06", "month", "month_year")),
        ("in 2014", None, False, ("2014", "year", "year")),
    ],
)
def test_rules(text: str, published: date | None, future: bool, expected: tuple[str, str, str]) -> None:
    assert parse_expression(text, published, future) == DateValue(*expected)


@pytest.mark.parametrize(
    "text", ["the coming days", "20 years", "the day", "Thursday's match report x"]
)
def test_not_dates(text: str) -> None:
    assert parse_expression(text, THURSDAY) is None
    assert parse_with_dateparser(text, THURSDAY) is None


def test_relative_words_need_a_publication_date() -> None:
    assert parse_expression("on Thursday", None) is None
    assert parse_expression("in mid-June", None) is None
    assert parse_expression("2 December 2021", None) is not None


def test_impossible_dates_are_rejected() -> None:
    assert parse_expression("February 30, 2021", None) is None
    assert parse_expression("31/31/2021", None) is None


def test_dateparser_fallback_keeps_precision() -> None:
    assert parse_with_dateparser("2021/12/02", THURSDAY) == DateValue("2021-12-02", "day", "dateparser")
    assert parse_with_dateparser("2nd Dec", THURSDAY) == DateValue("2021-12-02", "day", "dateparser")


def test_interval_precision() -> None:
    assert from_interval(date(2021, 5, 1), date(2021, 5, 31), "r") == DateValue("2021-05", "month", "r")
    assert from_interval(date(2021, 12, 27), date(2022, 1, 2), "r") is None


@pytest.mark.parametrize("text", ["Mar 48", "Feb 32", "23, 1981", "12, 1986", "fiscal 1988 quarter"])
def test_dateparser_is_not_asked_about_table_cells_and_stray_numbers(text: str) -> None:
    assert parse_with_dateparser(text, THURSDAY) is None
