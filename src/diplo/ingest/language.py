"""Language identification on a document's running text (not its headings), with py3langid."""
from __future__ import annotations

from functools import cache

SAMPLE_CHARS = 4000
MIN_PARAGRAPH_WORDS = 8
SURE = 0.5  # normalised probability above which an unsupported language is believed


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


def identify(text: str, supported: tuple[str, ...] = ()) -> str:
    """ISO 639-1 code of the document's language. When the identifier is unsure of a language diplo does
    not read (a few names can look Afrikaans), the likeliest of the supported ones is taken."""
    ranked = _identifier().rank(running_text(text))
    best, confidence = ranked[0]
    if best in supported or not supported or confidence >= SURE:
        return best
    probabilities = dict(ranked)
    return max(supported, key=lambda code: probabilities.get(code, 0.0))


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
