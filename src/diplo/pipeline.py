"""The pipeline: documents through NLP and the extraction stages, in batches.

Each stage is a function that reads an `Analysis` (the document, its spaCy
Doc, its language's knowledge and what earlier stages found) and adds its own
records to `analysis.record`. A long document is analysed in sections, so that
memory stays bounded and time grows linearly with its length; its record joins
the sections' facts at the offsets of the whole document. Batches run in worker
processes when asked, so a large job uses every core.
"""
from __future__ import annotations

import multiprocessing
import os
import re
import signal
import threading
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from itertools import chain, islice
from typing import TYPE_CHECKING

from .errors import AnalysisFailed, WorkerCrashed
from .knowledge import LanguageData, language
from .records import Actor, Document, Event, Failure, Record, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .dates import DateMention

SECTION_CHARS = 20_000  # a longer document is analysed in sections of about this size
HEAD_LINES = 8  # each later section is read after the document's first lines (title, dateline, byline) ...
HEAD_CHARS = 1_500  # ... as many as fit in this many characters
GAP = "\n\n"  # between the head and the section
FACTS = ("mentions", "events", "quotes", "figures", "commitments")
BATCH_SIZE = 16  # documents or sections in a batch ...
BATCH_CHARS = 2 * SECTION_CHARS  # ... and at most about this many characters (a worker's memory grows with it)
LOAD_CHARS = 4 * BATCH_CHARS  # about what loading a language costs, in characters analysed (a second or two)
TRAINED_COST = 4  # a character costs about this many times more to analyse with a trained pipeline (a parser)
PRELOAD = ["diplo.warm"]  # what the fork server imports for its workers (a test adds a module that crashes them)
CONTEXT = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
_SERVING = False  # has this process started the fork server its workers come from?


@dataclass
class Analysis:
    """The working state of one document while the stages run."""

    document: Document
    doc: Doc
    lang: LanguageData
    record: Record
    # Filled by the actors stage for the stages after it:
    token_actors: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    affiliations: dict[str, str] = field(default_factory=dict)  # person id -> country or organisation
    home_actor: str | None = None  # whose voice the document is, when no one is quoted
    collective_titles: list[int] = field(default_factory=list)  # tokens of plural titles of no one side
    title_holders: dict[int, list[str]] = field(default_factory=dict)  # tokens of plural titles -> the persons
    # holding that office for several sides ('the two Prime Ministers')
    interview: bool = False  # questions and answers: "you" is the interviewee, who is the voice

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence (record) holding a character offset."""
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def tokens_between(self, start: int, end: int) -> list:
        """The tokens that start inside a character range."""
        starts = self._token_starts
        return list(self.doc[bisect_left(starts, start):bisect_left(starts, end)])

    def sent_of(self, token_index: int) -> Span:
        """The spaCy sentence holding a token (Token.sent walks the whole document each time)."""
        return self.spacy_sentences[self._token_sentence[token_index]]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.record.sentences]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.idx for t in self.doc]

    @cached_property
    def spacy_sentences(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def _token_sentence(self) -> list[int]:
        index = [0] * len(self.doc)
        for number, sentence in enumerate(self.spacy_sentences):
            index[sentence.start:sentence.end] = [number] * (sentence.end - sentence.start)
        return index

    @cached_property
    def date_mentions(self) -> list[DateMention]:
        """The date expressions of the text, found once for the stages that read them."""
        from .dates import finder

        return finder(self.lang.code).find(self.document.text)

    @cached_property
    def referents(self):
        """Who each token stands for, pronouns resolved (for the stages after actors; a quotation's speaker
        counts once the quotes stage has recorded it)."""
        from .actors.referents import Referents

        return Referents(self)

    def actor_kind(self, actor_id: str) -> str:
        """'country', 'organization', 'person' or 'group'."""
        from .actors.gazetteer import actor_kind

        if actor_id.startswith("person:"):
            return "person"
        return actor_kind(actor_id)

    def actor_code(self, actor_id: str | None) -> str | None:
        """A person's affiliation, or the actor itself."""
        return self.affiliations.get(actor_id, actor_id) if actor_id else None


