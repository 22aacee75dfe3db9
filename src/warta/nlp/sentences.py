"""Tokens and sentences of Indonesian news text, with character offsets.

One compiled regex finds tokens (URLs, numbers such as ``1.000`` and ``3,5``, abbreviations from
a data file, initials, words, ellipses, punctuation); sentences end at ``. ! ? …`` followed by a
capitalised word, and always at a paragraph break. A quote mark glued to the end of a sentence
closes it; one after a space opens the next, so quotes that span sentences split cleanly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from warta.model import Span

_URL = r"(?:https?://|www\.)[^\s\"'<>()\[\]]+[^\s\"'<>()\[\].,;:!?]"
_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|co\.id|go\.id|ac\.id|or\.id|id|net|org|tv|news|io)(?:/[^\s\"'<>()]*[^\s\"'<>().,;:!?])?(?!\w|\.\w)"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NUMBER = r"\d+(?:[.,]\d+)*(?!\w)"
# A currency glued to its amount ("Rp5.000", "US$1,5"): its dot is no sentence end.
_AMOUNT = r"(?<![\w$])(?:[A-Z][A-Za-z]{0,2}\$?|\$)\d+(?:[.,]\d+)+(?!\w)"
_WORD = r"\w+(?:[-'’]\w+)*"
_ELLIPSIS = r"\.{2,}|…"
_INITIAL = r"(?<![\w.])[A-Z]\.(?=\s?[A-Z])"
_TERMINAL = frozenset({".", "!", "?", "…"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«"})


class Token(NamedTuple):
    """A token and its character offsets (a NamedTuple: cheap to create by the thousand)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Tokenizer:
    """Compiled token pattern plus the abbreviation lists it was built from."""

    pattern: re.Pattern[str]
    enders: frozenset[str]  # abbreviations that may also end a sentence ("dll.")

    @classmethod
    def build(cls, abbreviations: Iterable[str]) -> Tokenizer:
        words, enders = [], set()
        for line in abbreviations:
            if line.endswith("*"):
                line = line[:-1]
                enders.add(line)
            words.append(line)
        words.sort(key=len, reverse=True)
        abbr = "|".join(re.escape(w) for w in words)
        abbr_part = rf"(?<![\w.])(?:{abbr})(?!\w)" if abbr else r"(?!x)x"
        parts = [
            _URL,
            _EMAIL,
            _DOMAIN,
            abbr_part,
            _INITIAL,
            _AMOUNT,
            _NUMBER,
            _WORD,
            _ELLIPSIS,
            r"[^\w\s]",
        ]
        return cls(re.compile("|".join(f"(?:{p})" for p in parts)), frozenset(enders))

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        stop = len(text) if end is None else end
        return [
            Token(m.group(), m.start(), m.end()) for m in self.pattern.finditer(text, start, stop)
        ]


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """Tokenizer built from the packaged abbreviation list (cached: it is immutable)."""
    from warta.nlp.lexicon import read_lines

    return Tokenizer.build(read_lines("abbreviations.txt"))


def tokenize(text: str, tokenizer: Tokenizer | None = None) -> list[Token]:
    return (tokenizer or default_tokenizer()).tokens(text)


def split_sentences(text: str, tokenizer: Tokenizer | None = None) -> list[Span]:
    """Sentence spans (character offsets into ``text``), paragraph by paragraph."""
    tok = tokenizer or default_tokenizer()
    spans: list[Span] = []
    for p_start, p_end in _paragraphs(text):
        spans.extend(_split_paragraph(text, tok.tokens(text, p_start, p_end), tok.enders))
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _split_paragraph(text: str, tokens: list[Token], enders: frozenset[str]) -> list[Span]:
    spans: list[Span] = []
    first = 0
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i].text
        is_end = t in _TERMINAL or t.startswith("..") or t in enders
        if not is_end:
            i += 1
            continue
        j = i + 1
        # closing quotes/brackets glued to the terminal mark belong to this sentence
        while j < n and tokens[j].text in _CLOSERS and tokens[j].start == tokens[j - 1].end:
            j += 1
        if j >= n or _starts_sentence(tokens, j, strict=t not in ("!", "?", ".")):
            if first < j:
                spans.append(Span(tokens[first].start, tokens[j - 1].end))
            first = j
        i = j
    if first < n:
        spans.append(Span(tokens[first].start, tokens[n - 1].end))
    return spans


def _starts_sentence(tokens: list[Token], j: int, *, strict: bool) -> bool:
    """Whether token ``j`` can open a sentence: capital letter or digit, maybe after openers."""
    k = j
    while k < len(tokens) and tokens[k].text in _OPENERS:
        k += 1
    if k >= len(tokens):
        return False
    first = tokens[k].text[0]
    if first.isupper():
        return True
    # after an ellipsis or "dll." only a capital letter starts a new sentence
    return not strict and first.isdigit() and k == j
