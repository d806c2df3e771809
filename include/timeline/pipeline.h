/*
 * pipeline.h - `timeline build` as a library call: ingest -> clean ->
 * timex -> extract -> store (one transaction per batch, one savepoint per
 * article) -> resolve.  A bad article is reported and skipped; the rest of
 * its batch is kept.
 */
#ifndef TIMELINE_PIPELINE_H
#define TIMELINE_PIPELINE_H

#include <stddef.h>

#include "timeline/article.h"
#include "timeline/clean.h"
#include "timeline/extract.h"
#include "timeline/ingest.h"
#include "timeline/store.h"

/* Articles per transaction by default.  A batch is what a crash can lose
 * (the next build reads those articles again).  Each commit writes every
 * index page the batch touched; with keys spread over the whole index
 * (dates, hashes), larger batches write each page once for more articles,
 * which keeps the cost per article flat as the database grows. */
#define TL_BATCH_DEFAULT 4096

typedef struct {
  tl_day published;  /* --published: date for articles with none, or TL_DAY_NONE */
  tl_day today;      /* reference for datelines without a year */
  size_t batch;      /* articles per transaction (0 = TL_BATCH_DEFAULT) */
  size_t max_bytes;  /* longest article accepted (0 = TL_MAX_ARTICLE) */
  int threads;       /* cleaning/extraction threads (0 = one per core, or
                        $TIMELINE_THREADS; 1 = none) */
  int reextract;     /* store again an article whose text is unchanged (new
                        rules of extraction for articles already stored) */
  tl_diag_fn on_error;   /* failures (count towards exit status 1) */
  tl_diag_fn on_warning; /* repaired or incomplete input */
  void (*on_progress)(size_t done, void *ud);
  void *ud;
} tl_build_opts;

typedef struct {
  size_t read, added, changed, unchanged, duplicates, failed, undated;
  size_t mentions, events, events_changed;
  size_t merged; /* mentions that joined an event another mention started */
  size_t reread; /* mentions the resolver read back: those on the dates that changed */
  int errors; /* inputs or records that failed */
} tl_build_stats;

/* One article after cleaning and extraction (no database involved). */
typedef struct {
  char *text; /* cleaned text */
  size_t len;
  char hash[17];
  tl_clean_stats clean;
  tl_extraction x;
} tl_processed;

/* Fills defaults (publication date from dateline/option, title from the
 * first line), cleans and extracts.  Free with tl_processed_free. */
int tl_article_process(tl_processed *out, tl_article *a, const tl_build_opts *o);
void tl_processed_free(tl_processed *p);

typedef struct tl_builder tl_builder;

int tl_builder_new(tl_builder **out, tl_store *s, const tl_build_opts *o);
/* A file, directory or "-". */
int tl_builder_add_path(tl_builder *b, const char *path);
/* One article (the builder takes its strings and clears it), e.g. one
 * read back from the store by tl_store_get_article. */
int tl_builder_add_article(tl_builder *b, tl_article *a);
/* Articles from a buffer of the given format; name labels messages. */
int tl_builder_add_buffer(tl_builder *b, const char *name, const char *data, size_t len, tl_format fmt);
/* Commits the last batch and re-resolves the timeline when anything
 * changed (or when an earlier build was interrupted before resolving).
 * Fills st. */
int tl_builder_finish(tl_builder *b, tl_build_stats *st);
void tl_builder_free(tl_builder *b); /* NULL-safe; rolls back an open batch */

/* Re-resolves the mentions on the dates that changed since the last
 * resolve (the spans in resolve_dirty, schema 009) into events, in one
 * transaction: mentions and events elsewhere are not read.  *reread
 * receives how many mentions were read back.  tl_store_mark_all_dirty
 * first makes it a full re-resolve. */
int tl_resolve_store(tl_store *s, size_t *events, size_t *changed, size_t *merged, size_t *reread);

#endif
