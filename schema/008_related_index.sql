-- 008_related_index.sql: linked events (same type and place within two
-- days) are looked up per shown event; without this index each lookup
-- read every earlier event.
CREATE INDEX events_type_place ON events(type, place, start_day);
