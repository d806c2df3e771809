/*
 * resolve.c - clusters mentions into events (see resolve.h for the rules).
 *
 * Phase 1 walks exact day-level mentions in date order and keeps only the
 * clusters whose date intersection can still reach the current mention
 * ("active"), so the pass is linear in practice.  Phase 2 places mentions
 * dated by their report; phase 3 places coarse mentions (a week, a month)
 * into a finer event inside their range when the evidence agrees.  Both use
 * a date index over the clusters (binary search), never all pairs.
 */
#include "timeline/resolve.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "timeline/error.h"
#include "timeline/extract.h"
#include "timeline/lexicon.h"
#include "util.h"

#define REPORT_WINDOW TL_REPORT_WINDOW
/* Longest range a single mention may span (bounds the index search). */
#define MAX_SPAN 400

typedef struct {
  tl_day ifirst, ilast; /* window: the day of its single-day mentions, or
                           the union of the ranges the text says it spans */
  int has_span;         /* a member spans several days */
  char type[24];
  char trigger[32]; /* lemma of the first mention */
  char family[32];  /* its family (tl_lemma_family): the indexes' key */
  const void *kind_key; /* the first mention's (tl_rmention.kind_key) */
  size_t *mem;
  char **why;
  size_t n, cap;
  uint64_t *words; /* word hashes of the evidence (sorted, unique) */
  size_t nwords;
  int64_t *pids;   /* participants of all members (sorted, unique) */
  double *pw;      /* their evidence weight: 1 people/orgs, 0.6 inherited, 0.3 countries */
  size_t np, pcap;
  int64_t *arts;   /* articles of all members (sorted, unique) */
  size_t na, acap;
  const char **places; /* distinct places of the members (not owned) */
  size_t nplaces, plcap;
  const char *named;   /* a name the trigger is part of ("the Eaton fire"), or NULL */
  int64_t side_from, side_to; /* who attacks whom, from the first member that says (tl_rmention) */
  tl_day forced;       /* a day imposed on the event, or TL_DAY_NONE */
  char *conflict;      /* what other sources claim (owned), or NULL */
  int disputed;        /* another day has more evidence for this event */
} cluster;

/* Evidence words are merged from the first members only: enough to
 * recognise an event, and bounded for events with thousands of reports. */
#define WORDS_FROM_MEMBERS 16

typedef struct {
  cluster *v;
  size_t n, cap;
} clist;

/* ---- evidence words --------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Hashes of the lower-cased words of 5+ letters (content words, roughly). */
static size_t word_hashes(const char *s, uint64_t **out) {
  size_t cap = 32, n = 0;
  uint64_t *v = malloc(cap * sizeof *v);
  if (!v)
    return 0;
  const char *p = s ? s : "";
  while (*p) {
    while (*p && !isalpha((unsigned char)*p))
      p++;
    const char *b = p;
    while (*p && isalpha((unsigned char)*p))
      p++;
    size_t len = (size_t)(p - b);
    if (len < 5)
      continue;
    char low[64];
    if (len >= sizeof low)
      len = sizeof low - 1;
    for (size_t i = 0; i < len; i++)
      low[i] = (char)tolower((unsigned char)b[i]);
    if (n == cap) {
      cap *= 2;
      uint64_t *nv = realloc(v, cap * sizeof *nv);
      if (!nv)
        break;
      v = nv;
    }
    v[n++] = tl_hash64(low, len, TL_HASH_SEED);
  }
  qsort(v, n, sizeof *v, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (!u || v[u - 1] != v[i])
      v[u++] = v[i];
  *out = v;
  return u;
}

static double jaccard(const uint64_t *a, size_t na, const uint64_t *b, size_t nb) {
  size_t i = 0, j = 0, inter = 0;
  while (i < na && j < nb) {
    if (a[i] == b[j])
      inter++, i++, j++;
    else if (a[i] < b[j])
      i++;
    else
      j++;
  }
  size_t uni = na + nb - inter;
  return uni ? (double)inter / (double)uni : 0.0;
}

/* ---- people named by surname alone ---------------------------------------- */

typedef struct {
  char *surname; /* the key up to its given name */
  uint64_t h;    /* its hash: the sort compares it before the names */
  int64_t pid;
  int full;      /* named with a given name */
  size_t mi, a;  /* where */
} pkey;

/* An article's keys tell its story when it has at least this many. */
#define STORY_MIN_KEYS 2

/* Sets x->skeys, once: the hashes of the lines of x->story, sorted,
 * unique (none when there are too few, or no memory: not known). */
static void story_keys(tl_rmention *x) {
  if (x->skeys_set)
    return;
  x->skeys_set = 1;
  x->skeys = NULL;
  x->nskeys = 0;
  if (!x->story || !*x->story)
    return;
  size_t cap = 1;
  for (const char *p = x->story; *p; p++)
    cap += *p == '\n';
  uint64_t *v = malloc(cap * sizeof *v);
  if (!v)
    return;
  size_t n = 0;
  for (const char *p = x->story; *p;) {
    const char *e = strchr(p, '\n');
    size_t l = e ? (size_t)(e - p) : strlen(p);
    if (l)
      v[n++] = tl_hash64(p, l, TL_HASH_SEED);
    p += l + (e != NULL);
  }
  qsort(v, n, sizeof *v, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < n; i++)
    if (!u || v[u - 1] != v[i])
      v[u++] = v[i];
  if (u < STORY_MIN_KEYS) { /* too little to tell a story by */
    free(v);
    return;
  }
  x->skeys = v;
  x->nskeys = u;
}

/* Do two sorted sets of hashes share one? */
static int keys_meet(const uint64_t *a, size_t na, const uint64_t *b, size_t nb) {
  for (size_t i = 0, j = 0; i < na && j < nb;) {
    if (a[i] == b[j])
      return 1;
    if (a[i] < b[j])
      i++;
    else
      j++;
  }
  return 0;
}

static int cmp_pkey(const void *pa, const void *pb) {
  const pkey *a = pa, *b = pb;
  if (a->h != b->h) /* surnames apart in hash order: only runs of one surname matter */
    return a->h < b->h ? -1 : 1;
  int c = strcmp(a->surname, b->surname);
  if (c)
    return c;
  if (a->full != b->full)
    return b->full - a->full; /* full names first */
  return a->pid < b->pid ? -1 : a->pid > b->pid;
}

/* Puts the parts of x back in pid order (the passes merge sorted lists),
 * dropping a second copy of one pid. */
static void sort_parts(tl_rmention *x) {
  for (size_t i = 1; i < x->nparts; i++)
    for (size_t j = i; j > 0 && x->pids[j - 1] > x->pids[j]; j--) {
      int64_t p = x->pids[j];
      x->pids[j] = x->pids[j - 1], x->pids[j - 1] = p;
      char *nm = x->pnames[j];
      x->pnames[j] = x->pnames[j - 1], x->pnames[j - 1] = nm;
      int k = x->pkinds[j];
      x->pkinds[j] = x->pkinds[j - 1], x->pkinds[j - 1] = k;
      if (x->pweak) {
        int wk = x->pweak[j];
        x->pweak[j] = x->pweak[j - 1], x->pweak[j - 1] = wk;
      }
      if (x->ppos) {
        long pos = x->ppos[j];
        x->ppos[j] = x->ppos[j - 1], x->ppos[j - 1] = pos;
      }
    }
  size_t w = 0;
  for (size_t i = 0; i < x->nparts; i++) {
    if (w && x->pids[w - 1] == x->pids[i]) {
      if (x->pweak)
        x->pweak[w - 1] = x->pweak[w - 1] && x->pweak[i];
      free(x->pnames[i]);
      continue;
    }
    x->pids[w] = x->pids[i], x->pnames[w] = x->pnames[i], x->pkinds[w] = x->pkinds[i];
    if (x->pweak)
      x->pweak[w] = x->pweak[i];
    if (x->ppos)
      x->ppos[w] = x->ppos[i];
    w++;
  }
  x->nparts = w;
}

/* A person named by surname alone in an article that never gives the full
 * name ("President Biden said") is the person named in full with that
 * surname most often among the mentions resolved together (Joe Biden
 * rather than Jill Biden): participant keys keep given names apart, and
 * this lets the lone surname join them. */
static int lone_surnames(tl_rmention *m, size_t n) {
  size_t np = 0, cap = 0;
  pkey *v = NULL;
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++)
    for (size_t a = 0; a < m[i].nparts && !rc; a++) {
      if (m[i].pkinds[a] != TL_ENT_PERSON)
        continue;
      char *k = tl_participant_key(m[i].pnames[a], TL_ENT_PERSON);
      if (!k) {
        rc = TL_ENOMEM;
        break;
      }
      char *comma = strchr(k, ',');
      if (comma)
        *comma = '\0';
      if (np == cap) {
        size_t nc = cap ? cap * 2 : 64;
        pkey *nv = realloc(v, nc * sizeof *nv);
        if (!nv) {
          free(k);
          rc = TL_ENOMEM;
          break;
        }
        v = nv, cap = nc;
      }
      v[np++] = (pkey){k, tl_hash64(k, strlen(k), TL_HASH_SEED), m[i].pids[a], comma != NULL, i, a};
    }
  if (!rc && np)
    qsort(v, np, sizeof *v, cmp_pkey);
  for (size_t g = 0; !rc && g < np;) {
    size_t e = g;
    while (e < np && strcmp(v[e].surname, v[g].surname) == 0)
      e++;
    /* the full name most often named (runs of one pid, full names first) */
    int64_t best = 0;
    size_t best_n = 0, best_at = 0;
    for (size_t r = g; r < e && v[r].full;) {
      size_t q = r;
      while (q < e && v[q].full && v[q].pid == v[r].pid)
        q++;
      if (q - r > best_n)
        best = v[r].pid, best_n = q - r, best_at = r;
      r = q;
    }
    for (size_t r = g; r < e && best_n; r++) {
      if (v[r].full)
        continue;
      tl_rmention *x = &m[v[r].mi];
      char *name = tl_strdup(m[v[best_at].mi].pnames[v[best_at].a]);
      if (!name) {
        rc = TL_ENOMEM;
        break;
      }
      free(x->pnames[v[r].a]);
      x->pnames[v[r].a] = name;
      x->pids[v[r].a] = best;
    }
    g = e;
  }
  /* the changed mentions keep their parts in pid order */
  for (size_t r = 0; r < np; r++) {
    if (!rc && !v[r].full)
      sort_parts(&m[v[r].mi]);
    free(v[r].surname);
  }
  free(v);
  return rc;
}

/* ---- clusters ------------------------------------------------------------- */

static int set_find(const int64_t *v, size_t n, int64_t x, size_t *pos) {
  size_t a = 0, b = n;
  while (a < b) {
    size_t mid = (a + b) / 2;
    if (v[mid] < x)
      a = mid + 1;
    else
      b = mid;
  }
  *pos = a;
  return a < n && v[a] == x;
}

static int set_add(int64_t **v, size_t *n, size_t *cap, int64_t x) {
  size_t pos;
  if (set_find(*v, *n, x, &pos))
    return 0;
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 8;
    int64_t *nv = realloc(*v, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    *v = nv;
    *cap = nc;
  }
  memmove(*v + pos + 1, *v + pos, (*n - pos) * sizeof **v);
  (*v)[pos] = x;
  (*n)++;
  return 0;
}

static double part_weight(const tl_rmention *x, size_t a) {
  return x->pkinds[a] == TL_ENT_COUNTRY ? 0.3 : x->pweak && x->pweak[a] ? 0.6 : 1.0;
}

