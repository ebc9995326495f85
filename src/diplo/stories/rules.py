"""When two reports tell one event: the rules, read from `data/stories.toml` and `data/members.tsv`.

A report (one stored event) fits a story when it fits every report in it:
the same type and class of modality; sides that agree (a side one report
leaves unknown agrees with any, a side that names fewer actors agrees with
one that names more of the same, and the two share at least one actor);
dates that overlap; and details that do not contradict (the place, the
trigger's meaning, the figures). A story keeps a `Profile` that sums its
reports up, so that a new report is checked against the story at once.

Dates are day intervals. A date the report states itself covers its day (or
month, or year) and `tolerance` days after it; a report that only has its
document's date may tell an event up to the type's window before it.
"""
from __future__ import annotations

import calendar
import json
import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..knowledge import PACKAGE, data_table

Sides = tuple[frozenset[str], ...]  # (participants) for symmetric types, else (sources, targets)


@dataclass(frozen=True, slots=True)
class Report:
    """One stored event as the story stage reads it: its actors at the level of countries and
    organisations, its day interval and the details that tell it apart, with its citation."""

    doc_id: str
    event_no: int
    type: str
    modality: str  # the class: happened, negated, hypothetical, requested
    sources: frozenset[str]
    targets: frozenset[str]
    sides: Sides  # what is compared: groups stand for their members
    lo: int | None  # proleptic day ordinals; None when the report has no date at all
    hi: int | None
    date: str | None  # its own date, or its document's
    own_date: bool
    place: str | None
    meaning: tuple[str | None, frozenset[str]]  # the trigger's mode and contexts
    figures: frozenset[tuple[str, float]]  # (unit, value) in its sentence and the next
    language: str
    publisher: str
    published: str | None
    trigger: tuple[int, int]

    @property
    def codes(self) -> frozenset[str]:
        """Every actor code the report names or stands for."""
        return self.sources | self.targets | frozenset().union(*self.sides)

    @property
    def order(self) -> tuple:
        """Reports sort by their date, then their document's, then where they stand."""
        return self.date or "9999", self.published or "9999", self.doc_id, self.event_no


@dataclass(frozen=True, slots=True)
class Fit:
    """How well a report fits a story, and why."""

    shared: int  # actors shared with the story
    reasons: tuple[str, ...]

    @property
    def score(self) -> tuple[int, int]:
        return len(self.reasons), self.shared


@dataclass
class Profile:
    """What a story's reports agree on, to check a new report against the story at once, and their actors."""

    lo: int | None = None  # None until a dated report joins: such a story takes no report by itself
    hi: int | None = None
    sides: list[Sides] = field(default_factory=list)  # each distinct set of sides among the reports
    places: set[str] = field(default_factory=set)
    meanings: list[tuple[str | None, frozenset[str]]] = field(default_factory=list)
    figures: list[frozenset[tuple[str, float]]] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)  # every report's sources and targets
    targets: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, reports: list[Report]) -> Profile:
        profile = cls()
        for report in reports:
            profile.add(report)
        return profile

    def add(self, report: Report) -> None:
        if report.lo is not None:
            self.lo = report.lo if self.lo is None else max(self.lo, report.lo)
            self.hi = report.hi if self.hi is None else min(self.hi, report.hi)
        if report.sides not in self.sides:
            self.sides.append(report.sides)
        if report.place:
            self.places.add(report.place)
        if report.meaning != (None, frozenset()) and report.meaning not in self.meanings:
            self.meanings.append(report.meaning)
        if report.figures and report.figures not in self.figures:
            self.figures.append(report.figures)
        self.sources |= report.sources
        self.targets |= report.targets

    @property
    def keys(self) -> tuple[int, int, frozenset[str]] | None:
        """The days and actor codes a new report is looked up by; None when the story takes no report."""
        if self.lo is None or self.lo > self.hi:
            return None
        return self.lo, self.hi, frozenset(self.sources | self.targets).union(*(s for sides in self.sides for s in sides))

    def dumps(self) -> str:
        return json.dumps({"lo": self.lo, "hi": self.hi, "sides": [[sorted(s) for s in sides] for sides in self.sides],
                           "places": sorted(self.places),
                           "meanings": [[mode, sorted(contexts)] for mode, contexts in self.meanings],
                           "figures": [sorted(figures) for figures in self.figures],
                           "sources": sorted(self.sources), "targets": sorted(self.targets)})

    @classmethod
    def loads(cls, text: str) -> Profile:
        data = json.loads(text)
        return cls(data["lo"], data["hi"], [tuple(frozenset(s) for s in sides) for sides in data["sides"]],
                   set(data["places"]), [(mode, frozenset(contexts)) for mode, contexts in data["meanings"]],
                   [frozenset((unit, value) for unit, value in figures) for figures in data["figures"]],
                   set(data["sources"]), set(data["targets"]))


