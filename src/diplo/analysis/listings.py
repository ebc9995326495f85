"""Listings of what the store holds: documents and actors, with their counts."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from ..store import Connection
from .filters import Clause, bounded, date_range, happened, limit_sql, where_sql


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: str
    language: str
    published: str | None
    title: str | None
    source: str
    url: str | None
    actors: int
    events: int
    quotes: int
    figures: int
    commitments: int


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """An actor across documents: `events` counts the happened events it took part in, at its level."""

    id: str
    kind: str
    name: str
    affiliation: str | None
    roles: tuple[str, ...]
    documents: int
    mentions: int
    events: int


DOCUMENT_SELECT = """
SELECT d.id, d.language, d.published, d.title, d.source, d.url,
       (SELECT COUNT(*) FROM actors WHERE doc_id = d.id) AS actors,
       (SELECT COUNT(DISTINCT event_no) FROM events WHERE doc_id = d.id) AS events,
       (SELECT COUNT(*) FROM quotes WHERE doc_id = d.id) AS quotes,
       (SELECT COUNT(*) FROM figures WHERE doc_id = d.id) AS figures,
       (SELECT COUNT(*) FROM commitments WHERE doc_id = d.id) AS commitments
FROM documents d"""


def documents(db, language: str | None = None, since: str | None = None,
              until: str | None = None, limit: int | None = None) -> list[DocumentSummary]:
    """Stored documents, newest first, with how many facts each holds; dates filter on the publication date."""
    clauses = date_range("d.published", since, until)
    if language:
        clauses.append(Clause("d.language = ?", (language.lower(),)))
    sql, params = where_sql(clauses)
    query = f"{DOCUMENT_SELECT}{sql} ORDER BY d.published DESC NULLS LAST, d.id{limit_sql(limit)}"
    return [DocumentSummary(**dict(row)) for row in db.execute(query, params)]


def actors(db: Connection, kind: str | None = None, limit: int | None = None) -> list[ActorSummary]:
    """Every actor named in the store, the most mentioned first; its kind, name and affiliation as the latest
    stored document gives them."""
    sql, params = where_sql([Clause("kind = ?", (kind,))] if kind else [])
    rows = db.execute("SELECT a.actor_id, a.kind, a.name, a.affiliation, n.documents FROM actors a JOIN"
                      f" (SELECT actor_id, MAX(rowid) AS latest, COUNT(*) AS documents FROM actors{sql}"
                      " GROUP BY actor_id) n ON a.rowid = n.latest", params).fetchall()
    mentions = dict(db.execute("SELECT actor_id, COUNT(*) FROM mentions GROUP BY actor_id").fetchall())
    events = _event_counts(db)
    roles = _role_titles(db)
    summaries = [ActorSummary(r["actor_id"], r["kind"], r["name"], r["affiliation"], roles.get(r["actor_id"], ()),
                              r["documents"], mentions.get(r["actor_id"], 0),
                              events[r["actor_id"]])
                 for r in rows]
    summaries.sort(key=lambda s: (-s.mentions, -s.documents, s.id))
    return summaries[:bounded(limit)]


def actor_name(db, code: str) -> str:
    """The name the latest stored document gives an actor; the code itself when it was never named."""
    row = db.execute("SELECT name FROM actors WHERE actor_id = ? ORDER BY rowid DESC LIMIT 1", (code,)).fetchone()
    return row[0] if row else code


def actor_labels(db) -> dict[str, tuple[str, str]]:
    """Every actor's name and kind, as the latest stored document gives them."""
    rows = db.execute("SELECT actor_id, name, kind FROM actors WHERE rowid IN"
                      " (SELECT MAX(rowid) FROM actors GROUP BY actor_id)")
    return {row["actor_id"]: (row["name"], row["kind"]) for row in rows}


def _event_counts(db) -> Counter:
    """Happened events per actor id and per top-level code, on either side, each event counted once."""
    condition = happened("e")
    rows = db.execute("SELECT e.doc_id, e.event_no, e.source, e.target, e.source_country, e.target_country"
                      f" FROM events e WHERE {condition.sql} ORDER BY e.id", condition.params)
    return Counter(code for _, pairs in groupby(rows, key=itemgetter(0, 1))
                   for code in {code for row in pairs for code in row[2:]} if code)


def _role_titles(db: Connection) -> dict[str, tuple[str, ...]]:
    """Each actor's distinct role titles, from its role lists in the documents, in the order they were stored."""
    titles: dict[str, dict[str, None]] = {}
    for actor_id, roles in db.execute("SELECT actor_id, roles FROM actors WHERE roles != '[]' ORDER BY rowid"):
        titles.setdefault(actor_id, {}).update(dict.fromkeys(title for title, _ in json.loads(roles)))
    return {actor_id: tuple(found) for actor_id, found in titles.items()}
