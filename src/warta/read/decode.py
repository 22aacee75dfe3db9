"""Bytes to text: BOMs, declared HTML charsets, a UTF-8-then-cp1252 fallback, binary detection.

Indonesian news scraped on Windows machines is often cp1252 (curly quotes, en dashes); latin-1
is its superset for the five bytes cp1252 leaves undefined. A wrong guess among those only
changes punctuation, so we decode and warn rather than refuse.
"""

from __future__ import annotations

import codecs
import re

from warta.errors import ReadError

# Refuse any single document above this: real articles are well under 1 MB, and a 20 MB line
# is a scraper accident that would only stall the cleaner.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
# Share of control characters (besides tab/newline/CR/FF) above which text is called binary.
BINARY_CONTROL_SHARE = 0.05
# Bytes looked at to sniff binary content or an HTML <meta charset>.
SNIFF_BYTES = 4096

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data (name it .gz)"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def size_problem(size: int) -> str:
    """The message for an input over :data:`MAX_DOCUMENT_BYTES`."""
    return (
        f"too large ({size / 1024 / 1024:.1f} MB; the limit is "
        f"{MAX_DOCUMENT_BYTES // 1024 // 1024} MB per document)"
    )


def decode_text(
    data: bytes, source: str, *, declared: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """Decode one document; returns the text and any warnings. Raises :class:`ReadError`.

    ``declared`` is a charset the container names (HTML meta, HTTP header); a BOM wins over it.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ReadError(source, size_problem(len(data)))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(encoding, errors="replace"), source), ()
    _refuse_binary(data, source)
    # Valid UTF-8 is almost never an accident, so it wins even over a declared legacy charset
    # (pages that say iso-8859-1 but serve UTF-8 are common).
    try:
        return _checked(data.decode("utf-8"), source), ()
    except UnicodeDecodeError as exc:
        bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    codec = _known_codec(declared) if declared else None
    if codec is not None and codec != "utf-8":
        try:
            return _checked(data.decode(codec), source), ()
        except UnicodeDecodeError:
            pass
    text, fallback = decode_legacy(data)
    return _checked(text, source), (f"not valid UTF-8 ({bad}); decoded as {fallback}",)


def decode_legacy(data: bytes) -> tuple[str, str]:
    """(text, codec) for bytes that are not UTF-8: cp1252, or latin-1 for the five bytes cp1252
    leaves undefined."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _refuse_binary(data: bytes, source: str) -> None:
    head = data[:SNIFF_BYTES]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise ReadError(source, f"binary file ({kind}), not text")
    if b"\x00" in data:
        raise ReadError(source, "binary file (contains NUL bytes), not text")


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise ReadError(source, "empty (no text)")
    sample = text[:SNIFF_BYTES]
    if len(_CONTROL.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        raise ReadError(source, "binary file (mostly control characters), not text")
    return text
