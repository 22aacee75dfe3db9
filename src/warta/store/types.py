"""The JSON-ready shapes the :class:`~warta.store.Store` read API returns (plain dicts, typed)."""

from __future__ import annotations

from typing import Any

from typing_extensions import TypedDict  # pydantic (web response models) needs this on 3.11


class ArticleRow(TypedDict):
    """One article in a listing."""

    id: int
    source: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    story_id: int | None
    copy_group: int | None


class ArticleDetail(ArticleRow):
    """One article with its full reading (``Article.to_dict()``) under ``article``."""

    article: dict[str, Any]


class SearchHit(ArticleRow):
    """A search result: ``snippet`` marks matched words with ``[`` ``]``; lower ``score`` is better
    (FTS5 BM25 rank)."""

    snippet: str
    score: float


class QuoteRow(TypedDict):
    speaker: str | None
    text: str
    kind: str
    article_id: int
    source: str
    outlet: str | None
    published: str | None


class TimelineEvent(TypedDict):
    date: str
    text: str
    article_id: int


class StorySummary(TypedDict):
    """One story (articles from one or more outlets about one event)."""

    story_id: int
    title: str | None
    first: str | None
    last: str | None
    outlets: list[str]
    articles: list[str]
    actors: list[str]
    summary: list[str]
    size: int
    thread_id: int | None


class StoryDetail(StorySummary):
    """A story with its articles, who said what, and a timeline of dated events."""

    article_list: list[ArticleRow]
    quotes: list[QuoteRow]
    timeline: list[TimelineEvent]


class ThreadRow(TypedDict):
    """Stories about one ongoing topic, linked by shared actors and looser similarity."""

    thread_id: int
    title: str | None
    first: str | None
    last: str | None
    actors: list[str]
    stories: list[StorySummary]


class CountRow(TypedDict):
    name: str
    count: int


class DayCount(TypedDict):
    day: str
    count: int


class EntityView(TypedDict):
    """An actor across the corpus: mentions per day, co-mentioned actors, its quotes."""

    name: str
    label: str | None
    articles: int
    mentions: list[DayCount]
    co_mentioned: list[CountRow]
    quotes: list[QuoteRow]
    stories: list[int]


class CopyMember(ArticleRow):
    similarity: float | None


class CopyGroup(TypedDict):
    """Copies and near-copies of one text; ``first`` is the earliest publisher."""

    copy_group: int
    size: int
    first: ArticleRow | None
    similarity: float | None
    agency: str | None
    articles: list[CopyMember]


class ErrorRow(TypedDict):
    id: int
    source: str
    kind: str
    problem: str
    at: str


class Overview(TypedDict):
    """Counts for the corpus front page."""

    articles: int
    stories: int
    threads: int
    copy_groups: int
    errors: int
    first: str | None
    last: str | None
    outlets: list[CountRow]
    top_actors: list[CountRow]
