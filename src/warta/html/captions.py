"""Photo captions of an HTML page: figure markup, caption boxes, and the credited line under an
image. They go to ``hints.captions`` (credit split off), never into the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from warta.clean.captions import caption_label
from warta.html.data import data_lines
from warta.html.tree import class_and_id
from warta.model import Caption

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Caption markup: <figcaption> and any box whose class names a caption ("img-caption",
# "CaptionText", "caption-img"), the way most Indonesian CMSs mark the line under a photo.
CAPTION_SELECTOR = 'figcaption, .photo__caption, .wp-caption-text, [class*="caption" i]'
# A caption is a line or two; a longer box holds more than the caption.
MAX_CAPTION_CHARS = 400
# The extractor leaves a box named for a caption (div.caption, cite#galleryCaption001,
# .InlineImage-imageEmbedCaption) out of the body up to this size, a caption with its credit
# and photo count; longer, it is a layout box that happens to carry the word.
MAX_CAPTION_BOX_CHARS = 600
# Tags of the unmarked line printed right under an image ("<img><div>... (KONTAN/X)</div>").
UNDER_IMAGE_TAGS = frozenset({"div", "span", "p", "small", "em", "i"})


def is_caption_box(node: LexborNode) -> bool:
    """A photo caption outside any <figure>: not body (its text reaches the hints instead)."""
    if not node.attributes:
        return False
    return "caption" in class_and_id(node) and len(node.text()) <= MAX_CAPTION_BOX_CHARS


@lru_cache(maxsize=1)
def credit_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in data_lines("caption_credits.txt"))


def split_credit(text: str) -> Caption:
    """Caption text with its photo credit split off ("... (ANTARA FOTO/X)", "Foto: X")."""
    text = " ".join(text.split())
    for pattern in credit_patterns():
        m = pattern.search(text)
        if m and m.start() > 0:
            body = text[: m.start()].rstrip(" .,-|") + ("." if text[m.start() - 1] == "." else "")
            return Caption(
                text=caption_label().sub("", body) or body,
                credit=m.group("credit").strip(" ()[]|/"),
            )
    if any(p.match(text) for p in credit_patterns()):
        return Caption(text=text)  # a bare credit ("Foto: ANTARA FOTO/X") keeps its label
    return Caption(text=caption_label().sub("", text) or text)


def is_credit_only(text: str) -> bool:
    """A box holding only a credit ("Foto: ANTARA FOTO/Arnas Padda") next to its caption; not
    "Foto: <caption> (<credit>)", whose credit splits off after the text."""
    return split_credit(text).credit is None and any(p.match(text) for p in credit_patterns())


def find_captions(tree: LexborHTMLParser) -> tuple[Caption, ...]:
    out: list[Caption] = []
    seen: list[str] = []
    for node in [*tree.css(CAPTION_SELECTOR), *_under_images(tree)]:
        text = " ".join(node.text(separator=" ", strip=True).split())
        if not text or len(text) > MAX_CAPTION_CHARS or any(text in s for s in seen):
            continue
        seen.append(text)
        if is_credit_only(text):
            if out and out[-1].credit is None:
                out[-1] = Caption(out[-1].text, split_credit(". " + text).credit)
            continue
        out.append(split_credit(text))
    return tuple(out)


def _under_images(tree: LexborHTMLParser) -> list[LexborNode]:
    """The short unmarked element right after an <img> that ends in a photo credit: a caption
    without caption markup (the credit is what tells it from a teaser line)."""
    found: list[LexborNode] = []
    for img in tree.css("img"):
        node = img.next
        while node is not None and node.tag in ("-text", "_text", "br"):
            node = node.next
        if node is None or node.tag not in UNDER_IMAGE_TAGS or node.css_first("a, img"):
            continue
        text = " ".join(node.text(separator=" ", strip=True).split())
        if 0 < len(text) <= MAX_CAPTION_CHARS and split_credit(text).credit is not None:
            found.append(node)
    return found
