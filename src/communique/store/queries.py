"""Read queries over the event store: events with filters and cursor pagination, an event with its
mentions, a document with its events, dyad series, top dyads, the country-pair matrix, counts by
root, locations, actors.

Every function takes a DuckDB cursor (one per request in the API) and returns plain JSON-ready
values. All SQL is parameterised; the only text spliced into SQL comes from fixed allow-lists
(sort keys, interval names). Invalid arguments raise `QueryError`, which the API turns into 422.

Actor/country matching (`source`, `target`, `actor`, dyad ends): CAMEO actor codes are
hierarchical (USA > USAGOV > USAGOVLEG), so a code matches itself and every code it prefixes; a
three-letter code is also an ISO country and matches every actor of that country.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from communique.errors import CommuniqueError

MAX_PAGE = 500
MAX_MENTIONS = 1000
MAX_SERIES_POINTS = 5000
INTERVALS = ("day", "week", "month")

# sort name -> (SQL expression over events e, direction); the expressions never yield NULL so
# keyset pagination can compare them.
SORTS: dict[str, tuple[str, str]] = {
    "date": ("coalesce(e.day, DATE '0001-01-01')", "ASC"),
    "-date": ("coalesce(e.day, DATE '0001-01-01')", "DESC"),
    "goldstein": ("coalesce(e.goldstein, -100.0)", "ASC"),
    "-goldstein": ("coalesce(e.goldstein, -100.0)", "DESC"),
    "num_mentions": ("e.num_mentions", "ASC"),
    "-num_mentions": ("e.num_mentions", "DESC"),
}

_ACTOR_CODE = re.compile(r"^[A-Z0-9]{2,40}$")
_EVENT_CODE = re.compile(r"^[0-9]{1,4}$")


class QueryError(CommuniqueError):
    """A query argument is invalid (the API answers 422)."""


@dataclass(frozen=True)
class EventFilter:
    source: str | None = None
    target: str | None = None
    actor: str | None = None
    country: str | None = None
    code: str | None = None
    root: str | None = None
    quad_class: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    location_country: str | None = None
    q: str | None = None
    doc_id: str | None = None


def actor_code(value: str, name: str = "actor") -> str:
    code = value.strip().upper()
    if not _ACTOR_CODE.match(code):
        raise QueryError(
            f"{name}: {value!r} is not a CAMEO actor code or ISO alpha-3 country (letters/digits)"
        )
    return code


def _match_side(side: str, code: str) -> tuple[str, list[Any]]:
    """SQL matching one side (`source` / `target`) of events e against an actor code or country."""
    sql = f"starts_with(e.{side}_code, ?)"
    params: list[Any] = [code]
    if len(code) == 3:
        sql = f"({sql} OR e.{side}_country = ?)"
        params.append(code)
    return sql, params


def _filter_sql(f: EventFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        where.append(sql)
        params.extend(values)

    if f.source:
        sql, p = _match_side("source", actor_code(f.source, "source"))
        add(sql, *p)
    if f.target:
        sql, p = _match_side("target", actor_code(f.target, "target"))
        add(sql, *p)
    if f.actor:
        code = actor_code(f.actor)
        s_sql, s_p = _match_side("source", code)
        t_sql, t_p = _match_side("target", code)
        add(f"({s_sql} OR {t_sql})", *s_p, *t_p)
    if f.country:
        country = actor_code(f.country, "country")
        add("(e.source_country = ? OR e.target_country = ?)", country, country)
    if f.code:
        if not _EVENT_CODE.match(f.code):
            raise QueryError(f"code: {f.code!r} is not a CAMEO event code (1-4 digits)")
        add("starts_with(e.code, ?)", f.code)
    if f.root:
        if not re.match(r"^[0-9]{2}$", f.root):
            raise QueryError(f"root: {f.root!r} is not a two-digit CAMEO root")
        add("e.root = ?", f.root)
    if f.quad_class is not None:
        if f.quad_class not in (1, 2, 3, 4):
            raise QueryError("quad_class must be 1, 2, 3 or 4")
        add("e.quad_class = ?", f.quad_class)
    if f.date_from:
        add("e.day >= ?", f.date_from)
    if f.date_to:
        add("e.day <= ?", f.date_to)
    if f.location_country:
        add("e.location_country = ?", actor_code(f.location_country, "location_country"))
    if f.q:
        add(
            "EXISTS (SELECT 1 FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id "
            "AND s.sentence_index = m.sentence_index WHERE m.event_id = e.event_id "
            "AND contains(lower(s.text), lower(?)))",
            f.q,
        )
    if f.doc_id:
        add("EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id AND m.doc_id = ?)", f.doc_id)
    return where, params


# The field order of docs/OUTPUT.md: records are stored with sorted keys and read back in this order.
RECORD_ORDER = (
    "event_id", "doc_id", "doc_date", "sentence", "source", "target", "code", "root", "quad_class",
    "goldstein", "verb", "modality", "date", "date_text", "date_precision", "location", "attribution",
    "confidence",
)  # fmt: skip


def load_record(record_json: str) -> dict[str, Any]:
    stored: dict[str, Any] = json.loads(record_json)
    ordered = {key: stored.pop(key) for key in RECORD_ORDER if key in stored}
    ordered.update(stored)
    return ordered


def _event_item(
    record_json: str, event_id: str, num_mentions: int, num_sources: int, num_articles: int
) -> dict[str, Any]:
    record = load_record(record_json)
    record["event_id"] = event_id
    record["num_mentions"] = num_mentions
    record["num_sources"] = num_sources
    record["num_articles"] = num_articles
    return record


def _records_by_mention(cur: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> dict[str, str]:
    if not mention_ids:
        return {}
    # Constants in an IN list let DuckDB use the primary-key index instead of a scan.
    placeholders = ", ".join("?" for _ in mention_ids)
    rows = cur.execute(
        f"SELECT mention_id, record FROM mentions WHERE mention_id IN ({placeholders})", mention_ids
    ).fetchall()
    return dict(rows)


def _encode_cursor(sort: str, value: Any, event_id: str) -> str:
    raw = json.dumps([sort, value.isoformat() if isinstance(value, date) else value, event_id])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        cursor_sort, value, event_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise QueryError("cursor: not a cursor returned by this API") from exc
    if cursor_sort != sort:
        raise QueryError(f"cursor: it was made for sort={cursor_sort!r}, not sort={sort!r}")
    try:
        if sort.lstrip("-") == "date":
            value = date.fromisoformat(value)
        elif isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(value)
    except (TypeError, ValueError) as exc:
        raise QueryError("cursor: not a cursor returned by this API") from exc
    return value, str(event_id)


def list_events(
    cur: duckdb.DuckDBPyConnection,
    filters: EventFilter,
    sort: str = "-date",
    limit: int = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """`{"items": [event records + counts], "next_cursor": str | None}`."""
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}")
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit must be between 1 and {MAX_PAGE}")
    expression, direction = SORTS[sort]
    where, params = _filter_sql(filters)
    if cursor:
        value, after_id = _decode_cursor(cursor, sort)
        op = ">" if direction == "ASC" else "<"
        where.append(f"({expression} {op} ? OR ({expression} = ? AND e.event_id {op} ?))")
        params.extend([value, value, after_id])
    # The page is chosen on the narrow events table first; only its records are then fetched
    # from mentions by primary key (joining first would drag every record through the sort).
    sql = (
        f"SELECT e.event_id, e.rep_mention_id, e.num_mentions, e.num_sources, e.num_articles, "
        f"{expression} AS sort_value FROM events e "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + f"ORDER BY sort_value {direction}, e.event_id {direction} LIMIT ?"
    )
    rows = cur.execute(sql, [*params, limit + 1]).fetchall()
    records = _records_by_mention(cur, [r[1] for r in rows[:limit]])
    items = [_event_item(records[r[1]], r[0], r[2], r[3], r[4]) for r in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = _encode_cursor(sort, last[5], last[0])
    return {"items": items, "next_cursor": next_cursor}


def get_event(
    cur: duckdb.DuckDBPyConnection, event_id: str, mentions_limit: int = 100, mentions_offset: int = 0
) -> dict[str, Any] | None:
    """An event with its mentions (a page of them: `mentions_total` says how many there are).

    A mention id (the record id of `communique code` output) finds the event it was merged into.
    """
    if not 1 <= mentions_limit <= MAX_MENTIONS or mentions_offset < 0:
        raise QueryError(f"mentions_limit must be between 1 and {MAX_MENTIONS}, mentions_offset >= 0")
    row = cur.execute(
        "SELECT event_id, rep_mention_id, num_mentions, num_sources, num_articles FROM events WHERE event_id = ?",
        [event_id],
    ).fetchone()
    if row is None:
        owner = cur.execute("SELECT event_id FROM mentions WHERE mention_id = ?", [event_id]).fetchone()
        if owner is None or owner[0] is None:
            return None
        return get_event(cur, owner[0], mentions_limit, mentions_offset)
    event = _event_item(_records_by_mention(cur, [row[1]])[row[1]], row[0], row[2], row[3], row[4])
    mentions = cur.execute(
        "SELECT m.mention_id, m.record, d.title, d.date, d.source FROM mentions m "
        "JOIN documents d ON d.doc_id = m.doc_id WHERE m.event_id = ? "
        "ORDER BY d.date NULLS LAST, m.doc_id, m.sentence_index, m.mention_id LIMIT ? OFFSET ?",
        [row[0], mentions_limit, mentions_offset],
    ).fetchall()
    event["mentions_total"] = row[2]
    event["mentions"] = []
    for mention_id, record_json, title, doc_date, source_name in mentions:
        record = load_record(record_json)
        event["mentions"].append(
            {
                "mention_id": mention_id,
                "doc_id": record["doc_id"],
                "doc_title": title,
                "doc_date": doc_date or record.get("doc_date"),
                "source_name": source_name,
                "sentence": record.get("sentence"),
                "verb": record.get("verb"),
                "source": record.get("source"),
                "target": record.get("target"),
                "code": record.get("code"),
                "date": record.get("date"),
                "date_text": record.get("date_text"),
                "modality": record.get("modality"),
                "confidence": record.get("confidence"),
            }
        )
    return event


def get_document(cur: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A document's text and every event mention read from it, in text order."""
    row = cur.execute(
        "SELECT doc_id, title, date, source, text, status, reason, metadata FROM documents WHERE doc_id = ?",
        [doc_id],
    ).fetchone()
    if row is None:
        return None
    events = []
    for event_id, mention_id, record_json in cur.execute(
        "SELECT event_id, mention_id, record FROM mentions WHERE doc_id = ?", [doc_id]
    ).fetchall():
        record = load_record(record_json)
        events.append(
            {
                "event_id": event_id,
                "mention_id": mention_id,
                "code": record["code"],
                "root": record.get("root"),
                "quad_class": record.get("quad_class"),
                "goldstein": record.get("goldstein"),
                "source": record.get("source"),
                "target": record.get("target"),
                "verb": record.get("verb"),
                "sentence": record.get("sentence"),
                "date": record.get("date"),
                "location": record.get("location"),
            }
        )
    events.sort(key=lambda e: ((e["sentence"] or {}).get("start", 0), (e["verb"] or {}).get("start", 0)))
    return {
        "doc_id": row[0],
        "title": row[1],
        "date": row[2],
        "source": row[3],
        "text": row[4],
        "status": row[5],
        "reason": row[6],
        "metadata": json.loads(row[7]) if row[7] else {},
        "events": events,
    }


