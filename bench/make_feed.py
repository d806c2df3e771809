#!/usr/bin/env python3
"""Write a JSONL feed of N articles for benchmarks, cycling the example
articles of examples/ (text, front matter and JSON/JSONL records) with unique
ids and a numbered closing line so that every article has its own hash.

usage: bench/make_feed.py N OUT.jsonl
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def examples():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'examples', '*'))):
        if path.endswith('.jsonl'):
            out += [json.loads(l) for l in open(path) if l.strip()]
        elif path.endswith('.json'):
            out.append(json.load(open(path)))
        elif path.endswith(('.md', '.txt')):
            text = open(path).read()
            meta = {}
            m = re.match(r'---\n(.*?)\n---\n', text, re.S)
            if m:
                for line in m.group(1).splitlines():
                    k, _, v = line.partition(':')
                    meta[k.strip()] = v.strip().strip('"')
                text = text[m.end():]
            out.append({'title': meta.get('title'), 'source': meta.get('source'),
                        'published': meta.get('published', '2026-02-18'), 'text': text})
    return out


def main():
    n, dest = int(sys.argv[1]), sys.argv[2]
    base = examples()
    with open(dest, 'w') as f:
        for i in range(n):
            r = dict(base[i % len(base)])
            r['id'] = 'bench-%07d' % i
            text = r.get('text') or r.get('content') or r.get('body') or ''
            r.pop('content', None)
            r.pop('body', None)
            r['text'] = text + '\nBulletin number %d of the feed.' % i
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
