"""Extraction on a Dask cluster (`pip install 'diplo[cluster]'`).

`--cluster tcp://HOST:8786` (or $DIPLO_DASK_SCHEDULER) sends the work to a running Dask scheduler whose
workers have the same diplo installed; `--cluster local:N` starts a cluster of N worker processes on this
machine. The workers read the files (paths they can see, or fsspec URLs) and analyse the documents; each
loads diplo's pipelines and knowledge once, as it joins (a worker plugin). The records come back to this
process in input order, where they are stored one transaction each, or written to a Parquet dataset.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from distributed import Client, Future, LocalCluster, WorkerPlugin

from . import __version__, pipeline
from .errors import BadCluster, CannotReachCluster
from .ingest import iter_files, read_files
from .knowledge import available_languages
from .records import Document, Failure, Record

FILES_PER_TASK = 16  # files one reading task reads
CONNECT_SECONDS = 30
WARM_UP_TEXT = "Brussels, 2 May 2024\n\nThe minister met her counterpart and said: \"We agree.\""


class LoadPipelines(WorkerPlugin):
    """Each worker loads diplo's pipelines and knowledge once, as it joins, by analysing a short text in each
    language; a worker whose diplo is another version is refused."""

    name = "diplo"

    def __init__(self, version: str) -> None:
        self.version = version

    def setup(self, worker) -> None:
        if __version__ != self.version:
            raise RuntimeError(f"the worker runs diplo {__version__}, the client diplo {self.version}")
        pipeline.extract_batch([Document(id=code, text=WARM_UP_TEXT, source="warm-up", language=code, supported=True)
                                for code in available_languages()])


class Tasks:
    """The tasks of one priority on the cluster, submitted as to an executor (`pipeline.windowed`)."""

    def __init__(self, client: Client, priority: int) -> None:
        self.client = client
        self.priority = priority

    def submit(self, function: Callable, *args) -> Future:
        return self.client.submit(function, *args, pure=False, priority=self.priority)


class Cluster:
    """A Dask client and what diplo runs through it: reading files, analysing documents. Reading goes first
    on a worker: were it queued behind the analyses, the workers would wait for the documents to analyse."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.reading = Tasks(client, priority=1)
        self.analysing = Tasks(client, priority=0)

    @property
    def slots(self) -> int:
        """How many tasks the workers run at once."""
        return max(1, sum(self.client.nthreads().values()))

    def read(self, paths: Iterable, skip: Iterable = ()) -> Iterator[Document | Failure]:
        """The documents of files and folders, read by the workers, in input order."""
        files = iter(iter_files(list(paths), skip))
        batches = iter(lambda: list(islice(files, FILES_PER_TASK)), [])
        for _, future in pipeline.windowed(self.reading, read_files, batches, 2 * self.slots):
            yield from future.result()

    def extract(self, documents: Iterable[Document], progress: Callable[[float], None] | None = None
                ) -> Iterator[Record | Failure]:
        # Twice the window of a local pool: a worker keeps a batch queued while this process, slower to answer
        # on a busy machine, takes in the records.
        return pipeline.extract(documents, 2 * self.slots, progress, self.analysing)


@contextmanager
def connect(address: str) -> Iterator[Cluster]:
    """The cluster at a scheduler's address, or a new one of N local workers for `local:N`."""
    if address.startswith("local:"):
        workers = address.removeprefix("local:")
        if not workers.isdigit() or int(workers) < 1:
            raise BadCluster(address=address)
        with LocalCluster(n_workers=int(workers), threads_per_worker=1, dashboard_address=None,
                          silence_logs=logging.ERROR) as local, Client(local) as client:
            yield _ready(client)
        return
    try:
        client = Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as error:
        raise CannotReachCluster(address=address, detail=str(error).rstrip(".")) from None
    with client:
        yield _ready(client)


def _ready(client: Client) -> Cluster:
    answers = client.register_plugin(LoadPipelines(__version__))
    refused = {worker: answer for worker, answer in (answers or {}).items() if answer.get("status") != "OK"}
    if refused:
        worker, answer = next(iter(refused.items()))
        raise CannotReachCluster(address=worker, detail=str(answer.get("exception", answer)))
    return Cluster(client)
