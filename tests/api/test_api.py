"""The API against a real uvicorn server (httpx) and, for details, TestClient; real DuckDB file."""

from __future__ import annotations

import warnings
from pathlib import Path

import httpx

from communique.api import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's httpx -> httpx2 notice (see conftest)
    from fastapi.testclient import TestClient


def test_health_and_openapi_over_http(server: str) -> None:
    with httpx.Client(base_url=server, timeout=10) as http:
        assert http.get("/health").json() == {
            "status": "ok", "schema_version": 1, "documents": 9, "events": 7, "mentions": 13,
        }  # fmt: skip
        spec = http.get("/openapi.json").json()
        for path in ("/events", "/events/{event_id}", "/dyads/{a}/{b}/series", "/dyads/top", "/actors",
                     "/documents/{doc_id}", "/stats/roots", "/locations", "/countries/matrix", "/health"):  # fmt: skip
            assert path in spec["paths"]
        assert http.get("/docs").status_code == 200


def test_paging_through_events_over_http(server: str) -> None:
    seen: list[str] = []
    with httpx.Client(base_url=server, timeout=10) as http:
        params: dict[str, str | int] = {"limit": 3, "sort": "-date"}
        while True:
            page = http.get("/events", params=params).json()
            seen += [e["event_id"] for e in page["items"]]
            if page["next_cursor"] is None:
                break
            params["cursor"] = page["next_cursor"]
        all_at_once = http.get("/events", params={"limit": 500, "sort": "-date"}).json()["items"]
    assert seen == [e["event_id"] for e in all_at_once]
    assert len(seen) == 7
    dates = [e["date"] or e["doc_date"] for e in all_at_once]
    assert dates == sorted(dates, reverse=True)


def test_event_list_items_are_records_with_counts(client: TestClient) -> None:
    (meeting,) = client.get("/events", params={"code": "044"}).json()["items"]
    for field in ("event_id", "doc_id", "sentence", "source", "target", "code", "root", "quad_class",
                  "goldstein", "verb", "date", "location", "num_mentions", "num_sources", "num_articles"):  # fmt: skip
        assert field in meeting
    assert (meeting["num_mentions"], meeting["num_sources"], meeting["num_articles"]) == (4, 2, 3)
    assert meeting["location"]["name"] == "Stockholm"
    shelling = client.get("/events", params={"actor": "UKR", "sort": "date"}).json()["items"]
    assert [e["date"] for e in shelling] == ["2021-12-05", "2021-12-08"]
    found = client.get("/events", params={"q": "face severe sanctions"}).json()["items"]
    assert [e["code"] for e in found] == ["1312"]


def test_event_with_all_mentions(client: TestClient, sample) -> None:
    (meeting,) = client.get("/events", params={"code": "044"}).json()["items"]
    event = client.get(f"/events/{meeting['event_id']}").json()
    assert len(event["mentions"]) == event["mentions_total"] == 4
    page = client.get(
        f"/events/{meeting['event_id']}", params={"mentions_limit": 3, "mentions_offset": 2}
    ).json()
    assert [m["mention_id"] for m in page["mentions"]] == [m["mention_id"] for m in event["mentions"][2:]]
    texts = {a.doc_id: a.text for a in sample.build_articles()}
    for mention in event["mentions"]:
        assert set(mention) >= {
            "doc_id",
            "doc_title",
            "doc_date",
            "source_name",
            "sentence",
            "verb",
            "source",
            "target",
        }
        text = texts[mention["doc_id"]]
        sentence, verb = mention["sentence"], mention["verb"]
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert text[verb["start"] : verb["end"]] == verb["text"] == "met"
    assert {m["source_name"] for m in event["mentions"]} == {"Wire A", "Paper B"}
    # a record id from `communique code` output finds the event it was merged into
    mention_id = event["mentions"][-1]["mention_id"]
    assert client.get(f"/events/{mention_id}").json()["event_id"] == meeting["event_id"]


