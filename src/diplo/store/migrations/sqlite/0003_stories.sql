-- Stories (diplo.stories): the reports of one real-world event, grouped across documents and languages.
-- A report is one stored event (doc_id, event_no); every report belongs to one story.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    modality TEXT NOT NULL,             -- the class of modality: happened, negated, hypothetical, requested
    sources TEXT NOT NULL DEFAULT '[]', -- JSON lists of country or organisation codes
    targets TEXT NOT NULL DEFAULT '[]',
    first_date TEXT,
    last_date TEXT,
    lo INTEGER,                         -- the days (proleptic ordinals) every report's date allows
    hi INTEGER,
    profile TEXT NOT NULL,              -- JSON: what a new report must agree with (sides, places, figures)
    reports INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    publishers INTEGER NOT NULL DEFAULT 0,
    languages INTEGER NOT NULL DEFAULT 0,
    first_doc TEXT,
    first_event INTEGER,
    stale INTEGER NOT NULL DEFAULT 0    -- it lost reports (a document stored again) and must be summed up anew
);
CREATE INDEX stories_dates ON stories(first_date, last_date);
CREATE INDEX stories_stale ON stories(stale) WHERE stale = 1;

CREATE TABLE story_reports (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_no INTEGER NOT NULL,
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    date TEXT,                          -- the report's date: its own, or its document's
    language TEXT NOT NULL,
    publisher TEXT NOT NULL,
    why TEXT NOT NULL,                  -- why the report joined its story
    PRIMARY KEY (doc_id, event_no)
);
CREATE INDEX story_reports_story ON story_reports(story_id, date);

-- The codes of each story's actors (groups with their members) over its days, in stretches of at most
-- `grouping.STRETCH` days, to find the stories a new report may join.
CREATE TABLE story_keys (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    type TEXT NOT NULL,
    modality TEXT NOT NULL,
    lo INTEGER NOT NULL,
    hi INTEGER NOT NULL,
    PRIMARY KEY (story_id, code, lo)
);
CREATE INDEX story_keys_find ON story_keys(type, modality, code, lo);

-- What a user changed by hand: each edit makes the reports it names one story; edits are applied again,
-- in order, after a rebuild. A report is named by its document, trigger span and type.
CREATE TABLE story_edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                 -- merge | split
    reports TEXT NOT NULL,              -- JSON list of [doc_id, trigger_start, trigger_end, type]
    made_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TRIGGER story_reports_gone AFTER DELETE ON story_reports BEGIN
    UPDATE stories SET stale = 1 WHERE id = old.story_id;
END;
