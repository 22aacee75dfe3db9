"""HTML fragments built from offsets: a body with its entities and quotes marked, and search
snippets with their matches marked. Every piece of text is escaped; only our own tags remain."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

# Snippet match markers: control characters never occur in stored text, unlike "[" "]".
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


@dataclass(frozen=True)
class Mark:
    """One span of the body to wrap: ``tag`` with ``attrs`` (already safe) over [start, end)."""

    start: int
    end: int
    tag: str
    attrs: str
    rank: int  # outer spans first when two open at the same offset


def body_marks(article: dict[str, Any]) -> list[Mark]:
    body_len = len(article.get("body") or "")
    marks = []
    for q in article.get("quotes") or []:
        who = escape(q.get("speaker") or q.get("speaker_mention") or "unknown", quote=True)
        attrs = f' class="quote" title="{who} ({escape(q.get("kind") or "", quote=True)})"'
        marks.append(Mark(q["start"], q["end"], "span", attrs, 0))
    for e in article.get("entities") or []:
        label = escape(e.get("label") or "", quote=True)
        href = "/entities/" + quote(e.get("canonical") or e.get("text") or "", safe="")
        attrs = f' class="ent ent-{label}" href="{escape(href, quote=True)}" title="{label}"'
        marks.append(Mark(e["start"], e["end"], "a", attrs, 1))
    return [m for m in marks if 0 <= m.start < m.end <= body_len]


def marked_body(body: str, marks: Sequence[Mark]) -> Markup:
    """``body`` escaped, with each mark's tag around its span. Overlapping spans are closed
    and reopened at every boundary, so the result always nests correctly."""
    cuts = sorted({0, len(body), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = sorted((m for m in marks if m.start <= a and b <= m.end), key=_order)
        if any(m.tag == "a" for m in active):
            active = [m for m in active if m.tag != "a"] + [next(m for m in active if m.tag == "a")]
        opening = "".join(f"<{m.tag}{m.attrs}>" for m in active)
        closing = "".join(f"</{m.tag}>" for m in reversed(active))
        out.append(opening + escape(body[a:b]) + closing)
    return Markup("".join(out))


def _order(m: Mark) -> tuple[int, int, int]:
    return (m.rank, m.start, -m.end)


def marked_snippet(snippet: str) -> Markup:
    """A search snippet with ``MARK_OPEN``/``MARK_CLOSE`` turned into ``<mark>`` (text escaped)."""
    text = escape(snippet.replace(MARK_CLOSE, MARK_OPEN))
    parts = text.split(MARK_OPEN)
    html = "".join(f"<mark>{p}</mark>" if i % 2 else p for i, p in enumerate(parts))
    return Markup(html)


def plain_snippet(snippet: str) -> str:
    return snippet.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")


def joined(values: Iterable[Any]) -> str:
    return ", ".join(str(v) for v in values if v)