def find_sentences(analysis: Analysis) -> None:
    """Sentence records with spans trimmed of surrounding blank space."""
    sentences = []
    for span in analysis.spacy_sentences:
        text = span.text
        start = span.start_char + (len(text) - len(text.lstrip()))
        end = span.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            sentences.append(Sentence(len(sentences), start, end))
    analysis.record.sentences = sentences


def stages() -> list[Callable[[Analysis], None]]:
    """The extraction stages, in the order they run."""
    from .actors import resolve_actors
    from .events import code_events
    from .facts import find_commitments, find_figures, find_quotes, find_topics

    return [find_sentences, resolve_actors, find_quotes, find_figures, code_events, find_commitments,
            find_topics]


def analyse(document: Document, doc: Doc) -> Record:
    """Run every extraction stage over one parsed document."""
    analysis = Analysis(document, doc, language(document.language), Record(document))
    for stage in stages():
        stage(analysis)
    return analysis.record


def extract_batch(documents: list[Document]) -> list[Record | Failure]:
    """Records for a batch of documents, parsed language by language; failures are reported, not raised."""
    from . import nlp  # here, not at the top: a parent that leaves the batches to workers never loads spaCy

    results: dict[int, Record | Failure] = {}
    by_language: dict[str, list[int]] = {}
    for i, document in enumerate(documents):
        if document.supported:
            by_language.setdefault(document.language, []).append(i)
        else:
            results[i] = Record(document)
    for code, indexes in by_language.items():
        docs = nlp.parse(code, [documents[i].text for i in indexes])
        for i, doc in zip(indexes, docs):
            try:
                results[i] = analyse(documents[i], doc)
            except Exception as error:  # a bug must cost one document, not the batch
                results[i] = _failure(documents[i], error)
    return [results[i] for i in range(len(documents))]


def _failure(document: Document, error: Exception) -> Failure:
    return Failure(document.source, str(AnalysisFailed(source=document.source,
                                                       detail=f"{type(error).__name__}: {error}")))


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@dataclass(frozen=True, slots=True)
class Section:
    """A piece of a document, analysed as a document of its own (`view`): the document's first `head`
    characters (at their own offsets), a blank line, then the piece, which starts at `start` in the document.
    The first section is the document's beginning, without a head; `share` is its part of the document."""

    view: Document
    head: int
    start: int
    share: float
    last: bool

    @property
    def skip(self) -> int:
        """Where the piece starts in the view."""
        return self.head + len(GAP) if self.head else 0

    def place(self, offset: int) -> int:
        """A view offset as an offset of the whole document."""
        return self.start + offset - self.skip if offset >= self.skip else offset


def sections(document: Document, size: int = SECTION_CHARS) -> Iterator[Section]:
    """The document cut at paragraph breaks (else line breaks, else spaces) into pieces of at most `size`
    characters; a document no longer than that is one section, itself."""
    text = document.text
    head, start = _head(text), 0
    while True:
        end = _cut(text, start, size)
        if start == 0:
            view = document if end == len(text) else replace(document, text=text[:end])
        else:
            view = replace(document, text=(text[:head] + GAP if head else "") + text[start:end])
        yield Section(view, head if start else 0, start, (end - start) / max(1, len(text)), end == len(text))
        if end == len(text):
            return
        start = end


