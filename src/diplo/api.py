"""Library entry points. The CLI and the web page are thin layers over these."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx

from . import pipeline
from .analysis import dossier as dossiers
from .analysis import dyads, listings
from .analysis import graph as graphs
from .analysis import search as searching
from .analysis.document_view import Block, annotate
from .analysis.events import EventRow, event_rows
from .analysis.filters import EventFilter
from .errors import DiploError, NoDatabase
from .events.lexicon import ontology
from .export import formats
from .export.dossier import Link, dossier_html, dossier_markdown
from .ingest import ReadFailure, iter_files, prepare, read_path
from .pipeline import Failure
from .records import Document, Record
from .store import DEFAULT_DB, Store

SAMPLES = resources.files("diplo") / "samples"
SUMMARY_RECORDS = 50  # records an ingest summary keeps to show what was found


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
    stored: list[Record] = field(default_factory=list)


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
                if len(summary.stored) <= SUMMARY_RECORDS:
                    summary.stored.append(result)
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


# Analysts' interfaces: queries, dossiers, exports and the web page, all over the store.

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
EXPORT_FORMATS = tuple(formats.WRITERS)


@contextmanager
def existing_store(db: str | Path) -> Iterator[Store]:
    """The store at `db`, which must already exist (queries never create an empty database)."""
    if not Path(db).is_file():
        raise NoDatabase(db=db)
    with Store(db) as store:
        yield store


def plover_types() -> dict[str, dict]:
    """The PLOVER event types with their description, quad class and cooperation-conflict score."""
    return ontology()["types"]


def search(text: str | None, db: str | Path = DEFAULT_DB, where: EventFilter = EventFilter(),
           limit: int = 50) -> list[searching.SearchHit]:
    """Documents matching a full-text search and the filters, best match first."""
    with existing_store(db) as store:
        return searching.search(store.db, text, where, limit)


def events(db: str | Path = DEFAULT_DB, where: EventFilter = EventFilter(), limit: int | None = 100) -> list[EventRow]:
    """Stored event pairs matching the filters, newest first."""
    with existing_store(db) as store:
        return list(event_rows(store.db, where, limit=limit))


def actors(db: str | Path = DEFAULT_DB, kind: str | None = None,
           limit: int | None = None) -> list[listings.ActorSummary]:
    """Every actor in the store with its counts, the most mentioned first."""
    with existing_store(db) as store:
        return listings.actors(store.db, kind, limit)


def documents(db: str | Path = DEFAULT_DB, language: str | None = None, since: str | None = None,
              until: str | None = None, limit: int | None = None) -> list[listings.DocumentSummary]:
    """Stored documents, newest first, with their counts of facts."""
    with existing_store(db) as store:
        return listings.documents(store.db, language, since, until, limit)


def dyad(a: str, b: str, db: str | Path = DEFAULT_DB, since: str | None = None, until: str | None = None,
         language: str | None = None) -> dyads.Dyad:
    """The events between two actors and their monthly cooperation-conflict score."""
    with existing_store(db) as store:
        return dyads.dyad(store.db, a, b, since, until, language)


def graph(db: str | Path = DEFAULT_DB, where: EventFilter = EventFilter(), level: str = "country") -> nx.DiGraph:
    """The relation graph: actors as nodes, events as weighted, signed, directed edges."""
    with existing_store(db) as store:
        return graphs.relation_graph(store.db, where, level)


def dossier(actors: list[str], db: str | Path = DEFAULT_DB, since: str | None = None,
            until: str | None = None) -> dossiers.Dossier:
    """The cited dossier on one actor, or on two and their relations."""
    with existing_store(db) as store:
        return dossiers.dossier(store.db, actors, since, until)


def dossier_text(actors: list[str], db: str | Path = DEFAULT_DB, format: str = "md", since: str | None = None,
                 until: str | None = None, link: Link | None = None) -> str:
    """The dossier rendered as Markdown (`md`) or as a standalone HTML page (`html`)."""
    brief = dossier(actors, db, since, until)
    return dossier_markdown(brief) if format == "md" else dossier_html(brief, link=link)


def export(path: str | Path, format: str, db: str | Path = DEFAULT_DB, where: EventFilter = EventFilter()) -> int:
    """Write the events matching the filters as plover, csv, parquet, graphml or gexf; returns the count written."""
    with existing_store(db) as store:
        return formats.write(store.db, Path(path), format, where)


def document_view(doc_id: str, db: str | Path = DEFAULT_DB) -> tuple[Record, list[Block]]:
    """A stored document and its text cut into pieces tagged with the facts they carry."""
    with existing_store(db) as store:
        record = store.load(doc_id)
    return record, annotate(record)


def serve(db: str | Path = DEFAULT_DB, host: str = "127.0.0.1", port: int = 8765,
          announce: Callable[[str], None] | None = None) -> None:
    """Run the web page over the store until interrupted (localhost only unless told otherwise);
    `announce(url)` is called when the store is found, just before the server starts."""
    import uvicorn

    from .web import create_app

    if not Path(db).is_file():
        raise NoDatabase(db=db)
    if announce:
        announce(f"http://{host}:{port}/")
    uvicorn.run(create_app(db, local_only=host in LOCAL_HOSTS), host=host, port=port, log_level="warning")
