-- 016_drop_mentions_start.sql: mentions(start_day) served no query of
-- timeline (the resolver's all name the type: mentions(type, start_day),
-- schema 011) and cost every stored mention an insert at a random place.
DROP INDEX IF EXISTS mentions_start;
