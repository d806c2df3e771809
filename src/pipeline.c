/*
 * pipeline.c - the build pipeline.  Owns the per-build state: the open
 * batch transaction and the statistics.  Each article runs inside a
 * SAVEPOINT, so a failure rolls back that article only; the batch commits
 * every `batch` articles, so a crash loses at most the open batch and never
 * leaves half an article in the database.
 *
 * Cleaning and extraction, the costly part, run on worker threads; the
 * thread that reads the input is the only one that touches the database,
 * and it stores the articles in input order.  Jobs go through a ring of
 * RING slots: slot seq % RING holds article number seq from the moment the
 * reader queues it until the reader has stored it.
 */
#include "timeline/pipeline.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#endif

#include "timeline/error.h"
#include "util.h"

#define RING 64
#define MAX_WORKERS 8

typedef struct {
  tl_article a;   /* owned by the job */
  tl_processed p;
  int rc;         /* of tl_article_process */
  int too_big;
  char msg[512];  /* the error, when rc */
  int done;       /* processed, waiting to be stored */
} job;

struct tl_builder {
  tl_store *store;
  tl_build_opts opts;
  tl_build_stats st;
  size_t in_batch;
  int open;
  int marked; /* the pending-resolution flag is set in this transaction */
  int fatal; /* database error: stop */
  /* the worker pool (nworkers == 0: everything on the reader's thread) */
  job ring[RING];
  size_t queued, taken, stored; /* article counts: queued >= taken >= stored */
  int nworkers, quit;
  pthread_t workers[MAX_WORKERS];
  pthread_mutex_t mu;
  pthread_cond_t work, done;
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

/* The costly, thread-safe part: cleaning, dating, extraction. */
static void process_job(const tl_build_opts *o, job *j) {
  size_t max = o->max_bytes ? o->max_bytes : TL_MAX_ARTICLE;
  if (j->a.text_len > max) {
    j->too_big = 1;
    snprintf(j->msg, sizeof j->msg, "article of %zu bytes is longer than the %zu-byte limit; skipped", j->a.text_len,
             max);
    return;
  }
  j->rc = tl_article_process(&j->p, &j->a, o);
  if (j->rc)
    snprintf(j->msg, sizeof j->msg, "%s", j->rc == TL_ENOMEM ? "out of memory" : tl_error_last());
}

/* The reader's part: store one processed article.  Returns 1 to stop
 * (the database is not usable). */
static int store_job(tl_builder *b, job *j) {
  tl_article *a = &j->a;
  const char *where = a->path ? a->path : a->id;
  int rc = 0;
  b->st.read++;
  if (j->too_big || j->rc) {
    b->st.failed++;
    b->st.errors++;
    if (b->opts.on_error)
      b->opts.on_error(where, j->msg, b->opts.ud);
    goto progress;
  }
  /* the status is read inside the write transaction: another build of the
   * same database may have stored this article a moment ago */
  if (!b->open) {
    if ((rc = tl_store_begin(b->store)))
      goto dberr;
    b->open = 1;
  }
  tl_art_status status;
  if ((rc = tl_store_article_status(b->store, a->id, j->p.hash, &status)))
    goto dberr;
  if (status == TL_ART_SAME && b->opts.reextract)
    status = TL_ART_CHANGED; /* the same text, extracted again */
  if (status == TL_ART_SAME || status == TL_ART_DUPLICATE) {
    if (status == TL_ART_SAME)
      b->st.unchanged++;
    else
      b->st.duplicates++;
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
  rc = tl_store_put_article(b->store, a, j->p.hash, j->p.text, &j->p.x);
  if (rc) {
    char msg[600];
    snprintf(msg, sizeof msg, "not stored: %s", tl_error_last());
    exec_savepoint(b->store, "ROLLBACK TO article");
    exec_savepoint(b->store, "RELEASE article");
    b->st.failed++;
    b->st.errors++;
    if (b->opts.on_error)
      b->opts.on_error(where, msg, b->opts.ud);
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
  b->st.mentions += j->p.x.nmentions;
progress:
  /* every article read counts towards the batch, stored or not, so that
   * the write lock is given up regularly */
  if (b->open && ++b->in_batch >= (b->opts.batch ? b->opts.batch : TL_BATCH_DEFAULT)) {
    if ((rc = tl_store_commit(b->store)))
      goto dberr;
    b->open = 0;
    b->in_batch = 0;
    b->marked = 0;
  }
  if (b->opts.on_progress)
    b->opts.on_progress(b->st.read, b->opts.ud);
  return 0;
dberr:
  b->st.failed++;
  b->st.errors++;
  b->fatal = 1;
  if (b->opts.on_error)
    b->opts.on_error(where, tl_error_last(), b->opts.ud);
  return 1; /* stop: the database is not usable */
}

static void job_clear(job *j) {
  tl_article_clear(&j->a);
  tl_processed_free(&j->p);
  memset(j, 0, sizeof *j);
}

/* Workers run a little below the reader's priority.  The reader is the
 * one thread that stores, in input order, so it sets the pace; with as many
 * workers as cores it shared a core with a worker and waited for its turn
 * while the other workers ran out of queued articles.  At nice +5 the
 * scheduler lets the reader run first: 100k articles build in 32 s instead
 * of 42 s on two cores.  Linux gives each thread its own nice value. */
static void lower_priority(void) {
#ifdef __linux__
  id_t tid = (id_t)syscall(SYS_gettid);
  errno = 0;
  int cur = getpriority(PRIO_PROCESS, tid);
  if (cur != -1 || errno == 0)
    setpriority(PRIO_PROCESS, tid, cur + 5);
#endif
}

static void *worker(void *arg) {
  tl_builder *b = arg;
  lower_priority();
  pthread_mutex_lock(&b->mu);
  for (;;) {
    while (!b->quit && b->taken == b->queued)
      pthread_cond_wait(&b->work, &b->mu);
    if (b->taken == b->queued)
      break; /* quit and nothing left */
    job *j = &b->ring[b->taken % RING];
    b->taken++;
    pthread_mutex_unlock(&b->mu);
    process_job(&b->opts, j);
    pthread_mutex_lock(&b->mu);
    j->done = 1;
    pthread_cond_broadcast(&b->done);
  }
  pthread_mutex_unlock(&b->mu);
  return NULL;
}

/* Stores finished jobs in order; with wait, until `until` are stored. */
static int drain(tl_builder *b, size_t until) {
  int stop = 0;
  for (;;) {
    pthread_mutex_lock(&b->mu);
    while (b->stored < until && !b->ring[b->stored % RING].done)
      pthread_cond_wait(&b->done, &b->mu);
    int have = b->stored < until;
    pthread_mutex_unlock(&b->mu);
    if (!have)
      break;
    job *j = &b->ring[b->stored % RING];
    if (!stop && !b->fatal)
      stop = store_job(b, j);
    job_clear(j);
    pthread_mutex_lock(&b->mu);
    b->stored++;
    pthread_mutex_unlock(&b->mu);
  }
  return stop;
}

static int on_article(tl_article *a, void *ud) {
  tl_builder *b = ud;
  if (b->nworkers == 0) {
    job j;
    memset(&j, 0, sizeof j);
    j.a = *a;
    tl_article_init(a); /* the job owns the strings now */
    process_job(&b->opts, &j);
    int stop = store_job(b, &j);
    job_clear(&j);
    return stop;
  }
  /* a full ring: store what is done first */
  if (b->queued - b->stored >= RING && drain(b, b->queued - RING + 1))
    return 1;
  job *j = &b->ring[b->queued % RING];
  memset(j, 0, sizeof *j);
  j->a = *a;
  tl_article_init(a);
  pthread_mutex_lock(&b->mu);
  b->queued++;
  pthread_cond_signal(&b->work);
  pthread_mutex_unlock(&b->mu);
  return b->fatal;
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
  /* one worker per core (TIMELINE_THREADS overrides; 1 = no threads) */
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  const char *env = getenv("TIMELINE_THREADS");
  long want = env && *env ? strtol(env, NULL, 10) : ncpu;
  if (b->opts.threads)
    want = b->opts.threads;
  b->nworkers = want <= 1 ? 0 : want > MAX_WORKERS ? MAX_WORKERS : (int)want;
  pthread_mutex_init(&b->mu, NULL);
  pthread_cond_init(&b->work, NULL);
  pthread_cond_init(&b->done, NULL);
  for (int i = 0; i < b->nworkers; i++)
    if (pthread_create(&b->workers[i], NULL, worker, b)) {
      b->nworkers = i; /* fewer threads, still correct */
      break;
    }
  *out = b;
  return 0;
}

int tl_builder_add_buffer(tl_builder *b, const char *name, const char *data, size_t len, tl_format fmt) {
  if (b->fatal)
    return TL_EDB;
  tl_ingest in = {.on_article = on_article, .on_error = on_ingest_error, .ud = b};
  int rc = tl_ingest_buffer(&in, name, data, len, fmt);
  /* the articles of a buffer must be stored before it goes away */
  drain(b, b->queued);
  return b->fatal ? TL_EDB : rc;
}

int tl_builder_add_article(tl_builder *b, tl_article *a) {
  if (b->fatal)
    return TL_EDB;
  on_article(a, b);
  return b->fatal ? TL_EDB : 0;
}

int tl_builder_add_path(tl_builder *b, const char *path) {
  if (b->fatal)
    return TL_EDB;
  tl_ingest in = {.on_article = on_article, .on_error = on_ingest_error, .ud = b};
  int rc = tl_ingest_path(&in, path);
  /* articles point into memory the reader releases: store them now */
  drain(b, b->queued);
  return b->fatal ? TL_EDB : rc;
}

/* Stored mentions per resolution round: bounds the memory of a full build
 * (the timeline is resolved in date order, a window at a time). */
#define RESOLVE_CHUNK 40000

typedef struct {
  tl_day first, last;
  size_t count;
  const char *cls; /* type class */
} reach;

static int cmp_reach(const void *pa, const void *pb) {
  const reach *a = pa, *b = pb;
  int c = strcmp(a->cls, b->cls);
  if (c)
    return c;
  return a->first != b->first ? (a->first < b->first ? -1 : 1) : (a->last < b->last ? -1 : a->last > b->last);
}

/* Resolves the mentions and events of types t1 and t2 (one class) on the
 * disjoint day intervals iv[0..n). */
static int resolve_window(tl_store *s, const tl_span *iv, size_t n, const char *t1, const char *t2, size_t *changed,
                          size_t *reread) {
  tl_rmention *m = NULL;
  size_t nm = 0, ch = 0;
  tl_event_list ev = {0};
  int rc = tl_store_select(s, iv, n, t1, t2, TL_REPORT_WINDOW);
  if (!rc && !(rc = tl_store_load_mentions(s, &m, &nm)) && !(rc = tl_resolve(&ev, m, nm)))
    rc = tl_store_save_events(s, &ev, m, &ch);
  *changed += ch;
  *reread += nm;
  tl_event_list_free(&ev);
  tl_rmentions_free(m, nm);
  return rc;
}

/* Resolves one class of event types on the days its reaches r[0..n)
 * (sorted by first day) touch.  iv and round are scratch arrays of n. */
static int resolve_class(tl_store *s, const reach *r, size_t n, tl_span *iv, tl_span *round, size_t *changed,
                         size_t *reread) {
  /* merge into disjoint intervals */
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    if (w > 0 && r[i].first <= iv[w - 1].last + 1) {
      if (r[i].last > iv[w - 1].last)
        iv[w - 1].last = r[i].last;
    } else {
      iv[w++] = (tl_span){.first = r[i].first, .last = r[i].last, .gran = TL_GRAN_DAY};
    }
  }
  /* rounds of about RESOLVE_CHUNK stored mentions, in date order, cutting
   * an interval between two days where needed; a round re-reads the
   * events of the previous one that reach into its days */
  const char *t1, *t2;
  tl_type_class_members(r[0].cls, &t1, &t2);
  size_t nr = 0, weight = 0;
  int rc = 0;
  for (size_t i = 0; i < w && !rc; i++) {
    tl_day *days = NULL;
    size_t *counts = NULL, ndays = 0;
    if ((rc = tl_store_day_counts(s, iv[i].first, iv[i].last, t1, t2, &days, &counts, &ndays)))
      break;
    tl_day from = iv[i].first;
    for (size_t k = 0; k < ndays && !rc; k++) {
      weight += counts[k];
      if (weight >= RESOLVE_CHUNK && days[k] < iv[i].last) {
        round[nr++] = (tl_span){.first = from, .last = days[k], .gran = TL_GRAN_DAY};
        rc = resolve_window(s, round, nr, t1, t2, changed, reread);
        from = days[k] + 1;
        nr = 0;
        weight = 0;
      }
    }
    round[nr++] = (tl_span){.first = from, .last = iv[i].last, .gran = TL_GRAN_DAY};
    free(days);
    free(counts);
  }
  if (!rc && nr)
    rc = resolve_window(s, round, nr, t1, t2, changed, reread);
  return rc;
}

int tl_resolve_store(tl_store *s, size_t *nevents, size_t *changed, size_t *merged, size_t *reread) {
  tl_dirty *d = NULL;
  reach *r = NULL;
  tl_span *iv = NULL, *round = NULL;
  size_t nd = 0, nch = 0, nre = 0;
  /* one write transaction from reading the mentions to writing the
   * events: another build cannot slip articles in between and then find
   * its pending flag cleared */
  int rc = tl_store_begin(s);
  if (rc)
    return rc;
  if ((rc = tl_store_dirty(s, &d, &nd)))
    goto done;
  r = malloc((nd + 1) * sizeof *r);
  iv = malloc((nd + 1) * sizeof *iv);
  round = malloc((nd + 1) * sizeof *round);
  if (!r || !iv || !round) {
    rc = TL_ENOMEM;
    goto done;
  }
  /* the days each dirty span touches: its own, a day on each side (merges
   * and date conflicts look at neighbours), and for a reported date the
   * days before it where the event may lie */
  for (size_t i = 0; i < nd; i++) {
    r[i].first = (d[i].reported ? d[i].last - TL_REPORT_WINDOW : d[i].first) - 1;
    r[i].last = d[i].last + 1;
    r[i].count = d[i].count;
    r[i].cls = tl_type_class(d[i].type);
  }
  qsort(r, nd, sizeof *r, cmp_reach);
  /* each class of event types on its own: other types never merge */
  for (size_t g = 0, ge; g < nd && !rc; g = ge) {
    for (ge = g; ge < nd && strcmp(r[ge].cls, r[g].cls) == 0;)
      ge++;
    rc = resolve_class(s, r + g, ge - g, iv, round, &nch, &nre);
  }
  if (rc || (rc = tl_store_clear_dirty(s)) || (rc = tl_store_set_pending(s, 0)) || (rc = tl_store_commit(s)))
    goto done;
  if (changed)
    *changed = nch;
  if (reread)
    *reread = nre;
  long a = 0, nm = 0, ne = 0, linked = 0;
  if (!tl_store_counts(s, &a, &nm, &ne) && !tl_store_linked(s, &linked)) {
    if (nevents)
      *nevents = (size_t)ne;
    if (merged)
      *merged = linked > ne ? (size_t)(linked - ne) : 0;
  }
done:
  if (rc)
    tl_store_rollback(s);
  free(d);
  free(r);
  free(iv);
  free(round);
  return rc;
}

int tl_builder_finish(tl_builder *b, tl_build_stats *st) {
  int rc = 0;
  drain(b, b->queued);
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
    rc = tl_resolve_store(b->store, &b->st.events, &b->st.events_changed, &b->st.merged, &b->st.reread);
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
  pthread_mutex_lock(&b->mu);
  b->quit = 1;
  pthread_cond_broadcast(&b->work);
  pthread_mutex_unlock(&b->mu);
  for (int i = 0; i < b->nworkers; i++)
    pthread_join(b->workers[i], NULL);
  /* jobs queued but never stored (a stop on a database error) */
  for (size_t k = b->stored; k < b->queued; k++)
    job_clear(&b->ring[k % RING]);
  if (b->open)
    tl_store_rollback(b->store);
  pthread_mutex_destroy(&b->mu);
  pthread_cond_destroy(&b->work);
  pthread_cond_destroy(&b->done);
  free(b);
}
