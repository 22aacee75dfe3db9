"""Main content of an HTML page as blocks (paragraphs, headings, list items, captions).

A readability-style extractor on lexbor (selectolax): page furniture is removed by tag and by
class/id words, paragraphs vote for their ancestors by text length and commas, the best
container (discounted by link density) and its good siblings are walked in document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.html.data import data_text
from warta.html.leads import Leads, lead_before, lead_candidates
from warta.html.readalso import read_also, removed_headlines
from warta.html.scroll import own_story
from warta.html.teasers import story_lists
from warta.html.tree import (
    LINK_SELECTOR,
    NAME_SPLIT,
    ancestor_ids,
    box_kind,
    class_and_id,
    has_ancestor,
    inside,
    link_share,
)
from warta.html.twins import template_twins
from warta.html.walker import HEADING_TAGS, Block, Walker, kind_of
from warta.meta import DATELINE_DOMAIN, DATELINE_PAIR, DATELINE_PAREN

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Tags that never hold article text.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "svg", "button", "select", "template", "object",
    "embed", "canvas", "input", "textarea",
)  # fmt: skip
# Tags of page furniture, dropped unless they wrap most of the page (ASP.NET wraps it in a form).
FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "form", "menu", "dialog"})
# Markers of the article body: a weakly junk-named box holding one of these is layout.
_BODY_SELECTOR = (
    '[itemprop="articleBody"], [class*="article-body"], [class*="article__body"], '
    '[class*="articleBody"], [class*="article-content"], [class*="article__content"], '
    '[class*="entry-content"], [class*="post-content"], [class*="story-body"]'
)
_ARTICLE_SELECTOR = "article, main, " + _BODY_SELECTOR
# What a big box holds when it wraps the article itself: a list of teasers is <article>s too.
_OWN_ARTICLE_SELECTOR = "h1, " + _BODY_SELECTOR
_WRAPPED_SELECTOR = "h1, " + _ARTICLE_SELECTOR
_FURNITURE_SELECTOR = "[class], [id], [hidden], [aria-labelledby], " + ", ".join(
    sorted(FURNITURE_TAGS)
)
# Furniture words that also name the box of a post the article embeds ("social-media-embed").
EMBED_WORDS = frozenset({"social", "share", "sharing"})
# A reader poll (question + answers) is short; a box around radio buttons longer than this is
# a form or a page section, not a poll.
MAX_POLL_CHARS = 600
# Tags a class/id word never removes (the article itself often carries "tag-..." classes).
PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
SCORED_SELECTOR = "p, pre, td, blockquote, div, h2, h3"
# A heading this long is a paragraph set in heading type (BuzzFeed list items): it scores.
MIN_HEADING_PARAGRAPH_CHARS = 100
# A paragraph shorter than this says nothing about where the article is (readability uses 25).
MIN_SCORED_CHARS = 25
# Other candidates this close to the best one that share an ancestor make it the container.
ALTERNATIVE_SHARE = 0.75
MIN_ALTERNATIVES = 3
# Climbing to a parent costs this many paragraph characters per character of other text.
CLIMB_PENALTY = 3.0
CLIMB_CEILING_TAGS = frozenset({"article", "main"})
# Siblings of the best container join it when they score this share of it.
SIBLING_SHARE = 0.2
# A sibling paragraph joins when it is this long and mostly not links.
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_PARAGRAPH_LINKS = 0.25
# A strong candidate outside the container that is nothing but prose joins it when both sit in
# one <article>/<main>: the intro above a live report's list of updates. Prose: its plain
# paragraph text is at least this long and this share of all its text (a teaser has headlines,
# dates and links).
PROSE_CHARS = 150
PROSE_SHARE = 0.9
# A live blog's updates are sibling boxes of one class inside the article; when the best
# container sits in one of them (a long update outscoring the short ones), the list of boxes is
# the container. It needs this many boxes holding prose (at least SIBLING_PARAGRAPH_CHARS of
# plain paragraph text, PROSE_SHARE_UPDATE of their text: a teaser is links and dates), and the
# box is at most UPDATE_BOX_DEPTH levels above the container.
MIN_UPDATE_BOXES = 3
PROSE_SHARE_UPDATE = 0.5
UPDATE_BOX_DEPTH = 3
# A template twin of the container (html/twins.py) is prose: this share of its text is plain
# paragraph text.
TWIN_PROSE_SHARE = 0.8
# A class/id-matched element holding more than this share of the page text is a wrapper.
MAX_JUNK_SHARE = 0.3
# Below this many characters of body the extraction is not trusted (fallback to trafilatura).
MIN_CONFIDENT_CHARS = 250


@dataclass(frozen=True)
class JunkWords:
    strong: re.Pattern[str]
    weak: frozenset[str]
    content: frozenset[str]
    neutral: re.Pattern[str]


@lru_cache(maxsize=1)
def junk_words() -> JunkWords:
    kinds: dict[str, list[str]] = {"strong": [], "weak": [], "content": [], "neutral": []}
    text = data_text("junk_classes.txt")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")
            kinds[kind].append(word.strip())
    strong = re.compile("|".join(re.escape(w) for w in kinds["strong"]))
    neutral = re.compile("|".join(re.escape(w) for w in kinds["neutral"]) or "(?!)")
    return JunkWords(strong, frozenset(kinds["weak"]), frozenset(kinds["content"]), neutral)


def is_junk_name(name: str, words: JunkWords) -> bool:
    """Whether a class/id string names page furniture."""
    low = name.lower()
    if words.strong.search(low):
        return True
    tokens = set(NAME_SPLIT.split(words.neutral.sub(" ", low)))
    return bool(tokens & words.weak) and not tokens & words.content


def remove_furniture(tree: LexborHTMLParser) -> list[str]:
    """Drop non-content tags and elements whose class/id names furniture (in place). Returns
    the read-also headlines of the removed boxes that sat in the text."""
    if tree.body is not None:
        _drop_polls(tree.body)  # before inputs are stripped: the radio buttons mark them
    tree.strip_tags(list(DROP_TAGS))
    root = tree.body
    if root is None:
        return []
    words = junk_words()
    page_chars = len(root.text())
    marked: set[int] = set()
    doomed: list[LexborNode] = []
    for node in root.css(_FURNITURE_SELECTOR):
        tag = node.tag
        if tag in PROTECTED_TAGS:
            continue
        attrs = node.attributes
        # A region is named by the heading it points to (BBC: <section
        # aria-labelledby="podcast-promo">), when its class is a generated hash.
        name = f"{class_and_id(node)} {(attrs.get('aria-labelledby') or '').lower()}"
        if tag in HEADING_TAGS:
            # A heading's id is its anchor, a slug of its words ("nav_nur_die_folie__1",
            # "leadership-is-about-enabling-the-team"), not a name for what the box is.
            name = (attrs.get("class") or "").lower()
        match = words.strong.search(name)
        if match is not None and match.group(0) in EMBED_WORDS and "embed" in name:
            continue  # an embedded post (tweet, Instagram) quoted by the article
        strong = "hidden" in attrs or match is not None
        if not (strong or tag in FURNITURE_TAGS or is_junk_name(name, words)):
            continue
        if not strong and _opens_with_read_also(node):
            continue  # 'Simak Video "X"' in a video box: the cleaner reads X as related
        if inside(node, marked):
            continue
        # A "junk" wrapper around most of the page, or a weak match around the article
        # body, is a layout box, not furniture. A big box that a strong word names is one
        # only when it holds the article (its headline or body): a long list of related
        # posts with their excerpts is furniture, however big.
        if len(node.text()) > page_chars * MAX_JUNK_SHARE:
            inner = _OWN_ARTICLE_SELECTOR if strong else _WRAPPED_SELECTOR
            if node.css_first(inner) is not None:
                continue
        elif not strong and node.css_first(_ARTICLE_SELECTOR) is not None:
            continue
        marked.add(node.mem_id)
        doomed.append(node)
    related = [h for node in doomed for h in removed_headlines(node)]
    # Only outermost nodes are in ``doomed``, so no freed node is touched.
    for node in doomed:
        node.decompose()
    return related


def _opens_with_read_also(node: LexborNode) -> bool:
    first = node.css_first("p")
    text = " ".join((first if first is not None else node).text().split())
    return read_also(text) is not None


def _drop_polls(root: LexborNode) -> None:
    """Removes reader polls and quizzes: the largest small box around a group of radio buttons
    (a question and its answers, "Ja, unbedingt." / "Nein")."""
    boxes: dict[int, LexborNode] = {}
    for radio in root.css('input[type="radio"]'):
        box, anc = None, radio.parent
        while anc is not None and anc.tag not in ("body", "html", "form"):
            if len(anc.text()) > MAX_POLL_CHARS:
                break
            box, anc = anc, anc.parent
        if box is not None:
            boxes[box.mem_id] = box
    ids = set(boxes)  # a box is never its own ancestor, so every box can be in the set
    outer = [b for b in boxes.values() if not inside(b, ids)]
    for box in outer:
        box.decompose()


def _score_candidates(
    root: LexborNode,
) -> tuple[dict[int, float], dict[int, LexborNode], dict[int, int]]:
    """Readability scores (parent, grandparent, great-grandparent) and, for every ancestor,
    the characters of paragraph text that is not link text below it."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    good: dict[int, int] = {}
    lists = story_lists(root)
    scored = [el for el in root.css(SCORED_SELECTOR) if not (lists and inside(el, lists))]
    # Teasers of other stories do not vote, unless the page holds nothing else.
    if lists and sum(len(el.text(strip=True)) for el in scored) < MIN_CONFIDENT_CHARS:
        scored = list(root.css(SCORED_SELECTOR))
    for el in scored:
        text = el.text(deep=el.tag != "div", strip=True)
        if len(text) < (
            MIN_HEADING_PARAGRAPH_CHARS if el.tag in HEADING_TAGS else MIN_SCORED_CHARS
        ):
            continue
        score = 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)
        plain = len(text) - sum(len(a.text(strip=True)) for a in el.css(LINK_SELECTOR))
        # A div's own text runs (a Blogger post is text and <br> in a div) are its paragraph:
        # the div is their container, as readability's wrapping of them in a <p> makes it.
        # A short run is a label ("Reporter <a>X</a> Editor Y"): it votes for the box above.
        own = el.tag == "div" and len(text) >= SIBLING_PARAGRAPH_CHARS
        anc = el if own else el.parent
        level = 0
        while anc is not None and anc.tag not in ("html", "-document"):
            key = anc.mem_id
            good[key] = good.get(key, 0) + plain
            if level < 3:
                nodes[key] = anc
                scores[key] = scores.get(key, 0.0) + score / (1 if level == 0 else level * 2)
            anc = anc.parent
            level += 1
    return scores, nodes, good


