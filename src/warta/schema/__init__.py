"""JSON Schemas of warta's output, shipped as package data.

``article.schema.json`` (draft 2020-12) describes one object of ``warta extract`` output, that
is :meth:`warta.model.Article.to_dict`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

ARTICLE_SCHEMA = "article.schema.json"


def article_schema() -> dict[str, Any]:
    """The JSON Schema of ``Article.to_dict()`` as a dict."""
    text = resources.files(__package__).joinpath(ARTICLE_SCHEMA).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
