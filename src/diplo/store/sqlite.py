"""The SQLite dialect: one database file, FTS5 for full-text search.

diplo's queries are written in the SQL both engines share, with `?` placeholders; what differs between
engines is said by the connection classes of this module and of `postgresql.py`, which have the same shape.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from ..errors import CannotOpenDatabase, NoDatabase

PROGRESS_STEPS = 1_000  # virtual machine steps between two looks at the clock


class Connection(sqlite3.Connection):
    """A connection to a diplo database file."""

    name = "sqlite"
    begin = "BEGIN IMMEDIATE"  # a writer takes the file's write lock at once, so that writers queue
    # Full-text search: the documents `d` that match a query (one placeholder), best first, with a snippet.
    search_source = "documents_fts f JOIN documents d ON d.rowid = f.rowid AND documents_fts MATCH ?"
    search_rank = "f.rank"
    search_snippet = "snippet(documents_fts, 1, char(2), char(3), '…', 24)"
    search_operators = {"AND": " ", "OR": " OR ", "NOT": " NOT "}

    @staticmethod
    def search_word(word: str, prefix: bool) -> str:
        return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")

    def limit_time(self, seconds: float) -> None:
        """From now on, a statement that runs longer than `seconds` is interrupted (see `interrupted`)."""
        deadline = time.monotonic() + seconds
        self.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)

    @staticmethod
    def interrupted(error: Exception) -> bool:
        """True when the error is a statement stopped by the time limit."""
        return getattr(error, "sqlite_errorname", None) == "SQLITE_INTERRUPT"

    def lock(self, key: int) -> None:
        """Nothing to do: the write transaction already excludes other writers."""

    def run_script(self, script: str) -> None:
        """Run a migration's statements inside the current transaction (executescript would commit it)."""
        buffer = ""
        for line in script.splitlines(keepends=True):
            if buffer or not line.strip().startswith("--"):
                buffer += line
            if buffer.strip() and sqlite3.complete_statement(buffer):
                self.execute(buffer)
                buffer = ""


def connect(path: str, create: bool) -> Connection:
    """The database file at `path`; a missing one is created when `create`, else NoDatabase; a file that cannot
    be opened (not a database, in a folder that does not exist) is CannotOpenDatabase."""
    try:
        db = sqlite3.connect(Path(path).absolute().as_uri() + ("" if create else "?mode=rw"), uri=True,
                             isolation_level=None, check_same_thread=False, factory=Connection)
    except sqlite3.OperationalError as error:
        if create:
            raise CannotOpenDatabase(db=path, detail=error) from None
        raise NoDatabase(db=path) from None
    db.row_factory = sqlite3.Row
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        db.close()
        raise CannotOpenDatabase(db=path, detail=error) from None
    return db
