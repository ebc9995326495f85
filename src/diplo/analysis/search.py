"""Full-text search over the stored documents, with the same filters as the event queries.

Each whitespace-separated word of the search text must occur (words are
matched without accents and case; `sanction*` matches a prefix; `OR` and
`NOT` between words work as in SQLite FTS5; on PostgreSQL, words are also
matched by their stems in each document's language). A search is bounded: at most
MAX_TERMS words and MAX_CHARS characters, and a prefix of at least
MIN_PREFIX letters, so that no search text can keep the store busy. The filters narrow the documents:
the language, the publication date (since/until), and the actor and event
type. With a type, a document must report a happened event of that type
(involving the actor, when one is given); with only an actor, it must name
the actor (or one of its people or bodies).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import BadQuery, EmptySearch, SearchTooLong, ShortPrefix
from ..store import Connection
from ..store.sqlite import Connection as SqliteConnection
from .filters import Clause, EventFilter, counts_for, date_range, event_clauses, limit_sql, where_sql

MARK_START, MARK_END = "\x02", "\x03"
OPERATORS = {"OR", "NOT"}
WORD = re.compile(r"\w")
MAX_TERMS = 16
MAX_CHARS = 400
MIN_PREFIX = 3


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A matching document; `snippet` marks the matched words between MARK_START and MARK_END."""

    doc_id: str
    title: str | None
    language: str
    published: str | None
    source: str
    url: str | None
    snippet: str
    events: int

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for a renderer that escapes each piece."""
        parts = []
        for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", self.snippet)):
            if piece:
                parts.append((piece, i % 2 == 1))
        return parts


def search(db, text: str | None, where: EventFilter = EventFilter(), limit: int = 50) -> list[SearchHit]:
    """Documents matching the text and the filters: best match first, or newest first without text."""
    if text and text.strip():
        source = Clause(db.search_source, (fts_query(text, db),))
        snippet, order = db.search_snippet, db.search_rank
    else:
        source = Clause("documents d")
        snippet, order = "substr(d.text, 1, 240)", "d.published DESC NULLS LAST, d.id"
    sql, params = where_sql(document_clauses(where))
    counted = EventFilter(include_unasserted=where.include_unasserted)
    events_sql, events_params = where_sql([Clause("e.doc_id = d.id")] + event_clauses(counted))
    query = (f"SELECT d.id AS doc_id, d.title, d.language, d.published, d.source, d.url, {snippet} AS snippet,"
             f" (SELECT COUNT(DISTINCT e.event_no) FROM events e{events_sql}) AS events"
             f" FROM {source.sql}{sql} ORDER BY {order}{limit_sql(limit)}")
    try:
        rows = db.execute(query, events_params + source.params + params).fetchall()
    except db.Error as error:
        if db.interrupted(error):
            raise
        raise BadQuery(detail=f"The search text '{text}' cannot be read ({error}).") from None
    return [SearchHit(**dict(row)) for row in rows]


def fts_query(text: str, dialect=SqliteConnection) -> str:
    """The search text in the full-text syntax of the database's engine: every word quoted (so punctuation is
    harmless), `*` kept as prefix."""
    if len(text) > MAX_CHARS:
        raise SearchTooLong(count=len(text), what="characters", limit=MAX_CHARS)
    terms: list[str] = []
    for word in text.split():
        if word in OPERATORS:
            terms.append(word)
        elif WORD.search(word):
            stem = word.rstrip("*")
            if stem != word and len(WORD.findall(stem)) < MIN_PREFIX:
                raise ShortPrefix(word=word, letters=MIN_PREFIX)
            terms.append(dialect.search_word(stem, stem != word))
    if not any(t not in OPERATORS for t in terms):
        raise EmptySearch(text=text)
    if len(terms) > MAX_TERMS:
        raise SearchTooLong(count=len(terms), what="words", limit=MAX_TERMS)
    return _joined(terms, dialect.search_operators)


def _joined(terms: list[str], operators: dict[str, str]) -> str:
    """Terms with the engine's operators between them (AND between two words)."""
    text, after_operator = "", True
    for term in terms:
        if term in OPERATORS:
            text, after_operator = text + operators[term], True
        else:
            text, after_operator = text + ("" if after_operator else operators["AND"]) + term, False
    return text


def document_clauses(where: EventFilter) -> list[Clause]:
    """The filter's conditions on a document `d`: language, publication date, actor and event type."""
    clauses = date_range("d.published", where.since, where.until)
    if where.language:
        clauses.append(Clause("d.language = ?", (where.language,)))
    if where.type:
        clauses.append(reports_event(replace(where, since=None, until=None, language=None)))
    elif where.actor:
        clauses.append(names_actor(where.actor))
    return clauses


def reports_event(where: EventFilter) -> Clause:
    sql, params = where_sql([Clause("e.doc_id = d.id")] + event_clauses(where))
    return Clause(f"EXISTS (SELECT 1 FROM events e{sql})", params)


def names_actor(code: str) -> Clause:
    """The document names the actor; a top-level code also counts its bodies and affiliated people."""
    named = counts_for(code, "a.actor_id", "a.affiliation")
    return Clause(f"EXISTS (SELECT 1 FROM actors a WHERE a.doc_id = d.id AND {named.sql})", named.params)