/* Adds pid to the cluster's sorted set, keeping the strongest weight. */
static int pset_add(cluster *c, int64_t pid, double w) {
  size_t pos;
  if (set_find(c->pids, c->np, pid, &pos)) {
    if (w > c->pw[pos])
      c->pw[pos] = w;
    return 0;
  }
  if (c->np == c->pcap) {
    size_t nc = c->pcap ? c->pcap * 2 : 8;
    int64_t *nv = realloc(c->pids, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    c->pids = nv;
    double *nw = realloc(c->pw, nc * sizeof *nw);
    if (!nw)
      return TL_ENOMEM;
    c->pw = nw;
    c->pcap = nc;
  }
  memmove(c->pids + pos + 1, c->pids + pos, (c->np - pos) * sizeof *c->pids);
  memmove(c->pw + pos + 1, c->pw + pos, (c->np - pos) * sizeof *c->pw);
  c->pids[pos] = pid;
  c->pw[pos] = w;
  c->np++;
  return 0;
}

/* ---- places ------------------------------------------------------------------ */

/* Whether two places are compatible, remembered per pair: tl_resolve gives
 * each distinct place name one pointer (place_key), so a pair of
 * pointers is a pair of names.  Direct-mapped; cleared by each call of
 * tl_resolve, whose pointers die with it. */
typedef struct {
  const void *a, *b;
  int ok;
} pair_memo;
#define PAIR_MEMO 4096
static _Thread_local pair_memo pmemo[PAIR_MEMO];

/* The slot of memo tab for the pair (a, b); *hit says whether it holds
 * the pair's answer already (else the caller fills ok). */
static pair_memo *memo_slot(pair_memo *tab, const void *a, const void *b, int *hit) {
  uint64_t h = (uint64_t)(uintptr_t)a * 0x9E3779B97F4A7C15ULL ^ (uint64_t)(uintptr_t)b * 0xC2B2AE3D27D4EB4FULL;
  pair_memo *e = &tab[(h >> 32) % PAIR_MEMO];
  *hit = e->a == a && e->b == b;
  e->a = a;
  e->b = b;
  return e;
}

static int places_ok(const char *a, const char *b) {
  if (!a || !b || a == b)
    return 1;
  int hit;
  pair_memo *e = memo_slot(pmemo, a, b, &hit);
  if (!hit) {
    tl_place pa, pb;
    /* (2: they may still agree, one being a place the gazetteer does not
     * know, "Dingri county" and Shigatse: see places_agree) */
    e->ok = tl_places_compatible(a, b) ? 1 : (tl_place_lookup(&pa, a) != 0 || tl_place_lookup(&pb, b) != 0) ? 2 : 0;
  }
  return e->ok;
}

/* Is p the name of a subdivision the gazetteer does not know ("Dingri
 * county", "Wayanad district"): does it end in a word of administration
 * (data/placewords.tsv, class area)? */
static int subdivision(const char *p) {
  static const tl_lex *_Atomic lx;
  const char *sp = p ? strrchr(p, ' ') : NULL;
  return sp && sp[1] && tl_lex_find_class(tl_lex_cached(&lx, "placewords.tsv"), sp + 1, strlen(sp + 1), "area");
}

/* Do the places of two events agree?  Those the gazetteer knows must; a
 * natural disaster's subdivision it does not know ("in Dingri county",
 * the same earthquake's "near Shigatse") may hold the other place, so the
 * same kind of disaster on the same day is taken for one (a town it does
 * not know may be anywhere: "near Perry" and "in Ohio" stay apart). */
static int places_agree(const char *pa, const char *type_a, const char *family_a, const char *pb,
                        const char *type_b, const char *family_b) {
  int ok = places_ok(pa, pb);
  if (ok != 2)
    return ok;
  if (strcmp(type_a, "accident") || strcmp(type_b, "accident") || strcmp(family_a, family_b) ||
      !(subdivision(pa) || subdivision(pb)))
    return 0;
  return tl_family_role(family_a, "spread");
}

/* Sets m[i].place_key: the first m[j].place equal to m[i].place. */
static int intern_places(tl_rmention *m, size_t n) {
  size_t cap = 16;
  while (cap < 2 * n + 2)
    cap *= 2;
  const char **slot = calloc(cap, sizeof *slot);
  if (!slot)
    return TL_ENOMEM;
  for (size_t i = 0; i < n; i++) {
    const char *p = m[i].place;
    m[i].place_key = NULL;
    if (!p)
      continue;
    size_t s = tl_hash64(p, strlen(p), TL_HASH_SEED) & (cap - 1);
    while (slot[s] && strcmp(slot[s], p) != 0)
      s = (s + 1) & (cap - 1);
    if (!slot[s])
      slot[s] = p;
    m[i].place_key = slot[s];
  }
  free(slot);
  memset(pmemo, 0, sizeof pmemo);
  return 0;
}

/* The same for kinds of event: whether two (type, trigger) pairs may be
 * one event (tl_kinds_compatible) is asked for every candidate pair of
 * the scans, so the answer is remembered per pair of kind_key. */
static _Thread_local pair_memo kmemo[PAIR_MEMO];

static int kinds_ok(const void *ka, const char *ta, const char *ra, const void *kb, const char *tb, const char *rb) {
  if (!ka || !kb)
    return tl_kinds_compatible(ta, ra, tb, rb);
  int hit;
  pair_memo *e = memo_slot(kmemo, ka, kb, &hit);
  if (!hit)
    e->ok = tl_kinds_compatible(ta, ra, tb, rb);
  return e->ok;
}

/* Sets m[i].kind_key: the type of the first m[j] of m[i]'s type and
 * trigger. */
static int intern_kinds(tl_rmention *m, size_t n) {
  size_t cap = 16;
  while (cap < 2 * n + 2)
    cap *= 2;
  size_t *slot = calloc(cap, sizeof *slot); /* index + 1 */
  if (!slot)
    return TL_ENOMEM;
  for (size_t i = 0; i < n; i++) {
    uint64_t h = tl_hash64(m[i].type, strlen(m[i].type), TL_HASH_SEED);
    size_t s = tl_hash64(m[i].trigger, strlen(m[i].trigger), h) & (cap - 1);
    while (slot[s] && (strcmp(m[slot[s] - 1].type, m[i].type) || strcmp(m[slot[s] - 1].trigger, m[i].trigger)))
      s = (s + 1) & (cap - 1);
    if (!slot[s])
      slot[s] = i + 1;
    m[i].kind_key = m[slot[s] - 1].type;
  }
  free(slot);
  memset(kmemo, 0, sizeof kmemo);
  return 0;
}

/* The participant whose name holds the trigger of x ("the Eaton fire":
 * "Eaton fire"), or NULL: an event by its own name. */
static const char *own_name(const tl_rmention *x) {
  if (strcmp(x->type, "accident") != 0 || !x->sentence || x->trig_start < x->sent_start ||
      x->trig_start - x->sent_start >= strlen(x->sentence))
    return NULL;
  const char *tw = x->sentence + (x->trig_start - x->sent_start);
  size_t tn = 0;
  while (isalpha((unsigned char)tw[tn]))
    tn++;
  for (size_t a = 0; x->ppos && a < x->nparts && tn; a++) {
    size_t ln = strlen(x->pnames[a]);
    /* the name ends with the trigger's word, where the trigger is */
    if (x->ppos[a] >= 0 && (size_t)x->ppos[a] < x->trig_start && ln > tn + 1 &&
        x->pnames[a][ln - tn - 1] == ' ' && strncasecmp(x->pnames[a] + ln - tn, tw, tn) == 0 &&
        (size_t)x->ppos[a] + ln == x->trig_start + tn)
      return x->pnames[a];
  }
  return NULL;
}

/* Do two events have names of their own that differ (the Palisades fire
 * and the Eaton fire, the same day)? */
static int names_differ(const char *a, const char *b) {
  return a && b && strcasecmp(a, b) != 0;
}

static int cluster_add(cluster *c, const tl_rmention *m, size_t mi, const char *why) {
  if (!c->named)
    c->named = m[mi].own_name;
  if (!c->side_from && m[mi].side_from)
    c->side_from = m[mi].side_from, c->side_to = m[mi].side_to;
  if (c->n == c->cap) {
    size_t nc = c->cap ? c->cap * 2 : 4;
    size_t *nm = realloc(c->mem, nc * sizeof *nm);
    if (!nm)
      return TL_ENOMEM;
    c->mem = nm;
    char **nw = realloc(c->why, nc * sizeof *nw);
    if (!nw)
      return TL_ENOMEM;
    c->why = nw;
    c->cap = nc;
  }
  c->mem[c->n] = mi;
  c->why[c->n] = tl_strdup(why);
  if (!c->why[c->n])
    return TL_ENOMEM;
  c->n++;
  const tl_rmention *x = &m[mi];
  for (size_t a = 0; a < x->nparts; a++)
    if (pset_add(c, x->pids[a], part_weight(x, a)))
      return TL_ENOMEM;
  if (set_add(&c->arts, &c->na, &c->acap, x->article_id))
    return TL_ENOMEM;
  if (x->place_key) {
    int known = 0;
    for (size_t k = 0; k < c->nplaces && !known; k++)
      known = c->places[k] == x->place_key; /* one pointer per distinct place */
    if (!known) {
      if (c->nplaces == c->plcap) {
        size_t nc = c->plcap ? c->plcap * 2 : 4;
        const char **np = realloc(c->places, nc * sizeof *np);
        if (!np)
          return TL_ENOMEM;
        c->places = np;
        c->plcap = nc;
      }
      c->places[c->nplaces++] = x->place_key;
    }
  }
  return 0;
}

static int cluster_new(clist *l, tl_rmention *m, size_t mi, const uint64_t *words, size_t nwords) {
  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 64;
    cluster *nv = realloc(l->v, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    l->v = nv;
    l->cap = nc;
  }
  cluster *c = &l->v[l->n++];
  memset(c, 0, sizeof *c);
  c->ifirst = m[mi].date.first;
  c->ilast = m[mi].date.last;
  c->forced = TL_DAY_NONE;
  c->has_span = m[mi].date.gran <= TL_GRAN_DAY && m[mi].date.first != m[mi].date.last;
  snprintf(c->type, sizeof c->type, "%s", m[mi].type);
  snprintf(c->trigger, sizeof c->trigger, "%s", m[mi].trigger);
  c->kind_key = m[mi].kind_key;
  snprintf(c->family, sizeof c->family, "%s", m[mi].family);
  c->words = malloc((nwords + 1) * sizeof *c->words);
  if (!c->words)
    return TL_ENOMEM;
  memcpy(c->words, words, nwords * sizeof *words);
  c->nwords = nwords;
  return cluster_add(c, m, mi, "first mention");
}

static int cluster_merge_words(cluster *c, const uint64_t *w, size_t nw) {
  uint64_t *v = malloc((c->nwords + nw + 1) * sizeof *v);
  if (!v)
    return TL_ENOMEM;
  size_t i = 0, j = 0, k = 0;
  while (i < c->nwords || j < nw) {
    if (j >= nw || (i < c->nwords && c->words[i] < w[j]))
      v[k++] = c->words[i++];
    else if (i >= c->nwords || w[j] < c->words[i])
      v[k++] = w[j++];
    else
      v[k++] = c->words[i++], j++;
  }
  free(c->words);
  c->words = v;
  c->nwords = k;
  return 0;
}

/* Do two attacks go opposite ways (one's attacker the other's target)? */
static int sides_reversed(int64_t from1, int64_t to1, int64_t from2, int64_t to2) {
  return from1 && from2 && from1 == to2 && to1 == from2;
}

/* Evidence that mention mi belongs with cluster c.  Returns a score > 0
 * when it may join (and writes the reason to why, unless it is NULL), 0
 * otherwise. */
static double affinity(const tl_rmention *m, size_t mi, const cluster *c, const uint64_t *w, size_t nw,
                       int strict, char *why, size_t whycap) {
  const tl_rmention *x = &m[mi];
  if (!kinds_ok(x->kind_key, x->type, x->trigger, c->kind_key, c->type, c->trigger) || names_differ(x->own_name, c->named))
    return 0; /* (nor the Eaton fire the Palisades fire) */
  if (sides_reversed(x->side_from, x->side_to, c->side_from, c->side_to))
    return 0; /* Israel's strikes on Iran and Iran's missiles at Israel that night */
  /* places must agree with every place the event has, unless both name
   * the same storm, which makes landfall near a town the gazetteer does
   * not know and in the state it does ("near Perry", "in Florida") */
  const char *cplace = c->nplaces ? c->places[0] : NULL;
  int same_storm = 0;
  for (size_t a = 0; x->storm && a < x->nparts && !same_storm; a++) {
    size_t pos;
    same_storm = tl_storm_name(x->pnames[a]) && set_find(c->pids, c->np, x->pids[a], &pos);
  }
  for (size_t k = 0; k < c->nplaces && !same_storm; k++)
    if (!places_agree(x->place_key, x->type, x->family, c->places[k], c->type, c->family))
      return 0;
  /* shared participants: people and organisations are strong evidence,
   * countries weak (most reports of a story name the same countries) */
  char shared[160] = "";
  size_t sp = 0, pos;
  double ev = 0;
  int same_article = set_find(c->arts, c->na, x->article_id, &pos);
  for (size_t a = 0; a < x->nparts; a++) {
    if (set_find(c->pids, c->np, x->pids[a], &pos)) {
      if (sp < 3 && why) {
        size_t l = strlen(shared);
        snprintf(shared + l, sizeof shared - l, "%s%s", sp ? ", " : "", x->pnames[a]);
      }
      sp++;
      ev += x->pkinds[a] == TL_ENT_COUNTRY ? 0.3 : x->pweak && x->pweak[a] ? (strict ? 0.45 : 0.6) : 1.0;
    } else if (strict && x->pkinds[a] == TL_ENT_PERSON && !(x->pweak && x->pweak[a])) {
      if (strict == 2)
        return 0; /* a coarse date and someone else: another event that week */
      ev -= 0.4; /* someone the event does not involve */
    }
  }
  int same_place = x->place && cplace;
  double jw = jaccard(w, nw, c->words, c->nwords);
  int same_lemma = strcmp(x->family, c->family) == 0;
  /* an accident is named by what happened more than by who was in it:
   * the same kind of accident on the same day is likely the one reported
   * ("the vessel lost contact" and "lost contact with the Polar Prince") */
  int same_accident = same_lemma && !strict && strcmp(x->type, "accident") == 0 && strcmp(c->type, "accident") == 0;
  ev += (same_place ? 1.0 : 0.0) + 2.0 * jw + (same_article ? (strict ? 0.3 : 0.5) : 0.0) + (same_lemma ? 0.3 : 0.0) +
        (same_accident ? 0.3 : 0.0);
  if (ev < (strict ? 0.75 : 0.6))
    return 0;
  if (!why) /* scoring candidates: the reason is written for the best only */
    return ev + (strcmp(x->type, c->type) == 0 ? 0.5 : 0.0);
  char d1[11], d2[11];
  tl_day_format(d1, c->ifirst);
  tl_day_format(d2, c->ilast);
  snprintf(why, whycap, "%s %s%s%s; type %s ~ %s%s%s%s%s%s; word overlap %.2f; evidence %.2f",
           c->ifirst == c->ilast ? "same day" : "overlapping dates", d1, c->ifirst == c->ilast ? "" : "..",
           c->ifirst == c->ilast ? "" : d2, x->type, c->type, sp ? "; shared participants: " : "", shared,
           same_place ? "; place " : "", same_place ? x->place : "", same_article ? "; same article" : "", jw, ev);
  (void)same_lemma;
  return ev + (strcmp(x->type, c->type) == 0 ? 0.5 : 0.0);
}

static int join(cluster *c, const tl_rmention *m, size_t mi, const uint64_t *w, size_t nw, const char *why,
                int narrow) {
  const tl_span *d = &m[mi].date;
  int span = d->gran <= TL_GRAN_DAY && d->first != d->last;
  if (narrow && span) {
    /* the text says the event spans these days: widen */
    if (!c->has_span || d->first < c->ifirst)
      c->ifirst = d->first;
    if (!c->has_span || d->last > c->ilast)
      c->ilast = d->last;
    c->has_span = 1;
  } else if (narrow && !c->has_span) {
    /* single days never widen a window: no chaining of days */
    if (d->first > c->ifirst)
      c->ifirst = d->first;
    if (d->last < c->ilast)
      c->ilast = d->last;
  }
  if (c->n < WORDS_FROM_MEMBERS && cluster_merge_words(c, w, nw))
    return TL_ENOMEM;
  return cluster_add(c, m, mi, why);
}

/* Evidence that clusters a and b are one event (0 when they cannot be). */
static double cluster_affinity(const cluster *a, const cluster *b, const tl_rmention *m) {
  if (!kinds_ok(a->kind_key, a->type, a->trigger, b->kind_key, b->type, b->trigger) || names_differ(a->named, b->named) ||
      sides_reversed(a->side_from, a->side_to, b->side_from, b->side_to))
    return 0;
  if (a->ifirst > b->ilast || b->ifirst > a->ilast)
    return 0;
  /* single days must be the same day; a span may hold the other's days */
  if (!a->has_span && !b->has_span && a->ifirst != b->ifirst)
    return 0;
  if (!a->has_span && b->has_span && (a->ifirst < b->ifirst || a->ilast > b->ilast))
    return 0;
  if (!b->has_span && a->has_span && (b->ifirst < a->ifirst || b->ilast > a->ilast))
    return 0;
  for (size_t i = 0; i < a->nplaces; i++)
    for (size_t j = 0; j < b->nplaces; j++)
      if (!places_agree(a->places[i], a->type, a->family, b->places[j], b->type, b->family))
        return 0;
  double ev = 0;
  size_t i = 0, j = 0;
  while (i < a->np && j < b->np) {
    if (a->pids[i] == b->pids[j]) {
      ev += a->pw[i] < b->pw[j] ? a->pw[i] : b->pw[j];
      i++, j++;
    } else if (a->pids[i] < b->pids[j]) {
      i++;
    } else {
      j++;
    }
  }
  if (a->nplaces && b->nplaces)
    ev += 1.0;
  if (strcmp(a->family, b->family) == 0)
    ev += 0.3;
  ev += 2.0 * jaccard(a->words, a->nwords, b->words, b->nwords);
  (void)m;
  return ev;
}

static int merge_into(cluster *a, cluster *b, const tl_rmention *m, const char *reason) {
  char why[200];
  for (size_t k = 0; k < b->n; k++) {
    snprintf(why, sizeof why, "%s; %s", b->why[k] ? b->why[k] : "", reason);
    if (cluster_add(a, m, b->mem[k], why))
      return TL_ENOMEM;
  }
  if (cluster_merge_words(a, b->words, b->nwords))
    return TL_ENOMEM;
  if (b->has_span) {
    if (!a->has_span || b->ifirst < a->ifirst)
      a->ifirst = b->ifirst;
    if (!a->has_span || b->ilast > a->ilast)
      a->ilast = b->ilast;
    a->has_span = 1;
  }
  for (size_t k = 0; k < b->n; k++)
    free(b->why[k]);
  b->n = 0; /* emptied: skipped from now on */
  return 0;
}

static int merge_pass(clist *l, const tl_rmention *m) {
  for (int round = 0; round < 4; round++) {
    int merged = 0;
    for (size_t i = 0; i < l->n; i++) {
      if (!l->v[i].n)
        continue;
      /* clusters were created in date order: the candidates follow */
      for (size_t j = i + 1; j < l->n; j++) {
        cluster *a = &l->v[i], *b = &l->v[j];
        if (b->ifirst > a->ilast)
          break;
        if (!b->n || cluster_affinity(a, b, m) < 0.6)
          continue;
        if (merge_into(a, b, m, "event merged with another of the same window on shared evidence"))
          return TL_ENOMEM;
        merged = 1;
      }
    }
    if (!merged)
      break;
  }
  return 0;
}

/* Does the event name no one directly and no place ("The fire broke out on
 * April 15", "the June 12 crash")?  Countries and the article's inherited
 * subjects do not count. */
static int bare(const cluster *c) {
  if (c->nplaces)
    return 0;
  for (size_t k = 0; k < c->np; k++)
    if (c->pw[k] >= 1.0)
      return 0;
  return 1;
}

/* Can mention x be of the story of cluster c?  Not when the keys of x's
 * article (its participants, its places: articles.keys) and
 * those of c's first articles are known and none of them share a key: the
 * article of "police searched the city overnight" in Solingen is not the
 * one of the search for a yacht's missing off Sicily.  (The first 64
 * members: a story's articles share names, a large event has many.) */
static int same_story(tl_rmention *x, const cluster *c, tl_rmention *m) {
  story_keys(x);
  if (!x->nskeys)
    return 1;
  int known = 0;
  for (size_t k = 0; k < c->n && k < 64; k++) {
    tl_rmention *y = &m[c->mem[k]];
    if (y->article_id == x->article_id)
      return 1;
    story_keys(y);
    if (!y->nskeys)
      continue;
    known = 1;
    if (keys_meet(x->skeys, x->nskeys, y->skeys, y->nskeys))
      return 1;
  }
  return !known;
}

/* Is one member of b of the story of c? */
static int clusters_same_story(const cluster *b, const cluster *c, tl_rmention *m) {
  for (size_t k = 0; k < b->n; k++)
    if (same_story(&m[b->mem[k]], c, m))
      return 1;
  return 0;
}

/* A bare event of one day is the only event with its trigger that day,
 * when there is one: it joins it ("the June 12 crash" in one report, "the
 * crash of Air India flight 171 in Ahmedabad" in another).  With two or
 * more candidates it stays apart: a day of world news has many fires.
 * Candidates come from an index of the events by lemma family and first day;
 * an event of several days counts when it began at most a month before. */
static _Thread_local const clist *lone_base; /* qsort has no context argument */
static int cmp_lone(const void *pa, const void *pb) {
  const cluster *a = &lone_base->v[*(const size_t *)pa], *b = &lone_base->v[*(const size_t *)pb];
  int c = strcmp(a->family, b->family);
  if (c)
    return c;
  if (a->ifirst != b->ifirst)
    return a->ifirst < b->ifirst ? -1 : 1;
  return *(const size_t *)pa < *(const size_t *)pb ? -1 : *(const size_t *)pa > *(const size_t *)pb;
}

static int lone_pass(clist *l, tl_rmention *m) {
  size_t *ix = malloc((l->n + 1) * sizeof *ix), nix = 0;
  if (!ix)
    return TL_ENOMEM;
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].n)
      ix[nix++] = i;
  lone_base = l;
  qsort(ix, nix, sizeof *ix, cmp_lone);
  int rc = 0;
  for (size_t i = 0; i < l->n && !rc; i++) {
    cluster *b = &l->v[i];
    if (!b->n || b->has_span || !bare(b))
      continue;
    tl_day day = b->ifirst;
    /* the first entry with this trigger starting on or after day - 31 */
    size_t lo = 0, hi = nix;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      const cluster *c = &l->v[ix[mid]];
      int t = strcmp(c->family, b->family);
      if (t < 0 || (t == 0 && c->ifirst < day - 31))
        lo = mid + 1;
      else
        hi = mid;
    }
    long only = -1;
    int count = 0;
    for (size_t k = lo; k < nix && count < 2; k++) {
      const cluster *d = &l->v[ix[k]];
      if (strcmp(d->family, b->family) != 0 || d->ifirst > day)
        break;
      if (ix[k] == i || !d->n || d->ilast < day ||
          !kinds_ok(b->kind_key, b->type, b->trigger, d->kind_key, d->type, d->trigger) ||
          sides_reversed(b->side_from, b->side_to, d->side_from, d->side_to))
        continue;
      count++;
      only = (long)ix[k];
    }
    if (count == 1 && clusters_same_story(b, &l->v[only], m)) {
      char reason[120];
      snprintf(reason, sizeof reason, "names no one and nowhere: the only %s of that day", b->trigger);
      rc = merge_into(&l->v[only], b, m, reason);
    }
  }
  free(ix);
  return rc;
}

