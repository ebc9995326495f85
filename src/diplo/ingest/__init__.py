"""Ingest stage: raw documents to normalised, identified, dated documents."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import DiploError, EmptyDocument
from ..knowledge import available_languages
from ..records import Document, Failure, RawDocument
from .docdate import published_date, title_of
from .encoding import normalise
from .language import identify
from .readers import ReadFailure, documents_in, is_url, iter_files, read_path

__all__ = ["prepare", "document_id", "documents_in", "iter_files", "is_url", "read_files", "read_path", "ReadFailure"]


def read_files(paths: list[Path | str | ReadFailure]) -> list[Document | Failure]:
    """The documents of files (a JSONL file holds many), normalised, identified and dated; a Failure for each
    file or line that cannot be read, and for each ReadFailure given."""
    results: list[Document | Failure] = []
    for path in paths:
        for raw in [path] if isinstance(path, ReadFailure) else read_path(path):
            if isinstance(raw, ReadFailure):
                results.append(Failure(raw.source, str(raw.error)))
                continue
            try:
                results.append(prepare(raw))
            except DiploError as error:
                results.append(Failure(raw.source, str(error)))
    return results


def document_id(text: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def prepare(raw: RawDocument) -> Document:
    """Normalise the text, identify its language, and find its own date and title."""
    text = normalise(raw.text)
    if not text:
        raise EmptyDocument(source=raw.source)
    code = identify(text, available_languages())
    supported = code in available_languages()
    published, reason = raw.published, "metadata" if raw.published else None
    if not published and supported:
        published, reason = published_date(text, code)
    return Document(id=document_id(text), text=text, source=raw.source, language=code,
                    supported=supported, title=raw.title or title_of(text), url=raw.url,
                    published=published, published_reason=reason, notes=raw.notes)
