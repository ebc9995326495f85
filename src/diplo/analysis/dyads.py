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
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..store import Connection
from .events import EventRow, event_rows
from .filters import EventFilter, between, is_top_level, normal_code
from .listings import actor_name


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
    """Two actors, their monthly series, the events without a month, and their events in date order."""

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
    def series(self) -> list[DyadMonth]:
        """The months, then the sum of the events without a month when there are any."""
        return self.months + ([self.undated] if self.undated.events else [])


def dyad(db: Connection, a: str, b: str, since: str | None = None, until: str | None = None,
         language: str | None = None, reports: bool = False) -> Dyad:
    """The events between a and b (both directions) and their monthly cooperation-conflict score; each story
    counts once, by its first report, unless `reports`."""
    a, b = normal_code(a), normal_code(b)
    where = EventFilter(since=since, until=until, language=language, include_unasserted=True, every_report=reports)
    rows = unique_events(event_rows(db, where, extra=[between(a, b)], order="chronological"))
    happened = [r for r in rows if r.happened]
    undated = month_of(UNDATED, [e for e in happened if not e.month], a)
    return Dyad(a, b, actor_name(db, a), actor_name(db, b), monthly(happened, a), happened,
                unasserted=len(rows) - len(happened), undated=undated)


def unique_events(rows) -> list[EventRow]:
    """The first stored pair of each event, so that an event counts once."""
    seen: dict[tuple[str, int], EventRow] = {}
    for row in rows:
        seen.setdefault((row.doc_id, row.event_no), row)
    return list(seen.values())


def monthly(events: list[EventRow], a: str) -> list[DyadMonth]:
    """One DyadMonth per calendar month from the first to the last dated event, empty months included."""
    by_month: dict[str, list[EventRow]] = {}
    for event in events:
        if event.month:
            by_month.setdefault(event.month, []).append(event)
    if not by_month:
        return []
    return [month_of(m, by_month.get(m, []), a) for m in month_range(min(by_month), max(by_month))]


def month_of(month: str, events: list[EventRow], a: str) -> DyadMonth:
    a_to_b = sum((e.score for e in events if _from(e, a)), 0.0)
    b_to_a = sum((e.score for e in events if not _from(e, a)), 0.0)
    return DyadMonth(month, len(events), round(a_to_b + b_to_a, 2), round(a_to_b, 2), round(b_to_a, 2),
                     cooperation=sum(e.score > 0 for e in events), conflict=sum(e.score < 0 for e in events))


def _from(event: EventRow, a: str) -> bool:
    """True when the event goes from a to the other actor."""
    return (event.source_country if is_top_level(a) else event.source) == a


def month_range(first: str, last: str) -> list[str]:
    """Every `YYYY-MM` from first to last, both included."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
