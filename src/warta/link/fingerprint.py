"""Fingerprints: content hashes, normalised URLs and MinHash signatures with LSH band keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from warta.link.text import shingles, words

# 128 permutations estimate Jaccard within ~0.05 (datasketch); 32 bands of 4 rows make a pair
# with Jaccard 0.5 a candidate with probability 1-(1-0.5^4)^32 = 0.87, and 0.6: 0.99.
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
# Word 3-grams: long enough that two unrelated texts share few, short enough that a light
# edit breaks only a few.
SHINGLE_WORDS = 3
MINHASH_SEED = 1
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|ref|source|from|_ga)$", re.IGNORECASE)


def digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def normalise_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a text: its words joined by spaces."""
    return " ".join(words(unicodedata.normalize("NFKC", text)))


def content_hash(body: str) -> str:
    """The identity of an article's text: the same words in the same order hash the same."""
    return digest(normalise_text(body))


def normalise_url(url: str | None) -> str | None:
    """Scheme-less, ``www.``-less, lower-cased host, no fragment, tracking parameters or trailing
    slash; None for anything that is not an http(s) URL."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.").removeprefix("m.")
    query = urlencode(
        sorted(kv for kv in parse_qsl(parts.query) if not TRACKING_PARAMS.match(kv[0]))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, query, "")).lstrip("/")


def minhash(body: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of the body's word 3-grams."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    grams = shingles(words(body), SHINGLE_WORDS)
    if grams:
        m.update_batch([g.encode("utf-8") for g in grams])
    return np.asarray(m.hashvalues, dtype=np.uint32)


def band_keys(sig: np.ndarray) -> list[bytes]:
    """One LSH bucket key per band: texts sharing any key are candidate copies."""
    return [sig[b * ROWS : (b + 1) * ROWS].tobytes() for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.mean(a == b))
