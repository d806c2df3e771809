/*
 * sentence.c - the sentence splitter.  Invariant: returned sentences are
 * non-empty, ordered, non-overlapping and never cross a '\n'.
 */
#include "timeline/sentence.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
#include "timeline/lexicon.h"

static int push(tl_sentence **v, size_t *n, size_t *cap, const char *t, size_t s, size_t e) {
  while (s < e && isspace((unsigned char)t[s]))
    s++;
  while (e > s && isspace((unsigned char)t[e - 1]))
    e--;
  if (s >= e)
    return 0;
  if (*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 32;
    tl_sentence *nv = realloc(*v, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    *v = nv;
    *cap = nc;
  }
  (*v)[(*n)++] = (tl_sentence){s, e};
  return 0;
}

/* Is the word ending just before text[dot] an abbreviation? */
static int is_abbrev(const char *t, size_t line_start, size_t dot) {
  size_t b = dot;
  while (b > line_start && (isalpha((unsigned char)t[b - 1]) || t[b - 1] == '.'))
    b--;
  size_t n = dot - b;
  if (n == 0)
    return 0;
  if (n == 1 && isupper((unsigned char)t[b]))
    return 1; /* an initial: "John F. Kennedy" */
  static const tl_lex *_Atomic abbr;
  return tl_lex_find(tl_lex_cached(&abbr, "abbreviations.tsv"), t + b, n) != NULL;
}

int tl_sentences_split(tl_sentence **out, size_t *n, const char *t, size_t len) {
  tl_sentence *v = NULL;
  size_t count = 0, cap = 0;
  size_t start = 0, line_start = 0;
  /* the bytes that may end a sentence */
  static const unsigned char ends[256] = {['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1};
  for (size_t i = 0; i < len; i++) {
    /* fast path: skip the bytes that cannot end a sentence, up to the
     * length at which a space starts to end one */
    if (i >= start) {
      size_t stop = start + TL_MAX_SENTENCE < len ? start + TL_MAX_SENTENCE : len;
      while (i < stop && !ends[(unsigned char)t[i]])
        i++;
      if (i >= len)
        break;
    }
    char c = t[i];
    /* no sentence is longer than TL_MAX_SENTENCE bytes: a run-on line
     * (a table, a scraped list) is cut at a space, so that every later
     * stage works on bounded pieces */
    if (i - start >= TL_MAX_SENTENCE && c == ' ') {
      if (push(&v, &count, &cap, t, start, i))
        goto nomem;
      start = i + 1;
      continue;
    }
    if (c == '\n') {
      if (push(&v, &count, &cap, t, start, i))
        goto nomem;
      start = line_start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?')
      continue;
    size_t j = i + 1;
    while (j < len && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']'))
      j++;
    if (j >= len || t[j] != ' ')
      continue;
    size_t k = j;
    while (k < len && t[k] == ' ')
      k++;
    if (k >= len || t[k] == '\n')
      continue;
    unsigned char nx = (unsigned char)t[k];
    if (!(isupper(nx) || isdigit(nx) || nx == '"' || nx == '\'' || nx >= 0x80))
      continue;
    if (c == '.' && is_abbrev(t, line_start, i))
      continue;
    if (push(&v, &count, &cap, t, start, j))
      goto nomem;
    start = k;
  }
  if (push(&v, &count, &cap, t, start, len))
    goto nomem;
  *out = v;
  *n = count;
  return 0;
nomem:
  free(v);
  return TL_ENOMEM;
}
