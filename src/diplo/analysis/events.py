"""Stored events as flat rows, each with its sentence, its document, its PLOVER score and its story.

The store keeps one row per (source, target) pair of an event; `event_no`
groups the pairs of one event inside its document. Each event is a report of
a story (diplo.stories); unless a filter asks for every report, a query keeps
of each story only its first report among those the query matches (the
earliest, as `stories` orders them), so that an event told by ten documents
counts once, whatever order the rows come in.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from ..knowledge import ontology
from ..store import Connection, Row
from .filters import NOT_HAPPENED, Clause, EventFilter, event_clauses, limit_sql, where_sql

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

# The order of a story's reports (`r`, a story_reports row; `published`, its document's date): the first is the
# one a query counts.
REPORT_ORDER = "COALESCE({r}.date, '~'), COALESCE({published}, '~'), {r}.doc_id, {r}.event_no"
ROW_REPORT_ORDER = REPORT_ORDER.format(r="sr", published="(SELECT published FROM documents WHERE id = sr.doc_id)")
# No report of the row's story comes before it among the rows matched: the inner `e` and `d` shadow the outer
# ones, so the query's own clauses (written for `e` and `d`) follow the AND.
NO_EARLIER_REPORT = f"""NOT EXISTS (
SELECT 1 FROM story_reports o JOIN events e ON e.doc_id = o.doc_id AND e.event_no = o.event_no
JOIN documents d ON d.id = o.doc_id
WHERE o.story_id = sr.story_id
    AND ({REPORT_ORDER.format(r='o', published='d.published')}) < ({ROW_REPORT_ORDER}){{clauses}})"""
DOCUMENT_JOIN = " JOIN documents d ON d.id = e.doc_id"
STORY_JOIN = " LEFT JOIN story_reports sr ON sr.doc_id = e.doc_id AND sr.event_no = e.event_no"
# An event, and the story it is a report of (the event itself when it is in none), as columns to tell apart
# (DISTINCT and PARTITION BY sort on them faster than on one string made of them).
EVENT_KEY = "e.doc_id, e.event_no"
STORY_KEY = ("sr.story_id, CASE WHEN sr.story_id IS NULL THEN e.doc_id END, "
             "CASE WHEN sr.story_id IS NULL THEN e.event_no END")
# Undated events last when newest first, first in chronological order, in either engine.
ORDERS = {"date": "e.date DESC NULLS LAST, e.id DESC", "chronological": "e.date NULLS FIRST, e.id", "id": "e.id"}
# The first stored pair of each event (`count` EVENT_KEY) or story (STORY_KEY, by REPORT_ORDER) among the pairs a
# WHERE clause matches: the rows a query counts once each, found in one pass (as NO_EARLIER_REPORT finds them
# row by row). An event's pairs share its type, modality and date.
FIRST_PAIRS = """
SELECT * FROM (
    SELECT e.id, e.type, e.modality, e.date, e.source, e.source_country,
           ROW_NUMBER() OVER (PARTITION BY {count} ORDER BY {order}) AS nth
    FROM events e{join}{where}
) pairs WHERE nth = 1"""


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
    def from_row(cls, row: Row) -> EventRow:
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


def event_rows(db: Connection, where: EventFilter = EventFilter(), extra: list[Clause] = (),
               order: str = "date", limit: int | None = None) -> Iterator[EventRow]:
    """Event pairs matching a filter (and any extra clauses), newest first unless told otherwise; of each story,
    only its first report matched, unless the filter asks for every report."""
    clauses = event_clauses(where) + list(extra)
    sql, params = where_sql(clauses if where.every_report else clauses + [first_reports(clauses)])
    for row in db.execute(f"{EVENT_SELECT}{sql} ORDER BY {ORDERS[order]}{limit_sql(limit)}", params):
        yield EventRow.from_row(row)


def first_reports(clauses: list[Clause]) -> Clause:
    """Rows whose event is in no story, or is its story's first report among the events the clauses match."""
    return Clause(NO_EARLIER_REPORT.format(clauses="".join(f" AND {c.sql}" for c in clauses)),
                  tuple(p for c in clauses for p in c.params))


def first_pairs(where: EventFilter, extra: list[Clause] = ()) -> Clause:
    """A subquery: the first stored pair of each event with a pair matching the filter and the extra clauses,
    each story by its first report only, unless the filter asks for every report (FIRST_PAIRS)."""
    sql, params = where_sql(event_clauses(where) + list(extra))
    if where.every_report:
        count, order, join = EVENT_KEY, "e.id", ""
    else:
        count, order, join = STORY_KEY, ROW_REPORT_ORDER + ", e.id", STORY_JOIN
    join = (DOCUMENT_JOIN if where.language else "") + join
    return Clause(FIRST_PAIRS.format(count=count, order=order, join=join, where=sql), params)
