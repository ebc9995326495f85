"""Dossiers: a brief on one actor, or on two and what passed between them, every line cited.

A dossier covers the documents that name every actor asked for (within the
period, by publication date). It lists the people and bodies who speak or act
for each actor with their roles, the timeline of events (one actor: every
event it took part in; two: the events between them, with the dyad's monthly
score), the key quotes, the commitments and the figures of those actors. Each
line keeps the document and the sentence it comes from.

Only events told as asserted, future or intended count as having happened;
the others are counted in `left_out` and not listed. An event told by several
documents (a story) is listed once, by its first report, unless every report
is asked for.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import BadQuery
from ..store import Connection, Row
from .dyads import DyadMonth, dyad, timeline
from .events import SENTENCE_TEXT, EventRow
from .filters import (Clause, EventFilter, any_of, counts_for, date_range, is_top_level, normal_code,
                      where_sql)
from .listings import actor_name
from .search import names_actor

TIMELINE_LIMIT = 200
FACT_LIMIT = 12


@dataclass(frozen=True, slots=True)
class Line:
    """One cited statement: what diplo says (`text`), the document's own words (`words`), and where."""

    text: str
    words: str
    doc_id: str
    sentence: int
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A cited document."""

    doc_id: str
    title: str | None
    published: str | None
    source: str
    url: str | None


@dataclass
class Dossier:
    actors: tuple[str, ...]
    names: dict[str, str]
    since: str | None = None
    until: str | None = None
    every_report: bool = False  # the timeline lists every report of an event, not each story once
    roles: list[Line] = field(default_factory=list)
    timeline: list[Line] = field(default_factory=list)
    events: int = 0
    left_out: int = 0
    months: list[DyadMonth] = field(default_factory=list)  # with the undated events last, when there are any
    quotes: list[Line] = field(default_factory=list)
    commitments: list[Line] = field(default_factory=list)
    figures: list[Line] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def title(self) -> str:
        return " and ".join(f"{self.names[a]} ({a})" if self.names[a] != a else a for a in self.actors)

    def key(self, doc_id: str) -> str:
        """The short name of a cited document: D1, D2, ... in order of first citation."""
        return f"D{[s.doc_id for s in self.sources].index(doc_id) + 1}"


def dossier(db: Connection, actors: list[str], since: str | None = None,
            until: str | None = None, reports: bool = False) -> Dossier:
    """The dossier on one or two actors."""
    codes = tuple(normal_code(a) for a in actors if a)
    if len(codes) not in (1, 2):
        raise BadQuery(detail=f"A dossier is about one actor or two, not {len(codes)}.")
    brief = Dossier(codes, {c: actor_name(db, c) for c in codes}, since, until, reports)
    scope = [names_actor(c) for c in codes] + date_range("d.published", since, until)
    brief.roles = [line for c in codes for line in roles(db, c, scope)]
    _add_timeline(db, brief)
    brief.quotes = _facts(db, QUOTES, codes, scope)
    brief.commitments = _facts(db, COMMITMENTS, codes, scope)
    brief.figures = _facts(db, FIGURES, codes, scope)
    brief.sources = sources(db, brief)
    return brief


def _add_timeline(db: Connection, brief: Dossier) -> None:
    if len(brief.actors) == 2:
        pair = dyad(db, *brief.actors, since=brief.since, until=brief.until, reports=brief.every_report,
                    limit=TIMELINE_LIMIT)
        events, brief.events, brief.left_out, brief.months = pair.events, pair.count, pair.unasserted, pair.series
    else:
        where = EventFilter(actor=brief.actors[0], since=brief.since, until=brief.until, include_unasserted=True,
                            every_report=brief.every_report)
        by_month, brief.left_out, events = timeline(db, where, [], brief.actors[0], TIMELINE_LIMIT)
        brief.events = sum(m.events for m in by_month.values())
    brief.timeline = [event_line(e) for e in events]


def event_line(event: EventRow) -> Line:
    """`Belgium → China: SANCTION (mode) [future]`, cited to the event's sentence."""
    source = event.source_name or event.source or "?"
    target = event.target_name or event.target
    text = f"{source} → {target}: {event.type}" if target else f"{source}: {event.type}"
    if event.mode:
        text += f" ({event.mode})"
    if event.modality != "asserted":
        text += f" [{event.modality}]"
    return Line(text, event.sentence_text, event.doc_id, event.sentence, event.date)


