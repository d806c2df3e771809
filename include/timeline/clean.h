/*
 * clean.h - turn scraped article text into clean UTF-8 lines: repair
 * invalid UTF-8, normalise quotes and spaces, drop boilerplate lines and
 * verbatim repeated paragraphs.  Non-Latin text passes through untouched.
 */
#ifndef TIMELINE_CLEAN_H
#define TIMELINE_CLEAN_H

#include <stddef.h>

typedef struct {
  size_t invalid_bytes;   /* bytes replaced by U+FFFD */
  size_t first_invalid;   /* input byte offset of the first one */
  size_t boilerplate;     /* lines dropped as boilerplate */
  size_t repeated;        /* paragraphs dropped as verbatim repeats */
} tl_clean_stats;

/* Cleans in[0..len).  *out is malloc'd, NUL-terminated, owned by the
 * caller.  stats may be NULL.  Returns 0 or TL_ENOMEM. */
int tl_clean_text(char **out, size_t *out_len, const char *in, size_t len,
                  tl_clean_stats *stats);

/* 1 when s[0..len) is valid UTF-8; otherwise 0 and *bad = first bad byte. */
int tl_utf8_valid(const char *s, size_t len, size_t *bad);

/* Length of the valid UTF-8 sequence at s (1..4), 0 if invalid. */
int tl_utf8_seq(const unsigned char *s, size_t avail);

#endif
