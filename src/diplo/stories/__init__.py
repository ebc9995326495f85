"""Stories: the reports of one real-world event, grouped across documents and languages.

A stage after the store. Each stored event is a report; reports of the same
type between the same actors, with dates and details that agree, are one
story (`rules.py`). Storing a document attaches its reports to stories in the
same transaction (`attach_document`); `rebuild` groups every report anew and
applies the user's merges and splits again (`edits.py`).
"""
from __future__ import annotations


from ..store import Connection
from .edits import merge, replay, split
from .grouping import LOCK, attach_document
from .listing import Story, StoryMention, stories, story
from .reports import documents_in_order, pending_documents

__all__ = ["Story", "StoryMention", "attach_document", "attach_pending", "merge", "rebuild", "split", "stories",
           "story"]


def attach_pending(db: Connection) -> int:
    """Attach the reports stored before stories existed, oldest document first; how many documents."""
    pending = pending_documents(db)
    for doc_id in pending:
        attach_document(db, doc_id)
    return len(pending)


def rebuild(db: Connection) -> int:
    """Group every report anew, oldest document first, then apply the user's edits again; how many stories."""
    db.lock(LOCK)
    db.execute("DELETE FROM stories")
    for doc_id in documents_in_order(db):
        attach_document(db, doc_id)
    replay(db)
    return db.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
