"""The store: one SQLite file by default, or a PostgreSQL database shared by a team; the schema under
named migrations.

Each document and all its facts are written in one transaction, so an interrupted batch leaves whole
documents or nothing, and re-running skips what is already stored. A document's id is the hash of its
text and is unique: when several processes store the same document at once, one writes it and the others
find it already stored. What differs between the engines is in `sqlite.py` and `postgresql.py`.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from ..errors import CannotOpenDatabase, NoDatabase, UnknownDocument
from ..records import (Actor, Commitment, Document, Event, Figure, Mention, Quote, Record, Role,
                       Sentence)
from .postgresql import shown

DEFAULT_DB = "diplo.db"
DB_VARIABLE = "DIPLO_DB"
MIGRATIONS = resources.files("diplo") / "store" / "migrations"
URL_SCHEMES = ("postgresql://", "postgres://")
MIGRATION_LOCK = 0x6469706C6F  # any number: the lock that applies migrations one process at a time (`lock`)
Row = Any  # a row of either engine, read by position or by column name (sqlite3.Row, postgresql.Row)


class Connection(Protocol):
    """What diplo reads of a connection of either engine (`sqlite.Connection`, `postgresql.Connection`)."""

    name: str
    Error: type[Exception]

    def execute(self, sql: str, params: Any = ()) -> Any: ...

    def interrupted(self, error: Exception) -> bool: ...

    def lock(self, key: int) -> None: ...


def is_url(target: str | Path) -> bool:
    """True for a PostgreSQL URL, False for a database file."""
    return str(target).startswith(URL_SCHEMES)


def migrations(dialect: str) -> list[tuple[str, str]]:
    """The named migrations of a dialect, in order: `migrations/NAME.sql` serves both engines, and
    `migrations/<dialect>/NAME.sql` one of them where their SQL differs."""
    scripts = {p.name: p for folder in (MIGRATIONS, MIGRATIONS / dialect) for p in folder.iterdir()
               if p.name.endswith(".sql")}
    return [(name.removesuffix(".sql"), scripts[name].read_text(encoding="utf-8")) for name in sorted(scripts)]


def country_of(actor_id: str | None, affiliations: dict[str, str]) -> str | None:
    """The top-level country or organisation code an actor counts for."""
    if actor_id is None:
        return None
    actor_id = affiliations.get(actor_id, actor_id)
    return None if actor_id.startswith("person:") else actor_id.split(".")[0]


def connect(target: str, create: bool = True) -> Connection:
    """A connection to the database file or PostgreSQL URL `target` (see `sqlite.Connection`)."""
    if is_url(target):
        from .postgresql import Connection

        return Connection(target)
    from .sqlite import connect as connect_file

    return connect_file(target, create)


class Store:
    """A diplo database: a file, or a PostgreSQL URL. With `create` False, a database that does not exist, or
    holds no diplo store, is a NoDatabase error."""

    def __init__(self, target: str | Path = DEFAULT_DB, create: bool = True) -> None:
        self.target = str(target)
        self.db = connect(self.target, create)
        if not create and not self._applied():
            self.close()
            raise NoDatabase(db=shown(self.target))
        try:
            self.migrate()
        except self.db.Error as error:  # not writable
            self.close()
            raise CannotOpenDatabase(db=shown(self.target), detail=" ".join(str(error).split())) from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        self.db.execute(self.db.begin)
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def migrate(self) -> list[str]:
        """Apply the named migrations this database has not seen yet, in one transaction; returns their names.
        Processes that open a new database at once apply them once."""
        if not self._pending():
            return []
        with self.transaction() as db:
            db.lock(MIGRATION_LOCK)
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            pending = self._pending()
            for name, script in pending:
                db.run_script(script)
                db.execute("INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)",
                           (name, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())))
        return [name for name, _ in pending]

    def _applied(self) -> set[str]:
        try:
            return {row[0] for row in self.db.execute("SELECT name FROM schema_migrations")}
        except self.db.Error:  # a new database
            return set()

    def _pending(self) -> list[tuple[str, str]]:
        applied = self._applied()
        return [(name, script) for name, script in migrations(self.db.name) if name not in applied]

    def has(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save(self, record: Record, replace: bool = False,
             then: Callable[[Connection, str], object] | None = None) -> bool:
        """Store a document and its facts in one transaction; False if it was already there. `then(db, doc_id)`
        runs in the same transaction once the document is written (the story stage attaches its reports)."""
        with self.transaction() as db:
            if replace:
                db.execute("DELETE FROM documents WHERE id = ?", (record.document.id,))
            if not _insert(db, record):
                return False
            if then:
                then(db, record.document.id)
        return True

    def load(self, doc_id: str) -> Record:
        """The stored record of one document."""
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownDocument(doc_id=doc_id, db=shown(self.target))
        return record_from_rows(row, lambda table: self.db.execute(
            f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY {READ_ORDER.get(table, 'rowid')}", (doc_id,)).fetchall())

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY published NULLS FIRST, id")]


# The tables that hold a record: their columns, in the order `record_rows` gives them, and the order in which
# one document's rows are read back (the order they were written in, unless said here).
COLUMNS = {
    "documents": ("id", "source", "url", "title", "language", "supported", "published", "published_reason", "text"),
    "sentences": ("doc_id", "idx", "start", "end"),
    "actors": ("doc_id", "actor_id", "kind", "name", "affiliation", "roles", "reason"),
    "mentions": ("doc_id", "actor_id", "start", "end", "sentence", "text", "reason"),
    "events": ("doc_id", "event_no", "type", "source", "target", "source_country", "target_country", "mode",
               "modality", "contexts", "date", "date_assumed", "location", "sentence", "trigger_start", "trigger_end",
               "actor_spans", "confidence", "rule"),
    "quotes": ("doc_id", "speaker", "text", "start", "end", "sentence", "reason"),
    "figures": ("doc_id", "value", "unit", "text", "start", "end", "sentence", "measures", "owner", "year"),
    "commitments": ("doc_id", "actor", "year", "text", "start", "end", "sentence", "value", "unit", "baseline_year"),
    "topics": ("doc_id", "topic"),
}
READ_ORDER = {"sentences": "idx", "events": "event_no, id"}


def record_rows(record: Record) -> dict[str, Iterable[tuple]]:
    """A record as rows of each table (COLUMNS); the rows of facts are generated as they are read, so that a
    long document's facts are not copied whole."""
    doc, doc_id = record.document, record.document.id
    affiliations = {a.id: a.affiliation for a in record.actors if a.affiliation}
    return {
        "documents": [(doc_id, doc.source, doc.url, doc.title, doc.language, int(doc.supported), doc.published,
                       doc.published_reason, doc.text)],
        "sentences": ((doc_id, s.index, s.start, s.end) for s in record.sentences),
        "actors": ((doc_id, a.id, a.kind, a.name, a.affiliation,
                    json.dumps([[r.title, r.of] for r in a.roles], ensure_ascii=False), a.reason)
                   for a in record.actors),
        "mentions": ((doc_id, m.actor, m.start, m.end, m.sentence, m.text, m.reason) for m in record.mentions),
        "events": ((doc_id, number, e.type, source, target, country_of(source, affiliations),
                    country_of(target, affiliations), e.mode, e.modality, json.dumps(list(e.contexts)), e.date,
                    int(e.date_assumed), e.location, e.sentence, *e.trigger, json.dumps(e.actor_spans), e.confidence,
                    e.rule)
                   for number, e in enumerate(record.events) for source, target in _pairs(e)),
        "quotes": ((doc_id, q.speaker, q.text, q.start, q.end, q.sentence, q.reason) for q in record.quotes),
        "figures": ((doc_id, f.value, f.unit, f.text, f.start, f.end, f.sentence, f.measures, f.owner, f.year)
                    for f in record.figures),
        "commitments": ((doc_id, c.actor, c.year, c.text, c.start, c.end, c.sentence, c.value, c.unit,
                         c.baseline_year) for c in record.commitments),
        "topics": ((doc_id, t) for t in record.topics),
    }


