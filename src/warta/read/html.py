"""Saved HTML pages (``.html``, ``.htm``, gzipped, fetched): decode with the declared charset.

A truncated page is passed on as it is: the extractor reads what is there.
"""

from __future__ import annotations

from warta.model import Document
from warta.read.decode import decode_text, html_charset


def html_document(
    data: bytes, source: str, *, url: str | None = None, header_charset: str | None = None
) -> Document:
    """One HTML document. The page's own ``<meta charset>`` wins over an HTTP header's."""
    declared = html_charset(data) or header_charset
    html, warnings = decode_text(data, source, declared=declared)
    return Document(source=source, html=html, url=url, warnings=warnings)


def looks_like_html(data: bytes) -> bool:
    """For inputs without a telling name (stdin, odd suffixes): markup from the first byte."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<meta", b"<article"))
