"""The dated knowledge file of office-holders: who held which office when."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..dates import When
from ..knowledge import data_table


NOT_NAME = re.compile(r"[^a-z0-9]+")
# Roles held in a national government: with one of these, a person's national office is meant.
NATIONAL_ROLES = {"minister", "foreign_minister", "head_of_government", "deputy_head_of_government", "head_of_state"}


@dataclass(frozen=True, slots=True)
class Office:
    name: str
    code: str
    role: str
    title: str
    start: str
    end: str | None

    def covers(self, when: When) -> bool:
        """Did the office run at any time within the (possibly partial) date?"""
        low, high = when.iso(), when.iso() + "\uffff"
        return self.start <= high and (self.end is None or self.end >= low)


def name_key(name: str) -> frozenset[str]:
    """Order-, case- and accent-blind form of a name ("IWAYA Takashi" = "Takashi Iwaya"), without initials."""
    text = name.casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return frozenset(w for w in NOT_NAME.split(text) if len(w) > 1 or w.isdigit())


class OfficeHolders:
    """Offices indexed by every spelling of their holders' names."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_name: dict[frozenset[str], list[Office]] = {}
        self.spellings: dict[str, set[str]] = {}
        for row in rows:
            office = Office(row["name"], row["code"], row["role"], row["title"], row["start"], row["end"] or None)
            names = [row["name"], *filter(None, row.get("aliases", "").split("|"))]
            self.spellings.setdefault(row["name"], set()).update(n.strip() for n in names)
            for spelling in names:
                self.by_name.setdefault(name_key(spelling), []).append(office)

    def offices(self, name: str, roles: set[str] = frozenset()) -> list[Office]:
        """Offices of the person with this name, or of the one person whose name contains it ('Le Drian') or is
        contained in it ('Riek Machar Teny'), or the one of them who held an office of these roles ('Koning Filip')."""
        key = name_key(name)
        exact = self.by_name.get(key)
        if exact or not key:
            return exact or []
        holders = self._containing(key) or self._contained(key)
        if len(holders) > 1:
            holders = {n: offices for n, offices in holders.items() if any(o.role in roles for o in offices)}
        return next(iter(holders.values())) if len(holders) == 1 else []

    @lru_cache(maxsize=10_000)
    def _containing(self, key: frozenset[str]) -> dict[str, list[Office]]:
        """The offices of each person one of whose names contains this one, by name."""
        return {o.name: offices for k, offices in self.by_name.items() if key < k for o in offices}

    @lru_cache(maxsize=10_000)
    def _contained(self, key: frozenset[str]) -> dict[str, list[Office]]:
        """The offices of each person a name of whom, of two words or more, the given name contains ('Mahamat Idriss
        Déby Itno', 'Riek Machar Teny': names written longer than the file's)."""
        return {o.name: offices for k, offices in self.by_name.items() if len(k) >= 2 and k < key for o in offices}

    def full_name(self, name: str) -> str | None:
        offices = self.offices(name)
        return offices[0].name if offices else None

    def office_at(self, name: str, when: When | None, roles: set[str] = frozenset()) -> Office | None:
        """The person's office on the date; without a date, the one office the roles the text gives
        ('Minister of Foreign Affairs') or the person's only side allow."""
        offices = self.offices(name, roles)
        if when is not None:
            current = [o for o in offices if o.covers(when)]
            if current:
                return _fitting(current, roles)[0]
        fitting = _fitting(offices, roles)
        codes = {o.code.split(".")[0] for o in fitting}
        return max(fitting, key=lambda o: o.start) if len(codes) == 1 else None


LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})


@lru_cache(maxsize=64)
def leaders_by_surname(holders: OfficeHolders, day: str) -> dict[str, tuple[str, str]]:
    """The heads of state and government in office on a day, by the last word of each spelling of their name
    ('putin', 'poetin'): (full name, country); a surname two of them share names neither."""
    found: dict[str, set[tuple[str, str]]] = {}
    when = When.parse(day)
    for offices in holders.by_name.values():
        for office in offices:
            if office.role in LEADER_ROLES and "." not in office.code and office.covers(when):
                for spelling in holders.spellings[office.name]:
                    found.setdefault(spelling.split()[-1].casefold(), set()).add((office.name, office.code))
    return {surname: next(iter(named)) for surname, named in found.items() if len(named) == 1}


def _fitting(offices: list[Office], roles: set[str]) -> list[Office]:
    """The offices the text's titles name ('Bundespräsident' of a president who also chairs the OSCE that
    year), else the national ones when a national title is given, else all."""
    national = [o for o in offices if "." not in o.code] if roles & NATIONAL_ROLES else []
    return [o for o in offices if o.role in roles] or national or offices


@cache
def officeholders() -> OfficeHolders:
    return OfficeHolders(data_table("officeholders"))
