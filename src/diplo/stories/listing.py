"""Stories as an analyst reads them: each with its sides, dates, counts, why, and every report cited."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby, islice

from ..analysis.filters import Clause, EventFilter, date_range, involves, where_sql
from ..store import Connection, Row
from .grouping import FIRST_REPORT

CHUNK = 500  # stories whose reports are read in one query
MENTIONS = """
SELECT r.story_id, r.doc_id, r.event_no, r.date, r.language, r.why, d.source, d.title, d.url, e.sentence,
       e.trigger_start, e.trigger_end, s.start AS sentence_start, substr(d.text, s.start + 1, s.end - s.start) AS text,
       substr(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) AS trigger
FROM story_reports r JOIN documents d ON d.id = r.doc_id
JOIN events e ON e.id = (SELECT MIN(x.id) FROM events x WHERE x.doc_id = r.doc_id AND x.event_no = r.event_no)
LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = e.sentence
WHERE r.story_id IN ({ids})
ORDER BY r.story_id, r.date IS NULL, r.date, d.published NULLS FIRST, r.doc_id, r.event_no"""


@dataclass(frozen=True, slots=True)
class StoryMention:
    """One report of a story, cited: the document (its source as ingested), the sentence and the trigger."""

    document: str
    doc_id: str
    event_no: int
    sentence: int
    start: int
    end: int
    language: str
    date: str | None
    title: str | None
    url: str | None
    text: str
    trigger: str
    why: str
    sentence_start: int | None = None

    def parts(self) -> tuple[str, str, str]:
        """The sentence cut around the trigger: (before, trigger, after)."""
        if self.sentence_start is None:
            return "", self.trigger, ""
        start, end = self.start - self.sentence_start, self.end - self.sentence_start
        return self.text[:start], self.text[start:end], self.text[end:]


@dataclass(frozen=True, slots=True)
class Story:
    """One real-world event and every report of it, the first report first."""

    id: int
    type: str
    modality: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    reports: int
    documents: int
    publishers: int
    languages: int
    mentions: tuple[StoryMention, ...]

    @property
    def first(self) -> StoryMention:
        return self.mentions[0]

    @property
    def why(self) -> list[str]:
        """Why each report after the first joined the story (or how a user regrouped it)."""
        return [f"{m.document} (sentence {m.sentence}): {m.why}" for m in self.mentions if m.why != FIRST_REPORT]

    def as_json(self) -> dict:
        """The JSON-lines form: the story, its first report, why, and every report as a citation."""
        cite = lambda m: {"document": m.document, "sentence": m.sentence, "start": m.start, "end": m.end,  # noqa
                          "language": m.language, "date": m.date, "text": m.text}
        return {"id": self.id, "type": self.type, "modality": self.modality, "source": list(self.source),
                "target": list(self.target), "first_date": self.first_date, "last_date": self.last_date,
                "reports": self.reports, "documents": self.documents, "publishers": self.publishers,
                "languages": self.languages, "first": cite(self.first), "why": self.why,
                "mentions": [cite(m) for m in self.mentions]}


def stories(db: Connection, where: EventFilter = EventFilter(), limit: int | None = None) -> Iterator[Story]:
    """The stories matching the filters, newest first: the actor on either side (its people and bodies
    included), the type, dates overlapping the period, a report in the language; only stories of what
    happened unless `include_unasserted`."""
    sql, params = where_sql(story_clauses(where))
    bound = "" if limit is None else f" LIMIT {int(limit)}"
    rows = db.execute(f"SELECT * FROM stories s{sql} ORDER BY s.first_date DESC NULLS LAST, s.id DESC{bound}", params)
    while chunk := list(islice(rows, CHUNK)):
        yield from _with_mentions(db, chunk)


def story(db: Connection, story_id: int) -> Story | None:
    row = db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    return next(_with_mentions(db, [row]), None) if row else None


def story_clauses(where: EventFilter) -> list[Clause]:
    clauses = date_range("s.last_date", where.since, None) + date_range("s.first_date", None, where.until)
    if where.type:
        clauses.append(Clause("s.type = ?", (where.type,)))
    if not where.include_unasserted:
        clauses.append(Clause("s.modality = 'happened'"))
    reports = []
    if where.actor:
        reports.append(involves(where.actor))
    if where.language:
        reports.append(Clause("r.language = ?", (where.language,)))
    if reports:
        sql, params = where_sql([Clause("r.story_id = s.id"), *reports])
        clauses.append(Clause("EXISTS (SELECT 1 FROM story_reports r JOIN events e ON e.doc_id = r.doc_id"
                              f" AND e.event_no = r.event_no{sql})", params))
    return clauses


def _with_mentions(db: Connection, rows: list[Row]) -> Iterator[Story]:
    ids = [row["id"] for row in rows]
    mentions = {story_id: [_mention(m) for m in group] for story_id, group in groupby(
        db.execute(MENTIONS.format(ids=", ".join("?" * len(ids))), ids), key=lambda m: m["story_id"])}
    for row in rows:
        yield Story(row["id"], row["type"], row["modality"], tuple(json.loads(row["sources"])),
                    tuple(json.loads(row["targets"])), row["first_date"], row["last_date"], row["reports"],
                    row["documents"], row["publishers"], row["languages"], tuple(mentions.get(row["id"], ())))


def _mention(row: Row) -> StoryMention:
    return StoryMention(row["source"], row["doc_id"], row["event_no"], row["sentence"], row["trigger_start"],
                        row["trigger_end"], row["language"], row["date"], row["title"], row["url"], row["text"] or "",
                        row["trigger"], row["why"], row["sentence_start"])
