"""The PostgreSQL dialect: a shared database for a team, with psycopg 3 (`pip install 'diplo[postgresql]'`).

The connection speaks as diplo's SQLite connection does (see `sqlite.py`): `?` and `:name` placeholders,
rows read by position or by column name. Full-text search uses the text search configurations of each
document's language (migrations/postgresql/0001_initial.sql).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..errors import CannotConnect, NoDriver

PLACEHOLDERS = re.compile(r"'(?:[^']|'')*'|\?|(?<![:\w]):(\w+)|%")


class Row(tuple):
    """A row read by position or by column name, as sqlite3.Row is."""

    columns: dict[str, int] = {}

    def __getitem__(self, key):
        return tuple.__getitem__(self, self.columns[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self.columns)


def _row_class(cursor) -> type[Row]:
    columns: dict[str, int] = {}
    for index, column in enumerate(cursor.description or ()):
        columns.setdefault(column.name, index)
    return type("Row", (Row,), {"columns": columns})


@lru_cache(maxsize=512)
def translated(sql: str) -> str:
    """diplo's SQL with psycopg's placeholders: `?` as `%s`, `:name` as `%(name)s`, a literal `%` doubled."""
    def swap(match: re.Match) -> str:
        token = match.group()
        if token.startswith("'"):
            return token
        return "%s" if token == "?" else "%%" if token == "%" else f"%({match[1]})s"
    return PLACEHOLDERS.sub(swap, sql)


class Connection:
    """A connection to a diplo database on a PostgreSQL server."""

    name = "postgresql"
    begin = "BEGIN"  # rows are locked as they are written; a document stored twice at once waits, then is found
    search_source = "documents d JOIN diplo_tsquery(?) q ON d.search @@ q"
    search_rank = "ts_rank(d.search, q) DESC"
    # The snippet is cut from the first 100,000 characters: ts_headline reads all it is given.
    search_snippet = ("ts_headline(diplo_search_config(d.language), left(d.text, 100000), q, 'StartSel=' || chr(2)"
                      " || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=12')")
    search_operators = {"AND": " & ", "OR": " | ", "NOT": " & !"}

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise NoDriver() from None
        self.Error = psycopg.Error
        self._canceled = psycopg.errors.QueryCanceled
        try:
            self.raw = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor)
        except psycopg.OperationalError as error:
            raise CannotConnect(db=shown(url), detail=" ".join(str(error).split()).rstrip(".")) from None
        self.raw.row_factory = _row_class

    @staticmethod
    def search_word(word: str, prefix: bool) -> str:
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")

    def execute(self, sql: str, params=()):
        return self.raw.execute(translated(sql), params)

    def executemany(self, sql: str, rows) -> None:
        with self.raw.cursor() as cursor:
            cursor.executemany(translated(sql), rows)

    def close(self) -> None:
        self.raw.close()

    def limit_time(self, seconds: float) -> None:
        """From now on, a statement that runs longer than `seconds` is canceled (see `interrupted`)."""
        self.raw.execute(f"SET statement_timeout = {max(1, int(seconds * 1000))}")

    def interrupted(self, error: Exception) -> bool:
        return isinstance(error, self._canceled)

    def lock(self, key: int) -> None:
        """Until the transaction ends, another that asks for the same key waits (an advisory lock), as a writer
        waits for another on SQLite."""
        self.raw.execute(f"SELECT pg_advisory_xact_lock({int(key)})")

    def run_script(self, script: str) -> None:
        self.raw.execute(script)


def shown(url: str) -> str:
    """The URL without its password, to be printed."""
    return re.sub(r"(://[^/:@]*):[^/@]*@", r"\1@", url)
