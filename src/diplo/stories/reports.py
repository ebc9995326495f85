"""Reading reports from the store: each stored event of a document as a `Report`.

A report's actors are read at the level of countries and organisations (a
person counts for their affiliation, a body for its country or organisation);
a person with no known side stays themself. Its figures are those of its
sentence and of the sentences right after it (`figure_sentences_after`).
"""
from __future__ import annotations

import json
from functools import lru_cache
from itertools import groupby
from pathlib import PurePath
from urllib.parse import urlsplit

from ..store import Connection, Row
from .rules import Report, Rules, rules

REPORT_ROWS = """
SELECT e.event_no, e.type, e.modality, e.mode, e.contexts, e.date, e.date_assumed, e.location, e.sentence,
       e.trigger_start, e.trigger_end, COALESCE(e.source_country, e.source) AS source,
       COALESCE(e.target_country, e.target) AS target, d.published, d.language, d.url, d.source AS doc_source
FROM events e JOIN documents d ON d.id = e.doc_id
WHERE e.doc_id = ? ORDER BY e.event_no, e.id"""


def document_reports(db: Connection, doc_id: str, grouping: Rules | None = None) -> list[Report]:
    """The reports of one stored document, in the order of its events."""
    grouping = grouping or rules()
    figures: dict[int, set[tuple[str, float]]] = {}
    for sentence, unit, value in db.execute("SELECT sentence, unit, value FROM figures WHERE doc_id = ?", (doc_id,)):
        figures.setdefault(sentence, set()).add((unit, value))
    reports = []
    for _, pairs in groupby(db.execute(REPORT_ROWS, (doc_id,)), key=lambda row: row["event_no"]):
        reports.append(_report(doc_id, list(pairs), figures, grouping))
    return reports


def _report(doc_id: str, pairs: list[Row], figures: dict[int, set], grouping: Rules) -> Report:
    event = pairs[0]
    sources = frozenset(p["source"] for p in pairs if p["source"])
    targets = frozenset(p["target"] for p in pairs if p["target"])
    own = event["date"] is not None and not (event["date_assumed"] and event["date"] == event["published"])
    when = event["date"] or event["published"]
    lo, hi = grouping.days(event["type"], when, own)
    after = range(event["sentence"], event["sentence"] + grouping.figure_sentences_after + 1)
    return Report(
        doc_id=doc_id, event_no=event["event_no"], type=event["type"],
        modality=grouping.modality_class(event["modality"]), sources=sources, targets=targets,
        sides=grouping.sides(event["type"], sources, targets), lo=lo, hi=hi, date=when, own_date=own,
        place=event["location"], meaning=(event["mode"], frozenset(json.loads(event["contexts"]))),
        figures=frozenset(f for s in after for f in figures.get(s, ())), language=event["language"],
        publisher=publisher(event["url"], event["doc_source"]), published=event["published"],
        trigger=(event["trigger_start"], event["trigger_end"]))


@lru_cache(maxsize=256)  # read for every report of a document
def publisher(url: str | None, source: str) -> str:
    """Who published a document: the host of its address, or else the folder it was read from."""
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    path = source.rsplit(":", 1)[0] if source.rsplit(":", 1)[-1].isdigit() else source  # a JSON lines' line
    return str(PurePath(path).parent)


def documents_in_order(db: Connection) -> list[str]:
    """Every document that holds events, oldest first (by its date, then its id)."""
    return [row[0] for row in db.execute(
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)"
        " ORDER BY d.published NULLS FIRST, d.id")]


def pending_documents(db: Connection) -> list[str]:
    """Documents with events that are in no story yet (stored before stories existed), oldest first."""
    return [row[0] for row in db.execute(
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id AND NOT EXISTS"
        " (SELECT 1 FROM story_reports r WHERE r.doc_id = e.doc_id AND r.event_no = e.event_no))"
        " ORDER BY d.published NULLS FIRST, d.id")]
