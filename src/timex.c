/*
 * timex.c - the temporal tagger.
 *
 * A sentence is cut into tokens with byte offsets (a character-class scan:
 * letter runs, digit runs, single punctuation bytes, each remembering if
 * whitespace preceded it).  Rules are tried at every token, in the order of
 * the `rules` table; the first that matches consumes its tokens.  Words are
 * classified through data/timex.tsv (months, weekdays, numbers, units...)
 * and data/tense.tsv (tense cues), so the C holds only the grammar.
 *
 * Invariant: emitted timexes are ordered and never overlap.
 */
#include "timeline/timex.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/error.h"
#include "timeline/lexicon.h"
#include "timeline/sentence.h"

enum { T_WORD, T_NUM, T_PUNCT };

typedef struct {
  size_t start, end;
  int kind;
  int sp;      /* whitespace (or sentence start) before the token */
  int cap;     /* first letter upper case */
  long num;    /* value of a T_NUM token (capped) */
  int ndig;    /* digits in a T_NUM token (and its group commas: "1,000" is 5, never a year) */
  int grouped; /* digits grouped by commas: "1,000" */
  char pc;     /* a T_PUNCT token's ASCII form ("'" for U+2019, "-" for an en dash) */
  const tl_lex_entry *lex; /* first data/timex.tsv entry for the word, or NULL */
  unsigned cmask;          /* first letters of its entries' classes (bit 0 'a'; bit 26 none): cls()'s quick no */
  char low[24];
  unsigned char len;  /* bytes in low */
  unsigned char near; /* tokens to the next number or temporal word (0: this one), at most NEAR_MAX */
} tok;

/* A word of the lexicon that is not temporal by itself ("the", "about",
 * "last") starts an expression only if a number or temporal word follows
 * within NEAR_MAX tokens; the driver skips it otherwise. */
#define NEAR_MAX 6

typedef struct {
  const char *text;
  tok *t;
  int n;
  tl_day dct;
  tl_timex_state *st;
  const tl_lex *lx;
  const tl_lex *tense_lx;
  tl_timex cur; /* the timex being built by a rule */
  int trim;     /* leading tokens the rule matched but TimeML leaves out */
  int cue;      /* token of the tense cue last found, or -1 */
  int time_named; /* the last clock time took the day named after it */
  int in_range;   /* reading the end of a range of clock times */
} ctx;

/* ---- small helpers ------------------------------------------------------ */

/* Is token i the word w (n bytes)?  The tagger's most called function.
 * A word of fewer than eight bytes is compared as one 64-bit load: the
 * tokenizer zero-pads the first eight bytes of every token's low, and
 * the is() macro pads the literal the same way, so that "the" is
 * 't','h','e',0,0,0,0,0 on both sides.  Longer words compare their
 * length and bytes. */
static inline int is_word(const ctx *c, int i, const char *w, size_t n) {
  if (i < 0 || i >= c->n)
    return 0;
  if (n < 8) {
    uint64_t a, b;
    memcpy(&a, c->t[i].low, 8);
    memcpy(&b, w, 8);
    return a == b;
  }
  return c->t[i].len == n && memcmp(c->t[i].low, w, n) == 0;
}
/* w must be a string literal (its length is known at compile time) */
#define is(c, i, w) is_word((c), (i), "" w "\0\0\0\0\0\0\0\0", sizeof(w) - 1)
/* the same for a word held in a variable */
static int is_str(const ctx *c, int i, const char *w) {
  size_t n = strlen(w);
  return i >= 0 && i < c->n && c->t[i].len == n && memcmp(c->t[i].low, w, n) == 0;
}
/* Is token i one of the words of a NULL-ended list? */
static int is_one_of(const ctx *c, int i, const char *const *ws) {
  for (int k = 0; ws[k]; k++)
    if (is_str(c, i, ws[k]))
      return 1;
  return 0;
}

static int punct(const ctx *c, int i, char p) {
  return i >= 0 && i < c->n && c->t[i].kind == T_PUNCT && c->t[i].pc == p;
}

/* Resets what a rule may have written (cheaper than a memset). */
static void cur_reset(ctx *c) {
  c->trim = 0;
  c->cur.type = TL_TIMEX_DATE;
  c->cur.value[0] = c->cur.mod[0] = '\0';
  c->cur.span = (tl_span){TL_DAY_NONE, TL_DAY_NONE, TL_GRAN_NONE};
  c->cur.rule = NULL;
  c->cur.tense = TL_TENSE_NONE;
  c->cur.relative = c->cur.span_days = 0;
  c->cur.anchor = TL_DAY_NONE;
}

/* Adjacent: token i is glued to the token before it (no space). */
static int glued(const ctx *c, int i) { return i < c->n && !c->t[i].sp; }

/* The bit of cmask for a class name: its first letter (bit 26 for any
 * other first byte). */
static inline unsigned class_bit(const char *klass) {
  unsigned char f = (unsigned char)klass[0];
  return 1u << (f >= 'a' && f <= 'z' ? f - 'a' : 26);
}

static const char *cls(const ctx *c, int i, const char *klass) {
  if (i < 0 || i >= c->n || c->t[i].kind != T_WORD || !(c->t[i].cmask & class_bit(klass)))
    return NULL;
  for (const tl_lex_entry *e = c->t[i].lex; e; e = tl_lex_next(e))
    if (e->field[0][0] == klass[0] && strcmp(e->field[0], klass) == 0)
      return e->field[1];
  return NULL;
}

static int month_at(const ctx *c, int i) {
  const char *v = cls(c, i, "month");
  if (!v)
    return 0;
  /* "may", "march" and short forms are common words: demand a capital. */
  if (!c->t[i].cap)
    return 0;
  return atoi(v);
}

static int weekday_at(const ctx *c, int i) {
  const char *v = cls(c, i, "weekday");
  return v && c->t[i].cap ? atoi(v) + 1 : 0; /* 1..7, 0 = none */
}

/* A day of the month, 1 to 31, written in one or two digits. */
static int mday_at(const ctx *c, int i) {
  return i >= 0 && i < c->n && c->t[i].kind == T_NUM && c->t[i].ndig <= 2 && c->t[i].num >= 1 && c->t[i].num <= 31
             ? (int)c->t[i].num
             : 0;
}

/* A cardinal: digits or a number word.  Returns 1 and *v (-1 = "several"). */
static int number_at(const ctx *c, int i, long *v) {
  if (i < 0 || i >= c->n)
    return 0;
  if (c->t[i].kind == T_NUM && (c->t[i].ndig <= 4 || c->t[i].grouped)) {
    *v = c->t[i].num;
    return 1;
  }
  const char *s = cls(c, i, "number");
  if (!s)
    return 0;
  *v = s[0] == 'X' ? -1 : atol(s);
  return 1;
}

static int ordinal_at(const ctx *c, int i) {
  const char *s = cls(c, i, "ordinal");
  if (s)
    return atoi(s);
  /* 3rd, 21st: a number glued to a suffix */
  if (i + 1 < c->n && c->t[i].kind == T_NUM && glued(c, i + 1) &&
      (is(c, i + 1, "st") || is(c, i + 1, "nd") || is(c, i + 1, "rd") || is(c, i + 1, "th")))
    return (int)c->t[i].num;
  return 0;
}

/* Unit code ("D", "W", "MO", "Y"...) for token i, or NULL. */
static const char *unit_at(const ctx *c, int i) { return cls(c, i, "unit"); }

static int plural(const ctx *c, int i) {
  if (i < 0 || i >= c->n)
    return 0;
  size_t n = strlen(c->t[i].low);
  return n > 1 && c->t[i].low[n - 1] == 's';
}

/* ---- spans and values --------------------------------------------------- */

static tl_span span_days(tl_day a, tl_day b, tl_gran g) { return (tl_span){a, b, g}; }

static tl_span span_month(int y, int m) {
  return span_days(tl_day_from_ymd(y, m, 1), tl_day_from_ymd(y, m, tl_days_in_month(y, m)),
                   TL_GRAN_MONTH);
}

static tl_span span_year(int y) {
  return span_days(tl_day_from_ymd(y, 1, 1), tl_day_from_ymd(y, 12, 31), TL_GRAN_YEAR);
}

static tl_span span_week(tl_day monday) { return span_days(monday, monday + 6, TL_GRAN_WEEK); }

/* Makes x the single day d: its value and its interval. */
static void timex_day(tl_timex *x, tl_day d) {
  tl_day_format(x->value, d);
  x->span = span_days(d, d, TL_GRAN_DAY);
}

static void set_day(ctx *c, tl_day d) { timex_day(&c->cur, d); }

/* Moves year *y, month *m by k months (either way). */
static void add_months(int *y, int *m, long k) {
  long t = (long)*y * 12 + (*m - 1) + k;
  *y = (int)(t / 12);
  *m = (int)(t % 12) + 1;
}

static void set_month(ctx *c, int y, int m) {
  snprintf(c->cur.value, sizeof c->cur.value, "%04d-%02d", y, m);
  c->cur.span = span_month(y, m);
}

static void set_year(ctx *c, int y) {
  snprintf(c->cur.value, sizeof c->cur.value, "%04d", y);
  c->cur.span = span_year(y);
}

static void set_week(ctx *c, tl_day any_day, int weekend) {
  int iy, w;
  tl_day_iso_week(any_day, &iy, &w);
  snprintf(c->cur.value, sizeof c->cur.value, "%04d-W%02d%s", iy, w, weekend ? "-WE" : "");
  tl_day monday = tl_day_from_iso_week(iy, w);
  c->cur.span = weekend ? span_days(monday + 5, monday + 6, TL_GRAN_WEEKEND) : span_week(monday);
}

static void set_quarter(ctx *c, int y, int q) {
  snprintf(c->cur.value, sizeof c->cur.value, "%04d-Q%d", y, q);
  int m0 = (q - 1) * 3 + 1;
  c->cur.span = span_days(tl_day_from_ymd(y, m0, 1),
                          tl_day_from_ymd(y, m0 + 2, tl_days_in_month(y, m0 + 2)), TL_GRAN_QUARTER);
}

static void set_season(ctx *c, int y, const char *code) {
  snprintf(c->cur.value, sizeof c->cur.value, "%04d-%s", y, code);
  /* meteorological seasons; winter runs into the next year */
  int m0 = strcmp(code, "SP") == 0 ? 3 : strcmp(code, "SU") == 0 ? 6 : strcmp(code, "FA") == 0 ? 9 : 12;
  int y2 = m0 == 12 ? y + 1 : y, m2 = m0 == 12 ? 2 : m0 + 2;
  c->cur.span = span_days(tl_day_from_ymd(y, m0, 1), tl_day_from_ymd(y2, m2, tl_days_in_month(y2, m2)),
                          TL_GRAN_SEASON);
}

static void set_unresolved(ctx *c, const char *v) {
  snprintf(c->cur.value, sizeof c->cur.value, "%s", v);
  c->cur.span = span_days(TL_DAY_NONE, TL_DAY_NONE, TL_GRAN_NONE);
}

static void set_duration(ctx *c, long n, const char *unit) {
  const char *time = (strcmp(unit, "H") == 0 || strcmp(unit, "M") == 0 || strcmp(unit, "S") == 0) ? "T" : "";
  const char *u = unit;
  long mult = 1;
  if (strcmp(unit, "MO") == 0)
    u = "M";
  else if (strcmp(unit, "DE") == 0)
    u = "Y", mult = 10;
  else if (strcmp(unit, "CE") == 0)
    u = "Y", mult = 100;
  else if (strcmp(unit, "Q") == 0)
    u = "M", mult = 3;
  else if (strcmp(unit, "WE") == 0)
    u = "WE";
  c->cur.type = TL_TIMEX_DURATION;
  if (n < 0)
    snprintf(c->cur.value, sizeof c->cur.value, "P%sX%s", time, u);
  else
    snprintf(c->cur.value, sizeof c->cur.value, "P%s%ld%s", time, n * mult, u);
  c->cur.span = span_days(TL_DAY_NONE, TL_DAY_NONE, TL_GRAN_NONE);
}

/* n and a half units: "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M */
static void set_duration_half(ctx *c, long n, const char *unit) {
  char *v = c->cur.value;
  size_t cap = sizeof c->cur.value;
  if (strcmp(unit, "Y") == 0)
    snprintf(v, cap, "P%ldY6M", n);
  else if (strcmp(unit, "DE") == 0)
    snprintf(v, cap, "P%ldY", n * 10 + 5);
  else if (strcmp(unit, "CE") == 0)
    snprintf(v, cap, "P%ldY", n * 100 + 50);
  else if (strcmp(unit, "Q") == 0)
    snprintf(v, cap, "P%ldM15D", n * 3 + 1);
  else if (strcmp(unit, "MO") == 0)
    snprintf(v, cap, "P%ldM15D", n);
  else if (strcmp(unit, "W") == 0)
    snprintf(v, cap, "P%ldDT12H", n * 7 + 3);
  else if (strcmp(unit, "D") == 0)
    snprintf(v, cap, "P%ldDT12H", n);
  else if (strcmp(unit, "H") == 0)
    snprintf(v, cap, "PT%ldH30M", n);
  else if (strcmp(unit, "M") == 0)
    snprintf(v, cap, "PT%ldM30S", n);
  else {
    set_duration(c, n, unit);
    return;
  }
  c->cur.type = TL_TIMEX_DURATION;
  c->cur.span = span_days(TL_DAY_NONE, TL_DAY_NONE, TL_GRAN_NONE);
}

/* "1/2" or "and a half" at token j: tokens used, or 0 */
static int half_at(const ctx *c, int j) {
  if (j + 2 < c->n && c->t[j].kind == T_NUM && c->t[j].num == 1 && punct(c, j + 1, '/') && glued(c, j + 1) &&
      c->t[j + 2].kind == T_NUM && c->t[j + 2].num == 2 && glued(c, j + 2))
    return 3;
  if (is(c, j, "and") && is(c, j + 1, "a") && is(c, j + 2, "half"))
    return 3;
  return 0;
}

/* ---- tense --------------------------------------------------------------- */

/* Is token i a verb of intention ("agreed", "vowed": class intent)? */
static int intent_at(const ctx *c, int i) {
  if (i < 0 || i >= c->n || c->t[i].kind != T_WORD)
    return 0;
  const tl_lex_entry *e = tl_lex_find(c->tense_lx, c->t[i].low, c->t[i].len);
  return e && strcmp(e->field[0], "intent") == 0;
}

/* A word that points ahead only before to/for: "set", "expected", "slated". */
static int prospective_at(const ctx *c, int i) {
  if (i < 0 || i >= c->n || c->t[i].kind != T_WORD)
    return 0;
  const tl_lex_entry *e = tl_lex_find(c->tense_lx, c->t[i].low, c->t[i].len);
  return e && strcmp(e->field[0], "prospective") == 0;
}

static int reporting_at(const ctx *c, int i);

/* The tense a token signals.  *strong is 1 for lexicon cues (auxiliaries,
 * modals, irregular pasts), 0 for the -ed guess, which may be an
 * adjective ("preferred shares") or a passive ("must be returned"). */
