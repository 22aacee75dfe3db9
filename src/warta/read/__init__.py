"""Readers: every input form users have becomes a stream of :class:`~warta.model.Document`.

``iter_documents`` yields a ``Document`` per readable document and a ``ReadError`` (not raised)
per unreadable input, so a batch goes on past bad inputs.

FIRST VERSION — to be hardened (encodings, gzip, stdin, URLs, size limits) in the reading issue.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.errors import ReadError
from warta.model import Document

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
TEXT_SUFFIXES = (".txt",)


def iter_documents(inputs: Iterable[str]) -> Iterator[Document | ReadError]:
    for item in inputs:
        path = Path(item)
        if not path.exists():
            yield ReadError(item, "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _known(p.name))
            yield from iter_documents(str(p) for p in files)
        else:
            yield from _read_file(path)


def _known(name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES + JSONL_SUFFIXES + TEXT_SUFFIXES)


def _read_file(path: Path) -> Iterator[Document | ReadError]:
    name = path.name.lower()
    data = path.read_text(encoding="utf-8", errors="replace")
    if name.endswith(JSONL_SUFFIXES):
        for n, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            obj = json.loads(line)
            yield Document(
                source=str(obj.get("id") or f"{path}:{n}"),
                text=obj.get("text"),
                html=obj.get("html"),
                url=obj.get("url"),
                title=obj.get("title"),
                published=obj.get("published"),
                outlet=obj.get("outlet"),
            )
    elif name.endswith(HTML_SUFFIXES):
        yield Document(source=str(path), html=data)
    else:
        yield Document(source=str(path), text=data)
