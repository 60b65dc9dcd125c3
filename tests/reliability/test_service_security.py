"""`communique serve` under hostile requests (issue 8, "Service"): loopback by default, read-only
without a write token, parameterised SQL, allow-listed sorting, no path traversal, limits on page
size, query time and body size, and a slow query that does not hold up the others.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest
from reliability_inputs import run_cli
from reliability_server import raw_get, serve

from communique.api import create_app
from communique.store import queries

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's TestClient warns about its httpx dependency
    from fastapi.testclient import TestClient

INJECTIONS = [
    "' OR '1'='1",
    "USA' OR 1=1 --",
    "1; DROP TABLE events; --",
    '" OR ""="',
    "%' --",
    "USA') UNION SELECT doc_id, text FROM documents --",
    "' || (SELECT string_agg(text, '') FROM documents) || '",
    "\\'; COPY events TO '/tmp/pwned.csv'; --",
    "*",
    "%",
    "_",
    "\x00",
    "Ω' ; ATTACH '/tmp/x.db'; --",
]


def _counts(app) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    """Row counts through the app's own connection (a second one to the same file is refused)."""
    cur = app.state.store.cursor()
    try:
        return tuple(
            cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "mentions", "events")
        )
    finally:
        cur.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _outside_address() -> str | None:
    """An address of this machine other than loopback, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.255.255.255", 1))
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_serve_binds_loopback_by_default(api_db: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from communique.cli.main import build_parser

    assert build_parser().parse_args(["serve", "--db", "x"]).host == "127.0.0.1"
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "communique", "serve", "--db", str(api_db), "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "communique serve did not start"
                time.sleep(0.2)
        outside = _outside_address()
        if outside is not None:
            with pytest.raises(OSError), socket.create_connection((outside, port), timeout=2):
                pass
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_without_a_write_token_the_service_is_read_only(api_db: Path) -> None:
    app = create_app(api_db)
    assert app.state.store.read_only
    schema = app.openapi()
    methods = {method for path in schema["paths"].values() for method in path}
    assert methods == {"get"}, f"write operations without a token: {methods}"
    client = TestClient(app, raise_server_exceptions=False)
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        for path in ("/records", "/events", "/documents/doc-00001", "/ingest"):
            assert client.request(method, path, json={"records": []}).status_code in (404, 405)
    with pytest.raises(duckdb.Error):  # and the connection itself refuses to write
        app.state.store.cursor().execute("CREATE TABLE intruder (i INTEGER)")


def test_every_write_endpoint_requires_the_token(writable_db: Path) -> None:
    app = create_app(writable_db, write_token="s3cret-token")
    client = TestClient(app, raise_server_exceptions=False)
    writes = [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
        if method != "get"
    ]
    assert writes, "a write token should enable at least one write endpoint"
    before = _counts(app)
    record = {"records": []}
    for method, path in writes:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"},
                        {"Authorization": "Bearer s3cret-token "}):  # fmt: skip
            response = client.request(method, path, json=record, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.text)
    assert _counts(app) == before
    ok = client.post("/records", json=record, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200, ok.text


def test_sql_injection_in_every_filter_is_inert(api_db: Path) -> None:
    app = create_app(api_db)
    client = TestClient(app, raise_server_exceptions=False)
    before = _counts(app)
    everything = client.get("/events", params={"limit": queries.MAX_PAGE}).json()
    total = len(everything["items"]) if "items" in everything else None
    schema = app.openapi()
    tried = 0
    for path, operations in schema["paths"].items():
        operation = operations.get("get")
        if operation is None:
            continue
        string_params = [
            p for p in operation.get("parameters", [])
            if p["in"] == "query" and "string" in json.dumps(p["schema"]) and "enum" not in p["schema"]
            and "pattern" not in json.dumps(p["schema"]) and p["name"] not in ("from", "to", "date_from", "date_to")
        ]  # fmt: skip
        path_params = [p["name"] for p in operation.get("parameters", []) if p["in"] == "path"]
        for payload in INJECTIONS:
            url = path
            for name in path_params:
                quoted = quote(payload, safe="")
                url = url.replace("{" + name + "}", quoted).replace("{" + name + ":path}", quoted)
            for param in string_params or [None]:
                params = {param["name"]: payload} if param else {}
                response = client.get(url, params=params)
                tried += 1
                assert response.status_code in (200, 404, 422), (
                    path,
                    params,
                    response.status_code,
                    response.text,
                )
                if response.status_code == 200 and path == "/events" and param and param["name"] != "sort":
                    items = response.json().get("items", [])
                    # an injected "OR 1=1" would return every event
                    assert total is None or len(items) < total or total == 0, (param["name"], payload)
    assert tried > 100
    assert _counts(app) == before
    assert not Path("/tmp/pwned.csv").exists()


def test_sort_keys_come_from_an_allow_list(api_db: Path) -> None:
    client = TestClient(create_app(api_db), raise_server_exceptions=False)
    for sort in queries.SORTS:
        assert client.get("/events", params={"sort": sort}).status_code == 200, sort
    for sort in [
        "doc_id",
        "date; DROP TABLE events",
        "(SELECT 1)",
        "-date,--",
        "e.day DESC",
        "1",
        "random()",
    ]:
        response = client.get("/events", params={"sort": sort})
        assert response.status_code == 422, (sort, response.text)
        assert response.json()["error"]["code"] == "invalid_request"


TRAVERSALS = [
    "/static/../../etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/..%5c..%5c..%5cetc%5cpasswd",
    "/static/....//....//etc/passwd",
    "/static//etc/passwd",
    "/static/%2Fetc%2Fpasswd",
    "/static/..%c0%af..%c0%afetc%c0%afpasswd",
    "/documents/../../etc/passwd",
    "/documents/..%2f..%2f..%2fetc%2fpasswd",
    "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/documents//etc/passwd",
    "/events/..%2f..%2fetc%2fpasswd",
    "/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
]


def test_no_path_traversal_in_static_or_document_routes(api_db: Path) -> None:
    secret = Path("/etc/passwd").read_bytes()[:20] if Path("/etc/passwd").is_file() else b"root:"
    with serve(create_app(api_db)) as port:
        assert raw_get(port, "/health")[0] == 200
        for target in TRAVERSALS:
            status, body = raw_get(port, target)
            assert status in (400, 404, 405, 422), (target, status, body[:200])
            assert secret not in body and b"root:" not in body, target
        # the files the dashboard does serve are still served
        status, body = raw_get(port, "/")
        assert status == 200


def test_page_size_and_parameter_lengths_are_capped(api_db: Path) -> None:
    client = TestClient(create_app(api_db), raise_server_exceptions=False)
    assert client.get("/events", params={"limit": queries.MAX_PAGE}).status_code == 200
    for path in ("/events", "/actors", "/dyads/top"):
        for limit in (queries.MAX_PAGE + 1, 10**9, 0, -1):
            assert client.get(path, params={"limit": limit}).status_code == 422, (path, limit)
    assert client.get("/events", params={"q": "x" * 10_000}).status_code == 422
    assert client.get("/actors", params={"q": "x" * 10_000}).status_code == 422


def test_request_body_size_is_limited(writable_db: Path) -> None:
    """A 20 MB body is refused before it is parsed (413), with or without the token."""
    app = create_app(writable_db, write_token="s3cret-token")
    big = json.dumps({"records": [{"doc_id": f"d{i}", "pad": "x" * 1000} for i in range(20_000)]})
    assert len(big) > 20_000_000
    with serve(app) as port:
        for headers in ({}, {"Authorization": "Bearer s3cret-token"}):
            response = httpx.post(
                f"http://127.0.0.1:{port}/records", content=big,
                headers={"Content-Type": "application/json", **headers}, timeout=60,
            )  # fmt: skip
            assert response.status_code == 413, (headers, response.status_code, response.text[:300])


def _slow_list_events(cur: duckdb.DuckDBPyConnection, *args: object, **kwargs: object) -> dict:
    """A query DuckDB needs minutes for: the server must stop it, not wait for it."""
    cur.execute("SELECT count(*) FROM range(10000000000) t(a) WHERE hash(a) % 7 = 3").fetchall()
    return {"items": []}


def test_a_slow_query_is_stopped_by_the_query_time_limit(
    api_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "list_events", _slow_list_events)
    client = TestClient(create_app(api_db, query_timeout=1.0), raise_server_exceptions=False)
    started = time.monotonic()
    response = client.get("/events")
    elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert response.json()["error"]["code"] == "query_timeout"
    assert elapsed < 10, f"the 1 s limit stopped the query only after {elapsed:.1f} s"


def test_a_slow_query_does_not_block_other_requests(api_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "list_events", _slow_list_events)
    with serve(create_app(api_db, query_timeout=8.0)) as port:
        base = f"http://127.0.0.1:{port}"
        slow: dict[str, object] = {}

        def call_slow() -> None:
            slow["status"] = httpx.get(f"{base}/events", timeout=60).status_code

        thread = threading.Thread(target=call_slow)
        thread.start()
        time.sleep(0.5)  # the slow query is running now
        latencies = []
        for _ in range(10):
            started = time.monotonic()
            assert httpx.get(f"{base}/health", timeout=10).status_code == 200
            assert httpx.get(f"{base}/stats/roots", timeout=10).status_code == 200
            latencies.append(time.monotonic() - started)
        assert thread.is_alive(), "the slow query finished too early to show anything"
        thread.join(timeout=60)
    assert slow["status"] == 503
    assert max(latencies) < 2.0, f"other requests waited for the slow one: {max(latencies):.2f} s"


def test_serve_refuses_a_missing_store_cleanly(tmp_path: Path) -> None:
    result = run_cli(["serve", "--db", "missing.duckdb", "--port", str(_free_port())], tmp_path, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert not (tmp_path / "missing.duckdb").exists()
