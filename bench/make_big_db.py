#!/usr/bin/env python3
"""Make a timeline database with N resolved events, for query benchmarks.

Running the extractor over enough articles to reach a million events takes
long; the query side only needs the tables filled the way `timeline build`
fills them.  The schema comes from schema/*.sql (applied in order, as the
store does), so the database is what the program expects; indexes are
filled as rows go in, the word index a batch at a time as the store does.

Each event has two mentions from two articles, two or three participants,
a place from a fixed list and a day spread over ten years.  About one
event in a thousand names a rare word ("Svalbard"), so selective text
queries have something to find.

usage: bench/make_big_db.py N OUT.db [--seed S]
"""
import argparse
import datetime
import glob
import os
import random
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'bench'))
from gen_corpus import PEOPLE, PLACES, KINDS  # noqa: E402

VERBS = ['held', 'opened', 'resumed', 'concluded', 'prepared', 'announced']
RARE = 'Svalbard'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('--seed', type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    if os.path.exists(a.out):
        os.remove(a.out)
    db = sqlite3.connect(a.out)
    db.execute('PRAGMA journal_mode=WAL')
    db.execute('PRAGMA synchronous=OFF')
    version = 0
    with db:
        for path in sorted(glob.glob(os.path.join(ROOT, 'schema', '*.sql'))):
            db.executescript(open(path, encoding='utf-8').read())
            version = max(version, int(os.path.basename(path).split('_')[0]))
        db.execute('PRAGMA user_version = %d' % version)
    pids = {}
    with db:
        for name in PEOPLE:
            cur = db.execute("INSERT INTO participants(key, kind, name) VALUES (?, 'person', ?)",
                             (name.lower(), name))
            pids[name] = cur.lastrowid
    base = datetime.date(2016, 1, 1)
    narticles = max(1, a.n // 10)
    batch = 20000
    mid = 0
    for lo in range(0, a.n, batch):
        hi = min(a.n, lo + batch)
        arts, ments, evs, ems, eps = [], [], [], [], []
        for i in range(lo, hi):
            day = base + datetime.timedelta(days=rng.randrange(3650))
            word, kind = rng.choice(KINDS)
            place = rng.choice(PLACES)
            people = rng.sample(PEOPLE, rng.choice((2, 3)))
            rare = rng.randrange(1000) == 0
            title = '%s %s in %s' % (people[0], word, place)
            evs.append((i + 1, 'ev-%08d' % i, title, kind, day.isoformat(), day.isoformat(), 'day', place,
                        0.8, 2, 2, '%016x' % i, '2026-01-01T00:00:00Z', rng.random()))
            for k in range(2):
                mid += 1
                art = rng.randrange(narticles) + 1
                sent = '%s and %s %s the %s in %s on %s%s.' % (
                    people[0], people[1], rng.choice(VERBS), word, place,
                    day.strftime('%B %d'), ', near ' + RARE if rare and k == 0 else '')
                ments.append((mid, art, kind, word, 0, len(word), 0, len(sent), sent, day.isoformat(),
                              day.isoformat(), 'day', 'exact', place, 0.8, 'explicit'))
                ems.append((i + 1, mid, 'same day'))
            for p in people:
                eps.append((i + 1, pids[p], 2))
        if lo == 0:
            for j in range(narticles):
                arts.append((j + 1, 'art-%07d' % j, '%040x' % j, 'Article %d' % j, 'Bench Wire',
                             (base + datetime.timedelta(days=j % 3650)).isoformat(), 'metadata', '',
                             '2026-01-01T00:00:00Z'))
        with db:
            db.executemany('INSERT INTO articles(id, ext_id, hash, title, source, published, pub_origin, text,'
                           ' added_at) VALUES (?,?,?,?,?,?,?,?,?)', arts)
            db.executemany('INSERT INTO mentions(id, article_id, type, trigger, trigger_start, trigger_end,'
                           ' sent_start, sent_end, sentence, start_day, end_day, granularity, date_kind, place,'
                           ' confidence, how) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', ments)
            db.executemany('INSERT INTO events(id, uid, title, type, start_day, end_day, precision, place,'
                           ' confidence, mention_count, source_count, signature, updated_at, salience)'
                           ' VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', evs)
            db.executemany('INSERT INTO event_mentions(event_id, mention_id, reason) VALUES (?,?,?)', ems)
            db.executemany('INSERT INTO event_participants(event_id, participant_id, mentions)'
                           ' VALUES (?,?,?)', eps)
            # what tl_store_commit and the resolver do: index the batch's
            # words and titles (schemas 010 and 015); the events are
            # already resolved (009)
            db.execute('INSERT INTO mention_text(rowid, sentence) SELECT m.id, m.sentence'
                       ' FROM text_pending p JOIN mentions m ON m.id = p.id')
            db.execute('DELETE FROM text_pending')
            db.execute('INSERT INTO event_title(rowid, title) SELECT e.id, e.title'
                       ' FROM title_pending p JOIN events e ON e.id = p.id')
            db.execute('DELETE FROM title_pending')
            db.execute('DELETE FROM resolve_dirty')
    db.close()


if __name__ == '__main__':
    main()
