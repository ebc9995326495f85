"""Flat event tables, one row per (source, target) pair: CSV and Parquet.

Each row names the story its event is a report of and how many reports that
story has; by default only the first report of each story is written.

The columns are those a GDELT user looks for: the date, the source and
target actors (code, name, top-level country), the event type with its quad
class and PLOVER cooperation-conflict score, the place, the document's URL
(or its path when it has none) and the sentence the event was read from.
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from ..analysis.events import EventRow, event_rows
from ..analysis.filters import EventFilter
from ..store import Connection

# Each column with its Arrow type (pyarrow is imported only to write Parquet).
TYPES = {
    "event_id": "int64", "document_id": "string", "event_no": "int32",
    "date": "string", "year": "int32", "date_assumed": "bool_",
    "source_code": "string", "source_name": "string", "source_country": "string",
    "target_code": "string", "target_name": "string", "target_country": "string",
    "event_type": "string", "mode": "string", "quad_class": "string", "score": "float64",
    "modality": "string", "contexts": "string", "location": "string",
    "source_url": "string", "document_title": "string", "language": "string",
    "published": "string", "sentence_index": "int32", "sentence": "string",
    "trigger": "string", "confidence": "float64", "story_id": "int64", "story_reports": "int32",
}
COLUMNS = list(TYPES)
BATCH = 50_000


def flat_row(event: EventRow) -> dict:
    """An event pair as a flat row with the columns of TYPES."""
    return {
        "event_id": event.id, "document_id": event.doc_id, "event_no": event.event_no,
        "date": event.date, "year": int(event.date[:4]) if event.date else None, "date_assumed": event.date_assumed,
        "source_code": event.source, "source_name": event.source_name, "source_country": event.source_country,
        "target_code": event.target, "target_name": event.target_name, "target_country": event.target_country,
        "event_type": event.type, "mode": event.mode, "quad_class": event.quad_class, "score": event.score,
        "modality": event.modality, "contexts": "|".join(event.contexts), "location": event.location,
        "source_url": event.url or event.doc_source, "document_title": event.title, "language": event.language,
        "published": event.published, "sentence_index": event.sentence, "sentence": event.sentence_text,
        "trigger": event.trigger_text, "confidence": event.confidence, "story_id": event.story,
        "story_reports": event.story_reports,
    }


def flat_rows(db: Connection, where: EventFilter) -> Iterator[dict]:
    return (flat_row(e) for e in event_rows(db, where, order="id"))


def write_csv(db: Connection, path: Path, where: EventFilter = EventFilter()) -> int:
    """Write the CSV (UTF-8, header line); returns the number of rows."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in flat_rows(db, where):
            writer.writerow(row)
            count += 1
    return count


def write_parquet(db: Connection, path: Path, where: EventFilter = EventFilter()) -> int:
    """Write the Parquet file in batches; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in TYPES.items()])
    rows, count = flat_rows(db, where), 0
    with pq.ParquetWriter(path, schema) as writer:
        while batch := list(islice(rows, BATCH)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count
