"""Stories, online: each new article joins the most similar recent story or founds a new one.

An article is a unit TF-IDF vector of stemmed content words (title words count more); a story
keeps the sum of its articles' vectors (top terms only) and its actors. Candidates are stories
active within :data:`STORY_WINDOW_DAYS` of the article; the cosine is computed in SQL over the
``story_terms`` index. Joining needs high text similarity, or moderate similarity plus shared
actors, so an article about another event of the same actors stays out. Story ids never change.
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from collections.abc import Mapping, Sequence

# Two reports of one event are published within days; a later article is another event.
STORY_WINDOW_DAYS = 4
# Cosine to the story centroid that makes an article part of the story on text alone.
STORY_MIN_SIM = 0.40
# Lower cosine accepted when the article shares at least STORY_MIN_SHARED_ACTORS actors.
STORY_MIN_SIM_ACTORS = 0.25
STORY_MIN_SHARED_ACTORS = 2
# Without a date on either side time cannot separate two events of the same actors, so only
# re-write-level similarity joins.
STORY_MIN_SIM_UNDATED = 0.55
# Terms kept in a story centroid (enough to describe an event, bounded per story).
MAX_STORY_TERMS = 120
# An article's highest-weighted terms used to find candidate stories, and how many candidates
# get an exact cosine.
PROBE_TERMS = 15
MAX_CANDIDATES = 8
# ``story_terms.last`` of a story without any date: sorts after every date, so undated stories
# stay candidates for any article.
UNDATED = "9999"
# Longest a story runs (first to last report) for candidate lookup: a story whose last report
# is later than this after the new article's window cannot be the article's event.
MAX_STORY_SPAN_DAYS = 30
# Actors kept per story profile.
MAX_STORY_ACTORS = 30


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


class StoryLinker:
    """Assigns stories within one write transaction; caches document frequencies."""

    def __init__(
        self, db: sqlite3.Connection, background: tuple[int, Mapping[str, int]] = (0, {})
    ) -> None:
        self.db = db
        row = db.execute("SELECT value FROM meta WHERE key = 'docs'").fetchone()
        self.n_docs = int(row[0]) if row else 0
        # Background document frequencies (a news corpus) make IDF meaningful from the first
        # article on; the corpus's own counts are added to them.
        self.bg_docs, self.bg_df = background
        self.df: dict[str, int] = {}
        self.touched: set[int] = set()

    def _load_df(self, terms: Sequence[str]) -> None:
        missing = [t for t in terms if t not in self.df]
        for i in range(0, len(missing), 500):
            part = missing[i : i + 500]
            marks = ",".join("?" * len(part))
            for term, df in self.db.execute(
                f"SELECT term, df FROM terms WHERE term IN ({marks})", part
            ):
                self.df[term] = df
            for term in part:
                self.df.setdefault(term, 0)

    def vector(self, terms: Mapping[str, int]) -> dict[str, float]:
        """Unit TF-IDF vector (sublinear tf) of an article's term counts."""
        self._load_df(list(terms))
        n = self.n_docs + 1
        vec = {
            t: (1.0 + math.log(c)) * (math.log(n / (self.df[t] + 1)) + 1.0)
            for t, c in terms.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}

    def count_terms(self, terms: Sequence[str]) -> None:
        """Add one document's terms to the corpus document frequencies."""
        self.db.executemany(
            "INSERT INTO terms VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in terms],
        )
        for t in terms:
            self.df[t] = self.df.get(t, 0) + 1
        self.n_docs += 1
        self.db.execute(
            "INSERT INTO meta VALUES ('docs', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(self.n_docs),),
        )

    def assign(
        self,
        article_id: int,
        terms: Mapping[str, int],
        actors: Sequence[str],
        published: str | None,
    ) -> int:
        """Put the article in a story (existing or new) and return the story id."""
        vec = self.vector(terms)
        self.count_terms(list(terms))
        day = _day(published)
        story = self._best(vec, actors, day)
        if story is None:
            story = int(
                self.db.execute(
                    "INSERT INTO stories (size, first, last) VALUES (0, ?, ?)",
                    (published, published),
                ).lastrowid  # type: ignore[arg-type]
            )
            self.db.execute("UPDATE stories SET thread_id = ? WHERE id = ?", (story, story))
        self._add(story, article_id, vec, actors, published)
        self.touched.add(story)
        return story

    def _best(
        self, vec: Mapping[str, float], actors: Sequence[str], day: dt.date | None
    ) -> int | None:
        for story, cos in self._candidates(vec, day):
            if day is None or self._undated(story):
                if cos >= STORY_MIN_SIM_UNDATED:
                    return story
                continue
            if cos >= STORY_MIN_SIM:
                return story
            if (
                cos >= STORY_MIN_SIM_ACTORS
                and self._shared(story, actors) >= STORY_MIN_SHARED_ACTORS
            ):
                return story
        return None

    def _candidates(self, vec: Mapping[str, float], day: dt.date | None) -> list[tuple[int, float]]:
        """Stories in the time window sharing the article's most specific terms, with their exact
        cosine, best first. Looking up only the top terms keeps posting lists short."""
        probe = sorted(vec.items(), key=lambda tw: -tw[1])[:PROBE_TERMS]
        if not probe:
            return []
        values = ",".join("(?, ?)" for _ in probe)
        params: list[object] = [x for tw in probe for x in tw]
        if day is None:
            postings = "SELECT st.story_id, st.weight * q.w AS x FROM q JOIN story_terms st ON st.term = q.term"
            window = ""
        else:
            lo = (day - dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()
            hi = (day + dt.timedelta(days=STORY_WINDOW_DAYS + 1)).isoformat()
            top = (day + dt.timedelta(days=STORY_WINDOW_DAYS + MAX_STORY_SPAN_DAYS)).isoformat()
            # Two index ranges on (term, last): dated stories that can reach the window, and
            # undated ones. Bounded on both sides, the postings read depend on how many
            # stories run at that time, not on the size of the corpus.
            postings = (
                "SELECT st.story_id, st.weight * q.w AS x FROM q JOIN story_terms st "
                "ON st.term = q.term AND st.last >= ? AND st.last < ? "
                "UNION ALL SELECT st.story_id, st.weight * q.w FROM q JOIN story_terms st "
                "ON st.term = q.term AND st.last = ?"
            )
            params += [lo, top, UNDATED]
            window = "AND (s.first IS NULL OR s.first < ?)"
            params.append(hi)
        rows = self.db.execute(
            f"WITH q(term, w) AS (VALUES {values}), p AS ({postings}) "
            "SELECT s.id, s.norm FROM p JOIN stories s ON s.id = p.story_id "
            f"WHERE 1 {window} GROUP BY s.id ORDER BY sum(p.x) / max(s.norm, 1e-9) DESC "
            f"LIMIT {MAX_CANDIDATES}",
            params,
        ).fetchall()
        scored = []
        for story, norm in rows:
            terms = self.db.execute(
                "SELECT term, weight FROM story_terms WHERE story_id = ?", (story,)
            )
            dot = sum(w * vec.get(t, 0.0) for t, w in terms)
            scored.append((int(story), dot / max(norm, 1e-9)))
        return sorted(scored, key=lambda sc: -sc[1])

    def _undated(self, story: int) -> bool:
        return (
            self.db.execute("SELECT first FROM stories WHERE id = ?", (story,)).fetchone()[0]
            is None
        )

    def _shared(self, story: int, actors: Sequence[str]) -> int:
        if not actors:
            return 0
        marks = ",".join("?" * len(actors))
        row = self.db.execute(
            f"SELECT count(*) FROM story_actors WHERE story_id = ? AND actor IN ({marks})",
            (story, *actors),
        ).fetchone()
        return int(row[0])

    def _add(
        self,
        story: int,
        article_id: int,
        vec: Mapping[str, float],
        actors: Sequence[str],
        published: str | None,
    ) -> None:
        total = {
            t: w
            for t, w in self.db.execute(
                "SELECT term, weight FROM story_terms WHERE story_id = ?", (story,)
            )
        }
        for t, w in vec.items():
            total[t] = total.get(t, 0.0) + w
        kept = sorted(total.items(), key=lambda tw: -tw[1])[:MAX_STORY_TERMS]
        norm = math.sqrt(sum(w * w for _, w in kept))
        self.db.execute("DELETE FROM story_terms WHERE story_id = ?", (story,))
        row = self.db.execute("SELECT last FROM stories WHERE id = ?", (story,)).fetchone()
        last = max(filter(None, (row[0], published)), default=UNDATED)
        self.db.executemany(
            "INSERT INTO story_terms (story_id, term, weight, last) VALUES (?, ?, ?, ?)",
            [(story, t, w, last) for t, w in kept],
        )
        self.db.executemany(
            "INSERT INTO story_actors VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
            [(story, a) for a in dict.fromkeys(actors)],
        )
        self.db.execute(
            "UPDATE stories SET size = size + 1, norm = ?, "
            "first = CASE WHEN first IS NULL OR ? < first THEN coalesce(?, first) ELSE first END, "
            "last = CASE WHEN last IS NULL OR ? > last THEN coalesce(?, last) ELSE last END "
            "WHERE id = ?",
            (norm, published, published, published, published, story),
        )
        self.db.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article_id))