def _figure_chars(root: LexborNode) -> dict[int, int]:
    """For every ancestor, the characters of figures and captions below it: never output as
    body, so they neither count for nor against a container (an eHow-style article of steps,
    each with a photo and its caption, climbs to the box holding all the steps)."""
    out: dict[int, int] = {}
    for el in root.css("figure, figcaption"):
        if has_ancestor(el, "figure"):
            continue
        size = len(el.text(strip=True))
        anc = el.parent
        while size and anc is not None and anc.tag not in ("html", "-document"):
            out[anc.mem_id] = out.get(anc.mem_id, 0) + size
            anc = anc.parent
    return out


def _climb(best: LexborNode, good: dict[int, int], figures: dict[int, int]) -> LexborNode:
    """Moves up while the parent adds more paragraph text than other text (an article cut
    into chunks, boxes or columns): gain = paragraph chars - penalty x other chars."""

    def gain(node: LexborNode) -> float:
        plain = good.get(node.mem_id, 0)
        other = len(node.text(strip=True)) - plain - figures.get(node.mem_id, 0)
        return plain - CLIMB_PENALTY * max(0, other)

    current, current_gain = best, gain(best)
    anc = best.parent
    # Never above the article element: beyond it are teasers of other stories.
    ceiling = best.tag in CLIMB_CEILING_TAGS
    while anc is not None and anc.tag not in ("body", "html") and not ceiling:
        g = gain(anc)
        if g > current_gain:
            current, current_gain = anc, g
        ceiling = anc.tag in CLIMB_CEILING_TAGS
        anc = anc.parent
    return current


