/*
 * sentence.h - sentence boundaries with byte offsets.  A line break always
 * ends a sentence (cleaned text has one paragraph or heading per line);
 * inside a line, . ! ? end a sentence unless the word is an abbreviation
 * (data/abbreviations.tsv) or an initial; a run of more than
 * TL_MAX_SENTENCE bytes without one is cut at a space.
 */
#ifndef TIMELINE_SENTENCE_H
#define TIMELINE_SENTENCE_H

#include <stddef.h>

/* Longer runs without a sentence end are cut at a space. */
#define TL_MAX_SENTENCE 2000

typedef struct {
  size_t start; /* byte offset of the first byte */
  size_t end;   /* one past the last byte (trailing spaces excluded) */
} tl_sentence;

/* *out is malloc'd (caller frees); *n may be 0.  Returns 0 or TL_ENOMEM. */
int tl_sentences_split(tl_sentence **out, size_t *n, const char *text, size_t len);

#endif
