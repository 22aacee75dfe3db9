"""The web app: ``create_app(db)`` builds a FastAPI app over one corpus database.

No global state: the read-only store, the ingest token and the limits live on ``app.state``.
Reads share one read-only connection behind a lock (SQLite is fast enough that a local tool
gains nothing from parallel readers, and a lock keeps one connection correct across the
threadpool that runs FastAPI's sync endpoints). Ingest opens its own writable store.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from starlette.responses import Response

    from warta.store import Store

# Largest request body accepted (POST /api/ingest): a big HTML page or a JSONL batch fits.
MAX_BODY_BYTES = 10 * 2**20
TOKEN_ENV = "WARTA_TOKEN"


@dataclass
class ServeState:
    """What every request needs: the corpus path, a read-only store and the ingest token."""

    db_path: str
    token: str | None
    max_body: int
    store: Store
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Corpus-wide aggregates (overview, actor lists) keyed by name, valid for one data version.
    cache: dict[str, Any] = field(default_factory=dict)
    cache_version: int = -1

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.lock:
            yield self.store

    def cached(self, key: str, compute: Callable[[Store], Any]) -> Any:
        """``compute(store)``, recomputed only after the corpus changed (an ingest committed):
        SQLite's ``data_version`` tells when another connection wrote."""
        with self.lock:
            version = int(self.store.db.execute("PRAGMA data_version").fetchone()[0])
            if version != self.cache_version:
                self.cache, self.cache_version = {}, version
            if key not in self.cache:
                self.cache[key] = compute(self.store)
            return self.cache[key]


def resource_dir(name: str) -> Path:
    return Path(str(files("warta.serve") / name))


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The warta web app (REST API under ``/api``, pages, ``/docs``) over the corpus ``db``.

    ``token`` enables ``POST /api/ingest`` (default: the ``WARTA_TOKEN`` environment variable;
    without one, ingest is refused). Raises :class:`~warta.errors.StoreError` when ``db`` is
    not a warta corpus.
    """
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException

    from warta import __version__
    from warta.serve import api, pages, writes
    from warta.store import Store

    if not Path(db).exists():
        Store.open(db).close()  # an empty corpus: the UI says how to fill it
    store = Store.open(db, readonly=True)
    app = FastAPI(
        title="warta",
        version=__version__,
        description="Indonesian news corpus: articles, search, stories, threads, actors, copies.",
        docs_url=None,
        redoc_url=None,
        lifespan=_closing(store),
    )
    app.state.warta = ServeState(
        db_path=str(db),
        token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
        max_body=max_body,
        store=store,
    )
    app.middleware("http")(_limit_body)
    app.mount("/static", StaticFiles(directory=resource_dir("static")), name="static")
    app.include_router(api.router)
    app.include_router(writes.router)
    app.include_router(pages.router)
    app.add_api_route("/docs", _docs, include_in_schema=False)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    return app


async def _http_error(request: Request, exc: Exception) -> Any:
    """JSON for the API, a page for people."""
    from fastapi.exception_handlers import http_exception_handler

    from warta.serve.pages import error_page

    if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
        return await http_exception_handler(request, exc)  # type: ignore[arg-type]
    status = getattr(exc, "status_code", 500)
    return error_page(request, status, str(getattr(exc, "detail", "error")))


async def _invalid(request: Request, exc: Exception) -> Any:
    from fastapi.exception_handlers import request_validation_exception_handler

    from warta.serve.pages import error_page

    if request.url.path.startswith("/api"):
        return await request_validation_exception_handler(request, exc)  # type: ignore[arg-type]
    return error_page(request, 422, "invalid request parameters")


def _closing(store: Store) -> Callable[[Any], Any]:
    """A lifespan that closes the read-only store when the server stops."""

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        yield
        store.close()

    return lifespan


async def _limit_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Any:
    """413 before reading a body whose declared length is over the limit."""
    from fastapi.responses import JSONResponse

    limit = request.app.state.warta.max_body
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return JSONResponse({"detail": f"request body over {limit} bytes"}, status_code=413)
    return await call_next(request)


def _docs() -> Any:
    from fastapi.openapi.docs import get_swagger_ui_html

    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="warta API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
    )