def choose_containers(root: LexborNode) -> list[LexborNode]:
    """The best-scoring container and the siblings that belong with it, in page order."""
    scores, nodes, good = _score_candidates(root)
    if not scores:
        return [root]
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)[:5]
    best_key = max(
        ranked,
        key=lambda k: scores[k] * (1.0 - link_share(nodes[k], len(nodes[k].text(strip=True)))),
    )
    top = scores[best_key]
    best, stories = own_story(nodes[best_key], [(nodes[k], scores[k]) for k in ranked])
    if not stories:
        best = _common_ancestor(
            best,
            [
                nodes[k]
                for k in ranked
                if k != best_key and scores[k] >= scores[best_key] * ALTERNATIVE_SHARE
            ],
        )
    best = _climb(best, good, _figure_chars(root))
    best = _update_list(best, good)
    best_key = best.mem_id
    scores.setdefault(best_key, 0.0)
    parent = best.parent
    if parent is None:
        return [best]
    # Other stories of an infinite-scroll page are not parts of this one.
    strong = [] if stories else [nodes[k] for k in ranked if scores[k] >= top * ALTERNATIVE_SHARE]
    threshold = max(10.0, scores[best_key] * SIBLING_SHARE)
    chosen: list[LexborNode] = []
    for sib in parent.iter(include_text=False):
        key = sib.mem_id
        if key == best_key or scores.get(key, 0.0) >= threshold:
            chosen.append(sib)
        elif sib.tag == "p":
            text = sib.text(strip=True)
            if len(text) >= SIBLING_PARAGRAPH_CHARS and link_share(sib, len(text)) < (
                SIBLING_PARAGRAPH_LINKS
            ):
                chosen.append(sib)
    chosen = _with_prose_parts(chosen, strong, good)
    if stories:
        return chosen
    return template_twins(
        chosen,
        best,
        nodes.values(),
        lambda n: _prose(n, good, SIBLING_PARAGRAPH_CHARS, TWIN_PROSE_SHARE),
        root,
    )


