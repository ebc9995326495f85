"""The pipeline: documents through NLP and the extraction stages, in batches.

Each stage is a function that reads an `Analysis` (the document, its spaCy
Doc, its language's knowledge and what earlier stages found) and adds its own
records to `analysis.record`. Batches run in worker processes when asked, so a
large job uses every core.
"""
from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, islice

from spacy.tokens import Doc, Span

from . import nlp
from .knowledge import LanguageData, language
from .records import Document, Record, Sentence


@dataclass(frozen=True, slots=True)
class Failure:
    """A document, or a file, that could not be processed, and why, as a sentence."""

    source: str
    message: str


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
    def referents(self):
        """Who each token stands for, pronouns resolved (for the stages after actors and quotes)."""
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


def _stages() -> list[Callable[[Analysis], None]]:
    from .actors import resolve_actors
    from .events import code_events
    from .facts import find_commitments, find_figures, find_quotes, find_topics

    return [find_sentences, resolve_actors, find_quotes, find_figures, code_events, find_commitments,
            find_topics]


def analyse(document: Document, doc: Doc) -> Record:
    """Run every extraction stage over one parsed document."""
    analysis = Analysis(document, doc, language(document.language), Record(document))
    for stage in _stages():
        stage(analysis)
    return analysis.record


def extract_batch(documents: list[Document]) -> list[Record | Failure]:
    """Records for a batch of documents, parsed language by language; failures are reported, not raised."""
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
                results[i] = Failure(documents[i].source, f"{documents[i].source}: analysis failed "
                                                          f"({type(error).__name__}: {error}).")
    return [results[i] for i in range(len(documents))]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


BATCH_SIZE = 16


def extract(documents: Iterable[Document], workers: int = 1, batch_size: int = BATCH_SIZE
            ) -> Iterator[Record | Failure]:
    """Records in input order; with several workers and more than one batch, batches run in parallel
    processes (a single batch runs here: starting workers would cost more than it saves)."""
    batches = _batched(documents, batch_size)
    first = list(islice(batches, 2))
    batches = chain(first, batches)
    if workers <= 1 or len(first) < 2:
        for batch in batches:
            yield from extract_batch(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for batch in batches:
            pending.append(pool.submit(extract_batch, batch))
            if len(pending) >= 2 * workers:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
