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
