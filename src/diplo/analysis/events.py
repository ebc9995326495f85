"""Stored events as flat rows, each with its sentence, its document, its PLOVER score and its story.

The store keeps one row per (source, target) pair of an event; `event_no`
groups the pairs of one event inside its document. Each event is a report of
a story (diplo.stories); unless a filter asks for every report, a query keeps
the first event it meets of each story, so that an event told by ten
documents counts once.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..knowledge import ontology
from .filters import NOT_HAPPENED, Clause, EventFilter, bounded, event_clauses, limit_sql, where_sql

SENTENCE_TEXT = "substr(d.text, s.start + 1, s.end - s.start)"
EVENT_SELECT = f"""
SELECT e.id, e.doc_id, e.event_no, e.type, e.source, e.target, e.source_country, e.target_country,
       sa.name AS source_name, ta.name AS target_name, e.mode, e.modality, e.contexts, e.date, e.date_assumed,
       e.location, e.sentence, s.start AS sentence_start, s.end AS sentence_end, {SENTENCE_TEXT} AS sentence_text,
       e.trigger_start, e.trigger_end,
       substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger_text,
       e.confidence, e.rule, d.title, d.url, d.source AS doc_source, d.language, d.published,
       sr.story_id AS story, st.reports AS story_reports
FROM events e
JOIN documents d ON d.id = e.doc_id
LEFT JOIN story_reports sr ON sr.doc_id = e.doc_id AND sr.event_no = e.event_no
LEFT JOIN stories st ON st.id = sr.story_id
LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
LEFT JOIN actors sa ON sa.doc_id = e.doc_id AND sa.actor_id = e.source
LEFT JOIN actors ta ON ta.doc_id = e.doc_id AND ta.actor_id = e.target"""

ORDERS = {"date": "e.date DESC, e.id DESC", "chronological": "e.date, e.id", "id": "e.id"}


def plover_score(event_type: str) -> float:
    """The PLOVER cooperation-conflict score of a type (-10 conflict to +10 cooperation), from plover.json."""
    return ontology()["types"][event_type]["score"]


def quad_class(event_type: str) -> str:
    return ontology()["types"][event_type]["quad_class"]


def quad_code(event_type: str) -> int:
    """The PLOVER quad code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return list(ontology()["quad_classes"]).index(quad_class(event_type)) + 1


@dataclass(frozen=True, slots=True)
class EventRow:
    """One (source, target) pair of an event, with its citation."""

    id: int
    doc_id: str
    event_no: int
    type: str
    source: str | None
    target: str | None
    source_country: str | None
    target_country: str | None
    source_name: str | None
    target_name: str | None
    mode: str | None
    modality: str
    contexts: tuple[str, ...]
    date: str | None
    date_assumed: bool
    location: str | None
    sentence: int
    sentence_start: int | None
    sentence_end: int | None
    sentence_text: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    confidence: float
    rule: str
    title: str | None
    url: str | None
    doc_source: str
    language: str
    published: str | None
    story: int | None = None  # the story the event is a report of (None in a store without stories)
    story_reports: int | None = None  # how many reports that story has

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> EventRow:
        values = dict(row)
        values["contexts"] = tuple(json.loads(values["contexts"]))
        values["date_assumed"] = bool(values["date_assumed"])
        values["sentence_text"] = values["sentence_text"] or ""
        return cls(**values)

    @property
    def happened(self) -> bool:
        return self.modality not in NOT_HAPPENED

    @property
    def score(self) -> float:
        return plover_score(self.type)

    @property
    def quad_class(self) -> str:
        return quad_class(self.type)

    @property
    def month(self) -> str | None:
        """`YYYY-MM` of the event's date, or None when it is dated to the year only or not at all."""
        return self.date[:7] if self.date and len(self.date) >= 7 else None


def event_rows(db: sqlite3.Connection, where: EventFilter = EventFilter(), extra: list[Clause] = (),
               order: str = "date", limit: int | None = None) -> Iterator[EventRow]:
    """Event pairs matching a filter (and any extra clauses), newest first unless told otherwise; the pairs of
    the first event met of each story, unless the filter asks for every report."""
    sql, params = where_sql(event_clauses(where) + list(extra))
    query = f"{EVENT_SELECT}{sql} ORDER BY {ORDERS[order]}{limit_sql(limit if where.every_report else None)}"
    rows = (EventRow.from_row(row) for row in db.execute(query, params))
    yield from rows if where.every_report else islice(once_per_story(rows), bounded(limit))


def once_per_story(rows: Iterable[EventRow]) -> Iterator[EventRow]:
    """The pairs of the first event met of each story; an event in no story passes as its own."""
    first: dict[int, tuple[str, int]] = {}
    for row in rows:
        if row.story is None or first.setdefault(row.story, (row.doc_id, row.event_no)) == (row.doc_id, row.event_no):
            yield row

