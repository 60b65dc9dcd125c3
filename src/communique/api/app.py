"""The FastAPI application over an event store: JSON endpoints, one error shape, the dashboard.

`create_app(db_path)` opens the store read-only; every request gets its own DuckDB cursor and a
query timer that interrupts it after `query_timeout` seconds, so a costly query cannot hold the
server. Page sizes are capped, sort keys come from an allow-list and all SQL is parameterised
(communique.store.queries). With a `write_token` the store is opened writable and
`POST /records` loads event records for callers that send `Authorization: Bearer <token>`.

Every error -- unknown route, invalid parameter, timeout, crash -- answers with one JSON shape:
`{"error": {"status": int, "code": str, "message": str}}`.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import duckdb
from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from communique.api.models import RecordsIn
from communique.errors import InputError
from communique.store import queries
from communique.store.queries import EventFilter, QueryError
from communique.store.writer import Store

log = logging.getLogger(__name__)

T = TypeVar("T")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_request",
    500: "internal_error",
    503: "query_timeout",
}


# Parameter types shared by the routes (module level: FastAPI resolves annotations by name).
Limit = Annotated[int, Query(ge=1, le=queries.MAX_PAGE, description=f"page size, at most {queries.MAX_PAGE}")]
DateFrom = Annotated[date | None, Query(alias="from", description="first day, YYYY-MM-DD")]
DateTo = Annotated[date | None, Query(alias="to", description="last day, YYYY-MM-DD")]


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def _error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error_response(exc.status_code, _CODES.get(exc.status_code, "http_error"), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_response(422, "invalid_request", _validation_message(exc))

    @app.exception_handler(QueryError)
    async def query_error(_: Request, exc: QueryError) -> JSONResponse:
        return _error_response(422, "invalid_request", str(exc))

    @app.exception_handler(InputError)
    async def input_error(_: Request, exc: InputError) -> JSONResponse:
        return _error_response(422, "invalid_request", str(exc))

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return _error_response(500, "internal_error", "internal server error; see the server log")


def _root_names() -> dict[str, str]:
    """Short names of the 20 CAMEO roots from the shipped code table, if it loads."""
    try:
        from communique.events.codes import load_cameo_codes

        table = load_cameo_codes().table
    except Exception:  # noqa: BLE001 - names are a nicety; counts work without them
        return {}
    return {code: info.name for code, info in table.items() if len(code) == 2}


def _country_codes(q: str) -> list[str]:
    """ISO alpha-3 codes a free-text query names ("Russia", "ukr"), for /actors."""
    text = q.strip().lower()
    if len(text) < 3:
        return []
    try:
        import pycountry
    except ImportError:
        return []
    found = []
    for country in pycountry.countries:
        names = (
            country.alpha_3,
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        )
        # "Russia" names the Russian Federation: a name that starts with the query counts.
        if any(name and name.lower().startswith(text) for name in names):
            found.append(str(country.alpha_3))
    return found


def _mount_dashboard(app: FastAPI) -> None:
    """Serve the dashboard when communique.web is installed; the API works without it."""
    try:
        from fastapi.staticfiles import StaticFiles

        from communique.web import static_dir

        folder = static_dir()
    except ImportError:
        folder = None
    index = folder / "index.html" if folder is not None else None
    if folder is None or index is None or not index.is_file():

        @app.get("/", include_in_schema=False)
        def no_dashboard() -> dict[str, str]:
            return {"name": "communique", "docs": "/docs", "dashboard": "not installed"}

        return

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(index)

    app.mount("/static", StaticFiles(directory=folder), name="static")


MAX_BODY_BYTES = 10 * 1024 * 1024


def _install_offline_docs(app: FastAPI) -> None:
    """`/docs`: Swagger UI from the swagger-ui-bundle package instead of a CDN."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-static", StaticFiles(directory=swagger_ui_path), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} - docs",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon-32x32.png",
        )


