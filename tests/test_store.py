"""The store, on SQLite and on PostgreSQL: named migrations, lossless round trips, one transaction per document,
and each document stored once however many processes store it at once."""
from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from diplo import api
from diplo.records import Document, Record
from diplo.store import Store, migrations

from conftest import write_texts


def test_both_engines_have_the_same_named_migrations():
    names = [[name for name, _ in migrations(engine)] for engine in ("sqlite", "postgresql")]
    assert names[0] == names[1] and all(name[:4].isdigit() for name in names[0])


def test_migrations_are_named_and_applied_once(any_db):
    with Store(any_db) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM schema_migrations")]
        assert names == [name for name, _ in migrations(store.db.name)]
        assert store.migrate() == []


def test_processes_opening_a_new_database_at_once_migrate_it_once(pg_db):
    stores = []
    openers = [threading.Thread(target=lambda: stores.append(Store(pg_db))) for _ in range(3)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join()
    assert len(stores) == 3
    for store in stores:
        store.close()


def test_record_round_trip_is_lossless(any_db):
    path = api.sample_paths()[0]
    [record] = [r for r in api.extract([path]) if isinstance(r, Record)]
    with Store(any_db) as store:
        assert store.save(record)
        loaded = store.load(record.document.id)
    assert loaded.document == record.document
    assert loaded.sentences == record.sentences
    assert loaded.actors == record.actors
    assert loaded.mentions == record.mentions
    assert loaded.quotes == record.quotes
    assert loaded.figures == record.figures
    assert loaded.commitments == record.commitments
    assert sorted(loaded.topics) == sorted(record.topics)
    assert loaded.events == record.events


def test_a_failed_document_leaves_nothing_behind(any_db):
    [record] = [r for r in api.extract([api.sample_paths()[0]]) if isinstance(r, Record)]
    broken = Record(record.document, record.sentences, record.actors, record.mentions,
                    record.events, record.quotes, [None], record.commitments, record.topics)
    with Store(any_db) as store:
        with pytest.raises(Exception):
            store.save(broken)
        assert not store.has(record.document.id)
        assert store.db.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 0
        assert store.save(record)


def test_ingesting_twice_changes_nothing(corpus, any_db):
    first = api.ingest([corpus], db=any_db)
    with Store(any_db) as store:
        counts = [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "actors", "mentions", "events", "figures")]
    second = api.ingest([corpus], db=any_db)
    with Store(any_db) as store:
        again = [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("documents", "actors", "mentions", "events", "figures")]
    assert first.ingested == 4 and second.ingested == 0 and second.duplicates == 4
    assert counts == again


def test_full_text_search_finds_documents(corpus, db):
    api.ingest([corpus], db=db)
    with Store(db) as store:
        rows = store.db.execute("SELECT d.source FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                                "WHERE documents_fts MATCH 'energiezekerheid'").fetchall()
    assert [r[0].rsplit("/", 1)[-1] for r in rows] == ["nl.txt"]


def test_a_document_stored_by_two_processes_at_once_is_stored_once(any_db):
    document = Document(id="d1", text="Belgium and Japan signed an agreement.", source="d1.txt", language="en",
                        supported=True)
    with Store(any_db) as first, Store(any_db) as second:
        answers = []
        racer = threading.Thread(target=lambda: answers.append(second.save(Record(document))))
        with first.transaction() as db:
            db.execute("INSERT INTO documents(id, source, language, supported, text) VALUES (?, ?, ?, ?, ?)",
                       (document.id, "first.txt", "en", 1, document.text))
            racer.start()
            time.sleep(0.3)  # the second writer waits for the first to commit
            assert answers == []
        racer.join()
        assert answers == [False]
        assert [tuple(r) for r in first.db.execute("SELECT id, source FROM documents")] == [("d1", "first.txt")]


def test_concurrent_ingests_into_postgresql_store_every_document_once(pg_db, corpus, tmp_path):
    more = tmp_path / "more"
    more.mkdir()
    write_texts(more, {"again.txt": (corpus / "en.txt").read_text(encoding="utf-8"),
                       "new.txt": "Paris, 1 March 2024\n\nFrance and Japan held talks on trade."})
    command = [sys.executable, "-m", "diplo.cli", "ingest", "--workers", "1", "--db", pg_db]
    runs = [subprocess.Popen(command + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in (corpus, more, corpus)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    ingested = sum(int(out.split(" ingested")[0].split()[-1]) for out, _ in outputs)
    with Store(pg_db) as store:
        stored = store.db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM documents").fetchone()
        assert tuple(stored) == (5, 5) and ingested == 5
        assert store.db.execute("SELECT COUNT(*) FROM (SELECT DISTINCT doc_id FROM actors) a").fetchone()[0] == 5
        reports = store.db.execute("SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT doc_id, event_no FROM events) e),"
                                   " (SELECT COUNT(*) FROM story_reports), (SELECT SUM(reports) FROM stories)")
        assert len(set(reports.fetchone())) == 1  # every event is one report of one story


def test_postgresql_searches_a_document_longer_than_a_tsvector_holds(pg_db):
    text = "The summit opened. " + " ".join(f"w{i} delegation" for i in range(60_000)) + " Zanzibar closed it."
    with Store(pg_db) as store:
        assert store.save(Record(Document(id="long", text=text, source="long.txt", language="en", supported=True)))
    assert len(text) > 500_000
    assert [hit.doc_id for hit in api.search("zanzibar", pg_db)] == ["long"]
