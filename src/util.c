/*
 * util.c - growable buffers, hashing and string helpers used by every
 * module.  Allocation failures are reported as TL_ENOMEM; a tl_buf that
 * failed to grow keeps its previous content.
 */
#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"

int tl_buf_grow(tl_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap)
    return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra + 1) {
    if (cap > SIZE_MAX / 2)
      return TL_ENOMEM;
    cap *= 2;
  }
  char *p = realloc(b->ptr, cap);
  if (!p)
    return TL_ENOMEM;
  b->ptr = p;
  b->cap = cap;
  return 0;
}

int tl_buf_put(tl_buf *b, const char *s, size_t n) {
  if (tl_buf_grow(b, n))
    return TL_ENOMEM;
  if (n)
    memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = '\0';
  return 0;
}

int tl_buf_puts(tl_buf *b, const char *s) { return tl_buf_put(b, s, strlen(s)); }

int tl_buf_putc(tl_buf *b, char c) { return tl_buf_put(b, &c, 1); }

int tl_buf_printf(tl_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || tl_buf_grow(b, (size_t)n))
    return TL_ENOMEM;
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

char *tl_buf_detach(tl_buf *b) {
  char *p = b->ptr;
  if (!p)
    p = calloc(1, 1);
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}

void tl_buf_free(tl_buf *b) {
  free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
}

uint64_t tl_hash64(const void *data, size_t len, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = seed;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

char *tl_strdup(const char *s) { return s ? tl_strndup(s, strlen(s)) : NULL; }

char *tl_strndup(const char *s, size_t n) {
  if (!s)
    return NULL;
  char *p = malloc(n + 1);
  if (!p)
    return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void tl_str_lower_ascii(char *s) {
  for (; s && *s; s++)
    *s = (char)tolower((unsigned char)*s);
}

char *tl_str_trim(char *s) {
  if (!s)
    return s;
  char *p = s;
  while (isspace((unsigned char)*p))
    p++;
  size_t n = strlen(p);
  while (n && isspace((unsigned char)p[n - 1]))
    n--;
  memmove(s, p, n);
  s[n] = '\0';
  return s;
}

/* The ASCII letters of U+00C0..U+017F, a few of them two letters, and 0
 * for the signs (x, division) that are no letters. */
static const char *fold_letter(unsigned cp) {
  static const char *const latin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "ss",
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
      "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y"};
  /* Latin Extended-A by ranges of code points: first, last, letters */
  static const struct {
    unsigned a, b;
    const char *s;
  } ext[] = {{0x100, 0x105, "a"}, {0x106, 0x10D, "c"}, {0x10E, 0x111, "d"}, {0x112, 0x11B, "e"},
             {0x11C, 0x123, "g"}, {0x124, 0x127, "h"}, {0x128, 0x131, "i"}, {0x132, 0x133, "ij"},
             {0x134, 0x135, "j"}, {0x136, 0x138, "k"}, {0x139, 0x142, "l"}, {0x143, 0x14B, "n"},
             {0x14C, 0x151, "o"}, {0x152, 0x153, "oe"}, {0x154, 0x159, "r"}, {0x15A, 0x161, "s"},
             {0x162, 0x167, "t"}, {0x168, 0x173, "u"}, {0x174, 0x175, "w"}, {0x176, 0x178, "y"},
             {0x179, 0x17E, "z"}, {0x17F, 0x17F, "s"}};
  if (cp >= 0xC0 && cp <= 0xFF)
    return latin1[cp - 0xC0];
  for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
    if (cp >= ext[k].a && cp <= ext[k].b)
      return ext[k].s;
  return NULL;
}

size_t tl_fold_latin(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  if (!cap)
    return 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { /* ASCII, nearly every byte: no lookup */
      if (o + 1 >= cap)
        break;
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      i++;
      continue;
    }
    /* two bytes of U+00C0..U+017F fold to their letters; any other byte,
     * or a sign of that range, is copied as it is */
    const char *f = NULL;
    size_t used = 1;
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      used = 2;
      f = fold_letter(((unsigned)(c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F));
    }
    size_t fl = f ? strlen(f) : used;
    if (o + fl >= cap)
      break;
    memcpy(out + o, f ? f : s + i, fl);
    o += fl;
    i += used;
  }
  out[o] = '\0';
  return o;
}
