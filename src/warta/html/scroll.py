"""Pages that hold several whole articles (infinite scroll: the next stories are appended to
the page, each in its own <article>): the page's own story is the one its title names, else
the first; the longest, which readability scoring picks, is as often another story."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.html.tree import ancestor, box_kind

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

# Another story's body scores at least this share of the best one (a teaser list's excerpts
# score far less than a whole article).
OTHER_STORY_SHARE = 0.3
# A headline this short ("News") is no proof that it is the page's title.
MIN_TITLE_WORDS = 3
_TITLE_SELECTOR = 'meta[property="og:title"], meta[name="twitter:title"]'
_HEADINGS = "h1, h2, h3"
_NOT_WORD = re.compile(r"\W+")


def own_story(
    best: LexborNode, candidates: list[tuple[LexborNode, float]]
) -> tuple[LexborNode, bool]:
    """``best``, or the body of the page's own story when the scored ``candidates`` (node,
    score; best first) are bodies of several stories of one kind, each in its own <article>;
    and whether they are."""
    story = ancestor(best, "article")
    if story is None or not candidates:
        return best, False
    top = candidates[0][1]
    kind = box_kind(best)
    bodies = {story.mem_id: best}
    for node, score in candidates:
        other = ancestor(node, "article")
        if (
            other is not None
            and other.mem_id not in bodies
            and score >= top * OTHER_STORY_SHARE
            and box_kind(node) == kind
            and box_kind(other) == box_kind(story)
            and ancestor(other, "article") is None
        ):
            bodies[other.mem_id] = node
    if len(bodies) < 2:
        return best, False
    root = story.parent
    while root is not None and root.parent is not None:
        root = root.parent
    stories = [a for a in (root.css("article") if root is not None else []) if a.mem_id in bodies]
    named = _named_story(stories, _page_title(root))
    chosen = named if named is not None else stories[0] if stories else story
    return bodies[chosen.mem_id], True


def _page_title(root: LexborNode | None) -> str:
    meta = root.css_first(_TITLE_SELECTOR) if root is not None else None
    return _key((meta.attributes.get("content") or "") if meta is not None else "")


def _named_story(stories: list[LexborNode], title: str) -> LexborNode | None:
    """The story whose headline is the page's title."""
    if not title:
        return None
    for story in stories:
        for heading in story.css(_HEADINGS):
            key = _key(heading.text())
            if len(key.split()) >= MIN_TITLE_WORDS and (key in title or title in key):
                return story
    return None


def _key(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()
