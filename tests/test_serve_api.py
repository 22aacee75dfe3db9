"""The REST API and pages through the ASGI client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from warta.serve import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(corpus_db)) as c:
        yield c


LISTINGS = [
    "/api/articles",
    "/api/search?q=banjir",
    "/api/stories",
    "/api/threads?min_stories=1",
    "/api/entities",
    "/api/copies",
    "/api/errors",
]


@pytest.mark.parametrize("path", LISTINGS)
def test_listings_are_pages(client: TestClient, path: str) -> None:
    data = client.get(path).json()
    assert set(data) == {"total", "limit", "offset", "items"}
    assert data["total"] >= len(data["items"])


def test_pagination(client: TestClient) -> None:
    first = client.get("/api/articles?limit=2&offset=0").json()
    second = client.get("/api/articles?limit=2&offset=2").json()
    assert first["total"] == second["total"] >= 4
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])
    assert client.get("/api/articles?limit=0").status_code == 422
    assert client.get("/api/articles?limit=100000").status_code == 422


def test_article_has_full_reading(client: TestClient) -> None:
    item = client.get("/api/articles?limit=1").json()["items"][0]
    data = client.get(f"/api/articles/{item['id']}").json()
    for field in ("body", "paragraphs", "removed", "entities", "quotes", "published"):
        assert field in data["article"]
    assert client.get("/api/articles/987654").status_code == 404


def test_filters(client: TestClient) -> None:
    outlets = [o["name"] for o in client.get("/api/overview").json()["outlets"]]
    got = client.get("/api/articles", params={"outlet": outlets[0]}).json()
    assert got["items"] and all(a["outlet"] == outlets[0] for a in got["items"])
    hits = client.get("/api/search", params={"q": "bus listrik", "since": "2000-01-01"}).json()
    assert hits["total"] >= 1 and "[" in hits["items"][0]["snippet"]


def test_story_entity_copies(client: TestClient) -> None:
    story = client.get("/api/stories?min_size=2").json()["items"][0]
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert len(detail["article_list"]) == story["size"] >= 2
    name = client.get("/api/entities?limit=1").json()["items"][0]["name"]
    assert client.get(f"/api/entities/{name}").json()["articles"] >= 1
    assert client.get("/api/entities/NoSuchActorAnywhere").status_code == 404
    group = client.get("/api/copies").json()["items"][0]
    assert group["size"] >= 2 and group["first"] is not None


PAGES = ["/", "/search?q=banjir", "/search?outlet=Harian+Celebes", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")


def test_detail_pages(client: TestClient) -> None:
    article = client.get("/api/articles?limit=1").json()["items"][0]
    story = client.get("/api/stories?min_size=2").json()["items"][0]
    actor = client.get("/api/entities?limit=1").json()["items"][0]["name"]
    for path in (
        f"/articles/{article['id']}",
        f"/stories/{story['story_id']}",
        f"/entities/{actor}",
    ):
        assert client.get(path).status_code == 200, path
    thread = client.get("/api/threads?min_stories=1").json()["items"][0]
    assert client.get(f"/threads/{thread['thread_id']}").status_code == 200
    missing = client.get("/stories/987654")
    assert missing.status_code == 404 and "no such story" in missing.text


def test_no_asset_from_elsewhere(client: TestClient) -> None:
    """Every script, stylesheet and image is served by warta itself (no CDN)."""
    import re

    for path in ("/", "/docs", "/search?q=banjir"):
        html = client.get(path).text
        for url in re.findall(r'(?:src|href)=["\']([^"\']+)', html):
            assert not url.startswith(("http:", "https:", "//")), (path, url)


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/search", "/api/stories/{story_id}", "/api/ingest"):
        assert path in paths
