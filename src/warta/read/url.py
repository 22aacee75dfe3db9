"""``http(s)://`` inputs: the only network code in warta. One GET, bounded in time and size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from warta.errors import ReadError
from warta.model import Document
from warta.read.decode import MAX_DOCUMENT_BYTES, size_problem
from warta.read.html import html_document
from warta.read.text import text_document

if TYPE_CHECKING:
    import httpx

# Seconds to connect and between bytes: a news page that takes longer is not coming.
TIMEOUT_SECONDS = 15.0
# Redirect hops followed (http -> https -> canonical -> AMP is already three).
MAX_REDIRECTS = 5
USER_AGENT = "warta/0.1 (+https://github.com/warta; offline news reader)"
HTML_TYPES = ("text/html", "application/xhtml+xml")


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS) -> Document:
    """GET one page. Raises :class:`ReadError` with a one-line reason on any failure."""
    import httpx

    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=timeout,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            return _document(url, response)
    except httpx.TimeoutException:
        raise ReadError(url, f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise ReadError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.ConnectError as exc:
        raise ReadError(url, f"cannot connect ({_reason(exc)})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise ReadError(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise ReadError(url, f"download failed ({_reason(exc)})") from None


def _document(url: str, response: httpx.Response) -> Document:
    if response.status_code != 200:
        raise ReadError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_DOCUMENT_BYTES:
        raise ReadError(url, size_problem(int(length)))
    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES and ctype != "text/plain":
        raise ReadError(url, f"not an HTML page (content type {ctype})")
    data = _body(url, response)
    if ctype == "text/plain":
        return text_document(data, url)
    final = str(response.url)
    return html_document(data, url, url=final, header_charset=response.charset_encoding)


def _body(url: str, response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_DOCUMENT_BYTES:
            limit = MAX_DOCUMENT_BYTES // 1024 // 1024
            raise ReadError(url, f"too large (over the {limit} MB limit per document)")
        chunks.append(chunk)
    if not size:
        raise ReadError(url, "empty response")
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    # httpx wraps OS errors as "[Errno 111] Connection refused": keep the human part.
    return text.split("] ", 1)[-1].lower()
