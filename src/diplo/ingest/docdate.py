"""A document's own date and title, read from its text.

The date is the one the document prints for itself, wherever official texts print it:
- a dateline or byline at its head: a date opening a line ("27 August 2025", "26th Feb, 2023. 09:20 am"),
  after its places ("WARSAW/VIENNA, 30 September 2022 –", "Brussel, 3 augustus 2013 (OR. en)"), in
  brackets ("(New York, 17 January 2014):"), between the separators of a heading ("Media release | 4 July
  2022 | …") or closing it ("Communiqué de presse, 10.03.2020", "…, in Pretoria, 27 January 2023");
- a line that a label opens ("Published: 11 August 2010", "Source : …, le 12 mars 2019"), at its head
  or on a closing line, a date standing alone on a closing line, and a closing note of first publication
  ("Der Beitrag erschien am 27. November 2024.");
- the end of the title ("… Regular Press Conference on June 17, 2024");
- "Today, Monday 11 April", "released today [February 15, 2017]": the date told with "today", or the month
  of a rotating presidency told with it ("made today by the President of the Council for the month of February");
- a dateline without its year ("14 november", "NAIROBI, Tuesday 12 March –") completed from the same day
  written with its year, or from the year of the text that fits its weekday;
- under a dateline that gives no date ("Wien (OTS) –"), the date of the lead paragraph.
A numeric date that reads both ways (02/07/2015) is read the way the document writes the same day in
words. Dates inside running sentences are events or background, never the document's date.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import cache

from ..dates import DATELINE_PLACE, DateFinder, DateMention, When, finder
from ..knowledge import language

HEAD_LINES = 8
MAX_HEAD_LINES = 25
STORY_WORDS = 25  # a line this long is a paragraph of the story
TAIL_LINES = 3
SHORT_LINE = 70
LABELLED_LINE = 200
DATELINE_PREFIX = 45
YEARS = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
TIME_OR_ZONE = re.compile(r"[\s.,:;|/\-–()\[\]]*(?:\w{1,3}\s+)?(\d{1,2}[:.h]\d{2}(?::\d{2})?(\s*[ap]\.?m\.?)?"
                          r"(\s*[A-Z]{2,4})?)?[\s.,:;|/\-–()\[\]]*$", re.IGNORECASE)
# After a place and a date, a lower-case word goes on with a sentence ("In Paris, 3 May 2023, the ministers");
# anything else is the rest of a dateline ("(AFP) –", "(OR. en) PRESSE 352", ". The minister …").
SENTENCE_GOES_ON = re.compile(r"^\s*,?\s*[^\W\d_A-ZÀ-Þ]")
# A dateline that names its place and agency but no date: "Wien (OTS) - ", "BRUSSELS (Reuters) – ".
UNDATED_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:[ /][A-ZÀ-Þ][\w'’.-]*){0,2}\s*\([^)]{1,20}\)\s*[–—-]\s")
NUMERIC = re.compile(r"[\d./-]+")
SEPARATOR_BEFORE = re.compile(r"\s[|•·–—-]\s*$")
SEPARATOR_AFTER = re.compile(r"\s*(?:\d{1,2}[:.h]\d{2}\s*)?[|•·–—-]\s")
TODAY_BEFORE_MONTH = 200  # characters from 'today' to a presidency's month in one sentence
SHORT_WORD = re.compile(r"\s*[^\W\d_]{1,4}\.?,?\s*")  # an abbreviated weekday before a date ('vr', 'Fri.', 'Mo.,')
LAST_WORD = re.compile(r"[^\W\d_]+\s*$")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def published_date(text: str, lang: str) -> tuple[str | None, str | None]:
    """The document's own date as ISO text, and the reason it was chosen."""
    lines = _lines(text)
    dates = finder(lang)
    labels = _labels(lang)
    everywhere = cache(lambda: dates.find(text))  # read only when a rule needs them: a long text takes a while
    spelling = cache(lambda: _spelled_day_first(text, lang))
    head = lines[:_head_size(lines)]
    for line in head:
        found = dates.find(line)
        for mention in found:
            reason = _dateline(line, mention, labels)
            if reason:
                return _read(mention, everywhere, spelling).iso(), reason
        completed = _dateline_without_year(line, found, text, everywhere)
        if completed:
            return completed.iso(), "dateline, its year from the text"
    notes = _publication_notes(lang)
    for line in lines[-TAIL_LINES:]:
        mention = next((m for m in dates.find(line) if _dated(m)), None)
        if mention and (len(line) <= SHORT_LINE or _labelled(line, labels)) and _dateline(line, mention, labels):
            return _read(mention, everywhere, spelling).iso(), "closing dateline"
        noted = next((m for m in dates.find(line) if _dated(m) and m.day and notes.search(line[:m.start])), None)
        if noted:
            return _read(noted, everywhere, spelling).iso(), "closing note of first publication"
    title = next(iter(lines), "")
    closing = next((m for m in dates.find(title) if _dated(m) and TIME_OR_ZONE.fullmatch(title[m.end:])), None)
    if closing and not title.rstrip().endswith("."):
        return _read(closing, everywhere, spelling).iso(), "date closing the title"  # '… Press Conference on June
        # 17, 2024'
    today = _told_today(text, everywhere()) or _month_in_office(text, lang, everywhere())
    if today:
        return today.iso(), "the date told with 'today'"
    lead = _lead_date(head, dates)
    return (lead.iso(), "the lead under an undated dateline") if lead else (None, None)