def _insert(db: Connection, record: Record) -> bool:
    """Insert a record's rows, unless its document is already stored (False)."""
    rows = record_rows(record)
    [document] = rows.pop("documents")
    if not db.execute(_insert_sql("documents") + " ON CONFLICT (id) DO NOTHING", document).rowcount:
        return False
    for table, table_rows in rows.items():
        db.executemany(_insert_sql(table), table_rows)
    return True


def _insert_sql(table: str) -> str:
    columns = ", ".join(f'"{column}"' for column in COLUMNS[table])  # quoted: `end` is a keyword of PostgreSQL
    return f"INSERT INTO {table}({columns}) VALUES ({', '.join('?' * len(COLUMNS[table]))})"


def _pairs(event: Event) -> list[tuple[str | None, str | None]]:
    """Every (source, target) pair of an event, one row each."""
    return [(s, t) for s in (event.sources or (None,)) for t in (event.targets or (None,))]


def record_from_rows(row: Row, rows: Callable[[str], list[Row]]) -> Record:
    """The record of a document from its row and `rows(table)`, its rows in each other table of COLUMNS."""
    document = Document(id=row["id"], text=row["text"], source=row["source"], language=row["language"],
                        supported=bool(row["supported"]), title=row["title"], url=row["url"],
                        published=row["published"], published_reason=row["published_reason"])
    return Record(
        document=document,
        sentences=[Sentence(r["idx"], r["start"], r["end"]) for r in rows("sentences")],
        actors=[Actor(r["actor_id"], r["kind"], r["name"], r["affiliation"],
                      tuple(Role(t, o) for t, o in json.loads(r["roles"])), r["reason"])
                for r in rows("actors")],
        mentions=[Mention(r["actor_id"], r["start"], r["end"], r["sentence"], r["text"], r["reason"])
                  for r in rows("mentions")],
        events=_events(rows("events")),
        quotes=[Quote(r["speaker"], r["text"], r["start"], r["end"], r["sentence"], r["reason"])
                for r in rows("quotes")],
        figures=[Figure(r["value"], r["unit"], r["text"], r["start"], r["end"], r["sentence"], r["measures"],
                        r["owner"], r["year"])
                 for r in rows("figures")],
        commitments=[Commitment(r["actor"], r["year"], r["text"], r["start"], r["end"], r["sentence"], r["value"],
                                r["unit"], r["baseline_year"])
                     for r in rows("commitments")],
        topics=[r["topic"] for r in rows("topics")],
    )


def _events(rows: list[Row]) -> list[Event]:
    """Regroup the pair rows of each event into one Event."""
    grouped: dict[int, list[Row]] = {}
    for r in rows:
        grouped.setdefault(r["event_no"], []).append(r)
    events = []
    for pairs in grouped.values():
        first = pairs[0]
        sources = tuple(dict.fromkeys(r["source"] for r in pairs if r["source"] is not None))
        targets = tuple(dict.fromkeys(r["target"] for r in pairs if r["target"] is not None))
        events.append(Event(
            type=first["type"], sources=sources, targets=targets, sentence=first["sentence"],
            trigger=(first["trigger_start"], first["trigger_end"]), modality=first["modality"], mode=first["mode"],
            contexts=tuple(json.loads(first["contexts"])), date=first["date"], date_assumed=bool(first["date_assumed"]),
            location=first["location"], actor_spans=tuple(tuple(s) for s in json.loads(first["actor_spans"])),
            confidence=first["confidence"], rule=first["rule"]))
    return events
