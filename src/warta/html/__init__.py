"""Stage 1 for HTML: main content as text lines, plus the hints the markup carries.

``extract_page`` reads the metadata (JSON-LD, Open Graph, meta tags, bylines, ``<time>``) first,
then removes page furniture and picks the main content with a readability-style extractor on
lexbor (:mod:`warta.html.content`); when that finds too little text, trafilatura is asked
instead. ``Page.text`` holds one block per line with a blank line between blocks, like scraped
text, so the text cleaner sees the same kind of input. Figure captions go to ``hints.captions``
(credit split off) rather than into the text: measured on the dev sets, keeping them as lines
only added leftovers the cleaner did not always recognise outside Indonesian pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from warta.errors import ExtractError
from warta.html import authors, bylines, content, dates, embedded, meta, microdata
from warta.html.captions import widget_lines
from warta.html.data import data_lines
from warta.model import Caption, PageHints

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

__all__ = ["Page", "extract_page"]

# Fewer words than this is not an article ("<p>?</p>", a bare error page).
MIN_WORDS = 3
# Pages shorter than this hold nothing trafilatura could find that lexbor missed.
MIN_FALLBACK_HTML = 500
# A bare credit line is short; a body paragraph after it is long.
MAX_CREDIT_CHARS = 100
LONG_LINE_CHARS = 200
# Widget labels are short, but a player's fallback ("To view this video please enable
# JavaScript, and consider upgrading to a web browser that supports HTML5 video") is 105.
MAX_WIDGET_CHARS = 160
_CREDIT = re.compile(
    r"(?:©|\(c\)\s|copyright\b|(?:tags?|topics?|topik|kata kunci)\s*(?::|$))", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Blocks that reach the hints, not the text: figure captions, read-also headlines, a standfirst
# above a dateline.
HINT_KINDS = frozenset({"caption", "related", "subtitle"})


@dataclass(frozen=True)
class Page:
    text: str
    hints: PageHints


def extract_page(html: str, *, url: str | None = None, source: str = "") -> Page:
    """Main text and hints of one HTML page. Raises ExtractError when no text is found."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html or "")
    hints, article = _read_hints(tree, url)
    # Before the extractor prunes the tree: a caption box may sit in furniture it removes.
    captions = meta.find_captions(tree) or embedded.image_captions(article)
    blocks = content.extract_blocks(tree)
    if not content.is_confident(blocks):
        blocks, captions = _embedded_blocks(article, blocks, captions)
    blocks = _standfirst_out(blocks, hints.subtitle)
    lines = _drop_inner_credits(
        [b.text for b in blocks if b.kind not in HINT_KINDS and not _is_title(b, hints.title)]
    )
    lines = _split_closing_credit(lines, hints.url, hints.outlet)
    related = tuple(dict.fromkeys(b.text for b in blocks if b.kind == "related"))
    if not content.is_confident(blocks) and len(html) >= MIN_FALLBACK_HTML:
        lines = _fallback_lines(html, url) or lines
    if sum(len(_WORD.findall(line)) for line in lines) < MIN_WORDS:
        raise ExtractError(source or url or "-", "no article text found")
    subtitle = next((b.text for b in blocks if b.kind == "subtitle"), hints.subtitle)
    hints = replace(_with_captions(hints, captions), related=related, subtitle=subtitle)
    return Page(text="\n\n".join(lines), hints=hints)


# "... sebelum akhir tahun. (Tribunnews.com/Nurul Hidayah)": the page's own outlet and a writer
# closing the last paragraph (a sign-off), which the cleaner would read as a credited caption
# and drop with the paragraph. A second writer may follow ("(Tribunnews.com/A/B)").
_OWN_CREDIT = re.compile(
    r"(?<=[.!?\"”])\s*\((?P<outlet>[\w-]+(?:\.[\w-]+)+)/[A-Z][\w .'/-]{1,60}\)$"
)
# The last paragraph is a sentence of at least this many words, not a short photo caption.
MIN_CLOSING_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", '"', "”")


def _split_closing_credit(lines: list[str], url: str | None, outlet: str | None) -> list[str]:
    """Drops the sign-off credit closing the last paragraph (the writer is in the byline).
    Searched from the end past trailing notes with no full stop ("Artikel ini telah tayang di
    ...")."""
    host = (urlsplit(url or "").hostname or "").lower()
    for i in range(len(lines) - 1, -1, -1) if host else ():
        line = lines[i]
        m = _OWN_CREDIT.search(line)
        if m is not None and len(line.split()) >= MIN_CLOSING_WORDS:
            if not _same_site(m.group("outlet").lower(), host, outlet):
                return lines
            return [*lines[:i], line[: m.start()].rstrip(), *lines[i + 1 :]]
        if line.endswith(_SENTENCE_ENDS):
            return lines  # the last paragraph, without a credit
    return lines