static _Thread_local clist *csort_base;
static int cmp_cluster_first(const void *pa, const void *pb);

/* Do the sorted article sets of a and b share an article? */
static int share_article(const cluster *a, const cluster *b) {
  size_t i = 0, j = 0;
  while (i < a->na && j < b->na) {
    if (a->arts[i] == b->arts[j])
      return 1;
    if (a->arts[i] < b->arts[j])
      i++;
    else
      j++;
  }
  return 0;
}

/* Sources that may disagree by one day on the same specific event ("talks
 * on Friday" in one paper, "on Saturday" in another): same type and
 * trigger, compatible places, a person or organisation in common, and no
 * article reporting both days.  Different days are never merged (two
 * papers may each report one of two sessions), so both events stay; each
 * says which other day is claimed and by how many sources, and the one
 * with less evidence (fewer sources, then fewer mentions) loses half its
 * confidence.  explain shows the note. */
static int note_conflict(cluster *c, const char *text) {
  char *n = c->conflict ? NULL : tl_strdup(text);
  if (c->conflict)
    return 0; /* keep the first note */
  if (!n)
    return TL_ENOMEM;
  c->conflict = n;
  return 0;
}

static int conflict_pass(clist *l, const tl_rmention *m) {
  size_t *idx = malloc((l->n + 1) * sizeof *idx), k = 0;
  if (!idx)
    return TL_ENOMEM;
  for (size_t i = 0; i < l->n; i++)
    if (l->v[i].n && !l->v[i].has_span && l->v[i].ifirst == l->v[i].ilast && m[l->v[i].mem[0]].date.gran <= TL_GRAN_DAY)
      idx[k++] = i;
  csort_base = l;
  qsort(idx, k, sizeof *idx, cmp_cluster_first);
  int rc = 0;
  for (size_t a = 0; a < k && !rc; a++) {
    for (size_t b = a + 1; b < k && !rc; b++) {
      cluster *x = &l->v[idx[a]], *y = &l->v[idx[b]];
      if (y->ifirst > x->ifirst + 1)
        break;
      if (y->ifirst != x->ifirst + 1 || strcmp(x->type, y->type) || strcmp(x->trigger, y->trigger) ||
          share_article(x, y))
        continue;
      int same_places = 1;
      for (size_t i = 0; i < x->nplaces; i++)
        for (size_t j = 0; j < y->nplaces; j++)
          same_places &= places_ok(x->places[i], y->places[j]) == 1;
      double strong = 0;
      for (size_t i = 0, j = 0; i < x->np && j < y->np;) {
        if (x->pids[i] == y->pids[j]) {
          if (x->pw[i] >= 1.0 && y->pw[j] >= 1.0)
            strong += 1.0;
          i++, j++;
        } else if (x->pids[i] < y->pids[j]) {
          i++;
        } else {
          j++;
        }
      }
      if (!same_places || strong < 1.0)
        continue;
      cluster *win = x, *lose = y;
      if (y->na > x->na || (y->na == x->na && y->n > x->n))
        win = y, lose = x;
      char dw[11], dl[11], buf[240];
      tl_day_format(dw, win->ifirst);
      tl_day_format(dl, lose->ifirst);
      snprintf(buf, sizeof buf, "possibly the same event as the one dated %s by %zu source%s; this date has more evidence",
               dl, lose->na, lose->na == 1 ? "" : "s");
      rc = note_conflict(win, buf);
      snprintf(buf, sizeof buf, "possibly the same event as the one dated %s by %zu source%s, which has more evidence",
               dw, win->na, win->na == 1 ? "" : "s");
      if (!rc && !lose->conflict) {
        rc = note_conflict(lose, buf);
        lose->disputed = 1;
      }
    }
  }
  free(idx);
  return rc;
}

