"""Plain-text documents (``.txt``, stdin): decode, refuse binary and empty input."""

from __future__ import annotations

from warta.model import Document
from warta.read.decode import decode_text


def text_document(data: bytes, source: str) -> Document:
    """One text document from its bytes. Raises :class:`~warta.errors.ReadError`."""
    text, warnings = decode_text(data, source)
    return Document(source=source, text=text, warnings=warnings)
