#!/usr/bin/env python3
"""Score `timeline tag` on TimeML (.tml) files the way TempEval-3 does.

For each file: the TIMEX3 tags inside <TEXT> are the gold standard; the text
without tags is tagged by `timeline tag --dct <DCT>`; system and gold
expressions are matched one to one.

  strict F1   exact same span
  relaxed F1  any overlap
  type F1     relaxed F1 x (correct types among relaxed matches / relaxed matches)
  value F1    relaxed F1 x (correct values among relaxed matches / relaxed matches)

usage: tools/tempeval.py [--bin build/timeline] [--min-relaxed X] [--min-value Y]
                         [--errors N] [--value-errors] DIR [DIR...]
Each DIR is scored separately, then all together.  Exit status 1 when a DIR
scores below --min-relaxed or --min-value (percent).

--value-errors sorts the wrong values of each DIR into kinds (see
value_kind) and prints how many there are of each.  It is a diagnostic: the
scores above it are always the plain TempEval-3 ones.
"""
import argparse
import json
import re
import os
import subprocess
import sys
import xml.etree.ElementTree as ET


def gold_of(path):
    """Plain text (UTF-8 bytes), DCT and gold timexes [(start, end, type, value, text)]."""
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter('TIMEX3'):
        if t.get('functionInDocument') == 'CREATION_TIME':
            dct = t.get('value', '')[:10]
            break
    text_el = root.find('TEXT')
    parts, gold = [], []
    pos = 0

    def walk(el):
        nonlocal pos
        if el.text:
            b = el.text.encode('utf-8')
            start = pos
            parts.append(b)
            pos += len(b)
        else:
            start = pos
        for ch in el:
            cstart = pos
            walk(ch)
            if ch.tag == 'TIMEX3':
                gold.append((cstart, pos, ch.get('type'), ch.get('value'), b''.join(parts)[cstart:pos].decode()))
            if ch.tail:
                b = ch.tail.encode('utf-8')
                parts.append(b)
                pos += len(b)
        return start

    walk(text_el)
    return b''.join(parts), dct, gold


def tag(binary, text, dct):
    cmd = [binary, 'tag', '--format', 'json']
    if dct:
        cmd += ['--dct', dct]
    out = subprocess.run(cmd, input=text, capture_output=True, check=True).stdout
    return [(t['start'], t['end'], t['type'], t['value'], t['text']) for t in json.loads(out)['timexes']]


class Score:
    def __init__(self):
        self.gold = self.sys = self.strict = self.relaxed = self.type_ok = self.value_ok = 0
        self.errors = []

    def add(self, name, gold, sys_):
        self.gold += len(gold)
        self.sys += len(sys_)
        used = set()
        for s in sys_:
            best = None
            for gi, g in enumerate(gold):
                if gi in used or s[1] <= g[0] or s[0] >= g[1]:
                    continue
                if best is None or (g[0], g[1]) == (s[0], s[1]):
                    best = gi
            if best is None:
                self.errors.append((name, 'spurious', s, None))
                continue
            used.add(best)
            g = gold[best]
            self.relaxed += 1
            if (g[0], g[1]) == (s[0], s[1]):
                self.strict += 1
            else:
                self.errors.append((name, 'span', s, g))
            if g[2] == s[2]:
                self.type_ok += 1
            if g[3] == s[3]:
                self.value_ok += 1
            else:
                self.errors.append((name, 'value', s, g))
        for gi, g in enumerate(gold):
            if gi not in used:
                self.errors.append((name, 'missed', None, g))

    @staticmethod
    def f1(hit, sys_, gold):
        p = hit / sys_ if sys_ else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def report(self, label):
        sp, sr, sf = self.f1(self.strict, self.sys, self.gold)
        rp, rr, rf = self.f1(self.relaxed, self.sys, self.gold)
        tf = rf * (self.type_ok / self.relaxed) if self.relaxed else 0.0
        vf = rf * (self.value_ok / self.relaxed) if self.relaxed else 0.0
        print('%-10s gold %5d  system %5d | strict P %5.1f R %5.1f F1 %5.1f | relaxed P %5.1f R %5.1f F1 %5.1f'
              ' | type F1 %5.1f | value F1 %5.1f' % (label, self.gold, self.sys, 100 * sp, 100 * sr, 100 * sf,
                                                     100 * rp, 100 * rr, 100 * rf, 100 * tf, 100 * vf))
        return 100 * rf, 100 * vf


def value_kind(s, g):
    """Why a relaxed match has the wrong value: one of the conventions on
    which annotators of the corpus differ among themselves, or 'other'."""
    sv, gv = s[3], g[3]
    if s[2] != g[2] and (sv.startswith('P') != gv.startswith('P')):
        return 'point or length'            # "last week" as 1998-W11 or P1W
    if 'X' in gv and 'X' not in sv and len(gv) >= 4:
        head = gv.split('X')[0].rstrip('-W')
        if sv.startswith(head):
            return 'gold leaves digits unknown'  # 1989-W43 / 1989-WXX, 199 / 199X
    if re.sub(r'W0(\d)', r'W\1', sv) == gv:
        return 'unpadded week'              # 2000-W06 / 2000-W6
    if re.match(r'^\d{4}-\d\d-\d\dT', sv) and re.match(r'^\d{4}-\d\d-\d\d', gv) and sv[:10] == gv[:10]:
        return 'time of day or not'         # 1999-10-24TNI / 1999-10-24, T17:00 / T17
    if re.match(r'^\d{4}-\d\d-\d\dT', gv) and sv[:10] == gv[:10]:
        return 'time of day or not'
    if re.match(r'^\d{4}', sv) and re.match(r'^\d{4}', gv) and (sv.startswith(gv) or gv.startswith(sv)):
        return 'same time, other unit'      # "a year ago" as 1988-Q3 or 1988
    return 'other'


