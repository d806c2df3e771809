-- 003_vague_mentions.sql: a mention dated only by a vague relative
-- expression ("last month", "this week") confirms an event but does not
-- make one of its own.
ALTER TABLE mentions ADD COLUMN vague INTEGER NOT NULL DEFAULT 0;
