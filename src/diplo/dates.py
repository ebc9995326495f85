"""Finding date expressions in text and resolving them against a reference date.

Month and weekday names come from CLDR (Babel) for each language; relative
words ("yesterday", "vorige week") from the language's `dates.tsv`; the small
grammar words (prepositions, ordinal suffixes) from its `language.toml`.
Resolved dates are ISO 8601 strings as precise as the text allows.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from babel import Locale

from .knowledge import LanguageData, language

YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
RELATIVE_UNITS = ("day", "week", "month", "year", "told")  # told: days from the date told just before
# The places that may open a dateline before its date: "BRUSSELS, ", "Den Haag, ", "WARSAW/VIENNA, ",
# "(New York, ", "Addis Ababa, Ethiopia, ".
_PLACE = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){0,2}"
DATELINE_PLACE = re.compile(rf"^[(\[]?{_PLACE}(?:\s*[/,]\s*{_PLACE})*,\s*$")


@dataclass(frozen=True, slots=True)
class When:
    """A calendar date known to a precision of a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, iso: str | None) -> When | None:
        if not iso:
            return None
        match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso)
        if not match:
            return None
        year, month, day = (int(x) if x else None for x in match.groups())
        return cls(year, month, day)

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day else None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a text, with the components it states."""

    start: int
    end: int
    text: str
    kind: str  # absolute | partial | weekday | relative | told | year | part
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: int = 0
    day_first: bool | None = None  # written '2 July' (True) or 'July 2' (False)

    @property
    def complete(self) -> bool:
        """True when the expression alone fixes a year (and perhaps month and day)."""
        return self.year is not None and self.kind in ("absolute", "year", "part")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _alternation(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))


class DateFinder:
    """Finds date expressions in the texts of one language."""

    def __init__(self, lang: LanguageData) -> None:
        config = lang.config.get("dates", {})
        locale = Locale(lang.code)
        self.months: dict[str, int] = {}
        self.month_forms: set[str] = set()
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in locale.months[context][width].items():
                    self.months[_fold(name).rstrip(".")] = number
                    self.month_forms |= {name.lower().rstrip("."), _fold(name).rstrip(".")}
        self.months.update({_fold(k): v for k, v in config.get("month_aliases", {}).items()})
        self.month_forms |= set(config.get("month_aliases", {}))
        self.weekdays = {_fold(name): number for number, name in locale.days["format"]["wide"].items()}
        self.weekday_forms = {f for name in locale.days["format"]["wide"].values() for f in (name.lower(), _fold(name))}
        rows = lang.table("dates")
        self.relative = {_fold(r["form"]): (r["unit"], int(r["offset"] or 0))
                         for r in rows if r["unit"] in RELATIVE_UNITS}
        self.relative_forms = {f for r in rows if r["unit"] in RELATIVE_UNITS for f in (r["form"].lower(), _fold(r["form"]))}
        self.weekday_shifts = {_fold(r["form"]): int(r["offset"]) for r in rows if r["unit"] == "weekday"}
        self.shift_forms = {f for r in rows if r["unit"] == "weekday" for f in (r["form"].lower(), _fold(r["form"]))}
        self.parts = {_fold(r["form"]): int(r["offset"] or 1) for r in rows if r["unit"] == "part"}
        self.part_forms = {f for r in rows if r["unit"] == "part" for f in (r["form"].lower(), _fold(r["form"]))}
        self.order = lang.config.get("numeric_date_order", "DMY")
        self.patterns = self._patterns(config)

    def _patterns(self, config: dict) -> list[tuple[str, re.Pattern]]:
        month = rf"(?P<month>{_alternation(self.month_forms)})\.?"
        weekday = rf"(?:(?P<weekday>{_alternation(self.weekday_forms)}),?\s+)"
        suffix = rf"(?:{_alternation(config.get('ordinal_suffixes', []))})?" if config.get("ordinal_suffixes") else ""
        article = rf"(?:(?:{_alternation(config['articles'])})\s+)?" if config.get("articles") else ""
        day = rf"(?P<day>[0-3]?\d){suffix}(?!\d)"
        ranged = rf"(?:(?P<first_day>[0-3]?\d){suffix}\s*(?:{_alternation(config.get('day_range', ['-']))})\s*)"
        month_prep = _alternation(config.get("month_prepositions", []))
        year_prep = _alternation(config.get("year_prepositions", []))
        part = _alternation(self.part_forms) if self.parts else None
        relative = _alternation(self.relative_forms) if self.relative else None
        connectors = r"(?:\s+(?:of|de|d'|d’|van|des)\s*(?:(?:the\s+)?year|l'année|l’année|année|het\s+jaar|jahres)?\s*|\s+)"
        patterns = [
            # year first: "2024-03-05", "2024/3/5", "2024.03.05"
            ("iso", rf"(?P<year>\d{{4}})(?P<sep>[-/.])(?P<num_month>[01]?\d)(?P=sep)(?P<num_day>[0-3]?\d)(?!\d)"),
            ("numeric", rf"(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d{{4}})(?!\d)"),
            # "11. Dezember", "11.Dezember": an ordinal full stop may be glued to the month
            ("day_month", rf"{weekday}?{article}{ranged}?{day}(?:\s+of)?(?:\s+|(?<=\.)){month}(?:,?\s+{YEAR})?"),
            ("month_day", rf"{weekday}?{month}\s+{day}(?:,?\s+{YEAR})?"),
            ("month_year", rf"{month},?\s+{YEAR}"),
        ]
        if part:
            patterns.append(("part", rf"(?P<part>{part}){connectors}?(?:{month}\s*)?{YEAR}"))
        patterns += [
            ("month", rf"(?:{month_prep})\s+{month}(?![\w-])"),
            ("year", rf"(?:{year_prep})\s+{YEAR}"),
        ]
        if relative:
            patterns.append(("relative", rf"(?P<relative>{relative})"))
        shift = _alternation(self.shift_forms) if self.shift_forms else None
        patterns.append(("weekday", rf"(?:(?P<shift>{shift})\s+)?(?P<weekday>{_alternation(self.weekday_forms)})"
                                    rf"(?:\s+(?P<shift_after>{shift}))?" if shift else
                                    rf"(?P<weekday>{_alternation(self.weekday_forms)})"))
        flags = re.IGNORECASE | re.UNICODE
        return [(name, re.compile(rf"(?<![\w-]){body}(?![\w])", flags)) for name, body in patterns]

    def find(self, text: str) -> list[DateMention]:
        """Non-overlapping date expressions, in text order."""
        starts: list[int] = []  # the spans taken, in text order (they do not overlap, so their ends are in order too)
        ends: list[int] = []
        found: list[DateMention] = []
        for name, pattern in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                before = bisect_left(starts, end)  # the spans that start before this one ends
                if before and ends[before - 1] > start:
                    continue
                mention = self._mention(name, match)
                if mention is not None:
                    starts.insert(before, start)
                    ends.insert(before, end)
                    found.append(mention)
        return sorted(found, key=lambda m: m.start)

    def month(self, word: str) -> int | None:
        """The number of a month's name ('février', 'Feb.')."""
        return self.months.get(_fold(word).rstrip("."))

    def _mention(self, name: str, match: re.Match) -> DateMention | None:
        groups = {k: v for k, v in match.groupdict().items() if v}
        base = dict(start=match.start(), end=match.end(), text=match.group(0))
        weekday = self.weekdays.get(_fold(groups["weekday"])) if "weekday" in groups else None
        year = int(groups["year"]) if "year" in groups else None
        month = self.month(groups["month"]) if "month" in groups else None
        if name == "iso":
            return _checked(DateMention(**base, kind="absolute", year=year,
                                        month=int(groups["num_month"]), day=int(groups["num_day"])))
        if name == "numeric":
            return self._numeric(base, groups, year)
        if name in ("day_month", "month_day"):
            kind = "absolute" if year else "partial"
            day = int(groups.get("first_day") or groups["day"])
            return _checked(DateMention(**base, kind=kind, year=year, month=month, day=day, weekday=weekday,
                                        day_first=name == "day_month"))
        if name == "month_year":
            return DateMention(**base, kind="absolute", year=year, month=month)
        if name == "part":
            part_month = self.parts[_fold(groups["part"])]
            return DateMention(**base, kind="part", year=year, month=month or part_month)
        if name == "month":
            return DateMention(**base, kind="partial", month=month)
        if name == "year":
            return DateMention(**base, kind="year", year=year)
        if name == "relative":
            unit, offset = self.relative[re.sub(r"\s+", " ", _fold(groups["relative"]))]
            if unit == "told":  # "le lendemain": counted from the date told before, not the document's
                return DateMention(**base, kind="told", unit="day", offset=offset)
            return DateMention(**base, kind="relative", unit=unit, offset=offset)
        shift = groups.get("shift") or groups.get("shift_after")
        return DateMention(**base, kind="weekday", weekday=weekday,
                           offset=self.weekday_shifts[re.sub(r"\s+", " ", _fold(shift))] if shift else 0)

    def _numeric(self, base: dict, groups: dict, year: int) -> DateMention | None:
        a, b = int(groups["a"]), int(groups["b"])
        month_first = (self.order == "MDY" and groups["sep"] == "/" and b <= 31) and a <= 12
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        month, day = (a, b) if month_first else (b, a)
        return _checked(DateMention(**base, kind="absolute", year=year, month=month, day=day))


