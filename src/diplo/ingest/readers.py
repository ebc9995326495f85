"""Readers: files and folders on disk to raw documents, one reader per format."""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path, PurePosixPath

from ..errors import (BadJsonLine, DiploError, DocumentTooLarge, PdfWithoutText,
                      UnreadableFile, UnsupportedFormat)
from ..records import RawDocument
from .encoding import decode

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# The fields of a JSON line diplo reads; any of the date fields gives the publication date.
JSON_FIELDS = ("text", "title", "url", "source")
DATE_FIELDS = ("published", "date", "published_at", "datetime")
YEAR_OR_MONTH = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
URL = re.compile(r"[a-z][a-z0-9+.-]*://")  # an fsspec URL: s3://bucket/corpus/, https://host/page.html, file:///...


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file, or one line of a JSONL file, that could not be read."""

    source: str
    error: DiploError


def is_url(path: str | Path) -> bool:
    return bool(URL.match(str(path)))


def iter_files(paths: list[str | Path | ReadFailure], skip: Iterable[Path] = ()) -> Iterator[Path | str | ReadFailure]:
    """The files under `paths`, folders walked in sorted order (links followed), hidden files and folders and
    the files in `skip` (the database being written) passed over; a failure for each path given or found that
    is not there, cannot be read, is a link that leads nowhere, in a circle or back into a folder being walked,
    or is neither a file nor a folder. A URL (fsspec: s3://, gs://, https://, file://) is a file, or a folder
    listed alike."""
    skipped = {os.path.realpath(path) for path in skip}
    for path in paths:
        if isinstance(path, ReadFailure):  # a list this function gave, read again
            yield path
        else:
            yield from _remote_files(str(path)) if is_url(path) else _found(Path(path), (), skipped)


def documents_in(path: Path | str | ReadFailure) -> int:
    """How many documents (or failures) `read_path` makes of a file that `iter_files` gave: a JSON lines file's
    lines that are not blank, else one."""
    if isinstance(path, ReadFailure) or is_url(path) or Path(path).suffix.lower() != ".jsonl":
        return 1
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def _remote_files(url: str) -> list[str | ReadFailure]:
    try:
        import fsspec

        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            return [url]
        found = sorted(fs.find(root))
    except ImportError:
        return [ReadFailure(url, UnreadableFile(source=url, detail="reading URLs needs fsspec: pip install fsspec"))]
    except (OSError, ValueError) as error:
        return [ReadFailure(url, UnreadableFile(source=url, detail=str(error)))]
    shown = [path for path in found if not any(part.startswith(".") for part in
                                               PurePosixPath(path).relative_to(root.rstrip("/")).parts)]
    return [fs.unstrip_protocol(path) for path in shown]


def _found(path: Path, inside: tuple[Path, ...], skipped: set[str]) -> Iterator[Path | ReadFailure]:
    """A file, the files of a folder, or why the path cannot be read; `inside` holds the real paths of the
    folders around it."""
    try:
        if path.is_dir():
            yield from _walk(path, inside, skipped)
        elif path.is_file():
            yield path
        else:
            yield _failure(path, _not_a_file(path))
    except OSError as error:  # a folder that cannot be entered, a link that leads to itself
        yield _failure(path, error.strerror or str(error))


def _not_a_file(path: Path) -> str:
    try:
        path.stat()
    except FileNotFoundError:
        return (f"the link leads to {os.readlink(path)}, which does not exist" if path.is_symlink() else
                "no such file or folder")
    return "it is not a regular file"


def _walk(folder: Path, inside: tuple[Path, ...], skipped: set[str]) -> Iterator[Path | ReadFailure]:
    """The files of a folder and its sub-folders."""
    real = folder.resolve()
    if real in inside:
        yield _failure(folder, "the link leads back into a folder being read")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield _failure(folder, error.strerror or str(error))
        return
    for entry in entries:
        if not entry.name.startswith(".") and os.path.realpath(entry.path) not in skipped:
            yield from _found(Path(entry.path), inside + (real,), skipped)


def _failure(path: Path, detail: str) -> ReadFailure:
    return ReadFailure(str(path), UnreadableFile(source=str(path), detail=detail))


def read_path(path: Path | str, source: str | None = None) -> Iterator[RawDocument | ReadFailure]:
    """Raw documents from one file (a path or a URL), or a failure per unreadable file or line."""
    if is_url(path):
        yield from _read_url(str(path))
        return
    source = source or str(path)
    reader = READERS.get(path.suffix.lower(), _read_text if path.suffix.lower() in TEXT_SUFFIXES else None)
    try:
        if reader is None:
            raise UnsupportedFormat(source=source, suffix=path.suffix)
        if reader is not _read_jsonl:
            _check_size(path, source)
        yield from reader(path, source)
    except DiploError as error:
        yield ReadFailure(source, error)
    except OSError as error:
        yield ReadFailure(source, UnreadableFile(source=source, detail=error.strerror or str(error)))


def _read_url(url: str) -> Iterator[RawDocument | ReadFailure]:
    """The documents of the file at a URL, copied into a temporary file first."""
    with tempfile.TemporaryDirectory(prefix="diplo-") as folder:
        local = Path(folder) / ("file" + PurePosixPath(url.split("?")[0]).suffix)
        try:
            import fsspec

            with fsspec.open(url, "rb") as remote, open(local, "wb") as copy:
                shutil.copyfileobj(remote, copy)
        except (ImportError, OSError, ValueError) as error:
            yield ReadFailure(url, UnreadableFile(source=url, detail=str(error)))
            return
        yield from read_path(local, source=url)


def _check_size(path: Path, source: str) -> None:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(source=source, size_mb=size / 2**20, limit_mb=MAX_DOCUMENT_BYTES / 2**20)


def _read_text(path: Path, source: str) -> Iterator[RawDocument]:
    notes: list[str] = []
    text = decode(path.read_bytes(), source, notes)
    yield RawDocument(text=text, source=source, notes=tuple(notes))


def _read_html(path: Path, source: str) -> Iterator[RawDocument]:
    notes: list[str] = []
    document = from_html(decode(path.read_bytes(), source, notes), source)
    yield replace(document, notes=tuple(notes))


def from_html(html: str, source: str, url: str | None = None) -> RawDocument:
    """Main text, title and date of a web page."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise UnreadableFile(source=source, detail="no main text found in the page")
    return RawDocument(text=extracted.text, source=source, title=extracted.title,
                       url=url or extracted.url, published=extracted.date)


def _read_pdf(path: Path, source: str) -> Iterator[RawDocument]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError) as error:
        raise UnreadableFile(source=source, detail=f"not a readable PDF: {error}") from error
    if not text.strip():
        raise PdfWithoutText(source=source)
    yield RawDocument(text=text, source=source, title=title)


