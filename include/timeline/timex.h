/*
 * timex.h - the temporal tagger.  Finds temporal expressions in text and
 * normalises them to TimeML TIMEX3 values plus the calendar interval they
 * denote, anchored at the document creation time (DCT, the publication
 * date).  Relative expressions take their direction from the tense of the
 * sentence around them.
 */
#ifndef TIMELINE_TIMEX_H
#define TIMELINE_TIMEX_H

#include <stddef.h>

#include "timeline/date.h"

/* ORDER: tl_timex_type_name() follows this order. */
typedef enum { TL_TIMEX_DATE, TL_TIMEX_TIME, TL_TIMEX_DURATION, TL_TIMEX_SET } tl_timex_type;

typedef enum { TL_TENSE_NONE, TL_TENSE_PAST, TL_TENSE_PRESENT, TL_TENSE_FUTURE } tl_tense;

typedef struct {
  size_t start, end;  /* byte offsets into the tagged text */
  tl_timex_type type;
  char value[40];     /* TIMEX3 value: 2025-12-05, 2025-W49, P3D, PRESENT_REF... */
  char mod[16];       /* TIMEX3 mod (START, END, MID, APPROX...) or "" */
  tl_span span;       /* calendar interval; span.first == TL_DAY_NONE if none */
  const char *rule;   /* static name of the rule that matched (for --explain) */
  tl_tense tense;     /* tense used to resolve a relative expression */
  int relative;       /* 1 when anchored at the DCT or an earlier date */
  tl_day anchor;      /* the day it counts from, when relative (the DCT, or
                         the last date of the text for "the previous day",
                         "three days later", "at 10 a.m."), else TL_DAY_NONE */
  int span_days;      /* "a third consecutive day": 3 (a range ending at the anchor) */
} tl_timex;

typedef struct {
  tl_timex *items;
  size_t count, cap;
} tl_timex_list;

/* Tags all of text[0..len) (split into sentences internally) and appends
 * to *out.  dct may be TL_DAY_NONE: relative expressions then get no span.
 * Returns 0 or TL_ENOMEM. */
int tl_timex_tag(tl_timex_list *out, const char *text, size_t len, tl_day dct);

/* What earlier sentences of the document said, for anaphoric expressions
 * ("the next day", "a year earlier" after "the third quarter").  Start
 * with tl_timex_state_init(); the tagger updates it; release it with
 * tl_timex_state_free() (it keeps the token buffer between sentences). */
typedef struct {
  tl_day last_day; /* last full date mentioned, or TL_DAY_NONE */
  int last_named;  /* ... and it named its month ("March 3", not "Friday") */
  tl_day last_at;  /* first day of the last date, week, month... or year
                      mentioned, or TL_DAY_NONE */
  int last_gran;   /* its granularity (a tl_gran), TL_GRAN_NONE if none */
  int q_year, q;   /* last quarter mentioned (q = 0: none) */
  void *toks;      /* token buffer reused by the next sentence */
  int toks_cap;
} tl_timex_state;

void tl_timex_state_init(tl_timex_state *st);
void tl_timex_state_free(tl_timex_state *st);

/* Tags one sentence text[start..end), updating *st. */
int tl_timex_tag_sentence(tl_timex_list *out, const char *text, size_t start, size_t end,
                          tl_day dct, tl_timex_state *st);

void tl_timex_list_free(tl_timex_list *l);

const char *tl_timex_type_name(tl_timex_type t);
const char *tl_tense_name(tl_tense t);

#endif
