/*
 * resolve.h - the resolver: clusters event mentions from all articles into
 * events.  Works on plain arrays (loaded and saved by the store), so it is
 * testable without a database.
 *
 * Rules: dates are a hard constraint.  Each event has a date window: the
 * day of its single-day mentions, widened only by a mention the text says
 * spans several days ("a third consecutive day").  A mention joins only
 * inside the window and single days never widen it, so two different days
 * can never be chained into one event through a third mention.  Types must be
 * compatible, places compatible (equal or contained), and there must be
 * positive evidence: a shared participant, the same place, or shared
 * words in the evidence.  A mention dated only by its report ("said on
 * Friday that talks were held") first looks for a matching event in the
 * two weeks up to the report.
 */
#ifndef TIMELINE_RESOLVE_H
#define TIMELINE_RESOLVE_H

#include <stddef.h>
#include <stdint.h>

#include "timeline/date.h"

/* A reported event ("said on Friday that talks were held") is looked for
 * this many days before the report. */
#define TL_REPORT_WINDOW 14

typedef struct {
  int64_t id;           /* mentions.id */
  int64_t article_id;
  char *article_ext;    /* article's external id (for stable uids) */
  char *source;         /* outlet (source_count) */
  char type[24];
  char trigger[32];
  tl_span date;
  int reported;         /* date is an upper bound */
  int planned;
  int vague;            /* relative week/month/year: joins, never founds an event */
  char *place;
  const char *place_key; /* set by tl_resolve: one pointer per distinct place (not owned) */
  const char *own_name;  /* set by tl_resolve: the name the trigger is part of ("Eaton fire"), or NULL */
  int storm;             /* set by tl_resolve: 1 when a participant's name is a storm's ("Hurricane Beryl") */
  const void *kind_key;  /* set by tl_resolve: one pointer per distinct (type, trigger) */
  const char *family;    /* set by tl_resolve: tl_lemma_family(trigger) */
  int64_t side_from, side_to; /* set by tl_resolve: an attack's countries before and after its active
                                 verb ("Israel struck Iran": Israel's and Iran's ids), else 0 */
  double confidence;
  int64_t *pids;        /* participant ids */
  char **pnames;        /* display names */
  int *pkinds;          /* tl_ent_kind */
  int *pweak;           /* 1: inherited from the article, weaker evidence */
  long *ppos;           /* byte offset of each name in the article, -1 inherited */
  size_t nparts;
  size_t sent_start, trig_start;
  size_t trig_end;      /* end of the trigger's words (0: unknown, the first word's) */
  char *sentence;       /* evidence, for word overlap */
  char *story;          /* what its article is about (articles.keys: participant keys, '@' and
                           places, one per line), or NULL: not known */
  int story_shared;     /* story belongs to the mention before (same article): not freed */
  uint64_t *skeys;      /* set by tl_resolve when asked: hashes of story's lines, sorted */
  size_t nskeys;
  int skeys_set;
} tl_rmention;

typedef struct {
  char uid[32];
  char *title;
  char type[24];
  tl_span date;
  char *place;
  double lat, lon;
  int has_geo;
  int planned;
  double confidence;
  size_t *members;      /* indices into the mention array */
  char **reasons;       /* why each member joined */
  size_t nmembers;
  int source_count;
  double salience;      /* sources, mentions and headline presence: higher is more important */
  char *conflict;       /* sources disagreeing on the date, or NULL */
  int64_t *pids;        /* participants, most mentioned first */
  int *pcounts;
  size_t nparts;
} tl_event;

typedef struct {
  tl_event *v;
  size_t n, cap;
} tl_event_list;

/* Clusters m[0..n) (any order) into events.  Returns 0 or TL_ENOMEM. */
int tl_resolve(tl_event_list *out, tl_rmention *m, size_t n);
void tl_event_list_free(tl_event_list *l);
void tl_rmentions_free(tl_rmention *m, size_t n);

#endif
