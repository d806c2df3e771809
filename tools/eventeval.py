#!/usr/bin/env python3
"""Score events and their merging against a gold file.

Builds a timeline from DIR with `timeline build`, exports it as JSON and
compares its events with GOLD (see tests/fixtures/events/gold.json):

  event precision / recall  a system event counts for a gold event when their
                            dates overlap and at least half of the articles of
                            its mentions are among the gold event's articles
                            (one-to-one, best overlap first, then as many
                            pairs as possible)
  date exactness            matched events whose start and end equal the gold
  merge precision / recall  over pairs of articles reported in one event:
                            system pairs that belong to one gold event, and gold
                            pairs found together in the matching system event
  split days                system events covering gold events of different days

A gold event may list "types" (the event types of docs/FORMATS.md it may
have); then only a system event of one of them counts for it.

usage: tools/eventeval.py [--bin build/timeline] [--min X] [--show] DIR GOLD
Exit status 1 when --min is given and a figure is below it.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile


def system_events(binary, src):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, 'eval.db')
        subprocess.run([binary, 'build', '-q', '--db', db, src], check=False)
        out = subprocess.run([binary, 'export', '--db', db, '--format', 'json'], capture_output=True, check=True)
        return json.loads(out.stdout)['events']


def overlap(a, b):
    return a['start'] <= b['end'] and b['start'] <= a['end']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(os.path.dirname(__file__), '..', 'build', 'timeline'))
    ap.add_argument('--min', type=float, default=None, help='fail below this for every figure')
    ap.add_argument('--show', action='store_true', help='list system and gold events')
    ap.add_argument('dir')
    ap.add_argument('gold')
    a = ap.parse_args()
    gold = json.load(open(a.gold))['events']
    sysev = system_events(a.bin, a.dir)
    for e in sysev:
        # an article in a story's folder has the folder in its id ("suez/s01"); the gold names the file
        e['arts'] = sorted({m['article'].rsplit('/', 1)[-1] for m in e['mentions']})

    cands = []
    for si, s in enumerate(sysev):
        for gi, g in enumerate(gold):
            if not overlap(s, g):
                continue
            # a gold event that lists its kinds ("types") takes only a system
            # event of one of them (a "Signing" on the day of a court hearing
            # is no hearing)
            if 'types' in g and s['type'] not in g['types']:
                continue
            common = set(s['arts']) & set(g['articles'])
            if common and 2 * len(common) >= len(s['arts']):
                cands.append((len(common), -abs(len(s['arts']) - len(g['articles'])), si, gi))
    cands.sort(reverse=True)
    s2g, g2s = {}, {}
    for _, _, si, gi in cands:
        if si in s2g or gi in g2s:
            continue
        s2g[si], g2s[gi] = gi, si
    # then as many pairs as possible: a system event the best-overlap pass
    # gave to one gold event moves to another it also fits when that frees
    # it for a gold event left without one (augmenting paths)
    edges = {}
    for _, _, si, gi in cands:
        edges.setdefault(gi, []).append(si)

    def augment(gi, seen):
        for si in edges.get(gi, []):
            if si in seen:
                continue
            seen.add(si)
            if si not in s2g or augment(s2g[si], seen):
                s2g[si], g2s[gi] = gi, si
                return True
        return False

    for gi in range(len(gold)):
        if gi not in g2s:
            augment(gi, set())

    n_sys, n_gold, n_match = len(sysev), len(gold), len(s2g)
    prec = n_match / n_sys if n_sys else 0.0
    rec = n_match / n_gold if n_gold else 0.0
    exact = sum(1 for si, gi in s2g.items()
                if sysev[si]['start'] == gold[gi]['start'] and sysev[si]['end'] == gold[gi]['end'])
    exactness = exact / n_match if n_match else 0.0

    sys_pairs = correct = 0
    for si, s in enumerate(sysev):
        for x, y in itertools.combinations(s['arts'], 2):
            sys_pairs += 1
            gi = s2g.get(si)
            if gi is not None and x in gold[gi]['articles'] and y in gold[gi]['articles']:
                correct += 1
    gold_pairs = found = 0
    for gi, g in enumerate(gold):
        si = g2s.get(gi)
        arts = set(sysev[si]['arts']) if si is not None else set()
        for x, y in itertools.combinations(g['articles'], 2):
            gold_pairs += 1
            found += x in arts and y in arts
    mp = correct / sys_pairs if sys_pairs else 1.0
    mr = found / gold_pairs if gold_pairs else 1.0
    mf = 2 * mp * mr / (mp + mr) if mp + mr else 0.0

    split = 0
    for s in sysev:
        days = {(g['start'], g['end']) for g in gold if overlap(s, g) and set(s['arts']) & set(g['articles'])}
        if len(days) > 1 and not any(g['start'] <= s['start'] and s['end'] <= g['end'] for g in gold):
            split += 1

    if a.show:
        for si, s in enumerate(sysev):
            gi = s2g.get(si)
            print('%s %-10s..%-10s %-60s %s -> %s' % ('+' if gi is not None else '-', s['start'], s['end'],
                                                    s['title'][:60], ','.join(s['arts']),
                                                    gold[gi]['id'] if gi is not None else 'unmatched'))
        for gi, g in enumerate(gold):
            if gi not in g2s:
                print('missed gold %s %s %s' % (g['id'], g['start'], ','.join(g['articles'])))
    print('events: system %d, gold %d, matched %d | precision %.2f recall %.2f | exact dates %.2f | '
          'merge precision %.2f recall %.2f F1 %.2f | gold events of different days merged: %d'
          % (n_sys, n_gold, n_match, prec, rec, exactness, mp, mr, mf, split))
    if a.min is not None:
        figures = {'precision': prec, 'recall': rec, 'exact dates': exactness, 'merge F1': mf}
        low = [k for k, v in figures.items() if v < a.min]
        if low or split:
            print('below %.2f: %s%s' % (a.min, ', '.join(low), '; days merged' if split else ''))
            sys.exit(1)


if __name__ == '__main__':
    main()
