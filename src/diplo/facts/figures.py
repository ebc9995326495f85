"""Figures: amounts of money, percentages and counts, with what they measure.

A figure is a number (digits, or number words) with a unit the text states:
a currency symbol, code or word, a percentage word, or a noun the number
counts ("2,000 Belgian businesses"). Numbers inside dates, years, ordinals,
durations and codes are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..dates import finder
from ..knowledge import LanguageData, language
from ..records import Figure
from .numbers import NUMBER, parse_number

WORD = re.compile(r"[\w’']+(?:[-‐][\w’']+)*|%|[^\w\s]")
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
ELISION = re.compile(r"^(?:d|l)['’]", re.IGNORECASE)
COUNT_WINDOW = 4
CONTINUATION_WINDOW = 3


@dataclass(frozen=True)
class Units:
    """One language's number words and unit words, as lower-case lookups."""

    cardinals: dict[str, float]
    scales: dict[str, float]
    currencies: dict[str, str]
    symbols: dict[str, str]
    count_nouns: frozenset[str]
    percents: frozenset[str]
    excluded_after: frozenset[str]
    excluded_before: frozenset[str]
    continuations: frozenset[str]
    longest: int


@cache
def units(code: str) -> Units:
    lang = language(code)
    rows = lang.table("numbers")
    by_kind = lambda kind: {r["form"]: r["value"] for r in rows if r["kind"] == kind}  # noqa: E731
    lower = lambda kind: {k.lower(): v for k, v in by_kind(kind).items()}  # noqa: E731
    forms = [r["form"] for r in rows]
    return Units(
        cardinals={k: float(v) for k, v in lower("cardinal").items()},
        scales={k: float(v) for k, v in lower("scale").items()},
        currencies=lower("currency"),
        symbols=by_kind("currency_symbol"),
        count_nouns=frozenset(lower("count_noun")),
        percents=frozenset(lower("percent")),
        excluded_after=frozenset(lower("duration")) | frozenset(lower("not_counted")),
        excluded_before=lang.cue_forms("reference_number"),
        continuations=lang.cue_forms("figure_continuation"),
        longest=max((len(f.split()) for f in forms), default=1),
    )


@dataclass
class Reading:
    """A number being read: its value, where it starts and ends, and its unit once known."""

    value: float
    start: int
    end: int
    unit: str | None = None
    measures: str | None = None


def find_figures(analysis) -> None:
    """Every figure of the document, with its sentence, what it measures, its owner and year."""
    text, lang = analysis.document.text, analysis.lang
    table = units(lang.code)
    dates = finder(lang.code).find(text)
    blocked = [(m.start, m.end) for m in dates]
    readings = _digit_readings(text, lang, table) + _word_readings(analysis.doc, table)
    readings.sort(key=lambda r: r.start)
    figures, previous = [], None
    for reading in readings:
        if any(s <= reading.start < e for s, e in blocked):
            continue
        _read_unit(text, reading, table)
        if reading.unit is None and previous is not None and _continues(text, previous, reading, table):
            reading.unit, reading.measures = previous.unit, previous.measures
        if reading.unit is None:
            continue
        previous = reading
        figures.append(_figure(analysis, reading))
    analysis.record.figures = figures


def _digit_readings(text: str, lang: LanguageData, table: Units) -> list[Reading]:
    decimal = lang.config.get("decimal", ".")
    readings = []
    for match in NUMBER.finditer(text):
        raw = match.group(0)
        after = text[match.end():match.end() + 3]
        if re.match(r"[^\W\d_]", after) and not _glued_scale(text, match.end(), table):
            continue  # part of a code or an ordinal: HRC53, 21e, 14h55, 2nd
        value = parse_number(raw, decimal)
        if value is None:
            continue
        readings.append(Reading(value, match.start(), match.end()))
    return readings


def _glued_scale(text: str, end: int, table: Units) -> str | None:
    word = re.match(r"[^\W\d_]+\.?", text[end:])
    if word and word.group(0).lower() in table.scales:
        return word.group(0)
    return None


def _word_readings(doc, table: Units) -> list[Reading]:
    readings = []
    for token in doc:
        value = table.cardinals.get(token.lower_)
        if value is not None and value >= 2:
            readings.append(Reading(value, token.idx, token.idx + len(token.text)))
    return readings


def _words_after(text: str, end: int, count: int) -> list[re.Match]:
    return list(WORD.finditer(text, end, min(len(text), end + 60)))[:count]


