-- 018_article_keys.sql: what each article is about, for telling stories
-- apart.  The resolver lets an event that names no one and nowhere ("police
-- searched the city overnight") join the only event of its kind that day;
-- in a feed of many stories that event may be another story's.
-- articles.keys holds the keys of the participants its mentions name (a
-- person's by the surname: "sunak" for "sunak, rishi") and '@' and each
-- place of its mentions, sorted, one per line: two articles with two keys
-- or more each that share none are taken for different stories
-- (src/resolve.c, same_story).  New articles get it when they are stored
-- (src/store.c); this fills it for the articles already there.  The
-- covering index the resolver reads the articles by (schema 014) carries
-- it, so reading it costs no lookup of the article's row.
ALTER TABLE articles ADD COLUMN keys TEXT;
UPDATE articles SET keys = (SELECT coalesce(group_concat(k, char(10)), '') FROM (SELECT k FROM (
    SELECT CASE WHEN p.kind = 'person' AND instr(p.key, ',') > 0 THEN substr(p.key, 1, instr(p.key, ',') - 1)
           ELSE p.key END AS k
    FROM mentions m JOIN mention_participants mp ON mp.mention_id = m.id
    JOIN participants p ON p.id = mp.participant_id
    WHERE m.article_id = articles.id
    UNION
    SELECT '@' || m.place FROM mentions m WHERE m.article_id = articles.id AND m.place IS NOT NULL)
  ORDER BY k));
DROP INDEX articles_source;
CREATE INDEX articles_source ON articles(id, ext_id, source, keys);
