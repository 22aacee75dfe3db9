"""Photo captions of an HTML page: figure markup, caption boxes, and the credited line under an
image. They go to ``hints.captions`` (credit split off), never into the text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, TypeGuard

from warta.clean.captions import caption_label
from warta.clean.resources import alternation
from warta.html.data import data_lines
from warta.html.readalso import read_also
from warta.html.tree import ancestor, class_and_id
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
            # "... perbelanjaan/ Foto: X" (detik network): the slash goes with the credit.
            body = text[: m.start()].rstrip(" .,-|/") + ("." if text[m.start() - 1] == "." else "")
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
        text = _text(node)
        if not text or len(text) > MAX_CAPTION_CHARS or any(text in s for s in seen):
            continue
        if _link_label(node):
            continue
        seen.append(text)
        if is_credit_only(text) or (out and out[-1].credit is None and _bare_credit(text)):
            if out and out[-1].credit is None:
                out[-1] = Caption(out[-1].text, split_credit(". " + text).credit)
            continue
        caption = _credit_first(node) or split_credit(text)
        if caption.credit is None and widget_lines().fullmatch(caption.text):
            continue  # an ad label in a "caption" box ("ADVERTISEMENT", detik's para_caption)
        if read_also(caption.text) is not None:
            continue  # a read-also line in a "caption" box (cnnindonesia's para_caption)
        out.append(_with_next_credit(caption, node))
    return _distinct(out)


def _credit_first(node: LexborNode) -> Caption | None:
    """A box whose first line is a bare credit and the caption follows after a <br>
    ("TRIBUNKALTIM.CO/RAHMAD TAUFIQ<br>Kendaraan melintas ..."): the tribun network's order."""
    first: list[str] = []
    for child in node.iter(include_text=True):
        if child.tag == "br":
            break
        first.append(child.text(deep=True))
    else:
        return None
    credit = " ".join(" ".join(first).split())
    rest = _text(node)[len(credit) :].strip()
    if not rest or not _bare_credit(credit) or not _text(node).startswith(credit):
        return None
    return Caption(text=caption_label().sub("", rest) or rest, credit=credit.strip(" ()[]|/"))


def _link_label(node: LexborNode) -> bool:
    """A "caption" box inside a link with no image: the label of a teaser or of a previous/next
    link ("<a><span class="caption">Previous Post</span>"), no photo's caption."""
    link = ancestor(node, "a")
    return link is not None and link.css_first("img, amp-img, picture") is None


def _distinct(captions: list[Caption]) -> tuple[Caption, ...]:
    """One caption per text (markup can print it twice: a <figcaption> and a credit box)."""
    best: dict[str, Caption] = {}
    for caption in captions:
        if caption.text not in best or best[caption.text].credit is None:
            best[caption.text] = caption
    return tuple(best.values())


def _with_next_credit(caption: Caption, node: LexborNode) -> Caption:
    """A caption box followed by a box that is only a credit (kompas: .photo__caption, then
    .photo__author "KOMPAS.com/X") takes that credit."""
    after = _next_element(node)
    if caption.credit is not None or not _plain_box(after) or not _bare_credit(_text(after)):
        return caption
    return Caption(caption.text, split_credit(". " + _text(after)).credit)


def _text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ", strip=True).split())


@lru_cache(maxsize=1)
def widget_lines() -> re.Pattern[str]:
    """Bare photo credits and widget labels ("Advertisement", "Photo: AP")."""
    rows = data_lines("junk_lines.txt")
    return re.compile(alternation(rows), re.IGNORECASE)


def _under_images(tree: LexborHTMLParser) -> list[LexborNode]:
    """The short unmarked element right after an <img> that ends in a photo credit: a caption
    without caption markup (the credit is what tells it from a teaser line)."""
    found: list[LexborNode] = []
    for img in tree.css("img"):
        node = _next_element(img)
        if not _plain_box(node):
            continue
        text = " ".join(node.text(separator=" ", strip=True).split())
        if 0 < len(text) <= MAX_CAPTION_CHARS and (
            split_credit(text).credit is not None or _credit_first(node) is not None
        ):
            found.append(node)
        elif _bare_credit(text):
            # Credit line first, caption line after it (tribunnews): the box after the credit
            # is the caption; find_captions pairs the two.
            after = _next_element(node)
            if _plain_box(after):
                found.extend((after, node))
    return found


# An editor code or an embed marker alone ("(pit/pit)", "[Gambas:Video CNN]"): no photo credit.
_CODE_OR_EMBED = re.compile(
    r"\(\s*[a-z]{2,5}\d{0,2}(?:\s*/\s*[a-z0-9]{1,5})*\s*\)|\[[^\]]*:[^\]]*\]"
)


def _bare_credit(text: str) -> bool:
    """A line that is nothing but a credit ("Tribunnews.com/Jeprima", "KOMPAS.com/X")."""
    if not 0 < len(text) <= MAX_CAPTION_CHARS or _CODE_OR_EMBED.fullmatch(text):
        return False
    return is_credit_only(text) or split_credit(". " + text).credit == text.strip(" ()[]|/")


def _plain_box(node: LexborNode | None) -> TypeGuard[LexborNode]:
    """A text box with no link or image in it: a caption line, not a teaser or a gallery."""
    return node is not None and node.tag in UNDER_IMAGE_TAGS and not node.css_first("a, img")


def _next_element(node: LexborNode) -> LexborNode | None:
    nxt = node.next
    while nxt is not None and nxt.tag in ("-text", "_text", "br"):
        nxt = nxt.next
    return nxt
