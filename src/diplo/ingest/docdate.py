"""A document's own date and title, read from its text.

The date is the one the document prints for itself: a dateline or byline at
its head ("26th Feb, 2023. 09:20 am", "Communiqué de presse, 10.03.2020",
"(Brest, 13 janvier 2022)"), a date standing alone on a closing line, or
"Today, Monday 11 April" completed with a year the text names and that fits
the weekday. Dates inside running sentences are events, not the document's date.
"""
from __future__ import annotations

import re
from collections import Counter

from ..dates import DATELINE_PLACE, DateMention, When, finder

HEAD_LINES = 8
TAIL_LINES = 3
SHORT_LINE = 70
DATELINE_PREFIX = 45
YEARS = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
TIME_OR_ZONE = re.compile(r"[\s.,:;|/\-–()\[\]]*(?:\w{1,3}\s+)?(\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?"
                          r"[\s.,:;|/\-–()\[\]]*$", re.IGNORECASE)
# "BRUSSELS, 3 May 2024 (AFP) – The minister …": a place, the date, an agency, a dash, the story.
STORY_AFTER = re.compile(r"^\s*(?:\([^)]{1,20}\))?\s*[–—-]\s")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def published_date(text: str, lang: str) -> tuple[str | None, str | None]:
    """The document's own date as ISO text, and the reason it was chosen."""
    lines = _lines(text)
    dates = finder(lang)
    for line in lines[:HEAD_LINES]:
        for mention in dates.find(line):
            if _is_dateline(line, mention):
                return When(mention.year, mention.month, mention.day).iso(), "dateline"
    for line in lines[-TAIL_LINES:]:
        mention = next((m for m in dates.find(line) if _dated(m)), None)
        if mention and len(line) <= SHORT_LINE and _is_dateline(line, mention):
            return When(mention.year, mention.month, mention.day).iso(), "closing dateline"
    today = _today_with_weekday(text, dates.find(text))
    return (today.iso(), "today, year from context") if today else (None, None)


def _dated(mention: DateMention) -> bool:
    return mention.kind == "absolute" and mention.month is not None


def _is_dateline(line: str, mention: DateMention) -> bool:
    """A full date that opens its line, closes a short line, or closes a heading in brackets."""
    if not _dated(mention):
        return False
    before, after = line[:mention.start], line[mention.end:]
    opens = not re.search(r"\w", before)
    closes = TIME_OR_ZONE.fullmatch(after) is not None
    if opens or (DATELINE_PLACE.match(before) and STORY_AFTER.match(after)):
        return True
    if closes and len(before) <= DATELINE_PREFIX:
        return True
    return closes and re.search(r"[(,]\s*[\w'’ .-]{0,40},?\s*$", before) is not None and after.strip().startswith(")")


def _today_with_weekday(text: str, mentions: list[DateMention]) -> When | None:
    """'Today, Monday 11 April': the day and month given, the year from the text's other dates."""
    for first, second in zip(mentions, mentions[1:]):
        if not (first.kind == "relative" and first.offset == 0 and first.unit == "day"):
            continue
        if second.kind != "partial" or second.day is None or second.weekday is None:
            continue
        if second.start - first.end > 3:
            continue
        years = Counter(int(y) for y in YEARS.findall(text))
        fitting = [y for y, _ in years.most_common()
                   if When(y, second.month, second.day).as_date().weekday() == second.weekday]
        if fitting:
            return When(fitting[0], second.month, second.day)
    return None


def title_of(text: str) -> str | None:
    """The first line when it reads as a heading (short, not a full sentence of a paragraph)."""
    lines = _lines(text)
    if not lines:
        return None
    first = lines[0]
    return first if len(first) <= 200 and len(lines) > 1 else None
