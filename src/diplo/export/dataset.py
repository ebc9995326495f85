"""Records as a Parquet dataset, for a corpus too large for any one database.

One folder per table of the store (documents, sentences, actors, mentions, events, quotes, figures,
commitments, topics), with the store's columns, partitioned by the document's language and publication
month: `events/language=fr/month=2024-05/part-….parquet` (`month=undated` without a date, `month=2024` for a
year alone). DuckDB, Spark and pandas read it as it is (`SELECT * FROM 'DIR/events/**/*.parquet'`, hive
partitioning), and `diplo ingest DIR` loads it into a store. Each run adds its own part files, so a run that
was interrupted is finished by running it again: documents already in the dataset are skipped.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..records import Record
from ..store import COLUMNS, record_from_rows, record_rows

MARKER = "diplo-dataset.json"  # names the folder as a dataset of diplo records
RECORDS_PER_PART = 2_000  # records held before their rows are written
PARTITIONS = ("language", "month")
INTEGERS = {"supported", "idx", "start", "end", "sentence", "event_no", "date_assumed", "trigger_start",
            "trigger_end", "year", "baseline_year"}
FLOATS = {"confidence", "value"}


def is_dataset(path: str | Path) -> bool:
    return (Path(path) / MARKER).is_file()


def _schema(table: str) -> pa.Schema:
    columns = dict.fromkeys(COLUMNS[table] + PARTITIONS)
    return pa.schema([(c, pa.int64() if c in INTEGERS else pa.float64() if c in FLOATS else pa.string())
                      for c in columns])


class DatasetWriter:
    """Adds records to the dataset in a folder (created if missing)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / MARKER).write_text(json.dumps({"format": "diplo records", "version": 1}) + "\n")
        self.run = uuid.uuid4().hex[:12]
        self.parts = 0
        self.held: list[Record] = []

    def known(self) -> set[str]:
        """The ids of the documents already in the dataset."""
        if not (self.folder / "documents").is_dir():
            return set()
        return set(ds.dataset(self.folder / "documents", format="parquet").to_table(columns=["id"])["id"].to_pylist())

    def add(self, record: Record) -> None:
        self.held.append(record)
        if len(self.held) >= RECORDS_PER_PART:
            self.flush()

    def flush(self) -> None:
        """Write the records held, one part file per table and partition."""
        rows: dict[str, list[dict]] = {table: [] for table in COLUMNS}
        for record in self.held:
            document = record.document
            where = {"language": document.language, "month": (document.published or "undated")[:7]}
            for table, table_rows in record_rows(record).items():
                rows[table].extend({**dict(zip(COLUMNS[table], row)), **where} for row in table_rows)
        for table, table_rows in rows.items():
            if table_rows:
                ds.write_dataset(pa.Table.from_pylist(table_rows, schema=_schema(table)), self.folder / table,
                                 format="parquet", partitioning=list(PARTITIONS), partitioning_flavor="hive",
                                 basename_template=f"part-{self.run}-{self.parts}-{{i}}.parquet",
                                 existing_data_behavior="overwrite_or_ignore")
        self.parts += 1
        self.held = []


def read_dataset(folder: str | Path) -> Iterator[Record]:
    """The records of a dataset, one partition (a language's month) at a time."""
    folder = Path(folder)
    for partition in sorted((folder / "documents").glob("language=*/month=*")):
        where = partition.relative_to(folder / "documents")
        values = dict(part.split("=", 1) for part in where.parts)
        rows = {table: _by_document(folder / table / where) for table in COLUMNS}
        for document in (row for group in rows["documents"].values() for row in group):
            yield record_from_rows({**document, "language": values["language"]},
                                   lambda table, doc_id=document["id"]: rows[table].get(doc_id, []))


def _by_document(folder: Path) -> dict[str, list[dict]]:
    """The rows of one table's partition, by document, in the order they were written."""
    grouped: dict[str, list[dict]] = {}
    files = sorted(folder.glob("*.parquet"), key=_written_order)
    for row in _rows(files):
        grouped.setdefault(row.get("doc_id", row.get("id")), []).append(row)
    return grouped


def _rows(files: Iterable[Path]) -> Iterator[dict]:
    for file in files:
        yield from pq.read_table(file).to_pylist()


def _written_order(file: Path) -> tuple:
    """part-RUN-PART-I.parquet: by run, then part and file number."""
    run, part, number = file.stem.split("-")[1:4]
    return run, int(part), int(number)
