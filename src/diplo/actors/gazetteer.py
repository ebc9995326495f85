"""The gazetteer: every way a language names a country or an organisation.

Country names come from CLDR (Babel) and ISO 3166 (pycountry with its
translations) at load time; the language's `places.tsv` adds what those lack
(adjectives, demonyms, combining forms, capitals, seats of government,
cities), and `organisations.tsv` the names and acronyms of organisations.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale
from spacy.tokens import Doc

from ..knowledge import LanguageData, Words, data_table, language
from .phrases import DASHES, PhraseTable

SCORED_ORGANISATION_KINDS = {"igo", "igo_body", "court", "state_body"}
# Forms that name an actor only inside a hyphenated compound: a first part ("Sino-",
# "nippo-") or any part ("-européennes" for the EU in "nippo-européennes").
FIRST_PART_ONLY = "combining"
COMPOUND_ONLY = "compound"
EXTRA_TERRITORIES = {"XK": "XKX"}
BRACKETED_NAME = re.compile(r"(\w[^()]*?) \((\w[^()]*)\)")  # "Myanmar (Birmanie)": both names


@dataclass(frozen=True, slots=True)
class Entry:
    """One form of one actor: its code, what kind of actor, and what kind of form."""

    code: str
    kind: str  # country | organization | group
    form: str  # name, official, adjective, demonym, combining, genitive, capital, seat, city, acronym, alias, generic


@dataclass(frozen=True, slots=True)
class Hit:
    """A stretch of text naming an actor."""

    start: int  # character offsets in the document
    end: int
    token_start: int
    token_end: int
    entries: tuple[Entry, ...]

    @property
    def entry(self) -> Entry:
        """The most likely reading; generic heads keep all theirs for later resolution."""
        return self.entries[0]


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    kind: str
    name: str
    parent: str | None


@cache
def organisations() -> dict[str, Organisation]:
    """Every known organisation by code."""
    return {row["code"]: Organisation(row["code"], row["kind"], row["name"], row.get("parent") or None)
            for row in data_table("organisations")}


def actor_kind(code: str) -> str:
    """'country' for ISO codes, 'organization' for state and intergovernmental bodies, else 'group'."""
    organisation = organisations().get(code)
    if organisation is None:
        return "country" if len(code) == 3 and code.isupper() and code.isalpha() else "group"
    return "organization" if organisation.kind in SCORED_ORGANISATION_KINDS else "group"


@cache
def country_names() -> dict[str, str]:
    """English display names of countries by alpha-3 code."""
    names = {}
    territories = Locale("en").territories
    for country in pycountry.countries:
        names[country.alpha_3] = territories.get(country.alpha_2, getattr(country, "common_name", country.name))
    names.update({alpha3: territories[alpha2] for alpha2, alpha3 in EXTRA_TERRITORIES.items()})
    return names


def display_name(code: str) -> str:
    if code in country_names():
        return country_names()[code]
    organisation = organisations().get(code)
    return organisation.name if organisation else code


def _standard_country_forms(code: str) -> list[tuple[str, Entry]]:
    """Country names that CLDR and ISO 3166 know in this language."""
    translate = (gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True).gettext
                 if code != "en" else (lambda s: s))
    territories = Locale(code).territories
    forms = []
    for country in pycountry.countries:
        names = [territories.get(country.alpha_2)]
        names += [translate(n) for n in (country.name, getattr(country, "official_name", None),
                                         getattr(country, "common_name", None)) if n]
        names += [part for n in names if n and (both := BRACKETED_NAME.fullmatch(n))
                  and all(p[0].isupper() for p in both.groups()) for part in both.groups()]
        forms += [(n, Entry(country.alpha_3, "country", "name")) for n in names if n and not set(n) & set(",()")]
    forms += [(territories[a2], Entry(a3, "country", "name")) for a2, a3 in EXTRA_TERRITORIES.items()
              if a2 in territories]
    return forms


class Gazetteer:
    """All country and organisation forms of one language, ready to match."""

    def __init__(self, lang: LanguageData) -> None:
        from .. import nlp

        self.lang = lang
        self.table: PhraseTable[Entry] = PhraseTable(nlp.load(lang.code).tokenizer)
        self.table.add_all(_standard_country_forms(lang.code))
        self.table.add_all((row["form"], Entry(row["code"], "country", row["type"])) for row in lang.table("places"))
        self.table.add_all((row["form"], Entry(row["code"], actor_kind(row["code"]), row["type"]))
                           for row in lang.table("organisations"))
        self.table.add_all((row["form"], Entry("", "region", "region")) for row in lang.table("regions"))

    def find(self, doc: Doc) -> list[Hit]:
        """Every actor form in the document, whole tokens first, then parts of hyphenated words."""
        hits: list[Hit] = []
        covered: set[int] = set()
        for match in self.table.find(Words.of(doc).spelling):
            entries = [e for e in match.payloads if _fits_alone(e, doc, match.start, match.end)]
            if entries:
                span = doc[match.start:match.end]
                hits.append(Hit(span.start_char, span.end_char, match.start, match.end, tuple(entries)))
                covered.update(range(match.start, match.end))
        for token in doc:
            if token.i not in covered and DASHES.search(token.text):
                hits.extend(self._compound_parts(token))
        return sorted((h for h in hits if h.entry.kind != "region"), key=lambda h: h.start)

    def _compound_parts(self, token) -> list[Hit]:
        """Actors named by the parts of one hyphenated token ("EU-Außenminister", "sino-belge")."""
        hits, offset = [], token.idx
        parts = DASHES.split(token.text)
        position = 0
        for n, part in enumerate(parts):
            start = token.text.index(part, position) if part else position
            position = start + len(part)
            if not part:
                continue
            last = n == len(parts) - 1
            entries = [e for e in self.table.lookup([part]) if not (last and e.form == FIRST_PART_ONLY)]
            if entries:
                hits.append(Hit(offset + start, offset + start + len(part), token.i, token.i + 1, tuple(entries)))
        return hits


def _fits_alone(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Compound-only forms need a dash token after them (first parts) or beside them."""
    dash_after = end < len(doc) and DASHES.fullmatch(doc[end].text) is not None
    dash_before = start > 0 and DASHES.fullmatch(doc[start - 1].text) is not None
    if entry.form == FIRST_PART_ONLY:
        return dash_after
    if entry.form == COMPOUND_ONLY:
        return dash_after or dash_before
    return True


@cache
def gazetteer(code: str) -> Gazetteer:
    return Gazetteer(language(code))
