"""Figures: amounts of money, percentages and counts, with what they measure.

A figure is a number (digits, or number words) with a unit the text states:
a currency symbol, code or word, a percentage word, a physical unit, or a noun
the number counts ("2,000 Belgian businesses"). A bare "$" or "dollars" is the
currency of whoever pays: the country that issued the document, else its voice,
else the figure's owner. A bare "10 million" takes the unit of the figure before
it in its paragraph. Numbers inside dates, times, years, ordinals, durations,
codes, list markers and names ("Group of Seven", "two-state solution",
"Geschwader 62", "the 27 member states") are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from ..actors import opens_dateline
from ..dates import finder
from ..knowledge import LanguageData, language
from .quotes import named_spans
from ..records import Figure
from .numbers import NUMBER, parse_number

WORD = re.compile(r"[\w’']+(?:[-‐][\w’']+)*|%|[^\w\s]")
YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
ELISION = re.compile(r"^(?:d|l)['’]", re.IGNORECASE)
COMPOUND = re.compile(r"[-‐][^\W\d_]")  # "two-state", "27-member": a number glued into a word
TIME = re.compile(r"\d:\d\d(?!\d)")  # "18:35"
# What may stand before a list item's number on its line: "1. ", "(2) ", "1. 1. ".
LIST_MARKERS = re.compile(r"(?:\s*\(?\d{1,2}[.)])*\s*\(?")
COUNT_WINDOW = 4
COMPOUND_HEAD, COMPOUND_MODIFIER = 5, 3  # letters of a count noun ending a compound, and of the words before it
DATELINE_PLACES = ("gazetteer capital", "gazetteer city")
CONTINUATION_WINDOW = 3


@dataclass(frozen=True)
class Units:
    """One language's number words and unit words, as lower-case lookups."""

    cardinals: dict[str, float]
    cardinal_starts: frozenset[str]  # the first word of each cardinal ('fourteen' of 'fourteen million')
    scales: dict[str, float]
    currencies: dict[str, str]
    symbols: dict[str, str]
    count_nouns: frozenset[str]
    percents: frozenset[str]
    physical: dict[str, str]
    links: frozenset[str]
    by_country: dict[str, dict[str, str]]
    parties: frozenset[str]
    group_determiners: frozenset[str]
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
        cardinal_starts=frozenset(k.split(" ")[0] for k in lower("cardinal")),
        scales={k: float(v) for k, v in lower("scale").items()},
        currencies=lower("currency"),
        symbols=by_kind("currency_symbol"),
        count_nouns=frozenset(lower("count_noun")),
        percents=frozenset(lower("percent")),
        physical={**by_kind("unit"), **lower("unit")},
        links=lang.cue_forms("figure_link"),
        by_country={k: dict(pair.split(":") for pair in v.split("|")) for k, v in lower("currency_by_country").items()},
        parties=frozenset(lower("party")),
        group_determiners=lang.cue_forms("group_determiner"),
        excluded_after=frozenset(lower("duration")) | frozenset(lower("not_counted")),
        excluded_before=lang.cue_forms("reference_number"),
        continuations=lang.cue_forms("figure_continuation"),
        longest=max((len(f.replace("-", " - ").split()) for f in forms), default=1),  # 'twenty - three
    )


def _phrase(words: list[str], start: int, forms, longest: int) -> int:
    """How many lower-case words from `start` make the longest of `forms` (0 when none); a hyphen the tokenizer
    split off joins its words again ('twenty', '-', 'three')."""
    for n in range(min(longest, len(words) - start), 0, -1):
        if _joined(words[start:start + n]) in forms:
            return n
    return 0


def _joined(words: list[str]) -> str:
    return " ".join(words).replace(" - ", "-")


@dataclass
class Reading:
    """A number being read: its value, where it starts and ends, and its unit once known."""

    value: float
    start: int
    end: int
    unit: str | None = None
    measures: str | None = None
    scaled: bool = False


