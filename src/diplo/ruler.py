"""The matches of a trained pipeline's attribute ruler, found without spaCy's Matcher.

The ruler's patterns (tag to part of speech and morphology, and a few words)
are one or two tokens each, every attribute equal to a value, in or not in a
set, or matching a regular expression. `RulerMatches.match` finds what the
ruler's Matcher finds, in the same order, from the document's arrays: the
rules are indexed by a value they require, so each token is tried against the
few rules that may match it (the Matcher tries all 179 of English: a tenth of
spaCy's time). A ruler with any other kind of pattern keeps its Matcher.
"""
from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens._retokenize import set_token_attrs

INDEXED = ("LOWER", "TAG", "DEP", "POS", "IS_SPACE")  # a rule is indexed by what its first token requires
# of the first of these (a value, or the values of a set)


class Unsupported(ValueError):
    """A pattern that only spaCy's Matcher reads."""


class RulerMatches:
    def __init__(self, ruler) -> None:
        self.strings = ruler.vocab.strings
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.columns: list[str] = []
        self.tables: dict[int, dict[int, list[tuple]]] = {}  # column -> value -> the rules (number, key, each
        # token's tests) whose first token requires it, without that test
        self.others: list[tuple] = []  # rules that require no such value
        for i in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(i))[1]:
                tokens = [self._tests(spec) for spec in pattern]
                if not -len(tokens) <= ruler.indices[i] < len(tokens):
                    raise Unsupported("index")  # the ruler says which
                indexed = [test for test in tokens[0] if test[1] in ("==", "IN")]
                if not indexed:
                    self.others.append((i, self.strings[str(i)], tokens))
                    continue
                test = min(indexed, key=lambda test: INDEXED.index(self.columns[test[0]]))
                column, operator, values = test
                rule = (i, self.strings[str(i)], [[t for t in tokens[0] if t is not test], *tokens[1:]])
                for value in [values] if operator == "==" else values:  # the index does this test
                    self.tables.setdefault(column, {}).setdefault(value, []).append(rule)

    def _column(self, name: str) -> int:
        if name not in self.columns:
            self.columns.append(name)
        return self.columns.index(name)

    def _tests(self, spec: dict) -> list[tuple]:
        """A token's tests, as the Matcher reads them: (column, operator, value)."""
        tests = []
        for name, value in spec.items():
            if name not in INDEXED:
                raise Unsupported(name)
            column = self._column(name)
            if isinstance(value, bool):
                tests.append((column, "==", int(value)))
            elif isinstance(value, str):
                tests.append((column, "==", self.strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX"):
                [(operator, values)] = value.items()
                if operator == "REGEX":
                    tests.append((column, operator, re.compile(values)))
                else:
                    tests.append((column, operator, {get_string_id(v) for v in values}))
            else:
                raise Unsupported(name)
        return tests

    def _passes(self, row: list[int], tests: list[tuple]) -> bool:
        for column, operator, value in tests:
            found = row[column]
            if operator == "==":
                if found != value:
                    return False
            elif operator == "IN":
                if found not in value:
                    return False
            elif operator == "NOT_IN":
                if found in value:
                    return False
            elif not value.search(self.strings[found]):
                return False
        return True

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches (rule number, its key, start, end), sorted as `AttributeRuler.match` sorts them."""
        rows = doc.to_array(self.columns).reshape(len(doc), len(self.columns)).tolist()
        tables = list(self.tables.items())
        found = []
        for start, row in enumerate(rows):
            for rules in [table.get(row[column], ()) for column, table in tables] + [self.others]:
                for i, key, tokens in rules:
                    if self._fits(rows, start, tokens):
                        found.append((i, key, start, start + len(tokens)))
        found.sort()
        return found

    def set_annotations(self, doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's attributes on its token, as `AttributeRuler.set_annotations` does, without making a
        Span of each match."""
        for i, _, start, end in matches:
            index = self.indices[i]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[i])

    def _fits(self, rows: list[list[int]], start: int, tokens: list[list[tuple]]) -> bool:
        if len(tokens) == 1:
            return not tokens[0] or self._passes(rows[start], tokens[0])
        return start + len(tokens) <= len(rows) and all(self._passes(rows[start + k], tests)
                                                        for k, tests in enumerate(tokens))


def speed_up(ruler) -> None:
    """Let the ruler find its matches and set their attributes with RulerMatches, if it reads all its patterns."""
    try:
        matches = RulerMatches(ruler)
    except Unsupported:
        return
    ruler.match, ruler.set_annotations = matches.match, matches.set_annotations
