-- 011_type_day.sql: the resolver selects the mentions and events of one
-- class of event types on a range of days (schema 009); without these it
-- read every row of the other types on those days.
CREATE INDEX mentions_type_day ON mentions(type, start_day);
CREATE INDEX events_type_day ON events(type, start_day);