def _head(text: str) -> int:
    """The length of the document's first lines, as many as fit in HEAD_CHARS, up to HEAD_LINES."""
    end = 0
    for line in islice(re.finditer(r"[^\n]*\S[^\n]*", text), HEAD_LINES):
        if line.end() > HEAD_CHARS:
            break
        end = line.end()
    return end


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece that begins at `start` ends: at the last break in the second half of its `size`."""
    if start + size >= len(text):
        return len(text)
    for mark in ("\n\n", "\n", " "):
        cut = text.rfind(mark, start + size // 2, start + size)
        if cut > 0:
            return cut + len(mark)
    return start + size


def add_section(whole: Record, section: Section, record: Record) -> None:
    """Add a section's facts to the record of the whole document, at its offsets and sentence numbers; what
    the copy of the document's head yielded is left out (the first section has it)."""
    inside = [s for s in record.sentences if s.start >= section.skip]
    shift = len(whole.sentences) - (len(record.sentences) - len(inside))
    whole.sentences += [Sentence(s.index + shift, section.place(s.start), section.place(s.end)) for s in inside]
    for name in FACTS:
        getattr(whole, name).extend(_moved(fact, section.place, shift) for fact in getattr(record, name)
                                    if _offset(fact) >= section.skip)
    actors = {actor.id: actor for actor in whole.actors}
    for actor in record.actors:
        actors[actor.id] = _merged(actors.get(actor.id), actor)
    whole.actors = list(actors.values())
    whole.topics = sorted(set(whole.topics) | set(record.topics))


def _offset(fact) -> int:
    return fact.trigger[0] if isinstance(fact, Event) else fact.start


def _moved(fact, place: Callable[[int], int], shift: int):
    """A fact of a section at the offsets of the whole document, its sentence number shifted."""
    if isinstance(fact, Event):
        spans = tuple((place(start), place(end)) for start, end in fact.actor_spans)
        return replace(fact, sentence=fact.sentence + shift, trigger=tuple(map(place, fact.trigger)),
                       actor_spans=spans)
    return replace(fact, sentence=fact.sentence + shift, start=place(fact.start), end=place(fact.end))


def _merged(known: Actor | None, actor: Actor) -> Actor:
    """An actor named in several sections: the first section's reading, with the roles of all."""
    return actor if known is None else replace(known, roles=tuple(dict.fromkeys(known.roles + actor.roles)))


def extract(documents: Iterable[Document], workers: int = 1, progress: Callable[[float], None] | None = None,
            executor: Executor | None = None) -> Iterator[Record | Failure]:
    """Records in input order. Documents, and the sections of long ones, are analysed in batches; with
    several workers (0: one per core, up to 4) and more than one batch, batches run in parallel processes, or
    in `executor` (anything with `submit`: a Dask cluster's tasks, with `workers` its number of slots) when one
    is given.
    `progress(share)` is called as each section is done, with its share of its document."""
    whole: Record | Failure | None = None  # the record of the document whose sections are coming in
    units = ((document, section) for document in documents for section in sections(document))
    for (document, section), result in _analysed(_batched(units), workers or default_workers(), executor):
        whole = _joined(whole, document, section, result)
        if progress:
            progress(section.share)
        if section.last:
            yield whole
            whole = None


def _joined(whole: Record | Failure | None, document: Document, section: Section,
            result: Record | Failure) -> Record | Failure:
    """The document's record with one more section's (a failed section fails the document; a document of one
    section has its record as it is)."""
    if isinstance(whole, Failure) or isinstance(result, Failure) or (section.start == 0 and section.last):
        return whole if isinstance(whole, Failure) else result
    whole = whole or Record(document)
    add_section(whole, section, result)
    return whole