static tl_tense tense_of_token(const ctx *c, int i, int *strong) {
  const tok *t = &c->t[i];
  *strong = 1;
  if (t->kind != T_WORD)
    return TL_TENSE_NONE;
  /* "the duties take effect on Saturday", "talks take place Monday": a
   * schedule in the present plural */
  if (strcmp(t->low, "take") == 0 && (is(c, i + 1, "effect") || is(c, i + 1, "place")) && i > 0 &&
      !is(c, i - 1, "to") && !is(c, i - 1, "will") && !is(c, i - 1, "did") && !is(c, i - 1, "not"))
    return TL_TENSE_FUTURE;
  /* "said he would travel on Monday": the future of a report (a "would"
   * of its own, a condition or a habit, is no cue) */
  if (strcmp(t->low, "would") == 0 && !is(c, i + 1, "have"))
    for (int k = i - 1; k >= 0 && k >= i - 3; k--)
      if (reporting_at(c, k))
        return TL_TENSE_FUTURE;
  const tl_lex_entry *e = tl_lex_find(c->tense_lx, t->low, strlen(t->low));
  if (e && strcmp(t->low, "am") == 0 && i > 0 && c->t[i - 1].kind == T_NUM)
    return TL_TENSE_NONE; /* "2am", "2 am": the clock's */
  if (e) {
    /* cues that only count in a construction: "set to", "slated for" */
    int prospective = strcmp(e->field[0], "prospective") == 0;
    /* "due by mid-December", "due in May", "due on Tuesday" point ahead;
     * "cancelled due to the storm" is a cause */
    if (prospective && strcmp(t->low, "due") == 0) {
      static const char *const ahead[] = {"by", "in", "on", "at", "before", "next", "this", "for", NULL};
      static const char *const causes[] = {"the",  "a",    "an",   "its",  "their",    "his",      "her",
                                           "this", "that", "bad",  "poor", "heavy",    "high",     "low",
                                           "lack", "concerns", "security", "weather", "technical", "illness",
                                           "health", NULL};
      if (is_one_of(c, i + 1, ahead))
        return TL_TENSE_FUTURE;
      if (is(c, i + 1, "to") && is_one_of(c, i + 2, causes))
        return TL_TENSE_NONE;
    }
    if (prospective && !(is(c, i + 1, "to") || is(c, i + 1, "for")) &&
        /* "has scheduled a news conference Thursday" */
        !(strcmp(t->low, "scheduled") == 0 && (is(c, i + 1, "a") || is(c, i + 1, "an"))))
      return TL_TENSE_NONE;
    /* "agreed to begin talks on Wednesday", "vowed to return next week": an
     * intention points ahead of itself, even told in the past perfect; not
     * "agreed to a ceasefire on Saturday" */
    if (strcmp(e->field[0], "intent") == 0) {
      /* "agreed on Tuesday to buy Activision Blizzard": a deal agreed, the
       * agreement's day (data/tense.tsv, class "deal") */
      const tl_lex_entry *dv = is(c, i + 1, "to") && i + 2 < c->n && c->t[i + 2].kind == T_WORD
                                   ? tl_lex_find_class(c->tense_lx, c->t[i + 2].low, c->t[i + 2].len, "deal")
                                   : NULL;
      if (dv) {
        *strong = 0;
        return TL_TENSE_PAST;
      }
      /* (not a noun phrase after "to", nor a preposition: "the ceasefire,
       * which Ukraine agreed to at talks in Jeddah on Tuesday") */
      static const char *const no_verb[] = {"a",  "an",   "the", "its",  "their", "his",   "her",    "this",
                                            "that", "be", "have", "at",  "in",    "on",    "with",   "during",
                                            "by", "after", "before", "under", "from", "when", "last", "earlier",
                                            NULL};
      if (is(c, i + 1, "to") && i + 2 < c->n && c->t[i + 2].kind == T_WORD && !is_one_of(c, i + 2, no_verb))
        return TL_TENSE_FUTURE;
      *strong = 0; /* else the -ed verb it is: "agreed on Friday" */
      return TL_TENSE_PAST;
    }
    /* "postponed until Tuesday", "adjourned to Monday", "extended its
     * deadline until Friday": the new date is ahead */
    if (strcmp(e->field[0], "deferral") == 0) {
      if (is(c, i + 1, "to"))
        return TL_TENSE_FUTURE;
      for (int k = i + 1; k <= i + 3 && k < c->n; k++)
        if (is(c, k, "until") || is(c, k, "till"))
          return TL_TENSE_FUTURE;
      return TL_TENSE_NONE;
    }
    /* a plan in the past perfect is over: "had been scheduled to expire" */
    if ((strcmp(e->field[0], "future") == 0 || prospective) &&
        (is(c, i - 1, "had") || (is(c, i - 1, "been") && is(c, i - 2, "had"))))
      return TL_TENSE_PAST;
    /* "going to", "plans to", "aims to"; not "the plan for", "a planned trip" */
    if ((strcmp(t->low, "going") == 0 || strcmp(t->low, "plans") == 0 || strcmp(t->low, "plan") == 0 ||
         strcmp(t->low, "aims") == 0 || strcmp(t->low, "intends") == 0 || strcmp(t->low, "planned") == 0) &&
        !is(c, i + 1, "to") && !(strcmp(t->low, "planned") == 0 && is(c, i + 1, "for")))
      return TL_TENSE_NONE;
    /* the preposition: "next to the embassy" */
    if (strcmp(t->low, "next") == 0 && is(c, i + 1, "to"))
      return TL_TENSE_NONE;
    /* the noun: "a peace plan to Moscow", "the plans to expand" */
    if ((strcmp(t->low, "plan") == 0 || strcmp(t->low, "plans") == 0 || strcmp(t->low, "aims") == 0) && i > 0 &&
        ((c->t[i - 1].len > 3 && c->t[i - 1].low[c->t[i - 1].len - 2] == 'e' &&
          c->t[i - 1].low[c->t[i - 1].len - 1] == 'd') || /* "announced plans to" */
         is(c, i - 1, "a") || is(c, i - 1, "the") || is(c, i - 1, "his") || is(c, i - 1, "her") ||
         is(c, i - 1, "their") || is(c, i - 1, "its") || is(c, i - 1, "our") || is(c, i - 1, "no") ||
         is(c, i - 1, "new") || is(c, i - 1, "any") || is(c, i - 1, "peace") || is(c, i - 1, "s") ||
         is(c, i - 1, "this") || is(c, i - 1, "that") || is(c, i - 1, "whose")))
      return TL_TENSE_NONE;
    if (strcmp(e->field[0], "none") == 0)
      return TL_TENSE_NONE;
    /* "is to resume trading Tuesday": an arrangement, ahead */
    if ((strcmp(t->low, "is") == 0 || strcmp(t->low, "are") == 0) && is(c, i + 1, "to") && i + 2 < c->n &&
        c->t[i + 2].kind == T_WORD)
      return TL_TENSE_FUTURE;
    /* "were planning to", "is expected to": the future word decides */
    if ((strcmp(t->low, "is") == 0 || strcmp(t->low, "are") == 0 || strcmp(t->low, "was") == 0 ||
         strcmp(t->low, "were") == 0) &&
        (is(c, i + 1, "planning") || is(c, i + 1, "going") || is(c, i + 1, "likely") || prospective_at(c, i + 1)))
      return TL_TENSE_NONE;
    if (strcmp(t->low, "may") == 0 && t->cap)
      return TL_TENSE_NONE; /* the month */
    if (strcmp(e->field[0], "future") == 0 || prospective)
      return TL_TENSE_FUTURE;
    /* an irregular participle after "be" is a passive, as for -ed verbs
     * below: "will be held", "is being made"; the auxiliary says */
    if (strcmp(e->field[0], "past") == 0 && i > 0 &&
        (is(c, i - 1, "be") || is(c, i - 1, "been") || is(c, i - 1, "being")))
      return TL_TENSE_NONE;
    if (strcmp(e->field[0], "past") == 0)
      return TL_TENSE_PAST;
    return TL_TENSE_PRESENT;
  }
  size_t n = strlen(t->low);
  if (!t->cap && n >= 4 && t->low[n - 2] == 'e' && t->low[n - 1] == 'd') {
    /* "markets untouched by the crisis", "troops backed by tanks": a
     * participle before "by" is a passive, not a past */
    if (is(c, i + 1, "by"))
      return TL_TENSE_NONE;
    /* a participle after a form of "be" is a passive: its auxiliary says */
    for (int k = i - 1; k >= 0 && k >= i - 2; k--)
      if (is(c, k, "be") || is(c, k, "been") || is(c, k, "being") || is(c, k, "is") || is(c, k, "are") ||
          is(c, k, "was") || is(c, k, "were"))
        return TL_TENSE_NONE;
    *strong = 0;
    return TL_TENSE_PAST;
  }
  return TL_TENSE_NONE;
}

static int clause_end_after(const ctx *c, int i) {
  static const char *const w[] = {"that", "saying", "which", "who", "because", "while", "whereas", "although",
                                  "but", "and", "where", "when", NULL};
  if (punct(c, i, ',') || punct(c, i, ';') || punct(c, i, ':'))
    return 1;
  for (int k = 0; w[k]; k++)
    if (is_str(c, i, w[k]))
      return 1;
  return 0;
}

static int clause_end_before(const ctx *c, int i) {
  static const char *const w[] = {"that", "which", "who", "because", "whereas", "although", NULL};
  if (punct(c, i, ';'))
    return 1;
  for (int k = 0; w[k]; k++)
    if (is_str(c, i, w[k]))
      return 1;
  return 0;
}

/* The tense cue nearest to tokens [a, b): first within the clause of the
 * expression (a forward scan stops at a comma or "that", "and"...; a
 * backward one at "that", "which"...), else anywhere in the sentence.  An
 * -ed guess counts as two words further away than a lexicon cue. */
static tl_tense tense_scan(ctx *c, int a, int b, int clause) {
  tl_tense best = TL_TENSE_NONE;
  int best_d = 1 << 30;
  c->cue = -1;
  int stop_back = 0, stop_fwd = 0;
  for (int d = 1; d < c->n && d < best_d; d++) {
    int before = a - d, after = b - 1 + d;
    int strong;
    if (before >= 0 && !stop_back) {
      if (clause && clause_end_before(c, before)) {
        stop_back = 1;
      } else {
        tl_tense t = tense_of_token(c, before, &strong);
        if (d > 6 && t == TL_TENSE_FUTURE && is(c, before, "would"))
          t = TL_TENSE_PRESENT; /* a report's "would" reaches its own verb's dates only */
        int dd = d + (strong ? 0 : 2);
        if (t != TL_TENSE_NONE && dd < best_d)
          best = t, best_d = dd, c->cue = before;
      }
    }
    if (after < c->n && !stop_fwd) {
      if (clause && clause_end_after(c, after)) {
        stop_fwd = 1;
      } else {
        tl_tense t = tense_of_token(c, after, &strong);
        if (t == TL_TENSE_FUTURE && intent_at(c, after))
          t = TL_TENSE_PAST, strong = 0; /* "Clinton Saturday vowed to hunt down": the vow's day */
        int dd = d + (strong ? 0 : 2);
        if (t != TL_TENSE_NONE && dd < best_d)
          best = t, best_d = dd, c->cue = after;
      }
    }
    if ((before < 0 || stop_back) && (after >= c->n || stop_fwd))
      break;
  }
  return best;
}

static tl_tense tense_near(ctx *c, int a, int b) {
  tl_tense t = tense_scan(c, a, b, 1);
  return t != TL_TENSE_NONE ? t : tense_scan(c, a, b, 0);
}

/* Direction to resolve an underspecified date: -1 back, +1 forward, 0 nearest. */
static int direction(ctx *c, int a, int b) {
  tl_tense t = tense_near(c, a, b);
  c->cur.tense = t;
  return t == TL_TENSE_FUTURE ? 1 : t == TL_TENSE_PRESENT ? 0 : -1;
}

/* A verb of saying (data/reporting.tsv, shared with the extractor): its
 * tense is the report's ("announced the plan on February 18" may be the
 * plan's date). */
static int reporting_at(const ctx *c, int i) {
  static const tl_lex *_Atomic lx;
  const tl_lex *r = tl_lex_cached(&lx, "reporting.tsv");
  return r && tl_lex_find(r, c->t[i].low, c->t[i].len) != NULL;
}

/* Is the past cue just found (c->cue) the own verb of the date at token i:
 * an irregular past of the lexicon, not a reporting verb ("said"), and
 * the date after "on" in the same clause? */
static int own_past_cue(const ctx *c, int i) {
  if (c->cue < 0 || i < 1 || !is(c, i - 1, "on"))
    return 0;
  const tl_lex_entry *e = tl_lex_find(c->tense_lx, c->t[c->cue].low, c->t[c->cue].len);
  int strong;
  /* an -ed verb with its object right after it ("rebels attacked the
   * town on February 18"), before the date */
  int ed = !e && c->cue < i && tense_of_token(c, c->cue, &strong) == TL_TENSE_PAST && c->cue + 1 < c->n &&
           (is(c, c->cue + 1, "the") || is(c, c->cue + 1, "a") || is(c, c->cue + 1, "an") || c->t[c->cue + 1].cap) &&
           !reporting_at(c, c->cue);
  if (!ed && (!e || strcmp(e->field[0], "past") != 0 || reporting_at(c, c->cue)))
    return 0;
  for (int k = c->cue < i ? c->cue + 1 : i; k < (c->cue < i ? i : c->cue); k++)
    if (clause_end_after(c, k))
      return 0;
  return 1;
}

/* Like direction(), but 0 (nearest) when no tense cue is found: for months
 * and dates without a year, the closest one is the best guess. */
static int direction_or_near(ctx *c, int a, int b) {
  tl_tense t = tense_near(c, a, b);
  c->cur.tense = t;
  return t == TL_TENSE_FUTURE ? 1 : t == TL_TENSE_PAST ? -1 : 0;
}

/* Weekday wd (0..6) relative to the DCT: dir -1 on/before, +1 on/after,
 * 0 nearest; strict excludes the DCT itself ("last Friday"). */
static tl_day resolve_weekday(tl_day ref, int wd, int dir, int strict) {
  int cur = tl_day_weekday(ref);
  int back = (cur - wd + 7) % 7, fwd = (wd - cur + 7) % 7;
  if (strict) {
    if (back == 0)
      back = 7;
    if (fwd == 0)
      fwd = 7;
  }
  if (dir < 0)
    return ref - back;
  if (dir > 0)
    return ref + fwd;
  return back <= fwd ? ref - back : ref + fwd;
}

/* Year for a month (and day) given without a year. */
static int resolve_year(const ctx *c, int m, int d, int dir) {
  int y, dm, dd;
  tl_day_to_ymd(c->dct, &y, &dm, &dd);
  /* position relative to the DCT; a month alone is not over in its own
   * month ("expires at the end of November", written on November 2) */
  int cmp = m != dm ? m - dm : d ? d - dd : 0;
  if (dir < 0 && cmp > 0)
    return y - 1;
  if (dir > 0 && cmp < 0)
    return y + 1;
  if (dir == 0) {
    /* the candidate year that puts the date closest to the DCT */
    tl_day best = TL_DAY_NONE;
    int by = y;
    for (int cy = y - 1; cy <= y + 1; cy++) {
      int dd2 = d ? d : 15;
      if (dd2 > tl_days_in_month(cy, m))
        dd2 = tl_days_in_month(cy, m);
      tl_day cand = tl_day_from_ymd(cy, m, dd2);
      tl_day dist = cand > c->dct ? cand - c->dct : c->dct - cand;
      if (best == TL_DAY_NONE || dist < best) {
        best = dist;
        by = cy;
      }
    }
    return by;
  }
  return y;
}

/* ---- rules ---------------------------------------------------------------
 * Each rule looks at tokens from i, returns the number of tokens consumed
 * (0 = no match) and fills c->cur (type, value, span, rule). */

/* Tokens i..i+4 are three numbers joined by sep with no space: 2026-02-17,
 * 2/17/2026. */
static int joined_numbers(const ctx *c, int i, char sep) {
  return i + 4 < c->n && c->t[i].kind == T_NUM && punct(c, i + 1, sep) && glued(c, i + 1) &&
         c->t[i + 2].kind == T_NUM && glued(c, i + 2) && punct(c, i + 3, sep) && glued(c, i + 3) &&
         c->t[i + 4].kind == T_NUM && glued(c, i + 4);
}

/* A day from numbers: 0 unless it is a valid date. */
static int numeric_day(ctx *c, int y, int m, int d, const char *rule) {
  if (!tl_ymd_valid(y, m, d))
    return 0;
  set_day(c, tl_day_from_ymd(y, m, d));
  c->cur.rule = rule;
  return 5;
}

/* 2026-02-17 */
static int r_iso(ctx *c, int i) {
  if (!joined_numbers(c, i, '-') || c->t[i].ndig != 4)
    return 0;
  return numeric_day(c, (int)c->t[i].num, (int)c->t[i + 2].num, (int)c->t[i + 4].num, "iso_date");
}

/* 2/17/2026 (US order), 2026/02/17 (year first); 17.02.2026 (day first,
 * as written where dots separate a date; not followed by another glued
 * number, as a version or an address is) */
static int r_slash(ctx *c, int i) {
  if (joined_numbers(c, i, '.') && c->t[i].ndig <= 2 && c->t[i + 2].ndig <= 2 && c->t[i + 4].ndig == 4 &&
      !(i + 6 < c->n && (punct(c, i + 5, '.') || punct(c, i + 5, ':')) && glued(c, i + 5) && glued(c, i + 6) &&
        c->t[i + 6].kind == T_NUM) &&
      !(i > 1 && punct(c, i - 1, '.') && glued(c, i) && c->t[i - 2].kind == T_NUM))
    return numeric_day(c, (int)c->t[i + 4].num, (int)c->t[i + 2].num, (int)c->t[i].num, "dotted_date");
  if (!joined_numbers(c, i, '/'))
    return 0;
  if (c->t[i].ndig == 4 && c->t[i + 4].ndig <= 2)
    return numeric_day(c, (int)c->t[i].num, (int)c->t[i + 2].num, (int)c->t[i + 4].num, "slash_date");
  if (c->t[i + 4].ndig != 4)
    return 0;
  return numeric_day(c, (int)c->t[i + 4].num, (int)c->t[i].num, (int)c->t[i + 2].num, "slash_date");
}

/* Token k is the two digits of the year after the one at token i: the
 * "25" of "2024-25", a season or a fiscal year across two years. */
static int short_next_year(const ctx *c, int i, int k) {
  return k < c->n && c->t[k].kind == T_NUM && c->t[k].ndig == 2 && c->t[k].num == (c->t[i].num + 1) % 100;
}

/* Is token i a plausible year (1000..2999)? */
static int year_at(const ctx *c, int i) {
  /* not the start of 2019-03-01 or 2019/20; but the first year of a range
   * of years, "2019-2021" */
  int range = i + 2 < c->n && punct(c, i + 1, '-') && glued(c, i + 1) && glued(c, i + 2) &&
              c->t[i + 2].kind == T_NUM &&
              (c->t[i + 2].ndig == 4 || short_next_year(c, i, i + 2)); /* "2019-2021", "2024-25" */
  return i < c->n && c->t[i].kind == T_NUM && c->t[i].ndig == 4 && c->t[i].num >= 1000 &&
         c->t[i].num <= 2999 &&
         (range || !(i + 1 < c->n && glued(c, i + 1) && (punct(c, i + 1, '-') || punct(c, i + 1, '/'))));
}

/* A year in words at token j ("nineteen ninety-four", "two thousand
 * and two"): tokens used (0 if none), the year in *year. */
static int spelled_year_at(const ctx *c, int j, long *year) {
  int j0 = j;
  long hi, lo = 0;
  if (is(c, j, "two") && is(c, j + 1, "thousand")) {
    hi = 2000;
    j += 2;
    long extra;
    if (is(c, j, "and") && number_at(c, j + 1, &extra) && c->t[j + 1].kind == T_WORD)
      j++;
    if (number_at(c, j, &extra) && c->t[j].kind == T_WORD && extra > 0 && extra < 100) {
      hi += extra;
      j++;
    }
  } else if ((is(c, j, "nineteen") || is(c, j, "eighteen")) && number_at(c, j + 1, &lo) &&
             c->t[j + 1].kind == T_WORD && lo >= 10) {
    hi = is(c, j, "nineteen") ? 1900 : 1800;
    j += 2;
    long unit;
    if (punct(c, j, '-') && glued(c, j) && number_at(c, j + 1, &unit) && unit < 10) {
      lo += unit;
      j += 2;
    }
    hi += lo;
  } else {
    return 0;
  }
  *year = hi;
  return j - j0;
}

