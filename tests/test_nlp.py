"""The spaCy pipelines as diplo loads them."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplo import nlp
from diplo.ruler import RulerMatches

HELDOUT = Path(__file__).parents[1] / "bench" / "heldout"
RARE = ("Gon na do it, y'all, let 's go: there is nothin' we ai n't got ta try. I said it is what you gave me, "
        "and that it was him who did. Does he have it? He had been there.\n\n \nThat one is not the one.")


@pytest.mark.parametrize("code, names", [("en", ["h000.txt", "h002.txt", "h004.txt"]), ("fr", ["h006.txt"])])
def test_the_attribute_ruler_does_what_spacys_does(code, names):
    pipeline = nlp.load(code)
    ruler = pipeline.get_pipe("attribute_ruler")
    texts = [RARE, ""] + [(HELDOUT / name).read_text(encoding="utf-8") for name in names]
    with pipeline.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(pipeline.pipe(texts))
    assert ruler.match.__self__.__class__ is RulerMatches
    for doc in docs:
        assert ruler.match(doc) == type(ruler).match(ruler, doc)
        ours, spacys = ruler(doc.copy()), doc.copy()
        type(ruler).set_annotations(ruler, spacys, type(ruler).match(ruler, spacys))
        assert ours.to_bytes() == spacys.to_bytes()


@pytest.mark.parametrize("code, names", [("en", ["h000.txt", "h002.txt"]), ("fr", ["h006.txt", "h007.txt"])])
def test_known_lemmas_are_the_lemmatizers(code, names):
    pipeline = nlp.load(code)
    texts = [RARE, ""] + [(HELDOUT / name).read_text(encoding="utf-8") for name in names]
    with pipeline.select_pipes(disable=["known_lemmas", "ner"]):
        docs = list(pipeline.pipe(texts))
    assert "lemmatizer" in pipeline.disabled
    for doc in docs:
        known, computed = pipeline.get_pipe("known_lemmas")(doc.copy()), pipeline.get_pipe("lemmatizer")(doc.copy())
        assert [t.lemma_ for t in known] == [t.lemma_ for t in computed]
