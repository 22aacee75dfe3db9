"""SQL behind the :class:`~warta.store.Store` read API."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from warta.store.types import (
    ArticleRow,
    CopyGroup,
    CopyMember,
    CountRow,
    DayCount,
    EntityView,
    Overview,
    QuoteRow,
    StoryDetail,
    StorySummary,
    ThreadRow,
)

ARTICLE_COLUMNS = "a.id, a.source, a.title, a.outlet, a.published, a.url, a.story_id, a.copy_group"


def article_row(row: sqlite3.Row) -> ArticleRow:
    return ArticleRow(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        url=row["url"],
        story_id=row["story_id"],
        copy_group=row["copy_group"],
    )


def filters(
    since: str | None,
    until: str | None,
    outlet: str | None,
    entity: str | None,
    story: int | None,
) -> tuple[str, list[Any]]:
    """A WHERE clause over ``articles a`` and its parameters."""
    parts = ["1"]
    params: list[Any] = []
    if since:
        parts.append("a.day >= ?")
        params.append(since[:10])
    if until:
        parts.append("a.day <= ?")
        params.append(until[:10])
    if outlet:
        parts.append("a.outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if entity:
        parts.append("a.id IN (SELECT article_id FROM mentions WHERE canonical = ? COLLATE NOCASE)")
        params.append(entity)
    if story is not None:
        parts.append("a.story_id = ?")
        params.append(story)
    return " AND ".join(parts), params


def _story_summary(db: sqlite3.Connection, row: sqlite3.Row) -> StorySummary:
    detail = json.loads(row["detail"] or "{}")
    members = db.execute(
        "SELECT source, outlet FROM articles WHERE story_id = ? ORDER BY published, id",
        (row["id"],),
    ).fetchall()
    outlets = list(dict.fromkeys(m["outlet"] for m in members if m["outlet"]))
    return StorySummary(
        story_id=row["id"],
        title=row["title"],
        first=row["first"],
        last=row["last"],
        outlets=outlets,
        articles=[m["source"] for m in members],
        actors=detail.get("actors", []),
        summary=detail.get("summary", []),
        size=row["size"],
        thread_id=row["thread_id"],
    )


def stories(
    db: sqlite3.Connection,
    since: str | None,
    until: str | None,
    outlet: str | None,
    entity: str | None,
    min_size: int,
    limit: int,
    offset: int,
) -> list[StorySummary]:
    where, params = filters(since, until, outlet, entity, None)
    rows = db.execute(
        "SELECT s.* FROM stories s WHERE s.size >= ? AND s.id IN "
        f"(SELECT a.story_id FROM articles a WHERE {where}) "
        "ORDER BY s.last IS NULL, s.last DESC, s.id DESC LIMIT ? OFFSET ?",
        (min_size, *params, limit, offset),
    )
    return [_story_summary(db, r) for r in rows.fetchall()]


def _quotes(db: sqlite3.Connection, where: str, params: tuple[Any, ...]) -> list[QuoteRow]:
    rows = db.execute(
        "SELECT q.speaker, q.text, q.kind, q.article_id, a.source, a.outlet, a.published "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {where} "
        "ORDER BY a.published, q.id",
        params,
    )
    return [QuoteRow(**dict(r)) for r in rows]  # type: ignore[typeddict-item]


def story(db: sqlite3.Connection, story_id: int) -> StoryDetail | None:
    row = db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    out: dict[str, Any] = dict(_story_summary(db, row))
    members = db.execute(
        f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.story_id = ? ORDER BY a.published, a.id",
        (story_id,),
    )
    out["article_list"] = [article_row(r) for r in members]
    out["quotes"] = _quotes(db, "a.story_id = ?", (story_id,))
    out["timeline"] = json.loads(row["detail"] or "{}").get("timeline", [])
    return out  # type: ignore[return-value]


def threads(
    db: sqlite3.Connection,
    min_stories: int,
    limit: int,
    offset: int,
    *,
    thread_id: int | None = None,
) -> list[ThreadRow]:
    where = "thread_id = ?" if thread_id is not None else "thread_id IS NOT NULL"
    params: tuple[Any, ...] = (thread_id,) if thread_id is not None else ()
    heads = db.execute(
        f"SELECT thread_id, count(*) n, min(first) f, max(last) l FROM stories WHERE {where} "
        "GROUP BY thread_id HAVING n >= ? ORDER BY l IS NULL, l DESC, thread_id LIMIT ? OFFSET ?",
        (*params, min_stories, limit, offset),
    ).fetchall()
    out = []
    for head in heads:
        rows = db.execute(
            "SELECT * FROM stories WHERE thread_id = ? ORDER BY first, id", (head["thread_id"],)
        ).fetchall()
        members = [_story_summary(db, r) for r in rows]
        counts: dict[str, int] = {}
        for m in members:
            for actor in m["actors"]:
                counts[actor] = counts.get(actor, 0) + 1
        shared = sorted(counts, key=lambda a: (-counts[a], a))[:8]
        biggest = max(members, key=lambda m: m["size"])
        out.append(
            ThreadRow(
                thread_id=head["thread_id"],
                title=biggest["title"],
                first=head["f"],
                last=head["l"],
                actors=shared,
                stories=members,
            )
        )
    return out


def entity(db: sqlite3.Connection, name: str, limit: int) -> EntityView | None:
    found = db.execute(
        "SELECT canonical, label, count(*) FROM mentions WHERE canonical = ? COLLATE NOCASE "
        "GROUP BY canonical, label ORDER BY count(*) DESC",
        (name,),
    ).fetchone()
    if found is None:
        # "Putin" finds "Vladimir Putin": the most mentioned actor whose name contains it.
        found = db.execute(
            "SELECT canonical, label, count(*) n FROM mentions WHERE ' ' || canonical || ' ' "
            "LIKE ? GROUP BY canonical, label ORDER BY n DESC LIMIT 1",
            (f"% {name.strip()} %",),
        ).fetchone()
    if found is None:
        return None
    canonical = found[0]
    days = db.execute(
        "SELECT a.day, sum(m.count) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.canonical = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day",
        (canonical,),
    )
    co = db.execute(
        "SELECT o.canonical, count(*) n FROM mentions m JOIN mentions o "
        "ON o.article_id = m.article_id AND o.canonical != m.canonical "
        "WHERE m.canonical = ? GROUP BY o.canonical ORDER BY n DESC, o.canonical LIMIT ?",
        (canonical, limit),
    )
    story_ids = db.execute(
        "SELECT DISTINCT a.story_id FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.canonical = ? AND a.story_id IS NOT NULL ORDER BY a.story_id",
        (canonical,),
    )
    n = db.execute("SELECT count(*) FROM mentions WHERE canonical = ?", (canonical,)).fetchone()
    return EntityView(
        name=canonical,
        label=found[1],
        articles=int(n[0]),
        mentions=[DayCount(day=d, count=int(c)) for d, c in days],
        co_mentioned=[CountRow(name=c, count=int(k)) for c, k in co],
        quotes=_quotes(db, "q.speaker = ?", (canonical,))[:limit],
        stories=[r[0] for r in story_ids],
    )


def copies(
    db: sqlite3.Connection, min_size: int, limit: int, offset: int, *, group_id: int | None = None
) -> list[CopyGroup]:
    where = "id = ?" if group_id is not None else "1"
    params: tuple[Any, ...] = (group_id,) if group_id is not None else ()
    groups = db.execute(
        f"SELECT * FROM copy_groups WHERE {where} AND size >= ? "
        "ORDER BY size DESC, id LIMIT ? OFFSET ?",
        (*params, min_size, limit, offset),
    ).fetchall()
    out = []
    for g in groups:
        rows = db.execute(
            f"SELECT {ARTICLE_COLUMNS}, a.copy_similarity FROM articles a WHERE a.copy_group = ? "
            "ORDER BY a.published IS NULL, a.published, a.id",
            (g["id"],),
        ).fetchall()
        members = [CopyMember(**article_row(r), similarity=r["copy_similarity"]) for r in rows]
        first = next((article_row(r) for r in rows if r["id"] == g["first_article"]), None)
        out.append(
            CopyGroup(
                copy_group=g["id"],
                size=g["size"],
                first=first,
                similarity=g["similarity"],
                agency=g["agency"],
                articles=members,
            )
        )
    return out


def overview(db: sqlite3.Connection) -> Overview:
    def one(sql: str) -> Any:
        return db.execute(sql).fetchone()[0]

    span = db.execute("SELECT min(published), max(published) FROM articles").fetchone()
    outlets = db.execute(
        "SELECT outlet, count(*) n FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY n DESC, outlet"
    )
    actors = db.execute(
        "SELECT canonical, count(*) n FROM mentions GROUP BY canonical ORDER BY n DESC LIMIT 20"
    )
    return Overview(
        articles=int(one("SELECT count(*) FROM articles")),
        stories=int(one("SELECT count(*) FROM stories")),
        threads=int(
            one(
                "SELECT count(*) FROM (SELECT thread_id FROM stories WHERE thread_id IS NOT NULL "
                "GROUP BY thread_id HAVING count(*) >= 2)"
            )
        ),
        copy_groups=int(one("SELECT count(*) FROM copy_groups WHERE size >= 2")),
        errors=int(one("SELECT count(*) FROM errors")),
        first=span[0],
        last=span[1],
        outlets=[CountRow(name=o, count=int(n)) for o, n in outlets],
        top_actors=[CountRow(name=a, count=int(n)) for a, n in actors],
    )