/* [Weekday,] Month[.] D[th][, YYYY] | Month [of] YYYY | D Month [YYYY] */
static int r_month(ctx *c, int i) {
  int j = i, m = 0, d = 0, y = 0;
  int first_day_token = 0; /* "17 February" order */
  const char *mod = "";
  int forced = 2; /* "last November": -1, "next": 1, "this": 0 */
  if (is(c, j, "early") || is(c, j, "late") || is(c, j, "mid")) {
    mod = is(c, j, "early") ? "START" : is(c, j, "late") ? "END" : "MID";
    j++;
    if (punct(c, j, '-') && glued(c, j))
      j++;
  } else if (is(c, j, "last") || is(c, j, "next") || is(c, j, "this")) {
    forced = is(c, j, "last") ? -1 : is(c, j, "next") ? 1 : 0;
    j++;
  }
  int prefixed = j > i;
  if (prefixed && !month_at(c, j))
    return 0;
  int abbr = c->t[j].cap && cls(c, j, "wday_abbr") && punct(c, j + 1, '.') && glued(c, j + 1);
  int wd_tok = -1; /* the weekday leading the date, if any */
  if (weekday_at(c, j) || abbr) {
    wd_tok = j;
    /* "Friday, Oct. 13", "Wed., Nov. 19", "Friday Oct. 13", "Wednesday 19
     * November": the weekday leads the date */
    int k = j + 1;
    if (punct(c, k, '.') && glued(c, k))
      k++;
    if (punct(c, k, ','))
      k++;
    if (month_at(c, k) && (k > j + 1 || (k + 1 < c->n && c->t[k + 1].kind == T_NUM) ||
                           (punct(c, k + 1, '.') && k + 2 < c->n && c->t[k + 2].kind == T_NUM)))
      j = k;
    else if (mday_at(c, k) && (month_at(c, k + 1) || (is(c, k + 1, "of") && month_at(c, k + 2))))
      j = k;
    else
      wd_tok = -1;
  }
  if (c->t[j].kind == T_NUM && c->t[j].ndig <= 2 && c->t[j].num >= 1 && c->t[j].num <= 31) {
    int k = j + 1;
    if (k + 1 < c->n && glued(c, k) && (is(c, k, "st") || is(c, k, "nd") || is(c, k, "rd") || is(c, k, "th")))
      k++;
    if (is(c, k, "of"))
      k++;
    if (!month_at(c, k))
      return 0;
    d = (int)c->t[j].num;
    m = month_at(c, k);
    j = k + 1;
    if (punct(c, j, '.') && glued(c, j) && strlen(c->t[k].low) <= 4 && strcmp(c->t[k].low, "may") &&
        strcmp(c->t[k].low, "june") && strcmp(c->t[k].low, "july"))
      j++;
    first_day_token = 1;
  } else {
    m = month_at(c, j);
    if (!m)
      return 0;
    j++;
    if (punct(c, j, '.') && glued(c, j) && strlen(c->t[j - 1].low) <= 4 && strcmp(c->t[j - 1].low, "may") &&
        strcmp(c->t[j - 1].low, "june") && strcmp(c->t[j - 1].low, "july"))
      j++; /* "Feb." but not the full stop after "December." */
    if (j < c->n && c->t[j].kind == T_NUM && c->t[j].ndig <= 2 && c->t[j].num >= 1 && c->t[j].num <= 31 &&
        !(j + 2 < c->n && punct(c, j + 1, ':') && glued(c, j + 1) && c->t[j + 2].kind == T_NUM)) {
      d = (int)c->t[j].num;
      j++;
      if (j < c->n && glued(c, j) && (is(c, j, "st") || is(c, j, "nd") || is(c, j, "rd") || is(c, j, "th")))
        j++;
    }
  }
  /* year */
  int k = j;
  if (d && punct(c, k, ','))
    k++;
  if (!d && is(c, k, "of"))
    k++;
  long sy;
  int su;
  if (year_at(c, k)) {
    y = (int)c->t[k].num;
    j = k + 1;
  } else if ((su = spelled_year_at(c, k, &sy)) > 1 || (su == 1 && sy > 2000)) {
    y = (int)sy; /* "January nineteen ninety-seven" */
    j = k + su;
  } else if (c->dct != TL_DAY_NONE && (is(c, k, "last") || is(c, k, "this") || is(c, k, "next")) &&
             is(c, k + 1, "year")) {
    /* "July last year", "January of this year" */
    int dy, dm, dd;
    tl_day_to_ymd(c->dct, &dy, &dm, &dd);
    y = dy + (is(c, k, "last") ? -1 : is(c, k, "next") ? 1 : 0);
    j = k + 2;
    c->cur.relative = 1;
  } else if (is(c, k, "that") && is(c, k + 1, "year") && c->st->last_at != TL_DAY_NONE) {
    /* "in April that year": the year under discussion */
    int dm, dd;
    tl_day_to_ymd(c->st->last_at, &y, &dm, &dd);
    j = k + 2;
    c->cur.relative = 1;
    c->cur.anchor = c->st->last_at;
  }
  (void)first_day_token;
  if (!d) {
    /* a bare month: "May" and "March" need more context */
    const char *w = c->t[prefixed ? j - 1 : i].low;
    if (!y && !prefixed && (strcmp(w, "may") == 0 || strcmp(w, "march") == 0 || strlen(w) <= 4) &&
        !(i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "until") || is(c, i - 1, "of") ||
                    is(c, i - 1, "between") || is(c, i - 1, "from") || is(c, i - 1, "through") ||
                    is(c, i - 1, "till") || is(c, i - 1, "during") || is(c, i - 1, "throughout") ||
                    /* "between March and May", "March or April" */
                    ((is(c, i - 1, "and") || is(c, i - 1, "or") || is(c, i - 1, "to")) && month_at(c, i - 2)) ||
                    is(c, i - 1, "by") || is(c, i - 1, "early") || is(c, i - 1, "late") ||
                    is(c, i - 1, "last") || is(c, i - 1, "next") || is(c, i - 1, "this") ||
                    is(c, i - 1, "-") ||
                    /* "the July election", not "the March" (a march) */
                    (is(c, i - 1, "the") && strcmp(w, "may") != 0 && strcmp(w, "march") != 0 &&
                     c->t[i].len >= 4))))
      return 0;
    if (!y) {
      if (c->dct == TL_DAY_NONE) {
        char v[16];
        snprintf(v, sizeof v, "XXXX-%02d", m);
        set_unresolved(c, v);
      } else {
        int yy, dm, dd;
        tl_day_to_ymd(c->dct, &yy, &dm, &dd);
        if (forced == -1) /* last November: the latest one before this month */
          yy -= m >= dm;
        else if (forced == 1)
          yy += m <= dm;
        else if (forced == 2 && (is(c, i - 1, "since") || (is(c, i - 1, "the") && is(c, i - 2, "since"))))
          yy -= m > dm; /* "since March", "since the July elections": the latest one */
        else if (forced == 2) {
          int dir = direction_or_near(c, i, j);
          yy = resolve_year(c, m, 0, dir);
          /* as for dates: a month most of a year back is less likely
           * than the closest one, unless the text says "since" (past cues
           * are often a reporting verb's, "said"; a future cue such as
           * "will" is the clause's own, so it stands) */
          int since = 0;
          for (int k = i - 1; k >= 0 && k >= i - 6; k--)
            since |= is(c, k, "since");
          /* ... nor when the past is the month's own verb, right before
           * "in": "the acquisition was announced in January", "talks
           * collapsed in March" */
          int v = i - 2, own = 0;
          if (v >= 1 && is(c, i - 1, "in") && c->t[v].kind == T_WORD && (c->cue == v || c->cue == v - 1)) {
            if (is(c, v - 1, "was") || is(c, v - 1, "were"))
              own = 1; /* a past passive */
            else if (!(is(c, v - 1, "is") || is(c, v - 1, "are") || is(c, v - 1, "be") || is(c, v - 1, "been") ||
                       is(c, v - 1, "being") || is(c, v - 1, "will") || is(c, v - 1, "would")))
              own = c->cue == v && !reporting_at(c, v);
          }
          tl_day mid = tl_day_from_ymd(yy, m, 15);
          if (dir < 0 && !since && !own && (mid > c->dct ? mid - c->dct : c->dct - mid) > 270)
            yy = resolve_year(c, m, 0, 0);
        }
        set_month(c, yy, m);
        c->cur.relative = 1;
      }
      c->cur.rule = "month";
    } else {
      set_month(c, y, m);
      c->cur.rule = "month_year";
    }
    snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
    return j - i;
  }
  if (!y) {
    if (c->dct == TL_DAY_NONE) {
      char v[16];
      snprintf(v, sizeof v, "XXXX-%02d-%02d", m, d);
      set_unresolved(c, v);
      c->cur.rule = "month_day";
      return j - i;
    }
    int dir = direction_or_near(c, i, j);
    y = resolve_year(c, m, d, dir);
    /* "the Feb. 14 vote", "the June 12 crash": a date that names an event
     * the reader knows is not most of a year ahead because the verb looks
     * ahead ("would challenge the result of the Feb. 14 vote", written in
     * March): the nearest, as for a past cue below */
    if (dir > 0 && i > 0 && is(c, i - 1, "the") && j < c->n && c->t[j].kind == T_WORD && !c->t[j].cap &&
        !is(c, j, "and") && !is(c, j, "or") && !is(c, j, "to") && !is(c, j, "of") && !is(c, j, "at") &&
        !is(c, j, "in") && !is(c, j, "on") && !is(c, j, "for") && !is(c, j, "by") && tl_ymd_valid(y, m, d) &&
        tl_day_from_ymd(y, m, d) - c->dct > 270)
      y = resolve_year(c, m, d, 0);
    /* a day and month without a year is rarely most of a year back: if
     * a past cue points there, prefer the closest date instead; unless
     * the cue is the date's own verb, an irregular past that reports
     * nothing, and the date follows "on" ("came into force on 1 January",
     * written in November) */
    if (dir < 0 && tl_ymd_valid(y, m, d)) {
      tl_day cand = tl_day_from_ymd(y, m, d);
      if ((cand > c->dct ? cand - c->dct : c->dct - cand) > 270 && !own_past_cue(c, i))
        y = resolve_year(c, m, d, 0);
    }
    /* "Thursday, Oct. 30": the weekday written before the date picks the
     * year, when the one the tense gives does not fall on it (the year
     * before or after that does, the closer to the DCT) */
    const char *wv = wd_tok < 0 ? NULL : weekday_at(c, wd_tok) ? cls(c, wd_tok, "weekday") : cls(c, wd_tok, "wday_abbr");
    if (wv && tl_ymd_valid(y, m, d) && tl_day_weekday(tl_day_from_ymd(y, m, d)) != atoi(wv)) {
      int best = 0;
      tl_day bd = 0;
      for (int dy = -1; dy <= 1; dy += 2) {
        if (!tl_ymd_valid(y + dy, m, d) || tl_day_weekday(tl_day_from_ymd(y + dy, m, d)) != atoi(wv))
          continue;
        tl_day cd = tl_day_from_ymd(y + dy, m, d), dist = cd > c->dct ? cd - c->dct : c->dct - cd;
        if (!best || dist < bd)
          best = dy, bd = dist;
      }
      y += best;
    }
    c->cur.relative = 1;
    c->cur.rule = "month_day";
  } else {
    c->cur.rule = "month_day_year";
  }
  if (!tl_ymd_valid(y, m, d))
    return 0;
  set_day(c, tl_day_from_ymd(y, m, d));
  return j - i;
}

static int partday_suffix(ctx *c, int j) {
  const char *pd = cls(c, j, "partday");
  if (!pd || strcmp(c->t[j].low, "overnight") == 0)
    return 0;
  size_t n = strlen(c->cur.value);
  snprintf(c->cur.value + n, sizeof c->cur.value - n, "T%s", pd);
  c->cur.span.gran = TL_GRAN_PARTDAY;
  c->cur.type = TL_TIMEX_TIME; /* TimeML: a part of a day is a TIME */
  return 1;
}

/* [early|late] [on] [last|next|this] Weekday [morning|night...] */
static int r_weekday(ctx *c, int i) {
  int j = i, strict = 0, dir_forced = 2;
  tl_day base = c->dct;
  if (is(c, j, "early") || is(c, j, "late")) {
    j++;
    if (is(c, j, "on"))
      j++;
  }
  /* "the previous Friday", "the following Monday": counted from the day
   * under discussion, when the text named one */
  if (j == i && is(c, j, "the") &&
      (is(c, j + 1, "previous") || is(c, j + 1, "preceding") || is(c, j + 1, "following")) && weekday_at(c, j + 2))
    j++;
  int anaphoric = (is(c, j, "previous") || is(c, j, "preceding") || is(c, j, "following")) &&
                  c->st->last_day != TL_DAY_NONE && weekday_at(c, j + 1);
  if (anaphoric)
    base = c->st->last_day;
  if (is(c, j, "last") || is(c, j, "past") || is(c, j, "previous") || is(c, j, "preceding")) {
    dir_forced = -1;
    strict = 1;
    j++;
  } else if (is(c, j, "next") || is(c, j, "coming") || (anaphoric && is(c, j, "following"))) {
    dir_forced = 1;
    strict = 1;
    j++;
  } else if (is(c, j, "this")) {
    dir_forced = 0;
    j++;
  }
  int wd = weekday_at(c, j);
  if (!wd)
    return 0;
  j++;
  if (c->dct == TL_DAY_NONE) {
    char v[24];
    snprintf(v, sizeof v, "XXXX-WXX-%d", wd);
    set_unresolved(c, v);
  } else {
    int dir = dir_forced != 2 ? dir_forced : direction(c, i, j);
    if (dir_forced != 2 && !anaphoric)
      c->cur.tense = dir_forced < 0 ? TL_TENSE_PAST : dir_forced > 0 ? TL_TENSE_FUTURE : TL_TENSE_PRESENT;
    if (dir == 0 && dir_forced == 0) {
      int iy, w;
      tl_day_iso_week(c->dct, &iy, &w);
      set_day(c, tl_day_from_iso_week(iy, w) + wd - 1);
    } else {
      set_day(c, resolve_weekday(base, wd - 1, dir, strict));
    }
    c->cur.relative = 1;
    if (anaphoric)
      c->cur.anchor = base;
  }
  c->cur.rule = "weekday";
  if (j < c->n && partday_suffix(c, j))
    j++;
  return j - i;
}

/* today, yesterday, tomorrow, tonight, this morning */
static int r_relday(ctx *c, int i) {
  /* "drones attacked Kyiv overnight": the night before publication (the
   * coming one in a future sentence); not "an overnight stay", "overnight
   * rates", nor "overnight Sunday" (the weekday says which night) */
  if (is(c, i, "overnight")) {
    static const char *const follows[] = {"on", "in", "into", "to", "from", "and", "as", "after", "before", "while",
                                        "when", "near", "at", "across", "against", "with", "by", "amid", "but",
                                        "that", "said", "killing", "injuring", NULL};
    int ok = i + 1 >= c->n || c->t[i + 1].kind == T_PUNCT;
    for (int k = 0; !ok && follows[k]; k++)
      ok = is_str(c, i + 1, follows[k]);
    if (!ok || c->dct == TL_DAY_NONE || (i > 0 && (is(c, i - 1, "an") || is(c, i - 1, "the") || is(c, i - 1, "a"))))
      return 0;
    set_day(c, c->dct + (direction(c, i, i + 1) > 0 ? 0 : -1));
    size_t n = strlen(c->cur.value);
    snprintf(c->cur.value + n, sizeof c->cur.value - n, "TNI");
    c->cur.type = TL_TIMEX_TIME;
    c->cur.span.gran = TL_GRAN_PARTDAY;
    c->cur.relative = 1;
    c->cur.rule = "overnight";
    return 1;
  }
  /* "late yesterday", "earlier today", "later this afternoon" */
  int pre = (is(c, i, "early") || is(c, i, "late") || is(c, i, "earlier") || is(c, i, "later")) &&
            (cls(c, i + 1, "relday") || (is(c, i + 1, "this") && cls(c, i + 2, "partday")));
  const char *premod = !pre ? "" : is(c, i, "early") ? "START" : is(c, i, "late") ? "END" : "";
  i += pre;
  const char *v = cls(c, i, "relday");
  int j = i + 1;
  if (!v && is(c, i, "this") && cls(c, i + 1, "partday") && !is(c, i + 1, "overnight")) {
    v = "0";
    j = i + 1; /* partday added below */
  } else if (!v) {
    return 0;
  }
  if (c->dct == TL_DAY_NONE) {
    set_unresolved(c, "XXXX-XX-XX");
  } else {
    set_day(c, c->dct + atoi(v));
    c->cur.relative = 1;
  }
  c->cur.rule = "relative_day";
  if (strchr(v, 'N')) {
    size_t n = strlen(c->cur.value);
    snprintf(c->cur.value + n, sizeof c->cur.value - n, "TNI");
    c->cur.span.gran = TL_GRAN_PARTDAY;
  } else if (j < c->n && partday_suffix(c, j)) {
    j++;
  }
  if (*premod)
    snprintf(c->cur.mod, sizeof c->cur.mod, "%s", premod);
  return j - i + pre;
}

static int r_holiday(ctx *c, int i);

/* The day named at token k, after a clock time or "the day before"
 * ("Wednesday", "Nov. 9", "tomorrow", "Christmas"): its token count, or
 * 0.  The timex being built is left untouched. */
static int named_day_at(ctx *c, int k, tl_day *day) {
  static int (*const day_rules[])(ctx *, int) = {r_month, r_weekday, r_relday, r_holiday};
  if (k >= c->n)
    return 0;
  tl_timex saved = c->cur;
  int trim = c->trim, used = 0;
  for (size_t r = 0; r < sizeof day_rules / sizeof day_rules[0] && used <= 0; r++) {
    c->cur.span = (tl_span){TL_DAY_NONE, TL_DAY_NONE, TL_GRAN_NONE};
    c->cur.value[0] = c->cur.mod[0] = '\0';
    used = day_rules[r](c, k);
    if (used > 0 && (c->cur.span.gran != TL_GRAN_DAY || c->cur.span.first == TL_DAY_NONE))
      used = 0;
  }
  if (used > 0)
    *day = c->cur.span.first;
  c->cur = saved;
  c->trim = trim;
  return used > 0 ? used : 0;
}

/* the previous day, the next day, a day later, the day before */
static int r_anaphoric_day(ctx *c, int i) {
  int off = 0, len = 0;
  if ((is(c, i, "the") && (is(c, i + 1, "previous") || is(c, i + 1, "preceding")) && is(c, i + 2, "day")))
    off = -1, len = 3;
  else if (is(c, i, "the") && (is(c, i + 1, "next") || is(c, i + 1, "following")) && is(c, i + 2, "day"))
    off = 1, len = 3;
  else if ((is(c, i, "a") || is(c, i, "one")) && is(c, i + 1, "day") && is(c, i + 2, "later"))
    off = 1, len = 3;
  else if (is(c, i, "the") && is(c, i + 1, "day") && is(c, i + 2, "before") &&
           !(i + 3 < c->n && c->t[i + 3].kind == T_WORD && !is(c, i + 3, "and")))
    off = -1, len = 3;
  tl_day anchor = c->st->last_day != TL_DAY_NONE ? c->st->last_day : c->dct;
  int u;
  tl_day named;
  if (!len && (is(c, i, "the") || is(c, i, "a")) && is(c, i + 1, "day") &&
      (is(c, i + 2, "before") || is(c, i + 2, "after")) && (u = named_day_at(c, i + 3, &named)) > 0) {
    /* "the day before last Tuesday", "the day after Christmas" */
    off = is(c, i + 2, "before") ? -1 : 1;
    len = 3 + u;
    anchor = named;
  }
  if (!len)
    return 0;
  if (anchor == TL_DAY_NONE)
    set_unresolved(c, "XXXX-XX-XX");
  else
    set_day(c, anchor + off);
  c->cur.relative = 1;
  c->cur.anchor = anchor;
  c->cur.rule = "anaphoric_day";
  return len;
}

