"""A story's readable parts, refreshed when it gains articles: title, main actors, a
multi-article extractive summary without repeated sentences, and a timeline of dated events."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from warta.link.text import words

SUMMARY_SENTENCES = 3
STORY_ACTORS = 8
# Articles read per story for its summary (the earliest ones; later copies add little).
SUMMARY_ARTICLES = 12
# Lead sentences per article offered to the summary when the article has no summary of its own.
LEAD_SENTENCES = 4
# Word-set Jaccard above which two sentences say the same thing (wire copies, re-writes).
REPEAT_JACCARD = 0.5
MAX_TIMELINE = 30
# Two outlets telling what happened on one day word it differently; on the same date a looser
# overlap already means the same event.
TIMELINE_REPEAT_JACCARD = 0.3
TITLE_CHARS = 100
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def candidate_sentences(article: dict[str, Any]) -> list[str]:
    """The article's own summary if it has one, else its lead sentences."""
    if article.get("summary"):
        return list(article["summary"])
    body = article.get("body") or ""
    spans = article.get("sentences") or []
    found = [body[s["start"] : s["end"]] for s in spans] or SENTENCE.findall(body)
    return [s.strip() for s in found if len(words(s)) >= 5][:LEAD_SENTENCES]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def summarise(articles: list[list[tuple[str, list[str]]]], centroid: dict[str, float]) -> list[str]:
    """Pick the sentences (``(text, stems)`` per article, in publication order) closest to the
    story's centroid, skipping any that repeat a pick; keep publication order."""
    pool: list[tuple[float, int, int, str]] = []
    for i, sentences in enumerate(articles):
        for j, (sentence, terms) in enumerate(sentences):
            score = sum(centroid.get(t, 0.0) for t in terms) / (1 + len(terms)) ** 0.5
            pool.append((score - 0.05 * j, i, j, sentence))
    picked: list[tuple[int, int, str]] = []
    seen: list[set[str]] = []
    for _, i, j, sentence in sorted(pool, key=lambda p: -p[0]):
        bag = set(words(sentence))
        if any(_jaccard(bag, other) >= REPEAT_JACCARD for other in seen):
            continue
        picked.append((i, j, sentence))
        seen.append(bag)
        if len(picked) == SUMMARY_SENTENCES:
            break
    return [s for _, _, s in sorted(picked)]


def _timeline(db: sqlite3.Connection, story: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT e.date, e.text, e.article_id FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE a.story_id = ? ORDER BY e.date, a.published, e.rowid",
        (story,),
    )
    out: list[dict[str, Any]] = []
    seen: list[tuple[str, set[str]]] = []
    for date, text, article_id in rows:
        bag = set(words(text))
        if any(d == date and _jaccard(bag, b) >= TIMELINE_REPEAT_JACCARD for d, b in seen):
            continue
        seen.append((date, bag))
        out.append({"date": date, "text": text, "article_id": article_id})
    return out[:MAX_TIMELINE]


def _article_sentences(db: sqlite3.Connection, article_id: int) -> list[tuple[str, list[str]]]:
    rows = db.execute(
        "SELECT text, terms FROM sentences WHERE article_id = ? ORDER BY pos", (article_id,)
    )
    return [(text, terms.split()) for text, terms in rows]


def refresh(db: sqlite3.Connection, stories: Iterable[int]) -> None:
    """Recompute title, actors, summary and timeline of the given stories."""
    for story in stories:
        rows = db.execute(
            "SELECT id, title FROM articles WHERE story_id = ? "
            "ORDER BY published IS NULL, published, id LIMIT ?",
            (story, SUMMARY_ARTICLES),
        ).fetchall()
        articles = [_article_sentences(db, r[0]) for r in rows]
        title = next((r[1] for r in rows if r[1]), None)
        actors = [
            r[0]
            for r in db.execute(
                "SELECT actor FROM story_actors WHERE story_id = ? ORDER BY count DESC, actor LIMIT ?",
                (story, STORY_ACTORS),
            )
        ]
        centroid = {
            t: w
            for t, w in db.execute(
                "SELECT term, weight FROM story_terms WHERE story_id = ?", (story,)
            )
        }
        summary = summarise(articles, centroid)
        if title is None and summary:
            title = _fallback_title(summary, actors)
        detail = {
            "actors": actors,
            "summary": summary,
            "timeline": _timeline(db, story),
        }
        db.execute(
            "UPDATE stories SET title = ?, detail = ? WHERE id = ?",
            (title, json.dumps(detail, ensure_ascii=False), story),
        )


def _fallback_title(summary: list[str], actors: list[str]) -> str:
    """No article has a headline: the summary sentence that names most of the story's actors
    (a lead such as "Pemerintahan ... itu pun kacau balau" names nobody and reads badly as a
    title), earliest on a tie, shortened to TITLE_CHARS."""

    def named(sentence: str) -> int:
        return sum(a in sentence or a.split()[-1] in sentence for a in actors if a.split())

    best = max(summary, key=named)
    if len(best) <= TITLE_CHARS:
        return best
    return best[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"
