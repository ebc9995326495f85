"""The store: named migrations, lossless round trips, one transaction per document."""
from __future__ import annotations

import pytest

from diplo import api
from diplo.records import Record
from diplo.store import Store


def test_migrations_are_named_and_applied_once(db):
    with Store(db) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM schema_migrations")]
        assert names and all(name[:4].isdigit() for name in names)
        assert store.migrate() == []


def test_record_round_trip_is_lossless(db):
    path = api.sample_paths()[0]
    [record] = [r for r in api.extract([path]) if isinstance(r, Record)]
    with Store(db) as store:
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


def test_a_failed_document_leaves_nothing_behind(db, monkeypatch):
    [record] = [r for r in api.extract([api.sample_paths()[0]]) if isinstance(r, Record)]
    broken = Record(record.document, record.sentences, record.actors, record.mentions,
                    record.events, record.quotes, [None], record.commitments, record.topics)
    with Store(db) as store:
        with pytest.raises(Exception):
            store.save(broken)
        assert not store.has(record.document.id)
        assert store.db.execute("SELECT COUNT(*) FROM actors").fetchone()[0] == 0
        assert store.save(record)


def test_ingesting_twice_changes_nothing(corpus, db):
    first = api.ingest([corpus], db=db)
    with Store(db) as store:
        counts = [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "actors", "mentions", "events", "figures")]
    second = api.ingest([corpus], db=db)
    with Store(db) as store:
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
