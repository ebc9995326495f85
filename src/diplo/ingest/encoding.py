"""Turning bytes into normalised text: encoding detection and Unicode normalisation."""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyDocument, UndecodableText

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings worth trying when a file is not UTF-8.
WESTERN = ("cp1252", "latin_1")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
LINE_BREAKS = re.compile(r"\r\n?|\u2028|\u2029|\x0c|\x0b")
# A typographic apostrophe inside a word ("l’agression", "aujourd’hui") is an apostrophe, not a quotation mark.
WORD_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")
WRAPPED_LINE = 60
# A line ending a sentence: a full stop, question or exclamation mark, colon or semicolon, perhaps in quotes.
SENTENCE_END = re.compile(r"[.!?:;][\"'”’»)\]]*$")


def decode(data: bytes, source: str) -> str:
    """Decode bytes of UTF-8, UTF-16/32 with a BOM, or cp1252/Latin-1 text."""
    if not data.strip():
        raise EmptyDocument(source=source)
    text = _decode(data, source)
    controls = len(CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise BinaryInput(source=source, detail=f"{controls} control characters")
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as error:
                raise UndecodableText(source=source) from error
    if b"\x00" in data[:4096]:
        raise BinaryInput(source=source, detail="it contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data, cp_isolation=["utf_8", *WESTERN]).best()
    if guess is None:
        raise UndecodableText(source=source)
    return str(guess)


def normalise(text: str) -> str:
    """NFC, one kind of line break, no invisible characters, plain apostrophes inside words,
    hard-wrapped lines joined, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = LINE_BREAKS.sub("\n", text).translate(INVISIBLE)
    text = WORD_APOSTROPHE.sub("'", text)
    return _unwrapped(text).strip()


def _unwrapped(text: str) -> str:
    """Join a line to the next when it is long and stops mid-sentence, on a lower-case word or a comma:
    hard-wrapped prose, not a heading, a byline or a list. A line that ends a sentence stays a line (a
    list of subjects before the dateline, a closing source line)."""
    lines = text.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        previous = joined[-1].rstrip()
        words = previous.split()
        if len(previous) >= WRAPPED_LINE and words and (words[-1].islower() or previous.endswith(",")) \
                and not SENTENCE_END.search(previous) and line[:1].isalnum():
            joined[-1] = previous + " " + line
        else:
            joined.append(line)
    return "\n".join(joined)