def _analysed(batches: Iterator[list], workers: int, executor: Executor | None
              ) -> Iterator[tuple[tuple[Document, Section], Record | Failure]]:
    """Each (document, section) unit with its section's record, in order. A single batch runs here: starting a
    worker would cost more than it saves (about half a second). More batches run in worker processes, even with
    one worker, so that a document that crashes its process (a bug in a native library, the out-of-memory
    killer) costs that document, not the run (`_results`). Workers are forked from a fork server
    (`_fork_server`), a fresh process that has imported spaCy and the stages: they start without importing them,
    and without a copy of what this process holds, such as a long document's text and record. A batch goes to
    the workers language by language (`_chosen`), so that a worker loads only some of the languages when that
    keeps all busy. With an executor (a Dask cluster's), the batches go to it whole (`_in_pool`)."""
    first = list(islice(batches, 2))
    batches = chain(first, batches)
    if executor:
        yield from _in_pool(executor, batches, workers)
        return
    if len(first) < 2:
        for batch in batches:
            yield from zip(batch, extract_batch([section.view for _, section in batch]))
        return
    if CONTEXT == "forkserver":
        _fork_server()
    pool = [Worker() for _ in range(workers)]

    def submitted(positions: list[int], views: list[Document]) -> tuple:
        worker = _chosen(pool, views)
        return positions, views, worker, worker.submit(views)

    try:
        pending = []
        for batch in batches:
            pending.append((batch, [submitted(*part) for part in _by_language(batch)]))
            while len(pending) >= 2 * workers or (pending and all(part[-1].done() for part in pending[0][1])):
                yield from _in_order(*pending.pop(0))
        last = [unit for done in pending for unit in _in_order(*done)]
    except BaseException:  # interrupted, or the caller stopped reading: the workers stop now
        for worker in pool:
            worker.executor.shutdown(wait=False, cancel_futures=True)
        for process in multiprocessing.active_children():
            process.terminate()
            process.join()
        _stop_fork_server()
        raise
    for worker in pool:  # before the last results go on: the last document is stored without idle workers' memory
        worker.executor.shutdown()
    _stop_fork_server()  # nor the server's
    yield from last


class Worker:
    """A worker process, the languages it has been given (their pipelines and tables, loaded once, take much of
    its time and memory) and the work it has yet to do. A worker whose process has died starts a fresh one."""

    def __init__(self) -> None:
        self.executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(CONTEXT),
                                            initializer=_start_worker)
        self.languages: set[str] = set()
        self.queued: list[tuple[Future, int]] = []

    def backlog(self) -> int:
        self.queued = [(future, work) for future, work in self.queued if not future.done()]
        return sum(work for _, work in self.queued)

    def submit(self, views: list[Document]) -> Future:
        """Analyse documents of one language."""
        try:
            future = self.executor.submit(extract_batch, views)
        except BrokenProcessPool:  # the process died (its queued batches have failed): a fresh one
            self.executor.shutdown()
            self.__init__()
            return self.submit(views)
        self.languages.add(views[0].language)
        self.queued.append((future, _work(views)))
        return future

    def alone(self, views: list[Document]) -> Future:
        """Analyse documents once the work queued before them is done: if the process crashes, they crashed it."""
        wait([future for future, _ in self.queued])
        return self.submit(views)

    def failure(self, document: Document, error: Exception) -> Failure:
        """A document that failed alone in this worker: if it crashed the process, how the process ended."""
        if not isinstance(error, BrokenProcessPool):
            return _failure(document, error)
        # ProcessPoolExecutor keeps its processes there, the dead one too until shutdown; it has no public way to them
        code = next((p.exitcode for p in self.executor._processes.values() if p.exitcode), 0)
        how = f"signal {-code}, {signal.strsignal(-code)}" if code < 0 else f"exit code {code}"
        return Failure(document.source, str(WorkerCrashed(source=document.source, how=how)))


def _work(views: list[Document]) -> int:
    """What analysing documents of one language costs, in characters of a language without a trained pipeline."""
    trained = views[0].supported and language(views[0].language).config.get("pipeline", "blank") != "blank"
    return sum(len(view.text) for view in views) * (TRAINED_COST if trained else 1)


def _chosen(pool: list[Worker], views: list[Document]) -> Worker:
    """The worker with the least work to do, a language it has not loaded yet counting as LOAD_CHARS more."""
    code = views[0].language
    return min(pool, key=lambda worker: worker.backlog() + (0 if code in worker.languages else LOAD_CHARS))


