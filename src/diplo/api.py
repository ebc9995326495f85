"""Library entry points. The CLI and the web page are thin layers over these."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import pipeline
from .errors import DiploError
from .ingest import ReadFailure, iter_files, prepare, read_path
from .pipeline import Failure
from .records import Document, Record
from .store import DEFAULT_DB, Store

SAMPLES = resources.files("diplo") / "samples"


def sample_paths() -> list[Path]:
    """The sample documents bundled with diplo."""
    return sorted(Path(str(p)) for p in SAMPLES.iterdir() if p.name.endswith(".txt"))


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | Failure]:
    """Documents from files and folders, normalised, identified and dated; a Failure for each bad one."""
    for path in iter_files(list(paths)):
        for raw in read_path(path):
            if isinstance(raw, ReadFailure):
                yield Failure(raw.source, str(raw.error))
                continue
            try:
                yield prepare(raw)
            except DiploError as error:
                yield Failure(raw.source, str(error))


def extract(paths: Iterable[str | Path], workers: int = 1) -> Iterator[Record | Failure]:
    """Records for files and folders, without a database, in input order."""
    failures: list[Failure] = []

    def documents() -> Iterator[Document]:
        for item in read_documents(paths):
            if isinstance(item, Failure):
                failures.append(item)
            else:
                yield item

    for record in pipeline.extract(documents(), workers=workers):
        while failures:
            yield failures.pop(0)
        yield record
    yield from failures


def extract_text(text: str, source: str = "<text>") -> Record:
    """The record of one text given as a string."""
    from .records import RawDocument

    result = pipeline.extract_batch([prepare(RawDocument(text=text, source=source))])[0]
    if isinstance(result, Failure):
        raise RuntimeError(result.message)
    return result


@dataclass
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)


def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, workers: int = 1, reprocess: bool = False,
           progress: Callable[[int, int], None] | None = None) -> IngestSummary:
    """Read, extract and store documents, one transaction each; documents already stored are skipped.

    `progress(done, total)` is called after each document.
    """
    started = time.perf_counter()
    summary = IngestSummary()
    seen: set[str] = set()
    with Store(db) as store:
        pending: list[Document] = []
        items = list(read_documents(paths))
        for item in items:
            if isinstance(item, Failure):
                summary.failed += 1
                summary.failures.append(item)
            elif item.id in seen or (store.has(item.id) and not reprocess):
                summary.duplicates += 1
            else:
                seen.add(item.id)
                pending.append(item)
        total, done = len(items), summary.failed + summary.duplicates
        if progress:
            progress(done, total)
        for result in pipeline.extract(pending, workers=workers):
            if isinstance(result, Failure):
                summary.failed += 1
                summary.failures.append(result)
            elif store.save(result, replace=reprocess):
                summary.ingested += 1
            else:
                summary.duplicates += 1
            done += 1
            if progress:
                progress(done, total)
    summary.seconds = time.perf_counter() - started
    return summary


def show(doc_id: str, db: str | Path = DEFAULT_DB) -> Record:
    """The stored record of one document."""
    with Store(db) as store:
        return store.load(doc_id)
