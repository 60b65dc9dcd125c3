"""Dates of events in parsed sentences of our own: which expression belongs to which event."""

from __future__ import annotations

from communique.dates import date_step, resolve_event_dates
from communique.model import Status


def _dates(article):
    resolve_event_dates(article)
    return [(e.date, e.date_precision, e.date_rule, e.date_text) for e in article.events]


def test_weekday_of_the_clause(make_article) -> None:
    article = make_article(
        "The foreign ministers met in Vienna on Tuesday to discuss the ceasefire.",
        "2021-12-02",
        [("ministers met", "met")],
    )
    assert _dates(article) == [("2021-11-30", "day", "weekday", "on Tuesday")]


def test_future_tense_moves_a_weekday_forward(make_article) -> None:
    article = make_article(
        "The two presidents will meet in Rome on Saturday, officials said.",
        "2021-12-02",
        [("will meet", "meet")],
    )
    assert _dates(article) == [("2021-12-04", "day", "weekday", "on Saturday")]


def test_next_weekday(make_article) -> None:
    article = make_article(
        "Turkey said it would host the negotiators next Monday.", "2021-12-02", [("would host", "host")]
    )
    assert _dates(article)[0][:3] == ("2021-12-06", "day", "weekday")


def test_yesterday_and_last_week(make_article) -> None:
    article = make_article(
        "Police arrested forty protesters yesterday. The minister resigned last week.",
        "2021-12-02",
        [("Police arrested", "arrested"), ("minister resigned", "resigned")],
    )
    assert _dates(article) == [
        ("2021-12-01", "day", "relative_day", "yesterday"),
        ("2021-11", "month", "relative_period", "last week"),
    ]


def test_earlier_this_month(make_article) -> None:
    article = make_article(
        "The rebels seized the airport earlier this month.", "2021-12-20", [("rebels seized", "seized")]
    )
    assert _dates(article) == [("2021-12", "month", "relative_period", "earlier this month")]


def test_month_crosses_the_year_boundary(make_article) -> None:
    article = make_article(
        "Germany expelled two diplomats in December.", "2022-01-05", [("Germany expelled", "expelled")]
    )
    assert _dates(article) == [("2021-12", "month", "month", "in December")]


def test_mid_month_is_month_precision(make_article) -> None:
    article = make_article(
        "The last round of talks was held in Oslo in mid-June.", "2021-12-02", [("was held", "held")]
    )
    assert _dates(article) == [("2021-06", "month", "month", "in mid-June")]


def test_explicit_date_and_year(make_article) -> None:
    article = make_article(
        "Armenia signed the treaty on 12 March 2019. Georgia joined the alliance in 2014.",
        "2021-12-02",
        [("Armenia signed", "signed"), ("Georgia joined", "joined")],
    )
    assert _dates(article) == [
        ("2019-03-12", "day", "explicit_date", "on 12 March 2019"),
        ("2014", "year", "year", "in 2014"),
    ]


def test_no_expression_takes_the_publication_date(make_article) -> None:
    article = make_article(
        "Japan condemned the missile launch.", "2021-12-02T09:30:00", [("Japan condemned", "condemned")]
    )
    assert _dates(article) == [("2021-12-02", "document", "document", None)]
    assert article.events[0].doc_date == "2021-12-02"


def test_no_publication_date_gives_none(make_article) -> None:
    article = make_article(
        "Japan condemned the missile launch on Friday.", None, [("Japan condemned", "condemned")]
    )
    assert _dates(article) == [(None, None, None, None)]


def test_date_of_the_saying_is_not_the_date_of_the_reported_event(make_article) -> None:
    article = make_article(
        "On Monday, the spokesman said that Russian troops had crossed the border.",
        "2021-12-02",
        [("spokesman said", "said"), ("had crossed", "crossed")],
    )
    assert _dates(article) == [
        ("2021-11-29", "day", "weekday", "On Monday"),
        ("2021-12-02", "document", "document", None),
    ]


def test_date_inside_quotes_belongs_to_the_quoted_words(make_article) -> None:
    article = make_article(
        'The opposition leader denounced what he called "a Black Friday for democracy".',
        "2021-12-02",
        [("leader denounced", "denounced")],
    )
    assert _dates(article) == [("2021-12-02", "document", "document", None)]


def test_quoted_event_keeps_its_own_date(make_article) -> None:
    article = make_article(
        '"We met the envoy on Tuesday," the general said.', "2021-12-02", [("We met", "met")]
    )
    assert _dates(article)[0][:2] == ("2021-11-30", "day")


def test_day_after_an_undated_event_falls_back_to_the_document(make_article) -> None:
    article = make_article(
        "Iran tested a missile on Monday. Israel threatened Iran the day after Iran tested the missile.",
        "2021-12-02",
        [("Iran tested a", "tested"), ("Israel threatened", "threatened"), ("after Iran tested", "tested")],
    )
    # The anchor of "the day after" is the third event, which has no date expression: no guess.
    resolve_event_dates(article)
    first, threatened, anchor = article.events
    assert first.date == "2021-11-29"
    assert anchor.date_precision == "document"
    assert threatened.date_precision == "document"


def test_day_after_reads_the_anchor_clause(make_article) -> None:
    article = make_article(
        "Israel threatened Iran the day after Tehran announced on Monday that it had enriched uranium.",
        "2021-12-02",
        [("Israel threatened", "threatened")],
    )
    assert _dates(article) == [("2021-11-30", "day", "relative_to_event", "the day after")]


def test_day_after_a_coded_event_with_a_date(make_article) -> None:
    article = make_article(
        "Israel threatened Iran two days after Tehran announced on Monday that it had enriched uranium.",
        "2021-12-02",
        [("Israel threatened", "threatened"), ("Tehran announced", "announced")],
    )
    assert _dates(article) == [
        ("2021-12-01", "day", "relative_to_event", "two days after"),
        ("2021-11-29", "day", "weekday", "on Monday"),
    ]


def test_step_skips_inactive_articles(make_article) -> None:
    article = make_article("Japan condemned the launch.", "2021-12-02", [("Japan condemned", "condemned")])
    skipped = make_article("Japan condemned the launch.", "2021-12-02", [("Japan condemned", "condemned")])
    skipped.status = Status.SKIPPED
    out = list(date_step([article, skipped]))
    assert out[0].events[0].date == "2021-12-02"
    assert out[1].events[0].date is None


def test_day_after_tomorrow_is_not_relative_to_an_event(make_article) -> None:
    article = make_article(
        "The envoys will meet the day after tomorrow.", "2021-12-02", [("will meet", "meet")]
    )
    assert _dates(article)[0][:2] == ("2021-12-04", "day")