def _read_jsonl(path: Path, source: str) -> Iterator[RawDocument | ReadFailure]:
    """One document per line: `text`, and perhaps `title`, `url`, `source` and a date (DATE_FIELDS)."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            line_source = f"{source}:{number}"
            try:
                yield _json_document(raw, line_source, number)
            except DiploError as error:
                yield ReadFailure(line_source, error)


def _json_document(raw: bytes, line_source: str, number: int) -> RawDocument:
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(source=line_source, size_mb=len(raw) / 2**20, limit_mb=MAX_DOCUMENT_BYTES / 2**20)
    notes: list[str] = []
    try:
        item = json.loads(decode(raw, line_source, notes))
    except json.JSONDecodeError as error:
        raise BadJsonLine(source=line_source, line=number, detail=error.msg) from error
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BadJsonLine(source=line_source, line=number, detail="no 'text' string")
    unknown = [key for key in item if key not in JSON_FIELDS + DATE_FIELDS]
    if unknown:
        notes.append(f"{line_source}: diplo does not read the field{'s' if len(unknown) > 1 else ''} "
                     f"{', '.join(map(repr, unknown))} (it reads {', '.join(JSON_FIELDS + DATE_FIELDS)}).")
    fields = {key: str(item[key]) for key in ("title", "url") if item.get(key)}
    return RawDocument(text=item["text"], source=str(item.get("source") or line_source),
                       published=_json_date(item, line_source, notes), notes=tuple(notes), **fields)


def _json_date(item: dict, line_source: str, notes: list[str]) -> str | None:
    """The publication date of a JSON line: the date part of the first ISO 8601 date field."""
    key = next((key for key in DATE_FIELDS if item.get(key)), None)
    if key is None:
        return None
    date = _iso_date(str(item[key]).strip())
    if date is None:
        notes.append(f"{line_source}: the {key} '{item[key]}' is not an ISO date (2024-05-03); the date is read "
                     "from the text instead.")
    return date


def _iso_date(value: str) -> str | None:
    """The date of an ISO 8601 year, month, date or date and time ('2024', '2024-05', '2024-05-03',
    '2024-05-03T10:00Z'), as YYYY[-MM[-DD]]; None for anything else."""
    if YEAR_OR_MONTH.fullmatch(value):
        return value
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None


READERS: dict[str, Callable[[Path, str], Iterator]] = {
    **{suffix: _read_html for suffix in HTML_SUFFIXES},
    ".jsonl": _read_jsonl,
    ".pdf": _read_pdf,
}
