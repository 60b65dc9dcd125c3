"""Every error answers in one JSON shape: {"error": {"status", "code", "message"}}."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from communique.api import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's httpx -> httpx2 notice (see conftest)
    from fastapi.testclient import TestClient
from communique.store import queries


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(
    ("method", "url", "status", "code"),
    [
        ("GET", "/no/such/route", 404, "not_found"),
        ("GET", "/events/0000000000000000", 404, "not_found"),
        ("GET", "/documents/missing.txt", 404, "not_found"),
        ("GET", "/events?limit=501", 422, "invalid_request"),
        ("GET", "/events?limit=0", 422, "invalid_request"),
        ("GET", "/events?sort=event_id", 422, "invalid_request"),
        ("GET", "/events?cursor=not-a-cursor", 422, "invalid_request"),
        ("GET", "/events?date_from=yesterday", 422, "invalid_request"),
        ("GET", "/events?source=US%27%20OR%201=1", 422, "invalid_request"),
        ("GET", "/dyads/USA/RUS/series?interval=year", 422, "invalid_request"),
        ("GET", "/dyads/USA/RUS/series?from=1900-01-01&to=2100-01-01", 422, "invalid_request"),
        ("POST", "/events", 405, "method_not_allowed"),
        ("POST", "/records", 404, "not_found"),  # read-only: no write route at all
    ],
)
def test_error_shape(client: TestClient, method: str, url: str, status: int, code: str) -> None:
    assert_error(client.request(method, url), status, code)


def test_validation_message_names_the_parameter(client: TestClient) -> None:
    error = assert_error(client.get("/events?limit=501"), 422, "invalid_request")
    assert "limit" in error["message"]


def test_internal_error_has_the_same_shape(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("secret detail")

    monkeypatch.setattr(queries, "root_counts", broken)
    error = assert_error(client.get("/stats/roots"), 500, "internal_error")
    assert "secret" not in error["message"]


def test_slow_query_is_interrupted(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(cur, schema_version: int) -> dict:
        cur.execute("SELECT count(*) FROM range(1000000000000) a").fetchall()
        return {}

    monkeypatch.setattr(queries, "health", slow)
    client = TestClient(create_app(db_path, query_timeout=0.2), raise_server_exceptions=False)
    error = assert_error(client.get("/health"), 503, "query_timeout")
    assert "0.2s" in error["message"]


def test_docs_page_is_served_offline(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs-static/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
