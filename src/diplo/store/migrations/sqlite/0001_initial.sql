-- diplo's store: documents and every fact extracted from them, each with its span.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    language TEXT NOT NULL,
    supported INTEGER NOT NULL,
    published TEXT,
    published_reason TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_language ON documents(language);

CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- Actors as resolved in one document (a person's roles may differ between documents).
CREATE TABLE actors (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    affiliation TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (doc_id, actor_id)
);
CREATE INDEX actors_id ON actors(actor_id);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

-- One row per (source, target) pair of an event; `event_no` groups the pairs of one event.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_no INTEGER NOT NULL,
    type TEXT NOT NULL,
    source TEXT,
    target TEXT,
    source_country TEXT,
    target_country TEXT,
    mode TEXT,
    modality TEXT NOT NULL,
    contexts TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    date_assumed INTEGER NOT NULL DEFAULT 0,
    location TEXT,
    sentence INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    actor_spans TEXT NOT NULL DEFAULT '[]',
    confidence REAL NOT NULL,
    rule TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_target ON events(target_country, date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quotes_doc ON quotes(doc_id);

CREATE TABLE figures (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    measures TEXT,
    owner TEXT,
    year INTEGER
);
CREATE INDEX figures_doc ON figures(doc_id);

CREATE TABLE commitments (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    actor TEXT,
    year INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    value REAL,
    unit TEXT,
    baseline_year INTEGER
);
CREATE INDEX commitments_doc ON commitments(doc_id);

CREATE TABLE topics (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    UNIQUE (doc_id, topic)
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
