-- 004_salience_conflicts.sql: how important an event is, what the sources
-- disagree on, and where each participant is named in its sentence.
ALTER TABLE events ADD COLUMN salience REAL NOT NULL DEFAULT 0;   -- higher is more important
ALTER TABLE events ADD COLUMN conflict TEXT;                      -- sources disagreeing on the date, or NULL
ALTER TABLE mention_participants ADD COLUMN pos INTEGER NOT NULL DEFAULT -1; -- byte offset of the name, -1 inherited
CREATE INDEX events_salience ON events(salience);
