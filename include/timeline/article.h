/*
 * article.h - one news article as every reader produces it.  All strings
 * are malloc'd and owned by the article; tl_article_clear() frees them.
 */
#ifndef TIMELINE_ARTICLE_H
#define TIMELINE_ARTICLE_H

#include <stddef.h>

#include "timeline/date.h"

typedef enum {
  TL_PUB_NONE = 0,  /* no publication date known */
  TL_PUB_METADATA,  /* from the record's metadata */
  TL_PUB_DATELINE,  /* from a dateline in the first lines */
  TL_PUB_OPTION     /* from --published */
} tl_pub_origin;

typedef struct {
  char *id;        /* record id, or file name without extension */
  char *title;
  char *source;    /* outlet / site name */
  char *url;
  char *path;      /* where it was read from ("file.jsonl:12") */
  char *text;      /* body text as read (not yet cleaned) */
  size_t text_len;
  tl_day published;
  tl_pub_origin pub_origin;
  char *pub_raw;   /* the metadata value the date came from, if invalid kept for messages */
} tl_article;

void tl_article_init(tl_article *a);
void tl_article_clear(tl_article *a);

/* Finds a dateline ("GENEVA, Feb. 18 (Reuters) -") in the first lines of
 * text and returns its date, resolved against `ref` (today when the
 * caller has nothing better), or TL_DAY_NONE. */
tl_day tl_article_dateline(const char *text, size_t len, tl_day ref);

/* Length of a dateline prefix on the first line of text (up to and
 * including its dash), 0 when there is none. */
size_t tl_dateline_end(const char *text, size_t len);

const char *tl_pub_origin_name(tl_pub_origin o);

#endif
