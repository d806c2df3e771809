-- 007_mention_text.sql: a full-text index over evidence sentences, so that
-- `timeline show --match` does not read every mention of every event.
-- Words are matched from their start, in any case and with or without
-- diacritics ("gene" finds Geneva, "zelensk" Zelenskyy); the query text is
-- a phrase whose last word may be a prefix.  Word tokens keep the index
-- small and cheap to fill (trigrams cost a fifth of the build time).
-- External content: the text stays in mentions, the index keeps only
-- trigrams; the triggers keep it in step with inserts and deletes
-- (including deletes cascaded from articles).
CREATE VIRTUAL TABLE mention_text USING fts5(
  sentence, content = 'mentions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER mentions_text_ai AFTER INSERT ON mentions BEGIN
  INSERT INTO mention_text(rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER mentions_text_ad AFTER DELETE ON mentions BEGIN
  INSERT INTO mention_text(mention_text, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;
CREATE TRIGGER mentions_text_au AFTER UPDATE OF sentence ON mentions BEGIN
  INSERT INTO mention_text(mention_text, rowid, sentence) VALUES ('delete', old.id, old.sentence);
  INSERT INTO mention_text(rowid, sentence) VALUES (new.id, new.sentence);
END;
INSERT INTO mention_text(mention_text) VALUES ('rebuild');