def _period_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def _next_period(day: date, interval: str) -> date:
    if interval == "week":
        return day + timedelta(days=7)
    if interval == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return day + timedelta(days=1)


def _date_where(date_from: date | None, date_to: date | None) -> tuple[list[str], list[Any]]:
    where, params = ["e.day IS NOT NULL"], []
    if date_from:
        where.append("e.day >= ?")
        params.append(date_from)
    if date_to:
        where.append("e.day <= ?")
        params.append(date_to)
    return where, params


def dyad_series(
    cur: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    date_from: date | None = None,
    date_to: date | None = None,
    interval: str = "day",
    both: bool = False,
) -> dict[str, Any]:
    """Events a -> b (or either way with `both`) per period, with empty periods filled in."""
    if interval not in INTERVALS:
        raise QueryError(f"interval must be one of {', '.join(INTERVALS)}")
    a, b = actor_code(a, "a"), actor_code(b, "b")
    a_src, a_src_p = _match_side("source", a)
    b_tgt, b_tgt_p = _match_side("target", b)
    dyad = f"({a_src} AND {b_tgt})"
    params: list[Any] = [*a_src_p, *b_tgt_p]
    if both:
        b_src, b_src_p = _match_side("source", b)
        a_tgt, a_tgt_p = _match_side("target", a)
        dyad = f"({dyad} OR ({b_src} AND {a_tgt}))"
        params += [*b_src_p, *a_tgt_p]
    where, date_params = _date_where(date_from, date_to)
    rows = cur.execute(
        f"SELECT CAST(date_trunc('{interval}', e.day) AS DATE) AS period, count(*), sum(e.goldstein), "
        "avg(e.goldstein), count(*) FILTER (e.quad_class = 1), count(*) FILTER (e.quad_class = 2), "
        "count(*) FILTER (e.quad_class = 3), count(*) FILTER (e.quad_class = 4) "
        f"FROM events e WHERE {dyad} AND {' AND '.join(where)} GROUP BY period ORDER BY period",
        [*params, *date_params],
    ).fetchall()
    found = {
        r[0]: {
            "count": r[1],
            "goldstein_sum": round(r[2], 4) if r[2] is not None else 0.0,
            "goldstein_mean": round(r[3], 4) if r[3] is not None else None,
            "quad": {"1": r[4], "2": r[5], "3": r[6], "4": r[7]},
        }
        for r in rows
    }
    points: list[dict[str, Any]] = []
    if found or (date_from and date_to):
        start = _period_start(date_from or min(found), interval)
        end = _period_start(date_to or max(found), interval)
        period = start
        while period <= end:
            if len(points) >= MAX_SERIES_POINTS:
                raise QueryError(
                    f"more than {MAX_SERIES_POINTS} points: narrow the dates or use a longer interval"
                )
            empty = {
                "count": 0,
                "goldstein_sum": 0.0,
                "goldstein_mean": None,
                "quad": {"1": 0, "2": 0, "3": 0, "4": 0},
            }
            points.append({"period": period.isoformat(), **found.get(period, empty)})
            period = _next_period(period, interval)
    return {"a": a, "b": b, "interval": interval, "both": both, "points": points}


