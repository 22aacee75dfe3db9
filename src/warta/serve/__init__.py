"""The web layer: ``create_app(db)`` (FastAPI: REST API under ``/api``, pages, ``/docs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.serve.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # FastAPI loads only when the web layer is used, not on `import warta.serve`.
    if name == "create_app":
        from warta.serve.app import create_app

        return create_app
    raise AttributeError(name)
