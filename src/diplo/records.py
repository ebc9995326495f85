"""Typed records passed between diplo's pipeline stages.

Every fact carries its citation: the sentence index inside its document and
the character span of the words that support it.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A document as read from disk, before normalisation and analysis; `notes` are what the reader had to
    repair or leave out, each a sentence for the user."""

    text: str
    source: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Failure:
    """A document, or a file, that could not be processed, and why, as a sentence."""

    source: str
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """A normalised document with its language and its own date."""

    id: str
    text: str
    source: str
    language: str
    supported: bool
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_reason: str | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)  # the reader's notes (not stored)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    of: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A country, an organisation or a person, resolved to a stable id."""

    id: str
    kind: str  # country | organization | person | group
    name: str
    affiliation: str | None = None
    roles: tuple[Role, ...] = ()
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an actor is named or referred to."""

    actor: str
    start: int
    end: int
    sentence: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event: who did what to whom, when and where, cited."""

    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    sentence: int
    trigger: tuple[int, int]
    modality: str = "asserted"  # asserted | future | intended | requested | hypothetical | negated
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    date: str | None = None
    date_assumed: bool = False
    location: str | None = None
    actor_spans: tuple[tuple[int, int], ...] = ()
    confidence: float = 0.5
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    start: int
    end: int
    sentence: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    unit: str
    text: str
    start: int
    end: int
    sentence: int
    measures: str | None = None
    owner: str | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    actor: str | None
    year: int
    text: str
    start: int
    end: int
    sentence: int
    value: float | None = None
    unit: str | None = None
    baseline_year: int | None = None


@dataclass(slots=True)
class Record:
    """Everything diplo extracted from one document."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
