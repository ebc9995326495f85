"""Shared fixtures: a temporary database and sample documents written by the tests themselves; a throwaway
PostgreSQL server (tools/pg_throwaway.py), so that the store's tests run on both engines."""
from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "tools"))
import pg_throwaway  # noqa: E402

ENGINES = ["sqlite", "postgresql"]
_names = itertools.count()


def write_texts(folder: Path, texts: dict[str, str]) -> list[Path]:
    """Write each named text into the folder; the files' paths."""
    paths = [folder / name for name in texts]
    for path, text in zip(paths, texts.values()):
        path.write_text(text, encoding="utf-8")
    return paths


@pytest.fixture
def db(tmp_path):
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server of this test process's own. Where none can be started, the tests that
    need one are skipped with the reason, except in CI, where they must run."""
    try:
        import psycopg  # noqa: F401

        with pg_throwaway.server() as url:
            yield url
    except (ImportError, pg_throwaway.NoServer) as error:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL cannot be started here: {error}")


def new_database(request, tmp_path_factory, engine: str) -> str:
    """An empty database of the engine: a file name in a new folder, or a new database on the test server."""
    if engine == "sqlite":
        return str(tmp_path_factory.mktemp("db") / "test.db")
    return pg_throwaway.database_url(request.getfixturevalue("pg_server"), f"test{next(_names)}")


@pytest.fixture(params=ENGINES)
def any_db(request, tmp_path_factory):
    """An empty database of each engine in turn."""
    return new_database(request, tmp_path_factory, request.param)


@pytest.fixture
def pg_db(request, tmp_path_factory):
    """An empty PostgreSQL database."""
    return new_database(request, tmp_path_factory, "postgresql")


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
