"""The embedded store: one SQLite file, schema under named migrations.

Each document and all its facts are written in one transaction, so an
interrupted batch leaves whole documents or nothing, and re-running skips
what is already stored.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from ..errors import CannotOpenDatabase, UnknownDocument
from ..records import (Actor, Commitment, Document, Event, Figure, Mention, Quote, Record, Role,
                       Sentence)

DEFAULT_DB = "diplo.db"
PROGRESS_STEPS = 1_000  # virtual machine steps between two looks at the clock
MIGRATIONS = resources.files("diplo") / "store" / "migrations"


def country_of(actor_id: str | None, affiliations: dict[str, str]) -> str | None:
    """The top-level country or organisation code an actor counts for."""
    if actor_id is None:
        return None
    actor_id = affiliations.get(actor_id, actor_id)
    return None if actor_id.startswith("person:") else actor_id.split(".")[0]


class Store:
    """A diplo database file."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as error:  # not a database, in a folder that does not exist, not writable
            raise CannotOpenDatabase(db=self.path, detail=error) from None

    def limit_time(self, seconds: float) -> None:
        """From now on, a statement that runs longer than `seconds` is interrupted (sqlite3.OperationalError,
        SQLITE_INTERRUPT)."""
        deadline = time.monotonic() + seconds
        self.db.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def migrate(self) -> list[str]:
        """Apply the named migrations this file has not seen yet; returns their names."""
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, "
                        "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
        done = {row[0] for row in self.db.execute("SELECT name FROM schema_migrations")}
        applied = []
        for script in sorted(MIGRATIONS.iterdir(), key=lambda p: p.name):
            name = script.name.removesuffix(".sql")
            if not script.name.endswith(".sql") or name in done:
                continue
            with self.transaction() as db:
                for statement in _statements(script.read_text(encoding="utf-8")):
                    db.execute(statement)
                db.execute("INSERT INTO schema_migrations(name) VALUES (?)", (name,))
            applied.append(name)
        return applied

    def has(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save(self, record: Record, replace: bool = False,
             then: Callable[[sqlite3.Connection, str], object] | None = None) -> bool:
        """Store a document and its facts in one transaction; False if it was already there. `then(db, doc_id)`
        runs in the same transaction once the document is written (the story stage attaches its reports)."""
        with self.transaction() as db:
            if self.has(record.document.id):
                if not replace:
                    return False
                db.execute("DELETE FROM documents WHERE id = ?", (record.document.id,))
            _insert(db, record)
            if then:
                then(db, record.document.id)
        return True

    def load(self, doc_id: str) -> Record:
        """The stored record of one document."""
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise UnknownDocument(doc_id=doc_id, db=self.path)
        return _record(self.db, row)

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY published, id")]


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, buffer = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") and not buffer:
            continue
        buffer.append(line)
        joined = "\n".join(buffer)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            buffer = []
    return statements


def _insert(db: sqlite3.Connection, record: Record) -> None:
    """Insert a record's rows; each table's rows are generated as they are written (a long document's facts
    are not copied whole)."""
    doc = record.document
    doc_id = doc.id
    db.execute("INSERT INTO documents(id, source, url, title, language, supported, published, published_reason, text)"
               " VALUES (?,?,?,?,?,?,?,?,?)",
               (doc_id, doc.source, doc.url, doc.title, doc.language, int(doc.supported), doc.published,
                doc.published_reason, doc.text))
    db.executemany("INSERT INTO sentences VALUES (?,?,?,?)",
                   ((doc_id, s.index, s.start, s.end) for s in record.sentences))
    db.executemany("INSERT INTO actors VALUES (?,?,?,?,?,?,?)",
                   ((doc_id, a.id, a.kind, a.name, a.affiliation,
                     json.dumps([[r.title, r.of] for r in a.roles], ensure_ascii=False), a.reason)
                    for a in record.actors))
    db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
                   ((doc_id, m.actor, m.start, m.end, m.sentence, m.text, m.reason) for m in record.mentions))
    affiliations = {a.id: a.affiliation for a in record.actors if a.affiliation}
    db.executemany(
        "INSERT INTO events(doc_id, event_no, type, source, target, source_country, target_country, mode,"
        " modality, contexts, date, date_assumed, location, sentence, trigger_start, trigger_end, actor_spans,"
        " confidence, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((doc_id, number, e.type, source, target, country_of(source, affiliations),
          country_of(target, affiliations), e.mode, e.modality, json.dumps(list(e.contexts)), e.date,
          int(e.date_assumed), e.location, e.sentence, *e.trigger, json.dumps(e.actor_spans), e.confidence, e.rule)
         for number, e in enumerate(record.events) for source, target in _pairs(e)))
    db.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?)",
                   ((doc_id, q.speaker, q.text, q.start, q.end, q.sentence, q.reason) for q in record.quotes))
    db.executemany("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?)",
                   ((doc_id, f.value, f.unit, f.text, f.start, f.end, f.sentence, f.measures, f.owner, f.year)
                    for f in record.figures))
    db.executemany("INSERT INTO commitments VALUES (?,?,?,?,?,?,?,?,?,?)",
                   ((doc_id, c.actor, c.year, c.text, c.start, c.end, c.sentence, c.value, c.unit, c.baseline_year)
                    for c in record.commitments))
    db.executemany("INSERT INTO topics VALUES (?,?)", ((doc_id, t) for t in record.topics))


