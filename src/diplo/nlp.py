"""Loading the spaCy pipeline for a language: a trained one, or the rule tier.

The language's `language.toml` names its pipeline. Languages without a
trained pipeline get spaCy's blank tokenizer, punctuation-based sentences and
lemmas from simplemma. Every pipeline also starts a sentence at each line
break, so headings and datelines stay sentences of their own.
"""
from __future__ import annotations

import sys
import types
from functools import cache, lru_cache


def _import_spacy() -> None:
    """Import spaCy without its command line: its package imports `spacy.cli` (typer, requests, jinja2, …: 0.15 s
    of CPU in every process that parses) only to offer `spacy.info`, which diplo never calls. Stand-ins for
    `spacy.cli` and `spacy.cli.info` are in `sys.modules` while spaCy is imported, and removed after it, so
    `spacy.info()` and any later `import spacy.cli` load the real ones; if spaCy wants more of its command line
    than that, it is imported as it is."""
    if "spacy" in sys.modules:
        return
    stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = _spacy_info
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    except ImportError:
        _removed(stand_ins)
        import spacy  # noqa: F401,F811
    finally:
        _removed(stand_ins)


def _removed(stand_ins: dict[str, types.ModuleType]) -> None:
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


_import_spacy()

import numpy  # noqa: E402
import spacy  # noqa: E402 - after _import_spacy
from spacy.language import Language  # noqa: E402
from spacy.lang.en.lemmatizer import EnglishLemmatizer  # noqa: E402
from spacy.lang.fr.lemmatizer import FrenchLemmatizer  # noqa: E402
from spacy.symbols import IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from thinc.api import NumpyOps, set_current_ops  # noqa: E402

from . import ruler  # noqa: E402
from .knowledge import language  # noqa: E402

OPENING_QUOTES = set("“‘«„‚\"'")
DATELINE_DASHES = {"—", "–", "--"}
DATELINE_TOKENS = 8
MAX_CHUNK_CHARS = 100_000
KNOWN_LEMMAS = 100_000  # lemmas a worker keeps (words, parts of speech and morphologies: a few MB)
YEAR_FULL_STOP = r"(?<=\b(?:1[89]|20)\d\d)\."  # the full stop after a year ends a sentence


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (wrapped prose was joined at ingest); blank space never starts one. Only the
    tokens that are blank space or follow blank space or a dash can change; the sentence starts are read and
    written as one array (setting `Token.is_sent_start` reads the whole document each time)."""
    spaces, texts, starts = doc.to_array([IS_SPACE, ORTH, SENT_START]).reshape(len(doc), 3).T
    dashes = numpy.isin(texts, [doc.vocab.strings[dash] for dash in DATELINE_DASHES])
    changing = (numpy.flatnonzero(spaces[1:] | spaces[:-1] | dashes[:-1]) + 1).tolist()
    spaces, dashes = spaces.tolist(), dashes.tolist()
    starts = starts.astype(numpy.int64).tolist()  # 1 starts a sentence, -1 does not, 0 unknown
    for i in changing:
        if spaces[i] and starts[i] == 1:
            starts[i] = -1
            if i + 1 < len(doc):
                starts[i + 1] = 1
        elif spaces[i - 1] and "\n" in doc[i - 1].text:
            starts[i] = 1
        elif dashes[i - 1] and _opens_line_with_place(doc, i - 1):
            starts[i] = 1  # "BRUSSELS — European Union foreign ministers …"
    doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64))
    return doc


def _opens_line_with_place(doc: Doc, dash: int) -> bool:
    """Is the dash preceded, from the line's start, only by a short capitalised dateline?"""
    start = dash
    while start > 0 and not doc[start - 1].is_space and dash - start < DATELINE_TOKENS:
        start -= 1
    words = [t for t in doc[start:dash] if t.is_alpha]
    return bool(words) and (start == 0 or doc[start - 1].is_space) and all(t.is_upper or t.is_title for t in words)


