"""Language identification on a document's running text (not its headings)."""
from __future__ import annotations

from functools import cache

from lingua import LanguageDetectorBuilder

SAMPLE_CHARS = 4000
MIN_PARAGRAPH_WORDS = 8


@cache
def _detector():
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def running_text(text: str) -> str:
    """The document's paragraphs of prose, longest first, up to a sample size."""
    paragraphs = [p for p in text.split("\n") if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    sample, size = [], 0
    for paragraph in sorted(paragraphs or [text], key=len, reverse=True):
        sample.append(paragraph)
        size += len(paragraph)
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(sample)


def identify(text: str) -> str:
    """ISO 639-1 code of the document's language, or 'und' when undecidable."""
    detected = _detector().detect_language_of(running_text(text))
    if detected is None:
        return "und"
    return detected.iso_code_639_1.name.lower()

