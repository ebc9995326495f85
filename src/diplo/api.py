"""Library entry points. The CLI and the web page are thin layers over these.

Each entry point imports what it needs when it is called: the NLP pipelines,
the readers, the stories, each query, networkx, pyarrow, jinja2 and the web
server load only for the commands that use them, so `--help`, `extract` and
the queries start quickly.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis.filters import EventFilter
from .errors import CannotServe, CannotWrite, NoDask, QueryTooSlow, UnknownStory
from .export.formats import FORMATS as EXPORT_FORMATS
from .knowledge import ontology
from .records import Document, Failure, Record
from .store import DEFAULT_DB, Store, is_url, shown

if TYPE_CHECKING:  # the stages and queries below are imported by the entry points that use them
    import networkx as nx

    from .analysis import dossier as dossiers
    from .analysis import dyads, listings
    from .analysis import search as searching
    from .analysis.document_view import Block
    from .analysis.events import EventRow
    from .export.dossier import Link
    from .stories import Story

SAMPLES = resources.files("diplo") / "samples"
SUMMARY_RECORDS = 50  # records an ingest summary keeps to show what was found
SCHEDULER_VARIABLE = "DIPLO_DASK_SCHEDULER"  # the Dask scheduler's address, when --cluster is not given
STORE_FILES = ("", "-wal", "-shm", "-journal")  # the database's files, never read as documents
DYAD_LIMIT = -1  # a dyad lists its latest dyads.EVENT_LIMIT events unless told otherwise
Progress = Callable[[float, int | None], None]  # (documents done, with a fraction for a long one's sections; total)


def sample_paths() -> list[Path]:
    """The sample documents bundled with diplo."""
    return sorted(Path(str(p)) for p in SAMPLES.iterdir() if p.name.endswith(".txt"))


def read_documents(paths: Iterable[str | Path], skip: Iterable[Path] = ()) -> Iterator[Document | Failure]:
    """Documents from files and folders (the files in `skip` passed over), normalised, identified and dated; a
    Failure for each path or line that cannot be read (`Document.notes` tell what was repaired or left out)."""
    from .ingest import iter_files, read_files

    for path in iter_files(list(paths), skip):
        yield from read_files([path])


class Local:
    """Reading and analysis on this machine, in `workers` processes (0: one per core)."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers

    def read(self, paths: Iterable[str | Path], skip: Iterable[Path] = ()) -> Iterator[Document | Failure]:
        return read_documents(paths, skip)

    def extract(self, documents: Iterable[Document], progress: Callable[[float], None] | None = None
                ) -> Iterator[Record | Failure]:
        from . import pipeline

        return pipeline.extract(documents, self.workers, progress)


@contextmanager
def engine(workers: int = 1, cluster: str | None = None) -> Iterator[Local]:
    """Where documents are read and analysed: here, or on the Dask cluster at `cluster` (an address, or local:N
    for N worker processes here; see diplo.cluster)."""
    if not cluster:
        yield Local(workers)
        return
    try:
        from .cluster import connect
    except ImportError:
        raise NoDask() from None
    with connect(cluster) as remote:
        yield remote


def extract(paths: Iterable[str | Path], workers: int = 1, progress: Progress | None = None,
            cluster: str | None = None, skip: Callable[[str], bool] = lambda doc_id: False
            ) -> Iterator[Record | Failure]:
    """Records for files and folders, without a database, in input order (workers 0: one per core; `cluster`:
    see `engine`); the documents whose id `skip` accepts are passed over."""
    failures: list[Failure] = []
    done = 0.0

    def advanced(share: float) -> None:
        nonlocal done
        done += share
        progress(done, None)

    with engine(workers, cluster) as run:
        def documents() -> Iterator[Document]:
            for item in run.read(paths):
                if isinstance(item, Failure):
                    failures.append(item)
                elif not skip(item.id):
                    yield item

        for record in run.extract(documents(), progress=advanced if progress else None):
            while failures:
                yield failures.pop(0)
            yield record
        yield from failures


def extract_text(text: str, source: str = "<text>") -> Record:
    """The record of one text given as a string."""
    from . import pipeline
    from .ingest import prepare
    from .records import RawDocument

    [result] = pipeline.extract([prepare(RawDocument(text=text, source=source))])
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
    notes: list[str] = field(default_factory=list)
    stored: list[Record] = field(default_factory=list)