/* ---- ordering -------------------------------------------------------------- */

static _Thread_local tl_rmention *sort_base;

static int cmp_mention(const void *pa, const void *pb) {
  const tl_rmention *a = &sort_base[*(const size_t *)pa], *b = &sort_base[*(const size_t *)pb];
  if (a->date.first != b->date.first)
    return a->date.first < b->date.first ? -1 : 1;
  if (a->date.last != b->date.last)
    return a->date.last < b->date.last ? -1 : 1;
  int c = strcmp(a->article_ext ? a->article_ext : "", b->article_ext ? b->article_ext : "");
  if (c)
    return c;
  if (a->sent_start != b->sent_start)
    return a->sent_start < b->sent_start ? -1 : 1;
  return a->trig_start < b->trig_start ? -1 : a->trig_start > b->trig_start;
}

static _Thread_local clist *csort_base;
static int cmp_cluster_first(const void *pa, const void *pb) {
  const cluster *a = &csort_base->v[*(const size_t *)pa], *b = &csort_base->v[*(const size_t *)pb];
  return a->ifirst < b->ifirst ? -1 : a->ifirst > b->ifirst;
}

/* ---- events ------------------------------------------------------------------ */

/* What a court or the police do to someone: "Trial of Sam Bankman-Fried"
 * (a country or a body does it: "Arrest by Tanzania"). */
static int done_to_person(const char *type, const char *lemma) {
  return !strcmp(type, "ruling") && tl_family_role(lemma, "person");
}

static const char *type_prep(const char *type, const char *lemma, int person) {
  if (person && (done_to_person(type, lemma) || !strcmp(lemma, "escape")))
    return "of";
  if (!strcmp(type, "meeting") || !strcmp(type, "agreement") || !strcmp(type, "sport"))
    return "with"; /* "Final with Spain and England" */
  if (!strcmp(type, "attack") || !strcmp(type, "accident") || !strcmp(type, "election") || !strcmp(type, "protest"))
    return "involving";
  if (!strcmp(type, "office") || !strcmp(type, "death"))
    return "of"; /* "Resignation of Kaja Kallas", "Death of Pope Francis" */
  return "by";
}

typedef struct {
  int64_t pid;
  const char *name;
  int kind;
  int count;  /* mentions naming it */
  int direct; /* mentions naming it in their own sentence */
} part_rank;

/* More mentions first, people before others, then by name. */
static int cmp_part_rank(const void *pa, const void *pb) {
  const part_rank *a = pa, *b = pb;
  if (a->direct != b->direct)
    return b->direct - a->direct;
  if (a->count != b->count)
    return b->count - a->count;
  if (a->kind != b->kind)
    return a->kind - b->kind;
  return strcmp(a->name ? a->name : "", b->name ? b->name : "");
}

/* A name as a title shows it: surnames when several people are named. */
static void put_name(tl_buf *t, const char *name, int kind, int several) {
  static const char *const corporate[] = {"Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC",
                                          "LLC", NULL};
  size_t ff = kind == TL_ENT_PERSON && several ? tl_family_first(name) : 0;
  const char *sn = tl_short_name(name);
  for (int k = 0; corporate[k] && sn != name; k++)
    if (strcmp(sn, corporate[k]) == 0)
      sn = name; /* a company taken for a person: "Ford Motor Co", not "Co" */
  if (ff)
    tl_buf_put(t, name, ff); /* "Xi meets Lula" */
  else
    tl_buf_puts(t, kind == TL_ENT_PERSON && several ? sn : name);
}

static void put_list(tl_buf *t, const char *const *names, const int *kinds, size_t n, int several) {
  for (size_t i = 0; i < n; i++) {
    if (i)
      tl_buf_puts(t, i + 1 == n ? " and " : ", ");
    put_name(t, names[i], kinds[i], several);
  }
}

static void put_cap(tl_buf *t, const char *s) {
  tl_buf_putc(t, (char)toupper((unsigned char)s[0]));
  tl_buf_puts(t, s + 1);
}

/* What an accident, operation or legal step happened to: in each mention
 * the participant named closest before the trigger ("the Dali was
 * refloated", "the bridge collapsed"), else closest after it ("the
 * seizure of the Ever Given"), within a few words; the most frequent
 * answer wins, ties going to the event's most mentioned participant. */
#define AFFECTED_REACH 40 /* bytes */
/* Is the trigger of x a passive verb ("was refloated")? */
static int passive_trigger(const tl_rmention *x) {
  if (!x->sentence || x->trig_start < x->sent_start)
    return 0;
  size_t off = x->trig_start - x->sent_start;
  size_t from = off > 12 ? off - 12 : 0;
  const char *s = x->sentence;
  if (off > strlen(s))
    return 0;
  /* "Zuniga was arrested on Wednesday evening and charged": the second
   * verb of a passive pair is passive too */
  if (off >= 5 && strncmp(s + off - 5, " and ", 5) == 0)
    from = off > 60 ? off - 60 : 0;
  /* a trigger of data/triggers.tsv that holds its auxiliary: "was fired" */
  if (!strncmp(s + off, "was ", 4) || !strncmp(s + off, "were ", 5) || !strncmp(s + off, "been ", 5) ||
      !strncmp(s + off, "be ", 3) || !strncmp(s + off, "is ", 3))
    return 1;
  for (size_t i = from; i + 4 <= off; i++)
    if (!strncmp(s + i, " was ", 5) || !strncmp(s + i, " were ", 6) || !strncmp(s + i, " been ", 6) ||
        !strncmp(s + i, " be ", 4) || !strncmp(s + i, " is ", 4))
      return 1;
  return 0;
}

/* Does an object follow the trigger verb of x ("police reopened the road",
 * "searched its hull")?  Without one the verb says what happened to its
 * subject ("Notre-Dame reopened on Saturday"). */
/* The sentence of x right after its trigger's words and the spaces after
 * them (x->sentence and the trigger's start must be known). */
static const char *after_trigger(const tl_rmention *x) {
  const char *p = x->sentence + (x->trig_start - x->sent_start);
  size_t len = strlen(x->sentence);
  if (x->trig_end > x->trig_start && x->trig_end - x->sent_start <= len)
    p = x->sentence + (x->trig_end - x->sent_start); /* "heard arguments" */
  else
    while (*p && (isalpha((unsigned char)*p) || *p == '-'))
      p++; /* the trigger's first word */
  while (*p == ' ')
    p++;
  return p;
}

static int object_follows(const tl_rmention *x) {
  if (!x->sentence || x->trig_start < x->sent_start)
    return 1;
  const char *p = x->sentence + (x->trig_start - x->sent_start);
  /* a noun ("launched a search", "a board of investigation"): who acts is
   * the verb's subject */
  const char *b = p;
  while (b > x->sentence && b[-1] == ' ')
    b--;
  const char *wb = b;
  while (wb > x->sentence && (isalpha((unsigned char)wb[-1]) || wb[-1] == '\''))
    wb--;
  static const char *const noun_dets[] = {"a",    "an",   "the", "its", "their", "his",    "her", "new",
                                          "of",   "into", "for", "in",  "after", "during", NULL};
  for (int k = 0; noun_dets[k]; k++)
    if ((size_t)(b - wb) == strlen(noun_dets[k]) && strncasecmp(wb, noun_dets[k], (size_t)(b - wb)) == 0)
      return 1;
  if (b - wb > 2 && b[-2] == '\'' && b[-1] == 's')
    return 1; /* "the ship's refloating" */
  /* a trigger that ends with its object's article: "inaugurated the" */
  if (x->trig_end > x->trig_start + 3 && x->trig_end - x->sent_start <= strlen(x->sentence)) {
    const char *te = x->sentence + (x->trig_end - x->sent_start);
    if (!strncmp(te - 4, " the", 4) || !strncmp(te - 2, " a", 2) || !strncmp(te - 3, " an", 3))
      return 1;
  }
  p = after_trigger(x);
  /* past a date: "ruled on Monday that" */
  for (int k = 0; k < 3; k++) {
    const char *e = p;
    while (*e && *e != ' ' && *e != ',')
      e++;
    size_t l = (size_t)(e - p);
    int datey = (l == 2 && strncmp(p, "on", 2) == 0) || (l == 4 && strncmp(p, "late", 4) == 0) ||
                (l == 5 && strncmp(p, "early", 5) == 0) || (l == 9 && strncmp(p, "yesterday", 9) == 0) ||
                isdigit((unsigned char)*p) || (isupper((unsigned char)*p) && k > 0);
    if (!datey)
      break;
    if (*e != ' ')
      return 0; /* "reopened on Saturday.": nothing after the date */
    p = e + 1;
  }
  static const char *const dets[] = {"the ", "a ", "an ", "its ", "their ", "his ", "her ", "two ", "three ",
                                     "that ", NULL}; /* "ruled that ...": a clause is an object too */
  for (int k = 0; dets[k]; k++)
    if (strncmp(p, dets[k], strlen(dets[k])) == 0)
      return 1;
  return isupper((unsigned char)*p) != 0;
}

/* Is whoever is named right before an active trigger of this type the
 * one who acts, with an object or without ("the court ruled on Monday",
 * "the justices heard arguments")?  Not for operations, changes of office
 * and deaths, which happen to their subject when nothing follows ("the
 * cathedral reopened", "the minister stepped down"). */
static int agentive(const char *type) {
  static const char *const types[] = {"ruling", "statement", "meeting", "visit",       "attack",
                                      "agreement", "protest", "election", "legislation", NULL};
  for (int k = 0; types[k]; k++)
    if (strcmp(type, types[k]) == 0)
      return 1;
  return 0;
}

/* Is the trigger's first word a verb in the past ("ruled", "heard"), not
 * a noun ("the Slepian murder investigation")? */
static int past_verb_trigger(const tl_rmention *x) {
  if (!x->sentence || x->trig_start < x->sent_start || x->trig_start - x->sent_start >= strlen(x->sentence))
    return 0;
  const char *p = x->sentence + (x->trig_start - x->sent_start), *e = p;
  while (isalpha((unsigned char)*e))
    e++;
  size_t n = (size_t)(e - p);
  char low[32];
  if (n == 0 || n >= sizeof low)
    return 0;
  for (size_t k = 0; k < n; k++)
    low[k] = (char)tolower((unsigned char)p[k]);
  return tl_past_form(low, n);
}

