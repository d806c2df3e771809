/*
 * pipeline.c - the build pipeline.  Owns the per-build state: the open
 * batch transaction and the statistics.  Each article runs inside a
 * SAVEPOINT, so a failure rolls back that article only; the batch commits
 * every `batch` articles, so a crash loses at most the open batch and never
 * leaves half an article in the database.
 */
#include "timeline/pipeline.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "timeline/error.h"
#include "util.h"

struct tl_builder {
  tl_store *store;
  tl_build_opts opts;
  tl_build_stats st;
  size_t in_batch;
  int open;
  int marked; /* the pending-resolution flag is set in this transaction */
  int fatal; /* database error: stop */
};

static void warn(const tl_build_opts *o, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void warn(const tl_build_opts *o, const char *where, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (o && o->on_warning)
    o->on_warning(where, msg, o->ud);
}

int tl_article_process(tl_processed *out, tl_article *a, const tl_build_opts *o) {
  memset(out, 0, sizeof *out);
  int rc = tl_clean_text(&out->text, &out->len, a->text ? a->text : "", a->text_len, &out->clean);
  if (rc)
    return rc;
  if (out->clean.invalid_bytes)
    warn(o, a->path ? a->path : a->id, "invalid UTF-8 at byte %zu (%zu byte%s replaced by U+FFFD)",
         out->clean.first_invalid, out->clean.invalid_bytes, out->clean.invalid_bytes == 1 ? "" : "s");
  if (out->len == 0)
    return tl_error_set(TL_EEMPTY, "no article text left after cleaning");
  if (a->published == TL_DAY_NONE) {
    tl_day today = o && o->today != TL_DAY_NONE ? o->today : TL_DAY_NONE;
    tl_day d = tl_article_dateline(out->text, out->len, today);
    if (d != TL_DAY_NONE) {
      a->published = d;
      a->pub_origin = TL_PUB_DATELINE;
    } else if (o && o->published != TL_DAY_NONE) {
      a->published = o->published;
      a->pub_origin = TL_PUB_OPTION;
    }
  }
  if (!a->title || !*a->title) {
    const char *nl = memchr(out->text, '\n', out->len);
    size_t n = nl ? (size_t)(nl - out->text) : out->len;
    free(a->title);
    a->title = tl_strndup(out->text, n > 200 ? 200 : n);
  }
  char pub[11] = "";
  tl_day_format(pub, a->published);
  uint64_t h = tl_hash64(out->text, out->len, TL_HASH_SEED);
  h = tl_hash64(pub, strlen(pub), h);
  snprintf(out->hash, sizeof out->hash, "%016llx", (unsigned long long)h);
  return tl_extract(&out->x, out->text, out->len, a->published);
}

void tl_processed_free(tl_processed *p) {
  if (!p)
    return;
  free(p->text);
  tl_extraction_free(&p->x);
  memset(p, 0, sizeof *p);
}

static int exec_savepoint(tl_store *s, const char *what);

static int on_article(tl_article *a, void *ud) {
  tl_builder *b = ud;
  const char *where = a->path ? a->path : a->id;
  tl_processed p;
  b->st.read++;
  size_t max = b->opts.max_bytes ? b->opts.max_bytes : TL_MAX_ARTICLE;
  if (a->text_len > max) {
    b->st.failed++;
    b->st.errors++;
    if (b->opts.on_error) {
      char msg[160];
      snprintf(msg, sizeof msg, "article of %zu bytes is longer than the %zu-byte limit; skipped", a->text_len, max);
      b->opts.on_error(where, msg, b->opts.ud);
    }
    return 0;
  }
  int rc = tl_article_process(&p, a, &b->opts);
  if (rc) {
    b->st.failed++;
    b->st.errors++;
    if (b->opts.on_error)
      b->opts.on_error(where, rc == TL_ENOMEM ? "out of memory" : tl_error_last(), b->opts.ud);
    tl_processed_free(&p);
    return 0;
  }
  /* the status is read inside the write transaction: another build of the
   * same database may have stored this article a moment ago */
  if (!b->open) {
    if ((rc = tl_store_begin(b->store)))
      goto dberr;
    b->open = 1;
  }
  tl_art_status status;
  if ((rc = tl_store_article_status(b->store, a->id, p.hash, &status)))
    goto dberr;
  if (status == TL_ART_SAME || status == TL_ART_DUPLICATE) {
    if (status == TL_ART_SAME)
      b->st.unchanged++;
    else
      b->st.duplicates++;
    tl_processed_free(&p);
    goto progress;
  }
  if (a->published == TL_DAY_NONE) {
    b->st.undated++;
    warn(&b->opts, where, "no publication date (metadata, dateline or --published); relative dates left unresolved");
  }
  if (!b->marked) {
    /* in the batch's transaction: a crash before the resolver finishes
     * leaves the flag, and the next build resolves */
    if ((rc = tl_store_set_pending(b->store, 1)))
      goto dberr;
    b->marked = 1;
  }
  if ((rc = exec_savepoint(b->store, "SAVEPOINT article")))
    goto dberr;
  rc = tl_store_put_article(b->store, a, p.hash, p.text, &p.x);
  if (rc) {
    char msg[600];
    snprintf(msg, sizeof msg, "not stored: %s", tl_error_last());
    exec_savepoint(b->store, "ROLLBACK TO article");
    exec_savepoint(b->store, "RELEASE article");
    b->st.failed++;
    b->st.errors++;
    if (b->opts.on_error)
      b->opts.on_error(where, msg, b->opts.ud);
    tl_processed_free(&p);
    /* a full disk or a read-only database will fail every article */
    b->fatal = 1;
    return 1;
  }
  if ((rc = exec_savepoint(b->store, "RELEASE article")))
    goto dberr;
  if (status == TL_ART_CHANGED)
    b->st.changed++;
  else
    b->st.added++;
  b->st.mentions += p.x.nmentions;
  tl_processed_free(&p);
progress:
  /* every article read counts towards the batch, stored or not, so that
   * the write lock is given up regularly */
  if (b->open && ++b->in_batch >= (b->opts.batch ? b->opts.batch : 256)) {
    if ((rc = tl_store_commit(b->store))) {
      b->fatal = 1;
      b->st.errors++;
      if (b->opts.on_error)
        b->opts.on_error(where, tl_error_last(), b->opts.ud);
      return 1;
    }
    b->open = 0;
    b->in_batch = 0;
    b->marked = 0;
  }
  if (b->opts.on_progress)
    b->opts.on_progress(b->st.read, b->opts.ud);
  return 0;
dberr:
  tl_processed_free(&p);
  b->st.failed++;
  b->st.errors++;
  b->fatal = 1;
  if (b->opts.on_error)
    b->opts.on_error(where, tl_error_last(), b->opts.ud);
  return 1; /* stop: the database is not usable */
}

/* Savepoints hold no user text: the names are constants. */
static int exec_savepoint(tl_store *s, const char *what) { return tl_store_exec_const(s, what); }

static void on_ingest_error(const char *where, const char *msg, void *ud) {
  tl_builder *b = ud;
  b->st.errors++;
  if (b->opts.on_error)
    b->opts.on_error(where, msg, b->opts.ud);
}

int tl_builder_new(tl_builder **out, tl_store *s, const tl_build_opts *o) {
  tl_builder *b = calloc(1, sizeof *b);
  if (!b)
    return TL_ENOMEM;
  b->store = s;
  if (o)
    b->opts = *o;
  else {
    b->opts.published = TL_DAY_NONE;
    b->opts.today = TL_DAY_NONE;
  }
  *out = b;
  return 0;
}

int tl_builder_add_buffer(tl_builder *b, const char *name, const char *data, size_t len, tl_format fmt) {
  if (b->fatal)
    return TL_EDB;
  tl_ingest in = {.on_article = on_article, .on_error = on_ingest_error, .ud = b};
  int rc = tl_ingest_buffer(&in, name, data, len, fmt);
  return b->fatal ? TL_EDB : rc;
}

int tl_builder_add_path(tl_builder *b, const char *path) {
  if (b->fatal)
    return TL_EDB;
  tl_ingest in = {.on_article = on_article, .on_error = on_ingest_error, .ud = b};
  int rc = tl_ingest_path(&in, path);
  return b->fatal ? TL_EDB : rc;
}

int tl_resolve_store(tl_store *s, size_t *nevents, size_t *changed, size_t *merged) {
  tl_rmention *m = NULL;
  size_t n = 0;
  tl_event_list ev = {0};
  /* one write transaction from reading the mentions to writing the
   * events: another build cannot slip articles in between and then find
   * its pending flag cleared */
  int rc = tl_store_begin(s);
  if (rc)
    return rc;
  if ((rc = tl_store_load_mentions(s, &m, &n)) || (rc = tl_resolve(&ev, m, n)) ||
      (rc = tl_store_save_events(s, &ev, m, changed)) || (rc = tl_store_set_pending(s, 0))) {
    tl_store_rollback(s);
    goto done;
  }
  if ((rc = tl_store_commit(s)))
    goto done;
  if (nevents)
    *nevents = ev.n;
  if (merged) {
    size_t members = 0;
    for (size_t i = 0; i < ev.n; i++)
      members += ev.v[i].nmembers;
    *merged = members - ev.n;
  }
done:
  tl_event_list_free(&ev);
  tl_rmentions_free(m, n);
  return rc;
}

int tl_builder_finish(tl_builder *b, tl_build_stats *st) {
  int rc = 0;
  if (b->open) {
    if (b->fatal)
      tl_store_rollback(b->store);
    else
      rc = tl_store_commit(b->store);
    b->open = 0;
  }
  int pending = 0;
  if (!rc && !b->fatal && tl_store_get_pending(b->store, &pending))
    rc = TL_EDB;
  if (!rc && !b->fatal && (b->st.added || b->st.changed || pending)) {
    rc = tl_resolve_store(b->store, &b->st.events, &b->st.events_changed, &b->st.merged);
  } else if (!rc) {
    long a, m, e;
    if (tl_store_counts(b->store, &a, &m, &e) == 0)
      b->st.events = (size_t)e;
  }
  if (st)
    *st = b->st;
  return b->fatal ? TL_EDB : rc;
}

void tl_builder_free(tl_builder *b) {
  if (!b)
    return;
  if (b->open)
    tl_store_rollback(b->store);
  free(b);
}