def _checked(mention: DateMention) -> DateMention | None:
    """The mention if its day exists in its month (any year when the year is unknown)."""
    if not mention.month or not 1 <= mention.month <= 12:
        return None
    if mention.day is None:
        return mention
    days = calendar.monthrange(mention.year or 2000, mention.month)[1]
    return mention if 1 <= mention.day <= days else None


@cache
def finder(code: str) -> DateFinder:
    return DateFinder(language(code))


def resolve(mention: DateMention, reference: When | None, future: bool = False) -> When | None:
    """The date a mention names, completed from the reference date when it lacks parts.

    Expressions without a year take the reference's year, moved back a year
    (or forward, for `future`) when that lands on the wrong side of the
    reference; weekdays and relative words need a reference precise enough.
    """
    if mention.complete:
        return When(mention.year, mention.month, mention.day)
    if reference is None:
        return None
    if mention.kind == "partial":
        return _complete_partial(mention, reference, future)
    if mention.kind in ("relative", "told"):
        return _shift(reference, mention.unit, mention.offset)
    if mention.kind == "weekday" and reference.day:
        ref = reference.as_date()
        ahead = (mention.weekday - ref.weekday()) % 7
        if mention.offset > 0 or (future and not mention.offset):
            target = ref + timedelta(days=ahead or (7 if mention.offset else 0))
        else:
            target = ref - timedelta(days=(7 - ahead) % 7 or (7 if mention.offset else 0))
        return When(target.year, target.month, target.day)
    return None


