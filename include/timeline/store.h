/*
 * store.h - the SQLite store: the only module that includes sqlite3.h.
 *
 * Opening applies schema/NNN_*.sql migrations in order by PRAGMA
 * user_version inside one transaction, and sets WAL, foreign keys and a
 * busy timeout.  Every statement is prepared once per handle and reused;
 * every value is a bound parameter.
 */
#ifndef TIMELINE_STORE_H
#define TIMELINE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "timeline/article.h"
#include "timeline/extract.h"
#include "timeline/resolve.h"

typedef struct tl_store tl_store;

typedef enum {
  TL_ART_NEW,       /* stored for the first time */
  TL_ART_CHANGED,   /* same id, new content: earlier extraction replaced */
  TL_ART_SAME,      /* same id and content: nothing to do */
  TL_ART_DUPLICATE  /* same content already stored under another id */
} tl_art_status;

int tl_store_open(tl_store **out, const char *path, int readonly);
void tl_store_close(tl_store *s); /* NULL-safe */

/* The schema version this library writes (the highest schema/NNN). */
int tl_store_schema_version(void);

int tl_store_begin(tl_store *s);
/* Runs a fixed statement such as "SAVEPOINT article".  q must be a string
 * constant of the caller, never built from input. */
int tl_store_exec_const(tl_store *s, const char *q);
int tl_store_commit(tl_store *s);
int tl_store_rollback(tl_store *s);

/* The flag "articles were stored but not yet resolved into events" (set
 * in the same transaction as the articles, cleared with the events). */
int tl_store_set_pending(tl_store *s, int pending);
int tl_store_get_pending(tl_store *s, int *pending);

/* What storing an article with this id and hash would do. */
int tl_store_article_status(tl_store *s, const char *ext_id, const char *hash, tl_art_status *st);

/* Stores the article, its cleaned text, timexes and mentions (replacing an
 * earlier version with the same id).  Call inside a transaction. */
int tl_store_put_article(tl_store *s, const tl_article *a, const char *hash, const char *text,
                         const tl_extraction *x);

/* ---- incremental resolution ----
 * Storing or deleting a mention leaves its date span in resolve_dirty
 * (schema 009).  A resolve reads those spans, selects the mentions and
 * events on their days (tl_store_select), loads the selected mentions,
 * clusters them and replaces the selected events with the result; the
 * rest of the timeline is not read. */

typedef struct {
  tl_day first, last;
  int reported; /* the date is an upper bound: the event may lie before it */
  size_t count; /* how many mentions left this span */
  char type[24];
} tl_dirty;

/* The dirty spans, ordered by first day.  *out is freed with free(). */
int tl_store_dirty(tl_store *s, tl_dirty **out, size_t *n);
/* Marks every mention dirty (a full re-resolve) / clears the spans. */
int tl_store_mark_all_dirty(tl_store *s);
int tl_store_clear_dirty(tl_store *s);
/* The days in [a, b] that have mentions, and how many each (by first day). */
int tl_store_day_counts(tl_store *s, tl_day a, tl_day b, const char *t1, const char *t2, tl_day **days,
                        size_t **counts, size_t *n);

/* Selects the mentions of type t1 or t2 (one class: other types never
 * merge with them) whose dates meet one of the day intervals iv[0..n)
 * (sorted by first day, disjoint), the events of those types on those days, and the events these
 * mentions belong to, and then every mention of the selected events: the
 * selection is closed, so replacing its events loses no mention.  With
 * report_only > 0, reported mentions dated up to that many days after an
 * interval are selected too when their event has no exactly dated
 * mention (an event known only from reports may be the one a newly dated
 * mention describes).  Replaces the previous selection. */
int tl_store_select(tl_store *s, const tl_span *iv, size_t n, const char *t1, const char *t2, int report_only);

/* The selected mentions, for the resolver.  *out is freed with
 * tl_rmentions_free. */
int tl_store_load_mentions(tl_store *s, tl_rmention **out, size_t *n);

/* Replaces the selected events with `events` (inside a transaction).  An
 * event keeps the id of the old event most of its mentions came from; an
 * event whose mentions and content did not change is left as it is;
 * SEQUENCE rises when the dates change; old events that disappear are
 * retired (STATUS:CANCELLED in the calendar).  *changed receives the
 * number of new or changed events. */
int tl_store_save_events(tl_store *s, const tl_event_list *events, const tl_rmention *m, size_t *changed);

/* ---- reading the timeline (show, export, explain) ---- */

typedef struct {
  char *article, *title, *source, *url, *published; /* the article */
  char *sentence, *date_text, *how, *reason, *type, *trigger, *start, *end, *date_kind;
} tl_ev_mention;

typedef struct {
  char *uid, *title, *type, *start, *end, *precision, *place, *updated_at;
  char *conflict;    /* what other sources claim, or NULL */
  double lat, lon, confidence, salience;
  char **related;    /* ids of linked events (same type and place within two days) */
  size_t nrelated;
  int sequence;      /* iCalendar SEQUENCE: rises when the dates change */
  int cancelled;     /* a retired event (merged into another): STATUS:CANCELLED */
  int has_geo, planned, mention_count, source_count;
  char **participants;
  size_t nparts;
  tl_ev_mention *mentions;
  size_t nmentions;
} tl_event_row;

typedef struct {
  const char *from, *to; /* YYYY-MM-DD, inclusive, may be NULL */
  const char *match;     /* substring of title or evidence, may be NULL */
  const char *type;      /* event type, may be NULL */
  const char *place;     /* events at this place or inside it (Florida: Miami too), may be NULL */
  const char *who;       /* events with a participant whose name contains this, may be NULL */
  const char *uid;       /* one event (uid or numeric id), may be NULL */
  int with_mentions;     /* load mentions too */
  int top;               /* keep only the N most salient events (0 = all), in date order */
} tl_filter;

int tl_store_query_events(tl_store *s, const tl_filter *f, tl_event_row **out, size_t *n);

/* The same events, handed to fn a page of `page` rows at a time (0: 1000)
 * and freed after each call, so that an export of any size holds one page
 * of rows.  A non-zero return of fn stops and is returned. */
typedef int (*tl_event_page_fn)(const tl_event_row *rows, size_t n, void *ud);
int tl_store_each_events(tl_store *s, const tl_filter *f, size_t page, tl_event_page_fn fn, void *ud);
/* Events that disappeared (merged into others), as cancelled rows. */
int tl_store_query_retired(tl_store *s, tl_event_row **out, size_t *n);
void tl_event_rows_free(tl_event_row *rows, size_t n);

typedef struct {
  char *id, *title, *source, *url, *published, *pub_origin;
} tl_article_row;

int tl_store_query_articles(tl_store *s, tl_article_row **out, size_t *n);

/* The row ids of every stored article, in order (for reading them again:
 * an article stored again gets a new row, so the ids are taken first). */
int tl_store_article_ids(tl_store *s, int64_t **ids, size_t *n);
/* The stored article of row id, as an article to process again: its id,
 * title, source, url, path, publication date and cleaned text (malloc'd;
 * free with tl_article_clear).  TL_ENOTFOUND when the row is gone. */
int tl_store_get_article(tl_store *s, int64_t id, tl_article *out);
void tl_article_rows_free(tl_article_row *rows, size_t n);

/* Counts for summaries. */
int tl_store_counts(tl_store *s, long *articles, long *mentions, long *events);
/* How many mention-to-event links there are. */
int tl_store_linked(tl_store *s, long *links);

#endif
