"""End to end in real headless Chromium (Debian's, via Playwright): what a person sees.

Skipped when /usr/bin/chromium is absent. Screenshots go to test-output/screenshots/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "test-output" / "screenshots"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium not installed"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(corpus_db: Path) -> Iterator[str]:
    import uvicorn

    from warta.serve import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(corpus_db), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        outside: list[str] = []

        def only_local(route: object) -> None:  # prove the UI never reaches the internet
            url = route.request.url  # type: ignore[attr-defined]
            if url.startswith(base_url):
                route.continue_()  # type: ignore[attr-defined]
            else:
                outside.append(url)
                route.abort()  # type: ignore[attr-defined]

        context.route("**/*", only_local)
        pg = context.new_page()
        pg.outside = outside  # type: ignore[attr-defined]
        yield pg
        assert outside == [], f"requests left the machine: {outside}"
        browser.close()


def _shot(page: object, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_home_shows_the_corpus(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    assert int(page.inner_text("#n-articles")) >= 7  # type: ignore[attr-defined]
    assert page.locator("#latest-stories li").count() >= 1  # type: ignore[attr-defined]
    _shot(page, "01-home")


def test_search_then_article_and_removed_lines(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    page.fill("form.quick input[name=q]", "bus listrik")  # type: ignore[attr-defined]
    page.press("form.quick input[name=q]", "Enter")  # type: ignore[attr-defined]
    page.wait_for_selector("#hits li")  # type: ignore[attr-defined]
    assert "result" in page.inner_text("#result-count")  # type: ignore[attr-defined]
    assert page.locator("#hits mark").count() >= 1  # type: ignore[attr-defined]
    _shot(page, "02-search")
    page.click("#hits li a.hit-title >> nth=0")  # type: ignore[attr-defined]
    page.wait_for_selector("#article-body")  # type: ignore[attr-defined]
    assert len(page.inner_text("#article-body")) > 200  # type: ignore[attr-defined]
    assert page.locator("#article-body a.ent").count() >= 1  # type: ignore[attr-defined]
    removed = page.locator("#removed table")  # type: ignore[attr-defined]
    assert not removed.is_visible()
    page.click("#removed summary")  # type: ignore[attr-defined]
    assert removed.is_visible()
    assert page.locator("#removed tbody tr").count() >= 1  # type: ignore[attr-defined]
    _shot(page, "03-article")


def test_story_page(page: object, base_url: str) -> None:
    page.goto(base_url + "/search?q=bus+listrik")  # type: ignore[attr-defined]
    page.click("#hits li a:text('story') >> nth=0")  # type: ignore[attr-defined]
    page.wait_for_selector("#story-title")  # type: ignore[attr-defined]
    assert page.locator("svg.chart").count() >= 1  # type: ignore[attr-defined]
    assert page.locator("#story-summary li").count() >= 1  # type: ignore[attr-defined]
    assert "," in page.inner_text("#story-outlets")  # several outlets  # type: ignore[attr-defined]
    _shot(page, "04-story")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_entity_page_for_putin(page: object, base_url: str) -> None:
    page.goto(base_url + "/entities/Vladimir%20Putin")  # type: ignore[attr-defined]
    assert page.inner_text("#entity-name") == "Vladimir Putin"  # type: ignore[attr-defined]
    assert page.locator("svg.chart").count() >= 2  # mentions and network  # type: ignore[attr-defined]
    assert page.locator("#entity-quotes tbody tr").count() >= 1  # type: ignore[attr-defined]
    _shot(page, "05-entity")


def test_phone_layout(page: object, base_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(base_url + "/search?q=banjir")  # type: ignore[attr-defined]
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= 400  # nothing wider than the phone
    _shot(page, "06-phone-search")
