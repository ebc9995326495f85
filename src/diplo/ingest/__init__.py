"""Ingest stage: raw documents to normalised, identified, dated documents."""
from __future__ import annotations

import hashlib

from ..errors import EmptyDocument
from ..knowledge import available_languages
from ..records import Document, RawDocument
from .docdate import published_date, title_of
from .encoding import normalise
from .language import identify
from .readers import ReadFailure, iter_files, read_path

__all__ = ["prepare", "document_id", "iter_files", "read_path", "ReadFailure"]


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