def _by_language(batch: list) -> list[tuple[list[int], list[Document]]]:
    """The positions and views of a batch's units, language by language."""
    parts: dict[str, tuple[list[int], list[Document]]] = {}
    for i, (_, section) in enumerate(batch):
        positions, views = parts.setdefault(section.view.language, ([], []))
        positions.append(i)
        views.append(section.view)
    return list(parts.values())


def _in_order(batch: list, parts: list[tuple[list[int], list[Document], Worker, Future]]) -> list:
    """A batch's units with their results, in order, once the results of all its parts are in."""
    results = {i: result for positions, views, worker, future in parts
               for i, result in zip(positions, _results(future, views, worker.alone, worker.failure))}
    return [(unit, results[i]) for i, unit in enumerate(batch)]


def _in_pool(pool: Executor, batches: Iterable[list], workers: int
             ) -> Iterator[tuple[tuple[Document, Section], Record | Failure]]:
    """The units of each batch with their records, the batches run in the pool, in order."""
    def views(batch: list) -> list[Document]:
        return [section.view for _, section in batch]

    for batch, future in windowed(pool, extract_batch, batches, 2 * workers, views):
        yield from zip(batch, _results(future, views(batch), partial(pool.submit, extract_batch)))


def windowed(pool: Executor, function: Callable, items: Iterable, window: int, argument: Callable = lambda x: x
             ) -> Iterator[tuple]:
    """(item, future of function(argument(item))) for each item, in input order; at most `window` calls are in
    the pool at once. The calls still pending are cancelled if the caller stops early."""
    pending: deque = deque()
    try:
        for item in items:
            pending.append((item, pool.submit(function, argument(item))))
            while pending and (len(pending) >= window or pending[0][1].done()):
                yield pending.popleft()
        while pending:
            yield pending.popleft()
    finally:
        for _, future in pending:
            future.cancel()


def _results(future: Future, views: list[Document], submit: Callable[[list[Document]], Future],
             failure: Callable[[Document, Exception], Failure] = _failure) -> list[Record | Failure]:
    """A batch's records. A batch whose worker was lost (crashed, killed, out of memory; a cluster first runs it
    again elsewhere) is run again document by document (`submit`: in a fresh process), and a document that fails
    again is a Failure that says how (`failure`)."""
    try:
        return future.result()
    except Exception:
        return [_alone(view, submit, failure) for view in views]


def _alone(view: Document, submit: Callable[[list[Document]], Future],
           failure: Callable[[Document, Exception], Failure]) -> Record | Failure:
    try:
        return submit([view]).result()[0]
    except Exception as error:
        return failure(view, error)


def _start_worker() -> None:
    """A worker leaves interruption to its parent, and exits when its parent is gone (even killed): the parent
    holds the write end of a pipe whose read end, the sentinel, the worker watches (its process parent is the
    fork server, which outlives its workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()

    def watch() -> None:
        parent.join()
        os._exit(1)

    if parent is not None:
        threading.Thread(target=watch, daemon=True).start()


def _fork_server() -> None:
    """Start the process the workers are forked from: it imports spaCy and the stages (`diplo.warm`), so that
    each worker starts with them, as bare spaCy's forked workers do, without a copy of what this process holds."""
    global _SERVING
    from multiprocessing import forkserver

    if not _SERVING:
        forkserver.set_forkserver_preload(PRELOAD)
        forkserver.ensure_running()
        _SERVING = True


def _stop_fork_server() -> None:
    """Stop the fork server this process started, once its workers are gone (it exits when none is left)."""
    global _SERVING
    from multiprocessing import forkserver

    if _SERVING:
        getattr(forkserver._forkserver, "_stop", lambda: None)()
        _SERVING = False


def _batched(units: Iterable[tuple[Document, Section]]) -> Iterator[list[tuple[Document, Section]]]:
    """Units in batches of at most BATCH_SIZE and about BATCH_CHARS characters."""
    batch, chars = [], 0
    for unit in units:
        batch.append(unit)
        chars += len(unit[1].view.text)
        if len(batch) >= BATCH_SIZE or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch
