-- 012_related_cover.sql: linked-event lookups (same type and place within
-- two days, schema 008) read the candidates' end day and id from the index
-- itself; before, every candidate of the month before cost a read of its
-- row, most of the time of `show --format json` on a large timeline.
CREATE INDEX events_related ON events(type, place, start_day, end_day, uid);
DROP INDEX events_type_place;
