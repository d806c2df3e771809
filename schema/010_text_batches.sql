-- 010_text_batches.sql: the word index (mention_text, schema 007) is filled
-- a batch at a time.  A row-at-a-time trigger made FTS5 flush its pending
-- terms at every statement, a tenth of the build time.  New mentions wait
-- in text_pending; tl_store_commit indexes them in the same transaction,
-- so the index never lags a committed mention.
CREATE TABLE text_pending (
  id INTEGER PRIMARY KEY                 -- mentions.id not yet in mention_text
);
DROP TRIGGER mentions_text_ai;
DROP TRIGGER mentions_text_ad;
DROP TRIGGER mentions_text_au;
CREATE TRIGGER mentions_text_ai AFTER INSERT ON mentions BEGIN
  INSERT INTO text_pending VALUES (new.id);
END;
-- a mention deleted before its batch was indexed is only dropped from the queue
CREATE TRIGGER mentions_text_ad AFTER DELETE ON mentions BEGIN
  INSERT INTO mention_text(mention_text, rowid, sentence)
    SELECT 'delete', old.id, old.sentence WHERE NOT EXISTS (SELECT 1 FROM text_pending WHERE id = old.id);
  DELETE FROM text_pending WHERE id = old.id;
END;
CREATE TRIGGER mentions_text_au AFTER UPDATE OF sentence ON mentions BEGIN
  INSERT INTO mention_text(mention_text, rowid, sentence)
    SELECT 'delete', old.id, old.sentence WHERE NOT EXISTS (SELECT 1 FROM text_pending WHERE id = old.id);
  INSERT OR IGNORE INTO text_pending VALUES (new.id);
END;
