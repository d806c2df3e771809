-- 018_article_keys.sql: what each article is about, for telling stories
-- apart.  The resolver lets an event that names no one and nowhere ("police
-- searched the city overnight") join the only event of its kind that day;
-- in a feed of many stories that event may be another story's.  keys holds
-- the keys of the article's participants (a person's by the surname:
-- "sunak" for "sunak, rishi") and the places of its mentions ('@' and the
-- place), one per line: two articles with two keys or more each that
-- share none are taken for different stories (src/resolve.c, same_story).
-- Written with the article's mentions (src/store.c).
CREATE TABLE IF NOT EXISTS article_keys (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  keys        TEXT NOT NULL
);
INSERT OR REPLACE INTO article_keys(article_id, keys)
SELECT a.id, (SELECT coalesce(group_concat(k, char(10)), '') FROM (
    SELECT DISTINCT CASE WHEN p.kind = 'person' AND instr(p.key, ',') > 0 THEN substr(p.key, 1, instr(p.key, ',') - 1) ELSE p.key END AS k
    FROM mentions m JOIN mention_participants mp ON mp.mention_id = m.id
    JOIN participants p ON p.id = mp.participant_id
    WHERE m.article_id = a.id
    UNION
    SELECT '@' || m.place FROM mentions m WHERE m.article_id = a.id AND m.place IS NOT NULL))
FROM articles a;
