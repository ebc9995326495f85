#!/usr/bin/env python3
"""Rebuild diplo's Dutch and German tagger + dependency parser, src/diplo/models/<code>_ud, from the treebanks.

Maintainer tool. Reads the CoNLL-U sections of Universal Dependencies treebanks (CC BY-SA 4.0; the folder
named by --ud, by default ../shared/corpora/ud beside the repository), splits them as SPLITS says, trains
tools/parser.cfg (tok2vec, morphologizer, parser) with spaCy on one CPU thread, scores the result on the
held-out part, and copies the best model into the package with the scores in its meta.json. The same treebanks,
spaCy version and seed rebuild the same model.

    .venv/bin/python tools/train_parser.py nl de          # ~30 min a language on one core
    .venv/bin/python tools/train_parser.py de --score-only  # score the shipped model again
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")  # before numpy loads: one core, as the machine is shared

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tools" / "parser.cfg"
MODELS = ROOT / "src" / "diplo" / "models"
SEED = 0
DEV_EVERY = 10  # every tenth training sentence (the fifth of ten) picks the best checkpoint; it is not trained on
SENTENCES_PER_DOC = 10
WORD = re.compile(r"^\d+\t", re.M)  # a word line of CoNLL-U (not a contraction's range)


@dataclass(frozen=True)
class Source:
    """One CoNLL-U file of a treebank, and which of its sentences are held out to score the model."""
    treebank: str
    file: str
    held_out: str  # "all", "none" or "tenth" (every tenth sentence, the last of ten)


SPLITS: dict[str, list[Source]] = {
    # Alpino (news) test is held out whole; Alpino dev and LassySmall (Wikipedia, manuals) train.
    "nl": [Source("UD_Dutch-Alpino", "nl_alpino-ud-dev.conllu", "none"),
           Source("UD_Dutch-Alpino", "nl_alpino-ud-test.conllu", "all"),
           Source("UD_Dutch-LassySmall", "nl_lassysmall-ud-dev.conllu", "none"),
           Source("UD_Dutch-LassySmall", "nl_lassysmall-ud-test.conllu", "none")],
    # GSD (news, reviews, wikis) is the only German treebank here: a tenth of each section is held out.
    "de": [Source("UD_German-GSD", "de_gsd-ud-dev.conllu", "tenth"),
           Source("UD_German-GSD", "de_gsd-ud-test.conllu", "tenth")],
}


def sentences(path: Path) -> list[str]:
    """The sentence blocks of a CoNLL-U file, each with its comment lines."""
    return [block.strip("\n") + "\n" for block in path.read_text(encoding="utf-8").split("\n\n") if block.strip()]


def split(code: str, ud: Path) -> dict[str, list[str]]:
    """The train, dev and held-out sentences of a language."""
    parts: dict[str, list[str]] = {"train": [], "dev": [], "held-out": []}
    trained = 0
    for source in SPLITS[code]:
        for i, sentence in enumerate(sentences(ud / source.treebank / source.file)):
            if source.held_out == "all" or source.held_out == "tenth" and i % 10 == 9:
                parts["held-out"].append(sentence)
                continue
            parts["dev" if trained % DEV_EVERY == 4 else "train"].append(sentence)
            trained += 1
    return parts


def write_corpus(code: str, blocks: list[str], path: Path) -> Path:
    """A .spacy file of CoNLL-U sentences; contractions ('im' = 'in dem') stay one token, as spaCy writes them."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    docs = conllu_to_docs("\n".join(blocks), n_sents=SENTENCES_PER_DOC, merge_subtokens=True, no_print=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    path.with_suffix(".conllu").write_text("\n".join(blocks), encoding="utf-8")
    return path


def train(code: str, corpus: dict[str, Path], out: Path) -> Path:
    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(corpus["train"]), "paths.dev": str(corpus["dev"]), "nlp.lang": code,
                 "system.seed": SEED}
    spacy_train(CONFIG, out, overrides=overrides, use_gpu=-1)
    return out / "model-best"


def score(model: Path, held_out: Path, code: str) -> dict:
    """Held-out UPOS, features, UAS/LAS of the model, and the accuracy of simplemma's lemmas (diplo's lemmas)."""
    import spacy
    import simplemma
    from spacy.training import Corpus

    nlp = spacy.load(model)
    examples = list(Corpus(str(held_out))(nlp))
    scores = nlp.evaluate(examples)
    words = [t for eg in examples for t in eg.reference if t.is_alpha]
    lemmas = sum(simplemma.lemmatize(t.text, lang=code) == t.lemma_ for t in words) / len(words)
    return {"tokens": sum(len(eg.reference) for eg in examples), "sentences": sum(len(list(eg.reference.sents))
            for eg in examples), "pos_acc": scores["pos_acc"], "morph_acc": scores["morph_acc"],
            "dep_uas": scores["dep_uas"], "dep_las": scores["dep_las"], "simplemma_lemma_acc": lemmas,
            "las_per_type": {k: round(v["f"], 3) for k, v in sorted(scores["dep_las_per_type"].items())}}


def install(code: str, model: Path, scores: dict, sizes: dict[str, int]) -> Path:
    """Copy the model into the package, with its sources and scores in meta.json."""
    target = MODELS / f"{code}_ud"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(model, target)
    meta = json.loads((target / "meta.json").read_text())
    meta.update(name="ud", version="1.0.0", description="diplo's tagger and dependency parser, trained by "
                "tools/train_parser.py", license="CC BY-SA 4.0", author="diplo",
                sources=[{"name": s.treebank, "url": f"https://github.com/UniversalDependencies/{s.treebank}",
                          "license": "CC BY-SA 4.0"} for s in {s.treebank: s for s in SPLITS[code]}.values()],
                held_out=scores, training_tokens=sizes)
    meta.pop("performance", None)
    (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    config = (target / "config.cfg").read_text()  # the build folder is no part of the model
    (target / "config.cfg").write_text(re.sub(r'^(train|dev) = ".*"$', r"\1 = null", config, flags=re.M))
    return target


def corpus_folder(code: str) -> Path:
    return ROOT / "build" / "ud" / code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="+", choices=sorted(SPLITS))
    parser.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "corpora" / "ud")
    parser.add_argument("--score-only", action="store_true", help="score the installed model on the held-out part")
    args = parser.parse_args()
    for code in args.languages:
        folder = corpus_folder(code)
        folder.mkdir(parents=True, exist_ok=True)
        parts = split(code, args.ud)
        corpus = {name: write_corpus(code, blocks, folder / f"{name}.spacy") for name, blocks in parts.items()}
        sizes = {name: sum(len(WORD.findall(b)) for b in blocks) for name, blocks in parts.items()}
        model = MODELS / f"{code}_ud" if args.score_only else train(code, corpus, folder / "output")
        scores = score(model, corpus["held-out"], code)
        print(json.dumps({code: scores}, indent=1))
        if not args.score_only:
            print("installed", install(code, model, scores, sizes))


if __name__ == "__main__":
    main()
