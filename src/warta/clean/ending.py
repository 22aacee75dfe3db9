"""Where the body ends: the footer line that closes it, and the short lines after the last
paragraph that still belong to it (list items, a closing sentence, an item's link)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from warta.clean.lines import SENT_END, Tagged, is_footer, word_count

if TYPE_CHECKING:
    from warta.clean.resources import CleanResources

# A numbered list item or section heading: "3. Mendongkrak okupansi hotel", "12) Roger Waters".
NUMBERED_RE = re.compile(r"(?P<n>\d{1,2})[.)]\s+(?P<t>\S.*)")
# A footer-like line (©, Copyright, Tags, an editor code) ends the body only when less article
# text follows it than this share of the text before it: a "© Reuters" credit mid-article is
# followed by more paragraphs, a real footer only by teasers and links.
FOOTER_TAIL_SHARE = 0.5


def body_end(tagged: list[Tagged], first: int, open_idx: list[int], res: CleanResources) -> int:
    """Index of the footer line that ends the body (len(tagged) when none does)."""
    sizes = {i: len(tagged[i].text) for i in open_idx}
    total = sum(sizes.values())
    before = sizes[first]
    for i in range(first + 1, len(tagged)):
        after = total - before - sizes.get(i, 0)
        if after < FOOTER_TAIL_SHARE * before and (
            is_footer(tagged[i].text, res) or _about_note(tagged, i)
        ):
            return i
        before += sizes.get(i, 0)
    return len(tagged)


# "Tentang PT X" over "PT X adalah ..." (a press release's note on the company, "About X"): the
# note and the contact block under it are no part of the story.
ABOUT_RE = re.compile(r"(?:Tentang|About|Sekilas [Tt]entang)\s+(?P<n>[A-Z][^.!?:]{1,60})")


def _about_note(tagged: list[Tagged], i: int) -> bool:
    m = ABOUT_RE.fullmatch(tagged[i].text)
    nxt = tagged[i + 1].text if i + 1 < len(tagged) else ""
    return m is not None and nxt.startswith(m["n"].strip()) and nxt != tagged[i].text


def continuation(tagged: list[Tagged], last: int, stop: int, res: CleanResources) -> int:
    """Short list items / closing lines right after the last body paragraph still belong to it,
    also across an inserted promo or "Baca juga" line (not across a related-list header)."""
    if _ends_with_code(tagged[last].text, res):
        return last
    end = last
    for i in range(last + 1, stop):
        tg = tagged[i]
        if tg.role == "":
            if not (
                _content_line(tg.text, res) or (end == i - 1 and BARE_LINK_RE.fullmatch(tg.text))
            ):
                break
            end = i
            if _ends_with_code(tg.text, res):
                break
        elif tg.role not in ("related", "boilerplate") or tg.credit == "header":
            break
    return end


_CODE_END_RE = re.compile(
    r"[(\[]\s*(?P<word>[A-Za-z]{2,7})(?P<rest>(?:\s*/\s*[A-Za-z0-9]{1,5})*)\s*[)\]]\s*$"
)


def _ends_with_code(text: str, res: CleanResources) -> bool:
    """An editor or wire code closes the article: "(nvl/nvl)", "(ant)", "(AFP)", "[Antara]". A
    capitalised word alone is one only when it names an agency ("Thriller (Vinile)" is not)."""
    m = _CODE_END_RE.search(text)
    if m is None:
        return False
    word = m.group("word")
    return (
        bool(m.group("rest"))
        or word.islower()
        or word.isupper()
        or bool(res.agency_re.fullmatch(word))
    )


# A closing sentence can be two words ("Haoyu snorted.", "Smith abstained.") when it ends like one.
CLOSING_SENTENCE_END = (".", "!", "?", '."', '!"', '?"', ".”", "!”", "?”", "。", "！", "？")


# A link written out as its address, right after an item of the list, is the item's reference
# ("12) Roger Waters - The Wall" then "http://amzn.to/..."), not a menu.
BARE_LINK_RE = re.compile(r"(?:https?://|www\.)\S+")


def _content_line(text: str, res: CleanResources) -> bool:
    words = sentence_words(text, res)
    return (
        bool(NUMBERED_RE.fullmatch(text))
        or (
            words >= 3
            and (text.endswith(SENT_END) or ": " in text or any(c.isdigit() for c in text))
        )
        or (words == 2 and text.endswith(CLOSING_SENTENCE_END))
    )


def sentence_words(text: str, res: CleanResources) -> int:
    """Words of a line without its closing codes ("(ant)", "(ANTARA)"), which the body loses:
    "pemerintah (ant) (ant)" is one word, no sentence (kept, its rerun would keep nothing)."""
    while (m := _CODE_END_RE.search(text)) is not None and _ends_with_code(text, res):
        text = text[: m.start()].rstrip()
    return word_count(text)
