"""Threads: stories about one ongoing topic (different events, same actors), linked
incrementally. A touched story is compared with the stories sharing its main actors; a pair
with enough shared actors and a looser text similarity joins their threads (the lower id wins,
so existing thread ids stay stable unless two threads merge)."""

from __future__ import annotations

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
# Latest stories looked at per actor: an actor in thousands of stories (a president, a country)
# would otherwise make every link scan all of them, so the cost of an ingest would grow with the
# corpus; the latest ones are where an ongoing topic continues.
RECENT_STORIES_PER_ACTOR = 400


def _cosine(db: sqlite3.Connection, a: int, b: int) -> float:
    """Cosine of two story centroids, computed in SQLite over the shorter primary-key ranges
    (``stories.norm`` is the norm of the stored centroid terms)."""
    row = db.execute(
        "SELECT sum(x.weight * y.weight), (SELECT norm FROM stories WHERE id = ?), "
        "(SELECT norm FROM stories WHERE id = ?) FROM story_terms x "
        "JOIN story_terms y ON y.story_id = ? AND y.term = x.term WHERE x.story_id = ?",
        (a, b, b, a),
    ).fetchone()
    dot, na, nb = row
    return float(dot) / (na * nb) if dot and na and nb else 0.0


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
        rows = _sharing(db, story, actors)
        if not rows:
            continue
        for other in rows:
            if (
                set(_main_actors(db, other)) & set(actors)
                and _cosine(db, story, other) >= THREAD_MIN_SIM
            ):
                _join(db, story, int(other))


def _sharing(db: sqlite3.Connection, story: int, actors: list[str]) -> list[int]:
    """Stories sharing at least THREAD_MIN_SHARED_ACTORS of ``actors`` (most shared first),
    among the latest stories of each actor (an index range on (actor, story_id))."""
    shared: dict[int, int] = {}
    for actor in actors:
        rows = db.execute(
            "SELECT story_id FROM story_actors WHERE actor = ? ORDER BY story_id DESC LIMIT ?",
            (actor, RECENT_STORIES_PER_ACTOR),
        )
        for (other,) in rows:
            if other != story:
                shared[other] = shared.get(other, 0) + 1
    found = [s for s, n in shared.items() if n >= THREAD_MIN_SHARED_ACTORS]
    found.sort(key=lambda s: (-shared[s], -s))
    return found[:MAX_THREAD_CANDIDATES]


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
