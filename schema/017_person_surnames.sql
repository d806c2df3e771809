-- 017_person_surnames.sql: from this version a person's key holds the given
-- name ("biden, joe"); a key of a surname alone ("biden") stands for a
-- person named by the surname only. Rows of such keys written before kept
-- the longest full name seen with the surname ("Jill Biden" for every
-- Biden): they show the surname again, which is what their mentions name.
-- (Only where the name's last word is that surname: "Zelenskyy" folded to
-- "zelensk", or "Donald Trump Jr." under "trump", stay as they were.)
UPDATE participants
SET name = substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1)
WHERE kind = 'person' AND instr(key, ',') = 0 AND instr(name, ' ') > 0
  AND lower(substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1)) = key;