ROLE_QUERY = """
SELECT r.*, {words} AS words FROM (
    SELECT a.actor_id, a.name, a.roles, a.doc_id, d.published,
           (SELECT MIN(m.sentence) FROM mentions m WHERE m.doc_id = a.doc_id AND m.actor_id = a.actor_id) AS sentence
    FROM actors a JOIN documents d ON d.id = a.doc_id{where}
) r JOIN documents d ON d.id = r.doc_id LEFT JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sentence
ORDER BY r.published DESC NULLS LAST, r.doc_id"""


def roles(db: Connection, code: str, scope: list[Clause]) -> list[Line]:
    """The people and bodies that act for an actor, with their roles, each cited where it is first named."""
    others = [Clause("a.actor_id != ?", (code,))] if is_top_level(code) else []  # a person's own roles count
    clauses = [counts_for(code, "a.actor_id", "a.affiliation"), *others, *scope]
    sql, params = where_sql(clauses)
    lines: dict[str, Line] = {}
    for row in db.execute(ROLE_QUERY.format(words=SENTENCE_TEXT, where=sql), params):
        if row["actor_id"] in lines or row["sentence"] is None:
            continue
        titles = ", ".join(dict.fromkeys(title for title, _ in json.loads(row["roles"])))
        text = f"{row['name']}: {titles}" if titles else row["name"]
        lines[row["actor_id"]] = Line(text, row["words"] or "", row["doc_id"], row["sentence"], row["published"])
    return list(lines.values())


@dataclass(frozen=True, slots=True)
class FactQuery:
    """How to read one kind of fact: its table, the column naming its actor, and how to word a line."""

    table: str
    actor_column: str
    words: str
    describe: Callable[[Row], str]


def _describe_quote(row: Row) -> str:
    return row["who_name"] or row["who"]


def _describe_commitment(row: Row) -> str:
    text = f"{row['who_name'] or row['who']}, by {row['year']}"
    if row["value"] is not None:
        text += f": {format_amount(row['value'], row['unit'])}"
    if row["baseline_year"]:
        text += f" (compared with {row['baseline_year']})"
    return text


def _describe_figure(row: Row) -> str:
    text = f"{row['who_name'] or row['who']}: {format_amount(row['value'], row['unit'])}"
    return text + (f" {row['measures']}" if row["measures"] else "")


QUOTES = FactQuery("quotes", "speaker", "x.text", _describe_quote)
COMMITMENTS = FactQuery("commitments", "actor", "x.text", _describe_commitment)
FIGURES = FactQuery("figures", "owner", SENTENCE_TEXT, _describe_figure)


def _facts(db: Connection, kind: FactQuery, codes: tuple[str, ...], scope: list[Clause]) -> list[Line]:
    """The newest facts of one kind said or held by any of the actors, in the dossier's documents."""
    spoken = any_of([counts_for(c, f"x.{kind.actor_column}", "w.affiliation") for c in codes])
    sql, params = where_sql([spoken] + scope)
    query = (f"SELECT x.*, x.{kind.actor_column} AS who, w.name AS who_name, d.published, {kind.words} AS words"
             f" FROM {kind.table} x JOIN documents d ON d.id = x.doc_id"
             f" LEFT JOIN actors w ON w.doc_id = x.doc_id AND w.actor_id = x.{kind.actor_column}"
             f" LEFT JOIN sentences s ON s.doc_id = x.doc_id AND s.idx = x.sentence{sql}"
             f" ORDER BY d.published DESC NULLS LAST, x.doc_id, x.start LIMIT {FACT_LIMIT}")
    return [Line(kind.describe(row), row["words"] or "", row["doc_id"], row["sentence"], row["published"])
            for row in db.execute(query, params)]


def format_amount(value: float, unit: str | None) -> str:
    """`5,000,000 EUR`, `55 %`, `0.7 %`."""
    number = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
    return f"{number} {unit}" if unit and unit != "count" else number


def sources(db: Connection, brief: Dossier) -> list[Source]:
    """The cited documents, in order of first citation."""
    lines = brief.roles + brief.timeline + brief.quotes + brief.commitments + brief.figures
    cited = list(dict.fromkeys(line.doc_id for line in lines))
    if not cited:
        return []  # PostgreSQL reads no `IN ()`
    rows = {r["id"]: r for r in db.execute(
        f"SELECT id, title, published, source, url FROM documents WHERE id IN ({', '.join('?' * len(cited))})", cited)}
    return [Source(d, rows[d]["title"], rows[d]["published"], rows[d]["source"], rows[d]["url"]) for d in cited]
