"""Word-level text helpers shared by search, copies and stories: tokens, stems, content terms."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property

WORD = re.compile(r"\w+", re.UNICODE)
# Words shorter than this carry little topic (particles, "di", "ke", numbers like "3").
MIN_TERM_LEN = 3


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, underscore)."""
    return [w.lower() for w in WORD.findall(text)]


class Stemmer:
    """PySastrawi stemmer with a per-instance cache (the same words recur across a corpus).

    Sastrawi over-stems names ("Taliban" → "talib"), which is harmless for matching because
    the query is stemmed the same way; entity names are also indexed unstemmed.
    """

    def __init__(self, backend: Callable[[str], str] | None = None) -> None:
        self._cache: dict[str, str] = {}
        self._backend = backend

    @cached_property
    def _stem_word(self) -> Callable[[str], str]:
        if self._backend is not None:
            return self._backend
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        return StemmerFactory().create_stemmer().stem  # type: ignore[no-any-return]

    @cached_property
    def stopwords(self) -> frozenset[str]:
        from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

        return frozenset(StopWordRemoverFactory().get_stop_words())

    def stem(self, word: str) -> str:
        word = word.lower()
        got = self._cache.get(word)
        if got is None:
            if word.isdigit() or len(word) < MIN_TERM_LEN:
                got = word
            else:
                got = self._stem_word(word) or word
            self._cache[word] = got
        return got

    def stem_token(self, token: str) -> str:
        """A token as written: capitalised ones (names, mostly) are only lower-cased, since
        Sastrawi mangles names and trying every affix rule on them is its slowest path."""
        return token.lower() if token[:1].isupper() else self.stem(token)

    def stem_text(self, text: str) -> str:
        """The text as space-separated stems (for the stemmed search column)."""
        return " ".join(self.stem_token(w) for w in WORD.findall(text))

    def content_terms(self, text: str) -> Counter[str]:
        """Stems of the content words (no stopwords, no numbers, no short words)."""
        stop = self.stopwords
        return Counter(
            self.stem_token(w)
            for w in WORD.findall(text)
            if len(w) >= MIN_TERM_LEN and not w.isdigit() and w.lower() not in stop
        )


def shingles(tokens: Iterable[str], size: int) -> set[str]:
    """Word n-grams (joined by spaces); a text shorter than ``size`` gives itself."""
    seq = list(tokens)
    if len(seq) < size:
        return {" ".join(seq)} if seq else set()
    return {" ".join(seq[i : i + size]) for i in range(len(seq) - size + 1)}
