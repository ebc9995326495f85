"""Extraction on a Dask cluster of two local workers gives the records of the local path, failures included;
the Parquet dataset of records loads back into a store losslessly; a lost batch costs only its failing
document."""
from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor

import pytest

from diplo import api, pipeline
from diplo.export.record import record_to_dict
from diplo.records import Document, Failure
from diplo.store import Store

from conftest import write_texts

distributed = pytest.importorskip("distributed", reason="the cluster extra (Dask) is not installed")

PLACES = [("Brussels", "Belgium", "Japan"), ("Paris", "France", "Morocco"), ("The Hague", "The Netherlands", "Moldova"),
          ("Berlin", "Germany", "Ukraine"), ("Stockholm", "Sweden", "India"), ("Dublin", "Ireland", "Sudan")]
TEMPLATES = {
    "en": "{city}, {day} May 2024\n\n{a} and {b} signed an agreement on energy. The minister of {a} condemned the "
          "attacks and said: \"We stand with {b}.\" {a} will give 5 million euros to {b} by 2026.",
    "fr": "{city}, le {day} mai 2024\n\nLa France a rencontré le Maroc. Le ministre a condamné les attaques contre "
          "l'Ukraine et a promis 3 millions d'euros.",
    "nl": "Den Haag, {day} mei 2024\n\nNederland steunt Moldavië met 15 miljoen euro. De minister veroordeelde de "
          "Russische aanvallen op Oekraïne.",
    "de": "Berlin, {day}. Mai 2024\n\nDeutschland wird der Ukraine weitere Hilfe liefern. Die Bundesregierung "
          "fordert Russland auf, seine Truppen abzuziehen.",
}


def generated_corpus(folder):
    """Twenty-four documents in four languages, a JSON lines file, and broken files among them."""
    folder.mkdir()
    texts = {f"{n:02d}-{lang}.txt": template.format(city=city, a=a, b=b, day=n + 1)
             for n, ((city, a, b), (lang, template)) in enumerate(
                 (place, item) for place in PLACES for item in TEMPLATES.items())}
    texts["24-lines.jsonl"] = "\n".join([json.dumps({"text": TEMPLATES["en"].format(city="Rome", a="Italy", b="Chad",
                                                                                      day=9), "published": "2024-05-09"}),
                                         "{not json", json.dumps({"title": "no text"})]) + "\n"
    texts["25-empty.txt"] = ""
    texts["27-table.xlsx"] = "not a format diplo reads"
    write_texts(folder, texts)
    (folder / "26-binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "28-dangling.txt").symlink_to(folder / "nowhere.txt")
    return folder


@pytest.fixture(scope="module")
def cluster():
    """The address of a Dask cluster of two worker processes on this machine."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=logging.ERROR) as local:
        yield local.scheduler_address


def shape(results) -> list:
    return [("failed", r.message) if isinstance(r, Failure) else record_to_dict(r) for r in results]


def ids(results: list, inside: str = "") -> list[str]:
    return [r["document"]["id"] for r in results if isinstance(r, dict) and inside in r["document"]["source"]]


def test_cluster_records_are_the_local_records_failures_included(cluster, tmp_path):
    corpus = generated_corpus(tmp_path / "corpus")
    paths = api.sample_paths() + [corpus]
    local = shape(api.extract(paths))
    assert len(ids(local)) == len(api.sample_paths()) + 24 + 1
    assert sum(isinstance(r, tuple) for r in local) == 6
    assert shape(api.extract(paths, cluster=cluster)) == local
    assert ids(shape(api.extract([corpus.as_uri()], cluster=cluster))) == ids(local, str(corpus))


def test_ingest_on_a_cluster_stores_what_a_local_ingest_stores_and_resumes(cluster, tmp_path, corpus):
    local, remote = tmp_path / "local.db", tmp_path / "remote.db"
    paths = api.sample_paths() + [corpus]
    samples = len(api.sample_paths())
    assert api.ingest(paths, db=local).ingested == samples + 4
    half = api.ingest(api.sample_paths(), db=remote, cluster=cluster)
    rest = api.ingest(paths, db=remote, cluster=cluster)
    assert (half.ingested, rest.ingested, rest.duplicates) == (samples, 4, samples)
    with Store(local) as a, Store(remote) as b:
        assert sorted(a.document_ids()) == sorted(b.document_ids())
        assert all(a.load(d) == b.load(d) for d in a.document_ids())


def test_a_dataset_of_records_loads_into_a_store_unchanged(cluster, tmp_path, corpus):
    folder = tmp_path / "dataset"
    paths = api.sample_paths() + [corpus]
    count = len(api.sample_paths()) + 4
    first = api.write_dataset(paths, folder, cluster=cluster)
    again = api.write_dataset(paths, folder, cluster=cluster)
    assert (first.ingested, again.ingested, again.duplicates) == (count, 0, count)
    assert sorted(p.name for p in (folder / "events").iterdir()) == ["language=de", "language=en", "language=fr",
                                                                    "language=nl"]
    assert (folder / "documents" / "language=fr" / "month=2022-06").is_dir()
    direct, loaded = tmp_path / "direct.db", tmp_path / "loaded.db"
    api.ingest(paths, db=direct)
    assert api.ingest([folder], db=loaded).ingested == count
    with Store(direct) as a, Store(loaded) as b:
        assert all(a.load(d) == b.load(d) for d in a.document_ids())


def test_a_lost_batch_costs_only_the_document_that_fails(monkeypatch):
    real = pipeline.extract_batch

    def fragile(documents):
        if any("poison" in d.text for d in documents):
            raise MemoryError("the worker died")
        return real(documents)

    monkeypatch.setattr(pipeline, "extract_batch", fragile)
    documents = [Document(id=str(i), text=f"Belgium met Japan {'poison' if i == 3 else ''}.", source=f"d{i}",
                          language="en", supported=True) for i in range(20)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pipeline.extract(documents, 2, executor=pool))
    assert [isinstance(r, Failure) for r in results] == [i == 3 for i in range(20)]
    assert "analysis failed (MemoryError: the worker died)" in results[3].message
