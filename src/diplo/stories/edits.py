"""A user's merges and splits: recorded in `story_edits`, applied at once, and applied again after a rebuild.

An edit names its reports by document, trigger span and type (which stay the
same when a document is stored again), and makes them one story: a merge, the
reports of two stories; a split, the reports taken out of a story.
"""
from __future__ import annotations

import json

from ..errors import CannotMerge, CannotSplit, UnknownStory
from ..store import Connection
from .grouping import regroup

REPORT_KEYS = """
SELECT DISTINCT r.doc_id, r.event_no, e.trigger_start, e.trigger_end, e.type
FROM story_reports r JOIN events e ON e.doc_id = r.doc_id AND e.event_no = r.event_no
JOIN documents d ON d.id = r.doc_id
WHERE r.story_id = ?{documents} ORDER BY r.doc_id, r.event_no"""


def merge(db: Connection, story: int, other: int, path: str) -> int:
    """Merge `other` into `story`; returns `story`."""
    rows = {row["id"]: row for row in db.execute("SELECT id, type, modality FROM stories WHERE id IN (?, ?)",
                                                 (story, other))}
    for wanted in (story, other):
        if wanted not in rows:
            raise UnknownStory(story=wanted, db=path)
    if story == other:
        raise CannotMerge(a=story, b=other, detail="they are the same story")
    for field in ("type", "modality"):
        if rows[story][field] != rows[other][field]:
            raise CannotMerge(a=story, b=other, detail=f"one is {rows[story][field]}, the other {rows[other][field]}")
    keys = _keys(db, story) + _keys(db, other)
    edit = _record(db, "merge", keys)
    return regroup(db, [k[:2] for k in keys], _why(db, edit), into=story)


def split(db: Connection, story: int, documents: list[str], path: str) -> int:
    """Take the reports of the given documents (ids or sources) out of a story into a new one; its id."""
    everything = _keys(db, story)
    if not everything:
        raise UnknownStory(story=story, db=path)
    moved = _keys(db, story, documents)
    if not moved:
        raise CannotSplit(story=story, detail=f"none of its reports comes from {', '.join(documents)}")
    if len(moved) == len(everything):
        raise CannotSplit(story=story, detail="every one of its reports comes from those documents")
    edit = _record(db, "split", moved)
    return regroup(db, [k[:2] for k in moved], _why(db, edit))


def replay(db: Connection) -> int:
    """Apply every recorded edit again, in order, to the reports that still exist; how many applied."""
    applied = 0
    for edit, reports in db.execute("SELECT id, reports FROM story_edits ORDER BY id").fetchall():
        keys = [tuple(row) for key in json.loads(reports) for row in db.execute(
            "SELECT DISTINCT doc_id, event_no FROM events WHERE doc_id = ? AND trigger_start = ? AND trigger_end = ?"
            " AND type = ?", key)]
        if keys:
            regroup(db, keys, _why(db, edit))
            applied += 1
    return applied


def _keys(db: Connection, story: int, documents: list[str] | None = None) -> list[tuple]:
    """(doc_id, event_no, trigger_start, trigger_end, type) of a story's reports, those of some documents
    only when given."""
    clause, params = "", [story]
    if documents is not None:
        marks = ", ".join("?" * len(documents))
        clause, params = f" AND (r.doc_id IN ({marks}) OR d.source IN ({marks}))", [story, *documents, *documents]
    return [tuple(row) for row in db.execute(REPORT_KEYS.format(documents=clause), params)]


def _record(db: Connection, kind: str, keys: list[tuple]) -> int:
    return db.execute("INSERT INTO story_edits(kind, reports) VALUES (?, ?) RETURNING id",
                      (kind, json.dumps([[doc, start, end, event_type] for doc, _, start, end, event_type in keys]))
                      ).fetchone()[0]


def _why(db: Connection, edit: int) -> str:
    kind, made = db.execute("SELECT kind, made_at FROM story_edits WHERE id = ?", (edit,)).fetchone()
    return f"{'merged' if kind == 'merge' else 'split off'} by hand (edit {edit}, {made[:10]})"