@Language.component("opening_quotes")
def opening_quotes(doc: Doc) -> Doc:
    """An opening quotation mark left at the end of a sentence belongs to the next one."""
    for token in doc[1:-1]:
        if token.text in OPENING_QUOTES and doc[token.i + 1].is_sent_start and not token.whitespace_:
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=200_000)
def simplemma_lemma(text: str, code: str) -> str:
    import simplemma

    return simplemma.lemmatize(text, lang=code)


class SimplemmaLemmatizer:
    """Lemmas from simplemma's bundled dictionaries, for languages without a trained pipeline."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = simplemma_lemma(token.text, self.code) if token.is_alpha else token.text
        return doc


@Language.factory("simplemma_lemmatizer")
def make_simplemma_lemmatizer(nlp: Language, name: str) -> SimplemmaLemmatizer:
    return SimplemmaLemmatizer(nlp.lang)


class KnownLemmas:
    """A trained pipeline's rule lemmatizer, which it replaces: each lemma is computed by it once per word, part of
    speech and morphology (what its English and French rules read), and written with the others as one array."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), 4)
                                                      .tolist()):
            if lemma == 0:  # not set by the attribute ruler
                lemma = self.known.get((orth, pos, morph))
                if lemma is None:
                    if len(self.known) >= KNOWN_LEMMAS:
                        self.known.clear()
                    lemma = self.known[orth, pos, morph] = doc.vocab.strings.add(
                        self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        return doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))


@Language.factory("known_lemmas")
def make_known_lemmas(nlp: Language, name: str) -> KnownLemmas:
    return KnownLemmas(nlp.get_pipe("lemmatizer"))


@cache
def load(code: str) -> Language:
    """The pipeline of one language, loaded once per process. Its networks multiply matrices with numpy's BLAS,
    not thinc's default blis, whose wheel has only its generic kernel: that is 2.5 times slower, a quarter of
    spaCy's time. The results differ only in the last bits of the floats, and no tag, parse, lemma or entity
    of the dev, held-out and long benchmark documents changes."""
    set_current_ops(NumpyOps(use_blis=False))
    config = language(code).config
    if config.get("pipeline", "blank") == "blank":
        nlp = spacy.blank(code)
        suffixes = [*nlp.Defaults.suffixes, YEAR_FULL_STOP]  # "im Juni 2024. Der Minister …": not an ordinal
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_breaks")
        nlp.add_pipe("opening_quotes")
        nlp.add_pipe("simplemma_lemmatizer")
    else:
        nlp = spacy.load(config["pipeline"], exclude=["senter"])  # disabled in the package: sentences are set here
        nlp.add_pipe("sentencizer", before="parser")
        nlp.add_pipe("line_breaks", before="parser")
        nlp.add_pipe("opening_quotes", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            ruler.speed_up(nlp.get_pipe("attribute_ruler"))
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if type(lemmatizer) in (EnglishLemmatizer, FrenchLemmatizer) and lemmatizer.mode == "rule" \
                and not lemmatizer.overwrite:
            nlp.add_pipe("known_lemmas", after="lemmatizer")
            nlp.disable_pipe("lemmatizer")
    for form in (row["form"] for row in language(code).cues.get("honorific", [])):
        if form.endswith(".") and " " not in form:  # 'Mag. Christian Kern': the honorific stays one token
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.max_length = 2 * MAX_CHUNK_CHARS
    return nlp


def chunks(text: str) -> list[str]:
    """Pieces of at most MAX_CHUNK_CHARS, cut at paragraph breaks, that join back to `text`."""
    if len(text) <= MAX_CHUNK_CHARS:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + MAX_CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + MAX_CHUNK_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        pieces.append(text[start:end])
        start = end
    return pieces


def parse(code: str, texts: list[str], batch_size: int = 32) -> list[Doc]:
    """One Doc per text; long texts are parsed in pieces and joined."""
    nlp = load(code)
    pieces = [(i, piece) for i, text in enumerate(texts) for piece in chunks(text)]
    parsed: list[list[Doc]] = [[] for _ in texts]
    for (i, _), doc in zip(pieces, nlp.pipe((p for _, p in pieces), batch_size=batch_size)):
        parsed[i].append(doc)
    return [docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False) for docs in parsed]
