"""Stage 4: the language layer (sentences, entities, actors, quotes, keywords, summary).

Each step is usable alone::

    from warta.nlp import NlpResources, split_sentences, find_entities, find_quotes
    res = NlpResources.load()
    spans = split_sentences(body)
    entities = find_entities(body, res)
    quotes = find_quotes(body, entities, res)

:func:`annotate` runs them all on an article's body; every offset slices ``article.body``.
"""

from __future__ import annotations

import dataclasses

from warta.model import Article, Quote
from warta.nlp.entities import find_entities
from warta.nlp.keywords import keywords, pick_sentences, summarize, term_weights, top_terms
from warta.nlp.quotes import find_quotes
from warta.nlp.resources import NlpResources
from warta.nlp.sentences import split_sentences, tokenize

__all__ = [
    "NlpResources",
    "annotate",
    "find_entities",
    "find_quotes",
    "keywords",
    "split_sentences",
    "summarize",
    "tokenize",
]

# how many keywords an article gets
KEYWORDS_PER_ARTICLE = 10


def annotate(article: Article, resources: NlpResources, *, summary_sentences: int = 3) -> Article:
    """Fill sentences, entities, quotes, keywords and summary from ``article.body``."""
    body = article.body
    sentences = split_sentences(body, resources.tokenizer)
    entities = find_entities(body, resources, sentences)
    quotes = find_quotes(body, entities, resources, sentences)
    if article.cited_media:
        quotes = [_cited_via(q, article.cited_media) for q in quotes]
    # one pass of stemming serves both keywords and summary
    weights, _, per_sentence = term_weights(body, entities, resources, sentences)
    summary = pick_sentences(body, sentences, weights, per_sentence, summary_sentences)
    return dataclasses.replace(
        article,
        sentences=tuple(sentences),
        entities=tuple(entities),
        quotes=tuple(quotes),
        keywords=tuple(top_terms(weights, KEYWORDS_PER_ARTICLE)),
        summary=tuple(summary),
    )


def _cited_via(quote: Quote, cited_media: tuple[str, ...]) -> Quote:
    """Prefer the cleaner's spelling of a cited medium when the quote's ``via`` names it."""
    if quote.via is None:
        return quote
    for medium in cited_media:
        if medium.lower() in quote.via.lower():
            return dataclasses.replace(quote, via=medium)
    return quote