/* [earlier|later|early|late] this|last|next week|weekend|month|year|quarter */
static int r_relunit(ctx *c, int i) {
  int j = i;
  const char *mod = "";
  if (is(c, j, "earlier") || is(c, j, "later"))
    j++;
  else if (is(c, j, "early") || is(c, j, "late") || is(c, j, "mid"))
    mod = is(c, j, "early") ? "START" : is(c, j, "late") ? "END" : "MID", j++;
  if (is(c, j, "mid") || (j > i && punct(c, j, '-')))
    j += is(c, j, "mid");
  const char *rd = cls(c, j, "reldir");
  if (!rd)
    return 0;
  /* "this past weekend": the one gone by */
  if (is(c, j, "this") && is(c, j + 1, "past") && is(c, j + 2, "weekend") && c->dct != TL_DAY_NONE) {
    int wd = tl_day_weekday(c->dct); /* 0 = Monday .. 6 = Sunday */
    set_week(c, wd >= 5 ? c->dct : c->dct - 7, 1);
    snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
    c->cur.relative = 1;
    c->cur.rule = "relative_unit";
    return j + 3 - i;
  }
  /* "the past week" / "the coming weeks" are durations (handled elsewhere) */
  if (j > 0 && is(c, j - 1, "the"))
    return 0;
  if (j > 0 && (is(c, j, "past") || is(c, j, "coming") || is(c, j, "following") || is(c, j, "preceding")))
    return 0;
  const char *u = unit_at(c, j + 1);
  if (!u || plural(c, j + 1))
    return 0;
  int off = atoi(rd);
  int end = j + 2;
  if (c->dct == TL_DAY_NONE) {
    set_unresolved(c, strcmp(u, "Y") == 0 ? "XXXX" : "XXXX-XX");
    c->cur.rule = "relative_unit";
    return end - i;
  }
  int y, m, d;
  tl_day_to_ymd(c->dct, &y, &m, &d);
  if (strcmp(u, "W") == 0) {
    set_week(c, c->dct + 7 * off, 0);
  } else if (strcmp(u, "WE") == 0) {
    int wd = tl_day_weekday(c->dct);
    tl_day base = c->dct + 7 * off;
    if (off == 0 && direction(c, j, end) < 0 && wd <= 1)
      base -= 7; /* "this weekend" said on a Monday about the one just gone */
    set_week(c, base, 1);
  } else if (strcmp(u, "MO") == 0) {
    int mm = m, yy = y;
    add_months(&yy, &mm, off);
    set_month(c, yy, mm);
  } else if (strcmp(u, "Y") == 0) {
    set_year(c, y + off);
  } else if (strcmp(u, "Q") == 0) {
    int q = (m - 1) / 3 + 1 + off, yy = y;
    while (q < 1)
      q += 4, yy--;
    while (q > 4)
      q -= 4, yy++;
    set_quarter(c, yy, q);
  } else if (strcmp(u, "D") == 0) {
    set_day(c, c->dct + off);
  } else {
    return 0;
  }
  snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
  c->cur.relative = 1;
  c->cur.rule = "relative_unit";
  return end - i;
}

/* A distance from the last date of the text: "three days later", "two
 * weeks earlier", "a month later"; from the DCT: "two weeks from now".
 * Later, anchored: "the following week", "the next morning" ("the
 * following month" is r_decade_century's, "the following year"
 * r_year_ref's).  The date under discussion: "that week", "later that
 * month", "that same day", "the same day". */
static int r_later(ctx *c, int i) {
  int j = i;
  tl_day anchor = c->st->last_day != TL_DAY_NONE ? c->st->last_day : c->dct;
  int back = is(c, j + 1, "previous") || is(c, j + 1, "preceding");
  if (is(c, j, "the") && (is(c, j + 1, "following") || is(c, j + 1, "next") || back)) {
    const char *pd = cls(c, j + 2, "partday");
    const char *u = unit_at(c, j + 2);
    if (c->st->last_day == TL_DAY_NONE)
      return 0; /* "the next week" with nothing before it is a duration */
    if (back && !(pd && !is(c, j + 2, "overnight")))
      return 0;
    if (pd && !is(c, j + 2, "overnight")) {
      set_day(c, anchor + (back ? -1 : 1)); /* "the next morning", "the previous evening" */
      partday_suffix(c, j + 2);
    } else if (u && !plural(c, j + 2) && is(c, j + 1, "following") && strcmp(u, "W") == 0) {
      set_week(c, anchor + 7, 0);
    } else if (u && !plural(c, j + 2) && strcmp(u, "WE") == 0) {
      /* "the following weekend": the first one after the day */
      tl_day sat = anchor + 1 + (5 - tl_day_weekday(anchor + 1) + 7) % 7;
      set_week(c, sat, 1);
    } else {
      return 0;
    }
    c->cur.relative = 1;
    c->cur.anchor = anchor;
    c->cur.rule = back ? "previous" : "following";
    return 3;
  }
  {
    int k = j;
    const char *mod = is(c, k, "early") ? "START" : is(c, k, "late") ? "END" : "";
    if (is(c, k, "earlier") || is(c, k, "later") || *mod)
      k++;
    int in_the = k > j && !*mod && is(c, k, "in") && is(c, k + 1, "the"); /* "earlier in the month" */
    if ((is(c, k, "that") || (is(c, k, "the") && is(c, k + 1, "same")) || in_the) && c->st->last_at != TL_DAY_NONE) {
      int the = is(c, k, "the");
      k += in_the ? 2 : 1 + is(c, k + 1, "same");
      /* "the same day/week/month/year", not "the same period" */
      if ((the || in_the) && !(is(c, k, "day") || is(c, k, "week") || is(c, k, "month") || is(c, k, "year")))
        return 0;
      const char *pd = cls(c, k, "partday");
      const char *u = unit_at(c, k);
      /* the unit must be as fine as the date under discussion: "that
       * month" after "in May 1997", "that day" only after a day */
      int gran = pd || (u && strcmp(u, "D") == 0) ? TL_GRAN_DAY
                 : u && strcmp(u, "W") == 0       ? TL_GRAN_WEEK
                 : u && strcmp(u, "WE") == 0      ? TL_GRAN_WEEK
                 : u && strcmp(u, "MO") == 0      ? TL_GRAN_MONTH
                 : u && strcmp(u, "Y") == 0       ? TL_GRAN_YEAR
                                                  : TL_GRAN_NONE;
      if (gran == TL_GRAN_NONE)
        return 0;
      if (in_the && gran != TL_GRAN_DAY)
        anchor = c->dct; /* "earlier in the year": as "earlier this year" */
      else if (c->st->last_gran <= gran)
        anchor = c->st->last_at;
      else if (c->st->last_day == TL_DAY_NONE)
        return 0;
      if (anchor == TL_DAY_NONE)
        return 0;
      int y, m, d;
      tl_day_to_ymd(anchor, &y, &m, &d);
      if (pd && !is(c, k, "overnight")) {
        set_day(c, anchor); /* "that morning" */
        partday_suffix(c, k);
      } else if (pd) {
        return 0;
      } else if (gran == TL_GRAN_DAY) {
        set_day(c, anchor);
      } else if (gran == TL_GRAN_WEEK) {
        set_week(c, anchor, strcmp(u, "WE") == 0);
      } else if (gran == TL_GRAN_MONTH) {
        set_month(c, y, m);
      } else {
        set_year(c, y); /* "later that year" */
      }
      if (plural(c, k))
        return 0;
      snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
      c->cur.relative = 1;
      c->cur.anchor = anchor;
      c->cur.rule = "that_unit";
      return k + 1 - i;
    }
  }
  if (is(c, j, "about") || is(c, j, "nearly") || is(c, j, "some") || is(c, j, "almost") || is(c, j, "just"))
    j++;
  long n;
  if (is(c, j, "a") || is(c, j, "an"))
    n = 1;
  else if (!number_at(c, j, &n) || n < 1 || n > 1000)
    return 0;
  const char *u = unit_at(c, j + 1);
  if (!u || (n > 1 && !plural(c, j + 1)) || (n == 1 && plural(c, j + 1)))
    return 0;
  int sign, end = j + 3;
  if (is(c, j + 2, "later") || is(c, j + 2, "afterwards"))
    sign = 1;
  else if (is(c, j + 2, "earlier"))
    sign = -1;
  else if (is(c, j + 2, "from") && (is(c, j + 3, "now") || is(c, j + 3, "today")))
    sign = 1, anchor = c->dct, end = j + 4;
  else
    return 0;
  /* months and years count from the last date, even a month or a year
   * ("passed in 2010, struck down three years later": 2013) */
  if (end == j + 3 && c->st->last_at != TL_DAY_NONE &&
      ((strcmp(u, "Y") == 0) || (strcmp(u, "MO") == 0 && c->st->last_gran <= TL_GRAN_MONTH)))
    anchor = c->st->last_at;
  if (anchor == TL_DAY_NONE)
    return 0;
  int y, m, d;
  tl_day_to_ymd(anchor, &y, &m, &d);
  if (strcmp(u, "D") == 0) {
    set_day(c, anchor + sign * n);
  } else if (strcmp(u, "W") == 0) {
    set_day(c, anchor + sign * 7 * n);
  } else if (strcmp(u, "MO") == 0) {
    add_months(&y, &m, sign * n);
    set_month(c, y, m);
  } else if (strcmp(u, "Y") == 0) {
    set_year(c, y + sign * (int)n);
  } else {
    return 0; /* hours and minutes: the time of day is not known */
  }
  c->cur.relative = 1;
  c->cur.anchor = anchor;
  c->cur.rule = "distance";
  return end - i;
}

/* N days|weeks|months|years ago */
static int r_ago(ctx *c, int i) {
  long n;
  int j = i;
  if (is(c, j, "about") || is(c, j, "nearly") || is(c, j, "some") || is(c, j, "almost"))
    j++;
  if (!number_at(c, j, &n))
    return 0;
  const char *u = unit_at(c, j + 1);
  if (!u || !is(c, j + 2, "ago"))
    return 0;
  int len = j + 3 - i;
  if (c->dct == TL_DAY_NONE || n < 0) {
    set_unresolved(c, "PAST_REF");
    c->cur.rule = "ago";
    return len;
  }
  int y, m, d;
  tl_day_to_ymd(c->dct, &y, &m, &d);
  if (is(c, j + 3, "today") && (strcmp(u, "W") == 0 || strcmp(u, "MO") == 0 || strcmp(u, "Y") == 0)) {
    /* "a week ago today", "a year ago today": that very day */
    tl_day day = c->dct - 7 * (tl_day)n;
    if (strcmp(u, "MO") == 0 || strcmp(u, "Y") == 0) {
      int mm = m, yy = y;
      add_months(&yy, &mm, -(strcmp(u, "MO") == 0 ? n : 12 * n));
      int dd = d > tl_days_in_month(yy, mm) ? tl_days_in_month(yy, mm) : d;
      day = tl_day_from_ymd(yy, mm, dd);
    }
    set_day(c, day);
    c->cur.relative = 1;
    c->cur.rule = "ago_today";
    return len + 1;
  }
  if (strcmp(u, "D") == 0) {
    set_day(c, c->dct - (tl_day)n);
  } else if (strcmp(u, "W") == 0) {
    set_week(c, c->dct - 7 * (tl_day)n, 0);
  } else if (strcmp(u, "MO") == 0) {
    int mm = m, yy = y;
    add_months(&yy, &mm, -n);
    set_month(c, yy, mm);
  } else if (strcmp(u, "Y") == 0) {
    set_year(c, y - (int)n);
  } else if (strcmp(u, "DE") == 0) {
    set_year(c, y - 10 * (int)n);
    c->cur.span.gran = TL_GRAN_DECADE;
  } else {
    set_unresolved(c, "PAST_REF");
  }
  c->cur.relative = 1;
  c->cur.rule = "ago";
  return len;
}

/* a third consecutive day, the second straight day, the fourth day of talks */
static int r_nth_day(ctx *c, int i) {
  int j = i;
  if (!(is(c, j, "a") || is(c, j, "the")))
    return 0;
  j++;
  int n = ordinal_at(c, j);
  if (n < 1)
    return 0;
  j += c->t[j].kind == T_NUM ? 2 : 1;
  /* "on the 15th", "by the 20th", "set for the 17th": a day of the month under discussion, the nearest one
   * in the tense's direction; only where no noun follows ("the 15th
   * century", "the 3rd division") */
  if (is(c, i, "the") && i > 0 &&
      (is(c, i - 1, "on") || is(c, i - 1, "by") || is(c, i - 1, "until") || is(c, i - 1, "till") ||
       is(c, i - 1, "since") || is(c, i - 1, "before") || is(c, i - 1, "after") || is(c, i - 1, "for")) &&
      n <= 31 &&
      (j >= c->n || c->t[j].kind == T_PUNCT || is(c, j, "and") || is(c, j, "or") || is(c, j, "but")) &&
      c->dct != TL_DAY_NONE) {
    int y, m, d, dir = direction_or_near(c, i, j);
    tl_day ref = c->dct;
    tl_day_to_ymd(ref, &y, &m, &d);
    int ly, lm, ld;
    if (c->st->last_day != TL_DAY_NONE && c->st->last_named) {
      tl_day_to_ymd(c->st->last_day, &ly, &lm, &ld);
      if (ly != y || lm != m) {
        ref = c->st->last_day; /* after "On March 3", the 15th is in March */
        y = ly, m = lm, dir = 0;
      }
    }
    if (dir < 0 && n > d)
      m--; /* past: the latest such day */
    else if (dir > 0 && n < d)
      m++;
    if (m < 1)
      m = 12, y--;
    if (m > 12)
      m = 1, y++;
    if (!tl_ymd_valid(y, m, n))
      return 0;
    set_day(c, tl_day_from_ymd(y, m, n));
    c->cur.relative = 1;
    c->cur.anchor = ref;
    c->cur.rule = "day_of_month";
    return j - i;
  }
  int has_adj = 0;
  if (is(c, j, "consecutive") || is(c, j, "straight") || is(c, j, "successive"))
    j++, has_adj = 1;
  if (!is(c, j, "day"))
    return 0;
  if (!has_adj && !is(c, j + 1, "of"))
    return 0;
  j++;
  set_duration(c, n, "D");
  c->cur.span_days = n;
  c->cur.rule = "nth_consecutive_day";
  return j - i;
}

/* three consecutive days: a span ending at the sentence's day */
static int r_n_consecutive(ctx *c, int i) {
  long n;
  if (!number_at(c, i, &n) || n < 2 || n > 31)
    return 0;
  if (!(is(c, i + 1, "consecutive") || is(c, i + 1, "straight") || is(c, i + 1, "successive")) ||
      !is(c, i + 2, "days"))
    return 0;
  set_duration(c, n, "D");
  c->cur.span_days = (int)n;
  c->cur.rule = "n_consecutive_days";
  return 3;
}

/* [nearly|about|more than] N[-]unit[s][-long|-old], several months */
static int r_duration(ctx *c, int i) {
  int j = i;
  const char *mod = "";
  if (is(c, j, "more") && is(c, j + 1, "than"))
    mod = "MORE_THAN", j += 2;
  else if (is(c, j, "less") && is(c, j + 1, "than"))
    mod = "LESS_THAN", j += 2;
  else if (is(c, j, "at") && is(c, j + 1, "least"))
    mod = "EQUAL_OR_MORE", j += 2;
  else if (cls(c, j, "mod") && !is(c, j, "early") && !is(c, j, "late") && !is(c, j, "mid") &&
           !is(c, j, "earlier") && !is(c, j, "later") && !is(c, j, "some") && !is(c, j, "over") &&
           !is(c, j, "under"))
    mod = cls(c, j, "mod"), j++;
  long n;
  int couple = 0;
  if (is(c, j, "a") && is(c, j + 1, "couple") && is(c, j + 2, "of")) {
    n = 2;
    couple = 1;
    j += 2; /* "a couple of years": j on "of" */
  } else if ((is(c, j, "an") && is(c, j + 1, "additional")) || (is(c, j, "another") && unit_at(c, j + 1))) {
    n = 1;
    couple = 1;
    j += is(c, j, "an") ? 1 : 0;
  } else if (!number_at(c, j, &n)) {
    return 0;
  }
  int half = couple ? 0 : half_at(c, j + 1); /* "two and a half years" */
  j += half;
  int k = j + 1;
  if (punct(c, k, '-') && glued(c, k))
    k++;
  /* "20 more years", "eight trading days", "five business days" */
  if (is(c, k, "more") || is(c, k, "trading") || is(c, k, "business") || is(c, k, "working") ||
      is(c, k, "straight") || is(c, k, "full"))
    k++;
  const char *u = unit_at(c, k);
  if (couple && !u)
    return 0;
  if (!u || strcmp(u, "WE") == 0)
    return 0;
  if (!couple && (is(c, j, "a") || is(c, j, "an")) && (plural(c, k) || !is(c, k + 1, "-"))) {
    /* "a day", "a year" are durations only after "for", "within",
     * "than", "over", "nearly"...: "for a week", "over an hour" */
    static const char *const pre[] = {"for", "within", "than", "over", "about", "nearly", "almost", "after",
                                      "least", "only", "just", "roughly", "around", "in", "lasting", NULL};
    int ok = 0;
    for (int q = 0; pre[q] && !ok; q++)
      ok = (j > 0 && is_str(c, j - 1, pre[q])) || (j > i && is_str(c, i, pre[q]));
    if (!ok || plural(c, k) || is(c, k + 1, "ago") || is(c, k + 1, "earlier") || is(c, k + 1, "later"))
      return 0;
  }
  if (c->t[j].kind == T_NUM && c->t[j].ndig == 4 && !plural(c, k))
    return 0;
  k++;
  if (punct(c, k, '-') && glued(c, k) && is(c, k + 1, "old"))
    return -(k + 2 - i); /* an age, not a duration */
  if (strcmp(u, "Q") == 0 && is(c, k, "of"))
    return -(k - i); /* "three-quarters of", "a quarter of": a fraction */
  if (punct(c, k, '-') && glued(c, k) && is(c, k + 1, "long"))
    k += 2;
  if (is(c, k, "ago"))
    return 0;
  if (!half && (half = half_at(c, k)) > 0) /* "a year and a half" */
    k += half;
  if (half)
    set_duration_half(c, n, u);
  else
    set_duration(c, n, u);
  if (*mod)
    snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
  c->cur.rule = "duration";
  return k - i;
}

/* years-long, for years, for months: an unspecified number of units */
static int r_vague_duration(ctx *c, int i) {
  const char *u = unit_at(c, i);
  if (!u || !plural(c, i) || strcmp(u, "WE") == 0)
    return 0;
  if (punct(c, i + 1, '-') && glued(c, i + 1) && is(c, i + 2, "long")) {
    set_duration(c, -1, u);
    c->cur.rule = "vague_duration";
    return 3;
  }
  if (i > 0 && (is(c, i - 1, "for") || is(c, i - 1, "recent") || is(c, i - 1, "coming")) && !is(c, i + 1, "of")) {
    set_duration(c, -1, u);
    c->cur.rule = "vague_duration";
    return 1;
  }
  return 0;
}

/* recent years, the coming months, the past few weeks: vague references
 * to the past or the future (TimeML PAST_REF / FUTURE_REF) */
static int r_vague_ref(ctx *c, int i) {
  int j = i;
  if (is(c, j, "the"))
    j++;
  const char *v = NULL;
  if (is(c, j, "recent") && j == i && is(c, j + 1, "years"))
    v = "PAST_REF", j++;
  else if (is(c, j, "coming") && (is(c, j + 1, "months") || is(c, j + 1, "quarters") || is(c, j + 1, "years")))
    v = "FUTURE_REF", j++;
  else if ((is(c, j, "past") || is(c, j, "last")) && j > i && (is(c, j + 1, "few") || is(c, j + 1, "several")) &&
           unit_at(c, j + 2) && plural(c, j + 2))
    v = "PAST_REF", j += 2;
  if (!v)
    return 0;
  set_unresolved(c, v);
  c->cur.rule = "vague_reference";
  return j + 1 - i;
}