def ingest(paths: Iterable[str | Path], db: str | Path = DEFAULT_DB, workers: int = 1, reprocess: bool = False,
           progress: Progress | None = None, cluster: str | None = None) -> IngestSummary:
    """Read, extract and store documents, one transaction each; documents already stored are skipped.
    Every path given or found ends as ingested, already stored or failed (workers 0: one per core; `cluster`:
    see `engine`). A folder that holds a dataset of records (`write_dataset`) is stored as it is.

    `progress(done, total)` is called as documents are read and analysed, `done` counting the finished
    sections of a long document as a fraction of it; `total` is counted from the list of files. Documents are
    analysed as they are read (streamed), so that the memory of this process does not grow with the corpus.
    """
    from . import stories as story_stage
    from .export.dataset import is_dataset, read_dataset
    from .ingest import documents_in, iter_files

    started = time.perf_counter()
    summary = IngestSummary()
    seen: set[str] = set()
    paths = list(paths)
    with Store(db) as store, engine(workers, cluster) as run:
        def keep(result: Record | Failure) -> None:
            if isinstance(result, Failure):
                summary.failed += 1
                summary.failures.append(result)
            elif store.save(result, replace=reprocess, then=story_stage.attach_document):
                summary.ingested += 1
                if len(summary.stored) <= SUMMARY_RECORDS:
                    summary.stored.append(result)
            else:
                summary.duplicates += 1

        for dataset in filter(is_dataset, paths):
            for record in read_dataset(dataset):
                keep(record)
        skip = [] if is_url(db) else [Path(db).with_name(Path(db).name + end) for end in STORE_FILES]
        files = list(iter_files([p for p in paths if not is_dataset(p)], skip))
        total = summary.ingested + summary.duplicates + sum(map(documents_in, files))
        done = float(summary.ingested + summary.duplicates)

        def advanced(share: float) -> None:
            nonlocal done
            done += share
            if progress:
                progress(done, total)

        def documents() -> Iterator[Document]:
            """The documents to analyse, as they are read: the parent holds a few batches, not the corpus."""
            for item in run.read(files):
                if isinstance(item, Failure):
                    summary.failed += 1
                    summary.failures.append(item)
                    advanced(1)
                    continue
                summary.notes.extend(item.notes)
                if item.id in seen or (store.has(item.id) and not reprocess):
                    summary.duplicates += 1
                    advanced(1)
                else:
                    seen.add(item.id)
                    yield item

        if progress:
            progress(done, total)
        for result in run.extract(documents(), progress=advanced):
            keep(result)
    summary.seconds = time.perf_counter() - started
    return summary


def write_dataset(paths: Iterable[str | Path], folder: str | Path, workers: int = 1, progress: Progress | None = None,
                  cluster: str | None = None) -> IngestSummary:
    """Extract documents into the Parquet dataset of records in `folder` (diplo.export.dataset), created if
    missing; documents already in it are skipped, so that running it again finishes an interrupted run."""
    from .export.dataset import DatasetWriter

    started = time.perf_counter()
    summary = IngestSummary()
    with writing(folder):
        writer = DatasetWriter(folder)
        known = writer.known()

        def seen(doc_id: str) -> bool:
            """True for a document already in the dataset, or already read in this run."""
            if doc_id in known:
                summary.duplicates += 1
                return True
            known.add(doc_id)
            return False

        for result in extract(paths, workers, progress, cluster, skip=seen):
            if isinstance(result, Failure):
                summary.failed += 1
                summary.failures.append(result)
            else:
                writer.add(result)
                summary.ingested += 1
                summary.notes.extend(result.document.notes)
        writer.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def show(doc_id: str, db: str | Path = DEFAULT_DB) -> Record:
    """The stored record of one document."""
    with existing_store(db) as store:
        return store.load(doc_id)


# Analysts' interfaces: queries, dossiers, exports and the web page, all over the store.

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, slots=True)
class Database:
    """A diplo database to query, and how long one query may run there (the web page bounds every request)."""

    target: str
    time_limit: float | None = None


