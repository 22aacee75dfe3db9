"""URL reader against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from warta.errors import ReadError
from warta.model import Document
from warta.read import iter_documents
from warta.read import url as url_reader

PAGE = "<html><head><title>Judul</title></head><body><p>Isi “berita”.</p></body></html>"
ARTICLE_PAGE = (
    "<html><head><title>Bus Listrik Makassar</title></head><body><article>"
    "<h1>Bus Listrik Mulai Beroperasi di Makassar</h1>"
    "<p>Pemerintah Kota Makassar mulai mengoperasikan bus listrik rute bandara pada Senin. "
    "Delapan bus melayani rute sepanjang 24 kilometer itu setiap 15 menit.</p>"
    "<p>Wali Kota mengatakan tarif ditetapkan Rp5.000 untuk umum dan Rp2.000 untuk pelajar "
    "serta warga lanjut usia, setelah masa gratis selama dua pekan pertama.</p>"
    "</article></body></html>"
)
# path -> (status, content type, body)
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/ok": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/cp1252": (200, "text/html; charset=windows-1252", PAGE.encode("cp1252")),
    "/plain": (200, "text/plain", b"Isi berita saja."),
    "/missing": (404, "text/html", b"not here"),
    "/error": (500, "text/html", b"boom"),
    "/pdf": (200, "application/pdf", b"%PDF-1.4"),
    "/big": (200, "text/html", b"<p>" + b"x" * 5000 + b"</p>"),
    "/empty": (200, "text/html", b""),
    "/article": (200, "text/html; charset=utf-8", ARTICLE_PAGE.encode()),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/ok")
            self.end_headers()
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, ctype, body = ROUTES.get(self.path, ROUTES["/ok"])
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/big":  # no length: the reader must count while streaming
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def read_one(url: str) -> Document | ReadError:
    [item] = list(iter_documents([url]))
    return item


@pytest.mark.parametrize("path", ["/ok", "/redirect", "/cp1252"])
def test_fetch_html(server: str, path: str) -> None:
    doc = read_one(server + path)
    assert isinstance(doc, Document), doc
    assert doc.source == server + path
    assert doc.url == server + "/" + path.strip("/").replace("redirect", "ok")
    assert doc.html is not None and "Isi “berita”." in doc.html


def test_fetch_plain_text(server: str) -> None:
    doc = read_one(server + "/plain")
    assert isinstance(doc, Document) and doc.text == "Isi berita saja."


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/pdf", "not an HTML page (content type application/pdf)"),
        ("/loop", "more than 5 redirects"),
        ("/empty", "empty response"),
    ],
)
def test_fetch_errors(server: str, path: str, problem: str) -> None:
    error = read_one(server + path)
    assert isinstance(error, ReadError)
    assert (error.source, error.problem) == (server + path, problem)


def test_too_large(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url_reader, "MAX_DOCUMENT_BYTES", 1000)
    error = read_one(server + "/big")
    assert isinstance(error, ReadError) and error.problem.startswith("too large")


def test_timeout(server: str) -> None:
    with pytest.raises(ReadError, match="timed out after 0.3 s"):
        url_reader.fetch(server + "/slow", timeout=0.3)


def test_unreachable() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = read_one(f"http://127.0.0.1:{port}/berita")
    assert isinstance(error, ReadError)
    assert error.problem.startswith("cannot connect")


def test_extract_a_url(server: str) -> None:
    import json

    from click.testing import CliRunner

    from warta.cli import main

    result = CliRunner().invoke(main, ["extract", "--no-nlp", server + "/article", server + "/pdf"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["source"], data["url"]) == (server + "/article", server + "/article")
    assert "Delapan bus melayani rute" in data["body"]
    assert result.stderr == (
        f"warta: {server}/pdf: not an HTML page (content type application/pdf)\n"
    )
