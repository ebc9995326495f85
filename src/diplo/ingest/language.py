"""Language identification on a document's running text (not its headings), with py3langid's model
(stored by tools/build_langid.py in a form that loads in a quarter of the time)."""
from __future__ import annotations

from array import array
from functools import cache
from importlib import resources

import numpy as np
from py3langid.langid import LanguageIdentifier

SAMPLE_CHARS = 4000
MIN_PARAGRAPH_WORDS = 8
SURE = 0.5  # normalised probability above which an unsupported language is believed
MODEL = resources.files("diplo") / "data" / "langid.npz"


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
def _identifier() -> LanguageIdentifier:
    with MODEL.open("rb") as file, np.load(file) as model:
        rows = array("I", _dense(model, "nextmove").astype(np.uint32).tobytes())
        return LanguageIdentifier(_dense(model, "ptc"), model["pc"], model["classes"].tolist(), rows,
                                  model["out_feat"].tolist(), norm_probs=True, tk_row=model["nextmove_row"].tolist())


def _dense(model: np.lib.npyio.NpzFile, name: str) -> np.ndarray:
    """A table tools/build_langid.py stored as its default row and the cells that differ from it."""
    shape = tuple(model[f"{name}_shape"])
    table = np.broadcast_to(model[f"{name}_default"], shape).copy()
    table[np.unpackbits(model[f"{name}_mask"], count=table.size).reshape(shape).view(bool)] = model[f"{name}_values"]
    return table