def _update_list(best: LexborNode, good: dict[int, int]) -> LexborNode:
    """The list of a live blog's update boxes when ``best`` is inside one of them, else ``best``.
    The list must sit inside an <article>: sibling <article>s under <main> are other stories
    (an infinite-scroll page)."""
    box = best
    for _ in range(UPDATE_BOX_DEPTH):
        parent = box.parent
        if parent is None or parent.tag in ("body", "html"):
            return best
        kind = _box_kind(box)
        if kind is not None and has_ancestor(box, "article"):
            boxes = [c for c in parent.iter(include_text=False) if _box_kind(c) == kind]
            prose = (_prose(c, good, SIBLING_PARAGRAPH_CHARS, PROSE_SHARE_UPDATE) for c in boxes)
            if sum(prose) >= MIN_UPDATE_BOXES:
                return parent
        box = parent
    return best


def _box_kind(node: LexborNode) -> tuple[str, str] | None:
    """A box's tag and first class word: what its sibling update boxes share (None when it
    has no class)."""
    kind = box_kind(node)
    return kind if kind[1] else None


def _prose(
    node: LexborNode, good: dict[int, int], chars: int = PROSE_CHARS, share: float = PROSE_SHARE
) -> bool:
    """Whether the node is prose: at least ``chars`` of plain paragraph text, ``share`` of all."""
    plain = good.get(node.mem_id, 0)
    return plain >= chars and plain >= share * len(node.text(strip=True))


