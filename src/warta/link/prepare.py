"""Everything the corpus needs from one article, computed where the article is read (in a
worker process), so the single writer only inserts and compares."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

from warta.link.detail import candidate_sentences
from warta.link.fingerprint import content_hash, minhash, normalise_url
from warta.link.text import Stemmer
from warta.link.timeline import dated_events
from warta.model import Article

# Title words say what the story is about more than body words: count them this many times.
TITLE_WEIGHT = 3
# Content terms kept per article for story matching (the rest barely move a cosine).
MAX_TERMS = 80
# Actors kept per article.
MAX_ACTORS = 12
ACTOR_LABELS = ("PER", "ORG")
# Fallback actors (when the language layer found no entities): runs of capitalised words.
CAPITALISED = re.compile(r"(?<![.!?\"'\n]\s)(?<!^)\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


@dataclass(frozen=True)
class Prepared:
    """One read article plus its fingerprints, terms, actors and dated events."""

    source: str
    doc_hash: str
    article: dict[str, Any]
    content_hash: str
    url_norm: str | None
    stemmed: str
    entity_text: str
    terms: dict[str, int]
    signature: bytes
    mentions: tuple[tuple[str, str, int], ...]
    actors: tuple[str, ...]
    events: tuple[tuple[str, str], ...]
    agency: str | None
    sentences: tuple[tuple[str, tuple[str, ...]], ...] = ()


class Preparer:
    """Holds the stemmer and the agency list (both cached per process)."""

    def __init__(self, stem: Callable[[str], str] | None = None) -> None:
        # ``stem``: the language layer's memoised stemmer, so each word is stemmed once.
        self.stemmer = Stemmer(stem)

    @cached_property
    def agencies(self) -> list[tuple[str, re.Pattern[str]]]:
        text = resources.files("warta.data").joinpath("link/agencies.txt").read_text("utf-8")
        out = []
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                names = line.strip().split("|")
                alts = "|".join(re.escape(n) for n in names)
                out.append((names[0], re.compile(rf"\b(?:{alts})\b")))
        return out

    def prepare(self, article: Article, doc_hash: str) -> Prepared:
        body = article.body
        title = article.title or ""
        terms = self.stemmer.content_terms(body)
        for term, n in self.stemmer.content_terms(title).items():
            terms[term] += n * TITLE_WEIGHT
        mentions = _mentions(article)
        # People and organisations are the actors; places are context ("Jakarta", "Indonesia").
        actors = tuple(m[0] for m in mentions if m[1] in ACTOR_LABELS)[:MAX_ACTORS]
        if not article.entities:
            actors = _fallback_actors(body, self.stemmer)
        return Prepared(
            source=article.source,
            doc_hash=doc_hash,
            article=article.to_dict(),
            content_hash=content_hash(title + "\n" + body if not body.strip() else body),
            url_norm=normalise_url(article.url),
            stemmed=self.stemmer.stem_text(title + "\n" + body),
            entity_text=" ".join(
                sorted({e.canonical for e in article.entities} | {e.text for e in article.entities})
            ),
            terms=dict(terms.most_common(MAX_TERMS)),
            signature=minhash(body).tobytes(),
            mentions=tuple(mentions),
            actors=actors,
            events=tuple(dated_events(body, article.published)),
            agency=self.agency(article),
            sentences=tuple(
                (text, tuple(self.stemmer.content_terms(text)))
                for text in candidate_sentences(article.to_dict())
            ),
        )

    def agency(self, article: Article) -> str | None:
        """The wire agency or cited medium the article credits, if any."""
        if article.agencies:
            return article.agencies[0]
        if article.cited_media:
            return article.cited_media[0]
        tail = article.body[-400:]
        for name, pattern in self.agencies:
            if pattern.search(tail) or pattern.search(article.body[:200]):
                return name
        return None


def _mentions(article: Article) -> list[tuple[str, str, int]]:
    counts: Counter[tuple[str, str]] = Counter(
        (e.canonical or e.text, e.label) for e in article.entities
    )
    return [(name, label, n) for (name, label), n in counts.most_common()]


def _fallback_actors(body: str, stemmer: Stemmer) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for m in CAPITALISED.finditer(body):
        name = m.group(1)
        if name.lower() not in stemmer.stopwords and len(name) > 2:
            counts[name] += 1
    return tuple(n for n, _ in counts.most_common(MAX_ACTORS))