@dataclass(frozen=True)
class Rules:
    """The grouping rules: windows per type, the tolerance, classes of modality and groups' members."""

    windows: dict[str, int]
    tolerance: int
    modalities: dict[str, str]
    symmetric: frozenset[str]
    members: dict[str, frozenset[str]]
    figure_sentences_after: int

    def window(self, event_type: str) -> int:
        return self.windows.get(event_type, self.windows["default"])

    def modality_class(self, modality: str) -> str:
        return self.modalities.get(modality, modality)

    def sides(self, event_type: str, sources: frozenset[str], targets: frozenset[str]) -> Sides:
        """The sides compared: groups stand for their members; symmetric types have one side."""
        expand = lambda codes: frozenset(m for c in codes for m in self.members.get(c, (c,)))  # noqa: E731
        if event_type in self.symmetric:
            return (expand(sources | targets),)
        return expand(sources), expand(targets)

    def days(self, event_type: str, when: str | None, own: bool) -> tuple[int | None, int | None]:
        """The days a report's date allows: its own day, month or year, or up to a window before its
        document's date; `tolerance` days more at the end."""
        span = day_span(when)
        if span is None:
            return None, None
        lo, hi = span
        return (lo if own else lo - self.window(event_type)), hi + self.tolerance

    def fit(self, profile: Profile, report: Report) -> Fit | None:
        """How the report fits a story with this profile, or None when something tells them apart."""
        if report.lo is None or profile.lo is None or profile.lo > profile.hi:
            return None  # nor does a story merged by hand over dates that disagree
        if report.lo > profile.hi or report.hi < profile.lo:
            return None
        shared = min((_shared(sides, report.sides) for sides in profile.sides), default=0)
        if shared == 0 or not all(sides_agree(sides, report.sides) for sides in profile.sides):
            return None
        if not all(meanings_agree(m, report.meaning) for m in profile.meanings):
            return None
        if not all(figures_agree(f, report.figures) for f in profile.figures):
            return None
        return Fit(shared, tuple(self._evidence(profile, report)))

    def _evidence(self, profile: Profile, report: Report):
        if report.own_date and report.hi - report.lo <= self.tolerance and profile.hi - profile.lo <= self.tolerance:
            yield "the same day"
        if report.place and report.place in profile.places:
            yield f"the same place ({report.place})"
        if report.meaning[0] and any(m[0] == report.meaning[0] for m in profile.meanings):
            yield f"the same kind ({report.meaning[0]})"
        shared = {f for figures in profile.figures for f in figures} & report.figures
        if shared:
            yield "shared figures (" + ", ".join(_figure(f) for f in sorted(shared)) + ")"


def _shared(a: Sides, b: Sides) -> int:
    return sum(len(x & y) for x, y in zip(a, b))


def sides_agree(a: Sides, b: Sides) -> bool:
    """Each side of one is unknown in the other, or names some of the same actors as the other."""
    return all(x <= y or y <= x for x, y in zip(a, b))


def meanings_agree(a: tuple[str | None, frozenset[str]], b: tuple[str | None, frozenset[str]]) -> bool:
    """Two triggers mean the same unless both name a mode and they differ, or both name contexts that
    have nothing in common."""
    (mode_a, contexts_a), (mode_b, contexts_b) = a, b
    if mode_a and mode_b and mode_a != mode_b:
        return False
    return not (contexts_a and contexts_b and not contexts_a & contexts_b)


def figures_agree(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Two reports that give figures in the same unit share at least one of them ('194 persons')."""
    for unit in {u for u, _ in a} & {u for u, _ in b}:
        if not {v for u, v in a if u == unit} & {v for u, v in b if u == unit}:
            return False
    return True


def _figure(figure: tuple[str, float]) -> str:
    unit, value = figure
    number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return number if unit == "count" else f"{number} {unit}"


def day_span(when: str | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`."""
    if not when:
        return None
    parts = [int(p) for p in when.split("-")]
    if len(parts) == 3:
        day = date(*parts).toordinal()
        return day, day
    year, month = parts[0], parts[1] if len(parts) == 2 else None
    first = date(year, month or 1, 1).toordinal()
    last = date(year, month or 12, calendar.monthrange(year, month or 12)[1]).toordinal()
    return first, last


def iso_day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


@cache
def rules() -> Rules:
    """The rules from the data files (and the user's rows of the members table)."""
    config = tomllib.loads((PACKAGE / "data" / "stories.toml").read_text(encoding="utf-8"))
    members = {row["group"]: frozenset(row["members"].split("|")) for row in data_table("members")}
    return Rules(windows=config["windows"], tolerance=config["tolerance"], modalities=config["modalities"],
                 symmetric=frozenset(config["symmetric"]), members=members,
                 figure_sentences_after=config["figure_sentences_after"])
