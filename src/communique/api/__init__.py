"""The REST API over the event store (FastAPI; OpenAPI at /docs): `create_app(db_path)`.

uvicorn.run(create_app("events.duckdb"), host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from communique.api.app import create_app, error_body

__all__ = ["create_app", "error_body"]
