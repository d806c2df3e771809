/*
 * util.h - internal helpers shared by the library modules (not installed):
 * a growable byte buffer, FNV-1a hashing, small string helpers.
 * tl_buf owns its memory; tl_buf_free() on a zeroed buffer is safe.
 */
#ifndef TL_UTIL_H
#define TL_UTIL_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  char *ptr; /* always NUL-terminated when len > 0 or after any append */
  size_t len;
  size_t cap;
} tl_buf;

int tl_buf_grow(tl_buf *b, size_t extra);
int tl_buf_put(tl_buf *b, const char *s, size_t n);
int tl_buf_puts(tl_buf *b, const char *s);
int tl_buf_putc(tl_buf *b, char c);
int tl_buf_printf(tl_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Hands the buffer to the caller (who frees it) and resets b. */
char *tl_buf_detach(tl_buf *b);
void tl_buf_free(tl_buf *b);

uint64_t tl_hash64(const void *data, size_t len, uint64_t seed);
#define TL_HASH_SEED 0xcbf29ce484222325ULL

char *tl_strdup(const char *s);      /* NULL-safe */
char *tl_strndup(const char *s, size_t n);
void tl_str_lower_ascii(char *s);
/* s[0..n) in lower case with the letters of Latin-1 and Latin Extended-A
 * folded to ASCII ("Kraków" -> "krakow", "Erdoğan" -> "erdogan") into out
 * (cap bytes, NUL-terminated, cut at a whole character); returns the
 * length written. */
size_t tl_fold_latin(const char *s, size_t n, char *out, size_t cap);
/* Trim ASCII whitespace in place; returns s. */
char *tl_str_trim(char *s);

#define TL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
