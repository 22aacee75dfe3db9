"""``ingest``: stream documents, read them in parallel, store them in transactional batches.

1. Documents stream from :func:`warta.read.iter_documents`; each gets a hash of its raw
   content. Documents whose ``(source, hash)`` is already stored (or already failed) are skipped
   before any reading, so a re-run after an interruption only reads the rest.
2. A process pool reads the rest (one :class:`~warta.pipeline.Reader` per worker, made on its
   first batch) and prepares fingerprints, terms and actors next to the reading. With
   ``scheduler`` the pool is a Dask cluster instead (:mod:`warta.store.cluster`): the same pure
   reading function runs on its workers, and the store stays on this machine.
3. The single writer stores each batch in one transaction (see :mod:`warta.store.write`) while
   the workers read the next one.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import ExtractError, WartaError
from warta.link.fingerprint import digest
from warta.link.prepare import Prepared, Preparer
from warta.model import Document
from warta.store.store import Store
from warta.store.write import Failure, known_documents, write_batch

# Documents per transaction: large enough to amortise the commit, small enough that an
# interruption loses little and the progress bar moves.
BATCH_SIZE = 256

# Per-worker-process state, set once by the pool initializer (a Reader loads its models once).
_WORKER: dict[str, Any] = {}


@dataclass
class IngestReport:
    """What one ingest did."""

    seen: int = 0
    skipped: int = 0
    added: int = 0
    duplicates: int = 0
    errors: int = 0
    batches: int = 0
    error_lines: list[str] = field(default_factory=list)


def document_hash(doc: Document) -> str:
    """Hash of everything a reading depends on: the same input is never read twice."""
    return digest(doc.text or "", doc.html or "", doc.url or "", doc.title or "",
                  doc.published or "", doc.outlet or "")  # fmt: skip


def background_df() -> tuple[int, Mapping[str, int]]:
    """Document frequencies of a background news corpus (shipped with the language layer)."""
    from warta.nlp.resources import NlpResources

    return NlpResources.load().background


def _init_worker(nlp: bool) -> None:
    from warta.pipeline import Reader

    reader = Reader(nlp=nlp)
    _WORKER["nlp"] = nlp
    _WORKER["reader"] = reader
    _WORKER["preparer"] = Preparer(reader.nlp_resources.stem if nlp else None)


def _work(items: list[tuple[Document, str]], nlp: bool = True) -> list[Prepared | Failure]:
    if _WORKER.get("nlp") is not nlp:
        _init_worker(nlp)
    reader, preparer = _WORKER["reader"], _WORKER["preparer"]
    out: list[Prepared | Failure] = []
    for doc, doc_hash in items:
        try:
            article = reader.read(doc)
            if not article.body.strip():
                raise ExtractError(doc.source, "no article text found")
            out.append(preparer.prepare(article, doc_hash))
        except WartaError as exc:
            out.append(Failure(doc.source, doc_hash, type(exc).__name__, exc.problem))
        except Exception as exc:  # a bug on one document must not stop the corpus
            out.append(
                Failure(doc.source, doc_hash, "InternalError", f"{type(exc).__name__}: {exc}")
            )
    return out


def _batches(
    items: Iterable[Document | WartaError], size: int
) -> Iterator[list[Document | WartaError]]:
    batch: list[Document | WartaError] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chunks(items: list[Any], n: int) -> list[list[Any]]:
    step = max(1, -(-len(items) // n))
    return [items[i : i + step] for i in range(0, len(items), step)]


class _Ingest:
    def __init__(self, store: Store, jobs: int, nlp: bool, progress: bool) -> None:
        self.store = store
        self.jobs = jobs
        self.nlp = nlp
        self.report = IngestReport()
        self.background = background_df()
        self.seen_keys: set[tuple[str, str]] = set()
        from tqdm import tqdm

        self.bar = tqdm(unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True)

    def plan(
        self, batch: list[Document | WartaError]
    ) -> tuple[list[tuple[Document, str]], list[Failure]]:
        """Split a batch into documents to read and read failures; skip known documents."""
        failures = [
            Failure(i.source, digest(i.problem), type(i).__name__, i.problem)
            for i in batch
            if isinstance(i, WartaError)
        ]
        docs = [(d, document_hash(d)) for d in batch if isinstance(d, Document)]
        keys = [(d.source, h) for d, h in docs] + [(f.source, f.doc_hash) for f in failures]
        known = known_documents(self.store.db, keys) | self.seen_keys
        self.seen_keys.update(keys)
        todo = [(d, h) for d, h in docs if (d.source, h) not in known]
        fresh = [f for f in failures if (f.source, f.doc_hash) not in known]
        self.report.seen += len(batch)
        self.report.skipped += len(batch) - len(todo) - len(fresh)
        return todo, fresh

    def write(self, results: list[Prepared | Failure], failures: list[Failure], n_in: int) -> None:
        prepared = [r for r in results if isinstance(r, Prepared)]
        failed = failures + [r for r in results if isinstance(r, Failure)]
        got = write_batch(self.store.db, prepared, failed, self.background)
        r = self.report
        r.added += got.added
        r.duplicates += got.duplicates
        r.errors += got.errors
        r.batches += 1
        r.error_lines += [f"{f.source}: {f.problem}" for f in failed]
        self.bar.update(n_in)
        self.bar.set_postfix(added=r.added, dup=r.duplicates, errors=r.errors, refresh=False)


def ingest(
    inputs: Iterable[str],
    db_path: str | Path,
    *,
    jobs: int | None = None,
    nlp: bool = True,
    batch_size: int = BATCH_SIZE,
    progress: bool = False,
    scheduler: str | None = None,
) -> IngestReport:
    """Ingest files, directories, JSONL exports or URLs into the corpus at ``db_path``.

    ``jobs`` reader processes (default: the number of cores; 1 reads in this process).
    ``scheduler``: read on a Dask cluster instead (``tcp://host:8786``, or ``local`` for a
    cluster of ``jobs`` worker processes on this machine); writing stays here.
    Idempotent: re-ingesting stored documents adds nothing.
    """
    from warta.read import iter_documents

    jobs = jobs or os.cpu_count() or 1
    with Store.open(db_path) as store:
        run = _Ingest(store, jobs, nlp, progress)
        try:
            if scheduler:
                from warta.store.cluster import dask_executor

                with dask_executor(scheduler, jobs) as pool:
                    _parallel(run, iter_documents(inputs), batch_size, pool)
            elif jobs == 1:
                _init_worker(nlp)
                for batch in _batches(iter_documents(inputs), batch_size):
                    todo, failures = run.plan(batch)
                    run.write(_work(todo), failures, len(batch))
            else:
                pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(nlp,))
                try:
                    _parallel(run, iter_documents(inputs), batch_size, pool)
                finally:
                    pool.shutdown(wait=True, cancel_futures=True)
        finally:
            run.bar.close()
        return run.report


def _parallel(
    run: _Ingest, items: Iterable[Document | WartaError], batch_size: int, pool: Executor
) -> None:
    pending: deque[tuple[list[Future[list[Prepared | Failure]]], list[Failure], int]] = deque()
    for batch in _batches(items, batch_size):
        todo, failures = run.plan(batch)
        chunks = _chunks(todo, run.jobs * 2) if todo else []
        futures = [pool.submit(_work, c, run.nlp) for c in chunks]
        pending.append((futures, failures, len(batch)))
        # Keep one batch reading in the workers while the previous one is written.
        while len(pending) > 1:
            _write_oldest(run, pending)
    while pending:
        _write_oldest(run, pending)


def _write_oldest(
    run: _Ingest, pending: deque[tuple[list[Future[list[Prepared | Failure]]], list[Failure], int]]
) -> None:
    futures, failures, n_in = pending.popleft()
    results = [r for f in futures for r in f.result()]
    run.write(results, failures, n_in)