def _head_size(lines: list[str]) -> int:
    """The head is the first lines, and every line before the first paragraph of the story (menus, labels
    and titles of a web page come before it)."""
    story = next((i for i, line in enumerate(lines) if len(line.split()) >= STORY_WORDS), len(lines))
    return max(HEAD_LINES, min(story + 1, MAX_HEAD_LINES))


@cache
def _labels(lang: str) -> re.Pattern:
    forms = language(lang).config.get("dates", {}).get("labels", [])
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:[^\W\d]+\s+)?(?:{alternation})(?!\w)", re.IGNORECASE)  # 'Interview published on'


@cache
def _publication_notes(lang: str) -> re.Pattern:
    """The words of the language's `publication_notes` before a date and its preposition ('Der Beitrag erschien
    am')."""
    forms = language(lang).config.get("dates", {}).get("publication_notes", [])
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?:\s+\w{{1,3}})?\s*$", re.IGNORECASE)


def _labelled(line: str, labels: re.Pattern) -> bool:
    return len(line) <= LABELLED_LINE and labels.match(line) is not None


def _dated(mention: DateMention) -> bool:
    return mention.kind == "absolute" and mention.month is not None


def _dateline(line: str, mention: DateMention, labels: re.Pattern) -> str | None:
    """Why a full date is the line's dateline: it opens the line, follows the line's places, closes a
    heading, or the line is labelled as the document's date."""
    if not _dated(mention):
        return None
    before, after = line[:mention.start], line[mention.end:]
    if not re.search(r"\w", before):
        return "dateline"
    if SHORT_WORD.fullmatch(before) and (not after.strip() or SEPARATOR_AFTER.match(after)):
        return "dateline after a weekday"  # 'vr 26 mei 2023 13:05 | Aangepast 17:48', 'Fri. 26 May 2023
    if DATELINE_PLACE.match(before) and not SENTENCE_GOES_ON.match(after):
        return "dateline after its place"
    if _labelled(line, labels):
        return "labelled date line"
    if SEPARATOR_BEFORE.search(before) and SEPARATOR_AFTER.match(after):
        return "date between the separators of a heading"  # "Press release | 12 March 2019 | Ministry"
    if TIME_OR_ZONE.fullmatch(after) is None:
        return None
    in_sentence = _after_lower_case_word(before)  # 'The talks were held on 3 May 2023.', '… the attack of 7 May 2023'
    sentence_end = after.strip().endswith(".")
    if len(before) <= DATELINE_PREFIX and not (in_sentence and sentence_end) \
            or before.rstrip().endswith(",") and not after.strip(" )]") \
            or not in_sentence and not sentence_end:
        return "date closing a heading"
    return None


def _after_lower_case_word(before: str) -> bool:
    word = LAST_WORD.search(before)
    return word is not None and word.group(0).strip().islower()


def _read(mention: DateMention, everywhere: Callable[[], list[DateMention]], spelling: Callable[[], bool | None]
          ) -> When:
    """The mention's date. A numeric date that reads both ways (02/07/2015) is read the way the text writes
    that day in words, else in the order the text writes its other dates ('2 July' or 'July 2'), else in the
    order its spelling tells (`spelling`: day first or not; None when it tells nothing)."""
    when = When(mention.year, mention.month, mention.day)
    numbers = [int(n) for n in re.findall(r"\d+", mention.text)]
    if not NUMERIC.fullmatch(mention.text) or numbers[0] > 31 or max(numbers[:2]) > 12 or numbers[0] == numbers[1]:
        return when  # written in words, year first, or only one reading
    swapped = When(mention.year, mention.day, mention.month)
    written = [m for m in everywhere() if m.day_first is not None]
    days = {When(m.year, m.month, m.day) for m in written}
    if (swapped in days) != (when in days):
        return swapped if swapped in days else when
    day_first = sum(m.day_first for m in written)
    first_is_day = spelling() if 2 * day_first == len(written) else 2 * day_first > len(written)
    if first_is_day is None:
        return when
    first, second = numbers[:2]
    return When(mention.year, second, first) if first_is_day else When(mention.year, first, second)


