"""Aggregates over the hand-coded sample, with the arithmetic done by hand in the comments."""

from __future__ import annotations

from datetime import date

import pytest

from communique.store import Store
from communique.store import queries as q


def test_dyad_series_by_day(store: Store) -> None:
    series = q.dyad_series(store.cursor(), "USA", "RUS", date(2021, 12, 1), date(2021, 12, 3))
    assert [p["period"] for p in series["points"]] == ["2021-12-01", "2021-12-02", "2021-12-03"]
    empty, busy, _ = series["points"]
    assert empty == {
        "period": "2021-12-01", "count": 0, "goldstein_sum": 0.0, "goldstein_mean": None,
        "quad": {"1": 0, "2": 0, "3": 0, "4": 0},
    }  # fmt: skip
    # the meeting (044, +2.5) and the sanctions threat (1312, -5.8), both dated Dec 2
    assert busy["count"] == 2
    assert busy["goldstein_sum"] == pytest.approx(-3.3)
    assert busy["goldstein_mean"] == pytest.approx(-1.65)
    assert busy["quad"] == {"1": 1, "2": 0, "3": 1, "4": 0}


def test_dyad_series_both_directions_by_month(store: Store) -> None:
    one_way = q.dyad_series(store.cursor(), "USAGOV", "RUSGOV", interval="month")
    assert [(p["period"], p["count"]) for p in one_way["points"]] == [("2021-12-01", 2)]
    both = q.dyad_series(store.cursor(), "USAGOV", "RUSGOV", interval="month", both=True)
    # + Putin's December intent (036, +4.0, month precision) and his Dec 7 intent (036, +4.0)
    (point,) = both["points"]
    assert point["count"] == 4
    assert point["goldstein_sum"] == pytest.approx(2.5 - 5.8 + 4.0 + 4.0)


def test_week_series_starts_on_monday(store: Store) -> None:
    series = q.dyad_series(store.cursor(), "RUSMIL", "UKRMIL", interval="week")
    # Sun 5 + Mon 6 Dec are one event (dated Dec 5, week of Mon Nov 29); Wed 8 Dec: week of Mon Dec 6
    assert [(p["period"], p["count"]) for p in series["points"]] == [("2021-11-29", 1), ("2021-12-06", 1)]


def test_bad_arguments_are_query_errors(store: Store) -> None:
    with pytest.raises(q.QueryError):
        q.dyad_series(store.cursor(), "USA'--", "RUS")
    with pytest.raises(q.QueryError):
        q.dyad_series(store.cursor(), "USA", "RUS", interval="year")
    with pytest.raises(q.QueryError, match="points"):
        q.dyad_series(store.cursor(), "USA", "RUS", date(1900, 1, 1), date(2100, 1, 1))


def test_top_dyads_and_country_matrix(store: Store) -> None:
    top = q.top_dyads(store.cursor(), limit=4)["items"]
    assert [(d["a"], d["b"], d["count"]) for d in top] == [
        ("RUSGOV", "USAGOV", 2), ("RUSMIL", "UKRMIL", 2), ("USAGOV", "RUSGOV", 2), ("RUSGOV", "IGOWSTNAT", 1),
    ]  # fmt: skip
    assert top[1]["goldstein_mean"] == -10.0
    matrix = q.country_matrix(store.cursor())
    # RUS takes part in all 7 events, USA in 4, UKR in 2 (NATO has no country)
    assert matrix["countries"] == ["RUS", "USA", "UKR"]
    assert [(c["a"], c["b"], c["count"]) for c in matrix["cells"]] == [
        ("RUS", "UKR", 2), ("RUS", "USA", 2), ("USA", "RUS", 2),
    ]  # fmt: skip


def test_roots_locations_actors(store: Store) -> None:
    roots = {r["root"]: (r["count"], r["quad_class"]) for r in q.root_counts(store.cursor())["items"]}
    assert roots == {"03": (2, 1), "04": (1, 1), "11": (1, 3), "13": (1, 3), "19": (2, 4)}
    places = {p["name"]: p["count"] for p in q.locations(store.cursor())["items"]}
    assert places == {"Stockholm": 1, "Donetsk": 1}
    actors = q.find_actors(store.cursor(), "usa")["items"]
    # USAGOV: the meeting, the threat and Putin's two intents; Blinken is named in 6 mentions, Biden in 3
    assert actors == [{"code": "USAGOV", "name": "Antony Blinken", "country": "USA", "count": 4}]
    assert q.find_actors(store.cursor(), "lavrov")["items"][0]["code"] == "RUSGOV"


def test_events_filters_and_pagination(store: Store) -> None:
    cur = store.cursor()
    everything = q.list_events(cur, q.EventFilter(), sort="date", limit=500)["items"]
    assert len(everything) == 7
    seen, cursor = [], None
    while True:
        page = q.list_events(cur, q.EventFilter(), sort="-num_mentions", limit=2, cursor=cursor)
        seen += [e["event_id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == 7
    assert q.list_events(cur, q.EventFilter(q="brought up"), limit=10)["items"] == []
    (hit,) = q.list_events(cur, q.EventFilter(q="RAISED the troops"), limit=10)["items"]
    assert (hit["code"], hit["num_mentions"]) == ("044", 4)
    assert len(q.list_events(cur, q.EventFilter(actor="UKR"), limit=10)["items"]) == 2
    assert len(q.list_events(cur, q.EventFilter(country="USA", root="03"), limit=10)["items"]) == 2
    assert len(q.list_events(cur, q.EventFilter(code="13", quad_class=3), limit=10)["items"]) == 1
    assert len(q.list_events(cur, q.EventFilter(location_country="UKR"), limit=10)["items"]) == 1
    dated = q.list_events(
        cur, q.EventFilter(date_from=date(2021, 12, 5), date_to=date(2021, 12, 6)), limit=10
    )
    assert len(dated["items"]) == 1
    by_doc = q.list_events(cur, q.EventFilter(doc_id="wire-a/2021-12-03-update.txt"), limit=10)["items"]
    assert [e["code"] for e in by_doc] == ["044"]
    with pytest.raises(q.QueryError, match="sort"):
        q.list_events(cur, q.EventFilter(), sort="goldstein; DROP TABLE events")