/* the past week, the last three years, the coming months */
static int r_past_span(ctx *c, int i) {
  if (!is(c, i, "the"))
    return 0;
  int j = i + 1;
  if (!(is(c, j, "past") || is(c, j, "last") || is(c, j, "coming") || is(c, j, "next") || is(c, j, "previous")))
    return 0;
  j++;
  long n = 1;
  if (number_at(c, j, &n) && !is(c, j, "a"))
    j++;
  else
    n = plural(c, j) ? -1 : 1;
  const char *u = unit_at(c, j);
  if (!u || strcmp(u, "WE") == 0)
    return 0;
  j++;
  /* "the previous week": the week before the date under discussion (or
   * the DCT), a date rather than a length of time */
  tl_day anchor = c->st->last_day != TL_DAY_NONE ? c->st->last_day : c->dct;
  if (is(c, i + 1, "previous") && j == i + 3 && n == 1 && anchor != TL_DAY_NONE &&
      (strcmp(u, "W") == 0 || strcmp(u, "MO") == 0 || strcmp(u, "Y") == 0)) {
    int y, m, d;
    tl_day_to_ymd(anchor, &y, &m, &d);
    if (strcmp(u, "W") == 0)
      set_week(c, anchor - 7, 0);
    else if (strcmp(u, "MO") == 0)
      set_month(c, m == 1 ? y - 1 : y, m == 1 ? 12 : m - 1);
    else
      set_year(c, y - 1);
    c->cur.relative = 1;
    c->cur.anchor = anchor;
    c->cur.rule = "previous_unit";
    return j - i;
  }
  set_duration(c, n, u);
  c->cur.rule = "past_span";
  return j - i; /* TimeML keeps "the" inside: "the past week" */
}

/* the nineties, the 20th century, the following month, each July */
static int r_decade_century(ctx *c, int i) {
  static const char *const decades[] = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                        "eighties", "nineties", NULL};
  int j = i;
  if (is(c, j, "the"))
    j++;
  /* the decade words are all of lexicon class "word": cls() says no to
   * almost every token at once */
  for (int k = 0; j > i && cls(c, j, "word") && decades[k]; k++)
    if (is_str(c, j, decades[k])) {
      int base = c->dct != TL_DAY_NONE ? 0 : 1;
      int y, m, d;
      if (!base)
        tl_day_to_ymd(c->dct, &y, &m, &d);
      else
        y = 1999;
      int dec = (k + 2) * 10; /* twenties = 20 */
      int century = (y / 100) * 100;
      if (century + dec > y)
        century -= 100;
      snprintf(c->cur.value, sizeof c->cur.value, "%03d", (century + dec) / 10);
      c->cur.span = span_days(tl_day_from_ymd(century + dec, 1, 1), tl_day_from_ymd(century + dec + 9, 12, 31),
                              TL_GRAN_DECADE);
      c->cur.rule = "decade_word";
      return j + 1 - i;
    }
  int ord = ordinal_at(c, j);
  int ord_len = j < c->n && c->t[j].kind == T_NUM ? 2 : 1;
  if (ord >= 1 && ord <= 30 && is(c, j + ord_len, "century")) {
    snprintf(c->cur.value, sizeof c->cur.value, "%02d", ord - 1);
    c->cur.span = span_days(tl_day_from_ymd((ord - 1) * 100 + (ord == 1), 1, 1), tl_day_from_ymd(ord * 100 - 1, 12, 31),
                            TL_GRAN_CENTURY);
    c->cur.rule = "century";
    return j + ord_len + 1 - i;
  }
  /* the following month / year: one after the date under discussion */
  /* (after a day or a month: "in November 2022 ... the following month") */
  tl_day under = c->st->last_at != TL_DAY_NONE && c->st->last_gran <= TL_GRAN_MONTH ? c->st->last_at
                                                                                      : c->st->last_day;
  if (j > i && (is(c, j, "following") || is(c, j, "next")) && (is(c, j + 1, "month")) && under != TL_DAY_NONE) {
    int y, m, d;
    tl_day_to_ymd(under, &y, &m, &d);
    add_months(&y, &m, 1);
    set_month(c, y, m);
    c->cur.relative = 1;
    c->cur.anchor = under;
    c->cur.rule = "following_month";
    return j + 2 - i;
  }
  /* each July, every December */
  if ((is(c, i, "each") || is(c, i, "every")) && month_at(c, i + 1)) {
    char v[16];
    snprintf(v, sizeof v, "XXXX-%02d", month_at(c, i + 1));
    c->cur.type = TL_TIMEX_SET;
    set_unresolved(c, v);
    c->cur.rule = "set";
    return 2;
  }
  return 0;
}

/* "'08", "the '90s", "the late '80s": at token j the apostrophe before
 * two digits (after mod words from token i).  The century is the DCT's,
 * or the one before if that puts a year more than ten years (a decade
 * any time) after the DCT; without a DCT the twentieth.  A year needs a
 * preposition or article before it ("in '08"), a decade does not. */
static int short_year(ctx *c, int i, int j, const char *mod) {
  int now = 1999, m, d, yy = (int)c->t[j + 1].num;
  if (c->dct != TL_DAY_NONE)
    tl_day_to_ymd(c->dct, &now, &m, &d);
  int decade = j + 2 < c->n && glued(c, j + 2) && is(c, j + 2, "s") && yy % 10 == 0;
  int y = now / 100 * 100 + yy;
  if (y > now + (decade ? 0 : 10))
    y -= 100;
  if (decade) {
    snprintf(c->cur.value, sizeof c->cur.value, "%03d", y / 10);
    c->cur.span = span_days(tl_day_from_ymd(y, 1, 1), tl_day_from_ymd(y + 9, 12, 31), TL_GRAN_DECADE);
    c->cur.rule = "decade";
  } else {
    if (!*mod && !(is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "of") || is(c, i - 1, "by") ||
                   is(c, i - 1, "until") || is(c, i - 1, "the") || is(c, i - 1, "from") || is(c, i - 1, "to")))
      return 0;
    set_year(c, y);
    c->cur.rule = "year";
  }
  c->cur.relative = c->dct != TL_DAY_NONE;
  snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
  return j + 2 + decade - i;
}

/* early 2025, mid-2024, late 1990s handled in r_year */
static int r_year(ctx *c, int i) {
  int j = i;
  const char *mod = "";
  /* "Q3 2024", "H1 2025", "Q4": a quarter or half by its code */
  if ((is(c, j, "q") || is(c, j, "h")) && c->t[j].cap && j + 1 < c->n && c->t[j + 1].kind == T_NUM &&
      glued(c, j + 1) && c->t[j + 1].num >= 1 && c->t[j + 1].num <= (is(c, j, "q") ? 4 : 2) &&
      !(j + 2 < c->n && glued(c, j + 2) && c->t[j + 2].kind != T_PUNCT)) {
    int q = (int)c->t[j + 1].num, y, m, d, end = j + 2;
    if (year_at(c, end)) {
      y = (int)c->t[end++].num;
    } else if (!(j > 0 && (is(c, j - 1, "in") || is(c, j - 1, "during") || is(c, j - 1, "for") ||
                           is(c, j - 1, "by") || is(c, j - 1, "since") || is(c, j - 1, "until") ||
                           is(c, j - 1, "of") || is(c, j - 1, "the") || is(c, j - 1, "its") ||
                           is(c, j - 1, "this") || is(c, j - 1, "last") || is(c, j - 1, "next")))) {
      return 0; /* without a year, only where a period is expected: not "an H2 truck" */
    } else if (c->dct != TL_DAY_NONE) {
      tl_day_to_ymd(c->dct, &y, &m, &d);
      c->cur.relative = 1;
      /* "revenue rose in Q4", said in March: last year's; "will rise
       * in Q1", said in November: next year's */
      tl_tense tn = tense_near(c, i, end);
      c->cur.tense = tn;
      int months = is(c, j, "q") ? 3 : 6, dir = tn == TL_TENSE_FUTURE ? 1 : tn == TL_TENSE_PAST ? -1 : 0;
      int q_first = (q - 1) * months + 1, q_last = q * months;
      if (dir < 0 && q_first > m)
        y--;
      else if (dir > 0 && q_last < m)
        y++;
    } else {
      set_unresolved(c, is(c, j, "q") ? "XXXX-QX" : "XXXX-HX");
      c->cur.rule = "quarter_code";
      return end - i;
    }
    if (is(c, j, "q")) {
      set_quarter(c, y, q);
    } else {
      snprintf(c->cur.value, sizeof c->cur.value, "%04d-H%d", y, q);
      c->cur.span = span_days(tl_day_from_ymd(y, q == 1 ? 1 : 7, 1),
                              tl_day_from_ymd(y, q == 1 ? 6 : 12, q == 1 ? 30 : 31), TL_GRAN_HALF);
    }
    c->cur.rule = "quarter_code";
    return end - i;
  }
  /* "fiscal 2024", "FY 2024", "FY2024": the fiscal year by its label */
  int fiscal = is(c, j, "fiscal") || (is(c, j, "fy") && c->t[j].cap);
  if (fiscal && j + 1 < c->n && year_at(c, j + 1)) {
    set_year(c, (int)c->t[j + 1].num);
    c->cur.rule = "fiscal_year";
    return j + 2 - i;
  }
  if (is(c, j, "early") || is(c, j, "late") || is(c, j, "mid")) {
    mod = is(c, j, "early") ? "START" : is(c, j, "late") ? "END" : "MID";
    j++;
    if (punct(c, j, '-'))
      j++;
  }
  if (punct(c, j, '\'') && j + 1 < c->n && glued(c, j + 1) && c->t[j + 1].kind == T_NUM && c->t[j + 1].ndig == 2)
    return short_year(c, i, j, mod);
  if (!(j < c->n && c->t[j].kind == T_NUM && c->t[j].ndig == 4))
    return 0;
  long y = c->t[j].num;
  /* the 1990s */
  if (j + 1 < c->n && glued(c, j + 1) && is(c, j + 1, "s") && y % 10 == 0) {
    snprintf(c->cur.value, sizeof c->cur.value, "%03ld", y / 10); /* TimeML: "199" */
    c->cur.span = span_days(tl_day_from_ymd((int)y, 1, 1), tl_day_from_ymd((int)y + 9, 12, 31), TL_GRAN_DECADE);
    snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
    c->cur.rule = "decade";
    return j + 2 - i;
  }
  if (!year_at(c, j) || y < 1900 || y > 2100)
    return 0;
  /* a bare number in the range of years is a year, unless it is money, a
   * percentage, a count of things ("1990 troops") or part of a bigger
   * number ("1,990", "1990.5") */
  if (j > 0 && (punct(c, j - 1, '$') || punct(c, j - 1, ',') || punct(c, j - 1, '.')) && glued(c, j))
    return 0;
  if (j + 1 < c->n && (punct(c, j + 1, '%') || ((punct(c, j + 1, ',') || punct(c, j + 1, '.')) &&
                                                 j + 2 < c->n && glued(c, j + 1) && glued(c, j + 2) &&
                                                 c->t[j + 2].kind == T_NUM)))
    return 0;
  if (!*mod && j + 1 < c->n && c->t[j + 1].kind == T_WORD && plural(c, j + 1) && !c->t[j + 1].cap &&
      !(i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "since") || is(c, i - 1, "the") || is(c, i - 1, "its"))))
    return 0;
  set_year(c, (int)y);
  snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
  c->cur.rule = "year";
  if (punct(c, j + 1, '-') && glued(c, j + 1) && glued(c, j + 2) && short_next_year(c, j, j + 2)) {
    /* "the 2024-25 season": the first year's value, both years' days */
    c->cur.span.last = tl_day_from_ymd((int)y + 1, 12, 31);
    c->cur.rule = "year_pair";
    return j + 3 - i;
  }
  return j + 1 - i;
}

/* [the] first|second|third|fourth quarter [of YYYY], first half of 2024 */
static int dct_quarter(const ctx *c, int *y) {
  int m, d;
  tl_day_to_ymd(c->dct, y, &m, &d);
  return (m - 1) / 3 + 1;
}

/* Remember a resolved quarter for "a year earlier" later on. */
static void note_quarter(ctx *c, int y, int q) {
  c->st->q_year = y;
  c->st->q = q;
}

/* year-earlier, year-ago (glued with '-') at token j: returns tokens used */
static int year_earlier_at(const ctx *c, int j) {
  if (is(c, j, "year") && punct(c, j + 1, '-') && glued(c, j + 1) && (is(c, j + 2, "earlier") || is(c, j + 2, "ago")))
    return 3;
  return 0;
}

/* Quarters and halves, as financial news writes them:
 *   [the] [fiscal] [1988|year-earlier|year-ago|latest|current|this year's|next year's|last year's]
 *   first|second|third|fourth[-]quarter [of 1989 | 1989]
 *   the [latest|current|year-ago] quarter       (no ordinal: the last reported quarter)
 *   the first half [of 1990] */
static int r_quarter(ctx *c, int i) {
  int j = i, shift = 0, y = 0, explicit_year = 0, current = 0, has_the = 0;
  if (is(c, j, "the") || (is(c, j, "that") && is(c, j + 1, "quarter")))
    j++, has_the = 1;
  if (is(c, j, "fiscal"))
    j++;
  int ye = year_earlier_at(c, j);
  if (ye) {
    shift = -1;
    j += ye;
  } else if (year_at(c, j) &&
             (ordinal_at(c, j + 1) || is(c, j + 1, "fiscal") ||
              (has_the && (is(c, j + 1, "quarter") || is(c, j + 1, "period")) && c->st->q))) {
    /* "the 1988 third quarter"; "the 1988 quarter", "the 1989 period": the
     * quarter under discussion in that year */
    y = (int)c->t[j].num;
    explicit_year = 1;
    j++;
  } else if ((is(c, j, "this") || is(c, j, "next") || is(c, j, "last")) && is(c, j + 1, "year") &&
             punct(c, j + 2, '\'') && is(c, j + 3, "s")) {
    shift = is(c, j, "next") ? 1 : is(c, j, "last") ? -1 : 0;
    current = 2; /* "this year's": the year, not the quarter, is relative */
    j += 4;
  } else if (is(c, j, "latest") || is(c, j, "current") || is(c, j, "same") || is(c, j, "corresponding") ||
             is(c, j, "comparable") || (is(c, j, "most") && is(c, j + 1, "recent"))) {
    current = is(c, j, "current") ? 1 : (is(c, j, "latest") || is(c, j, "most")) ? 3 : 0; /* 3: the latest reported */
    j += is(c, j, "most") ? 2 : 1;
  }
  if (is(c, j, "fiscal"))
    j++;
  int q = ordinal_at(c, j);
  int half = 0, after = 0;
  if (has_the && !explicit_year && !shift && !current && (is(c, j, "last") || is(c, j, "latter") || q == 1) &&
      is(c, j + 1, "half") && is(c, j + 2, "of") &&
      (year_at(c, j + 3) || ((is(c, j + 3, "this") || is(c, j + 3, "next") || is(c, j + 3, "last")) &&
                             is(c, j + 4, "year")))) {
    /* "the last half of 1989", "the latter half of next year" */
    q = q == 1 ? 1 : 2;
    half = 1;
    j += 1;
  } else if (has_the && !explicit_year && !shift && !current && (q == 1 || is(c, j, "last")) &&
             (is(c, j + 1, "two") || is(c, j + 1, "2")) && is(c, j + 2, "quarters") && is(c, j + 3, "of")) {
    /* "the first two quarters of 1990": the first half */
    q = q == 1 ? 1 : 2;
    half = 1;
    j += 2;
  } else if (q >= 1 && q <= 4) {
    j += c->t[j].kind == T_NUM ? 2 : 1;
    if (punct(c, j, '-') && glued(c, j)) {
      j++;
      if (has_the && j - i == 3)
        c->trim = 1; /* "the third-quarter results": the adjective only */
    }
    if (is(c, j, "half") && q <= 2)
      half = 1;
    else if (!is(c, j, "quarter"))
      return 0;
  } else {
    q = 0;
    /* "the quarter", "the latest quarter", "the year-ago quarter" */
    /* "the latest period", "the year-ago period": the reported quarter */
    int period = is(c, j, "period") && (current == 3 || shift || explicit_year || (current == 0 && c->st->q));
    if (!(has_the || current == 2) || !(is(c, j, "quarter") || period) || plural(c, j))
      return 0;
    /* "the same period last year", "the corresponding quarter a year
     * earlier": the quarter under discussion, one year back */
    if (current == 0 && !shift && !explicit_year && c->st->q) {
      int k = j + 1, n = 0;
      if (is(c, k, "of") && is(c, k + 1, "last") && is(c, k + 2, "year"))
        n = 3;
      else if (is(c, k, "last") && is(c, k + 1, "year") && !punct(c, k + 2, '\''))
        n = 2;
      else if ((is(c, k, "a") || is(c, k, "one")) && is(c, k + 1, "year") &&
               (is(c, k + 2, "earlier") || is(c, k + 2, "ago") || is(c, k + 2, "before")))
        n = 3;
      if (n) {
        shift = -1;
        after = n;
      } else if (is(c, j, "period") && !is(c, i + 1, "same")) {
        return 0; /* "the corresponding period" alone: of what? */
      }
    }
  }
  j += 1 + after;
  if (is(c, j, "of") && year_at(c, j + 1)) {
    y = (int)c->t[j + 1].num;
    explicit_year = 1;
    j += 2;
  } else if (!explicit_year && !shift && is(c, j, "of") &&
             (is(c, j + 1, "this") || is(c, j + 1, "next") || is(c, j + 1, "last")) && is(c, j + 2, "year") &&
             c->dct != TL_DAY_NONE) {
    /* "the second half of next year": the year counted from the DCT */
    int m, d;
    tl_day_to_ymd(c->dct, &y, &m, &d);
    y += is(c, j + 1, "next") ? 1 : is(c, j + 1, "last") ? -1 : 0;
    explicit_year = 1;
    c->cur.relative = 1;
    j += 3;
  } else if (!explicit_year && year_at(c, j)) {
    y = (int)c->t[j].num;
    explicit_year = 1;
    j++;
  }
  if (!explicit_year && c->dct == TL_DAY_NONE) {
    set_unresolved(c, half ? "XXXX-HX" : "XXXX-QX");
    c->cur.rule = "quarter";
    return j - i;
  }
  if (!explicit_year) {
    int cq = dct_quarter(c, &y);
    if (q == 0) {
      /* the quarter just reported, unless it is the current one */
      q = current == 1 ? cq : cq - 1;
      if (q == 0)
        q = 4, y--;
      if ((current == 2 || current == 0) && c->st->q) { /* "the quarter", "the same quarter", "last year's quarter" */
        q = c->st->q; /* the quarter under discussion */
        y = c->st->q_year;
      }
    } else if (!half && current != 2 && q != cq) {
      /* "the fourth quarter" in January: last year's; but "is expected to
       * close in the first quarter", in November, next year's */
      int dir = direction(c, i, j);
      /* ahead only for a period a plan is for ("in/by/during the first
       * quarter"): "a third-quarter loss" is a reported one whatever the
       * sentence plans */
      int period = i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "by") || is(c, i - 1, "during") ||
                             is(c, i - 1, "until"));
      if (q > cq && dir <= 0)
        y--;
      else if (q < cq && dir > 0 && period)
        y++;
    }
    y += shift;
    c->cur.relative = 1;
  } else {
    if (q == 0) { /* "the 1988 quarter": the quarter under discussion, */
      q = c->st->q;  /* in a year compared with it */
      shift = 1;     /* (not noted as the quarter under discussion) */
    } else {
      y += shift;
    }
  }
  if (half) {
    snprintf(c->cur.value, sizeof c->cur.value, "%04d-H%d", y, q);
    c->cur.span = span_days(tl_day_from_ymd(y, q == 1 ? 1 : 7, 1),
                            tl_day_from_ymd(y, q == 1 ? 6 : 12, q == 1 ? 30 : 31), TL_GRAN_HALF);
  } else {
    set_quarter(c, y, q);
    if (!shift)
      note_quarter(c, y, q);
  }
  c->cur.rule = "quarter";
  return j - i;
}

