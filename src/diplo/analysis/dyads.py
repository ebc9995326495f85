"""Dyad timelines: the events between two actors, month by month, with a cooperation-conflict score.

The monthly score is the **sum** of the PLOVER scores (plover.json, -10 most
conflictual to +10 most cooperative) of the events between the two actors in
that month, both directions together; `a_to_b` and `b_to_a` split it by
direction and `mean` divides it by the number of events. Each event counts
once, however many (source, target) pairs it was stored as, and each story
once, however many reports tell it (unless every report is asked for). Only
events that happened (asserted, future or intended) count. Events without a
month (not dated, or dated to the year only) are summed apart, in `undated`,
and count in the dyad's total score.

The database sums the events in one query, and a dyad lists only its latest
events (`limit`): however many events two actors share, only those listed are
read into Python.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..knowledge import ontology
from ..store import Connection
from .events import EventRow, event_rows, first_pairs
from .filters import Clause, EventFilter, actor_columns, between, happened, limit_sql, normal_code
from .listings import actor_name

EVENT_LIMIT = 200  # the events a dyad lists, the latest (its scores count them all)


@dataclass(frozen=True, slots=True)
class DyadMonth:
    month: str
    events: int = 0
    score: float = 0.0
    a_to_b: float = 0.0
    b_to_a: float = 0.0
    cooperation: int = 0
    conflict: int = 0

    @property
    def mean(self) -> float:
        return self.score / self.events if self.events else 0.0


UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Dyad:
    """Two actors, their monthly series, the events without a month, and their latest events in date order."""

    a: str
    b: str
    a_name: str
    b_name: str
    months: list[DyadMonth] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    unasserted: int = 0
    undated: DyadMonth = DyadMonth(UNDATED)

    @property
    def score(self) -> float:
        """The total score: every month's and the undated events'."""
        return round(sum(m.score for m in self.series), 2)

    @property
    def count(self) -> int:
        """The number of events that happened between them, listed in `events` or not."""
        return sum(m.events for m in self.series)

    @property
    def series(self) -> list[DyadMonth]:
        """The months, then the sum of the events without a month when there are any."""
        return self.months + ([self.undated] if self.undated.events else [])


def dyad(db: Connection, a: str, b: str, since: str | None = None, until: str | None = None,
         language: str | None = None, reports: bool = False, limit: int | None = EVENT_LIMIT) -> Dyad:
    """The events between a and b (both directions), their monthly cooperation-conflict score, and the latest
    `limit` of them; each story counts once, by its first report, unless `reports`."""
    a, b = normal_code(a), normal_code(b)
    where = EventFilter(since=since, until=until, language=language, include_unasserted=True, every_report=reports)
    by_month, unasserted, events = timeline(db, where, [between(a, b)], a, limit)
    return Dyad(a, b, actor_name(db, a), actor_name(db, b), monthly(by_month), events, unasserted,
                by_month.get(UNDATED, DyadMonth(UNDATED)))


# In one pass over the pairs a query counts (`first_pairs`): their sums by month and by whether they happened, and
# the ids of the latest that happened (the rows whose `latest` is set).
TIMELINE = """
WITH pairs AS MATERIALIZED ({pairs}), scores(type, score) AS (VALUES {scores})
SELECT CASE WHEN length(p.date) >= 7 THEN substr(p.date, 1, 7) END AS month, {happened} AS happened,
       COUNT(*) AS events, SUM(s.score) AS score, SUM(CASE WHEN {a_source} = ? THEN s.score ELSE 0 END) AS a_to_b,
       SUM(CASE WHEN s.score > 0 THEN 1 ELSE 0 END) AS cooperation,
       SUM(CASE WHEN s.score < 0 THEN 1 ELSE 0 END) AS conflict, CAST(NULL AS BIGINT) AS latest
FROM pairs p JOIN scores s ON s.type = p.type GROUP BY 1, 2
UNION ALL
SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, id FROM (
    SELECT p.id FROM pairs p WHERE {happened} ORDER BY p.date DESC NULLS LAST, p.id DESC{limit}) latest"""


def timeline(db: Connection, where: EventFilter, extra: list[Clause], a: str,
             limit: int | None) -> tuple[dict[str, DyadMonth], int, list[EventRow]]:
    """The events matching the filter and the extra clauses, each counted once (`first_pairs`): those that
    happened summed by month (`undated` without one), `a_to_b` being the part of the score whose source is a; the
    number of the others; and the latest `limit` of those that happened, in chronological order."""
    types = ontology()["types"]
    pairs, done = first_pairs(where, extra), happened("p")
    sql = TIMELINE.format(pairs=pairs.sql, scores=", ".join(["(?, ?)"] * len(types)), happened=done.sql,
                          a_source=actor_columns(a, "p")[0], limit=limit_sql(limit))
    params = (*pairs.params, *(v for t in types for v in (t, types[t]["score"])), *done.params, a, *done.params)
    by_month, unasserted, latest = {}, 0, []
    for row in db.execute(sql, params):
        if row["latest"] is not None:
            latest.append(row["latest"])
        elif not row["happened"]:
            unasserted += row["events"]
        else:
            score, a_to_b, month = float(row["score"]), float(row["a_to_b"]), row["month"] or UNDATED
            by_month[month] = DyadMonth(month, row["events"], round(score, 2), round(a_to_b, 2),
                                        round(score - a_to_b, 2), row["cooperation"], row["conflict"])
    chosen = Clause(f"e.id IN ({', '.join('?' * len(latest))})", tuple(latest))
    listed = EventFilter(include_unasserted=True, every_report=True)  # chosen above
    return by_month, unasserted, list(event_rows(db, listed, [chosen], "chronological")) if latest else []


def monthly(by_month: dict[str, DyadMonth]) -> list[DyadMonth]:
    """One DyadMonth per calendar month from the first to the last dated event, empty months included."""
    dated = sorted(m for m in by_month if m != UNDATED)
    return [by_month.get(m, DyadMonth(m)) for m in month_range(dated[0], dated[-1])] if dated else []


def month_range(first: str, last: str) -> list[str]:
    """Every `YYYY-MM` from first to last, both included."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
