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
from .quotes import named_spans
from ..records import Figure
from .numbers import NUMBER, parse_number

WORD = re.compile(r"[\w’']+(?:[-‐][\w’']+)*|%|[^\w\s]")
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
ELISION = re.compile(r"^(?:d|l)['’]", re.IGNORECASE)
COUNT_WINDOW = 4
REFERRING_AT_MOST = 3
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
    physical: dict[str, str]
    links: frozenset[str]
    by_country: dict[str, list[tuple[str, str]]]
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
        physical={**by_kind("unit"), **lower("unit")},
        links=lang.cue_forms("figure_link"),
        by_country={k: [tuple(pair.split(":")) for pair in v.split("|")] for k, v in lower("currency_by_country").items()},
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
    counter = Counter_(analysis)
    table = units(lang.code)
    dates = finder(lang.code).find(text)
    blocked = [(m.start, m.end) for m in dates] + named_spans(text)
    readings = _digit_readings(text, lang, table) + _word_readings(analysis.doc, table,
                                                                   lang.cue_forms("definite_article"))
    readings.sort(key=lambda r: r.start)
    figures, previous = [], None
    for reading in readings:
        if any(s <= reading.start < e for s, e in blocked):
            continue
        _read_unit(text, reading, table, counter)
        if reading.unit is None and previous is not None and _continues(text, previous, reading, table):
            reading.unit, reading.measures = previous.unit, previous.measures
        if reading.unit is None:
            continue
        previous = reading
        figures.append(_figure(analysis, reading))
    analysis.record.figures = figures


def _digit_readings(text: str, lang: LanguageData, table: Units) -> list[Reading]:
    decimal = lang.config.get("decimal", ".")
    ordinal_stop = lang.config.get("ordinal_full_stop")
    determiners = lang.cue_forms("definite_article") | lang.cue_forms("not_a_name")  # articles, demonstratives
    readings = []
    for match in NUMBER.finditer(text):
        raw = match.group(0)
        after = text[match.end():match.end() + 3]
        if re.match(r"[^\W\d_]", after) and not _glued_scale(text, match.end(), table):
            continue  # part of a code or an ordinal: HRC53, 21e, 14h55, 2nd
        previous = re.findall(r"\w+", text[max(0, match.start() - 12):match.start()])
        if ordinal_stop and after.startswith(". ") and previous and previous[-1].lower() in determiners:
            continue  # "das 19. Sanktionspaket", "an einem 19. Sanktionspaket"
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


def _word_readings(doc, table: Units, articles: frozenset[str]) -> list[Reading]:
    """Numbers in words, except 'the two ministers', 'les deux parties' (people already named, not counted)."""
    readings = []
    for token in doc:
        value = table.cardinals.get(token.lower_)
        scaled = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in table.scales  # "un million de personnes"
        if value is None or (value < 2 and not scaled):
            continue
        if not (value <= REFERRING_AT_MOST and token.i > 0 and doc[token.i - 1].lower_ in articles):
            readings.append(Reading(value, token.idx, token.idx + len(token.text)))
    return readings


def _words_after(text: str, end: int, count: int) -> list[re.Match]:
    return list(WORD.finditer(text, end, min(len(text), end + 60)))[:count]


def _read_unit(text: str, reading: Reading, table: Units, counter: Counter_) -> None:
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
    countries = counter.countries
    if words and ELISION.sub("", words[0].group(0)).lower() in table.links | {""} and len(words) > 1:
        linked = _unit_word(text, words[1:], table, countries)  # "20 millions de francs", "17,6 milliards d'euros"
        unit, end = linked if linked[0] else _unit_word(text, words, table, countries)
    else:
        unit, end = _unit_word(text, words, table, countries)
    if symbol or unit:
        reading.unit = symbol or unit
        reading.end = max(reading.end, end)
    elif not YEAR_LIKE.fullmatch(text[reading.start:reading.end]):
        counter.count(reading, table)


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


def _unit_word(text: str, words: list[re.Match], table: Units, countries=frozenset()) -> tuple[str | None, int]:
    """A currency, percentage or physical unit word right after the number (the longest form wins)."""
    for n in range(min(3, len(words)), 0, -1):
        phrase = " ".join(ELISION.sub("", w.group(0)).lower() for w in words[:n])
        if phrase in table.currencies:
            return table.currencies[phrase], words[n - 1].end()
        if phrase in table.by_country:
            code = next((currency for country, currency in table.by_country[phrase] if country in countries), None)
            if code:
                return code, words[n - 1].end()
        if phrase in table.percents:
            return "%", words[n - 1].end()
        unit = table.physical.get(phrase) or table.physical.get(text[words[0].start():words[n - 1].end()])
        if unit:
            return unit, words[n - 1].end()
        exact = text[words[0].start():words[n - 1].end()]
        if exact in table.symbols:
            return table.symbols[exact], words[n - 1].end()
    return None, 0


class Counter_:
    """Counts: a number followed, past articles and adjectives, by the noun it counts."""

    def __init__(self, analysis) -> None:
        self.analysis = analysis
        self.tagged = analysis.doc.has_annotation("POS")
        self.capitalised_nouns = bool(analysis.lang.config.get("capitalised_nouns"))
        self.stop = analysis.lang.cue_forms("not_a_name")
        self.countries = frozenset(a.id for a in analysis.record.actors if a.kind == "country")

    def count(self, reading: Reading, table: Units) -> None:
        """'2,000 Belgian businesses', '1,500 of its citizens', 'vier zusätzliche Eurofighter'."""
        sentence_end = self.analysis.record.sentences[self.analysis.sentence_at(reading.start)].end
        following = self.analysis.tokens_between(reading.end, sentence_end)[:COUNT_WINDOW + 1]
        for token in following:
            lower = token.lower_
            if lower in table.count_nouns or self._noun(token):
                if lower not in table.excluded_after and lower not in table.scales:
                    reading.unit, reading.measures = "count", token.text
                return
            if token.is_punct or lower in table.excluded_after or not self._skippable(token, table):
                return

    def _noun(self, token) -> bool:
        if self.tagged:
            return token.pos_ == "NOUN"
        if self.capitalised_nouns:
            return token.is_title and token.is_alpha
        return token.is_alpha and token.is_lower and len(token) > 3 and token.lower_ not in self.stop \
            and token.lower_.endswith(("en", "s", "ers"))

    def _skippable(self, token, table: Units) -> bool:
        """Articles, possessives, adjectives (a country's too) and link words between a number and its noun."""
        if token.lower_ in table.links:
            return True
        if self.tagged:
            return token.pos_ in ("DET", "ADJ", "NUM", "PRON", "ADV", "PROPN") or token.dep_ == "amod"
        return token.is_lower and token.is_alpha or token.i in self.analysis.token_actors  # "zeventien Russische"


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
