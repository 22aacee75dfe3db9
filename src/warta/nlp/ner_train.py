"""Training the NER tagger: word clusters from IndoSum, then a CRF on IDNER-news-2k + NERGrit.

One entry point, :func:`train_ner`, used by ``scripts/train_ner.py`` and ``warta train ner``.
Everything is seeded, so the same data gives the same clusters and model.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warta.nlp.ner import (
    MODEL_NAME,
    NerTagger,
    read_tagged,
    repair_bio,
    span_scores,
)
from warta.nlp.ner_features import Lexicons, data_dir, sentence_features, write_clusters

SEED = 13
# Words clustered: the most frequent raw-cased IndoSum tokens seen at least this often.
CLUSTER_VOCAB = 40_000
CLUSTER_MIN_COUNT = 3
# Context words (left and right neighbour, lower-cased) that make up the co-occurrence vectors.
CLUSTER_CONTEXTS = 2_000
CLUSTER_DIMS = 100
# Cluster granularities (coarse to fine), each a separate k-means over the same vectors.
CLUSTER_KS = (32, 128, 512)
# CRF regularisation chosen on the dev/valid splits (see bench/ner.py and the training log).
CRF_C1 = 0.03
CRF_C2 = 0.3
CRF_ITERATIONS = 200

Corpus = list[tuple[list[str], list[str]]]


def shared_dir() -> Path:
    """``/work/shared``-style data folder beside the repository."""
    return Path(__file__).resolve().parents[3].parent / "shared"


@dataclass(frozen=True)
class NerData:
    """Paths to the training corpora (train + tuning split of each) and the cluster text."""

    shared: Path = field(default_factory=shared_dir)

    def split(self, corpus: str, split: str) -> Path:
        folder = self.shared / "data" / "ner" / corpus
        if corpus == "nergrit" and split == "dev":
            split = "valid"
        return folder / f"{split}.txt"

    def indosum(self) -> list[Path]:
        return sorted((self.shared / "data" / "indosum").glob("dev.0*.jsonl"))


CORPORA = ("idner-news-2k", "nergrit")


def indosum_sentences(paths: Sequence[Path]) -> list[list[str]]:
    """Tokenised sentences of the IndoSum articles (each article once)."""
    seen: set[str] = set()
    sentences: list[list[str]] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                if doc["id"] in seen:
                    continue
                seen.add(doc["id"])
                for paragraph in doc["paragraphs"]:
                    sentences.extend(paragraph)
    return sentences


def build_clusters(sentences: Sequence[Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """k-means clusters of PPMI left/right-neighbour vectors (SVD-reduced), at several sizes."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    counts = Counter(tok for sent in sentences for tok in sent)
    vocab = [w for w, c in counts.most_common(CLUSTER_VOCAB) if c >= CLUSTER_MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    lower_counts = Counter(tok.lower() for sent in sentences for tok in sent)
    contexts = {w: i for i, (w, _) in enumerate(lower_counts.most_common(CLUSTER_CONTEXTS))}
    rows: list[int] = []
    cols: list[int] = []
    for sent in sentences:
        padded = ["<s>", *(t.lower() for t in sent), "</s>"]
        for k, tok in enumerate(sent, start=1):
            row = index.get(tok)
            if row is None:
                continue
            for offset, side in ((-1, 0), (1, CLUSTER_CONTEXTS)):
                col = contexts.get(padded[k + offset])
                if col is not None:
                    rows.append(row)
                    cols.append(col + side)
    data = np.ones(len(rows), dtype=np.float64)
    matrix = sparse.coo_matrix(
        (data, (rows, cols)), shape=(len(vocab), 2 * CLUSTER_CONTEXTS)
    ).tocsr()
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel() + 1e-9
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() + 1e-9
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    ppmi = sparse.csr_matrix((np.maximum(pmi, 0), (coo.row, coo.col)), shape=matrix.shape)
    vectors = TruncatedSVD(CLUSTER_DIMS, random_state=SEED).fit_transform(ppmi)
    vectors = normalize(vectors)
    labels = [
        MiniBatchKMeans(k, random_state=SEED, n_init=3, batch_size=4096).fit_predict(vectors)
        for k in CLUSTER_KS
    ]
    return {w: tuple(str(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


# Mid-sentence occurrences a word needs for a capitalisation bucket, and the bucket edges
# (share of those occurrences written capitalised).
CAPITALS_MIN_COUNT = 3
CAPITAL_BUCKETS = ((0.05, "lower"), (0.5, "mixed"), (0.95, "mostly"), (1.01, "always"))


def build_capitals(sentences: Sequence[Sequence[str]]) -> dict[str, str]:
    """Lower word -> how often news capitalises it mid-sentence (lower/mixed/mostly/always)."""
    seen: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for sent in sentences:
        for k in range(1, len(sent)):
            tok, before = sent[k], sent[k - 1]
            if not tok[:1].isalpha() or before in SENTENCE_OPENERS:
                continue
            low = tok.lower()
            seen[low] += 1
            if tok[:1].isupper():
                capital[low] += 1
    out = {}
    for word, n in seen.items():
        if n >= CAPITALS_MIN_COUNT:
            share = capital[word] / n
            out[word] = next(name for edge, name in CAPITAL_BUCKETS if share < edge)
    return out


# Tokens after which a capital letter says nothing (a new sentence or a quotation starts).
SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "'", "``", "“", ":", "(", "-", "–"})


def build_lexicons(data: NerData, log: Callable[[str], None] = print) -> float:
    """Learn the word clusters and capitalisation buckets from IndoSum and write them as
    package data (``data/ner/clusters.tsv``, ``capitals.tsv``). Returns the seconds taken."""
    started = time.perf_counter()
    sentences = indosum_sentences(data.indosum())
    lexicon = build_clusters(sentences)
    header = (
        "Word clusters (raw-cased word, k-means ids at k="
        + "/".join(map(str, CLUSTER_KS))
        + f") learned by scripts/train_ner.py from IndoSum dev folds ({len(sentences)} sentences, CC BY-SA 4.0)"
    )
    write_clusters(data_dir() / "ner" / "clusters.tsv", lexicon, header)
    capitals = build_capitals(sentences)
    lines = [
        "# Capitalisation of words mid-sentence in IndoSum (lower word, bucket), built by "
        "scripts/train_ner.py (CC BY-SA 4.0 source)",
        *(f"{w}\t{b}" for w, b in sorted(capitals.items())),
    ]
    (data_dir() / "ner" / "capitals.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    took = time.perf_counter() - started
    log(f"clusters: {len(lexicon)} words in {took:.1f}s")
    return took


def load_corpus(data: NerData, corpus: str, split: str) -> Corpus:
    return read_tagged(data.split(corpus, split))


def train_crf(
    train: Corpus, lexicons: Lexicons, model_path: Path, *, c1: float = CRF_C1, c2: float = CRF_C2
) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in train:
        trainer.append(sentence_features(tokens, lexicons), tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": CRF_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model_path))


def evaluate(tagger: NerTagger, corpus: Corpus) -> dict[str, tuple[float, float, float, int]]:
    gold = [tags for _, tags in corpus]
    pred = [repair_bio(tagger.tag(tokens)) for tokens, _ in corpus]
    return span_scores(gold, pred)


def train_ner(
    out: Path | None = None,
    *,
    data: NerData | None = None,
    clusters: bool = True,
    c1: float = CRF_C1,
    c2: float = CRF_C2,
    with_dev: bool = False,
    log: Callable[[str], None] = print,
) -> dict[str, float]:
    """Build the cluster lexicon, train the CRF on both corpora, score on dev/valid.

    ``out`` is the model file (default: the packaged model). Returns timings and dev F1s.
    ``with_dev`` also trains on the dev/valid splits (the packaged model, once features and
    c1/c2 were chosen on dev); its dev scores are then not held out and are not reported.
    """
    data = data or NerData()
    out = out or data_dir() / "models" / MODEL_NAME
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report: dict[str, float] = {}
    if clusters:
        report["cluster_seconds"] = build_lexicons(data, log)
    lexicons = Lexicons.load(with_clusters=clusters)
    splits = ("train", "dev") if with_dev else ("train",)
    train = [s for corpus in CORPORA for split in splits for s in load_corpus(data, corpus, split)]
    t0 = time.perf_counter()
    train_crf(train, lexicons, out, c1=c1, c2=c2)
    report["crf_seconds"] = time.perf_counter() - t0
    report["total_seconds"] = time.perf_counter() - started
    log(f"crf: {len(train)} sentences in {report['crf_seconds']:.1f}s -> {out}")
    tagger = NerTagger.load(out)
    for corpus in () if with_dev else CORPORA:
        scores = evaluate(tagger, load_corpus(data, corpus, "dev"))
        report[f"{corpus}_dev_f1"] = scores["ALL"][2]
        log(
            f"{corpus} dev: P {scores['ALL'][0]:.2f} R {scores['ALL'][1]:.2f} F1 {scores['ALL'][2]:.2f}"
        )
    meta = {**report, "c1": c1, "c2": c2, "seed": SEED, "corpora": list(CORPORA)}
    meta["splits"] = list(splits)
    out.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return report
