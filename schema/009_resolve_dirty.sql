-- 009_resolve_dirty.sql: incremental resolution.
-- Every mention stored or deleted leaves its date span here (triggers), so
-- the next resolve re-clusters only the events on those dates; the table
-- is emptied in the transaction that writes the events.
CREATE TABLE resolve_dirty (
  first_day TEXT NOT NULL,               -- span of the mention (inclusive)
  last_day  TEXT NOT NULL,
  reported  INTEGER NOT NULL,            -- 1: the date is an upper bound (looks back)
  type      TEXT NOT NULL                -- event type: only compatible types interact
);
CREATE TRIGGER mentions_dirty_ai AFTER INSERT ON mentions BEGIN
  INSERT INTO resolve_dirty VALUES (new.start_day, new.end_day, new.date_kind = 'reported', new.type);
END;
CREATE TRIGGER mentions_dirty_ad AFTER DELETE ON mentions BEGIN
  INSERT INTO resolve_dirty VALUES (old.start_day, old.end_day, old.date_kind = 'reported', old.type);
END;
-- a database left with articles not yet resolved: all of it is dirty
INSERT INTO resolve_dirty
  SELECT start_day, end_day, date_kind = 'reported', type FROM mentions
  WHERE CAST((SELECT value FROM meta WHERE key = 'pending_resolve') AS INTEGER) = 1;
-- mentions and events that span several days, found by where they end
CREATE INDEX mentions_long ON mentions(end_day) WHERE start_day <> end_day;
CREATE INDEX events_long ON events(end_day) WHERE start_day <> end_day;
-- mentions dated only by their report, by day
CREATE INDEX mentions_reported ON mentions(start_day) WHERE date_kind = 'reported';
