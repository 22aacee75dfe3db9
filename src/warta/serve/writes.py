"""``POST /api/ingest``: the only write. Off unless a token is configured, then it needs it.

Accepts a JSON object or array of objects (the JSONL reader's fields: ``text`` or ``html``,
optional ``id``, ``url``, ``title``, ``published``, ``outlet``), a multipart upload (field
``file``, one or more files of any form ``warta ingest`` reads), or a raw body with
``?filename=`` naming its form. Bodies over the limit get 413.
"""

from __future__ import annotations

import hmac
import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from warta.serve.api import State

router = APIRouter(prefix="/api", tags=["ingest"])
# Upload names become temporary file names: keep the form (suffix), drop any path.
SAFE_NAME_CHARS = "-_."


class IngestResult(BaseModel):
    seen: int
    added: int
    duplicates: int
    skipped: int
    errors: int
    error_lines: list[str]


def _check_token(request: Request, token: str | None) -> None:
    if token is None:
        raise HTTPException(403, "ingest is off: start the server with WARTA_TOKEN set")
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    given = given or request.headers.get("x-warta-token", "")
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token", {"WWW-Authenticate": "Bearer"})


async def _read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it grows over ``limit`` (chunked uploads too)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    kept = "".join(c if c.isalnum() or c in SAFE_NAME_CHARS else "_" for c in base)
    return kept.lstrip(".") or "upload.txt"


def _json_records(body: bytes) -> list[dict[str, Any]]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(422, f"body is not valid JSON ({exc})") from None
    from warta.read.jsonl import FIELD_NAMES

    records = data if isinstance(data, list) else [data]
    names = (*FIELD_NAMES["text"], *FIELD_NAMES["html"])  # warta's names and other scrapers'
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or not any(isinstance(rec.get(n), str) for n in names):
            raise HTTPException(422, f"item {i}: an object with a 'text' or 'html' string")
    return records


@router.post("/ingest", response_model=IngestResult, status_code=200)
async def ingest(
    s: State,
    request: Request,
    filename: Annotated[str, Query(max_length=200)] = "upload.txt",
) -> Any:
    """Read and store documents (needs ``Authorization: Bearer $WARTA_TOKEN``)."""
    _check_token(request, s.token)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    with tempfile.TemporaryDirectory(prefix="warta-upload-") as tmp:
        folder = Path(tmp)
        if kind == "multipart/form-data":
            form = await request.form()
            uploads = [f for f in form.getlist("file") if not isinstance(f, str)]
            if not uploads:
                raise HTTPException(422, "multipart upload without a 'file' field")
            for i, upload in enumerate(uploads):
                name = f"{i:03d}-{_safe_name(upload.filename or 'upload.txt')}"
                (folder / name).write_bytes(await upload.read())
        else:
            body = await _read_limited(request, s.max_body)
            if kind == "application/json":
                lines = (json.dumps(r, ensure_ascii=False) for r in _json_records(body))
                (folder / "upload.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            else:
                (folder / _safe_name(filename)).write_bytes(body)
        return await run_in_threadpool(_run_ingest, s.db_path, folder)


def _run_ingest(db_path: str, folder: Path) -> IngestResult:
    from warta.store.ingest import ingest as ingest_paths

    # One process, in the request: uploads are small, and a worker pool per request would cost
    # more than it saves. The store's WAL lets the read-only connection go on meanwhile.
    report = ingest_paths([str(folder)], db_path, jobs=1, progress=False)
    return IngestResult(
        seen=report.seen,
        added=report.added,
        duplicates=report.duplicates,
        skipped=report.skipped,
        errors=report.errors,
        error_lines=report.error_lines[:100],
    )
