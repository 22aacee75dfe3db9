"""Models and lexicons of the language layer, loaded lazily from package data.

:class:`NlpResources` is a holder: each part (tokenizer, NER tagger, gazetteer, lexicons,
stemmer, background frequencies) loads on first use and is then reused, so creating it is cheap
and a run that never asks for keywords never builds the stemmer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from warta.nlp.lexicon import read_lines, read_table

if TYPE_CHECKING:
    from warta.nlp.gazetteer import Gazetteer
    from warta.nlp.sentences import Tokenizer


# distinct words whose stems stay memoised (a year of news has ~200k; entries are small)
STEM_CACHE_WORDS = 200_000


@dataclass(frozen=True)
class Cues:
    """Quote cue words by kind: ``say`` verbs, ``prep`` (menurut), ``closing`` (demikian),
    ``lead`` (only before reported content: khawatir, yakin), ``passive`` (the next sentence
    names the speaker: "Hal itu disampaikan X"), ``appeal`` (meminta, mengimbau: attributes a
    quote in quote marks, but an appeal in reported speech is no quote)."""

    say: frozenset[str]
    prep: frozenset[str]
    closing: frozenset[str]
    lead: frozenset[str]
    passive: frozenset[str] = frozenset()
    appeal: frozenset[str] = frozenset()

    # Unions the attributor looks words up in, built once rather than at every quote.
    @cached_property
    def attributing(self) -> frozenset[str]:
        """Cues right after a closing quote mark: ``"...," kata X``, ``demikian X``, appeals."""
        return self.say | self.closing | self.appeal

    @cached_property
    def say_or_appeal(self) -> frozenset[str]:
        return self.say | self.appeal

    @cached_property
    def trailing(self) -> frozenset[str]:
        """Cues after a comma ending reported speech: ``..., kata X``, ``..., menurut X``."""
        return self.say | self.closing | self.prep


class WordList:
    """A word list from package data (``data/nlp/<filename>``) as a lazily read attribute: read
    on first use, then kept on the instance like a cached_property."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.name = filename

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> frozenset[str]:
        words = frozenset(read_lines(self.filename))
        if obj is not None:
            obj.__dict__[self.name] = words
        return words


class NlpResources:
    """Everything stage 4 needs; every part loads lazily. ``ner_path`` overrides the model."""

    def __init__(self, *, ner_path: str | None = None, use_ner: bool = True) -> None:
        self.ner_path = ner_path
        self.use_ner = use_ner

    @classmethod
    def load(cls, *, ner_path: str | None = None, use_ner: bool = True) -> NlpResources:
        return cls(ner_path=ner_path, use_ner=use_ner)

    @cached_property
    def tokenizer(self) -> Tokenizer:
        from warta.nlp.sentences import default_tokenizer

        return default_tokenizer()

    @cached_property
    def tagger(self) -> Any | None:
        """The packaged NER tagger, or None when it is not installed (gazetteer fallback)."""
        if not self.use_ner:
            return None
        try:
            from pathlib import Path

            from warta.nlp.ner import NerTagger

            return NerTagger.load(Path(self.ner_path) if self.ner_path else None)
        except (ImportError, FileNotFoundError, OSError, AttributeError):
            return None

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from warta.nlp.gazetteer import Gazetteer

        return Gazetteer.load()

    @cached_property
    def cues(self) -> Cues:
        names = ("say", "prep", "closing", "lead", "passive", "appeal")
        kinds: dict[str, set[str]] = {k: set() for k in names}
        for row in read_table("cue_words.tsv"):
            kinds[row["kind"]].add(row["cue"])
        return Cues(*(frozenset(kinds[k]) for k in names))

    @cached_property
    def titles(self) -> frozenset[str]:
        return frozenset(w.lower() for w in read_lines("titles.txt"))

    @cached_property
    def person_aliases(self) -> dict[str, str]:
        """Nicknames of public figures -> full names ("Jokowi" -> "Joko Widodo")."""
        return {row["alias"]: row["name"] for row in read_table("person_aliases.tsv")}

    # Words IndoSum writes in lower case: ordinary words, so not part of a name.
    common_words = WordList("common_words.txt")
    role_words = WordList("role_words.txt")
    person_prefixes = WordList("person_prefixes.txt")
    subject_particles = WordList("subject_particles.txt")
    time_words = WordList("time_words.txt")
    speaker_adverbials = WordList("speaker_adverbials.txt")
    unnamed_words = WordList("unnamed_words.txt")
    appeal_leads = WordList("appeal_leads.txt")

    @cached_property
    def role_abbreviations(self) -> dict[str, str]:
        return {row["short"]: row["role"] for row in read_table("role_abbreviations.tsv")}

    pronouns = WordList("pronouns.txt")
    stopwords = WordList("stopwords.txt")

    @cached_property
    def background(self) -> tuple[int, dict[str, int]]:
        """(number of documents, document frequency per stem) of the background corpus."""
        rows = read_lines("background_df.tsv")
        n_docs = int(rows[0].split("\t")[1])
        df = {}
        for row in rows[1:]:
            stem, _, count = row.rpartition("\t")
            if stem:
                df[stem] = int(count)
        return n_docs, df

    @cached_property
    def stem(self) -> Callable[[str], str]:
        """Sastrawi's stemmer (its factory builds a large dictionary, so only once).

        Stemming one word is a pure function and Sastrawi takes ~50 us per word, so results
        are memoised on this holder (bounded), not per call: that alone doubles throughput.
        """
        from functools import lru_cache

        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        return lru_cache(maxsize=STEM_CACHE_WORDS)(StemmerFactory().create_stemmer().stem)