def test_document_with_its_event_spans(client: TestClient) -> None:
    doc = client.get("/documents/paper-b/stockholm-talks.html").json()
    assert (doc["title"], doc["date"], doc["source"]) == (
        "Stockholm talks end without breakthrough", "2021-12-03", "Paper B",
    )  # fmt: skip
    assert [e["code"] for e in doc["events"]] == ["044", "1312", "044"]
    for event in doc["events"]:
        assert doc["text"][event["verb"]["start"] : event["verb"]["end"]] == event["verb"]["text"]
        assert client.get(f"/events/{event['event_id']}").status_code == 200
    skipped = client.get("/documents/empty/teaser.txt").json()
    assert (skipped["status"], skipped["events"]) == ("skipped", [])


def test_dyads(client: TestClient) -> None:
    series = client.get("/dyads/USA/RUS/series", params={"from": "2021-12-01", "to": "2021-12-03"}).json()
    assert (series["a"], series["b"], series["interval"]) == ("USA", "RUS", "day")
    assert [(p["period"], p["count"]) for p in series["points"]] == [
        ("2021-12-01", 0), ("2021-12-02", 2), ("2021-12-03", 0),
    ]  # fmt: skip
    assert series["points"][1]["quad"] == {"1": 1, "2": 0, "3": 1, "4": 0}
    both = client.get("/dyads/usagov/rusgov/series", params={"interval": "month", "both": "true"}).json()
    assert [(p["period"], p["count"]) for p in both["points"]] == [("2021-12-01", 4)]
    top = client.get("/dyads/top", params={"limit": 2, "level": "country"}).json()["items"]
    assert top == [
        {"a": "RUS", "b": "UKR", "count": 2, "goldstein_mean": -10.0},
        {"a": "RUS", "b": "USA", "count": 2, "goldstein_mean": 4.0},
    ]


def test_overview_endpoints(client: TestClient) -> None:
    actors = client.get("/actors", params={"q": "Russia"}).json()["items"]
    assert [a["code"] for a in actors] == [
        "RUSGOV",
        "RUSMIL",
    ]  # RUS only acts in the negated attack, not stored
    roots = {r["root"]: r for r in client.get("/stats/roots").json()["items"]}
    assert roots["19"]["count"] == 2 and roots["19"]["name"]
    places = client.get("/locations").json()["items"]
    assert {(p["name"], p["country"], p["count"]) for p in places} == {
        ("Stockholm", "SWE", 1),
        ("Donetsk", "UKR", 1),
    }
    matrix = client.get("/countries/matrix", params={"limit": 2}).json()
    assert matrix["countries"] == ["RUS", "USA"]
    assert {(c["a"], c["b"]) for c in matrix["cells"]} == {("RUS", "USA"), ("USA", "RUS")}


def test_dashboard_is_served(client: TestClient) -> None:
    from communique.web import static_dir

    index = client.get("/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert index.text == (static_dir() / "index.html").read_text(encoding="utf-8")
    some_file = next(p for p in static_dir().rglob("*") if p.is_file() and p.name != "index.html")
    assert client.get(f"/static/{some_file.relative_to(static_dir()).as_posix()}").status_code == 200


def test_write_route_needs_the_token(tmp_path: Path, sample) -> None:
    from communique.run import article_records

    records = [r for a in sample.build_articles()[:2] for r in article_records(a)]
    app = create_app(tmp_path / "writable.duckdb", write_token="s3cret")
    with TestClient(app, raise_server_exceptions=False) as client:
        refused = client.post("/records", json={"records": records})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        wrong = client.post("/records", json={"records": records}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
        done = client.post("/records", json={"records": records}, headers={"Authorization": "Bearer s3cret"})
        assert done.status_code == 200 and done.json()["added"] == 2
        assert client.get("/health").json()["mentions"] == len(records)


def test_write_route_validates_records(tmp_path: Path, sample) -> None:
    from communique.run import article_records

    (record, *_) = article_records(sample.build_articles()[0])
    app = create_app(tmp_path / "writable.duckdb", write_token="s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(app, raise_server_exceptions=False) as client:
        for broken in (
            {**record, "doc_id": None},
            {**record, "code": "4x"},
            {"doc_id": "d"},
            {**record, "date": "soon"},
        ):
            answer = client.post("/records", json={"records": [broken]}, headers=auth)
            assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_request"
        twice = [record, {**record, "doc_id": "other.txt"}]
        answer = client.post("/records", json={"records": twice}, headers=auth)
        assert answer.status_code == 422 and "event_id" in answer.json()["error"]["message"]
        assert client.get("/health").json()["mentions"] == 0