def _spelled_day_first(text: str, lang: str) -> bool | None:
    """Does the text's spelling put the day first ('programme', 'defence') or the month ('program', 'defense')?
    None when it tells neither way (the language's `day_first_spellings` and `month_first_spellings`)."""
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))
    config = language(lang).config.get("dates", {})
    day, month = (sum(words[w] for w in config.get(key, [])) for key in ("day_first_spellings", "month_first_spellings"))
    return None if day == month else day > month


def _dateline_without_year(line: str, found: list[DateMention], text: str,
                           everywhere: Callable[[], list[DateMention]]) -> When | None:
    """A day and month opening a head line, perhaps after its place ('14 november', 'Dinsdag 20 juni –'),
    with the year the text gives it."""
    day = next((m for m in found if m.kind == "partial" and m.day), None)
    before = line[:day.start] if day else ""
    if day is None or re.search(r"\w", before) and not DATELINE_PLACE.match(before):
        return None
    return _year_from_context(day, text, everywhere())


def _year_from_context(day: DateMention, text: str, everywhere: list[DateMention]) -> When | None:
    """A day without its year, in the one year the text writes that day with, else in the year of the text
    that fits its weekday."""
    years = {m.year for m in everywhere if m.kind == "absolute" and (m.month, m.day) == (day.month, day.day)}
    if len(years) == 1:
        return When(years.pop(), day.month, day.day)
    if day.weekday is None:
        return None
    counts = Counter(int(y) for y in YEARS.findall(text))
    fitting = [y for y, _ in counts.most_common() if When(y, day.month, day.day).as_date().weekday() == day.weekday]
    return When(fitting[0], day.month, day.day) if fitting else None


def _today(mention: DateMention) -> bool:
    return mention.kind == "relative" and mention.offset == 0 and mention.unit == "day"


def _told_today(text: str, mentions: list[DateMention]) -> When | None:
    """'Today, Monday 11 April', 'released today [February 15, 2017]': the date that follows 'today', its year
    from the text when it lacks one."""
    for first, second in zip(mentions, mentions[1:]):
        if not _today(first):
            continue
        if second.start - first.end > 3 or second.day is None:
            continue
        if _dated(second):
            return When(second.year, second.month, second.day)
        when = _year_from_context(second, text, mentions) if second.kind == "partial" else None
        if when:
            return when
    return None


def _month_in_office(text: str, lang: str, mentions: list[DateMention]) -> When | None:
    """'the statement made today by the President of the Security Council for the month of February': the
    month of a rotating presidency told with 'today' is the document's, in the latest year the text writes
    that has come."""
    forms = language(lang).config.get("dates", {}).get("month_in_office", [])
    pattern = rf"(?:{'|'.join(map(re.escape, forms))})\s+(\w+)"
    for match in re.finditer(pattern, text, re.IGNORECASE) if forms else ():
        month = finder(lang).month(match.group(1))
        today = [m for m in mentions if _today(m) and match.start() - TODAY_BEFORE_MONTH <= m.start < match.start()
                 and not re.search(r"[.!?]\s", text[m.end:match.start()])]
        years = [y for y in map(int, YEARS.findall(text)) if y <= date.today().year]  # not 'résolution 2087'
        if month and today and years:
            return When(max(years), month)
    return None


def _lead_date(head: list[str], dates: DateFinder) -> When | None:
    """Under a dateline that names its place but no date ('Wien (OTS) – …'), the first full date of its
    paragraph: the day of what the lead reports."""
    for line in head:
        if UNDATED_DATELINE.match(line):
            mention = next((m for m in dates.find(line) if _dated(m) and m.day), None)
            return When(mention.year, mention.month, mention.day) if mention else None
    return None


def title_of(text: str) -> str | None:
    """The first line when it reads as a heading (short, not a full sentence of a paragraph)."""
    lines = _lines(text)
    if not lines:
        return None
    first = lines[0]
    return first if len(first) <= 200 and len(lines) > 1 else None