def find_figures(analysis) -> None:
    """Every figure of the document, with its sentence, what it measures, its owner and year."""
    text, lang = analysis.document.text, analysis.lang
    table = units(lang.code)
    context = Context(analysis, table)
    blocked = [(m.start, m.end) for m in analysis.date_mentions] + named_spans(text)
    readings = _digit_readings(text, lang, table) + _word_readings(analysis.doc, table)
    readings.sort(key=lambda r: r.start)
    figures, previous = [], None
    for reading in readings:
        if any(s <= reading.start < e for s, e in blocked):
            continue
        _read_unit(text, reading, table, context)
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
        if _time_code_or_marker(text, match.start(), match.end()):
            continue
        value = parse_number(raw, decimal)
        if value is None:
            continue
        readings.append(Reading(value, match.start(), match.end()))
    return readings


def _time_code_or_marker(text: str, start: int, end: int) -> bool:
    """'18:35', the '1' of 'P5+1', a list item's '1.' or '(2)' at the start of its line."""
    if TIME.match(text, end - 1) or TIME.match(text, start - 2 if start > 1 else start):
        return True
    if start > 1 and text[start - 1] == "+" and text[start - 2].isalnum():
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return text[end:end + 1] in (".", ")") and LIST_MARKERS.fullmatch(text, line_start, start) is not None


def _glued_scale(text: str, end: int, table: Units) -> str | None:
    word = re.match(r"[^\W\d_]+\.?", text[end:])
    if word and word.group(0).lower() in table.scales:
        return word.group(0)
    return None


def _word_readings(doc, table: Units) -> list[Reading]:
    """Numbers in words ('fourteen million', 'half a million'); a one or a half only before a scale word."""
    readings, i = [], 0
    lowers = [t.lower_ for t in doc]
    while i < len(doc):
        opens = lowers[i].partition(" ")[0] in table.cardinal_starts  # a cardinal may start here
        n = _phrase(lowers, i, table.cardinals, table.longest) if opens else 0
        if not n:
            i += 1
            continue
        last = doc[i + n - 1]
        value = table.cardinals[_joined(lowers[i:i + n])]
        scaled = last.i + 1 < len(doc) and lowers[last.i + 1] in table.scales  # "un million de personnes"
        if value >= 2 or scaled:
            readings.append(Reading(value, doc[i].idx, last.idx + len(last.text)))
        i += n
    return readings


def _words_after(text: str, end: int, count: int) -> list[re.Match]:
    return list(WORD.finditer(text, end, min(len(text), end + 60)))[:count]


def _read_unit(text: str, reading: Reading, table: Units, context: Context) -> None:
    """Extend the reading over a currency before it, a scale, and a currency, percentage or counted noun."""
    symbol, reading.start = _symbol_before(text, reading.start, table)
    glued = _glued_scale(text, reading.end, table)
    if glued:
        reading.value *= table.scales[glued.lower()]
        reading.end += len(glued)
        reading.scaled = True
    words = _words_after(text, reading.end, 2 + COUNT_WINDOW)
    if words and not glued and words[0].group(0).lower() in table.scales:
        scale = words.pop(0)
        reading.value *= table.scales[scale.group(0).lower()]
        reading.end, reading.scaled = scale.end(), True
        if words and words[0].start() == scale.end() and text[scale.start():scale.end() + 1].lower() in table.scales:
            reading.end = words.pop(0).end()  # the full stop of "Mio.", "mln."
    if _excluded(text, reading, words, table):
        return
    if words and ELISION.sub("", words[0].group(0)).lower() in table.links | {""} and len(words) > 1:
        linked = _unit_word(text, words[1:], table, context, reading)  # "20 millions de francs", "d'euros"
        unit, end = linked if linked[0] else _unit_word(text, words, table, context, reading)
    else:
        unit, end = _unit_word(text, words, table, context, reading)
    if symbol or unit:
        reading.unit = context.currency(symbol, table.symbols[symbol], reading) if symbol else unit
        reading.end = max(reading.end, end)
    else:
        context.count(reading, strict=YEAR_LIKE.fullmatch(text[reading.start:reading.end]) is not None)


def _symbol_before(text: str, start: int, table: Units) -> tuple[str | None, int]:
    """A currency symbol or code just before the number ('$28.7', 'CHF 10'), and where it starts."""
    before = text[max(0, start - 8):start]
    stripped = before.rstrip()
    for form in sorted(table.symbols, key=len, reverse=True):
        if stripped.endswith(form):
            begin = start - (len(before) - len(stripped)) - len(form)
            if form[-1].isalpha() and begin > 0 and text[begin - 1].isalpha():
                continue
            return form, begin
    return None, start


