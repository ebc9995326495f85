"""The catalogue of errors diplo reports. Library code raises; the CLI prints.

Every message is a sentence a user can act on; `str(error)` is that sentence.
"""
from __future__ import annotations


class DiploError(Exception):
    """Base class: a problem with one input or one request, told as a sentence."""

    template = "{detail}"

    def __init__(self, **fields: object) -> None:
        self.fields = fields
        super().__init__(self.template.format(**fields))


class EmptyDocument(DiploError):
    template = "{source}: the file is empty (no text to read)."


class BinaryInput(DiploError):
    template = "{source}: this looks like a binary file, not text ({detail})."


class UndecodableText(DiploError):
    template = "{source}: the bytes are not valid UTF-8, UTF-16 or a Western single-byte encoding."


class DocumentTooLarge(DiploError):
    template = "{source}: the document is {size_mb:.1f} MB; diplo reads documents up to {limit_mb:.0f} MB, so split it."


class UnsupportedFormat(DiploError):
    template = "{source}: diplo cannot read '{suffix}' files (it reads .txt, .md, .html, .htm, .jsonl and .pdf)."


class BadJsonLine(DiploError):
    template = "{source}: line {line} is not a JSON object with a 'text' field ({detail})."


class UnreadableFile(DiploError):
    template = "{source}: cannot be read ({detail})."


class PdfWithoutText(DiploError):
    template = "{source}: the PDF has no extractable text (scanned pages need OCR first)."


class AnalysisFailed(DiploError):
    template = "{source}: analysis failed ({detail})."


class WorkerCrashed(DiploError):
    template = "{source}: analysis stopped: the worker process crashed ({how})."


class UnknownDocument(DiploError):
    template = "There is no document with id '{doc_id}' in {db}."


class UnknownStory(DiploError):
    template = "There is no story {story} in {db}; `diplo stories` lists them."


class CannotMerge(DiploError):
    template = "Stories {a} and {b} cannot be merged: {detail}."


class CannotSplit(DiploError):
    template = "Story {story} cannot be split so: {detail}."


class UnknownLanguage(DiploError):
    template = "diplo has no knowledge folder for language '{code}'."


class BadKnowledgeFile(DiploError):
    template = "{path}, line {line}: {detail}."


class BadQuery(DiploError):
    template = "{detail}"


class BadDate(DiploError):
    template = ("'{value}' is not a date diplo can filter on; write YYYY, YYYY-MM or YYYY-MM-DD "
                "(2022, 2022-01, 2022-01-31).")


class UnknownEventType(DiploError):
    template = "'{type}' is not a PLOVER event type; use one of {known}."


class EmptySearch(DiploError):
    template = "The search text '{text}' has no words to look for."


class SearchTooLong(DiploError):
    template = "The search text has {count} {what}; diplo looks for at most {limit}."


class ShortPrefix(DiploError):
    template = "'{word}' is too short a prefix; write at least {letters} letters before '*' ('sanc*')."


class QueryTooSlow(DiploError):
    template = "The query took longer than {seconds:g} seconds and was stopped; narrow it (an actor, a type, dates)."


class UnknownExportFormat(DiploError):
    template = "diplo cannot export '{format}'; use one of {known}."


class NoDatabase(DiploError):
    template = "There is no diplo database at {db}; run `diplo ingest` first or give --db."


class CannotOpenDatabase(DiploError):
    template = "{db}: diplo cannot open this database ({detail})."


class CannotWrite(DiploError):
    template = "{path}: diplo cannot write this file ({detail})."


class CannotServe(DiploError):
    template = "diplo cannot serve on {host} port {port} ({detail})."


class CannotConnect(DiploError):
    template = "diplo cannot connect to {db} ({detail})."


class NoDriver(DiploError):
    template = ("A PostgreSQL database needs psycopg, which is not installed: "
                "pip install 'diplo[postgresql]' (or tools/setup.sh --scale).")


class NoDask(DiploError):
    template = ("A cluster needs Dask, which is not installed: pip install 'diplo[cluster]' "
                "(or tools/setup.sh --scale).")


class BadCluster(DiploError):
    template = "'{address}' is not a cluster; give a scheduler's address (tcp://HOST:8786) or local:N (N workers here)."


class CannotReachCluster(DiploError):
    template = "diplo cannot use the Dask cluster at {address} ({detail})."
