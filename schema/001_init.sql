-- 001_init.sql: the first schema of a timeline database.
-- Applied by store.c inside one transaction, then PRAGMA user_version = 1.
-- Dates are ISO 8601 text (YYYY-MM-DD); times are UTC ISO 8601 text.

CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  ext_id      TEXT NOT NULL UNIQUE,      -- record id or file name without extension
  hash        TEXT NOT NULL,             -- content hash of metadata + text (hex)
  title       TEXT,
  source      TEXT,
  url         TEXT,
  path        TEXT,                      -- where it was read from
  published   TEXT,                      -- publication date (the DCT) or NULL
  pub_origin  TEXT NOT NULL DEFAULT 'none', -- metadata | dateline | option | none
  text        TEXT NOT NULL,             -- cleaned text; all offsets point into it
  added_at    TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);

CREATE TABLE timexes (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,          -- byte offsets into articles.text
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('DATE','TIME','DURATION','SET')),
  value       TEXT NOT NULL,             -- TIMEX3 value
  mod         TEXT,                      -- TIMEX3 mod or NULL
  first_day   TEXT,                      -- calendar interval (inclusive) or NULL
  last_day    TEXT,
  granularity TEXT NOT NULL,             -- day, week, month, ...
  rule        TEXT NOT NULL,             -- tagger rule that matched
  tense       TEXT NOT NULL              -- tense used to resolve it
);
CREATE INDEX timexes_article ON timexes(article_id);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  timex_id    INTEGER REFERENCES timexes(id) ON DELETE SET NULL,
  type        TEXT NOT NULL,             -- meeting, visit, statement, attack, ...
  trigger     TEXT NOT NULL,             -- trigger lemma
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  sent_start  INTEGER NOT NULL,          -- evidence sentence, byte offsets
  sent_end    INTEGER NOT NULL,
  sentence    TEXT NOT NULL,
  start_day   TEXT NOT NULL,             -- date attached to the mention (inclusive)
  end_day     TEXT NOT NULL,
  granularity TEXT NOT NULL,
  date_kind   TEXT NOT NULL CHECK (date_kind IN ('exact','reported')),
  planned     INTEGER NOT NULL DEFAULT 0,
  place       TEXT,
  confidence  REAL NOT NULL,
  how         TEXT NOT NULL              -- how the date was resolved
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_start ON mentions(start_day);

CREATE TABLE participants (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL,             -- matching key (equal keys: same entity)
  kind        TEXT NOT NULL CHECK (kind IN ('person','org','country')),
  name        TEXT NOT NULL,             -- display name
  UNIQUE (key, kind)
);

CREATE TABLE mention_participants (
  mention_id     INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants(id),
  PRIMARY KEY (mention_id, participant_id)
) WITHOUT ROWID;

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,      -- stable id (JSON "id", iCalendar UID)
  title       TEXT NOT NULL,
  type        TEXT NOT NULL,
  start_day   TEXT NOT NULL,             -- inclusive
  end_day     TEXT NOT NULL,             -- inclusive
  precision   TEXT NOT NULL,             -- day | week | month | year
  place       TEXT,
  lat         REAL,
  lon         REAL,
  planned     INTEGER NOT NULL DEFAULT 0,
  confidence  REAL NOT NULL,
  mention_count INTEGER NOT NULL,
  source_count  INTEGER NOT NULL,
  signature   TEXT NOT NULL,             -- hash of the exported content
  updated_at  TEXT NOT NULL              -- when the content last changed
);
CREATE INDEX events_start ON events(start_day, end_day);

CREATE TABLE event_mentions (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  mention_id  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  reason      TEXT NOT NULL,             -- why the mention joined the event
  PRIMARY KEY (event_id, mention_id)
) WITHOUT ROWID;
CREATE INDEX event_mentions_mention ON event_mentions(mention_id);

CREATE TABLE event_participants (
  event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants(id),
  mentions       INTEGER NOT NULL,       -- how many mentions name them
  PRIMARY KEY (event_id, participant_id)
) WITHOUT ROWID;

CREATE VIEW timeline AS
SELECT e.uid AS id,
       e.start_day AS start,
       e.end_day AS "end",
       e.title,
       e.type,
       e.place,
       e.source_count AS sources,
       e.mention_count AS mentions,
       e.planned,
       round(e.confidence, 2) AS confidence
FROM events e
ORDER BY e.start_day, e.end_day, e.title;
