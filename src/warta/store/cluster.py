"""Reading on a Dask cluster when one machine is not enough.

The reading of an article is a pure function (document in, prepared article out), so the same
``_work`` that runs in the local process pool runs on Dask workers; only the writer, which owns
the SQLite store, stays in this process. Dask is an optional dependency (``warta[dask]``); each
worker needs warta installed (its models ship inside the package, nothing is downloaded).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from warta.errors import ClusterError

# A local cluster's workers are processes with one thread each: the reading is pure Python and
# holds the GIL, so threads would not read in parallel.
LOCAL_THREADS_PER_WORKER = 1
# Seconds to wait for a remote scheduler before saying it cannot be reached.
CONNECT_TIMEOUT = 5


@contextmanager
def dask_executor(scheduler: str, jobs: int) -> Iterator[Executor]:
    """A concurrent.futures executor on the Dask cluster at ``scheduler`` (``local``: start one
    with ``jobs`` worker processes here, for trying the setup); closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError(scheduler, "Dask is not installed: pip install 'warta[dask]'") from exc
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=LOCAL_THREADS_PER_WORKER,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as exc:
            raise ClusterError(scheduler, f"cannot reach the Dask scheduler ({exc})") from exc
    executor = client.get_executor(pure=False)
    try:
        yield executor
    finally:
        executor.shutdown(wait=True)
        client.close()
        if cluster is not None:
            cluster.close()
