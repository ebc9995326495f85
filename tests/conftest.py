"""Shared fixtures: a temporary database and sample documents written by the tests themselves."""
from __future__ import annotations

from pathlib import Path

import pytest


def write_texts(folder: Path, texts: dict[str, str]) -> list[Path]:
    """Write each named text into the folder; the files' paths."""
    paths = [folder / name for name in texts]
    for path, text in zip(paths, texts.values()):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def db(tmp_path):
    return tmp_path / "test.db"


@pytest.fixture
def corpus(tmp_path):
    """A folder with a few good documents in four languages."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {
        "en.txt": "Brussels, 3 May 2023\n\nThe Foreign Minister of Belgium met her Dutch counterpart in The Hague "
                  "on Tuesday. Belgium and the Netherlands agreed to deepen cooperation on energy.",
        "fr.txt": "Paris, le 12 juin 2022\n\nLe ministre français des Affaires étrangères a rencontré son "
                  "homologue allemand à Berlin. La France condamne l'agression de l'Ukraine par la Russie.",
        "nl.txt": "Den Haag, 9 oktober 2024\n\nNederland steunt Oekraïne met 15 miljoen euro voor "
                  "energiezekerheid. De minister veroordeelde de Russische aanvallen.",
        "de.txt": "Berlin, 20. November 2023\n\nDeutschland wird der Ukraine weitere Luftverteidigungssysteme "
                  "liefern. Die Bundesregierung fordert Russland auf, seine Truppen abzuziehen.",
    }
    write_texts(folder, texts)
    return folder


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the expected records of the golden-file tests (review the diff).")