WEEKDAY = r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?'
MONTH = (r'(january|february|march|april|may|june|july|august|september|october|november|december'
         r'|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?')
COUNT = r'(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some|many)'


def form_of(text):
    """The form of an expression, whatever its day, month or number:
    "last Friday" and "last Monday" are one form, "three weeks" and "two
    weeks" another."""
    t = re.sub(r'^the\s+', '', text.lower().strip().rstrip('.,'))
    t = re.sub(r'\b' + WEEKDAY + r'\b', 'WD', t)
    t = re.sub(r'\b' + MONTH + r'(?=\s|$|,)', 'MON', t)
    t = re.sub(r'\b' + COUNT + r'\b', 'N', t)
    return re.sub(r'\d+', lambda m: '9' * len(m.group()), t)


def shape_of(value):
    return re.sub(r'\d', '9', value or '')


def conventions(dirs, errors_by_dir):
    """For each corpus: how far its annotators agree with themselves (the
    share of gold values whose shape is the most frequent shape of their
    form, over both corpora), and the wrong values sorted by whose side the
    corpora's majority is on."""
    shapes = {}
    golds = {}
    for d in dirs:
        golds[d] = []
        for f in sorted(os.listdir(d)):
            if f.endswith('.tml'):
                for g in gold_of(os.path.join(d, f))[2]:
                    shapes.setdefault(form_of(g[4]), {}).setdefault(shape_of(g[3]), 0)
                    shapes[form_of(g[4])][shape_of(g[3])] += 1
                    golds[d].append(g)
    major = {f: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for f, c in shapes.items()}
    for d in dirs:
        agree = sum(1 for g in golds[d] if shape_of(g[3]) == major[form_of(g[4])])
        own = {}
        for g in golds[d]:
            own.setdefault(form_of(g[4]), {}).setdefault(shape_of(g[3]), 0)
            own[form_of(g[4])][shape_of(g[3])] += 1
        own_agree = sum(max(c.values()) for c in own.values())
        kinds = {}
        for s, g in errors_by_dir[d]:
            m = major[form_of(g[4])]
            k = ('same shape, other digits' if shape_of(s[3]) == shape_of(g[3]) else
                 'tagger keeps the majority' if shape_of(s[3]) == m else
                 'gold keeps the majority' if shape_of(g[3]) == m else 'neither')
            kinds[k] = kinds.get(k, 0) + 1
        print('  %s: %d of %d gold values (%.1f%%) have the most frequent shape of their form in both corpora,'
              ' %d (%.1f%%) in this one' %
              (os.path.basename(os.path.normpath(d)), agree, len(golds[d]), 100.0 * agree / max(len(golds[d]), 1),
               own_agree, 100.0 * own_agree / max(len(golds[d]), 1)))
        for k in ('tagger keeps the majority', 'gold keeps the majority', 'same shape, other digits', 'neither'):
            print('    wrong values, %-28s %4d' % (k + ':', kinds.get(k, 0)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(os.path.dirname(__file__), '..', 'build', 'timeline'))
    ap.add_argument('--min-relaxed', type=float, default=0)
    ap.add_argument('--min-value', type=float, default=0)
    ap.add_argument('--errors', type=int, default=0, help='print up to N errors per kind')
    ap.add_argument('--value-errors', action='store_true', help='count wrong values by kind')
    ap.add_argument('--conventions', action='store_true',
                    help='how consistent the gold is, and whose side the majority takes in each wrong value')
    ap.add_argument('dirs', nargs='+')
    a = ap.parse_args()
    total = Score()
    failed = False
    errors_by_dir = {}
    for d in a.dirs:
        sc = Score()
        for f in sorted(os.listdir(d)):
            if not f.endswith('.tml'):
                continue
            text, dct, gold = gold_of(os.path.join(d, f))
            sys_ = tag(a.bin, text, dct)
            sc.add(f, gold, sys_)
            total.add(f, gold, sys_)
        rf, vf = sc.report(os.path.basename(os.path.normpath(d)))
        errors_by_dir[d] = [(e[2], e[3]) for e in sc.errors if e[1] == 'value']
        if rf < a.min_relaxed or vf < a.min_value:
            failed = True
        if a.value_errors:
            kinds = {}
            for name, k, s, g in sc.errors:
                if k == 'value':
                    kinds.setdefault(value_kind(s, g), []).append(1)
            for kind, v in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
                print('  wrong values, %-28s %4d' % (kind + ':', len(v)))
        if a.errors:
            for kind in ('missed', 'spurious', 'span', 'value'):
                errs = [e for e in sc.errors if e[1] == kind][:a.errors]
                for name, k, s, g in errs:
                    print('  %-8s %-28s sys=%s gold=%s' % (k, name[:28], s and (s[4], s[2], s[3]),
                                                          g and (g[4], g[2], g[3])))
    if len(a.dirs) > 1:
        total.report('all')
    if a.conventions:
        conventions(a.dirs, errors_by_dir)
    if failed:
        print('below target: relaxed F1 >= %.1f and value F1 >= %.1f required' % (a.min_relaxed, a.min_value))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