/* Is the participant named at byte pos right after the trigger of x and
 * "by" ("the ruling by the Supreme Court", "a visit by Xi")? */
static int by_before(const tl_rmention *x, long pos) {
  if (!x->sentence || x->trig_start < x->sent_start || pos <= (long)x->trig_start)
    return 0;
  const char *p = after_trigger(x), *q = x->sentence + (pos - (long)x->sent_start);
  if (p > q)
    return 0;
  if (q - p < 3 || strncmp(p, "by ", 3) != 0)
    return 0;
  p += 3;
  if (q - p >= 4 && strncmp(p, "the ", 4) == 0)
    p += 4;
  return p == q;
}

/* The nearest country named a few words before the trigger of x (an
 * active verb, not a passive one) and the nearest after it, both
 * different: 1 and *before, *after, or 0. */
static int country_sides(const tl_rmention *x, const char **before, const char **after) {
  long db = -1, da = -1;
  *before = *after = NULL;
  if (!x || !x->ppos || passive_trigger(x))
    return 0;
  for (size_t a = 0; a < x->nparts; a++) {
    if (x->pkinds[a] != TL_ENT_COUNTRY || x->ppos[a] < 0)
      continue;
    long d = (long)x->trig_start - x->ppos[a];
    if (d > 0 && d <= 48 && (db < 0 || d < db)) /* the subject, a few words before */
      db = d, *before = x->pnames[a];
    else if (d < 0 && (da < 0 || -d < da))
      da = -d, *after = x->pnames[a];
  }
  return *before && *after && strcmp(*before, *after) != 0;
}

/* Is there a dateline's mark ("MOSCOW (Reuters) —") between where x
 * names the participant name and its trigger?  Then the name is the
 * dateline's. */
static int dateline_between(const tl_rmention *x, const char *name) {
  for (size_t a = 0; a < x->nparts && x->ppos && x->sentence; a++) {
    if (strcmp(x->pnames[a], name) != 0 || x->ppos[a] < (long)x->sent_start || (size_t)x->ppos[a] > x->trig_start)
      continue;
    size_t from = (size_t)x->ppos[a] - x->sent_start, to = x->trig_start - x->sent_start;
    if (to > strlen(x->sentence))
      return 0;
    for (size_t k = from; k < to; k++)
      if (x->sentence[k] == '(' || (k + 2 < to && (unsigned char)x->sentence[k] == 0xE2 &&
                                    (unsigned char)x->sentence[k + 1] == 0x80 &&
                                    ((unsigned char)x->sentence[k + 2] == 0x94 || (unsigned char)x->sentence[k + 2] == 0x93)))
        return 1; /* "(Reuters)", an em or en dash (not a curly apostrophe) */
  }
  return 0;
}

/* Sets x->side_from and side_to for an attack whose active verb has a
 * country before it and another after ("Israel struck sites across Iran"). */
static void attack_sides(tl_rmention *x) {
  const char *before, *after;
  x->side_from = x->side_to = 0;
  if (strcmp(x->type, "attack") != 0 || !country_sides(x, &before, &after))
    return;
  for (size_t a = 0; a < x->nparts; a++) {
    if (x->pkinds[a] != TL_ENT_COUNTRY)
      continue;
    if (x->pnames[a] == before)
      x->side_from = x->pids[a];
    if (x->pnames[a] == after)
      x->side_to = x->pids[a];
  }
  if (!x->side_from || !x->side_to)
    x->side_from = x->side_to = 0;
}

/* Is the attack of x a noun whose nearest name before it is far, the
 * subject of another verb ("Trump also pardoned 1,500 people charged over
 * the Jan. 6, 2021, attack on the Capitol": Trump did not attack)? */
static int far_noun_agent(const tl_rmention *x) {
  if (past_verb_trigger(x) || !x->ppos)
    return 0;
  for (size_t a = 0; a < x->nparts; a++) {
    long end = x->ppos[a] + (long)strlen(x->pnames[a]);
    if (x->ppos[a] >= 0 && end <= (long)x->trig_start && (long)x->trig_start - end <= 24)
      return 0; /* "the Hamas attack", "Russia's attack on Kyiv" */
  }
  return 1;
}

/* The name of the storm x names ("Hurricane Beryl"), or NULL. */
static const char *storm_name(const tl_rmention *x) {
  for (size_t a = 0; a < x->nparts; a++)
    if (tl_storm_name(x->pnames[a]))
      return x->pnames[a];
  return NULL;
}

/* The person named right after the trigger of x ("arrested Mohamed"),
 * or NULL. */
static const char *person_after(const tl_rmention *x) {
  if (!x->ppos)
    return NULL;
  size_t end = x->trig_end > x->trig_start ? x->trig_end : x->trig_start + strlen(x->trigger);
  for (size_t a = 0; a < x->nparts; a++)
    if (x->pkinds[a] == TL_ENT_PERSON && x->ppos[a] >= 0 && (size_t)x->ppos[a] >= end &&
        (size_t)x->ppos[a] <= end + 2)
      return x->pnames[a];
  return NULL;
}

/* The person a death mention names right after its trigger and "of"
 * ("the state funeral of Queen Elizabeth II"), or NULL. */
static const char *death_of(const tl_event *e, const tl_rmention *x) {
  if (strcmp(e->type, "death") != 0 || !x || !x->ppos || !x->sentence || x->trig_start < x->sent_start)
    return NULL;
  size_t sl = strlen(x->sentence), t = x->trig_start - x->sent_start;
  while (t < sl && isalpha((unsigned char)x->sentence[t]))
    t++; /* the end of the trigger's word */
  if (t + 4 > sl || strncmp(x->sentence + t, " of ", 4) != 0)
    return NULL;
  for (size_t a = 0; a < x->nparts; a++) {
    if (x->pkinds[a] != TL_ENT_PERSON || x->ppos[a] < 0 || (size_t)x->ppos[a] < x->sent_start)
      continue;
    size_t p = (size_t)x->ppos[a] - x->sent_start;
    if (p >= t + 4 && p <= t + 24) { /* past a title: "of Queen", "of former President" */
      int words = 0;
      for (size_t k = t + 4; k < p; k++)
        words += x->sentence[k] == ' ';
      if (words <= 2)
        return x->pnames[a];
    }
  }
  return NULL;
}

/* The team or player named last before the trigger of a win ("Spain won
 * the European Championship, beating England 2-1"), or NULL. */
static const char *winner(const tl_rmention *x) {
  const char *best = NULL;
  long best_d = 0;
  for (size_t a = 0; a < x->nparts && x->ppos; a++) {
    long end = x->ppos[a] + (long)strlen(x->pnames[a]);
    long d = (long)x->trig_start - end;
    if (x->ppos[a] >= 0 && d >= 0 && d <= 24 && (!best || d < best_d))
      best = x->pnames[a], best_d = d;
  }
  return best;
}

/* Does x name who appoints, dismisses or ousts (a person right before its
 * active trigger) and who is appointed (a person right after it):
 * "Macron named Francois Bayrou as prime minister"? */
/* Where the people of an appointment, a dismissal or an ouster stand:
 * 1 someone right before the trigger (who acts), 2 someone after it
 * (who is named or dismissed), 3 both; 0 for other lemmas. */
static int appointer_sides(const tl_rmention *x, const char *lemma) {
  if (strcmp(lemma, "appointment") != 0 && strcmp(lemma, "dismissal") != 0 && strcmp(lemma, "ouster") != 0)
    return 0;
  int before = 0, after = 0;
  for (size_t a = 0; a < x->nparts && x->ppos; a++) {
    if (x->pkinds[a] != TL_ENT_PERSON || x->ppos[a] < 0)
      continue;
    before |= x->ppos[a] < (long)x->trig_start && (long)x->trig_start - x->ppos[a] <= 40;
    after |= x->ppos[a] > (long)x->trig_start && x->ppos[a] - (long)x->trig_start <= 48;
  }
  return before | after << 1;
}

static int appointer(const tl_rmention *x, const char *lemma) { return appointer_sides(x, lemma) == 3; }

static int instrumental(const tl_rmention *x);

/* The participant of x named with `name` by "and" ("Evan Gershkovich and
 * former Marine Paul Whelan were released"), at most two lower-case words
 * after the "and"; *first is 1 when it comes first.  NULL: none. */
static const char *coordinated(const tl_rmention *x, const char *name, int *first) {
  if (!x || !x->ppos || !x->sentence || x->sent_start > x->trig_start)
    return NULL;
  size_t slen = strlen(x->sentence);
  long at = -1;
  for (size_t a = 0; a < x->nparts && at < 0; a++)
    if (x->ppos[a] >= 0 && !strcmp(x->pnames[a], name))
      at = x->ppos[a];
  if (at < 0)
    return NULL;
  for (size_t b = 0; b < x->nparts; b++) {
    if (x->ppos[b] < 0 || x->ppos[b] == at || x->pkinds[b] == TL_ENT_COUNTRY || !strcmp(x->pnames[b], name))
      continue;
    long lo = at < x->ppos[b] ? at : x->ppos[b], hi = at < x->ppos[b] ? x->ppos[b] : at;
    const char *lo_name = at < x->ppos[b] ? name : x->pnames[b];
    /* the gap between the end of the first name and the second */
    size_t g0 = (size_t)lo - x->sent_start + strlen(lo_name), g1 = (size_t)hi - x->sent_start;
    if (g1 > slen || g0 >= g1 || g1 - g0 > 24 || strncmp(x->sentence + g0, " and ", 5) != 0)
      continue;
    int words = 0, ok = 1;
    for (size_t k = g0 + 5; k < g1 && ok; k++)
      if (x->sentence[k] == ' ')
        words++;
      else
        ok = islower((unsigned char)x->sentence[k]) || x->sentence[k] == '-';
    if (ok && words <= 2) {
      *first = x->ppos[b] < at;
      return x->pnames[b];
    }
  }
  return NULL;
}

static const char *affected(const tl_event *e, const tl_rmention *m, const cluster *c, const part_rank *pr,
                            int *actor) {
  const char *best = NULL;
  int best_votes = 0;
  *actor = 0;
  for (size_t i = 0; i < e->nparts; i++) {
    int votes = 0, acts = 0;
    for (size_t k = 0; k < c->n; k++) {
      const tl_rmention *x = &m[c->mem[k]];
      long pick = -1, pick_dist = 0;
      int pick_side = 0;
      for (int side = 0; side < 2 && pick < 0; side++)
        for (size_t a = 0; a < x->nparts; a++) {
          if (!x->ppos || x->ppos[a] < 0 || x->pkinds[a] == TL_ENT_COUNTRY ||
              (x->place && strcmp(x->pnames[a], x->place) == 0))
            continue;
          /* before the trigger, from the end of the name ("the Competition and
           * Markets Authority on Wednesday blocked") */
          long d = side == 0 ? (long)x->trig_start - x->ppos[a] - (long)strlen(x->pnames[a]) + 1
                             : x->ppos[a] - (long)x->trig_start;
          if (d <= 0 || d > AFFECTED_REACH)
            continue;
          if (pick < 0 || d < pick_dist)
            pick = (long)a, pick_dist = d, pick_side = side;
        }
      if (pick >= 0 && x->pids[pick] == pr[i].pid) {
        votes++;
        /* "Donald Trump's sentencing", "Mangione's arrest": done to them */
        if (x->pkinds[pick] == TL_ENT_PERSON && done_to_person(x->type, x->trigger) && !past_verb_trigger(x))
          continue; /* (a judge sentences: "Justice Juan Merchan sentenced Trump") */
        /* named before an active, non-accident trigger: who acted */
        acts += pick_side == 0 && strcmp(x->type, "accident") != 0 && !passive_trigger(x) && !instrumental(x) &&
                ((agentive(x->type) && past_verb_trigger(x)) || object_follows(x));
        /* "the ruling by the Supreme Court": who acts, named after "by" */
        acts += pick_side == 1 && strcmp(x->type, "accident") != 0 && by_before(x, x->ppos[pick]);
      }
    }
    if (votes > best_votes) {
      best_votes = votes;
      best = pr[i].name;
      *actor = 2 * acts > votes;
    }
  }
  return best;
}

/* Is the trigger of x the means of the clause's verb ("killed Nasrallah
 * in an airstrike", "in a drone strike"): then who is named before it was
 * acted on, not acting. */
