"""Reading diplo's knowledge files: tab-separated tables and language folders.

Language-neutral tables live in `diplo/data/`, per-language ones in
`diplo/lang/<code>/` (see docs/DATA.md). Users add rows with their own files
(`--knowledge FILE` or $DIPLO_KNOWLEDGE): sections named after the table and,
for per-language tables, the language (`[places.en]`, `[officeholders]`).
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BadKnowledgeFile, UnknownLanguage, UnreadableFile

if TYPE_CHECKING:
    from .actors.phrases import Spelling

PACKAGE = resources.files("diplo")
USER_FILES_VARIABLE = "DIPLO_KNOWLEDGE"


def read_table(path: Path | str) -> list[dict[str, str]]:
    """Rows of a TSV table with a header line; `#` comments and blank lines skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) > len(header):
                raise BadKnowledgeFile(path=path, line=number,
                                       detail=f"{len(cells)} fields where the header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            rows.append({name: value.strip() for name, value in zip(header, cells)})
    return rows


def user_rows(table: str) -> list[dict[str, str]]:
    """Rows for `table` from the user's knowledge files (DIPLO_KNOWLEDGE, `:`-separated)."""
    rows: list[dict[str, str]] = []
    for path in filter(None, os.environ.get(USER_FILES_VARIABLE, "").split(os.pathsep)):
        rows.extend(_user_file(path).get(table, []))
    return rows


@cache
def _user_file(path: str) -> dict[str, list[dict[str, str]]]:
    """A user's knowledge file: sections `[table]` (`[places.en]`, `[officeholders]`), each a header line
    and rows in that table's format (docs/DATA.md)."""
    tables: dict[str, list[dict[str, str]]] = {}
    section, header = None, None
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:  # a file named in $DIPLO_KNOWLEDGE that is not there
        raise UnreadableFile(source=path, detail=error.strerror or str(error)) from None
    with handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("[") and line.rstrip().endswith("]"):
                section, header = line.strip()[1:-1].strip(), None
            elif section is None:
                raise BadKnowledgeFile(path=path, line=number, detail="rows must follow a [table] line")
            elif header is None:
                header = line.split("\t")
                missing = [c for c in _builtin_header(section) if c not in header]
                if missing:  # '[places.en]' with 'code type' and no 'form' would fail every document
                    raise BadKnowledgeFile(path=path, line=number, detail=f"the [{section}] table needs the "
                                           f"column{'s' * (len(missing) > 1)} {', '.join(missing)}")
            else:
                cells = line.split("\t") + [""] * len(header)
                tables.setdefault(section, []).append({h: c.strip() for h, c in zip(header, cells)})
    return tables


@cache
def _builtin_header(section: str) -> tuple[str, ...]:
    """The columns of diplo's own table a user's section adds rows to ('places.en', 'officeholders')."""
    name, _, code = section.partition(".")
    path = PACKAGE / "lang" / code / f"{name}.tsv" if code else PACKAGE / "data" / f"{name}.tsv"
    if not path.is_file():
        return ()
    with open(path, encoding="utf-8") as handle:
        return next((tuple(line.rstrip("\n").split("\t")) for line in handle
                     if line.strip() and not line.startswith("#")), ())


def data_table(name: str) -> list[dict[str, str]]:
    """A language-neutral table from `diplo/data/` plus the user's rows for it."""
    path = PACKAGE / "data" / f"{name}.tsv"
    rows = read_table(path) if path.is_file() else []
    return rows + user_rows(name)


@cache
def ontology() -> dict:
    """The PLOVER ontology (types, quad classes, scores, modes, contexts) from `data/plover.json`."""
    return json.loads((PACKAGE / "data" / "plover.json").read_text(encoding="utf-8"))


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a knowledge folder."""
    lang_dir = PACKAGE / "lang"
    return tuple(sorted(p.name for p in lang_dir.iterdir() if (p / "language.toml").is_file()))


@dataclass(frozen=True)
class LanguageData:
    """Everything diplo knows about one language, read lazily from its folder."""

    code: str
    folder: Path = field(repr=False)

    @cached_property
    def config(self) -> dict:
        with open(self.folder / "language.toml", "rb") as handle:
            return tomllib.load(handle)

    def table(self, name: str) -> list[dict[str, str]]:
        """A per-language table plus the user's rows for `<name>.<code>`."""
        return self._table(name)

    @cache
    def _table(self, name: str) -> list[dict[str, str]]:
        path = self.folder / f"{name}.tsv"
        rows = read_table(path) if path.is_file() else []
        return rows + user_rows(f"{name}.{self.code}")

    @cached_property
    def cues(self) -> dict[str, list[dict[str, str]]]:
        """Cue rows grouped by kind."""
        grouped: dict[str, list[dict[str, str]]] = {}
        for row in self.table("cues"):
            grouped.setdefault(row["kind"], []).append(row)
        return grouped

    @cache
    def cue_forms(self, kind: str) -> frozenset[str]:
        """The lower-cased forms of one kind of cue."""
        return frozenset(row["form"].lower() for row in self.cues.get(kind, []))

    @cache
    def cue(self, kind: str) -> CueMatcher:
        """A matcher for one kind of cue, honouring each row's `match` (lemma, lower, phrase, suffix)."""
        return CueMatcher(self.cues.get(kind, []))


PHRASE_TOKENS = re.compile(r"\w+['’]|['’]\w+|[^\W\d_]+(?:-[^\W\d_]+)*|\S")
WORDS = "diplo.words"  # where a document keeps its Words


@dataclass(frozen=True)
class Words:
    """What cues and phrase tables match, for each token of a document: its text, its lower case (one kind of
    apostrophe), its lemma in lower case, and whether it is an adverb. Read once per document: spaCy makes a new
    string each time."""

    texts: list[str]
    lowers: list[str]
    lemmas: list[str]
    adverbs: list[bool]

    @staticmethod
    def of(doc) -> Words:
        if WORDS not in doc.user_data:
            tokens = list(doc)
            doc.user_data[WORDS] = Words([t.text for t in tokens], [t.lower_.replace("’", "'") for t in tokens],
                                         [t.lemma_.lower() for t in tokens], [t.pos_ == "ADV" for t in tokens])
        return doc.user_data[WORDS]

    @cached_property
    def spelling(self) -> Spelling:
        """The tokens as the phrase tables of actors read them."""
        from .actors.phrases import Spelling

        return Spelling.of(self.texts)


def _positions(tokens) -> tuple[Words | None, Sequence[int]]:
    """The Words of the document of a Doc, a Span or a list of tokens, and the tokens' indexes."""
    from spacy.tokens import Doc, Span

    if isinstance(tokens, Doc):
        return Words.of(tokens), range(len(tokens))
    if isinstance(tokens, Span):
        return Words.of(tokens.doc), range(tokens.start, tokens.end)
    tokens = list(tokens)
    return (Words.of(tokens[0].doc) if tokens else None), [t.i for t in tokens]


class CueMatcher:
    """Finds one kind of cue among tokens: by lemma, by lower-cased text, as a phrase, or by suffix."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.lemmas = {r["form"].lower() for r in rows if r.get("match", "lemma") == "lemma" and " " not in r["form"]}
        self.lowers = {r["form"].lower() for r in rows if r.get("match") == "lower"}
        self.suffixes = tuple(r["form"].lower().lstrip("-") for r in rows if r.get("match") == "suffix")
        phrases = [tuple(PHRASE_TOKENS.findall(r["form"].lower().replace("’", "'"))) for r in rows
                   if r.get("match") == "phrase" or (r.get("match", "lemma") == "lemma" and " " in r["form"])]
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for phrase in filter(None, phrases):
            self.phrases.setdefault(phrase[0], []).append(phrase)

    def token(self, token) -> bool:
        """Does this single token match (by lemma, text or suffix)?"""
        return self._single(Words.of(token.doc), token.i)

    def _single(self, words: Words, i: int) -> bool:
        lower = words.lowers[i]
        return (lower in self.lowers or words.lemmas[i] in self.lemmas or lower in self.lemmas
                or bool(self.suffixes) and lower.endswith(self.suffixes))

    def spans(self, tokens) -> list[tuple[int, int]]:
        """Token index ranges [start, end) of every match in the sequence. Adverbs inside a phrase
        are skipped ('it is also time' matches 'it is time')."""
        words, positions = _positions(tokens)
        single = [i for i in positions if self._single(words, i)]
        return [(i, i + 1) for i in single] + self._phrase_spans(words, positions, set(single))

    def _phrase_spans(self, words: Words | None, positions: Sequence[int], single: set[int]) -> list[tuple[int, int]]:
        if not self.phrases or words is None or not any(words.lowers[i] in self.phrases
                                                        or words.lemmas[i] in self.phrases for i in positions):
            return []
        found = []
        kept = [i for i in positions if not words.adverbs[i] or i in single]
        lowers = [words.lowers[i] for i in kept]
        lemmas = [words.lemmas[i] for i in kept]
        for i, (lower, lemma) in enumerate(zip(lowers, lemmas)):
            for phrase in self.phrases.get(lower, []) + (self.phrases.get(lemma, []) if lemma != lower else []):
                n = len(phrase)
                if tuple(lowers[i:i + n]) == phrase or tuple(lemmas[i:i + n]) == phrase:
                    found.append((kept[i], kept[i + n - 1] + 1))
        return found

    def within(self, tokens) -> bool:
        """Does any token, or any run of tokens, of the sequence match?"""
        words, positions = _positions(tokens)
        return any(self._single(words, i) for i in positions) or bool(self._phrase_spans(words, positions, set()))


@cache
def language(code: str) -> LanguageData:
    """The knowledge folder of one language."""
    folder = Path(str(PACKAGE / "lang" / code))
    if not (folder / "language.toml").is_file():
        raise UnknownLanguage(code=code)
    return LanguageData(code, folder)
