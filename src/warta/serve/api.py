"""The REST API under ``/api``: every read is a paginated, typed view of the store's read API.

Response models are the store's TypedDicts (``warta.store.types``), so the API, the CLI and
the Python API return the same fields.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel

from warta.serve.app import ServeState
from warta.store.types import (
    ArticleDetail,
    ArticleRow,
    CopyGroup,
    CountRow,
    EntityView,
    ErrorRow,
    Overview,
    SearchHit,
    StoryDetail,
    StorySummary,
    ThreadRow,
)

T = TypeVar("T")
# A page of results: large enough for a dashboard, small enough to stay fast on 100k articles.
MAX_PAGE = 200
# Longer query strings are cut (the store keeps the first 32 words anyway).
MAX_QUERY_CHARS = 10_000

router = APIRouter(prefix="/api", tags=["corpus"])


class Page(BaseModel, Generic[T]):
    """One page of a listing: ``total`` items in all, ``items`` from ``offset``."""

    total: int
    limit: int
    offset: int
    items: list[T]


class Filters(BaseModel):
    """Filters shared by articles, search and stories (days are ``YYYY-MM-DD``, inclusive)."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    entity: str | None = None
    story: int | None = None


def state(request: Request) -> ServeState:
    found: ServeState = request.app.state.warta
    return found


State = Annotated[ServeState, Depends(state)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10**9)]
Day = Annotated[str | None, Query(max_length=32, description="YYYY-MM-DD (inclusive)")]
Name = Annotated[str | None, Query(max_length=500)]
Id = Annotated[int | None, Query(ge=0, le=2**62)]
# Row ids: SQLite integers are 64-bit, so larger numbers can never name a row.
RowId = Annotated[int, Path(ge=0, le=2**62)]


def filters(
    since: Day = None, until: Day = None, outlet: Name = None, entity: Name = None, story: Id = None
) -> Filters:
    return Filters(since=since, until=until, outlet=outlet, entity=entity, story=story)


FilterArgs = Annotated[Filters, Depends(filters)]


def _found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no such {what}")
    return value


@router.get("/overview", response_model=Overview)
def overview(s: State) -> Any:
    """Corpus counts, date range, outlets and the most-mentioned actors."""
    return s.cached("overview", lambda store: store.overview())


@router.get("/articles", response_model=Page[ArticleRow])
def articles(s: State, f: FilterArgs, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Articles, newest first, with day-range / outlet / actor / story filters."""
    with s.read() as store:
        items = store.articles(**f.model_dump(), limit=limit, offset=offset)
        total = store.count_articles(**f.model_dump())
    return Page[ArticleRow](total=total, limit=limit, offset=offset, items=items)


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def article(s: State, article_id: RowId) -> Any:
    """One article with its full reading (the same fields as ``warta extract``)."""
    with s.read() as store:
        return _found(store.article(article_id), "article")


@router.get("/search", response_model=Page[SearchHit])
def search(
    s: State,
    f: FilterArgs,
    q: Annotated[str, Query(description="Words to find (any string is safe)")] = "",
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    """Full-text search (BM25) with snippets; matched words are wrapped in ``[`` ``]``."""
    q = q[:MAX_QUERY_CHARS]
    with s.read() as store:
        items = store.search(q, **f.model_dump(), limit=limit, offset=offset)
        total = store.count_search(q, **f.model_dump())
    return Page[SearchHit](total=total, limit=limit, offset=offset, items=items)


@router.get("/stories", response_model=Page[StorySummary])
def stories(
    s: State,
    f: FilterArgs,
    min_size: Annotated[int, Query(ge=1, le=10**6)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Stories (one event, one or more outlets), latest first."""
    args = f.model_dump(exclude={"story"})
    with s.read() as store:
        items = store.stories(**args, min_size=min_size, limit=limit, offset=offset)
        total = store.count_stories(min_size=min_size)
    return Page[StorySummary](total=total, limit=limit, offset=offset, items=items)


@router.get("/stories/{story_id}", response_model=StoryDetail)
def story(s: State, story_id: RowId) -> Any:
    """One story: articles, who said what, a timeline of dated events."""
    with s.read() as store:
        return _found(store.story(story_id), "story")


@router.get("/threads", response_model=Page[ThreadRow])
def threads(
    s: State,
    min_stories: Annotated[int, Query(ge=1, le=10**6)] = 2,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Threads (stories on one ongoing topic), latest first."""
    with s.read() as store:
        items = store.threads(min_stories=min_stories, limit=limit, offset=offset)
        total = store.count_threads(min_stories=min_stories)
    return Page[ThreadRow](total=total, limit=limit, offset=offset, items=items)


@router.get("/threads/{thread_id}", response_model=ThreadRow)
def thread(s: State, thread_id: RowId) -> Any:
    with s.read() as store:
        return _found(store.thread(thread_id), "thread")


@router.get("/entities", response_model=Page[CountRow])
def entities(s: State, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Actors by number of articles that mention them."""
    with s.read() as store:
        items = store.actors(limit=limit, offset=offset)
    total = s.cached("count_actors", lambda store: store.count_actors())
    return Page[CountRow](total=total, limit=limit, offset=offset, items=items)


@router.get("/entities/{name}", response_model=EntityView)
def entity(s: State, name: str, limit: Limit = 50) -> Any:
    """One actor (canonical name, case-insensitive): mentions per day, co-mentions, quotes."""
    with s.read() as store:
        return _found(store.entity(name[:500], limit=limit), "entity")


@router.get("/copies", response_model=Page[CopyGroup])
def copies(
    s: State,
    min_size: Annotated[int, Query(ge=1, le=10**6)] = 2,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Copy groups (identical or near-identical texts), largest first, earliest publisher."""
    with s.read() as store:
        items = store.copies(min_size=min_size, limit=limit, offset=offset)
        total = store.count_copies(min_size=min_size)
    return Page[CopyGroup](total=total, limit=limit, offset=offset, items=items)


@router.get("/copies/{group_id}", response_model=CopyGroup)
def copy_group(s: State, group_id: RowId) -> Any:
    with s.read() as store:
        return _found(store.copy_group(group_id), "copy group")


@router.get("/errors", response_model=Page[ErrorRow])
def errors(s: State, limit: Limit = 100, offset: Offset = 0) -> Any:
    """Documents that could not be read, with the reason."""
    with s.read() as store:
        items = store.errors(limit=limit, offset=offset)
        total = store.count_errors()
    return Page[ErrorRow](total=total, limit=limit, offset=offset, items=items)
