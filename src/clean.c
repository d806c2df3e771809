/*
 * clean.c - the cleaning stage.  Pass 1 decodes the input byte by byte,
 * replacing invalid UTF-8 with U+FFFD and mapping typographic quotes and
 * exotic spaces to ASCII; pass 2 works line by line, dropping boilerplate
 * (data/boilerplate.tsv) and paragraphs already seen.  Output lines are
 * separated by exactly one '\n'; there are no empty lines.
 */
#include "timeline/clean.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
#include "timeline/lexicon.h"
#include "util.h"

int tl_utf8_seq(const unsigned char *s, size_t avail) {
  unsigned c = s[0];
  if (c < 0x80)
    return 1;
  int n;
  unsigned min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if ((size_t)n > avail)
    return 0;
  unsigned cp = c & (0x7F >> n);
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

int tl_utf8_valid(const char *s, size_t len, size_t *bad) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < len;) {
    /* runs of ASCII, eight bytes at a time: most of any news text */
    uint64_t w;
    while (i + 8 <= len && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ULL)))
      i += 8;
    if (i >= len)
      break;
    int n = tl_utf8_seq(u + i, len - i);
    if (!n) {
      if (bad)
        *bad = i;
      return 0;
    }
    i += (size_t)n;
  }
  return 1;
}

static unsigned decode(const unsigned char *s, int n) {
  if (n == 1)
    return s[0];
  unsigned cp = s[0] & (0x7F >> n);
  for (int i = 1; i < n; i++)
    cp = (cp << 6) | (s[i] & 0x3F);
  return cp;
}

/* Pass 1: repair and normalise characters.  Spaces are collapsed and
 * lines right-trimmed here so that pass 2 sees canonical lines. */
static int normalise(tl_buf *b, const char *in, size_t len, tl_clean_stats *st) {
  const unsigned char *u = (const unsigned char *)in;
  size_t i = 0;
  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    i = 3; /* byte order mark */
  int pending_space = 0;
  while (i < len) {
    int n = tl_utf8_seq(u + i, len - i);
    const char *rep = NULL;
    if (!n) {
      if (st && st->invalid_bytes++ == 0)
        st->first_invalid = i;
      rep = "\xEF\xBF\xBD";
      n = 1;
    } else {
      unsigned cp = decode(u + i, n);
      switch (cp) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        rep = "'";
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        rep = "\"";
        break;
      case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F:
      case 0x205F: case 0x3000: case '\t': case '\v': case '\f':
        rep = " ";
        break;
      case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
        rep = "";
        break;
      case '\r':
        rep = (i + 1 < len && u[i + 1] == '\n') ? "" : "\n";
        break;
      case 0x2028: case 0x2029: case 0x85:
        rep = "\n";
        break;
      default:
        if (cp < 0x20 && cp != '\n')
          rep = ""; /* other C0 controls */
        else if (cp == 0x7F)
          rep = "";
      }
    }
    const char *src = rep ? rep : (const char *)u + i;
    size_t sn = rep ? strlen(rep) : (size_t)n;
    i += (size_t)n;
    if (sn == 1 && src[0] == ' ') {
      pending_space = 1;
      continue;
    }
    if (sn == 0)
      continue;
    if (src[0] == '\n') {
      pending_space = 0;
      while (b->len && b->ptr[b->len - 1] == ' ')
        b->len--;
      if (tl_buf_putc(b, '\n'))
        return TL_ENOMEM;
      continue;
    }
    if (pending_space && b->len && b->ptr[b->len - 1] != '\n')
      if (tl_buf_putc(b, ' '))
        return TL_ENOMEM;
    pending_space = 0;
    if (tl_buf_put(b, src, sn))
      return TL_ENOMEM;
  }
  return 0;
}

/* Longest line checked for "contains" patterns: boilerplate is short, and
 * paragraphs of news are not boilerplate. */
#define BOILERPLATE_MAX 600