/* a year earlier, a year ago, year-earlier, the year-ago period: the same
 * period one year before (the quarter under discussion, else the year) */
static int r_year_earlier(ctx *c, int i) {
  int j = i, len = 0;
  if ((is(c, j, "a") || is(c, j, "one")) && is(c, j + 1, "year") && (is(c, j + 2, "earlier") || is(c, j + 2, "ago")))
    len = 3;
  else if (is(c, j, "the") && year_earlier_at(c, j + 1) && (is(c, j + 4, "period") || is(c, j + 4, "quarter")))
    len = 5;
  else if (year_earlier_at(c, j))
    len = 3;
  if (!len)
    return 0;
  int ago = is(c, j + 2, "ago") || is(c, j + len - 1, "ago");
  if (c->st->q) {
    set_quarter(c, c->st->q_year - 1, c->st->q);
  } else if (c->dct == TL_DAY_NONE) {
    set_unresolved(c, "XXXX");
  } else {
    tl_day ref = !ago && c->st->last_day != TL_DAY_NONE ? c->st->last_day : c->dct;
    int y, m, d;
    tl_day_to_ymd(ref, &y, &m, &d);
    set_year(c, y - 1);
    c->cur.anchor = ref;
  }
  c->cur.relative = 1;
  c->cur.rule = "year_earlier";
  return len;
}

/* Ages ("a 6-year-old boy", "the 136-year-old firm") are not temporal
 * expressions in TimeML: consume them so no other rule tags a part. */
static int r_age(ctx *c, int i) {
  long n;
  if (!number_at(c, i, &n))
    return 0;
  int j = i + 1;
  if (punct(c, j, '-') && glued(c, j))
    j++;
  if (!unit_at(c, j))
    return 0;
  j++;
  if (punct(c, j, '-') && glued(c, j) && is(c, j + 1, "old"))
    return -(j + 2 - i);
  return 0;
}

/* the weekend, the week: the nearest one in the direction of the tense */
static int r_the_week(ctx *c, int i) {
  if (!is(c, i, "the"))
    return 0;
  tl_day named;
  int u;
  /* "the week of March 6": the week that holds the day ("the night of
   * Oct. 23" is left to the date alone, as TimeML annotators do) */
  if ((is(c, i + 1, "week") || is(c, i + 1, "weekend")) && is(c, i + 2, "of") &&
      (u = named_day_at(c, i + 3, &named)) > 0) {
    set_week(c, named, is(c, i + 1, "weekend"));
    c->cur.relative = 1;
    c->cur.anchor = named;
    c->cur.rule = "the_week_of";
    return 3 + u;
  }
  /* "the first week of March", "the last week of June 2025": the week
   * that holds the middle day of those seven */
  int nth = ordinal_at(c, i + 1), nl = i + 1 < c->n && c->t[i + 1].kind == T_NUM ? 2 : 1;
  if (is(c, i + 1, "last"))
    nth = 5, nl = 1;
  if (nth >= 1 && nth <= 5 && is(c, i + 1 + nl, "week") && is(c, i + 2 + nl, "of") && month_at(c, i + 3 + nl)) {
    int k = i + 3 + nl, u = r_month(c, k);
    if (u <= 0 || c->cur.span.gran != TL_GRAN_MONTH)
      return 0;
    int y, m, d;
    tl_day_to_ymd(c->cur.span.first, &y, &m, &d);
    int mid = nth == 5 ? tl_days_in_month(y, m) - 3 : 7 * (nth - 1) + 4;
    if (mid > tl_days_in_month(y, m))
      return 0;
    int relative = c->cur.relative;
    tl_day anchor = c->cur.anchor;
    tl_tense tense = c->cur.tense;
    cur_reset(c);
    set_week(c, tl_day_from_ymd(y, m, mid), 0);
    c->cur.relative = relative;
    c->cur.anchor = anchor;
    c->cur.tense = tense;
    c->cur.rule = "nth_week_of";
    return k + u - i;
  }
  if (!(is(c, i + 1, "weekend") || is(c, i + 1, "week")))
    return 0;
  if (i + 2 < c->n && (is(c, i + 2, "of") || is(c, i + 2, "before") || is(c, i + 2, "after") ||
                       c->t[i + 2].kind == T_NUM))
    return 0;
  int weekend = is(c, i + 1, "weekend");
  if (c->dct == TL_DAY_NONE) {
    set_unresolved(c, weekend ? "XXXX-WXX-WE" : "XXXX-WXX");
  } else {
    int dir = direction(c, i, i + 2);
    tl_day ref = c->dct;
    if (weekend && dir < 0 && tl_day_weekday(c->dct) < 5)
      ref -= 7;
    set_week(c, ref, weekend);
    c->cur.relative = 1;
  }
  c->cur.rule = "the_week";
  return 2;
}

/* nineteen ninety-six, the year two thousand: years in words */
static int r_spelled_year(ctx *c, int i) {
  int j = i;
  if (is(c, j, "the") && is(c, j + 1, "year"))
    j += 2;
  long y;
  int u = spelled_year_at(c, j, &y);
  j += u;
  if (!u || j - i < 2 || (y == 2000 && j - i == 2 && !is(c, i, "the")))
    return 0;
  set_year(c, (int)y);
  c->cur.rule = "spelled_year";
  return j - i;
}

/* Thanksgiving, Christmas, Election Day...: data/timex.tsv class holiday,
 * value MM-DD (fixed), MM-N-W (N-th weekday W, N=5: last) or "easter",
 * each followed by an optional offset in days ("easter-2" is Good Friday,
 * "11-4-3+1" the day after Thanksgiving). */
static tl_day holiday_day(const char *rule, int y) {
  int m, a, b, used = 0;
  tl_day base = TL_DAY_NONE;
  if (strncmp(rule, "easter", 6) == 0) {
    /* anonymous Gregorian algorithm */
    int g = y % 19, cc = y / 100, h = (cc - cc / 4 - (8 * cc + 13) / 25 + 19 * g + 15) % 30;
    int ii = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11));
    int jj = (y + y / 4 + ii + 2 - cc + cc / 4) % 7;
    int l = ii - jj, mm = 3 + (l + 40) / 44, dd = l + 28 - 31 * (mm / 4);
    base = tl_day_from_ymd(y, mm, dd);
    used = 6;
  } else if (sscanf(rule, "%d-%d-%d%n", &m, &a, &b, &used) == 3) {
    if (a == 5) { /* last weekday b of the month */
      tl_day last = tl_day_from_ymd(y, m, tl_days_in_month(y, m));
      base = last - ((tl_day_weekday(last) - b + 7) % 7);
    } else {
      tl_day first = tl_day_from_ymd(y, m, 1);
      base = first + ((b - tl_day_weekday(first) + 7) % 7) + 7 * (a - 1);
    }
  } else if (sscanf(rule, "%d-%d%n", &m, &a, &used) == 2) {
    base = tl_day_from_ymd(y, m, a);
  } else {
    return TL_DAY_NONE;
  }
  return base + ((rule[used] == '+' || rule[used] == '-') ? atoi(rule + used) : 0);
}

/* One word of a holiday's name at token i, capitalised, into key[*p..]
 * (a space before it unless first): "Year's" (three tokens) is "year's".
 * Returns the tokens read, 0 if none or the key is full. */
static int holiday_word(const ctx *c, int i, char *key, size_t size, size_t *p) {
  if (i >= c->n || (!c->t[i].cap && !(*p && is(c, i, "of")))) /* "Fourth of July" */
    return 0;
  const char *w = c->t[i].low;
  size_t wl = c->t[i].len, q = *p + (*p ? 1 : 0);
  int used = 1;
  if (q + wl + 3 >= size)
    return 0;
  if (*p)
    key[*p] = ' ';
  memcpy(key + q, w, wl);
  q += wl;
  if (punct(c, i + 1, '\'') && glued(c, i + 1) && is(c, i + 2, "s") && glued(c, i + 2)) {
    key[q++] = '\'';
    key[q++] = 's';
    used = 3;
  }
  key[q] = '\0';
  *p = q;
  return used;
}

static int r_holiday(ctx *c, int i) {
  int j = i, dir = 2;
  if (is(c, j, "last"))
    dir = -1, j++;
  else if (is(c, j, "next") || is(c, j, "this"))
    dir = is(c, j, "next") ? 1 : 0, j++;
  /* longest holiday name: up to four words ("Martin Luther King Day"),
   * starting with a holiday or the first word of a longer key */
  if (j >= c->n || !c->t[j].cap || !(cls(c, j, "holiday") || tl_lex_starts(c->lx, c->t[j].low, c->t[j].len)))
    return 0;
  const char *rule = NULL;
  int used = 0;
  char key[64];
  for (int k = 4; k >= 1 && !rule; k--) {
    size_t p = 0;
    int toks = 0, u = 1;
    for (int t = 0; t < k && u; t++)
      toks += (u = holiday_word(c, j + toks, key, sizeof key, &p));
    if (!u)
      continue;
    const tl_lex_entry *e = tl_lex_find_class(c->lx, key, p, "holiday");
    if (e) {
      rule = e->field[1];
      used = toks;
    }
  }
  if (!rule)
    return 0;
  j += used;
  /* "Lunar New Year", "Orthodox Christmas": a capitalised word before the
   * holiday, other than the sentence's first, makes another holiday */
  if (dir == 2 && i > 1 && c->t[i - 1].kind == T_WORD && c->t[i - 1].cap)
    return -(j - i);
  /* "the Good Friday Agreement", "a Thanksgiving Day Parade": a name */
  if ((is(c, i - 1, "the") || is(c, i - 1, "a") || is(c, i - 1, "an")) && j < c->n && c->t[j].kind == T_WORD &&
      c->t[j].cap && !month_at(c, j) && !weekday_at(c, j))
    return -(j - i);
  /* "a Christmas market", "the Christmas tree", "Easter eggs": a thing
   * named after the holiday (not "Easter week", "Christmas morning": a
   * temporal word goes on with it) */
  if ((is(c, i - 1, "the") || is(c, i - 1, "a") || is(c, i - 1, "an")) &&
      j < c->n && c->t[j].kind == T_WORD && !c->t[j].cap && glued(c, j) == 0 && c->t[j].near > 0 &&
      !is(c, j, "eve") && !is(c, j, "holiday") && !is(c, j, "holidays") && !is(c, j, "break") &&
      !is(c, j, "period") && !is(c, j, "season"))
    return -(j - i);
  int y = 0;
  if (year_at(c, j)) {
    y = (int)c->t[j].num;
    j++;
  }
  if (!y && c->dct == TL_DAY_NONE) {
    set_unresolved(c, "XXXX-XX-XX");
  } else {
    if (!y) {
      int m, d, by_tense = dir == 2; /* no "last", "next" or "this" */
      tl_day_to_ymd(c->dct, &y, &m, &d);
      if (dir == 2)
        dir = direction_or_near(c, i, j);
      tl_day cand = holiday_day(rule, y);
      if (dir < 0 && cand > c->dct)
        y--;
      else if (dir > 0 && cand < c->dct)
        y++;
      /* as for months: a holiday most of a year back, where only a past
       * cue points, is less likely than the closest one ("as Easter week
       * began" six days before Easter), unless "last" said so */
      cand = holiday_day(rule, y);
      if (by_tense && dir < 0 && (cand > c->dct ? cand - c->dct : c->dct - cand) > 270)
        dir = 0;
      if (dir == 0) {
        tl_day prev = holiday_day(rule, y - 1), next = holiday_day(rule, y + 1);
        tl_day best = cand > c->dct ? cand - c->dct : c->dct - cand;
        if (c->dct - prev < best)
          y--, best = c->dct - prev;
        if (next - c->dct < best)
          y++;
      }
      c->cur.relative = 1;
    }
    set_day(c, holiday_day(rule, y));
  }
  c->cur.rule = "holiday";
  return j - i;
}

/* [this|last|next] summer [2024] */
static int r_season(ctx *c, int i) {
  int j = i, off = 0, has_dir = 0, recent = 0;
  int the = is(c, j, "the") && cls(c, j + 1, "season"); /* "the summer", "the winter of 1994" */
  j += the;
  if ((is(c, j, "this") || is(c, j, "the")) && is(c, j + 1, "past") && cls(c, j + 2, "season"))
    j++; /* "this past spring", "the past summer": the latest one over */
  recent = is(c, j, "past");
  const char *rd = cls(c, j, "reldir");
  if (rd) {
    off = atoi(rd);
    has_dir = 1;
    j++;
  }
  const char *s = cls(c, j, "season");
  if (!s)
    return 0;
  j++;
  int y = 0, of = is(c, j, "of"), explicit_y = 0;
  long sy;
  int su;
  if (year_at(c, j + of)) {
    y = (int)c->t[j + of].num; /* "summer 1994", "the winter of 1994" */
    j += of + 1;
    explicit_y = 1;
  } else if ((su = spelled_year_at(c, j + of, &sy)) > 1) {
    y = (int)sy;
    j += of + su;
    explicit_y = 1;
  } else if (c->dct != TL_DAY_NONE) {
    int m, d;
    tl_day_to_ymd(c->dct, &y, &m, &d);
    if (recent) {
      /* the season that ended last: spring ends in May, summer in
       * August, autumn in November, winter in February of the next year */
      if (strcmp(s, "WI") == 0)
        y -= m >= 3 ? 1 : 2;
      else
        y -= m > (strcmp(s, "SP") == 0 ? 5 : strcmp(s, "SU") == 0 ? 8 : 11) ? 0 : 1;
    } else if (has_dir)
      y += off;
    else if (!the && !(i > 0 && (is(c, i - 1, "in") || is(c, i - 1, "the") || is(c, i - 1, "this"))))
      return 0;
  }
  if (!y)
    set_unresolved(c, "XXXX");
  else
    set_season(c, y, s);
  c->cur.relative = !explicit_y;
  c->cur.rule = "season";
  return j - i;
}

/* the end of the year, the beginning of the month, the end of 2025 */
static int r_end_of(ctx *c, int i) {
  int j = i;
  if (!is(c, j, "the"))
    return 0;
  j++;
  const char *mod = is(c, j, "end") ? "END" : (is(c, j, "beginning") || is(c, j, "start")) ? "START"
                                          : is(c, j, "middle") ? "MID" : NULL;
  if (!mod || !is(c, j + 1, "of"))
    return 0;
  j += 2;
  int y, m, d, u_len;
  if (year_at(c, j)) {
    set_year(c, (int)c->t[j].num);
    j++;
  } else if (month_at(c, j) && (u_len = r_month(c, j)) > 0 && c->cur.span.gran == TL_GRAN_MONTH) {
    j += u_len; /* "the end of March", "the middle of October 1997" */
  } else {
    if (!(is(c, j, "the") || is(c, j, "this") || is(c, j, "last") || is(c, j, "next")))
      return 0;
    int off = is(c, j, "last") ? -1 : is(c, j, "next") ? 1 : 0;
    const char *u = unit_at(c, j + 1);
    if (!u || c->dct == TL_DAY_NONE || plural(c, j + 1))
      return 0;
    tl_day_to_ymd(c->dct, &y, &m, &d);
    if (strcmp(u, "Y") == 0) {
      set_year(c, y + off);
    } else if (strcmp(u, "MO") == 0) {
      add_months(&y, &m, off);
      set_month(c, y, m);
    } else if (strcmp(u, "W") == 0) {
      set_week(c, c->dct + 7 * off, 0);
    } else {
      return 0;
    }
    c->cur.relative = 1;
    j += 2;
  }
  snprintf(c->cur.mod, sizeof c->cur.mod, "%s", mod);
  c->cur.rule = "end_of";
  return j - i;
}

/* "the first of next month", "the 15th of this month", "the last day of
 * the month": a day of a month counted from the publication date */
static int r_day_of_month(ctx *c, int i) {
  if (!is(c, i, "the") || c->dct == TL_DAY_NONE)
    return 0;
  int j = i + 1, nth = 0;
  if (is(c, j, "last") && is(c, j + 1, "day")) {
    nth = 99; /* the month's last */
    j += 2;
  } else {
    nth = ordinal_at(c, j);
    if (nth < 1 || nth > 31)
      return 0;
    j += c->t[j].kind == T_NUM ? 2 : 1;
    if (is(c, j, "day"))
      j++;
  }
  if (!is(c, j, "of") || !(is(c, j + 1, "next") || is(c, j + 1, "this") || is(c, j + 1, "last") ||
                           is(c, j + 1, "the")) || !is(c, j + 2, "month"))
    return 0;
  int y, m, d;
  tl_day_to_ymd(c->dct, &y, &m, &d);
  add_months(&y, &m, is(c, j + 1, "next") ? 1 : is(c, j + 1, "last") ? -1 : 0);
  int dim = tl_days_in_month(y, m);
  if (nth != 99 && nth > dim)
    return 0;
  set_day(c, tl_day_from_ymd(y, m, nth == 99 ? dim : nth));
  c->cur.relative = 1;
  c->cur.rule = "day_of_month";
  return j + 3 - i;
}

/* now, currently, recently; the future, the past */
static int r_ref(ctx *c, int i) {
  const char *r = cls(c, i, "ref");
  if (r) {
    set_unresolved(c, r);
    c->cur.rule = "reference";
    return 1;
  }
  int j = i + 1;
  if (is(c, i, "the") && (is(c, j, "near") || is(c, j, "distant") || is(c, j, "foreseeable")) &&
      is(c, j + 1, "future"))
    j++;
  if (is(c, i, "the") && (is(c, j, "future") || is(c, j, "past")) &&
      !(j + 1 < c->n && (c->t[j + 1].kind == T_NUM || unit_at(c, j + 1) || cls(c, j + 1, "number")))) {
    set_unresolved(c, is(c, j, "future") ? "FUTURE_REF" : "PAST_REF");
    c->cur.rule = "reference";
    return j + 1 - i;
  }
  if ((is(c, i, "these") && is(c, i + 1, "days")) || (is(c, i, "right") && is(c, i + 1, "now"))) {
    set_unresolved(c, "PRESENT_REF");
    c->cur.rule = "reference";
    return 2;
  }
  if (is(c, i, "the") && (is(c, i + 1, "near") || is(c, i + 1, "short")) && is(c, i + 2, "term")) {
    set_unresolved(c, "FUTURE_REF");
    c->cur.rule = "reference";
    return 3;
  }
  return 0;
}

