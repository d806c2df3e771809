/*
 * lexicon.c - owns the loaded lexicons: a fixed registry of open-addressing
 * hash tables keyed by lower-cased keys.  Each table keeps one copy of its
 * source text; entries point into it.  Loading is lazy and guarded by a
 * mutex so worker threads may share the tables read-only.
 */
#include "timeline/lexicon.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct tl_lex {
  char *name;
  char *text; /* owned copy of the data, split in place */
  tl_lex_entry *entries;
  size_t count;
  size_t *slots; /* index+1 into entries, 0 = empty */
  uint64_t *slot_hash; /* hash of the key in each slot: most misses end here */
  size_t nslots;
  uint64_t *firsts; /* hashes of the first words of all keys (open addressing, 0 = empty) */
  /* one bit per (first letter, second letter, length) of a key: a lookup
   * of a word no key looks like ends here, before hashing */
  unsigned char shape[27 * 27 * 32 / 8];
  size_t nfirsts;
  int max_words;
};

#define MAX_LEXICONS 32
static tl_lex *registry[MAX_LEXICONS];
static _Atomic int nregistry; /* published after registry[n] is written */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* ASCII case folding without a locale lookup per byte (keys are matched
 * ASCII-case-insensitively; other bytes compare as they are) */
static inline unsigned char lc(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* a byte's letter bucket for the shape filter: a-z (any case) 0..25, else 26 */
static inline unsigned bucket(unsigned char c) {
  c = lc(c);
  return c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : 26u;
}

static inline unsigned shape_of(const char *k, size_t n) {
  return (bucket((unsigned char)k[0]) * 27 + (n > 1 ? bucket((unsigned char)k[1]) : 26)) * 32 + (n < 31 ? n : 31);
}

static uint64_t hash_key(const char *k, size_t n) {
  uint64_t h = TL_HASH_SEED;
  for (size_t i = 0; i < n; i++) {
    h ^= lc((unsigned char)k[i]);
    h *= 0x100000001b3ULL;
  }
  return h;
}

static int key_eq(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (lc((unsigned char)a[i]) != lc((unsigned char)b[i]))
      return 0;
  return a[n] == '\0';
}

static void lex_free(tl_lex *lex) {
  if (!lex)
    return;
  free(lex->name);
  free(lex->text);
  free(lex->entries);
  free(lex->slots);
  free(lex->slot_hash);
  free(lex->firsts);
  free(lex);
}

static tl_lex *lex_load(const char *name) {
  size_t len = 0;
  const char *data = tl_data_get(name, &len);
  if (!data)
    return NULL;
  tl_lex *lex = calloc(1, sizeof *lex);
  if (!lex)
    return NULL;
  lex->name = tl_strdup(name);
  lex->text = tl_strndup(data, len);
  size_t lines = 1;
  for (size_t i = 0; i < len; i++)
    lines += data[i] == '\n';
  lex->entries = calloc(lines, sizeof *lex->entries);
  if (!lex->name || !lex->text || !lex->entries) {
    lex_free(lex);
    return NULL;
  }
  char *save = NULL;
  for (char *line = strtok_r(lex->text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    size_t n = strlen(line);
    if (n && line[n - 1] == '\r')
      line[--n] = '\0';
    if (!n || line[0] == '#')
      continue;
    tl_lex_entry *e = &lex->entries[lex->count];
    char *p = line;
    e->key = p;
    char *tab = strchr(p, '\t');
    while (tab && e->nfields < TL_LEX_MAX_FIELDS) {
      *tab = '\0';
      p = tab + 1;
      e->field[e->nfields++] = p;
      tab = strchr(p, '\t');
    }
    for (int i = e->nfields; i < TL_LEX_MAX_FIELDS; i++)
      e->field[i] = "";
    e->words = 1;
    for (const char *k = e->key; *k; k++)
      e->words += *k == ' ';
    if (e->words > lex->max_words)
      lex->max_words = e->words;
    lex->count++;
  }
  lex->nslots = 16;
  while (lex->nslots < lex->count * 2 + 1)
    lex->nslots *= 2;
  lex->slots = calloc(lex->nslots, sizeof *lex->slots);
  lex->slot_hash = calloc(lex->nslots, sizeof *lex->slot_hash);
  if (!lex->slots || !lex->slot_hash) {
    lex_free(lex);
    return NULL;
  }
  for (size_t i = 0; i < lex->count; i++) {
    const char *k = lex->entries[i].key;
    size_t kn = strlen(k);
    uint64_t h = hash_key(k, kn);
    size_t s = h & (lex->nslots - 1);
    int dup = 0;
    while (lex->slots[s]) {
      if (key_eq(lex->entries[lex->slots[s] - 1].key, k, kn)) {
        /* repeated key: append to the chain of the first entry */
        tl_lex_entry *e = &lex->entries[lex->slots[s] - 1];
        while (e->dup)
          e = (tl_lex_entry *)e->dup;
        e->dup = &lex->entries[i];
        dup = 1;
        break;
      }
      s = (s + 1) & (lex->nslots - 1);
    }
    if (!dup) {
      lex->slots[s] = i + 1;
      lex->slot_hash[s] = h;
    }
    if (kn) {
      unsigned sh = shape_of(k, kn);
      lex->shape[sh / 8] |= (unsigned char)(1u << (sh % 8));
    }
  }
  /* first words, so that scanners can skip words no key starts with */
  lex->nfirsts = lex->nslots;
  lex->firsts = calloc(lex->nfirsts, sizeof *lex->firsts);
  if (!lex->firsts) {
    lex_free(lex);
    return NULL;
  }
  for (size_t i = 0; i < lex->count; i++) {
    const char *k = lex->entries[i].key;
    size_t fl = strcspn(k, " ");
    uint64_t h = hash_key(k, fl) | 1;
    size_t s2 = h & (lex->nfirsts - 1);
    while (lex->firsts[s2] && lex->firsts[s2] != h)
      s2 = (s2 + 1) & (lex->nfirsts - 1);
    lex->firsts[s2] = h;
  }
  return lex;
}

uint64_t tl_lex_hash(const char *key, size_t len) { return hash_key(key, len); }

int tl_lex_starts_h(const tl_lex *lex, uint64_t hash) {
  if (!lex)
    return 0;
  uint64_t h = hash | 1;
  size_t s = h & (lex->nfirsts - 1);
  while (lex->firsts[s]) {
    if (lex->firsts[s] == h)
      return 1;
    s = (s + 1) & (lex->nfirsts - 1);
  }
  return 0;
}

const tl_lex_entry *tl_lex_find_h(const tl_lex *lex, const char *key, size_t len, uint64_t hash) {
  if (!lex || !len)
    return NULL;
  size_t s = hash & (lex->nslots - 1);
  while (lex->slots[s]) {
    const tl_lex_entry *e = &lex->entries[lex->slots[s] - 1];
    if (lex->slot_hash[s] == hash && key_eq(e->key, key, len))
      return e;
    s = (s + 1) & (lex->nslots - 1);
  }
  return NULL;
}

int tl_lex_starts(const tl_lex *lex, const char *word, size_t len) {
  return len ? tl_lex_starts_h(lex, hash_key(word, len)) : 0;
}

const tl_lex *tl_lex_get(const char *name) {
  /* fast path without the lock: loaded lexicons are never changed */
  int n = nregistry;
  for (int i = 0; i < n; i++)
    if (strcmp(registry[i]->name, name) == 0)
      return registry[i];
  tl_lex *found = NULL;
  pthread_mutex_lock(&lock);
  for (int i = 0; i < nregistry; i++)
    if (strcmp(registry[i]->name, name) == 0)
      found = registry[i];
  if (!found && nregistry < MAX_LEXICONS) {
    found = lex_load(name);
    if (found) {
      registry[nregistry] = found;
      nregistry = nregistry + 1;
    }
  }
  pthread_mutex_unlock(&lock);
  return found;
}

const tl_lex *tl_lex_cached(const tl_lex *_Atomic *slot, const char *name) {
  const tl_lex *l = *slot;
  if (!l)
    *slot = l = tl_lex_get(name);
  return l;
}

const tl_lex_entry *tl_lex_find(const tl_lex *lex, const char *key, size_t len) {
  if (!lex || !len)
    return NULL;
  unsigned sh = shape_of(key, len);
  if (!(lex->shape[sh / 8] & (1u << (sh % 8))))
    return NULL;
  return tl_lex_find_h(lex, key, len, hash_key(key, len));
}

const tl_lex_entry *tl_lex_next(const tl_lex_entry *e) { return e ? e->dup : NULL; }

const tl_lex_entry *tl_lex_find_class(const tl_lex *lex, const char *key, size_t len,
                                      const char *cls) {
  for (const tl_lex_entry *e = tl_lex_find(lex, key, len); e; e = e->dup)
    if (e->nfields > 0 && strcmp(e->field[0], cls) == 0)
      return e;
  return NULL;
}

size_t tl_lex_count(const tl_lex *lex) { return lex ? lex->count : 0; }

const tl_lex_entry *tl_lex_at(const tl_lex *lex, size_t i) {
  return lex && i < lex->count ? &lex->entries[i] : NULL;
}

int tl_lex_max_words(const tl_lex *lex) { return lex ? lex->max_words : 0; }

void tl_lex_shutdown(void) {
  pthread_mutex_lock(&lock);
  for (int i = 0; i < nregistry; i++)
    lex_free(registry[i]);
  nregistry = 0;
  pthread_mutex_unlock(&lock);
}
