"""The corpus: an embedded SQLite database (WAL) with full-text search, copies and stories.

``Store.open(path)`` opens or creates one; ``Store.open(path, readonly=True)`` only reads.
"""

from __future__ import annotations

from warta.store.store import DEFAULT_DB, Store

__all__ = ["DEFAULT_DB", "Store"]
