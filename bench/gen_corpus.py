#!/usr/bin/env python3
"""Generate N realistic news articles (about 4 KB each) for benchmarks.

A pool of events (type, day, place, people) is drawn first; every article
reports one to three of them, in sentences of varied shape, published a
few days after the first one, with background paragraphs around them.  So
many articles report the same events in different words, as news does.

usage: bench/gen_corpus.py N OUT [--files DIR] [--seed S] [--start ID] [--recent DAYS]
  OUT    a JSON Lines feed (one article per line)
  --files DIR   also write each article as DIR/<id>.md with front matter
  --start ID    first article number (to make a feed of new articles)
  --recent DAYS with --start: the new articles report only events of the
                last DAYS days of the corpus, as the next day's news does
"""
import argparse
import datetime
import json
import os
import random

PEOPLE = ['Steve Witkoff', 'Jared Kushner', 'Rustem Umerov', 'Vladimir Medinsky', 'Yuri Ushakov',
          'Marco Rubio', 'Dmitry Peskov', 'Andrii Hnatov', 'Kaja Kallas', 'Antonio Costa',
          'Emmanuel Macron', 'Keir Starmer', 'Friedrich Merz', 'Giorgia Meloni', 'Recep Tayyip Erdogan',
          'Mohammed bin Zayed', 'Narendra Modi', 'Xi Jinping', 'Ursula von der Leyen', 'Mark Rutte']
PLACES = ['Geneva', 'Miami', 'Abu Dhabi', 'Istanbul', 'Riyadh', 'Doha', 'Berlin', 'Paris', 'London',
          'Rome', 'Warsaw', 'Vienna', 'Brussels', 'Helsinki', 'Oslo', 'Ankara', 'Budapest', 'Prague']
KINDS = [('talks', 'meeting'), ('meeting', 'meeting'), ('session', 'meeting'), ('summit', 'meeting'),
         ('visit', 'visit'), ('agreement', 'agreement'), ('investigation', 'ruling')]
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
OUTLETS = ['Northline Wire', 'Harbor Times', 'Coastal Report', 'Gulf Dispatch', 'Evening Ledger',
           'Alpine Post', 'Lakeside Journal', 'Capitol Wire', 'Atlantic Herald', 'Maritime Daily']
BACKGROUND = [
    'Diplomats said the agenda covered security guarantees, prisoner exchanges and the reconstruction of damaged cities.',
    'Officials on both sides declined to say how long the process could take or who would pay for it.',
    'Analysts noted that earlier rounds had ended without a joint statement and that expectations remained modest.',
    'The negotiations follow months of contacts between envoys, many of them held away from the cameras.',
    'Several European governments asked to be kept informed and offered to host future meetings.',
    'Energy prices moved little on the news, as traders waited for concrete results.',
    'Humanitarian groups urged the delegations to agree on safe corridors before the winter.',
    'A spokesman described the atmosphere as businesslike and said working groups would continue their tasks.',
    'Opposition politicians criticised the lack of transparency and demanded a briefing in parliament.',
    'The talks are part of a wider effort that has involved mediators from the Gulf and from Europe.',
]


def date_words(day, pub, rng):
    """An expression for day as seen from pub: weekday, 'Month D' or ISO."""
    delta = (pub - day).days
    r = rng.random()
    if 0 <= delta < 7 and r < 0.5:
        return 'on ' + WEEKDAYS[day.weekday()]
    if delta == 1 and r < 0.6:
        return 'yesterday'
    if r < 0.85:
        return 'on %s %d' % (MONTHS[day.month - 1], day.day)
    return 'on %s' % day.isoformat()


def sentence(ev, pub, rng):
    noun, _ = ev['kind']
    a, b = ev['people'][0], ev['people'][1]
    when = date_words(ev['day'], pub, rng)
    shapes = [
        '{a} and {b} held {noun} in {place} {when}, according to officials briefed on the discussions.',
        '{a} met {b} in {place} {when} for {noun} that lasted several hours.',
        'The {noun} in {place} {when} brought together {a} and {b} and their advisers.',
        'Officials said {when} that {a} and {b} had opened a new round of {noun} in {place}.',
        '{a} arrived in {place} {when} for {noun} with {b}, the third such contact this year.',
    ]
    if noun in ('visit',):
        shapes = ['{a} paid a visit to {place} {when} and met {b}.',
                  '{a} began a visit to {place} {when}, where {b} received the delegation.']
    if noun in ('agreement',):
        shapes = ['{a} and {b} signed an agreement in {place} {when} on prisoner exchanges.',
                  'An agreement on energy sites was reached in {place} {when} by {a} and {b}.']
    if noun in ('investigation',):
        shapes = ['Prosecutors in {place} opened an investigation {when} into the attack, {a} said.',
                  'An investigation was opened in {place} {when}, {a} told {b}.']
    return rng.choice(shapes).format(a=a, b=b, noun=noun, place=ev['place'], when=when)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('n', type=int)
    ap.add_argument('out')
    ap.add_argument('--files')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--start', type=int, default=0)
    ap.add_argument('--recent', type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    base = datetime.date(2025, 1, 1)
    # one event for every ten articles, spread over two years
    pool = []
    for _ in range(max(10, (a.start + a.n if a.recent else a.n) // 10)):
        pool.append({'kind': rng.choice(KINDS), 'day': base + datetime.timedelta(days=rng.randrange(730)),
                     'place': rng.choice(PLACES), 'people': rng.sample(PEOPLE, 2)})
    if a.recent:
        # the events of the corpus (same seed: the same pool) in its last days
        pool = [e for e in pool if e['day'] >= base + datetime.timedelta(days=730 - a.recent)]
    rng = random.Random(a.seed * 1000003 + a.start)
    if a.files:
        os.makedirs(a.files, exist_ok=True)
    with open(a.out, 'w') as out:
        for i in range(a.start, a.start + a.n):
            evs = rng.sample(pool, rng.randint(1, 3))
            pub = max(e['day'] for e in evs) + datetime.timedelta(days=rng.randint(0, 4))
            paras = []
            for e in evs:
                paras.append(sentence(e, pub, rng) + ' ' + ' '.join(rng.sample(BACKGROUND, 3)))
            while sum(len(p) for p in paras) < 3800:
                paras.append(' '.join(rng.sample(BACKGROUND, 4)))
            rng.shuffle(paras[1:])
            title = '%s: %s in %s' % (evs[0]['people'][0], evs[0]['kind'][0].capitalize(), evs[0]['place'])
            rec = {'id': 'gen-%07d' % i, 'title': title, 'source': rng.choice(OUTLETS),
                   'published': pub.isoformat(), 'text': title + '\n' + '\n'.join(paras)}
            out.write(json.dumps(rec) + '\n')
            if a.files:
                with open(os.path.join(a.files, rec['id'] + '.md'), 'w') as f:
                    f.write('---\ntitle: "%s"\nsource: %s\npublished: %s\n---\n%s\n' %
                            (title, rec['source'], rec['published'], rec['text']))


if __name__ == '__main__':
    main()