def _pairs(event: Event) -> list[tuple[str | None, str | None]]:
    """Every (source, target) pair of an event, one row each."""
    return [(s, t) for s in (event.sources or (None,)) for t in (event.targets or (None,))]


def _record(db: sqlite3.Connection, row: sqlite3.Row) -> Record:
    doc_id = row["id"]
    fetch = lambda sql: db.execute(sql, (doc_id,)).fetchall()  # noqa: E731
    document = Document(id=doc_id, text=row["text"], source=row["source"], language=row["language"],
                        supported=bool(row["supported"]), title=row["title"], url=row["url"],
                        published=row["published"], published_reason=row["published_reason"])
    return Record(
        document=document,
        sentences=[Sentence(r["idx"], r["start"], r["end"])
                   for r in fetch("SELECT * FROM sentences WHERE doc_id = ? ORDER BY idx")],
        actors=[Actor(r["actor_id"], r["kind"], r["name"], r["affiliation"],
                      tuple(Role(t, o) for t, o in json.loads(r["roles"])), r["reason"])
                for r in fetch("SELECT * FROM actors WHERE doc_id = ? ORDER BY rowid")],
        mentions=[Mention(r["actor_id"], r["start"], r["end"], r["sentence"], r["text"], r["reason"])
                  for r in fetch("SELECT * FROM mentions WHERE doc_id = ? ORDER BY rowid")],
        events=_events(fetch("SELECT * FROM events WHERE doc_id = ? ORDER BY event_no, id")),
        quotes=[Quote(r["speaker"], r["text"], r["start"], r["end"], r["sentence"], r["reason"])
                for r in fetch("SELECT * FROM quotes WHERE doc_id = ? ORDER BY rowid")],
        figures=[Figure(r["value"], r["unit"], r["text"], r["start"], r["end"], r["sentence"], r["measures"],
                        r["owner"], r["year"])
                 for r in fetch("SELECT * FROM figures WHERE doc_id = ? ORDER BY rowid")],
        commitments=[Commitment(r["actor"], r["year"], r["text"], r["start"], r["end"], r["sentence"], r["value"],
                                r["unit"], r["baseline_year"])
                     for r in fetch("SELECT * FROM commitments WHERE doc_id = ? ORDER BY rowid")],
        topics=[r["topic"] for r in fetch("SELECT topic FROM topics WHERE doc_id = ? ORDER BY rowid")],
    )


def _events(rows: list[sqlite3.Row]) -> list[Event]:
    """Regroup the pair rows of each event into one Event."""
    grouped: dict[int, list[sqlite3.Row]] = {}
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