/* the current (fiscal) year, the full year, year-end, last night, that
 * year, the following year: years and nights relative to the DCT or to
 * the date under discussion */
/* "the [fiscal] year" at i with no word before "year" that makes it
 * relative: a date only as financial news writes it, "for the year",
 * "in the fiscal year ended Jan. 31", "a high for the year of $42"; not "the
 * year before", "in the year since", "the year 2000" */
static int bare_year_at(const ctx *c, int i) {
  int j = i + 1;
  if (is(c, j, "fiscal") || is(c, j, "calendar"))
    j++;
  if (!is(c, j, "year") || i == 0)
    return 0;
  if (is(c, j + 1, "ended") || is(c, j + 1, "ending"))
    return 1;
  if (!(is(c, i - 1, "for") || is(c, i - 1, "in") || is(c, i - 1, "during")))
    return 0;
  if (j + 1 >= c->n || punct(c, j + 1, ',') || punct(c, j + 1, '.') || punct(c, j + 1, ';') ||
      punct(c, j + 1, ':'))
    return 1;
  return is(c, j + 1, "of") && j + 2 < c->n && (punct(c, j + 2, '$') || c->t[j + 2].kind == T_NUM);
}

static int r_year_ref(ctx *c, int i) {
  int j = i, y, m, d;
  if (c->dct == TL_DAY_NONE)
    return 0;
  tl_day_to_ymd(c->dct, &y, &m, &d);
  if (is(c, j, "last") && is(c, j + 1, "night")) {
    set_day(c, c->dct - 1);
    size_t n = strlen(c->cur.value);
    snprintf(c->cur.value + n, sizeof c->cur.value - n, "TNI");
    c->cur.type = TL_TIMEX_TIME;
    c->cur.relative = 1;
    c->cur.rule = "last_night";
    return 2;
  }
  if ((is(c, j, "year") && punct(c, j + 1, '-') && glued(c, j + 1) && is(c, j + 2, "end")) ||
      (is(c, j, "year") && is(c, j + 1, "end"))) {
    int len = is(c, j + 1, "end") ? 2 : 3;
    if (is(c, j + len, "of"))
      return 0;
    set_day(c, tl_day_from_ymd(y, 12, 31));
    c->cur.relative = 1;
    c->cur.rule = "year_end";
    return len;
  }
  if (!(is(c, j, "the") || is(c, j, "that")))
    return 0;
  int that = is(c, j, "that");
  j++;
  int off = 0, anaphoric = that;
  if (is(c, j, "current") || is(c, j, "full") || is(c, j, "whole") || is(c, j, "entire"))
    j++;
  else if (is(c, j, "following") || is(c, j, "next"))
    off = 1, anaphoric = 1, j++;
  else if (is(c, j, "previous") || is(c, j, "preceding"))
    off = -1, anaphoric = 1, j++;
  else if (!that && !bare_year_at(c, i))
    return 0;
  if (is(c, j, "fiscal") || is(c, j, "calendar"))
    j++;
  if (!is(c, j, "year"))
    return 0;
  j++;
  if (!that && (is(c, j, "ended") || is(c, j, "ending"))) {
    /* "the year ended Sept. 30": a year's length, as TimeML has it; the
     * date that ends it is an expression of its own */
    set_duration(c, 1, "Y");
    c->cur.rule = "year_ended";
    return j - i;
  }
  if (anaphoric) {
    /* "that year", "the following year": the year of the last date,
     * month or year the text named ("in 1988 ... that year") */
    if (c->st->last_at == TL_DAY_NONE && !that)
      return 0;
    if (c->st->last_at != TL_DAY_NONE) {
      tl_day_to_ymd(c->st->last_at, &y, &m, &d);
      c->cur.anchor = c->st->last_at;
    } else {
      c->cur.anchor = c->dct;
    }
  }
  set_year(c, y + off);
  c->cur.relative = 1;
  c->cur.rule = "year_reference";
  return j - i;
}

/* each week, every Monday, weekly */
static int r_set(ctx *c, int i) {
  const char *s = cls(c, i, "set");
  if (s) {
    c->cur.type = TL_TIMEX_SET;
    set_unresolved(c, s);
    c->cur.rule = "set";
    return 1;
  }
  /* a frequency: "twice a year", "three times a week", "once per month" */
  int k = 0;
  long n;
  if (is(c, i, "once") || is(c, i, "twice") || is(c, i, "thrice"))
    k = i + 1;
  else if (number_at(c, i, &n) && is(c, i + 1, "times"))
    k = i + 2;
  if (k && !(is(c, k, "a") || is(c, k, "an") || is(c, k, "per") || is(c, k, "each") || is(c, k, "every")))
    k = 0;
  /* "once a year ahead of his class": a distance, not a frequency */
  if (k && (is(c, k + 2, "ahead") || is(c, k + 2, "behind") || is(c, k + 2, "ago") || is(c, k + 2, "earlier") ||
            is(c, k + 2, "later") || is(c, k + 2, "before") || is(c, k + 2, "after") || is(c, k + 2, "older") ||
            is(c, k + 2, "younger") || is(c, k + 2, "old")))
    return -1;
  if (!k && !(is(c, i, "every") || is(c, i, "each")))
    return 0;
  int j = k ? k + 1 : i + 1, every = 1; /* the unit's token */
  if (!k && is(c, j, "other")) /* "every other week" */
    every = 2, j++;
  int wd = k ? 0 : weekday_at(c, j);
  const char *u = unit_at(c, j);
  char v[24];
  if (wd && every == 1)
    snprintf(v, sizeof v, "XXXX-WXX-%d", wd);
  else if (u && !plural(c, j))
    snprintf(v, sizeof v, "P%s%d%s", strcmp(u, "H") == 0 || strcmp(u, "M") == 0 || strcmp(u, "S") == 0 ? "T" : "",
             every, strcmp(u, "MO") == 0 ? "M" : u);
  else
    return 0;
  c->cur.type = TL_TIMEX_SET;
  set_unresolved(c, v);
  c->cur.rule = "set";
  return j + 1 - i;
}

/* 10:30 a.m., 3 p.m., noon; followed by the day: "10 p.m. Wednesday" */
static int r_time(ctx *c, int i);

/* "9:30 a.m. to 2 p.m. on Friday": at token k, "to" (or until, till, a
 * dash) and a clock time that takes a day named after it; that day in
 * *day. */
static int range_end_day(ctx *c, int k, tl_day *day) {
  if (c->in_range || !(is(c, k, "to") || is(c, k, "until") || is(c, k, "till") || punct(c, k, '-')) ||
      k + 1 >= c->n || c->t[k + 1].kind != T_NUM)
    return 0; /* one level: "1 am to 2 am to 3 am..." does not recurse down the sentence */
  tl_timex saved = c->cur;
  int trim = c->trim, named = c->time_named;
  c->in_range = 1;
  int u = r_time(c, k + 1);
  c->in_range = 0;
  int ok = u > 0 && c->time_named && c->cur.span.first != TL_DAY_NONE;
  if (ok)
    *day = c->cur.span.first;
  c->cur = saved;
  c->trim = trim;
  c->time_named = named;
  return ok;
}

/* "2.30pm", "9.45 a.m.": British clock times, the dot only with a
 * meridiem after the minutes (else "2.30" is a number) */
static int dotted_clock(ctx *c, int i) {
  return punct(c, i + 1, '.') && c->t[i].ndig <= 2 &&
         (is(c, i + 3, "am") || is(c, i + 3, "pm") ||
          ((is(c, i + 3, "a") || is(c, i + 3, "p")) && punct(c, i + 4, '.') && is(c, i + 5, "m")));
}

static int r_time(ctx *c, int i) {
  int j = i, h, mi = 0;
  if (i + 2 < c->n && c->t[i].kind == T_NUM && (punct(c, i + 1, ':') || dotted_clock(c, i)) && glued(c, i + 1) &&
      c->t[i + 2].kind == T_NUM && glued(c, i + 2) && c->t[i + 2].ndig == 2) {
    h = (int)c->t[i].num;
    mi = (int)c->t[i + 2].num;
    j = i + 3;
  } else if (c->t[i].kind == T_NUM && c->t[i].ndig <= 2 && (is(c, i + 1, "a") || is(c, i + 1, "p") ||
                                                           is(c, i + 1, "am") || is(c, i + 1, "pm"))) {
    h = (int)c->t[i].num;
    j = i + 1;
  } else if (is(c, i, "noon") || is(c, i, "midnight")) {
    h = is(c, i, "noon") ? 12 : 0;
    j = i + 1;
  } else {
    return 0;
  }
  int pm = -1;
  if (is(c, j, "a") || is(c, j, "p")) {
    if (!(punct(c, j + 1, '.') && is(c, j + 2, "m") && punct(c, j + 3, '.')))
      return 0;
    pm = is(c, j, "p");
    j += 4;
  } else if (is(c, j, "am") || is(c, j, "pm")) {
    pm = is(c, j, "pm");
    j++;
  }
  if (pm < 0 && j - i == 1 && !(is(c, i, "noon") || is(c, i, "midnight")))
    return 0;
  if (pm == 1 && h < 12)
    h += 12;
  if (pm == 0 && h == 12)
    h = 0;
  if (h > 23 || mi > 59)
    return 0;
  tl_day day = c->st->last_day != TL_DAY_NONE ? c->st->last_day : c->dct;
  const char *rule = "clock_time";
  int from_named = 0;
  /* a zone: "EST", "local time", "Moscow time" */
  int zone = is(c, j, "est") || is(c, j, "edt") || is(c, j, "cst") || is(c, j, "cdt") || is(c, j, "mst") ||
                     is(c, j, "mdt") || is(c, j, "pst") || is(c, j, "pdt") || is(c, j, "gmt") || is(c, j, "utc") ||
                     is(c, j, "et") || is(c, j, "pt") || is(c, j, "bst") || is(c, j, "cet") || is(c, j, "cest") ||
                     is(c, j, "eet") || is(c, j, "eest") || is(c, j, "msk")
                 ? 1
             : is(c, j + 1, "time") && (is(c, j, "local") || (j < c->n && c->t[j].kind == T_WORD && c->t[j].cap))
                 ? 2
                 : 0;
  int k = j + zone + (zone && punct(c, j + zone, ','));
  tl_day named;
  int u = named_day_at(c, k, &named);
  if (u > 0) {
    /* "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon tomorrow"; midnight
     * on a named day is its end, T24:00 in TimeML */
    day = named;
    j = k + u;
    rule = "clock_time_day";
    c->cur.relative = 1;
    if (h == 0 && mi == 0 && is(c, i, "midnight"))
      h = 24;
  } else if (is(c, k, "on") && named_day_at(c, k + 1, &named) > 0) {
    /* "at 10 a.m. on Friday": two expressions in TimeML, the time on
     * the day named after it */
    j += zone;
    day = named;
    from_named = 1;
    c->cur.relative = 1;
    c->cur.anchor = named;
  } else if (range_end_day(c, k, &named)) {
    /* "from 9:30 a.m. to 2 p.m. on Friday": the day of the range's end */
    j += zone;
    day = named;
    from_named = 1;
    c->cur.relative = 1;
    c->cur.anchor = named;
  } else {
    j += zone;
    if (c->st->last_day != TL_DAY_NONE) {
      c->cur.relative = 1; /* "at 10 a.m." takes the day under discussion */
      c->cur.anchor = day;
    }
  }
  c->time_named = u > 0 || from_named;
  char date[11] = "XXXX-XX-XX";
  if (day != TL_DAY_NONE)
    tl_day_format(date, day);
  c->cur.type = TL_TIMEX_TIME;
  snprintf(c->cur.value, sizeof c->cur.value, "%sT%02d:%02d", date, h, mi);
  c->cur.span = span_days(day, day, day == TL_DAY_NONE ? TL_GRAN_NONE : TL_GRAN_TIME);
  c->cur.rule = rule;
  return j - i;
}

typedef int (*rule_fn)(ctx *, int);
/* ORDER: longer, more specific patterns first. */
static const rule_fn rules[] = {r_iso,        r_slash,         r_time,      r_age,     r_holiday,
                                r_month,      r_weekday,       r_relday,    r_anaphoric_day,
                                r_year_earlier, r_quarter,     r_later,     r_relunit,   r_ago,     r_nth_day,
                                r_n_consecutive, r_day_of_month, r_end_of,  r_season,   r_the_week, r_vague_ref,
                                r_past_span,
                                r_spelled_year, r_decade_century, r_year,        r_duration,  r_vague_duration,
                                r_set,        r_ref,       r_year_ref};

/* ---- tokenizer and driver ------------------------------------------------- */

/* Typographic punctuation and spaces at p (n bytes left) read as their
 * ASCII forms, so that "Valentine’s Day", "June 5–7" and "10\u00a0a.m."
 * tag as their plain forms do: returns the bytes of the character and sets
 * *ascii (' ' for a space), or 0 for any other character. */
static int typographic(const char *p, size_t n, char *ascii) {
  const unsigned char *u = (const unsigned char *)p;
  if (n >= 2 && u[0] == 0xc2 && u[1] == 0xa0) { /* no-break space */
    *ascii = ' ';
    return 2;
  }
  if (n < 3 || u[0] != 0xe2 || u[1] != 0x80)
    return 0;
  switch (u[2]) {
  case 0x98: case 0x99: /* single quotation marks */
    *ascii = '\'';
    return 3;
  case 0x9c: case 0x9d: /* double quotation marks */
    *ascii = '"';
    return 3;
  case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: /* hyphens and dashes */
    *ascii = '-';
    return 3;
  case 0x89: case 0x8a: case 0xaf: /* thin, hair and narrow no-break spaces */
    *ascii = ' ';
    return 3;
  default:
    return 0;
  }
}

/* ---- the sentence filter ---------------------------------------------------
 * An expression starts only within NEAR_MAX tokens of a number or a word
 * that is temporal by itself (tok_classes), and every rule that starts on
 * a number word ("two", "a", "several") needs a unit, a weekday or another
 * temporal word after it ("two years", "twice a week"): a sentence with no
 * digit and no temporal word but number words yields nothing, whatever
 * rule runs.  Such sentences are about half of newswire, so the tagger
 * checks that before it tokenizes: one pass over the bytes, each run of
 * ASCII letters (a lexicon key has no other byte) looked up in a set of
 * the anchoring words.  The exceptions to "number words need more" are
 * listed: spelled years start with "nineteen" or "eighteen"
 * (spelled_year_at), and "fortnight" becomes "2 weeks" in the tokenizer. */

/* classes of a byte, as the C locale's ctype has them, without a call */
enum { B_SPACE = 1, B_DIGIT = 2, B_ALPHA = 4, B_UPPER = 8 };
static unsigned char bytes[256];

#define ANCHOR_SLOTS 1024 /* power of two, over twice the anchoring words */

static struct {
  uint64_t slot[ANCHOR_SLOTS]; /* hash | 1 of each anchoring word, 0 = empty */
  uint32_t shape[27];          /* bit len (<32) per first letter: the quick no */
  int ready;
} anchors;

static void anchor_add(const char *w, size_t n) {
  if (!n || n >= 24)
    return; /* the tokenizer reads at most 23 bytes of a word */
  unsigned char f = (unsigned char)w[0];
  f = f >= 'A' && f <= 'Z' ? (unsigned char)(f + 32) : f;
  anchors.shape[f >= 'a' && f <= 'z' ? f - 'a' : 26] |= 1u << n;
  uint64_t h = tl_lex_hash(w, n) | 1;
  size_t s = h & (ANCHOR_SLOTS - 1);
  while (anchors.slot[s] && anchors.slot[s] != h)
    s = (s + 1) & (ANCHOR_SLOTS - 1);
  anchors.slot[s] = h;
}

static int entry_temporal(const tl_lex_entry *le);

static void anchors_build(void) {
  for (int b = 0; b < 256; b++)
    bytes[b] = (unsigned char)((isspace(b) ? B_SPACE : 0) | (isdigit(b) ? B_DIGIT : 0) | (isalpha(b) ? B_ALPHA : 0) |
                               (isupper(b) ? B_UPPER : 0));
  const tl_lex *lx = tl_lex_get("timex.tsv");
  size_t n = tl_lex_count(lx), added = 0;
  for (size_t i = 0; i < n; i++) {
    const tl_lex_entry *le = tl_lex_at(lx, i);
    if (le->words == 1 && entry_temporal(le) && strcmp(le->field[0], "number") != 0 &&
        added < ANCHOR_SLOTS / 2) {
      anchor_add(le->key, strlen(le->key));
      added++;
    }
  }
  static const char *const extra[] = {"nineteen", "eighteen", "fortnight"};
  for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
    anchor_add(extra[i], strlen(extra[i]));
  anchors.ready = added < ANCHOR_SLOTS / 2; /* else never skip a sentence */
}

static pthread_once_t anchors_once = PTHREAD_ONCE_INIT;

/* Might text[s..e) hold an expression?  0 only when it cannot. */
static int sentence_may_tag(const char *text, size_t s, size_t e) {
  if (!anchors.ready)
    return 1;
  const unsigned char *p = (const unsigned char *)text + s, *end = (const unsigned char *)text + e;
  while (p < end) {
    unsigned k = bytes[*p];
    if (k & B_DIGIT)
      return 1;
    if (!(k & B_ALPHA)) {
      p++;
      continue;
    }
    const unsigned char *w = p;
    while (p < end && (bytes[*p] & B_ALPHA))
      p++;
    size_t n = (size_t)(p - w);
    unsigned f = (unsigned)(*w | 0x20) - 'a';
    if (n < 24 && (anchors.shape[f] >> n & 1u)) {
      uint64_t h = tl_lex_hash((const char *)w, n) | 1;
      for (size_t sl = h & (ANCHOR_SLOTS - 1); anchors.slot[sl]; sl = (sl + 1) & (ANCHOR_SLOTS - 1))
        if (anchors.slot[sl] == h)
          return 1;
    }
  }
  return 0;
}

/* The lexicon entries of token t, its class mask, and whether it is a
 * number or a temporal word itself */
static void tok_classes(tok *t, const tl_lex *lx) {
  t->lex = t->kind == T_WORD ? tl_lex_find(lx, t->low, t->len) : NULL;
  t->cmask = 0;
  for (const tl_lex_entry *le = t->lex; le; le = tl_lex_next(le))
    t->cmask |= class_bit(le->field[0]);
  t->near = t->kind == T_NUM ? 0 : NEAR_MAX + 1;
  for (const tl_lex_entry *le = t->lex; le && t->near; le = tl_lex_next(le))
    if (entry_temporal(le))
      t->near = 0;
}

/* Is a timex.tsv entry temporal by itself (a starter marked "self", or
 * any class but starter, mod and reldir)? */
static int entry_temporal(const tl_lex_entry *le) {
  const char *k = le->field[0];
  return strcmp(k, "starter") == 0 ? le->nfields > 1 && strcmp(le->field[1], "self") == 0
                                   : strcmp(k, "mod") != 0 && strcmp(k, "reldir") != 0;
}

/* Tokens of text[s..e) into *out (capacity *capp, grown as needed: the
 * buffer is the state's, reused from sentence to sentence). */