def _read_unit(text: str, reading: Reading, table: Units) -> None:
    """Extend the reading over a currency before it, a scale, and a currency, percentage or counted noun."""
    symbol, reading.start = _symbol_before(text, reading.start, table)
    glued = _glued_scale(text, reading.end, table)
    if glued:
        reading.value *= table.scales[glued.lower()]
        reading.end += len(glued)
    words = _words_after(text, reading.end, 1 + COUNT_WINDOW)
    if words and not glued and words[0].group(0).lower() in table.scales:
        reading.value *= table.scales[words[0].group(0).lower()]
        reading.end = words[0].end()
        words = words[1:]
    if _excluded(text, reading, words, table):
        return
    unit, end = _unit_word(text, words, table)
    if symbol or unit:
        reading.unit = symbol or unit
        reading.end = max(reading.end, end)
    elif not YEAR_LIKE.fullmatch(text[reading.start:reading.end]):
        _count(reading, words, table)


def _symbol_before(text: str, start: int, table: Units) -> tuple[str | None, int]:
    """A currency symbol or code just before the number ('$28.7', 'CHF 10'), and where it starts."""
    before = text[max(0, start - 8):start]
    stripped = before.rstrip()
    for form in sorted(table.symbols, key=len, reverse=True):
        if stripped.endswith(form):
            begin = start - (len(before) - len(stripped)) - len(form)
            if form[-1].isalpha() and begin > 0 and text[begin - 1].isalpha():
                continue
            return table.symbols[form], begin
    return None, start


def _unit_word(text: str, words: list[re.Match], table: Units) -> tuple[str | None, int]:
    """A currency or percentage word right after the number (the longest form wins)."""
    for n in range(min(3, len(words)), 0, -1):
        phrase = " ".join(ELISION.sub("", w.group(0)).lower() for w in words[:n])
        if phrase in table.currencies:
            return table.currencies[phrase], words[n - 1].end()
        if phrase in table.percents:
            return "%", words[n - 1].end()
        exact = text[words[0].start():words[n - 1].end()]
        if exact in table.symbols:
            return table.symbols[exact], words[n - 1].end()
    return None, 0


def _count(reading: Reading, words: list[re.Match], table: Units) -> None:
    """'2,000 Belgian businesses', '1,500 of its citizens': a counted noun within a few words."""
    for word in words[:COUNT_WINDOW]:
        lower = word.group(0).lower()
        if lower in table.count_nouns:
            reading.unit, reading.measures = "count", word.group(0)
            return
        if not word.group(0)[0].isalnum():
            return


def _excluded(text: str, reading: Reading, words: list[re.Match], table: Units) -> bool:
    """Durations, ages and reference numbers are not figures."""
    if words and words[0].group(0).lower() in table.excluded_after:
        return True
    before = re.findall(r"[\w.§]+", text[max(0, reading.start - 20):reading.start])
    return bool(before) and before[-1].lower() in table.excluded_before


def _continues(text: str, previous: Reading, reading: Reading, table: Units) -> bool:
    """'360 local jobs ... a further 100': a bare number that continues the previous figure."""
    between = text[previous.end:reading.start]
    if "\n" in between or re.search(r"[.!?]\s", between):
        return False
    words = [w.lower() for w in re.findall(r"[\w’']+", between)][-CONTINUATION_WINDOW:]
    return any(w in table.continuations for w in words)


def _figure(analysis, reading: Reading) -> Figure:
    text = analysis.document.text
    sentence = analysis.sentence_at(reading.start)
    bounds = analysis.record.sentences[sentence] if analysis.record.sentences else None
    year = None
    if bounds:
        years = [m for m in finder(analysis.lang.code).find(text[bounds.start:bounds.end]) if m.year]
        year = years[0].year if len(years) == 1 else None
    value = int(reading.value) if reading.value == int(reading.value) else round(reading.value, 6)
    return Figure(value=value, unit=reading.unit, text=text[reading.start:reading.end], start=reading.start,
                  end=reading.end, sentence=sentence, measures=reading.measures,
                  owner=_owner(analysis, reading), year=year)


def _owner(analysis, reading: Reading) -> str | None:
    """The nearest actor named before the figure in its sentence."""
    if not analysis.record.sentences:
        return None
    sentence = analysis.record.sentences[analysis.sentence_at(reading.start)]
    candidates = [m for m in analysis.record.mentions if sentence.start <= m.start < reading.start]
    return analysis.actor_code(candidates[-1].actor) if candidates else None
