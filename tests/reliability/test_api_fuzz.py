"""API fuzzing with schemathesis against the app's own OpenAPI schema: no request it can build
gets a 5xx answer (issue 8, "Service"). The read-only app, then the app with a write token,
fuzzed with the token so that the write endpoints' bodies are reached.

schemathesis' pytest integration (`from_fixture`) does not run under pytest 9.2 (it sets a
private node attribute that pytest dropped), so each operation's case strategy drives a plain
hypothesis test here; the cases and the ASGI calls are schemathesis' own.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from communique.api import create_app

TOKEN = "fuzz-token"
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def _fuzz(app, headers: dict[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Every operation of the app's schema, fuzzed; the 5xx answers found (one per operation)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    found: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    for operation in operations:

        @FUZZ
        @given(case=operation.as_strategy())
        def run(case) -> None:  # type: ignore[no-untyped-def]
            try:
                response = case.call(headers=headers)
            except Exception as exc:  # noqa: BLE001 - the ASGI transport re-raises what the app raised
                raise AssertionError(
                    f"{case.method} {case.formatted_path} query={case.query} body={str(case.body)[:200]} -> "
                    f"500, the app raised {type(exc).__name__}: {exc}"
                ) from exc
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} query={case.query} body={str(case.body)[:200]} -> "
                f"{response.status_code}: {response.text[:200]}"
            )

        try:
            run()
        except AssertionError as exc:
            found.append(str(exc).splitlines()[0])
    return found


def test_read_only_api_never_answers_5xx(api_db: Path) -> None:
    found = _fuzz(create_app(api_db), {})
    assert not found, "\n".join(found)


def test_writable_api_never_answers_5xx(api_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "writable.duckdb"
    shutil.copy(api_db, copy)
    found = _fuzz(create_app(copy, write_token=TOKEN), {"Authorization": f"Bearer {TOKEN}"})
    assert not found, "\n".join(found)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}])
def test_write_endpoints_without_the_token_never_answer_5xx(api_db: Path, tmp_path: Path, headers) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "writable.duckdb"
    shutil.copy(api_db, copy)
    found = _fuzz(create_app(copy, write_token=TOKEN), headers)
    assert not found, "\n".join(found)
