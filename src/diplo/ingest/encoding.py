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
STRAY = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, as Python's surrogateescape keeps it
MAX_STRAY_SHARE = 0.001  # UTF-8 text may hold this share of stray single bytes (at least MIN_STRAY of them)
MIN_STRAY = 8
NUL_SHARE = 0.4  # UTF-16 without a byte-order mark: at least this share of the high bytes of Latin text is NUL,
NUL_LOW_SHARE = 0.02  # and at most this share of its low bytes


def decode(data: bytes, source: str, notes: list[str] | None = None) -> str:
    """Decode bytes of UTF-8, UTF-16/32 (with a BOM, or UTF-16 without one), or cp1252/Latin-1 text.
    UTF-8 text with a few stray Windows-1252 bytes is read, each stray byte as Windows-1252; a sentence
    saying so is added to `notes`."""
    if not data.strip():
        raise EmptyDocument(source=source)
    text = _decode(data, source, notes if notes is not None else [])
    controls = len(CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise BinaryInput(source=source, detail=f"{controls} control characters")
    return text


def _decode(data: bytes, source: str, notes: list[str]) -> str:
    codec = next((codec for bom, codec in BOMS if data.startswith(bom)), None) or _utf16_without_bom(data)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError as error:
            raise UndecodableText(source=source) from error
    if b"\x00" in data[:4096]:
        raise BinaryInput(source=source, detail="it contains NUL bytes")
    text = data.decode("utf-8", errors="surrogateescape")
    stray = STRAY.findall(text)
    if not stray:
        return text
    if len(stray) <= max(MIN_STRAY, len(data) * MAX_STRAY_SHARE):
        shown = ", ".join(list(dict.fromkeys(f"0x{_byte(c)[0]:02X} as {_windows(c)}" for c in stray))[:3])
        notes.append(f"{source}: {len(stray)} byte{'s' if len(stray) > 1 else ''} not valid in UTF-8 read as "
                     f"Windows-1252 ({shown}).")
        return STRAY.sub(lambda match: _windows(match.group()), text)
    guess = from_bytes(data, cp_isolation=["utf_8", *WESTERN]).best()
    if guess is None:
        raise UndecodableText(source=source)
    return str(guess)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by its NUL bytes: in Latin-script text every other byte is NUL."""
    sample = data[:4096]
    low, high = sample[0::2], sample[1::2]
    for codec, nul, other in (("utf-16-le", high, low), ("utf-16-be", low, high)):
        if nul.count(0) >= NUL_SHARE * len(nul) and other.count(0) <= NUL_LOW_SHARE * len(other):
            return codec
    return None


def _byte(stray: str) -> bytes:
    return stray.encode("utf-8", errors="surrogateescape")


def _windows(stray: str) -> str:
    """A stray byte read as Windows-1252 ('’' for 0x92); U+FFFD for the five bytes it leaves undefined."""
    return _byte(stray).decode("cp1252", errors="replace")


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
