"""The web UI: server-rendered pages (Jinja2, autoescaped) over the same store reads as the API."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from warta.serve import charts, render
from warta.serve.api import MAX_QUERY_CHARS, Day, Name, RowId, State
from warta.serve.app import resource_dir

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 20
# An actor page lists at most this many of its stories by title (the API lists them all).
MAX_ENTITY_STORIES = 100


@cache
def _templates() -> Any:
    """The template set (built once per process: it is immutable, not request state)."""
    import jinja2
    from fastapi.templating import Jinja2Templates

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resource_dir("templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["joined"] = render.joined
    env.filters["day"] = lambda v: (v or "")[:10]
    env.filters["when"] = lambda v: (v or "").replace("T", " ")[:16]
    return Jinja2Templates(env=env)


def _page(request: Request, name: str, code: int = 200, **context: Any) -> Any:
    return _templates().TemplateResponse(request, name, context, status_code=code)


def error_page(request: Request, status: int, detail: str) -> Any:
    return _page(request, "error.html", status, status=status, detail=detail)


def _missing(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


@router.get("/")
def home(request: Request, s: State) -> Any:
    overview = s.cached("overview", lambda store: store.overview())
    with s.read() as store:
        latest = store.stories(limit=12)
        threads = store.threads(limit=8)
    return _page(request, "home.html", overview=overview, stories=latest, threads=threads)


@router.get("/search")
def search(
    request: Request,
    s: State,
    q: Annotated[str, Query()] = "",
    since: Day = None,
    until: Day = None,
    outlet: Name = None,
    entity: Name = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Any:
    q = q[:MAX_QUERY_CHARS]
    filters: dict[str, Any] = {"since": since or None, "until": until or None}
    filters |= {"outlet": outlet or None, "entity": entity or None}
    offset = (page - 1) * PAGE_SIZE
    hits: list[Any] = []
    total, facets = 0, []
    with s.read() as store:
        if q.strip():
            marks = (render.MARK_OPEN, render.MARK_CLOSE)
            found = store.search(q, **filters, limit=PAGE_SIZE, offset=offset, marks=marks)
            hits = [{**h, "snippet_html": render.marked_snippet(h["snippet"])} for h in found]
            total = store.count_search(q, **filters)
            facets = store.search_outlets(q, **filters)
        elif any(filters.values()):  # no words: browse the filtered articles, newest first
            hits = list(store.articles(**filters, limit=PAGE_SIZE, offset=offset))
            total = store.count_articles(**filters)
    actors = s.cached("actors30", lambda store: store.actors(limit=30))
    pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
    return _page(
        request, "search.html", q=q, filters=filters, hits=hits, total=total, page=page,
        pages=pages, outlet_facets=facets, actors=actors,
    )  # fmt: skip


@router.get("/articles/{article_id}")
def article(request: Request, s: State, article_id: RowId) -> Any:
    with s.read() as store:
        found = store.article(article_id)
        if found is None:
            raise _missing("article")
        story = store.story(found["story_id"]) if found["story_id"] is not None else None
    data = found["article"]
    body = render.marked_body(data.get("body") or "", render.body_marks(data))
    return _page(request, "article.html", row=found, a=data, body=body, story=story)


@router.get("/stories/{story_id}")
def story(request: Request, s: State, story_id: RowId) -> Any:
    with s.read() as store:
        found = store.story(story_id)
        if found is None:
            raise _missing("story")
        groups = {a["copy_group"] for a in found["article_list"] if a["copy_group"] is not None}
        copies = [g for gid in sorted(groups) if (g := store.copy_group(gid)) and g["size"] > 1]
    events: list[tuple[str | None, str | None, str, str]] = [
        (e["date"], e["date"], e["text"], f"/articles/{e['article_id']}") for e in found["timeline"]
    ]
    pubs = [
        (a["published"], a["published"], f"{a['outlet'] or '?'}: {a['title'] or a['source']}",
         f"/articles/{a['id']}")
        for a in found["article_list"]
    ]  # fmt: skip
    chart = charts.time_rows(pubs + events, "Publications and dated events of the story")
    return _page(request, "story.html", story=found, copies=copies, chart=chart)


@router.get("/threads/{thread_id}")
def thread(request: Request, s: State, thread_id: RowId) -> Any:
    with s.read() as store:
        found = store.thread(thread_id)
    if found is None:
        raise _missing("thread")
    rows = [
        (m["first"], m["last"], m["title"] or f"story {m['story_id']}", f"/stories/{m['story_id']}")
        for m in found["stories"]
    ]
    chart = charts.time_rows(rows, "Stories of the thread on a time axis")
    return _page(request, "thread.html", thread=found, chart=chart)


@router.get("/entities/{name}")
def entity(request: Request, s: State, name: str) -> Any:
    with s.read() as store:
        found = store.entity(name[:500], limit=50)
        titles = store.story_titles(found["stories"][:MAX_ENTITY_STORIES]) if found else {}
    if found is None:
        raise _missing("entity")
    mentions = charts.counts_chart(
        [(m["day"], m["count"]) for m in found["mentions"]], f"Articles mentioning {found['name']}"
    )
    graph = charts.network(
        found["name"],
        [(c["name"], c["count"]) for c in found["co_mentioned"]],
        f"Actors named together with {found['name']}",
    )
    return _page(
        request, "entity.html", e=found, mentions=mentions, graph=graph, story_titles=titles
    )
