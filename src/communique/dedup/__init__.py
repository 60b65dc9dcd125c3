"""Deduplication: many sentence-level reports of one happening become one event.

Two mentions report the same event when they share the *dedup key* -- source actor code, CAMEO
event code, target actor code, modality and date precision; for an event without a target, also
the document -- and their event dates (the record's `date`, or `doc_date` when it has none) fall
inside one window. A date of precision "document" (the coder's stand-in publication day when the
sentence has no date words) counts as a day.

Why a window of one day (`DAY_WINDOW = 1`) for day-precision dates: reports of one happening are
dated from different publication days and relative words ("yesterday", "on Thursday"); a wire
story republished the next morning, a report filed across a time-zone boundary or a stand-in
publication date a day after the fact moves the date by one day, rarely more. A wider window
merges genuinely repeated events (daily rounds of talks, shelling on consecutive days); exact
days (ICEWS/Phoenix "one-a-day") leave those next-day reports as duplicates.

Why clusters are *fixed-span*, not chained: chaining ("within a day of any member") would fold a
month of daily shelling into one event. Per key, mentions are sorted by day; a cluster starts at
the earliest unassigned day d and takes every mention dated d .. d + DAY_WINDOW; the next
cluster starts at the next day after that. The result depends only on the set of mentions, not
on the order documents arrive in, so re-ingesting or replacing a document gives the same
clusters as loading everything at once. Month- and year-precision dates cluster by their period
(same month / same year, no window): a coarse date cannot tell two reports a day apart from two
reports three weeks apart, and it is never merged into a day-precision cluster. Mentions with no
date at all (no `date`, no `doc_date`) stay events of their own.

Why events without a target stay within their document: "Moscow denied", "the administration
will help" name no counterpart; on the demo corpus such triples merged unrelated statements of
different articles (9 of the 20 wrong merges in a hand-checked sample of 49 merged events before
this rule, against 2 right ones).

Measured on real coded data (688 demo-corpus articles of 1-14 March 2017 from 9 outlets, coded by
`communique.pipeline.Coder`): 1,723 asserted mentions became 1,600 events; 77 events hold several
mentions, 66 of them from several articles (the largest: 13 mentions of Sessions meeting the
Russian ambassador, at year precision). By hand, 32 of 45 sampled merged events were right (all
mentions one happening); of the 13 wrong, one is the window (two arrests on consecutive days), the
others come from coarse or wrong coding upstream (pronoun actors, country-less GOV/MIL codes,
generic codes such as 040). The store's tests pin a hand-checked sample of our own sentences
(tests/store/fixtures/dedup_sample.json).

The event id of a cluster is a hash of its key and its first day, so it is reproducible from the
data alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

DAY_WINDOW = 1
"""Days after a cluster's first day that still belong to it (see the module docstring)."""

__all__ = [
    "DAY_WINDOW",
    "DatedKey",
    "cluster_days",
    "cluster_id",
    "dated_key",
]


@dataclass(frozen=True)
class DatedKey:
    """Where a mention falls for deduplication: its key and the day it is dated to.

    `day` is the first day of the period for month/year precision and None when undated.
    """

    key: str
    day: date | None
    precision: str


def _actor_code(actor: Mapping[str, Any] | None) -> str:
    return str(actor.get("code") or "") if actor else ""


def _parse_period(value: str | None, precision: str | None) -> tuple[date, str] | None:
    """An ISO date, month or year string and its precision -> (first day, precision)."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) >= 10:
            day = date.fromisoformat(text[:10])
            # A full date flagged coarser stands for its whole period.
            if precision == "month":
                return day.replace(day=1), "month"
            if precision == "year":
                return day.replace(month=1, day=1), "year"
            # "document": the coder found no date words and took the publication day, which
            # is a day like any other for matching reports.
            return day, "day" if precision in (None, "day", "document") else precision
        if len(text) == 7:
            return date(int(text[:4]), int(text[5:7]), 1), "month"
        if len(text) == 4:
            # "in the 1990s" is dated 1990 at precision "decade": not the same period as 1990.
            return date(int(text), 1, 1), "decade" if precision == "decade" else "year"
    except ValueError:
        return None
    return None


def dated_key(record: Mapping[str, Any]) -> DatedKey:
    """The dedup key and day of one event record (docs/OUTPUT.md)."""
    parsed = _parse_period(record.get("date"), record.get("date_precision"))
    if parsed is None:
        parsed = _parse_period(record.get("doc_date"), None)
    day, precision = parsed if parsed is not None else (None, "none")
    if precision not in ("day", "month", "year", "decade"):
        # A precision the coder may add later ("week"): keep it apart rather than guess.
        precision = precision or "none"
    target = _actor_code(record.get("target"))
    # Without a target ("Moscow denied", "the government will investigate") the triple is too
    # generic to name one happening across articles: such mentions merge within their document only.
    scope = "" if target else f"doc={record.get('doc_id') or ''}"
    parts = (
        _actor_code(record.get("source")),
        str(record.get("code") or ""),
        target,
        str(record.get("modality") or "asserted"),
        scope,
        precision,
    )
    return DatedKey("|".join(parts), day, precision)


def cluster_id(key: str, first_day: date | None, undated_member: str = "") -> str:
    """Stable id of a cluster: its key and first day (or, undated, the one mention it holds)."""
    anchor = first_day.isoformat() if first_day is not None else f"undated:{undated_member}"
    return hashlib.sha1(f"{key}#{anchor}".encode()).hexdigest()[:16]


def cluster_days(key: str, days: Iterable[date]) -> dict[date, date]:
    """Map each day of one dedup key to the first day of its cluster (fixed-span, not chained).

    Day-precision keys use the DAY_WINDOW; coarser precisions (month, year) cluster by period,
    which their `day` (the first day of the period) already encodes.
    """
    window = DAY_WINDOW if key.endswith("|day") else 0
    anchors: dict[date, date] = {}
    start: date | None = None
    for day in sorted(set(days)):
        if start is None or day > start + timedelta(days=window):
            start = day
        anchors[day] = start
    return anchors
