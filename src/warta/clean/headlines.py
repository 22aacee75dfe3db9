"""Where a headline glued to the text after it ends, in a page flattened onto one line: a
"Baca juga:" headline before the paragraph it was inserted in, a related list before the
footer, a photo credit before the story (used by clean/flat.py)."""

from __future__ import annotations

import re

from warta.clean.lines import BODY_MIN_CHARS, SHORT_LINE_CHARS, _title_case


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A related headline is at most this many words; a related list under its header a few of them.
HEADLINE_MAX_WORDS = 20
RELATED_LIST_MAX_WORDS = 60
# Of this many words after a capitalised one, half in lower case (not small words) read as a
# sentence, not as more of a title-case headline.
SENTENCE_WINDOW = 4
# Words a title-case headline writes in lower case ("Dikeroyok di Halte"): after a capitalised
# word they do not open a sentence.
HEADLINE_SMALL = _words(
    "di ke dari yang dan untuk pada dengan atau vs dalam bagi oleh hingga sebagai "
    "the of a an in on for and to"
)
# Words a paragraph opens with, rarely a headline's ("Namun ...", "Menurut ...").
OPENERS = _words(
    "namun sementara menurut sedangkan kemudian selain ia dia mereka kami meski sebelumnya "
    "tapi tetapi bahkan padahal adapun selanjutnya berikutnya"
)

_TOKEN = re.compile(r"\S+")
# Title-case text this long without a sentence end is a run of headlines (a related list).
_HEADLINE_CHUNK_CHARS = BODY_MIN_CHARS - 1


def headline_cut(line: str, cue: int, start: int, max_words: int) -> set[int]:
    """Where the headline after a related cue ends: at its closing bracket or quote, or before
    the paragraph that follows (a capital then lower-case words: "... Alexis Saat itu, Andrew")."""
    if line[cue] in "([":
        close = line.find(")" if line[cue] == "(" else "]", start)
        return {close + 1} if close > 0 else set()
    if line[start : start + 1] in ('"', "“"):
        close = line.find("”" if line[start] == "“" else '"', start + 1)
        return {close + 1} if close > 0 else set()
    words = [m.group() for m in _TOKEN.finditer(line, start)][: max_words + SENTENCE_WINDOW]
    k = paragraph_opening(words)
    return set() if k is None else {nth_token(line, start, k)}


def paragraph_opening(words: list[str], first: int = 2) -> int | None:
    """The first of ``words`` that opens the paragraph after a headline. A sentence-case
    headline ("Pemerintah jamin korban ...") ends before its first capitalised word; a title-case
    one before a quote, a sentence opener ("Tapi", "Namun"), a capitalised word with a comma, or
    a capitalised word with lower-case words after it ("Salah seorang di antaranya", "Boyz II
    Men dikenang karena"): a title-case headline writes only its small words in lower case."""
    sentence_case = len(words) > 1 and words[1][0].islower()
    for k in range(first, len(words) - 1):
        w = words[k]
        if w[0] in '"“' or (w[0].isupper() and (sentence_case or w.lower() in OPENERS)):
            return k
        if not w[0].isupper():
            continue
        after = _before_quote(words[k + 1 : k + 1 + SENTENCE_WINDOW])
        lower = [a[0].islower() and not _small(a) for a in after]
        if (
            w.endswith(",")
            or (lower and lower[0])
            or (len(lower) > 1 and _small(after[0]) and lower[1])
        ):
            return k
        if sum(lower) >= SENTENCE_WINDOW // 2 and not _opener_before(after):
            return k
    return None


def _before_quote(words: list[str]) -> list[str]:
    """The words up to a quote: the quote opens the paragraph ("... Sepekan ke Depan "Air
    masuk ..."), its lower-case words are none of the headline's."""
    for i, w in enumerate(words):
        if w[0] in '"“':
            return words[:i]
    return words


def _small(word: str) -> bool:
    return word.strip(",.").lower() in HEADLINE_SMALL


def _opener_before(words: list[str]) -> bool:
    """An opener ("Menurut dia, ...") among the capitalised words before the first lower-case
    one: the sentence starts there, not earlier."""
    for w in words:
        if w[0].islower():
            return False
        if w.lower() in OPENERS:
            return True
    return False


def nth_token(line: str, start: int, k: int) -> int:
    for n, m in enumerate(_TOKEN.finditer(line, start)):
        if n == k:
            return m.start()
    return len(line)


def headline_chunks(piece: str) -> list[str]:
    """A long title-case run without a sentence end (headlines listed one after another) in
    pieces too short to read as a paragraph; any other piece whole."""
    if len(piece) < BODY_MIN_CHARS or len(piece) > SHORT_LINE_CHARS * 4 or not _title_case(piece):
        return [piece]
    if re.search(r"[.!?][\"”’)]*(?:\s|$)", piece):
        return [piece]
    chunks: list[str] = []
    for word in piece.split():
        if chunks and len(chunks[-1]) + len(word) < _HEADLINE_CHUNK_CHARS:
            chunks[-1] += " " + word
        else:
            chunks.append(word)
    return chunks