static int instrumental(const tl_rmention *x) {
  if (!x || !x->sentence || x->trig_start < x->sent_start)
    return 0;
  if (!strcmp(x->type, "statement"))
    return 0; /* "Biden told the nation in an address": who speaks in it gave it */
  size_t off = x->trig_start - x->sent_start;
  if (off > strlen(x->sentence))
    return 0;
  /* back over at most one word ("Israeli", "drone") to "in a(n) " */
  const char *s = x->sentence, *p = s + off;
  for (int words = 0; words < 2; words++) {
    if (p - s >= 6 && strncmp(p - 6, " in a ", 6) == 0)
      return 1;
    if (p - s >= 7 && strncmp(p - 7, " in an ", 7) == 0)
      return 1;
    const char *q = p - 1; /* the word before */
    while (q > s && *q == ' ')
      q--;
    while (q > s && q[-1] != ' ')
      q--;
    if (q == s || q == p)
      return 0;
    p = q;
  }
  return 0;
}

/* Title: what, who, where, written from the mention that names the most
 * participants: who acts comes before the trigger, who is acted on after
 * it ("Witkoff and Kushner meet Putin in Moscow", "Collapse of the Key
 * Bridge in Baltimore"); the event's most mentioned people otherwise. */
static void title_of(tl_buf *t, const tl_event *e, const tl_rmention *m, const cluster *c, const char *lemma,
                     const part_rank *pr) {
  /* the mention naming the most participants, both sides of its trigger
   * preferred */
  const tl_rmention *rep = NULL;
  size_t rep_score = 0;
  for (size_t k = 0; k < c->n; k++) {
    const tl_rmention *x = &m[c->mem[k]];
    size_t d = 0, before = 0, after = 0;
    for (size_t a = 0; a < x->nparts; a++) {
      if (!x->ppos || x->ppos[a] < 0 || x->pkinds[a] == TL_ENT_COUNTRY)
        continue;
      d++;
      before += (size_t)x->ppos[a] < x->trig_start;
      after += (size_t)x->ppos[a] > x->trig_start;
    }
    size_t score = d + (before && after ? 2 : 0);
    if (score > rep_score) {
      rep_score = score;
      rep = x;
    }
  }
  const char *subj[3], *obj[3];
  int sk[3], ok[3];
  size_t ns = 0, no = 0;
  for (size_t a = 0; rep && a < rep->nparts; a++) {
    if (!rep->ppos || rep->ppos[a] < 0 || rep->pkinds[a] == TL_ENT_COUNTRY)
      continue;
    if (rep->place && strcmp(rep->pnames[a], rep->place) == 0)
      continue;
    if (strcasecmp(rep->pnames[a], lemma) == 0)
      continue; /* "Hurricane Helene" is the event itself */
    tl_place lp;
    if (tl_place_lookup(&lp, rep->pnames[a]) == 0 && strcmp(lp.kind, "landmark") == 0)
      continue; /* "the Kremlin": where, not who */
    if ((size_t)rep->ppos[a] < rep->trig_start && ns < 3)
      subj[ns] = rep->pnames[a], sk[ns++] = rep->pkinds[a];
    else if ((size_t)rep->ppos[a] > rep->trig_start && no < 3)
      obj[no] = rep->pnames[a], ok[no++] = rep->pkinds[a];
  }
  int persons = 0;
  for (size_t i = 0; i < ns; i++)
    persons += sk[i] == TL_ENT_PERSON;
  for (size_t i = 0; i < no; i++)
    persons += ok[i] == TL_ENT_PERSON;
  int several = persons > 1;
  /* ... unless two of them share a surname ("Joe Biden and Jill Biden") */
  const char *shown[6];
  size_t nshown = 0;
  for (size_t i = 0; i < ns; i++)
    if (sk[i] == TL_ENT_PERSON)
      shown[nshown++] = subj[i];
  for (size_t i = 0; i < no; i++)
    if (ok[i] == TL_ENT_PERSON)
      shown[nshown++] = obj[i];
  for (size_t i = 0; i < nshown && several; i++)
    for (size_t j = i + 1; j < nshown && several; j++)
      several = strcmp(tl_short_name(shown[i]), tl_short_name(shown[j])) != 0;
  const char *thing = NULL, *csubj = NULL, *cobj = NULL;
  int actor = 0;
  int meet = !strcmp(lemma, "talks") || !strcmp(lemma, "meeting") || !strcmp(lemma, "negotiations");
  const char *place = e->place;
  if (!strcmp(e->type, "meeting") && meet && ns && no) {
    put_list(t, subj, sk, ns, several);
    tl_buf_puts(t, ns > 1 ? " meet " : " meets ");
    put_list(t, obj, ok, no, several);
  } else if (!strcmp(e->type, "meeting") && meet && ns) {
    put_list(t, subj, sk, ns, several);
    tl_buf_puts(t, ns > 1 ? " hold talks" : " holds talks");
  } else if (!strcmp(e->type, "visit") && ns && (place || no)) {
    put_list(t, subj, sk, ns, several);
    tl_buf_puts(t, ns > 1 ? " visit " : " visits ");
    if (place) {
      tl_buf_puts(t, place);
      place = NULL;
    } else {
      put_list(t, obj, ok, no, several);
    }
  } else if (!strcmp(e->type, "visit") && ns) {
    put_cap(t, lemma); /* nowhere named: "Visit by Emmanuel Macron" */
    tl_buf_puts(t, " by ");
    put_list(t, subj, sk, ns, several);
  } else if (!strcmp(e->type, "accident") && rep &&
             ((!strcmp(tl_lemma_family(lemma), "storm") && (thing = storm_name(rep)) != NULL) ||
              (thing = rep->own_name) != NULL)) {
    put_cap(t, thing); /* "the storm battered Jamaica": "Hurricane Beryl"; "the Eaton fire": "Eaton fire" */
  } else if (!strcmp(e->type, "sport") && !strcmp(lemma, "victory") && rep && (thing = winner(rep)) != NULL) {
    tl_buf_puts(t, "Victory by "); /* "Spain won ...", "Spain beat England" */
    tl_buf_puts(t, thing);
  } else if (!strcmp(e->type, "office") && ns && no && rep && !passive_trigger(rep) && appointer(rep, lemma)) {
    /* "Macron named Francois Bayrou as prime minister" */
    put_cap(t, lemma);
    tl_buf_puts(t, " of ");
    put_list(t, obj, ok, no, several);
    tl_buf_puts(t, " by ");
    put_list(t, subj, sk, ns, several);
  } else if ((!strcmp(e->type, "accident") || !strcmp(e->type, "operation") || !strcmp(e->type, "ruling")) &&
             (thing = affected(e, m, c, pr, &actor)) != NULL) {
    put_cap(t, lemma);
    /* "the FBI arrested Mohamed": "Arrest of Khalfan Khamis Mohamed by FBI" */
    const char *whom = actor && rep && done_to_person(e->type, lemma) ? person_after(rep) : NULL;
    if (whom && strcmp(whom, thing) != 0) {
      tl_buf_puts(t, " of ");
      tl_buf_puts(t, whom);
    }
    /* (who files for bankruptcy is the one bankrupt, who flees the one
     * who escapes: "Bankruptcy of", "Escape of") */
    tl_buf_puts(t, actor && strcmp(lemma, "bankruptcy filing") != 0 && strcmp(lemma, "escape") != 0 ? " by " : " of ");
    int other_first = 0;
    const char *other = coordinated(rep, thing, &other_first);
    if (other && other_first)
      tl_buf_printf(t, "%s and ", other);
    tl_buf_puts(t, thing);
    if (other && !other_first)
      tl_buf_printf(t, " and %s", other);
  } else if ((!strcmp(e->type, "statement") || !strcmp(e->type, "attack") || !strcmp(e->type, "legislation")) &&
             ns && !instrumental(rep) && !(rep && !strcmp(e->type, "attack") && far_noun_agent(rep))) {
    put_cap(t, lemma);
    /* "Brian Thompson was shot": who was attacked */
    tl_buf_puts(t, !strcmp(e->type, "attack") && rep && passive_trigger(rep) ? " of " : " by ");
    put_list(t, subj, sk, ns, several);
  } else if (!strcmp(e->type, "attack") && country_sides(rep ? rep : &m[c->mem[0]], &csubj, &cobj)) {
    /* "Israel struck sites across Iran": the country named before an
     * active trigger attacks the one named after it */
    put_cap(t, lemma);
    tl_buf_printf(t, " by %s on %s", csubj, cobj);
  } else {
    /* the event's most mentioned participants: people first */
    const char *who[3];
    int wk[3];
    size_t shown = 0;
    /* a death or a change of office is a person's: no countries */
    int people_only = !strcmp(e->type, "death") || !strcmp(e->type, "office");
    /* "the funeral of Queen Elizabeth II, attended by ... including Joe
     * Biden": a death is of the one named right after it */
    const char *of = death_of(e, rep);
    if (of)
      who[shown] = of, wk[shown++] = TL_ENT_PERSON;
    /* "Sunak became prime minister after King Charles asked him to form a
     * government": a change of office is its subject's */
    if (!of && !strcmp(e->type, "office") && ns == 1 && sk[0] == TL_ENT_PERSON && rep && !passive_trigger(rep))
      who[shown] = subj[0], wk[shown++] = TL_ENT_PERSON;
    /* a deal is between companies as much as people: "Acquisition with
     * Activision Blizzard and Microsoft" */
    int deal = !strcmp(e->type, "agreement") && (!strcmp(lemma, "acquisition") || !strcmp(lemma, "takeover") ||
                                                 !strcmp(lemma, "merger") || !strcmp(lemma, "deal"));
    for (int pass = 0; pass < (people_only ? 1 : 2) && shown == 0; pass++)
      for (size_t i = 0; i < e->nparts && shown < 3; i++)
        if ((pass == 0) == (pr[i].kind == TL_ENT_PERSON || (deal && pr[i].kind == TL_ENT_ORG)) && pr[i].direct &&
            !(e->place && strcmp(pr[i].name, e->place) == 0) && strcasecmp(pr[i].name, lemma) != 0)
          who[shown] = pr[i].name, wk[shown++] = pr[i].kind;
    if (shown == 1 && !strcmp(lemma, "taking office")) {
      /* "Kelly Ortberg takes office", not "Taking office of" */
      tl_buf_puts(t, who[0]);
      tl_buf_puts(t, " takes office");
      shown = 0;
    } else {
      put_cap(t, lemma);
    }
    /* a disaster among countries only happened in them: "Cyclone in
     * Mozambique", not "involving" */
    int countries = shown > 0 && !strcmp(e->type, "accident") && !place;
    for (size_t i = 0; i < shown; i++)
      countries &= wk[i] == TL_ENT_COUNTRY;
    if (shown) {
      const char *prep = countries ? "in" : type_prep(e->type, lemma, wk[0] == TL_ENT_PERSON);
      /* "were released in a prisoner exchange": those named did not do it */
      const tl_rmention *told = rep ? rep : &m[c->mem[0]]; /* (no rep when only countries are named) */
      if (!strcmp(prep, "by") && (instrumental(told) || passive_trigger(told)))
        prep = "involving";
      /* "Ukrainian forces launched an incursion into Russia's Kursk region":
       * the one country named, before an active attack, attacks */
      const char *cb, *ca;
      if (!strcmp(e->type, "attack") && !strcmp(prep, "involving") && shown == 1 && wk[0] == TL_ENT_COUNTRY &&
          !instrumental(told) && (country_sides(told, &cb, &ca), cb) && !ca && !strcmp(cb, who[0]) &&
          !dateline_between(told, cb))
        prep = "by";
      /* "Trump fired the national security adviser": who dismisses,
       * named before an active verb, and no one after it */
      if (!strcmp(e->type, "office") && !strcmp(prep, "of") && !passive_trigger(told) &&
          (!strcmp(lemma, "dismissal") || !strcmp(lemma, "appointment")) && appointer_sides(told, lemma) == 1)
        prep = "by";
      tl_buf_printf(t, " %s ", prep);
      put_list(t, who, wk, shown, 0);
    }
  }
  if (place)
    tl_buf_printf(t, " in %s", place);
  if (e->planned)
    tl_buf_puts(t, " (planned)");
}

