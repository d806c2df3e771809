-- 015_title_batches.sql: the title index (event_title, schema 013) is
-- filled a batch at a time, as the word index of sentences is (010).  The
-- resolver inserts events one statement each, and a row-at-a-time trigger
-- made FTS5 flush its pending terms at every one: half a second of a
-- 100,000-article build, and growing faster than the events.  New events
-- wait in title_pending; tl_store_commit indexes them in the same
-- transaction, so the index never lags a committed event.
CREATE TABLE title_pending (
  id INTEGER PRIMARY KEY                 -- events.id not yet in event_title
);
DROP TRIGGER events_title_ai;
DROP TRIGGER events_title_ad;
DROP TRIGGER events_title_au;
CREATE TRIGGER events_title_ai AFTER INSERT ON events BEGIN
  INSERT INTO title_pending VALUES (new.id);
END;
-- an event deleted before its batch was indexed is only dropped from the queue
CREATE TRIGGER events_title_ad AFTER DELETE ON events BEGIN
  INSERT INTO event_title(event_title, rowid, title)
    SELECT 'delete', old.id, old.title WHERE NOT EXISTS (SELECT 1 FROM title_pending WHERE id = old.id);
  DELETE FROM title_pending WHERE id = old.id;
END;
CREATE TRIGGER events_title_au AFTER UPDATE OF title ON events BEGIN
  INSERT INTO event_title(event_title, rowid, title)
    SELECT 'delete', old.id, old.title WHERE NOT EXISTS (SELECT 1 FROM title_pending WHERE id = old.id);
  INSERT OR IGNORE INTO title_pending VALUES (new.id);
END;
