"""Matching known phrases (names, titles, forms of address) against a text's tokens.

A phrase is tokenised with the language's own tokenizer, so it matches the
way documents are tokenised. Lookup is by lower-cased tokens; case is then
checked per phrase: an all-capitals token (an acronym such as `UN`, `VS`)
must match exactly, a capitalised one needs a capital in the text, a
lower-case one matches either.

A table holds tens of thousands of phrases, and a text can match few of them: a phrase waits untokenised
under the first characters of its letters without blank space (`fold`) until a text holds tokens whose
letters start the same way (the tokens that spell a phrase, joined, are its letters). Then the phrases
called for are tokenised together, as one text with a line break between two, which yields the same tokens
as one by one (the tokenizer reads what blank space separates on its own) for a fraction of the time.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from spacy.tokenizer import Tokenizer

Payload = TypeVar("Payload")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
DASHES = re.compile(r"[-‐‑–—]")
SEPARATOR = "\n"
WAITING_PREFIX = 6  # a phrase waits under this many characters of its fold (all of it when shorter)


def key(text: str) -> str:
    """The lookup form of a token: lower case, one kind of apostrophe."""
    return text.translate(APOSTROPHES).lower()


def fold(text: str) -> str:
    """The lookup form case-folded, so that it is the same for a text and its parts joined (a final sigma)."""
    return key(text).casefold()


def case_fits(form: str, text: str) -> bool:
    """Does a token of the text have the case the phrase's token asks for?"""
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return text.translate(APOSTROPHES) == form.translate(APOSTROPHES)
    if letters and form[0].isupper():
        return text[:1].isupper()
    return True


@dataclass(frozen=True, slots=True)
class Spelling:
    """A text's tokens as every table's `find` reads them: their lookup forms, and the distinct starts of the
    folded letters from each token on (what `_tokenise` is asked for), made once for all the tables."""

    words: list[str]
    keys: list[str]
    starts: list[str]

    @classmethod
    def of(cls, words: list[str]) -> Spelling:
        keys = [key(w) for w in words]
        folds = [k.casefold() for k in keys]
        starts = dict.fromkeys("".join(folds[i:i + WAITING_PREFIX])[:WAITING_PREFIX] for i in range(len(words)))
        return cls(words, keys, list(starts))


@dataclass(frozen=True, slots=True)
class Match(Generic[Payload]):
    """Tokens [start, end) of a text that spell a known phrase."""

    start: int
    end: int
    payloads: tuple[Payload, ...]


class PhraseTable(Generic[Payload]):
    """Phrases of one language, each with the payloads it stands for."""

    def __init__(self, tokenizer: Tokenizer, case_sensitive: bool = True) -> None:
        self.tokenizer = tokenizer
        self.case_sensitive = case_sensitive
        self.entries: dict[tuple[str, ...], list[tuple[tuple[str, ...], Payload]]] = {}
        self.lengths: dict[str, set[int]] = {}
        self.waiting: dict[str, list[tuple[str, Payload]]] = {}  # by WAITING_PREFIX characters of their fold
        self.called: set[str] = set()  # starts whose waiting phrases are tokenised already (none wait under them)

    def add_all(self, items: Iterable[tuple[str, Payload]]) -> None:
        self.called.clear()
        for form, payload in items:
            if prefix := fold("".join(form.split()))[:WAITING_PREFIX]:
                self.waiting.setdefault(prefix, []).append((form.strip(), payload))

    def _tokenise(self, starts: Iterable[str]) -> None:
        """Tokenise the waiting phrases whose fold may begin like one of these folded texts."""
        new = [start for start in dict.fromkeys(text[:WAITING_PREFIX] for text in starts) if start not in self.called]
        self.called.update(new)
        items = [item for text in new for n in range(1, len(text) + 1) for item in self.waiting.pop(text[:n], ())]
        offsets = list(accumulate((len(form) + len(SEPARATOR) for form, _ in items), initial=0))
        spellings: list[list[str]] = [[] for _ in items]
        for token in self.tokenizer(SEPARATOR.join(form for form, _ in items)):
            if not token.is_space:
                spellings[bisect_right(offsets, token.idx) - 1].append(token.text)
        for words, (_, payload) in zip(spellings, items):
            keys = tuple(map(key, words))
            self.entries.setdefault(keys, []).append((tuple(words), payload))
            self.lengths.setdefault(keys[0], set()).add(len(keys))

    def lookup(self, words: list[str]) -> tuple[Payload, ...]:
        """Payloads of phrases spelt exactly by `words` (case rules applied)."""
        self._tokenise(["".join(map(fold, words))])
        return self._spelt_by(words)

    def _spelt_by(self, words: list[str]) -> tuple[Payload, ...]:
        found = self.entries.get(tuple(map(key, words)), ())
        return tuple(p for forms, p in found if not self.case_sensitive or all(map(case_fits, forms, words)))

    def find(self, spelling: Spelling) -> list[Match[Payload]]:
        """Longest non-overlapping matches, left to right."""
        words, keys = spelling.words, spelling.keys
        self._tokenise(spelling.starts)
        matches: list[Match[Payload]] = []
        i = 0
        while i < len(words):
            hit = None
            for n in sorted(self.lengths.get(keys[i], ()), reverse=True):
                if i + n > len(words):
                    continue
                payloads = self._spelt_by(words[i:i + n])
                if payloads:
                    hit = Match(i, i + n, payloads)
                    break
            if hit:
                matches.append(hit)
                i = hit.end
            else:
                i += 1
        return matches