def _complete_partial(mention: DateMention, reference: When, future: bool) -> When:
    """The latest fitting date not after the reference (the earliest not before it, for `future`), unless the
    next one after it is less than half as far."""
    candidates = [When(year, mention.month, mention.day)
                  for year in (reference.year - 1, reference.year, reference.year + 1)
                  if not mention.day or mention.day <= calendar.monthrange(year, mention.month)[1]]  # no 29 February 2023
    if mention.weekday is not None and mention.day:
        candidates = [c for c in candidates if c.as_date().weekday() == mention.weekday] or candidates
    if future:
        fitting = [c for c in candidates if _compare(c, reference) >= 0]
        return fitting[0] if fitting else candidates[-1]
    fitting = [c for c in candidates if _compare(c, reference) <= 0]
    ahead = [c for c in candidates if _compare(c, reference) > 0]
    if fitting and ahead and reference.day and mention.day and \
            2 * (ahead[0].as_date() - reference.as_date()).days < (reference.as_date() - fitting[-1].as_date()).days:
        return ahead[0]  # 'Op 15 april organiseren we …' in March: next month, not eleven months ago
    return fitting[-1] if fitting else candidates[0]


def _compare(a: When, b: When) -> int:
    """-1, 0 or 1 comparing two dates at the precision they share."""
    keys = [(a.year, b.year), (a.month, b.month), (a.day, b.day)]
    for x, y in keys:
        if x is None or y is None:
            return 0
        if x != y:
            return -1 if x < y else 1
    return 0


def _shift(reference: When, unit: str, offset: int) -> When | None:
    if unit == "year":
        return When(reference.year + offset)
    if unit == "month":
        if reference.month is None:
            return None
        index = reference.year * 12 + reference.month - 1 + offset
        return When(index // 12, index % 12 + 1)
    ref = reference.as_date()
    if ref is None:
        return reference if offset == 0 else None
    days = offset * (7 if unit == "week" else 1)
    target = ref + timedelta(days=days)
    if unit == "week":
        return When(target.year, target.month)
    return When(target.year, target.month, target.day)
