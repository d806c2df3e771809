-- 005_sequence_retired.sql: iCalendar revisions.  SEQUENCE rises when an
-- event's dates change; an event that disappeared (merged into another)
-- is kept as retired so that exports can cancel it in subscribed calendars.
ALTER TABLE events ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
CREATE TABLE retired_events (
  uid        TEXT PRIMARY KEY,           -- the id the event had
  title      TEXT NOT NULL,
  start_day  TEXT NOT NULL,
  end_day    TEXT NOT NULL,
  sequence   INTEGER NOT NULL,           -- one more than its last live revision
  retired_at TEXT NOT NULL               -- when it disappeared (the .ics DTSTAMP)
);