@contextmanager
def existing_store(db: str | Path | Database) -> Iterator[Store]:
    """The store at `db` (a file or a PostgreSQL URL), which must already exist (queries never create an empty
    database); a query that runs past the database's time limit is stopped with QueryTooSlow."""
    db = db if isinstance(db, Database) else Database(str(db))
    with Store(db.target, create=False) as store:
        if db.time_limit is not None:
            store.db.limit_time(db.time_limit)
        try:
            yield store
        except store.db.Error as error:
            if store.db.interrupted(error):
                raise QueryTooSlow(seconds=db.time_limit) from None
            raise


def plover_types() -> dict[str, dict]:
    """The PLOVER event types with their description, quad class and cooperation-conflict score."""
    return ontology()["types"]


def search(text: str | None, db: str | Path | Database = DEFAULT_DB, where: EventFilter = EventFilter(),
           limit: int = 50) -> list[searching.SearchHit]:
    """Documents matching a full-text search and the filters, best match first."""
    from .analysis import search as searching

    with existing_store(db) as store:
        return searching.search(store.db, text, where, limit)


def events(db: str | Path | Database = DEFAULT_DB, where: EventFilter = EventFilter(),
           limit: int | None = 100) -> list[EventRow]:
    """Stored event pairs matching the filters, newest first: those of each story's first report, or of
    every report when the filter says so."""
    from .analysis.events import event_rows

    with existing_store(db) as store:
        return list(event_rows(store.db, where, limit=limit))


def actors(db: str | Path | Database = DEFAULT_DB, kind: str | None = None,
           limit: int | None = None) -> list[listings.ActorSummary]:
    """Every actor in the store with its counts, the most mentioned first."""
    from .analysis import listings

    with existing_store(db) as store:
        return listings.actors(store.db, kind, limit)


def documents(db: str | Path | Database = DEFAULT_DB, language: str | None = None, since: str | None = None,
              until: str | None = None, limit: int | None = None) -> list[listings.DocumentSummary]:
    """Stored documents, newest first, with their counts of facts."""
    from .analysis import listings

    with existing_store(db) as store:
        return listings.documents(store.db, language, since, until, limit)


def dyad(a: str, b: str, db: str | Path | Database = DEFAULT_DB, since: str | None = None,
         until: str | None = None, language: str | None = None, reports: bool = False,
         limit: int | None = DYAD_LIMIT) -> dyads.Dyad:
    """The events between two actors, their monthly cooperation-conflict score, and the latest `limit` of them
    (`dyads.EVENT_LIMIT` unless told; each story once, or every report with `reports`)."""
    from .analysis import dyads

    with existing_store(db) as store:
        return dyads.dyad(store.db, a, b, since, until, language, reports,
                          dyads.EVENT_LIMIT if limit == DYAD_LIMIT else limit)


def graph(db: str | Path | Database = DEFAULT_DB, where: EventFilter = EventFilter(),
          level: str = "country") -> nx.DiGraph:
    """The relation graph: actors as nodes, events as weighted, signed, directed edges."""
    from .analysis.graph import relation_graph

    with existing_store(db) as store:
        return relation_graph(store.db, where, level)


def relations(db: str | Path | Database = DEFAULT_DB, where: EventFilter = EventFilter(),
              level: str = "country") -> list[tuple[str, str, dict]]:
    """The relation graph's edges (source, target, attributes), without building the graph."""
    from .analysis.graph import relations

    with existing_store(db) as store:
        return relations(store.db, where, level)


def dossier(actors: list[str], db: str | Path | Database = DEFAULT_DB, since: str | None = None,
            until: str | None = None, reports: bool = False) -> dossiers.Dossier:
    """The cited dossier on one actor, or on two and their relations (each story once, or every report)."""
    from .analysis import dossier as dossiers

    with existing_store(db) as store:
        return dossiers.dossier(store.db, actors, since, until, reports)


def dossier_text(actors: list[str], db: str | Path | Database = DEFAULT_DB, format: str = "md",
                 since: str | None = None, until: str | None = None, link: Link | None = None,
                 reports: bool = False) -> str:
    """The dossier rendered as Markdown (`md`) or as a standalone HTML page (`html`)."""
    from .export.dossier import dossier_html, dossier_markdown

    brief = dossier(actors, db, since, until, reports)
    return dossier_markdown(brief) if format == "md" else dossier_html(brief, link=link)


