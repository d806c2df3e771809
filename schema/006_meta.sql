-- 006_meta.sql: small facts about the database itself.
-- pending_resolve = 1 while stored articles wait for the resolver (set with
-- the articles, cleared with the events), so an interrupted build resumes.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);