def _unit_word(text: str, words: list[re.Match], table: Units, context: Context,
               reading: Reading) -> tuple[str | None, int]:
    """A currency, percentage or physical unit word right after the number (the longest form wins)."""
    for n in range(min(3, len(words)), 0, -1):
        phrase = " ".join(ELISION.sub("", w.group(0)).lower() for w in words[:n])
        end = words[n - 1].end()
        if phrase in table.currencies or phrase in table.by_country:
            code = context.currency(phrase, table.currencies.get(phrase), reading)
            if code:
                return code, end
        if phrase in table.percents:
            return "%", end
        exact = text[words[0].start():end]
        unit = table.physical.get(phrase) or table.physical.get(exact)
        if unit:
            return unit, end
        if exact in table.symbols:
            return context.currency(exact, table.symbols[exact], reading), end
    return None, 0


class Context:
    """What the document around a number tells: the noun it counts, and whose currency a bare '$' is."""

    def __init__(self, analysis, table: Units) -> None:
        self.analysis = analysis
        self.table = table
        self.tagged = analysis.doc.has_annotation("POS")
        self.capitalised_nouns = bool(analysis.lang.config.get("capitalised_nouns"))
        self.stop = analysis.lang.cue_forms("not_a_name")
        self.countries = frozenset(a.id for a in analysis.record.actors if a.kind == "country")
        self.demonyms = {t.i for m in analysis.record.mentions if m.reason.endswith("demonym")
                         for t in analysis.tokens_between(m.start, m.end)}

    def currency(self, form: str, default: str | None, reading: Reading) -> str | None:
        """A currency several countries share ('$', 'dollars', 'kroner'): the one of the country where the
        document was issued (its dateline), else of its own voice, else of the actor the figure belongs to,
        else the form's usual one, else one of a country named."""
        by_country = self.table.by_country.get(form.lower(), {})
        home = (self.analysis.home_actor or "").split(".")[0]
        for country in (self.issued_in, home, _owner(self.analysis, reading.start)):
            if country in by_country:
                return by_country[country]
        return default or next((code for country, code in by_country.items() if country in self.countries), None)

    @cached_property
    def issued_in(self) -> str | None:
        """The country of the place that opens the document's dateline ('Canberra, 3 March 2025')."""
        text = self.analysis.document.text
        return next((m.actor for m in self.analysis.record.mentions if m.reason in DATELINE_PLACES
                     and opens_dateline(text, m.start, m.end)), None)

    def _compound_count(self, word: str, nouns) -> int:
        """1 if the word is a compound whose head is a count noun, where the language writes compounds as one word
        ('verdragsstaten', 'Generalkonsulate')."""
        if not self.analysis.lang.config.get("closed_compounds"):
            return 0
        return int(any(word.endswith(noun) and len(word) - len(noun) >= COMPOUND_MODIFIER and " " not in noun
                       for noun in nouns if len(noun) >= COMPOUND_HEAD))

    def count(self, reading: Reading, strict: bool = False) -> None:
        """'2,000 Belgian businesses', '1,500 of its citizens', 'vier zusätzliche Eurofighter'. A number that
        looks like a year counts only a noun of the count table ('mehr als 2000 Soldaten'); 'the two
        countries', 'les 27 États membres' name the parties, they do not count them."""
        text, table = self.analysis.document.text, self.table
        if COMPOUND.match(text, reading.end) or self._designation(reading):
            return
        sentence_end = self.analysis.record.sentences[self.analysis.sentence_at(reading.start)].end
        following = self.analysis.tokens_between(reading.end, sentence_end)[:COUNT_WINDOW + 1]
        number = self.analysis.tokens_between(reading.start, reading.end)
        counted = number[-1].head.i if number and number[-1].dep_ == "nummod" else None  # "three … Commissioners"
        nouns = table.count_nouns | table.parties
        lowers = [t.lower_ for t in following]
        for k, token in enumerate(following):
            n = _phrase(lowers, k, nouns, table.longest) or self._compound_count(lowers[k], nouns)
            if n or not strict and (self._noun(token) or token.i == counted) and self._plural(token, reading):
                words = following[k:k + max(n, 1)]
                noun = _joined([t.lower_ for t in words])
                if noun in table.excluded_after or noun in table.scales \
                        or noun in table.parties and self._named(reading):
                    return
                reading.unit, reading.measures = "count", text[token.idx:words[-1].idx + len(words[-1])]
                return
            if counted is not None and token.i < counted:
                continue  # the parse says which noun the number counts: 'six serving or retired generals'
            if token.is_punct or token.lower_ in table.excluded_after or not self._skippable(token):
                return
            # Past a lower-case word that may be a noun itself ('110 transportcompagnie werken'), only a noun
            # of the count table counts, where no tagger or capital tells nouns.
            strict = strict or not (self.tagged or self.capitalised_nouns or token.i in self.analysis.token_actors
                                    or token.lower_ in table.links)

    def _named(self, reading: Reading) -> bool:
        """A determiner before the number: 'the two countries', 'ses 27 États membres'."""
        words = re.findall(r"[\w']+", self.analysis.document.text[max(0, reading.start - 15):reading.start])
        return bool(words) and words[-1].lower() in self.table.group_determiners

    def _designation(self, reading: Reading) -> bool:
        """'Geschwader 62', 'annexe 3', '(LTG) 62': a number right after a noun or a name is its number."""
        tokens = self.analysis.tokens_between(reading.start, reading.end)
        if not tokens or tokens[0].i == 0:
            return False
        before = self.analysis.doc[tokens[0].i - 1]
        if before.text == ")":
            return True
        if self.tagged:
            return before.pos_ in ("NOUN", "PROPN")
        return before.is_title and before.is_alpha and not before.is_sent_start and before.lower_ not in self.stop

    def _plural(self, token, reading: Reading) -> bool:
        """More than one counts a plural: 'the Fit for 55 package' counts no package (where a tagger tells)."""
        return reading.value < 2 or "Sing" not in token.morph.get("Number")

    def _noun(self, token) -> bool:
        if self.tagged:
            return token.pos_ == "NOUN"
        if self.capitalised_nouns:
            return token.is_title and token.is_alpha
        if token.i in self.demonyms:
            return True  # people named by their country: '83 Nederlanders'
        return token.is_alpha and token.is_lower and len(token) > 3 and token.lower_ not in self.stop \
            and token.lower_.endswith(("en", "s", "ers"))

    def _skippable(self, token) -> bool:
        """Articles, possessives, adjectives (a country's too), 'current or former', a truncated compound
        ('Such- und Rettungsteams') and link words between a number and its noun."""
        if token.lower_ in self.table.links or token.text.endswith("-"):
            return True
        if self.tagged:
            return token.pos_ in ("DET", "ADJ", "NUM", "PRON", "ADV", "PROPN", "CCONJ") or token.dep_ == "amod"
        if token.i in self.analysis.token_actors:  # "zeventien Russische"
            return True
        return token.is_lower and token.is_alpha


def _excluded(text: str, reading: Reading, words: list[re.Match], table: Units) -> bool:
    """Durations, ages and reference numbers are not figures."""
    if words and words[0].group(0).lower() in table.excluded_after:
        return True
    before = re.findall(r"[\w.§]+", text[max(0, reading.start - 20):reading.start])
    return bool(before) and before[-1].lower() in table.excluded_before


def _continues(text: str, previous: Reading, reading: Reading, table: Units) -> bool:
    """A bare number that continues the figure before it: '360 local jobs ... a further 100' in its sentence,
    '50 miljoen euro. Daarvan is 10 miljoen …' in its paragraph."""
    between = text[previous.end:reading.start]
    if "\n" in between:
        return False
    if reading.scaled:
        return previous.unit != "%"
    if re.search(r"[.!?]\s", between):
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
                  owner=_owner(analysis, reading.start), year=year)


def _owner(analysis, start: int) -> str | None:
    """The nearest actor named before a figure in its sentence."""
    if not analysis.record.sentences:
        return None
    sentence = analysis.record.sentences[analysis.sentence_at(start)]
    candidates = [m for m in analysis.record.mentions if sentence.start <= m.start < start]
    return analysis.actor_code(candidates[-1].actor) if candidates else None
