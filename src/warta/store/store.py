"""``Store``: the embedded SQLite corpus (WAL) and its read API.

Every read method returns plain JSON-ready dicts (see :mod:`warta.store.types`) so the CLI and
the web layer format the same values. Writes happen through :mod:`warta.store.write`, used by
ingest. Dates are ISO 8601 strings; ``since``/``until`` filters compare the publication day
(``YYYY-MM-DD``), both ends inclusive.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.errors import StoreError
from warta.store import queries
from warta.store.schema import migrate
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

if TYPE_CHECKING:
    from warta.link.text import Stemmer

DEFAULT_DB = "warta.db"
# Wait this long for a writer's lock instead of failing at once (ingest commits in batches).
BUSY_TIMEOUT_MS = 10_000
# Page cache (KiB) of a writing connection: the story and copy indexes are read for every new
# article, and SQLite's 2 MB default made a 30k-article ingest re-read them from the OS.
WRITER_CACHE_KIB = 256 * 1024
# WAL pages between automatic checkpoints (SQLite's default is 1,000). A batch dirties pages
# all over the indexes; checkpointing every ~80 MB instead of every 4 MB writes each page back
# once per many batches: measured on a 3,000-article batch into a 100k-article corpus,
# 58.0 s -> 50.8 s. The WAL file grows to about that size between checkpoints.
WAL_CHECKPOINT_PAGES = 20_000


class Store:
    """A warta corpus database. Open with :meth:`open`; usable as a context manager.

    ``readonly=True`` opens through a ``file:...?mode=ro`` URI (several readers, e.g. web
    workers, may share the file while an ingest writes to it). Connections are made with
    ``check_same_thread=False`` so a web server's thread pool can share one read-only store.
    """

    def __init__(self, db: sqlite3.Connection, path: str, *, readonly: bool) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> Store:
        """Open (and, unless read-only, create and migrate) the database at ``path``.

        Raises :class:`~warta.errors.StoreError` when a read-only database does not exist or
        the file is not a warta database.
        """
        name = str(path)
        if readonly and not Path(name).is_file():
            raise StoreError(name, "no such corpus database (run `warta ingest` first)")
        try:
            if readonly:
                uri = Path(name).resolve().as_uri() + "?mode=ro"
                db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                db = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not readonly:
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
                db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                migrate(db)
            else:
                db.execute("SELECT 1 FROM articles LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise StoreError(name, f"not a warta corpus database ({exc})") from None
        db.row_factory = sqlite3.Row
        return cls(db, name, readonly=readonly)

    @cached_property
    def stemmer(self) -> Stemmer:
        """The query stemmer (its dictionary loads once per store, and stems are cached)."""
        from warta.link.text import Stemmer

        return Stemmer()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------

    def articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        story: int | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[ArticleRow]:
        """Articles, newest first, filtered by day range, outlet, actor (canonical) or story."""
        where, params = queries.filters(since, until, outlet, entity, story)
        rows = self.db.execute(
            f"SELECT {queries.ARTICLE_COLUMNS} FROM articles a WHERE {where} "
            "ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [queries.article_row(r) for r in rows]

    def count_articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        story: int | None = None,
    ) -> int:
        """How many articles :meth:`articles` would list without ``limit``."""
        where, params = queries.filters(since, until, outlet, entity, story)
        return int(
            self.db.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]
        )

    def article(self, article_id: int) -> ArticleDetail | None:
        """One article with its full reading, or None."""
        row = self.db.execute(
            f"SELECT {queries.ARTICLE_COLUMNS}, a.data FROM articles a WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        out: dict[str, Any] = dict(queries.article_row(row))
        out["article"] = json.loads(row["data"])
        return out  # type: ignore[return-value]

    def article_by_source(self, source: str) -> ArticleDetail | None:
        """The article first ingested from ``source`` (path, URL or JSONL id), or None."""
        row = self.db.execute(
            "SELECT article_id FROM documents WHERE source = ? LIMIT 1", (source,)
        ).fetchone()
        return self.article(row[0]) if row else None

    # -- search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        story: int | None = None,
        limit: int = 20,
        offset: int = 0,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """Full-text search (BM25) over title, body, entities and stemmed words.

        Any string is a valid query: every word is quoted, so FTS5 syntax never leaks through.
        Each word must match, either as written or by its stem ("menormalisasi" finds
        "normalisasi"). An empty query returns []. ``marks`` wrap matched words in snippets.
        """
        from warta.store.search import search

        return search(
            self.db,
            query,
            queries.filters(since, until, outlet, entity, story),
            limit=limit,
            offset=offset,
            stemmer=self.stemmer,
            marks=marks,
        )

    def count_search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        story: int | None = None,
    ) -> int:
        """How many articles :meth:`search` would find without ``limit`` (for pagination)."""
        from warta.store.search import count

        return count(
            self.db, query, queries.filters(since, until, outlet, entity, story), self.stemmer
        )

    def search_outlets(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        story: int | None = None,
    ) -> list[CountRow]:
        """Matches of :meth:`search` per outlet, most first (a facet for the search page)."""
        from warta.store.search import outlet_counts

        where = queries.filters(since, until, outlet, entity, story)
        return outlet_counts(self.db, query, where, self.stemmer)

    # -- stories and threads ------------------------------------------------------------------

    def stories(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        entity: str | None = None,
        min_size: int = 1,
        limit: int = 50,
        offset: int = 0,
    ) -> list[StorySummary]:
        """Stories, latest first; a story matches a filter when one of its articles does."""
        return queries.stories(self.db, since, until, outlet, entity, min_size, limit, offset)

    def count_stories(self, *, min_size: int = 1) -> int:
        """How many stories have at least ``min_size`` articles."""
        row = self.db.execute("SELECT count(*) FROM stories WHERE size >= ?", (min_size,))
        return int(row.fetchone()[0])

    def story_titles(self, story_ids: list[int]) -> dict[int, str]:
        """Title of each story id (ids of missing stories are left out)."""
        marks = ",".join("?" * len(story_ids))
        rows = self.db.execute(
            f"SELECT id, title FROM stories WHERE id IN ({marks}) ORDER BY id", story_ids
        )
        return {int(i): t or f"story {i}" for i, t in rows}

    def story(self, story_id: int) -> StoryDetail | None:
        """One story with articles, who-said-what and its timeline, or None."""
        return queries.story(self.db, story_id)

    def threads(self, *, min_stories: int = 2, limit: int = 50, offset: int = 0) -> list[ThreadRow]:
        """Threads with at least ``min_stories`` stories, latest first."""
        return queries.threads(self.db, min_stories, limit, offset)

    def count_threads(self, *, min_stories: int = 2) -> int:
        """How many threads have at least ``min_stories`` stories."""
        row = self.db.execute(
            "SELECT count(*) FROM (SELECT thread_id FROM stories WHERE thread_id IS NOT NULL "
            "GROUP BY thread_id HAVING count(*) >= ?)",
            (min_stories,),
        )
        return int(row.fetchone()[0])

    def count_copies(self, *, min_size: int = 2) -> int:
        """How many copy groups have at least ``min_size`` articles."""
        row = self.db.execute("SELECT count(*) FROM copy_groups WHERE size >= ?", (min_size,))
        return int(row.fetchone()[0])

    def count_errors(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM errors").fetchone()[0])

    def thread(self, thread_id: int) -> ThreadRow | None:
        """One thread with all its stories, or None."""
        found = queries.threads(self.db, 1, 1, 0, thread_id=thread_id)
        return found[0] if found else None

    # -- actors, copies, errors, counts ---------------------------------------------------------

    def entity(self, name: str, *, limit: int = 50) -> EntityView | None:
        """An actor by canonical name (case-insensitive): mentions per day, co-mentioned actors,
        quotes it said, and its stories. None when the corpus never mentions it."""
        return queries.entity(self.db, name, limit)

    def actors(self, *, limit: int = 50, offset: int = 0) -> list[CountRow]:
        """Actors (canonical names) by the number of articles that mention them."""
        rows = self.db.execute(
            "SELECT canonical, count(*) n FROM mentions GROUP BY canonical "
            "ORDER BY n DESC, canonical LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [CountRow(name=r[0], count=int(r[1])) for r in rows]

    def count_actors(self) -> int:
        return int(self.db.execute("SELECT count(DISTINCT canonical) FROM mentions").fetchone()[0])

    def copies(self, *, min_size: int = 2, limit: int = 50, offset: int = 0) -> list[CopyGroup]:
        """Copy groups (identical or near-identical texts across articles), largest first."""
        return queries.copies(self.db, min_size, limit, offset)

    def copy_group(self, group_id: int) -> CopyGroup | None:
        found = queries.copies(self.db, 1, 1, 0, group_id=group_id)
        return found[0] if found else None

    def errors(self, *, limit: int = 100, offset: int = 0) -> list[ErrorRow]:
        """Documents that could not be read, oldest first."""
        rows = self.db.execute(
            "SELECT id, source, kind, problem, at FROM errors ORDER BY id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [ErrorRow(**dict(r)) for r in rows]  # type: ignore[typeddict-item]

    def overview(self) -> Overview:
        """Counts, date range, outlets and most-mentioned actors."""
        return queries.overview(self.db)

    def outlets(self) -> list[str]:
        """Every outlet name in the corpus, sorted."""
        rows = self.db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )
        return [r[0] for r in rows]
