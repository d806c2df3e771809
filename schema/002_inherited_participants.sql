-- 002_inherited_participants.sql: participants a mention inherits from its
-- article (the main subjects named elsewhere in it) are weaker evidence.
ALTER TABLE mention_participants ADD COLUMN inherited INTEGER NOT NULL DEFAULT 0;