def _with_prose_parts(
    chosen: list[LexborNode], strong: list[LexborNode], good: dict[int, int]
) -> list[LexborNode]:
    """The containers plus the strong prose candidates beside them in the same article
    element, each placed before or after them as the page has it."""
    ids = {c.mem_id for c in chosen}
    for node in strong:
        if node.mem_id in ids or inside(node, ids) or not _prose(node, good):
            continue
        if any(node.mem_id in ancestor_ids(c) for c in chosen):
            continue
        before = _shared_article_order(node, chosen[0])
        if before is None:
            continue
        chosen = [node, *chosen] if before else [*chosen, node]
        ids.add(node.mem_id)
    return chosen


def _shared_article_order(node: LexborNode, other: LexborNode) -> bool | None:
    """Whether ``node`` comes before ``other`` under their lowest common ancestor, when that
    ancestor is an <article> or <main>; None otherwise."""
    mine = ancestor_ids(node)
    anc = other.parent
    while anc is not None and anc.mem_id not in mine:
        anc = anc.parent
    if anc is None or anc.tag not in CLIMB_CEILING_TAGS:
        return None
    node_ids = {node.mem_id, *mine}
    other_ids = {other.mem_id, *ancestor_ids(other)}
    for child in anc.iter(include_text=False):
        if child.mem_id in node_ids:
            return True
        if child.mem_id in other_ids:
            return False
    return None


def _common_ancestor(best: LexborNode, others: list[LexborNode]) -> LexborNode:
    """Readability's rule: when several strong candidates share an ancestor, the article is
    split into boxes (NYT-style columns) and that ancestor is the container."""
    if len(others) < MIN_ALTERNATIVES:
        return best
    other_ids = [set(ancestor_ids(o)) for o in others]
    anc = best.parent
    while anc is not None and anc.tag not in ("body", "html"):
        if sum(anc.mem_id in ids for ids in other_ids) >= MIN_ALTERNATIVES:
            return anc
        anc = anc.parent
    return best


def extract_blocks(tree: LexborHTMLParser) -> list[Block]:
    """Blocks of the main content of a parsed page; furniture is removed from ``tree``."""
    root = tree.body or tree.root
    leads = lead_candidates(root) if root is not None else Leads((), {})
    removed = remove_furniture(tree)
    root = tree.body or tree.root
    if root is None:
        return []
    walker = Walker()
    containers = choose_containers(root)
    lead = lead_before(containers, leads)
    for node in containers:
        if node.tag == "-text":
            continue
        walker.flush()
        outer = walker.kind
        walker.kind = kind_of(node.tag or "div", "p")
        walker.walk(node)
        walker.flush()
        walker.kind = outer
    blocks = [*walker.blocks, *(Block("related", h) for h in removed)]
    if lead and not any(lead in b.text for b in walker.blocks):
        # Under a dateline's text the standfirst is the page's subtitle, not its first paragraph.
        return [Block("subtitle" if _opens_dateline(walker) else "p", lead), *blocks]
    return blocks


def _opens_dateline(walker: Walker) -> bool:
    """The text opens with an outlet's dateline ("TEMPO.CO, Jakarta - ", "Jakarta (ANTARA) - "):
    the article starts there, and a standfirst above it is a subtitle (the scraped-dev gold's
    "subtitle" line), not its first paragraph. A place alone ("DUBLIN — ", Politico) does not
    count: the Fundus gold opens such bodies with the standfirst."""
    return opens_dateline(next((b.text for b in walker.blocks if b.kind == "p"), ""))


def opens_dateline(text: str) -> bool:
    """The text opens with an outlet's dateline (see _opens_dateline)."""
    return any(p.match(text) for p in (DATELINE_PAREN, DATELINE_PAIR, DATELINE_DOMAIN))


def is_confident(blocks: list[Block]) -> bool:
    return (
        sum(
            len(b.text)
            for b in blocks
            if b.kind == "p" or (b.kind == "heading" and len(b.text) >= MIN_HEADING_PARAGRAPH_CHARS)
        )
        >= MIN_CONFIDENT_CHARS
    )
