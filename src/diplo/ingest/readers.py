"""Readers: files and folders on disk to raw documents, one reader per format."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import (BadJsonLine, DiploError, DocumentTooLarge, PdfWithoutText,
                      UnreadableFile, UnsupportedFormat)
from ..records import RawDocument
from .encoding import decode

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file, or one line of a JSONL file, that could not be read."""

    source: str
    error: DiploError


def iter_files(paths: list[str | Path]) -> Iterator[Path]:
    """The readable files under `paths`, folders walked in sorted order, hidden files skipped."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def read_path(path: Path, source: str | None = None) -> Iterator[RawDocument | ReadFailure]:
    """Raw documents from one file, or a failure per unreadable file or line."""
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


def _check_size(path: Path, source: str) -> None:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge(source=source, size_mb=size / 2**20, limit_mb=MAX_DOCUMENT_BYTES / 2**20)


def _read_text(path: Path, source: str) -> Iterator[RawDocument]:
    yield RawDocument(text=decode(path.read_bytes(), source), source=source)


def _read_html(path: Path, source: str) -> Iterator[RawDocument]:
    yield from_html(decode(path.read_bytes(), source), source)


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
    """One document per line: `text` plus optional `title`, `url`, `published`, `source`."""
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
    try:
        item = json.loads(decode(raw, line_source))
    except json.JSONDecodeError as error:
        raise BadJsonLine(source=line_source, line=number, detail=error.msg) from error
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BadJsonLine(source=line_source, line=number, detail="no 'text' string")
    fields = {key: str(item[key]) for key in ("title", "url", "published") if item.get(key)}
    return RawDocument(text=item["text"], source=str(item.get("source") or line_source), **fields)


READERS: dict[str, Callable[[Path, str], Iterator]] = {
    **{suffix: _read_html for suffix in HTML_SUFFIXES},
    ".jsonl": _read_jsonl,
    ".pdf": _read_pdf,
}
