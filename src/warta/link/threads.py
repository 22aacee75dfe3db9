"""Threads: stories about one ongoing topic (different events, same actors), linked
incrementally. A touched story is compared with the stories sharing its main actors; a pair
with enough shared actors and a looser text similarity joins their threads (the lower id wins,
so existing thread ids stay stable unless two threads merge)."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable

# A story's actors looked at for linking (its most mentioned ones).
THREAD_ACTORS = 6
# Shared main actors two stories need to be in one thread.
THREAD_MIN_SHARED_ACTORS = 2
# Cosine of story centroids for a thread link, below STORY_MIN_SIM (another event). Measured on
# the 3,463 IndoSum articles: at 0.12 links chain into 400-story "threads" (all of European
# football), at 0.25 still 160; at 0.3 the largest is 65. The seed pair (Putin on Taliban-ruled
# Afghanistan, 2021 and 2022) scores 0.34.
THREAD_MIN_SIM = 0.3
# Stories examined per touched story (the ones sharing most actors).
MAX_THREAD_CANDIDATES = 50


def _centroid(db: sqlite3.Connection, story: int) -> dict[str, float]:
    return {
        t: w
        for t, w in db.execute("SELECT term, weight FROM story_terms WHERE story_id = ?", (story,))
    }


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _main_actors(db: sqlite3.Connection, story: int) -> list[str]:
    rows = db.execute(
        "SELECT actor FROM story_actors WHERE story_id = ? ORDER BY count DESC, actor LIMIT ?",
        (story, THREAD_ACTORS),
    )
    return [r[0] for r in rows]


def link_threads(db: sqlite3.Connection, stories: Iterable[int]) -> None:
    """Link each touched story with related stories into threads."""
    for story in sorted(stories):
        actors = _main_actors(db, story)
        if len(actors) < THREAD_MIN_SHARED_ACTORS:
            continue
        marks = ",".join("?" * len(actors))
        rows = db.execute(
            f"SELECT story_id, count(*) n FROM story_actors WHERE actor IN ({marks}) "
            "AND story_id != ? GROUP BY story_id HAVING n >= ? ORDER BY n DESC LIMIT ?",
            (*actors, story, THREAD_MIN_SHARED_ACTORS, MAX_THREAD_CANDIDATES),
        ).fetchall()
        if not rows:
            continue
        mine = _centroid(db, story)
        for other, _ in rows:
            if (
                set(_main_actors(db, other)) & set(actors)
                and _cosine(mine, _centroid(db, other)) >= THREAD_MIN_SIM
            ):
                _join(db, story, int(other))


def _join(db: sqlite3.Connection, a: int, b: int) -> None:
    ta, tb = (
        db.execute("SELECT coalesce(thread_id, id) FROM stories WHERE id = ?", (s,)).fetchone()[0]
        for s in (a, b)
    )
    if ta == tb:
        return
    keep, drop = min(ta, tb), max(ta, tb)
    db.execute(
        "UPDATE stories SET thread_id = ? WHERE thread_id = ? OR id IN (?, ?)", (keep, drop, a, b)
    )
