"""Stage 4: the language layer (sentences, entities, actors, quotes, keywords, summary).

STUB — being replaced (see the NLP issue).
"""

from __future__ import annotations

from warta.model import Article
from warta.nlp.resources import NlpResources


def annotate(article: Article, resources: NlpResources, *, summary_sentences: int = 3) -> Article:
    return article
