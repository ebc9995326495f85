"""What a query asks for (actor, event type, period, language) and the SQL that says it.

An actor code is matched at the level it is written: a top-level code (`BEL`,
`EU`, `UN`) matches every event whose source or target counts for it (the
country's people and bodies included, through the `*_country` columns); a
dotted code or a person (`EU.COMMISSION`, `person:hadja-lahbib`) matches only
that actor.

Only events told as asserted, future or intended count as having happened;
negated, hypothetical and requested ones are left out unless asked for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BadDate, UnknownEventType
from ..knowledge import ontology
from ..export.record import UNASSERTED

MAX_ROWS = 10_000  # the most rows one query answers
DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
NOT_HAPPENED = tuple(sorted(UNASSERTED))


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query is about, and how they count. Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, both ends
    included."""

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None
    include_unasserted: bool = False
    every_report: bool = False  # count each report of an event, not each story (diplo.stories) once

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor", normal_code(self.actor))
        object.__setattr__(self, "type", event_type(self.type))
        object.__setattr__(self, "language", self.language.lower() if self.language else None)
        for bound in (self.since, self.until):
            check_date(bound)


@dataclass(frozen=True, slots=True)
class Clause:
    """A piece of a WHERE clause and its parameters."""

    sql: str
    params: tuple = ()


def normal_code(code: str | None) -> str | None:
    """An actor code as stored: upper case, except person ids (`person:...`)."""
    if not code:
        return None
    code = code.strip()
    return code if code.startswith("person:") else code.upper()


def event_type(name: str | None) -> str | None:
    """A PLOVER type name in upper case; an unknown name is an error."""
    if not name:
        return None
    name = name.strip().upper()
    if name not in ontology()["types"]:
        raise UnknownEventType(type=name, known=", ".join(ontology()["types"]))
    return name


def check_date(value: str | None) -> None:
    if value and not DATE.fullmatch(value):
        raise BadDate(value=value)


def is_top_level(code: str) -> bool:
    """True for a country or organisation code without a dotted body or a person prefix."""
    return "." not in code and not code.startswith("person:")


def actor_columns(code: str, alias: str = "e") -> tuple[str, str]:
    """The event columns (source side, target side) an actor code is compared with."""
    if is_top_level(code):
        return f"{alias}.source_country", f"{alias}.target_country"
    return f"{alias}.source", f"{alias}.target"


def involves(code: str, alias: str = "e") -> Clause:
    """Events where the actor is the source or the target."""
    source, target = actor_columns(code, alias)
    return Clause(f"({source} = ? OR {target} = ?)", (code, code))


def counts_for(code: str, id_column: str, affiliation_column: str) -> Clause:
    """An actor column holds the actor, or, for a top-level code, one of its bodies or affiliated people."""
    if not is_top_level(code):
        return Clause(f"{id_column} = ?", (code,))
    inside = (code + ".", code + "/")  # every dotted code under `code` sorts between these two
    return Clause(f"({id_column} = ? OR ({id_column} > ? AND {id_column} < ?) OR {affiliation_column} = ?"
                  f" OR ({affiliation_column} > ? AND {affiliation_column} < ?))", (code, *inside, code, *inside))


def any_of(clauses: list[Clause]) -> Clause:
    return Clause("(" + " OR ".join(c.sql for c in clauses) + ")", tuple(p for c in clauses for p in c.params))


def between(a: str, b: str, alias: str = "e") -> Clause:
    """Events from a to b or from b to a."""
    a_source, a_target = actor_columns(a, alias)
    b_source, b_target = actor_columns(b, alias)
    return Clause(f"(({a_source} = ? AND {b_target} = ?) OR ({b_source} = ? AND {a_target} = ?))", (a, b, b, a))


def date_range(column: str, since: str | None, until: str | None) -> list[Clause]:
    """`column` within [since, until]; a partial `until` (2023-05) includes the whole month or year."""
    for bound in (since, until):
        check_date(bound)
    clauses = []
    if since:
        clauses.append(Clause(f"{column} >= ?", (since,)))
    if until:
        clauses.append(Clause(f"{column} < ?", (until + "\x7f",)))
    return clauses


def happened(alias: str = "e") -> Clause:
    marks = ", ".join("?" * len(NOT_HAPPENED))
    return Clause(f"{alias}.modality NOT IN ({marks})", NOT_HAPPENED)


def event_clauses(where: EventFilter, alias: str = "e", doc_alias: str = "d") -> list[Clause]:
    """The conditions of an EventFilter on the events table (and documents, for the language)."""
    clauses = date_range(f"{alias}.date", where.since, where.until)
    if where.actor:
        clauses.append(involves(where.actor, alias))
    if where.type:
        clauses.append(Clause(f"{alias}.type = ?", (where.type,)))
    if where.language:
        clauses.append(Clause(f"{doc_alias}.language = ?", (where.language,)))
    if not where.include_unasserted:
        clauses.append(happened(alias))
    return clauses


def bounded(limit: int | None) -> int | None:
    """A row limit clamped to 0..MAX_ROWS (SQLite would read a negative limit as none); None is no limit."""
    return None if limit is None else max(0, min(int(limit), MAX_ROWS))


def limit_sql(limit: int | None) -> str:
    """` LIMIT n` for a bounded limit, or nothing without one."""
    return "" if limit is None else f" LIMIT {bounded(limit)}"


def where_sql(clauses: list[Clause]) -> tuple[str, tuple]:
    """` WHERE a AND b` (or nothing) and the parameters in order."""
    if not clauses:
        return "", ()
    return " WHERE " + " AND ".join(c.sql for c in clauses), tuple(p for c in clauses for p in c.params)