def write_dossier(path: str | Path, actors: list[str], db: str | Path = DEFAULT_DB, format: str = "md",
                  since: str | None = None, until: str | None = None, reports: bool = False) -> None:
    """Write the dossier to a file."""
    text = dossier_text(actors, db, format, since, until, reports=reports)
    with writing(path):
        Path(path).write_text(text, encoding="utf-8")


def export(path: str | Path, format: str, db: str | Path = DEFAULT_DB, where: EventFilter = EventFilter()) -> int:
    """Write the events matching the filters as plover, csv, parquet, graphml or gexf; returns the count written."""
    from .export import formats

    with existing_store(db) as store, writing(path):
        return formats.write(store.db, Path(path), format, where)


@contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """A file that cannot be written (a missing folder, no permission) is a CannotWrite error."""
    try:
        yield
    except OSError as error:
        raise CannotWrite(path=path, detail=error.strerror or str(error)) from None


def stories(db: str | Path | Database = DEFAULT_DB, where: EventFilter = EventFilter(), limit: int | None = 50) -> list[Story]:
    """Stories matching the filters, newest first; reports stored before stories existed join them first."""
    from . import stories as story_stage

    with existing_store(db) as store:
        with store.transaction() as connection:
            story_stage.attach_pending(connection)
        return list(story_stage.stories(store.db, where, limit))


def story(story_id: int, db: str | Path | Database = DEFAULT_DB) -> Story:
    """One story with every report of it."""
    from . import stories as story_stage

    with existing_store(db) as store:
        found = story_stage.story(store.db, story_id)
        if found is None:
            raise UnknownStory(story=story_id, db=shown(store.target))
    return found


def rebuild_stories(db: str | Path = DEFAULT_DB) -> int:
    """Group every stored report into stories anew, then apply the user's merges and splits again; how many
    stories there are."""
    from . import stories as story_stage

    with existing_store(db) as store, store.transaction() as connection:
        return story_stage.rebuild(connection)


def merge_stories(story_id: int, other: int, db: str | Path = DEFAULT_DB) -> int:
    """Merge story `other` into `story_id`, recorded so that a rebuild keeps it; the merged story."""
    from . import stories as story_stage

    with existing_store(db) as store, store.transaction() as connection:
        return story_stage.merge(connection, story_id, other, shown(store.target))


def split_story(story_id: int, documents: list[str], db: str | Path = DEFAULT_DB) -> int:
    """Take the reports of some documents (ids or sources) out of a story into a new one, recorded so that a
    rebuild keeps it; the new story."""
    from . import stories as story_stage

    with existing_store(db) as store, store.transaction() as connection:
        return story_stage.split(connection, story_id, documents, shown(store.target))


def document_view(doc_id: str, db: str | Path | Database = DEFAULT_DB) -> tuple[Record, list[Block]]:
    """A stored document and its text cut into pieces tagged with the facts they carry."""
    from .analysis.document_view import annotate

    with existing_store(db) as store:
        record = store.load(doc_id)
    return record, annotate(record)


def serve(db: str | Path = DEFAULT_DB, host: str = "127.0.0.1", port: int = 8765,
          announce: Callable[[str], None] | None = None) -> None:
    """Run the web page over the store until interrupted (localhost only unless told otherwise);
    `announce(url)` is called once the address is bound, just before the server starts."""
    import socket

    import uvicorn

    from .web import create_app

    with existing_store(db):  # a missing or broken database fails now, not at each request
        pass
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listener = socket.create_server((host, port), family=family)
    except (OSError, OverflowError) as error:
        detail = getattr(error, "strerror", None) or str(error)
        raise CannotServe(host=host, port=port, detail=detail.rstrip(".")) from None
    if announce:
        address = f"[{host}]" if ":" in host else host  # an IPv6 address is bracketed in a URL
        announce(f"http://{address}:{listener.getsockname()[1]}/")
    config = uvicorn.Config(create_app(db, local_only=host in LOCAL_HOSTS), log_level="warning")
    uvicorn.Server(config).run(sockets=[listener])