static int tokenize(tok **out, int *capp, int *n, const char *text, size_t s, size_t e, const tl_lex *lx) {
  int cap = *capp, count = 0;
  tok *v = *out;
  if (!v || cap < 64) {
    free(v);
    cap = 64;
    v = malloc((size_t)cap * sizeof *v);
    *out = v;
    *capp = v ? cap : 0;
    if (!v)
      return TL_ENOMEM;
  }
  size_t i = s;
  int sp = 1;
  while (i < e) {
    unsigned char ch = (unsigned char)text[i];
    char ascii = 0;
    int tb = ch == 0xe2 || ch == 0xc2 ? typographic(text + i, e - i, &ascii) : 0;
    if ((bytes[ch] & B_SPACE) || ascii == ' ') {
      sp = 1;
      i += tb ? (size_t)tb : 1;
      continue;
    }
    if (count == cap) {
      tok *nv = realloc(v, (size_t)cap * 2 * sizeof *nv);
      if (!nv)
        return TL_ENOMEM; /* the state still owns v */
      cap *= 2;
      v = nv;
      *out = v;
      *capp = cap;
    }
    tok *t = &v[count++];
    t->kind = 0;
    t->cap = 0;
    t->num = 0;
    t->ndig = 0;
    t->grouped = 0;
    t->pc = 0;
    t->start = i;
    t->sp = sp;
    sp = 0;
    if (bytes[ch] & B_DIGIT) {
      t->kind = T_NUM;
      while (i < e && (bytes[(unsigned char)text[i]] & B_DIGIT)) {
        if (t->num < 100000000)
          t->num = t->num * 10 + (text[i] - '0');
        t->ndig++;
        i++;
        /* "1,000 days": a comma before exactly three digits groups them */
        if (t->ndig <= 3 && i + 3 < e && text[i] == ',' && (bytes[(unsigned char)text[i + 1]] & B_DIGIT) &&
            (bytes[(unsigned char)text[i + 2]] & B_DIGIT) && (bytes[(unsigned char)text[i + 3]] & B_DIGIT) &&
            (i + 4 >= e || !(bytes[(unsigned char)text[i + 4]] & B_DIGIT))) {
          t->grouped = 1;
          t->ndig++; /* the comma */
          i++;
        }
      }
    } else if (tb) {
      t->kind = T_PUNCT;
      t->pc = ascii;
      i += (size_t)tb;
    } else if ((bytes[ch] & B_ALPHA) || ch >= 0x80) {
      t->kind = T_WORD;
      t->cap = (bytes[ch] & B_UPPER) != 0;
      while (i < e) {
        unsigned char b = (unsigned char)text[i];
        if (!(bytes[b] & B_ALPHA) && (b < 0x80 || ((b == 0xe2 || b == 0xc2) && typographic(text + i, e - i, &ascii))))
          break;
        i++;
      }
    } else {
      t->kind = T_PUNCT;
      t->pc = (char)ch;
      i++;
    }
    t->end = i;
    size_t n = t->end - t->start;
    if (n >= sizeof t->low)
      n = sizeof t->low - 1;
    memset(t->low, 0, 8); /* is_word() compares the first eight bytes at once */
    if (t->pc)
      t->low[0] = t->pc, n = 1; /* typographic punctuation in its ASCII form */
    else
      for (size_t k = 0; k < n; k++) {
        unsigned char b = (unsigned char)text[t->start + k];
        t->low[k] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b); /* ASCII: no locale lookup per byte */
      }
    t->low[n] = '\0';
    t->len = (unsigned char)n;
    tok_classes(t, lx);
    if (t->kind == T_WORD && n == 9 && memcmp(t->low, "fortnight", 9) == 0 && (!t->cap || count == 1)) {
      /* "a fortnight", "the past fortnight": two weeks, read as the
       * number 2 (over "a", or over the word itself) and "weeks" */
      if (count == cap) {
        tok *nv = realloc(v, (size_t)cap * 2 * sizeof *nv);
        if (!nv)
          return TL_ENOMEM;
        cap *= 2;
        v = nv;
        *out = v;
        *capp = cap;
        t = &v[count - 1];
      }
      tok *num = t;
      if (count >= 2 && (strcmp(t[-1].low, "a") == 0 || strcmp(t[-1].low, "one") == 0)) {
        num = t - 1;
      } else {
        t = &v[count++];
        *t = *num;
      }
      num->kind = T_NUM;
      num->num = 2;
      num->ndig = 1;
      memset(num->low, 0, 8);
      num->low[0] = '2', num->len = 1;
      t->kind = T_WORD;
      t->sp = 1;
      memset(t->low, 0, 8);
      memcpy(t->low, "weeks", 6);
      t->len = 5;
      tok_classes(num, lx);
      tok_classes(t, lx);
    }
  }
  /* distance to the next number or temporal word */
  for (int k = count - 2; k >= 0; k--)
    if (v[k].near && v[k + 1].near < NEAR_MAX + 1)
      v[k].near = (unsigned char)(v[k + 1].near + 1);
  *n = count;
  return 0;
}

static int push(tl_timex_list *l, const tl_timex *x) {
  if (l->count == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 16;
    tl_timex *nv = realloc(l->items, nc * sizeof *nv);
    if (!nv)
      return TL_ENOMEM;
    l->items = nv;
    l->cap = nc;
  }
  l->items[l->count++] = *x;
  return 0;
}

void tl_timex_state_init(tl_timex_state *st) {
  st->last_day = TL_DAY_NONE;
  st->last_named = 0;
  st->last_at = TL_DAY_NONE;
  st->last_gran = TL_GRAN_NONE;
  st->q_year = st->q = 0;
  st->toks = NULL;
  st->toks_cap = 0;
}

void tl_timex_state_free(tl_timex_state *st) {
  free(st->toks);
  st->toks = NULL;
  st->toks_cap = 0;
}

/* ---- ranges of days -------------------------------------------------------- */

/* The word that joins two days of a range: "June 5 to 7", "between June 5
 * and 7", "5 through 7 June" */
static int range_word(const ctx *c, int i) {
  return is(c, i, "to") || is(c, i, "through") || is(c, i, "thru") || is(c, i, "until") || is(c, i, "till") ||
         is(c, i, "and");
}

/* What may follow the bare last day of "June 5 to 7" and leave it a day:
 * the end of the sentence, a mark, a year or a preposition ("June 5 to 7
 * in Geneva"); "June 5 to 7 million viewers" is no range.  After a dash,
 * "June 5-7", anything but a time, a fraction or a percentage ("the June
 * 5-7 summit"). */
static int range_tail(const ctx *c, int i, int dash) {
  if (i >= c->n)
    return 1;
  if (c->t[i].kind == T_PUNCT)
    return !(glued(c, i) && (punct(c, i, ':') || punct(c, i, '-') || punct(c, i, '/') || punct(c, i, '%')));
  if (c->t[i].kind == T_NUM)
    return year_at(c, i);
  if (is(c, i, "percent") || is(c, i, "per"))
    return 0;
  return dash || is(c, i, "in") || is(c, i, "at") || is(c, i, "on") || is(c, i, "with") || is(c, i, "for") ||
         is(c, i, "when") || is(c, i, "before") || is(c, i, "after") || is(c, i, "while") || is(c, i, "and") ||
         is(c, i, "to") || is(c, i, "of") || is(c, i, "as") || is(c, i, "but");
}

/* The day of the month of day d. */
static int mday_of(tl_day d) {
  int y, m, md;
  tl_day_to_ymd(d, &y, &m, &md);
  return md;
}

/* The token of the last day of a range whose first day the date just
 * matched ends at token j with day d ("June 5-7": j is the dash), or -1. */
static int range_end_at(const ctx *c, int j, int d) {
  int dash = punct(c, j, '-') && glued(c, j) && glued(c, j + 1);
  if (!dash && !range_word(c, j))
    return -1;
  int k = j + 1, e = mday_at(c, k);
  if (e <= d || (k + 1 < c->n && glued(c, k + 1) && (is(c, k + 1, "st") || is(c, k + 1, "nd") || is(c, k + 1, "rd") ||
                                                     is(c, k + 1, "th"))))
    return -1;
  return range_tail(c, k + 1, dash) ? k : -1;
}

/* The day of a range ending at token k: the first day's month and year
 * ("June 5-7"), or the year written after it ("June 5-7, 2025"), which
 * then also applies to the first day (*first).  Returns the tokens used
 * from k. */
static int range_end(ctx *c, int k, tl_timex *first) {
  int y, m, d, used = 1;
  tl_day_to_ymd(first->span.first, &y, &m, &d);
  int yk = punct(c, k + 1, ',') ? k + 2 : k + 1, e = (int)c->t[k].num;
  int year = strcmp(first->rule, "month_day") == 0 && year_at(c, yk);
  if (year) {
    y = (int)c->t[yk].num;
    used = yk - k + 1;
  }
  if (!tl_ymd_valid(y, m, d) || !tl_ymd_valid(y, m, e))
    return 0;
  if (year) {
    tl_day f = tl_day_from_ymd(y, m, d);
    timex_day(first, f);
    first->rule = "month_day_year";
    first->relative = 0;
    first->anchor = TL_DAY_NONE;
    first->tense = TL_TENSE_NONE;
  }
  c->cur = *first;
  tl_day day = tl_day_from_ymd(y, m, e);
  set_day(c, day);
  c->cur.rule = "day_range_end";
  c->cur.start = c->t[k].start;
  c->cur.end = c->t[k + used - 1].end;
  return used;
}

/* Remembers an expression for the anaphoric ones after it. */
static void note_last(tl_timex_state *st, const tl_timex *x) {
  if (x->type != TL_TIMEX_DURATION && x->type != TL_TIMEX_SET && x->span.first != TL_DAY_NONE &&
      x->span.gran <= TL_GRAN_YEAR) {
    st->last_at = x->span.first;
    st->last_gran = x->span.gran;
  }
  if ((x->type == TL_TIMEX_DATE || x->type == TL_TIMEX_TIME) && x->span.first != TL_DAY_NONE &&
      x->span.gran <= TL_GRAN_DAY) {
    st->last_day = x->span.first;
    st->last_named = x->rule && (strncmp(x->rule, "month_day", 9) == 0 || strcmp(x->rule, "iso_date") == 0 ||
                                 strcmp(x->rule, "slash_date") == 0 || strcmp(x->rule, "day_range_end") == 0);
  }
}

/* "5-7 June", "between 5 and 7 June": at token i the first day of a range
 * whose last day, at token k, starts a date; 0 if not. */
static int range_start_at(const ctx *c, int i) {
  int d = mday_at(c, i);
  if (!d || i + 2 >= c->n)
    return 0;
  int dash = punct(c, i + 1, '-') && glued(c, i + 1) && glued(c, i + 2);
  if (!dash && !range_word(c, i + 1))
    return 0;
  int k = i + 2;
  return mday_at(c, k) > d && (month_at(c, k + 1) || (is(c, k + 1, "of") && month_at(c, k + 2))) ? k : 0;
}

/* "from Monday to Wednesday", "Tuesday through Thursday", "between
 * Friday and Sunday": the second day is the first of its name after the
 * first, whatever the tense said (c->cur, n tokens from token k, is the
 * second; the first is the last expression of out) */
static void weekday_range_end(ctx *c, tl_timex_list *out, int k, int n) {
  if (!c->cur.rule || strcmp(c->cur.rule, "weekday") != 0 || !out->count || k < 2 ||
      c->cur.span.first == TL_DAY_NONE || !weekday_at(c, k) || n != 1)
    return;
  tl_timex *p = &out->items[out->count - 1];
  if (!p->rule || strcmp(p->rule, "weekday") != 0 || p->end != c->t[k - 2].end || p->span.first == TL_DAY_NONE)
    return;
  int between = 0;
  for (int b = k - 3; b >= 0 && b >= k - 5 && !between; b--)
    between = is(c, b, "between");
  if (!(is(c, k - 1, "to") || is(c, k - 1, "until") || is(c, k - 1, "through") || is(c, k - 1, "till") ||
        punct(c, k - 1, '-') || (between && is(c, k - 1, "and"))))
    return;
  long diff = ((long)(c->cur.span.first - p->span.first) % 7 + 7) % 7;
  tl_day day = p->span.first + (diff ? diff : 7);
  if (day == c->cur.span.first)
    return;
  if (c->dct != TL_DAY_NONE && c->cur.tense == TL_TENSE_PAST && day > c->dct && p->relative) {
    /* a past range that read across publication: the week before */
    const char *prule = p->rule;
    timex_day(p, p->span.first - 7);
    p->rule = prule;
    day -= 7;
  }
  const char *rule = c->cur.rule;
  timex_day(&c->cur, day);
  c->cur.rule = rule;
  c->cur.anchor = p->span.first;
}

int tl_timex_tag_sentence(tl_timex_list *out, const char *text, size_t start, size_t end,
                          tl_day dct, tl_timex_state *st) {
  ctx c = {.text = text, .dct = dct, .st = st};
  static const tl_lex *_Atomic lx, *_Atomic tense_lx;
  c.lx = tl_lex_cached(&lx, "timex.tsv");
  c.tense_lx = tl_lex_cached(&tense_lx, "tense.tsv");
  if (!c.lx || !c.tense_lx)
    return tl_error_set(TL_ENOTFOUND, "temporal lexicon missing");
  pthread_once(&anchors_once, anchors_build);
  if (!sentence_may_tag(text, start, end))
    return 0;
  tok *buf = st->toks;
  int rc = tokenize(&buf, &st->toks_cap, &c.n, text, start, end, c.lx);
  st->toks = buf;
  c.t = buf;
  if (rc)
    return rc;
  for (int i = 0; i < c.n;) {
    int used = 0;
    /* only numbers and words of the temporal lexicon (which lists the
     * words that start a rule, class "starter") can begin an expression */
    int apostrophe_year = punct(&c, i, '\'') && i + 1 < c.n && glued(&c, i + 1) && c.t[i + 1].kind == T_NUM &&
                          c.t[i + 1].ndig == 2; /* "'08", "the '90s" */
    if ((c.t[i].kind == T_PUNCT && !apostrophe_year) || (c.t[i].kind == T_WORD && !c.t[i].lex) ||
        c.t[i].near > NEAR_MAX) {
      i++;
      continue;
    }
    int k = c.t[i].kind == T_NUM ? range_start_at(&c, i) : 0;
    if (k) { /* "5-7 June": the date at k, and its first day at i */
      cur_reset(&c);
      int n = r_month(&c, k);
      if (n > 0 && c.cur.span.gran == TL_GRAN_DAY) {
        tl_timex last = c.cur;
        last.start = c.t[k].start;
        last.end = c.t[k + n - 1].end;
        if (last.relative && last.anchor == TL_DAY_NONE)
          last.anchor = dct;
        int y, m, d;
        tl_day_to_ymd(last.span.first, &y, &m, &d);
        tl_timex first = last;
        tl_day day = tl_day_from_ymd(y, m, (int)c.t[i].num);
        timex_day(&first, day);
        first.rule = "day_range_start";
        first.start = c.t[i].start;
        first.end = c.t[i].end;
        note_last(st, &last);
        if (push(out, &first) || push(out, &last))
          return TL_ENOMEM;
        i = k + n;
        continue;
      }
    }
    for (size_t r = 0; r < sizeof rules / sizeof rules[0] && !used; r++) {
      cur_reset(&c);
      used = rules[r](&c, i);
    }
    if (!used) {
      i++;
      continue;
    }
    if (used < 0) {
      i += -used; /* matched something that is not a timex */
      continue;
    }
    /* Trim leading function words TimeML leaves outside ("on", "late on"
     * keeps "late"). */
    int first = i + (c.trim < used ? c.trim : 0);
    if (is(&c, first, "on") && used > 1)
      first++;
    c.cur.start = c.t[first].start;
    c.cur.end = c.t[i + used - 1].end;
    if (c.cur.relative && c.cur.anchor == TL_DAY_NONE)
      c.cur.anchor = dct;
    weekday_range_end(&c, out, first, used - (first - i));
    i += used;
    /* "June 5-7", "from Dec. 4 to 6": the last day of the range too */
    if (c.cur.rule && strncmp(c.cur.rule, "month_day", 9) == 0 && c.cur.span.gran == TL_GRAN_DAY &&
        (k = range_end_at(&c, i, mday_of(c.cur.span.first))) > 0) {
      tl_timex first = c.cur;
      int n = range_end(&c, k, &first);
      if (n > 0) {
        note_last(st, &c.cur);
        if (push(out, &first) || push(out, &c.cur))
          return TL_ENOMEM;
        i = k + n;
        continue;
      }
      c.cur = first;
    }
    /* "the Taliban said on Monday": the day of a report is not the day
     * the story is about ("the quake hit at 11:47 p.m." in the next
     * sentence is Sunday's, not Monday's), unless it is the only one */
    int report_date = first > 0 && (reporting_at(&c, first - 1) ||
                                    (is(&c, first - 1, "on") && first > 1 && reporting_at(&c, first - 2)));
    /* nor is a deadline's ("talks overran their Friday deadline"), nor
     * the date that names an event told before ("after the coalition's
     * defeat in the May 3 election. ... sworn in on the same day": the
     * day of the story, not May 3) */
    int deadline = is(&c, i, "deadline") || is(&c, i, "deadlines");
    int names_event = c.cur.rule && strcmp(c.cur.rule, "month_day") == 0 && first > 0 && is(&c, first - 1, "the") &&
                      i < c.n && c.t[i].kind == T_WORD && !c.t[i].cap && !is(&c, i, "and") && !is(&c, i, "or") &&
                      !is(&c, i, "to") && !is(&c, i, "of") && !is(&c, i, "at") && !is(&c, i, "in") &&
                      !is(&c, i, "on") && !is(&c, i, "for") && !is(&c, i, "by");
    if ((!report_date && !deadline && !names_event) || st->last_day == TL_DAY_NONE)
      note_last(st, &c.cur);
    if (push(out, &c.cur))
      return TL_ENOMEM;
  }
  return 0;
}

int tl_timex_tag(tl_timex_list *out, const char *text, size_t len, tl_day dct) {
  tl_sentence *s = NULL;
  size_t n = 0;
  int rc = tl_sentences_split(&s, &n, text, len);
  if (rc)
    return rc;
  tl_timex_state st;
  tl_timex_state_init(&st);
  for (size_t i = 0; i < n && !rc; i++)
    rc = tl_timex_tag_sentence(out, text, s[i].start, s[i].end, dct, &st);
  tl_timex_state_free(&st);
  free(s);
  return rc;
}

void tl_timex_list_free(tl_timex_list *l) {
  if (!l)
    return;
  free(l->items);
  l->items = NULL;
  l->count = l->cap = 0;
}

const char *tl_timex_type_name(tl_timex_type t) {
  static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
  return (unsigned)t < 4 ? names[t] : "DATE";
}

const char *tl_tense_name(tl_tense t) {
  static const char *const names[] = {"none", "past", "present", "future"};
  return (unsigned)t < 4 ? names[t] : "none";
}
