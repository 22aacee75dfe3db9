"""Labelled credit boxes of an HTML page ("Penulis: X | Editor: Y", "Rep: X/ Red: Y").

Pages print the editor in an author box that is often after the text or beside the headline,
outside what the content extractor keeps; the box's line goes to ``hints.bylines`` and the
cleaner reads it like a byline of the text. JSON-LD ``editor`` and ``content_editor`` meta
tags say the same in markup."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from warta.html.data import data_lines

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# An author box line is short; the climb from the label stops at longer boxes.
MAX_BOX_CHARS = 120
MAX_CLIMB = 3
MAX_BOXES = 4


@lru_cache(maxsize=1)
def _label_rows() -> tuple[list[str], ...]:
    """The byline labels' rows (label, kind[, colon rule]), read once for both pattern sets."""
    return tuple(r.split("\t") for r in data_lines("byline_prefixes.txt", "clean"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a line opening with any byline label and a colon, an editor label with a colon)."""
    rows = _label_rows()
    every = "|".join(re.escape(r[0]) for r in rows)
    editor = "|".join(re.escape(r[0]) for r in rows if len(r) > 1 and r[1] == "editor")
    return (
        re.compile(rf"^(?:{every})\s*:", re.IGNORECASE),
        re.compile(rf"(?:^|[\s|/•·,])(?:{editor})\s*:", re.IGNORECASE),
    )


def find_bylines(
    tree: LexborHTMLParser, ld: dict[str, Any], meta: dict[str, str]
) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for name in _names(ld.get("editor")) + _names(meta.get("content_editor")):
        out.setdefault(f"Editor: {name}", None)
    body = tree.body
    if body is None:
        return tuple(out)
    out.update(dict.fromkeys(_labelled_credit_boxes(body)))
    out.update(dict.fromkeys(_unlabelled_credit_boxes(body)))
    out.update(dict.fromkeys(_field_label_boxes(body)))
    return tuple(out)


def _labelled_credit_boxes(body: LexborNode) -> list[str]:
    """Lines of the short boxes around an editor label with a colon ("Editor: X"), and the
    source lines beside them."""
    start, editor = _patterns()
    out: dict[str, None] = {}
    if not editor.search(body.text(deep=True, separator=" ")):
        return []  # (spans side by side: "<span>X</span><span>Editor: Y</span>")
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or not editor.search(node.text_content or ""):
            continue
        box = node.parent
        for _ in range(MAX_CLIMB):
            if box is None:
                break
            text = " ".join(box.text(deep=True).split())
            if len(text) > MAX_BOX_CHARS:
                break
            # The name may sit in a child element after the label's text node.
            if start.match(text) and editor.search(text) and not text.endswith(":"):
                out.setdefault(text, None)
                out.update(dict.fromkeys(_source_siblings(box)))
                break
            box = box.parent
        if len(out) >= MAX_BOXES:
            break
    return list(out)


# The first boxes of the page only: further down are a list of writers or their archives.
MAX_CREDIT_BOXES = 6
# Credit boxes named by class may print their labels without colons ("<div class="reporter">
# Reporter <a>X</a> Editor Y</div>"); the class says the words are labels, not prose.
_CREDIT_CLASS = (
    '[class*="reporter"], [class*="byline"], [class*="author"], [class*="penulis"], '
    '[class*="credit"]'
)


def _unlabelled_credit_boxes(body: LexborNode) -> list[str]:
    """Lines of short class-named credit boxes that open with a byline label and name an
    editor without colons; the cleaner reads them as bylines."""
    label, editor = _bare_patterns()
    out = []
    for box in body.css(_CREDIT_CLASS)[:MAX_CREDIT_BOXES]:
        # Spans sit side by side ("<span>Penulis X</span><span>Editor Y</span>").
        text = " ".join(box.text(deep=True, separator=" ").split())
        if len(text) <= MAX_BOX_CHARS and label.match(text) and editor.search(text):
            out.append(text)
    return out


# A CMS field printed as a label element beside its value (Drupal's inline fields: <div
# class="field__label">Reporter</div><div class="field__item">X</div>, the colon added by CSS).
_FIELD_LABEL = '[class*="label"]'


@lru_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    """The byline labels of writers and editors (not sources), case-folded."""
    return frozenset(r[0].casefold() for r in _label_rows() if len(r) > 1 and r[1] != "source")


def _field_label_boxes(body: LexborNode) -> list[str]:
    """ "Label: value" lines of the labelled credit fields whose label is a byline label."""
    labels = _credit_labels()
    out = []
    for node in body.css(_FIELD_LABEL):
        label = " ".join(node.text().split()).rstrip(" :")
        value = node.next
        while value is not None and value.tag == "-text" and not value.text().strip():
            value = value.next
        if label.casefold() not in labels or value is None:
            continue
        text = " ".join(value.text(deep=True, separator=" ").split())
        if text and len(text) <= MAX_NAME_BOX_CHARS:
            out.append(f"{label}: {text}")
        if len(out) >= MAX_BOXES:
            break
    return out


@lru_cache(maxsize=1)
def _bare_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a line opening with a byline label before a name, an editor label before a name)."""
    bare = [r for r in _label_rows() if len(r) < 3 and r[1] != "source"]
    every = "|".join(re.escape(r[0]) for r in bare)
    editor = "|".join(re.escape(r[0]) for r in bare if r[1] == "editor")
    return (
        re.compile(rf"(?i:{every})\s+[A-Z]"),
        re.compile(rf"\s(?i:{editor})\s+[A-Z]"),
    )


def _source_siblings(box: LexborNode) -> list[str]:
    """ "Sumber: ANTARA" printed beside the editor line in the same credit box (PRMN sites):
    the story's wire source, which the cleaner reads from such a line."""
    out = []
    for step in ("prev", "next"):
        node = getattr(box, step)
        while node is not None and node.tag in ("-text", "br"):
            node = getattr(node, step)
        if node is None:
            continue
        text = " ".join(node.text(deep=True).split())
        if len(text) <= MAX_BOX_CHARS and _source_label().match(text):
            out.append(text)
    return out


@lru_cache(maxsize=1)
def _source_label() -> re.Pattern[str]:
    words = "|".join(data_lines("source_labels.txt"))
    return re.compile(rf"(?:{words})\s*:\s*\S", re.IGNORECASE)


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [i.get("name") if isinstance(i, dict) else i for i in items]
    return [" ".join(html.unescape(n).split()) for n in names if isinstance(n, str) and n.strip()]


# An author box holding just a name ("<div class="author-2">Naufal Zuhdi</div>"): a few
# capitalised words, the first boxes of the page only (a bio or a list of writers is longer).
MAX_NAME_BOX_CHARS = 60
MAX_NAME_BOXES = 6
_AUTHOR_CLASS = '[class^="author"], [class*=" author"]'
_NAME_PREFIXES = ("von", "by", "oleh")
_NAME_RE = re.compile(
    rf"(?:(?:{'|'.join(_NAME_PREFIXES)}) )?[^\W\d_][\w'.-]*(?: [^\W\d_][\w'.-]*){{0,4}}", re.I
)


def class_named_authors(tree: LexborHTMLParser) -> list[str]:
    """The name in the first author-class box holding only a name ([] when none does)."""
    for node in tree.css(_AUTHOR_CLASS)[:MAX_NAME_BOXES]:
        text = " ".join(node.text().split())
        if not text or len(text) > MAX_NAME_BOX_CHARS or not _NAME_RE.fullmatch(text):
            continue
        words = text.split()
        if all(w[:1].isupper() for w in words if w.lower() not in _NAME_PREFIXES):
            return [text]
    return []


def box_editors(bylines: tuple[str, ...]) -> frozenset[str]:
    """The names after an editor label in the page's credit box lines ("Editor : Heryadi")."""
    editor = _patterns()[1]
    names: set[str] = set()
    for line in bylines:
        m = editor.search(line)
        if m:
            rest = _NEXT_LABEL.split(line[m.end() :], maxsplit=1)[0]
            names.update(n.strip() for n in re.split(r"\s*[,&]\s*", rest) if n.strip())
    return frozenset(names)


_NEXT_LABEL = re.compile(r"\s*[|/•·]\s*|\s{2,}")