static int build_event(tl_event *e, const tl_rmention *m, const cluster *c) {
  memset(e, 0, sizeof *e);
  snprintf(e->type, sizeof e->type, "%s", c->type);
  /* a death told with the attack that caused it is the attack */
  for (size_t k = 0; k < c->n && !strcmp(e->type, "death"); k++)
    if (!strcmp(m[c->mem[k]].type, "attack"))
      snprintf(e->type, sizeof e->type, "%s", "attack");
  e->members = malloc(c->n * sizeof *e->members);
  e->reasons = calloc(c->n, sizeof *e->reasons);
  if (!e->members || !e->reasons)
    return TL_ENOMEM;
  /* dates: exact members give the range; reported and coarse ones only
   * confirm it */
  tl_day first = TL_DAY_NONE, last = TL_DAY_NONE;
  tl_gran gran = TL_GRAN_CENTURY;
  int planned_all = 1;
  double miss = 1.0;
  for (size_t k = 0; k < c->n; k++) {
    const tl_rmention *x = &m[c->mem[k]];
    e->members[k] = c->mem[k];
    e->reasons[k] = c->why[k];
    if (!x->reported && x->date.gran <= TL_GRAN_DAY) {
      if (first == TL_DAY_NONE || x->date.first < first)
        first = x->date.first;
      if (last == TL_DAY_NONE || x->date.last > last)
        last = x->date.last;
      gran = TL_GRAN_DAY;
    }
    planned_all &= x->planned;
    miss *= 1.0 - x->confidence;
  }
  e->nmembers = c->n;
  if (first == TL_DAY_NONE) {
    /* only reported or coarse mentions: use the intersection */
    first = c->ifirst;
    last = c->ilast;
    gran = m[c->mem[0]].date.gran;
    for (size_t k = 0; k < c->n; k++)
      if (m[c->mem[k]].date.gran < gran)
        gran = m[c->mem[k]].date.gran;
  }
  if (c->forced != TL_DAY_NONE)
    first = last = c->forced;
  e->date = (tl_span){first, last, gran};
  if (c->conflict && !(e->conflict = tl_strdup(c->conflict)))
    return TL_ENOMEM;
  e->planned = planned_all;
  e->confidence = 1.0 - miss;
  if (e->confidence > 0.99)
    e->confidence = 0.99;
  if (c->disputed)
    e->confidence *= 0.5;

  e->source_count = (int)c->na; /* distinct articles */

  /* place: the most specific (Anchorage, not Alaska, when reports name
   * both), else the most frequent */
  const char *best = NULL;
  int best_n = 0;
  for (size_t k = 0; k < c->nplaces; k++) {
    const char *p = c->places[k];
    int cnt = 0;
    for (size_t j = 0; j < c->n; j++)
      cnt += m[c->mem[j]].place && strcmp(m[c->mem[j]].place, p) == 0;
    int inside = best && strcmp(p, best) != 0 && tl_place_within(p, best);
    int outside = best && strcmp(p, best) != 0 && tl_place_within(best, p);
    if (!best || inside || (!outside && cnt > best_n)) {
      best = p;
      best_n = cnt;
    }
  }
  if (best) {
    e->place = tl_strdup(best);
    tl_place pl;
    if (tl_place_lookup(&pl, best) == 0 && pl.has_geo) {
      e->lat = pl.lat;
      e->lon = pl.lon;
      e->has_geo = 1;
    }
  }

  /* participants (the cluster's set) by number of mentions naming them */
  part_rank *pr = calloc(c->np + 1, sizeof *pr);
  e->pids = malloc((c->np + 1) * sizeof *e->pids);
  e->pcounts = malloc((c->np + 1) * sizeof *e->pcounts);
  if (!pr || !e->pids || !e->pcounts) {
    free(pr);
    return TL_ENOMEM;
  }
  for (size_t k = 0; k < c->n; k++) {
    const tl_rmention *x = &m[c->mem[k]];
    for (size_t a = 0; a < x->nparts; a++) {
      size_t pos;
      if (!set_find(c->pids, c->np, x->pids[a], &pos))
        continue;
      pr[pos].pid = x->pids[a];
      pr[pos].name = x->pnames[a];
      pr[pos].kind = x->pkinds[a];
      pr[pos].count++;
      pr[pos].direct += !(x->pweak && x->pweak[a]);
    }
  }
  qsort(pr, c->np, sizeof *pr, cmp_part_rank);
  for (size_t i = 0; i < c->np; i++) {
    e->pids[i] = pr[i].pid;
    e->pcounts[i] = pr[i].count;
  }
  e->nparts = c->np;

  /* salience: how many sources, how many mentions, how many of them in a
   * headline, how many people and organisations it involves */
  {
    double headline = 0;
    int64_t last_art = -1;
    for (size_t k = 0; k < c->n; k++) {
      const tl_rmention *x = &m[c->mem[k]];
      if (x->sent_start == 0 && x->article_id != last_art) {
        headline += 0.5;
        last_art = x->article_id;
      }
    }
    size_t direct = 0;
    for (size_t i = 0; i < c->np; i++)
      direct += c->pw[i] >= 1.0;
    double sal = e->source_count + log2(1.0 + (double)c->n) + headline + 0.25 * (double)(direct < 3 ? direct : 3);
    if (e->planned)
      sal *= 0.8;
    e->salience = (double)(long)(sal * 100 + 0.5) / 100.0;
  }

  /* title: what, who, where; the most frequent trigger names the event */
  const char *lemma = m[c->mem[0]].trigger;
  int best_l = 0;
  const char *seen[16];
  size_t nseen = 0;
  for (size_t k = 0; k < c->n && nseen < 16; k++) {
    const char *tr = m[c->mem[k]].trigger;
    int dup = 0;
    for (size_t j = 0; j < nseen && !dup; j++)
      dup = strcmp(seen[j], tr) == 0;
    if (dup)
      continue;
    seen[nseen++] = tr;
    int cnt = 0;
    for (size_t j = 0; j < c->n; j++)
      cnt += strcmp(m[c->mem[j]].trigger, tr) == 0;
    if (cnt > best_l) {
      best_l = cnt;
      lemma = tr;
    }
  }
  tl_buf t = {0};
  title_of(&t, e, m, c, lemma, pr);
  free(pr);
  e->title = tl_buf_detach(&t);
  if (!e->title)
    return TL_ENOMEM;
  if (e->title[0] >= 'a' && e->title[0] <= 'z')
    e->title[0] = (char)(e->title[0] - 32); /* "Von der Leyen meets ..." */

  /* uid: stable for the same input */
  char key[512] = "";
  for (size_t k = 0; k < c->n; k++) {
    const tl_rmention *x = &m[c->mem[k]];
    char mk[512];
    snprintf(mk, sizeof mk, "%s:%zu:%zu", x->article_ext ? x->article_ext : "", x->sent_start, x->trig_start);
    if (!*key || strcmp(mk, key) < 0)
      snprintf(key, sizeof key, "%s", mk);
  }
  char d1[11];
  tl_day_format(d1, e->date.first);
  tl_buf u = {0};
  tl_buf_printf(&u, "%s|%s|%s", e->type, d1, key);
  snprintf(e->uid, sizeof e->uid, "ev-%016llx",
           (unsigned long long)tl_hash64(u.ptr ? u.ptr : "", u.len, TL_HASH_SEED));
  tl_buf_free(&u);
  return 0;
}

static int cmp_event(const void *pa, const void *pb) {
  const tl_event *a = pa, *b = pb;
  if (a->date.first != b->date.first)
    return a->date.first < b->date.first ? -1 : 1;
  if (a->date.last != b->date.last)
    return a->date.last < b->date.last ? -1 : 1;
  return strcmp(a->uid, b->uid);
}

/* Best cluster (index into l) in the date index for mention mi whose
 * intersection satisfies `fits`; -1 when none. */
typedef int (*fit_fn)(const cluster *c, const tl_rmention *x);

static int fits_report(const cluster *c, const tl_rmention *x) {
  return c->ilast <= x->date.last && c->ilast >= x->date.last - REPORT_WINDOW;
}

static int fits_inside(const cluster *c, const tl_rmention *x) {
  return c->ifirst >= x->date.first && c->ilast <= x->date.last;
}

/* The clusters of phase 1 by first day, in two lists: single days (most)
 * and windows of several days.  A mention looks at the single days within
 * its own reach only, and at the few long windows that may reach it, so
 * its cost does not grow with the clusters of the year before it. */
typedef struct {
  size_t *one, none;   /* single-day clusters, by first day */
  size_t *many, nmany; /* clusters over several days, by first day */
  size_t *rank;        /* rank of each cluster in the order by first day (ties) */
  size_t *bytrig;      /* the single-day clusters by lemma family, then first day (none of them) */
} cindex;

static _Thread_local const clist *bytrig_base; /* qsort has no context argument */
static int cmp_bytrig(const void *pa, const void *pb) {
  const cluster *a = &bytrig_base->v[*(const size_t *)pa], *b = &bytrig_base->v[*(const size_t *)pb];
  int c = strcmp(a->family, b->family);
  if (c)
    return c;
  if (a->ifirst != b->ifirst)
    return a->ifirst < b->ifirst ? -1 : 1;
  return *(const size_t *)pa < *(const size_t *)pb ? -1 : *(const size_t *)pa > *(const size_t *)pb;
}

/* Scans idx[0..nidx) from the first cluster starting on or after lo up
 * to hi; keeps the best score, ties going to the lower rank (the earlier
 * cluster by first day, as one scan of both lists in that order would). */
static void scan_index(clist *l, const cindex *ci, const size_t *idx, size_t nidx, tl_day lo, tl_day hi,
                       tl_rmention *m, size_t mi, const uint64_t *w, size_t nw, fit_fn fits, int strict, long *best,
                       double *best_s) {
  size_t a = 0, b = nidx;
  while (a < b) {
    size_t mid = (a + b) / 2;
    if (l->v[idx[mid]].ifirst < lo)
      a = mid + 1;
    else
      b = mid;
  }
  for (size_t k = a; k < nidx && l->v[idx[k]].ifirst <= hi; k++) {
    const cluster *c = &l->v[idx[k]];
    if (!c->n || !fits(c, &m[mi]))
      continue;
    double s = affinity(m, mi, c, w, nw, strict, NULL, 0);
    if (s > *best_s || (s == *best_s && s > 0 && *best >= 0 && ci->rank[idx[k]] < ci->rank[*best])) {
      *best_s = s;
      *best = (long)idx[k];
    }
  }
}

static long find_in_index(clist *l, const cindex *ci, tl_rmention *m, size_t mi, const uint64_t *w, size_t nw,
                          fit_fn fits, char *why, size_t whycap) {
  const tl_rmention *x = &m[mi];
  long best = -1;
  double best_s = 0;
  int strict = fits == fits_inside ? 2 : 1;
  /* a single day fits a report on one of the REPORT_WINDOW days before
   * it, or a coarse date when it lies inside */
  tl_day lo1 = fits == fits_report ? x->date.last - REPORT_WINDOW : x->date.first;
  scan_index(l, ci, ci->one, ci->none, lo1, x->date.last, m, mi, w, nw, fits, strict, &best, &best_s);
  scan_index(l, ci, ci->many, ci->nmany, x->date.first - REPORT_WINDOW - MAX_SPAN, x->date.last, m, mi, w, nw,
             fits, strict, &best, &best_s);
  if (best >= 0)
    affinity(m, mi, &l->v[best], w, nw, strict, why, whycap);
  return best;
}

/* The only single-day event with the trigger lemma of m[mi] starting in
 * [lo, the mention's last day] that fits it (and names no one and nowhere
 * when need_bare), or -1 if there is none or more than one.  Candidates
 * come from the index by trigger. */
static long lone_in(clist *l, const cindex *ci, tl_rmention *m, size_t mi, tl_day lo, fit_fn fits,
                    int need_bare) {
  tl_rmention *x = &m[mi];
  const char *family = x->family;
  /* the first cluster with this trigger starting on or after lo */
  size_t a = 0, b = ci->none;
  while (a < b) {
    size_t mid = (a + b) / 2;
    const cluster *c = &l->v[ci->bytrig[mid]];
    int t = strcmp(c->family, family);
    if (t < 0 || (t == 0 && c->ifirst < lo))
      a = mid + 1;
    else
      b = mid;
  }
  long only = -1;
  int count = 0;
  for (size_t k = a; k < ci->none && count < 2; k++) {
    const cluster *c = &l->v[ci->bytrig[k]];
    if (strcmp(c->family, family) != 0 || c->ifirst > x->date.last)
      break;
    if (!c->n || !fits(c, x) || !tl_kinds_compatible(x->type, x->trigger, c->type, c->trigger))
      continue;
    count++;
    only = (!need_bare || bare(c)) && places_ok(x->place_key, c->nplaces ? c->places[0] : NULL) == 1 ? (long)ci->bytrig[k]
                                                                                                : -1;
  }
  return count == 1 && only >= 0 && same_story(x, &l->v[only], m) ? only : -1;
}

