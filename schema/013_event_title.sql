-- 013_event_title.sql: a full-text index over event titles, beside the one
-- over evidence sentences (007), so that `show --match` looks titles up
-- instead of reading every title.  Same tokenizer and matching: words
-- from their start, any case, with or without diacritics.  External
-- content: the titles stay in events; triggers follow the resolver's
-- inserts and deletes.
CREATE VIRTUAL TABLE event_title USING fts5(
  title, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_title_ai AFTER INSERT ON events BEGIN
  INSERT INTO event_title(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER events_title_ad AFTER DELETE ON events BEGIN
  INSERT INTO event_title(event_title, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER events_title_au AFTER UPDATE OF title ON events BEGIN
  INSERT INTO event_title(event_title, rowid, title) VALUES ('delete', old.id, old.title);
  INSERT INTO event_title(rowid, title) VALUES (new.id, new.title);
END;
INSERT INTO event_title(event_title) VALUES ('rebuild');