static int is_boilerplate(const tl_lex *lex, const char *line, size_t n) {
  /* Whole-line matches go through the hash table; a final colon or
   * full stop does not matter. */
  if (tl_lex_find(lex, line, n))
    return 1;
  if (n > 1 && (line[n - 1] == ':' || line[n - 1] == '.') && tl_lex_find(lex, line, n - 1))
    return 1;
  if (n > BOILERPLATE_MAX)
    return 0;
  /* the patterns are lower case: fold the line once, then search bytes */
  char low[BOILERPLATE_MAX];
  for (size_t i = 0; i < n; i++)
    low[i] = (char)tolower((unsigned char)line[i]);
  for (size_t i = 0; i < tl_lex_count(lex); i++) {
    const tl_lex_entry *e = tl_lex_at(lex, i);
    const char *kind = e->field[0];
    size_t kn = strlen(e->key);
    if (kn == 0 || kn > n)
      continue;
    if (strcmp(kind, "prefix") == 0) {
      if (memcmp(low, e->key, kn) == 0)
        return 1;
    } else if (strcmp(kind, "contains") == 0 || (n < 120 && strcmp(kind, "contains-short") == 0)) {
      if (memmem(low, n, e->key, kn))
        return 1;
    }
  }
  return 0;
}

/* A small open-addressing set of line hashes for repeat detection. */
typedef struct {
  uint64_t *slots;
  size_t n;
  size_t used;
} hashset;

static int hashset_add(hashset *h, uint64_t v) {
  if (!v)
    v = 1;
  if ((h->used + 1) * 2 > h->n) {
    size_t nn = h->n ? h->n * 2 : 64;
    uint64_t *ns = calloc(nn, sizeof *ns);
    if (!ns)
      return -1;
    for (size_t i = 0; i < h->n; i++) {
      if (!h->slots[i])
        continue;
      size_t s = h->slots[i] & (nn - 1);
      while (ns[s])
        s = (s + 1) & (nn - 1);
      ns[s] = h->slots[i];
    }
    free(h->slots);
    h->slots = ns;
    h->n = nn;
  }
  size_t s = v & (h->n - 1);
  while (h->slots[s]) {
    if (h->slots[s] == v)
      return 0; /* already present */
    s = (s + 1) & (h->n - 1);
  }
  h->slots[s] = v;
  h->used++;
  return 1;
}

/* Paragraphs shorter than this may legitimately repeat ("Advertisement"). */
#define REPEAT_MIN_LEN 40

int tl_clean_text(char **out, size_t *out_len, const char *in, size_t len,
                  tl_clean_stats *stats) {
  tl_buf norm = {0}, res = {0};
  hashset seen = {0};
  tl_clean_stats local = {0};
  int rc = TL_ENOMEM;
  tl_clean_stats *st = stats ? stats : &local;
  memset(st, 0, sizeof *st);
  const tl_lex *bp = tl_lex_get("boilerplate.tsv");

  if (normalise(&norm, in, len, st))
    goto cleanup;
  if (tl_buf_grow(&res, norm.len))
    goto cleanup;
  size_t pos = 0;
  while (pos < norm.len) {
    const char *line = norm.ptr + pos;
    const char *nl = memchr(line, '\n', norm.len - pos);
    size_t n = nl ? (size_t)(nl - line) : norm.len - pos;
    pos += n + (nl ? 1 : 0);
    while (n && line[0] == ' ') {
      line++;
      n--;
    }
    if (!n)
      continue;
    if (bp && is_boilerplate(bp, line, n)) {
      st->boilerplate++;
      continue;
    }
    if (n >= REPEAT_MIN_LEN) {
      int added = hashset_add(&seen, tl_hash64(line, n, TL_HASH_SEED));
      if (added < 0)
        goto cleanup;
      if (added == 0) {
        st->repeated++;
        continue;
      }
    }
    if (res.len && tl_buf_putc(&res, '\n'))
      goto cleanup;
    if (tl_buf_put(&res, line, n))
      goto cleanup;
  }
  *out_len = res.len;
  *out = tl_buf_detach(&res);
  rc = 0;
cleanup:
  tl_buf_free(&norm);
  tl_buf_free(&res);
  free(seen.slots);
  return rc;
}