def _same_site(credited: str, host: str, outlet: str | None) -> bool:
    """The credit names the page's host, or its site name: a regional paper of a network
    signs with its own name on the network's host ("Serambinews.com" on aceh.tribunnews.com)."""
    if host == credited or host.endswith("." + credited):
        return True
    return outlet is not None and _site_key(credited) == _site_key(outlet)


def _site_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", re.sub(r"\.(?:com|co\.id|id|net)$", "", name.casefold()))


def _is_title(block: content.Block, title: str | None) -> bool:
    return block.kind == "heading" and block.text == title


def _drop_inner_credits(lines: list[str]) -> list[str]:
    """Drops bare photo credits ("© Matt Campbell / DPA") and tag-box labels ("Tags:") that sit
    between body paragraphs: they are not body, and the cleaner reads such a line as the end of
    the article."""
    last_long = max((i for i, ln in enumerate(lines) if len(ln) >= LONG_LINE_CHARS), default=-1)
    widget = widget_lines()
    return [
        ln
        for i, ln in enumerate(lines)
        if not (i < last_long and len(ln) < MAX_CREDIT_CHARS and _CREDIT.match(ln))
        and not (
            len(ln) < MAX_WIDGET_CHARS and widget.fullmatch(ln) and not _source(i, last_long, ln)
        )
    ]


def _source(i: int, last_long: int, line: str) -> bool:
    """ "Sumber: Antara" after the text names the story's wire source, not a photo's: kept for
    the cleaner, which reads it as the agency credit."""
    return i > last_long and _source_label().match(line) is not None


@lru_cache(maxsize=1)
def _source_label() -> re.Pattern[str]:
    words = "|".join(data_lines("source_labels.txt"))
    return re.compile(rf"(?:{words})\s*:", re.IGNORECASE)


def _standfirst_out(blocks: list[content.Block], subtitle: str | None) -> list[content.Block]:
    """The standfirst printed inside the article box, above a text that opens with an outlet's
    dateline ("INDRAMAYU, KOMPAS — ", kompas.id), is the page's subtitle (its description says
    the same), not the first paragraph: the dateline opens the article."""
    texts = [i for i, b in enumerate(blocks) if b.kind == "p"][:2]
    if subtitle is None or len(texts) < 2:
        return blocks
    first, second = (blocks[i].text for i in texts)
    if " ".join(first.split()) != subtitle or not content.opens_dateline(second):
        return blocks
    return [b for i, b in enumerate(blocks) if i != texts[0]]


def _embedded_blocks(
    article: dict[str, Any], blocks: list[content.Block], captions: tuple[Caption, ...]
) -> tuple[list[content.Block], tuple[Caption, ...]]:
    """The text of a page whose DOM is a skeleton, read from the article its page data
    carries (with that text's own figure captions); the DOM's blocks when there is none."""
    from selectolax.lexbor import LexborHTMLParser

    markup = embedded.body_html(article)
    if markup is None:
        return blocks, captions
    tree = LexborHTMLParser(markup)
    found = meta.find_captions(tree)  # before extract_blocks prunes the tree
    text_blocks = content.extract_blocks(tree)
    if not content.is_confident(text_blocks):
        return blocks, captions
    return text_blocks, captions or found


def _read_hints(tree: LexborHTMLParser, url: str | None) -> tuple[PageHints, dict[str, Any]]:
    """The page's hints, and the article its page data embeds ({} when none)."""
    tags = meta.read_meta(tree)
    ld = meta.read_json_ld(tree)
    title = meta.find_title(tree, ld, tags)
    article = embedded.embedded_article(tree, title)
    # JSON-LD first; microdata, then the payload, fill in what it lacks.
    ld = {**article, **microdata.read_microdata(tree), **ld}
    page_url = meta.find_url(tree, tags, url)
    credit_lines = bylines.find_bylines(tree, ld, tags)
    hints = PageHints(
        title=title,
        subtitle=meta.find_subtitle(ld, tags, title),
        authors=authors.find_authors(tree, ld, tags, bylines.box_editors(credit_lines)),
        published=dates.find_published(tree, ld, tags),
        outlet=meta.find_outlet(ld, tags, page_url, tree, title),
        url=page_url,
        language=meta.find_language(tree, tags),
        bylines=credit_lines,
    )
    return hints, article


def _with_captions(hints: PageHints, captions: tuple[Caption, ...]) -> PageHints:
    import dataclasses

    return dataclasses.replace(hints, captions=captions)


def _fallback_lines(html: str, url: str | None) -> list[str]:
    """trafilatura's reading of the page, as lines; [] when it finds nothing either."""
    try:
        import trafilatura

        text = trafilatura.extract(html, url=url, fast=True, include_comments=False)
    except Exception:  # noqa: BLE001 - a third-party failure on junk input means "nothing"
        return []
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
