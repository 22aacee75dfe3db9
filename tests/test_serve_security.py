"""Security of the web layer: escaping, hostile queries, the ingest token, size limits,
read-only reads, and a schemathesis run over the OpenAPI spec."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from warta.serve import create_app  # noqa: E402

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db, token=TOKEN, max_body=64_000)) as c:
        yield c


def _hostile_id(client: TestClient) -> int:
    hits = client.get("/api/search", params={"q": "onmouseover halaman berita"}).json()
    return int(hits["items"][0]["id"])


def test_article_text_is_escaped(client: TestClient) -> None:
    html = client.get(f"/articles/{_hostile_id(client)}").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(3)&gt;" in html
    assert 'onmouseover="alert(2)"' not in html


@pytest.mark.parametrize("path", ["/search?q=berita+halaman", "/", "/stories/{story}"])
def test_hostile_titles_escaped_everywhere(client: TestClient, path: str) -> None:
    story = client.get(f"/api/articles/{_hostile_id(client)}").json()["story_id"]
    html = client.get(path.format(story=story)).text
    assert "<script>alert(" not in html and "<img src=x" not in html
    # The API returns the text as data (JSON, never rendered as HTML by a browser).
    api = client.get("/api/search", params={"q": "berita halaman"})
    assert api.headers["content-type"] == "application/json"


QUERIES = [
    'putin" OR "xi',
    "NEAR(a b) AND NOT c*",
    "title: body: {title}:x",
    "'; DROP TABLE articles; --",
    '"',
    "((((",
    "^*-+:",
    "<script>alert(1)</script>",
    "ä" * 50,
    "kata " * 2000,
    "x" * 10_000,
    "\x00\x01 nul",
]


@pytest.mark.parametrize("q", QUERIES)
def test_any_query_is_a_normal_response(client: TestClient, q: str) -> None:
    for path in ("/api/search", "/search"):
        r = client.get(path, params={"q": q, "outlet": q[:200], "entity": q[:200]})
        assert r.status_code == 200, (path, q[:40], r.text[:200])
    assert "<script>alert(1)" not in client.get("/search", params={"q": q}).text


def test_bad_parameters_are_4xx(client: TestClient) -> None:
    for path in (
        "/api/articles?limit=-1",
        "/api/stories?offset=x",
        "/articles/abc",
        "/stories/1e9",
    ):
        assert 400 <= client.get(path).status_code < 500, path


def test_ingest_needs_the_token(client: TestClient, corpus_db: Path) -> None:
    doc = {"id": "api-1", "text": "Jakarta - Berita baru dari API " * 5}
    assert client.post("/api/ingest", json=doc).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert client.post("/api/ingest", json=doc, headers=wrong).status_code == 401


def test_ingest_off_without_a_token(corpus_db: Path) -> None:
    with TestClient(create_app(corpus_db, token=None)) as c:
        doc = {"id": "api-0", "text": "Isi berita"}
        assert (
            c.post("/api/ingest", json=doc, headers={"Authorization": "Bearer x"}).status_code
            == 403
        )


def test_ingest_with_the_token(client: TestClient, tmp_path: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    doc = {
        "id": "api-2",
        "title": "Banjir Rob Kembali Rendam Pesisir",
        "published": "2024-06-05T09:00:00+07:00",
        "text": "Semarang - Banjir rob kembali merendam permukiman warga pesisir pada Rabu pagi. "
        "Warga mengungsi ke balai desa, kata kepala desa setempat kepada wartawan.",
    }
    got = client.post("/api/ingest", json=doc, headers=auth).json()
    assert got["added"] == 1 and got["errors"] == 0
    again = client.post("/api/ingest", json=doc, headers=auth).json()
    assert again["added"] == 0  # idempotent
    found = client.get("/api/search", params={"q": "Banjir Rob Kembali Rendam"}).json()
    assert any(h["source"] == "api-2" for h in found["items"])
    page = b"<html><body><h1>Judul</h1><p>" + b"Isi berita unggahan. " * 20 + b"</p></body></html>"
    upload = client.post(
        "/api/ingest", files={"file": ("page.html", page, "text/html")}, headers=auth
    )
    assert upload.status_code == 200 and upload.json()["seen"] == 1
    # another scraper's field names, and a spreadsheet upload
    other = {"_id": "api-3", "maintext": "Isi berita dari ekspor news-please. " * 5}
    assert client.post("/api/ingest", json=other, headers=auth).json()["added"] == 1
    table = b"id,text\napi-4," + b"Isi berita dari lembar kerja. " * 5 + b"\n"
    sheet = client.post(
        "/api/ingest", files={"file": ("export.csv", table, "text/csv")}, headers=auth
    )
    assert sheet.status_code == 200 and sheet.json()["added"] == 1
    bad = client.post(
        "/api/ingest", content=b"{not json", headers={**auth, "Content-Type": "application/json"}
    )
    assert bad.status_code == 422


def test_oversized_bodies_get_413(client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = json.dumps({"text": "x" * 100_000})
    assert (
        client.post(
            "/api/ingest", content=big, headers={**auth, "Content-Type": "application/json"}
        ).status_code
        == 413
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: the streamed size is checked
        for _ in range(20):
            yield b"y" * 10_000

    assert (
        client.post("/api/ingest?filename=a.txt", content=chunks(), headers=auth).status_code == 413
    )


def test_reads_use_a_read_only_connection(client: TestClient) -> None:
    import sqlite3

    store = client.app.state.warta.store  # type: ignore[attr-defined]
    assert store.readonly
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM articles")


def test_schemathesis_finds_no_server_error(corpus_db: Path) -> None:
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, settings

    app = create_app(corpus_db, token=None)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case: object) -> None:
        response = case.call()  # type: ignore[attr-defined]
        assert response.status_code < 500, (case, response.text[:300])  # type: ignore[attr-defined]

    for operation in schema.get_all_operations():
        op = operation.ok()
        strategy = op.as_strategy()
        from hypothesis import given

        given(strategy)(check)()