/* Is the trigger of x a noun after "the" (or "the" and one lower-case
 * word: "the deadly blasts")? */
static int definite_reference(const tl_rmention *x) {
  if (!x->sentence || x->trig_start < x->sent_start)
    return 0;
  size_t off = x->trig_start - x->sent_start;
  if (off > strlen(x->sentence))
    return 0;
  const char *s = x->sentence;
  for (int words = 0; words < 2; words++) {
    size_t e = off;
    while (e > 0 && s[e - 1] == ' ')
      e--;
    size_t b = e;
    while (b > 0 && isalpha((unsigned char)s[b - 1]))
      b--;
    if (b == e || (b > 0 && s[b - 1] != ' '))
      return 0;
    if (e - b == 3 && strncasecmp(s + b, "the", 3) == 0) {
      /* ... in what someone says ("a ceremony on Wednesday marked the
       * deal" dates the deal by the ceremony, which is no report) */
      static const char *const says[] = {" said ", " says ", " told ", " confirmed ", " announced ", " reported ",
                                         " stated ", " called ", " described ", " condemned ", " acknowledged ",
                                         " questioned ", " disputed ", NULL};
      for (int k = 0; says[k]; k++) {
        const char *f = strstr(s, says[k]);
        if (f && (size_t)(f - s) < b)
          return 1;
      }
      return 0;
    }
    if (isupper((unsigned char)s[b]))
      return 0; /* "the Hamas attack" names its own */
    off = b;
  }
  return 0;
}

/* A reported mention that matched nothing on evidence joins the only
 * event with its trigger lemma in the two weeks before its report, when
 * that event names no one and nowhere ("the implosion, which killed five
 * people on June 18" and "the Coast Guard said on Thursday that the
 * submersible suffered a catastrophic implosion"), as lone_pass does for
 * a bare event of the same day. */
static long lone_report(clist *l, const cindex *ci, tl_rmention *m, size_t mi) {
  return lone_in(l, ci, m, mi, m[mi].date.last - REPORT_WINDOW, fits_report, 1);
}

/* A coarse mention that names no one and nowhere ("five years after the
 * April 2019 fire"), or only the article's main subjects ("the Japanese
 * company agreed to buy the Pittsburgh steelmaker in December 2023"), and
 * matched nothing on evidence joins the only event with its trigger lemma
 * inside its dates. */
static long lone_coarse(clist *l, const cindex *ci, tl_rmention *m, size_t mi) {
  const tl_rmention *x = &m[mi];
  if (x->place)
    return -1;
  for (size_t a = 0; a < x->nparts; a++)
    if (x->pkinds[a] != TL_ENT_COUNTRY && !(x->pweak && x->pweak[a]))
      return -1; /* (the article's main subjects are weak evidence: they may stay) */
  return lone_in(l, ci, m, mi, x->date.first, fits_inside, 0);
}

int tl_resolve(tl_event_list *out, tl_rmention *m, size_t n) {
  int rc = 0;
  clist cl = {0};
  size_t *order = malloc((n + 1) * sizeof *order);
  size_t *active = malloc((n + 1) * sizeof *active);
  size_t *idx = NULL;
  cindex ci = {0};
  uint64_t **words = calloc(n + 1, sizeof *words);
  size_t *nwords = calloc(n + 1, sizeof *nwords);
  size_t nactive = 0;
  char why[512];
  memset(out, 0, sizeof *out);
  if (!order || !active || !words || !nwords) {
    rc = TL_ENOMEM;
    goto done;
  }
  if ((rc = intern_places(m, n)) || (rc = intern_kinds(m, n)) || (rc = lone_surnames(m, n)))
    goto done;
  for (size_t i = 0; i < n; i++) { /* (once: affinity asks for them often) */
    m[i].own_name = own_name(&m[i]);
    m[i].family = tl_lemma_family(m[i].trigger);
    m[i].storm = storm_name(&m[i]) != NULL;
    attack_sides(&m[i]);
  }
  for (size_t i = 0; i < n; i++) {
    order[i] = i;
    nwords[i] = word_hashes(m[i].sentence, &words[i]);
  }
  sort_base = m;
  qsort(order, n, sizeof *order, cmp_mention);

  /* phase 1: exact day-level mentions, in date order */
  for (size_t oi = 0; oi < n; oi++) {
    size_t mi = order[oi];
    tl_rmention *x = &m[mi];
    if (x->reported || x->date.gran > TL_GRAN_DAY)
      continue;
    /* retire clusters that end before this mention starts */
    size_t w2 = 0;
    for (size_t k = 0; k < nactive; k++)
      if (cl.v[active[k]].ilast >= x->date.first)
        active[w2++] = active[k];
    nactive = w2;
    long best = -1;
    double best_s = 0;
    for (size_t k = 0; k < nactive; k++) {
      cluster *c = &cl.v[active[k]];
      if (c->ifirst > x->date.last || c->ilast < x->date.first)
        continue;
      double s = affinity(m, mi, c, words[mi], nwords[mi], 0, NULL, 0);
      if (s > best_s) {
        best_s = s;
        best = (long)active[k];
      }
    }
    if (best >= 0) {
      affinity(m, mi, &cl.v[best], words[mi], nwords[mi], 0, why, sizeof why);
      if ((rc = join(&cl.v[best], m, mi, words[mi], nwords[mi], why, 1)))
        goto done;
    } else {
      if ((rc = cluster_new(&cl, m, mi, words[mi], nwords[mi])))
        goto done;
      active[nactive++] = cl.n - 1;
    }
  }

  /* phase 1b: events found in date order can miss each other when the
   * mention that links them came later ("the Titan" named only in a third
   * report): merge events of the same window whose combined evidence
   * agrees, until nothing changes */
  if ((rc = merge_pass(&cl, m)) || (rc = lone_pass(&cl, m)))
    goto done;

  /* phases 2 and 3 search the clusters of phase 1 through a date index */
  size_t nidx = cl.n;
  idx = malloc((nidx + 1) * sizeof *idx);
  if (!idx) {
    rc = TL_ENOMEM;
    goto done;
  }
  for (size_t i = 0; i < nidx; i++)
    idx[i] = i;
  csort_base = &cl;
  qsort(idx, nidx, sizeof *idx, cmp_cluster_first);
  ci.rank = malloc((nidx + 1) * sizeof *ci.rank);
  ci.one = malloc((nidx + 1) * sizeof *ci.one);
  ci.many = malloc((nidx + 1) * sizeof *ci.many);
  ci.bytrig = malloc((nidx + 1) * sizeof *ci.bytrig);
  if (!ci.rank || !ci.one || !ci.many || !ci.bytrig) {
    rc = TL_ENOMEM;
    goto done;
  }
  for (size_t k = 0; k < nidx; k++) {
    const cluster *c = &cl.v[idx[k]];
    ci.rank[idx[k]] = k;
    if (c->ifirst == c->ilast)
      ci.one[ci.none++] = idx[k];
    else
      ci.many[ci.nmany++] = idx[k];
  }
  memcpy(ci.bytrig, ci.one, ci.none * sizeof *ci.bytrig);
  bytrig_base = &cl;
  qsort(ci.bytrig, ci.none, sizeof *ci.bytrig, cmp_bytrig);

  for (int phase = 2; phase <= 3; phase++) {
    size_t first_new = cl.n;
    for (size_t oi = 0; oi < n; oi++) {
      size_t mi = order[oi];
      tl_rmention *x = &m[mi];
      int mine = phase == 2 ? (x->reported && x->date.gran <= TL_GRAN_DAY) : (x->date.gran > TL_GRAN_DAY);
      if (!mine)
        continue;
      long best = find_in_index(&cl, &ci, m, mi, words[mi], nwords[mi], phase == 2 ? fits_report : fits_inside,
                                why, sizeof why);
      if (best < 0 && phase == 2 && (best = lone_report(&cl, &ci, m, mi)) >= 0)
        snprintf(why, sizeof why, "the only %s of the two weeks before the report, and it names no one and nowhere",
                 x->trigger);
      if (best < 0 && phase == 3 && (best = lone_coarse(&cl, &ci, m, mi)) >= 0)
        snprintf(why, sizeof why, "names no one and nowhere: the only %s of those dates", x->trigger);
      if (best >= 0) {
        char full[600];
        snprintf(full, sizeof full, "%s; %s", phase == 2 ? "reported on or before its report" : "coarse date contains the event", why);
        if ((rc = join(&cl.v[best], m, mi, words[mi], nwords[mi], full, 0)))
          goto done;
        continue;
      }
      /* "since it was freed last month": a vague back-reference that
       * matches no event is not an event of its own; nor is a report of
       * "the blasts" ("prosecutors said on Friday that the blasts were
       * sabotage"): the article takes the event as known, on a day it
       * does not give, so the day of the report would be a wrong one */
      if ((x->vague && !x->planned) || (phase == 2 && definite_reference(x)))
        continue;
      /* no earlier event: group with the new clusters of this phase on the
       * same dates, else start one */
      long same = -1;
      for (size_t k = first_new; k < cl.n && same < 0; k++) {
        cluster *c = &cl.v[k];
        if (c->n && c->ifirst <= x->date.last && c->ilast >= x->date.first &&
            affinity(m, mi, c, words[mi], nwords[mi], 0, why, sizeof why) > 0)
          same = (long)k;
      }
      if (same >= 0)
        rc = join(&cl.v[same], m, mi, words[mi], nwords[mi], why, 1);
      else
        rc = cluster_new(&cl, m, mi, words[mi], nwords[mi]);
      if (rc)
        goto done;
    }
  }

  if ((rc = conflict_pass(&cl, m)))
    goto done;

  out->v = calloc(cl.n + 1, sizeof *out->v);
  if (!out->v) {
    rc = TL_ENOMEM;
    goto done;
  }
  out->cap = cl.n;
  for (size_t i = 0; i < cl.n; i++) {
    if (!cl.v[i].n)
      continue; /* merged into another */
    rc = build_event(&out->v[out->n], m, &cl.v[i]);
    out->n++;
    /* the event now owns the reason strings */
    free(cl.v[i].why);
    cl.v[i].why = NULL;
    cl.v[i].n = 0;
    if (rc)
      goto done;
  }
  qsort(out->v, out->n, sizeof *out->v, cmp_event);
done:
  for (size_t i = 0; i < cl.n; i++) {
    for (size_t k = 0; k < cl.v[i].n; k++)
      free(cl.v[i].why[k]);
    free(cl.v[i].why);
    free(cl.v[i].mem);
    free(cl.v[i].words);
    free(cl.v[i].pids);
    free(cl.v[i].pw);
    free(cl.v[i].conflict);
    free(cl.v[i].arts);
    free(cl.v[i].places);
  }
  free(cl.v);
  for (size_t i = 0; words && i < n; i++)
    free(words[i]);
  free(words);
  free(nwords);
  free(order);
  free(active);
  free(idx);
  free(ci.rank);
  free(ci.one);
  free(ci.many);
  free(ci.bytrig);
  if (rc)
    tl_event_list_free(out);
  return rc;
}

void tl_event_list_free(tl_event_list *l) {
  if (!l)
    return;
  for (size_t i = 0; i < l->n; i++) {
    tl_event *e = &l->v[i];
    free(e->title);
    free(e->place);
    for (size_t k = 0; e->reasons && k < e->nmembers; k++)
      free(e->reasons[k]);
    free(e->reasons);
    free(e->members);
    free(e->pids);
    free(e->pcounts);
    free(e->conflict);
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

void tl_rmentions_free(tl_rmention *m, size_t n) {
  for (size_t i = 0; m && i < n; i++) {
    free(m[i].article_ext);
    free(m[i].source);
    free(m[i].place);
    free(m[i].sentence);
    if (!m[i].story_shared)
      free(m[i].story);
    free(m[i].skeys);
    free(m[i].pids);
    for (size_t k = 0; k < m[i].nparts; k++)
      free(m[i].pnames[k]);
    free(m[i].pnames);
    free(m[i].pkinds);
    free(m[i].pweak);
    free(m[i].ppos);
  }
  free(m);
}
