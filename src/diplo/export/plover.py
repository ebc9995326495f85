"""PLOVER-style JSON lines: one record per event, in the field names of the PLOVER specification.

`actor` and `recipient` are lists of actor objects (PLOVER writes compound
actors as lists): `code` is the top-level country or organisation code,
`identifier_id` diplo's own actor id and `identifier_text` its name. `date`
is as precise as the text allows (`2023`, `2023-05` or `2023-05-03`).
`context` holds the PLOVER contexts and, for events that are not plain
facts, the special contexts `future`, `hypothetical` or `negation`.
`event_text` is the trigger; `text_info` gives the sentence and the character
offsets of the trigger and of the sentence in the document; `cite_info` names
the document. diplo adds `modality`, `confidence` and `rule`, and the story the
event is a report of with its number of reports (`story`, `story_reports`):
by default only the first report of each story is written.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

from .. import __version__
from ..analysis.events import EventRow, event_rows, quad_code
from ..analysis.filters import EventFilter
from ..knowledge import ontology
from ..store import Connection

SPECIAL_CONTEXTS = {"future": "future", "hypothetical": "hypothetical", "negated": "negation"}


def plover_records(db: Connection, where: EventFilter = EventFilter()) -> Iterator[dict]:
    """One PLOVER record per stored event matching the filter, in storage order."""
    rows = event_rows(db, where, order="id")
    for _, pairs in groupby(rows, key=lambda e: (e.doc_id, e.event_no)):
        yield plover_record(list(pairs))


def plover_record(pairs: list[EventRow]) -> dict:
    """The PLOVER record of one event from its (source, target) pairs."""
    event = pairs[0]
    special = SPECIAL_CONTEXTS.get(event.modality)
    return {
        "id": f"{event.doc_id}-{event.event_no}",
        "date": event.date,
        "actor": _actors(pairs, "source"),
        "recipient": _actors(pairs, "target"),
        "event": event.type,
        "mode": event.mode or "",
        "context": list(event.contexts) + ([special] if special else []),
        "quad_code": quad_code(event.type),
        "event_scale": event.score,
        "event_loc": {"name": event.location} if event.location else None,
        "event_text": event.trigger_text,
        "text_info": {
            "sequence": event.sentence, "sentence": event.sentence_text,
            "start": event.trigger_start, "end": event.trigger_end,
            "sentence_start": event.sentence_start, "sentence_end": event.sentence_end,
        },
        "cite_info": {
            "corpus": "diplo", "citation": event.doc_id, "url": event.url, "source": event.doc_source,
            "title": event.title, "language": event.language, "published": event.published,
            "coder": f"diplo {__version__}", "codebook": ontology()["version"],
        },
        "coder": f"diplo {__version__}",
        "modality": event.modality, "date_assumed": event.date_assumed,
        "confidence": event.confidence, "rule": event.rule,
        "story": event.story, "story_reports": event.story_reports,
    }


def _actors(pairs: list[EventRow], side: str) -> list[dict]:
    """The distinct actors on one side of the event, as PLOVER actor objects."""
    actors = {}
    for pair in pairs:
        actor_id = getattr(pair, side)
        if actor_id is not None and actor_id not in actors:
            actors[actor_id] = {"code": getattr(pair, f"{side}_country"), "identifier_id": actor_id,
                                "identifier_text": getattr(pair, f"{side}_name") or actor_id}
    return list(actors.values())


def write_plover(db: Connection, path: Path, where: EventFilter = EventFilter()) -> int:
    """Write PLOVER JSON lines; returns the number of records."""
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in plover_records(db, where):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
