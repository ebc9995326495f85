"""Language identification on a document's running text (not its headings), with py3langid."""
from __future__ import annotations

SAMPLE_CHARS = 4000
MIN_PARAGRAPH_WORDS = 8


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
    """ISO 639-1 code of the document's language."""
    import py3langid

    code, _ = py3langid.classify(running_text(text))
    return code
