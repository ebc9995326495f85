-- Indexes for the analysts' queries (diplo.analysis): events of one actor by type and date, events of
-- a single actor (a body or a person) by date, and the facts a dossier looks up by who holds them.
CREATE INDEX events_source_type ON events(source_country, type, date);
CREATE INDEX events_target_type ON events(target_country, type, date);
CREATE INDEX events_source_actor ON events(source, date);
CREATE INDEX events_target_actor ON events(target, date);
CREATE INDEX actors_affiliation ON actors(affiliation);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX figures_owner ON figures(owner);
CREATE INDEX commitments_actor ON commitments(actor);