def top_dyads(
    cur: duckdb.DuckDBPyConnection,
    limit: int = 20,
    level: str = "actor",
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    """The most frequent directed (source, target) pairs, by actor code or by country."""
    if level not in ("actor", "country"):
        raise QueryError("level must be 'actor' or 'country'")
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit must be between 1 and {MAX_PAGE}")
    column = "code" if level == "actor" else "country"
    where, params = ([], []) if not (date_from or date_to) else _date_where(date_from, date_to)
    where += [f"e.source_{column} IS NOT NULL", f"e.target_{column} IS NOT NULL"]
    rows = cur.execute(
        f"SELECT e.source_{column}, e.target_{column}, count(*) AS n, avg(e.goldstein) FROM events e "
        f"WHERE {' AND '.join(where)} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?",
        [*params, limit],
    ).fetchall()
    return {
        "level": level,
        "items": [
            {"a": r[0], "b": r[1], "count": r[2], "goldstein_mean": None if r[3] is None else round(r[3], 4)}
            for r in rows
        ],
    }


def country_matrix(
    cur: duckdb.DuckDBPyConnection,
    limit: int = 20,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    """Directed country-pair counts among the `limit` countries most involved in events."""
    if not 1 <= limit <= 100:
        raise QueryError("limit must be between 1 and 100")
    where, params = ([], []) if not (date_from or date_to) else _date_where(date_from, date_to)
    where_sql = f"WHERE {' AND '.join(where)}" if where else ""
    countries = [
        r[0]
        for r in cur.execute(
            "WITH sides AS (SELECT e.source_country AS c FROM events e "
            f"{where_sql} UNION ALL SELECT e.target_country FROM events e {where_sql}) "
            "SELECT c, count(*) AS n FROM sides WHERE c IS NOT NULL GROUP BY c ORDER BY n DESC, c LIMIT ?",
            [*params, *params, limit],
        ).fetchall()
    ]
    cells = cur.execute(
        "SELECT e.source_country, e.target_country, count(*), avg(e.goldstein) FROM events e "
        f"WHERE {' AND '.join([*where, 'list_contains(?, e.source_country)', 'list_contains(?, e.target_country)'])} "
        "GROUP BY 1, 2 ORDER BY 1, 2",
        [*params, countries, countries],
    ).fetchall()
    return {
        "countries": countries,
        "cells": [
            {"a": r[0], "b": r[1], "count": r[2], "goldstein_mean": None if r[3] is None else round(r[3], 4)}
            for r in cells
        ],
    }


def root_counts(
    cur: duckdb.DuckDBPyConnection,
    date_from: date | None = None,
    date_to: date | None = None,
    root_names: dict[str, str] | None = None,
) -> dict[str, Any]:
    where, params = ([], []) if not (date_from or date_to) else _date_where(date_from, date_to)
    rows = cur.execute(
        "SELECT e.root, count(*), avg(e.goldstein), mode(e.quad_class) FROM events e "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "GROUP BY 1 ORDER BY 1",
        params,
    ).fetchall()
    names = root_names or {}
    return {
        "items": [
            {
                "root": r[0],
                "name": names.get(r[0]),
                "count": r[1],
                "goldstein_mean": None if r[2] is None else round(r[2], 4),
                "quad_class": r[3],
            }
            for r in rows
        ]
    }


def locations(
    cur: duckdb.DuckDBPyConnection,
    limit: int = 1000,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict[str, Any]:
    """Event locations with coordinates, with how many events happened there."""
    if not 1 <= limit <= 10_000:
        raise QueryError("limit must be between 1 and 10000")
    where, params = ([], []) if not (date_from or date_to) else _date_where(date_from, date_to)
    where = [*where, "e.lat IS NOT NULL", "e.lon IS NOT NULL"]
    rows = cur.execute(
        "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) AS n, avg(e.goldstein) FROM events e "
        f"WHERE {' AND '.join(where)} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1 LIMIT ?",
        [*params, limit],
    ).fetchall()
    return {
        "items": [
            {
                "name": r[0],
                "country": r[1],
                "lat": r[2],
                "lon": r[3],
                "count": r[4],
                "goldstein_mean": None if r[5] is None else round(r[5], 4),
            }
            for r in rows
        ]
    }


def find_actors(
    cur: duckdb.DuckDBPyConnection, q: str | None = None, limit: int = 50, countries: Sequence[str] = ()
) -> dict[str, Any]:
    """Actors whose code starts with q, whose name contains it, or whose country is one of `countries`."""
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit must be between 1 and {MAX_PAGE}")
    where: list[str] = []
    params: list[Any] = []
    if q:
        where.append(
            "(starts_with(code, upper(?)) OR contains(lower(name), lower(?)) OR list_contains(?, country))"
        )
        params += [q.strip(), q.strip(), list(countries)]
    rows = cur.execute(
        "SELECT code, name, country, count FROM actors "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + "ORDER BY count DESC, code LIMIT ?",
        [*params, limit],
    ).fetchall()
    return {"items": [{"code": r[0], "name": r[1], "country": r[2], "count": r[3]} for r in rows]}


def health(cur: duckdb.DuckDBPyConnection, schema_version: int) -> dict[str, Any]:
    counts = cur.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)"
    ).fetchone() or (0, 0, 0)
    return {
        "status": "ok",
        "schema_version": schema_version,
        "documents": counts[0],
        "events": counts[1],
        "mentions": counts[2],
    }


def dedup_summary(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """How much deduplication merged: mentions, events, merged events and how they were merged."""
    row = cur.execute(
        "SELECT count(*), coalesce(sum(num_mentions), 0), count(*) FILTER (num_mentions > 1), "
        "count(*) FILTER (num_articles > 1), coalesce(max(num_mentions), 0) FROM events"
    ).fetchone() or (0, 0, 0, 0, 0)
    events, mentions, merged, cross_article, largest = row
    return {
        "mentions": mentions,
        "events": events,
        "events_with_several_mentions": merged,
        "events_across_articles": cross_article,
        "largest_event_mentions": largest,
        "mentions_per_event": round(mentions / events, 3) if events else None,
    }