def create_app(db_path: str | Path, write_token: str | None = None, query_timeout: float = 10.0) -> FastAPI:
    """The API app over the store at `db_path` (read-only unless a write token is given)."""
    store = Store(db_path, read_only=write_token is None)
    root_names = _root_names()
    write_lock = threading.Lock()  # one writer per DuckDB file, also within this process

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="communique event API",
        description="CAMEO-coded political events with their evidence sentences. "
        'Errors: {"error": {"status", "code", "message"}}.',
        version="1",
        max_body_size=MAX_BODY_BYTES,
        docs_url=None,  # served below from the vendored Swagger UI: no CDN, the machines are offline
    )
    app.state.store = store
    _install_offline_docs(app)
    _install_error_handlers(app)

    def run(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        cur = store.cursor()
        timer = threading.Timer(query_timeout, cur.interrupt)
        timer.start()
        try:
            return fn(cur, *args, **kwargs)
        except duckdb.InterruptException as exc:
            raise ApiError(
                503, "query_timeout", f"the query took longer than {query_timeout:g}s; narrow it"
            ) from exc
        finally:
            timer.cancel()
            cur.close()

    @app.get("/health")
    def health() -> dict[str, Any]:
        return run(queries.health, store.schema_version)

    @app.get("/events")
    def list_events(
        source: str | None = None,
        target: str | None = None,
        actor: Annotated[str | None, Query(description="either side")] = None,
        country: Annotated[str | None, Query(description="ISO alpha-3 of either side")] = None,
        code: Annotated[str | None, Query(description="CAMEO event code prefix")] = None,
        root: str | None = None,
        quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
        date_from: date | None = None,
        date_to: date | None = None,
        location_country: str | None = None,
        q: Annotated[str | None, Query(max_length=200, description="text in an evidence sentence")] = None,
        doc_id: str | None = None,
        sort: Annotated[str, Query(description=", ".join(queries.SORTS))] = "-date",
        limit: Limit = 50,
        cursor: str | None = None,
    ) -> dict[str, Any]:
        filters = EventFilter(
            source=source, target=target, actor=actor, country=country, code=code, root=root,
            quad_class=quad_class, date_from=date_from, date_to=date_to,
            location_country=location_country, q=q, doc_id=doc_id,
        )  # fmt: skip
        return run(queries.list_events, filters, sort=sort, limit=limit, cursor=cursor)

    @app.get("/events/{event_id}")
    def get_event(
        event_id: str,
        mentions_limit: Annotated[int, Query(ge=1, le=queries.MAX_MENTIONS)] = 100,
        mentions_offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        event = run(
            queries.get_event, event_id, mentions_limit=mentions_limit, mentions_offset=mentions_offset
        )
        if event is None:
            raise ApiError(404, "not_found", f"no event {event_id!r}")
        return event

    @app.get("/documents/{doc_id:path}")
    def get_document(doc_id: str) -> dict[str, Any]:
        document = run(queries.get_document, doc_id)
        if document is None:
            raise ApiError(404, "not_found", f"no document {doc_id!r}")
        return document

    @app.get("/dyads/top")
    def top_dyads(
        limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 20,
        level: Annotated[str, Query(pattern="^(actor|country)$")] = "actor",
        date_from: DateFrom = None,
        date_to: DateTo = None,
    ) -> dict[str, Any]:
        return run(queries.top_dyads, limit=limit, level=level, date_from=date_from, date_to=date_to)

    @app.get("/dyads/{a}/{b}/series")
    def dyad_series(
        a: str,
        b: str,
        date_from: DateFrom = None,
        date_to: DateTo = None,
        interval: Annotated[str, Query(pattern="^(day|week|month)$")] = "day",
        both: bool = False,
    ) -> dict[str, Any]:
        return run(
            queries.dyad_series, a, b, date_from=date_from, date_to=date_to, interval=interval, both=both
        )

    @app.get("/actors")
    def actors(q: Annotated[str | None, Query(max_length=100)] = None, limit: Limit = 50) -> dict[str, Any]:
        return run(queries.find_actors, q, limit=limit, countries=_country_codes(q) if q else [])

    @app.get("/stats/roots")
    def stats_roots(date_from: DateFrom = None, date_to: DateTo = None) -> dict[str, Any]:
        return run(queries.root_counts, date_from=date_from, date_to=date_to, root_names=root_names)

    @app.get("/locations")
    def locations(
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
        date_from: DateFrom = None,
        date_to: DateTo = None,
    ) -> dict[str, Any]:
        return run(queries.locations, limit=limit, date_from=date_from, date_to=date_to)

    @app.get("/countries/matrix")
    def countries_matrix(
        limit: Annotated[int, Query(ge=1, le=100)] = 20, date_from: DateFrom = None, date_to: DateTo = None
    ) -> dict[str, Any]:
        return run(queries.country_matrix, limit=limit, date_from=date_from, date_to=date_to)

    if write_token is not None:

        @app.post("/records")
        def post_records(
            body: RecordsIn, authorization: Annotated[str | None, Header()] = None
        ) -> dict[str, int]:
            """Load event records (docs/OUTPUT.md); a document's records replace its stored ones."""
            expected = f"Bearer {write_token}"
            if authorization is None or not hmac.compare_digest(authorization, expected):
                raise ApiError(401, "unauthorized", "writing needs 'Authorization: Bearer <write token>'")
            with write_lock:
                return store.ingest_records(body.as_dicts()).to_dict()

    _mount_dashboard(app)
    return app
