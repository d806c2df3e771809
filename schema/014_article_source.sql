-- 014_article_source.sql: the resolver reads each stored mention's article
-- id, record id and source.  An article row holds the whole cleaned text,
-- so each article fills at least a page of its table, and looking up the
-- articles of a day's mentions by rowid reads one scattered page per
-- article: on a large database (100k articles, 460 MB of article pages)
-- these reads miss the page cache.  This covering index holds only what
-- the resolver reads, about 40 bytes per article.
CREATE INDEX articles_source ON articles(id, ext_id, source);
