/*
 * store.c - everything that touches SQLite.  Owns the connection and a
 * table of prepared statements (prepared lazily, reused until close).
 * Invariants: all SQL text is constant; every value goes through
 * sqlite3_bind_*; writes happen inside a transaction the caller opened.
 */
#include "timeline/store.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <pthread.h>
#include <sqlite3.h>

#include "timeline/error.h"
#include "util.h"

const char *tl_schema_get(const char *name, size_t *len);
const char *tl_schema_name(size_t i);

/* ORDER: sql[] below follows this enum. */
enum {
  S_ART_BY_EXT,
  S_ART_BY_HASH,
  S_ART_DEL,
  S_ART_INS,
  S_TX_INS,
  S_M_INS,
  S_P_UPSERT,
  S_MP_INS,
  S_EV_OLD,
  S_EV_UID_OUT,
  S_SEL_KEEP,
  S_RET_INS,
  S_RET_DEL,
  S_EV_INS,
  S_EM_INS,
  S_EP_INS,
  S_ART_READ,
  S_COUNT
};

static const char *const sql[S_COUNT] = {
    "SELECT id, hash FROM articles WHERE ext_id = ?1",
    "SELECT ext_id FROM articles WHERE hash = ?1 LIMIT 1",
    "DELETE FROM articles WHERE id = ?1",
    "INSERT INTO articles(ext_id, hash, title, source, url, path, published, pub_origin, text, added_at, keys)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO timexes(article_id, start, end, text, type, value, mod, first_day, last_day, granularity,"
    " rule, tense) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    "INSERT INTO mentions(article_id, timex_id, type, trigger, trigger_start, trigger_end, sent_start,"
    " sent_end, sentence, start_day, end_day, granularity, date_kind, planned, place, confidence, how, vague)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    "INSERT INTO participants(key, kind, name) VALUES (?1, ?2, ?3)"
    " ON CONFLICT(key, kind) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(name)"
    " THEN excluded.name ELSE name END RETURNING id",
    "INSERT OR IGNORE INTO mention_participants(mention_id, participant_id, inherited, pos) VALUES (?1, ?2, ?3, ?4)",
    "SELECT signature, updated_at, start_day, end_day, sequence, mention_count FROM events WHERE uid = ?1",
    "SELECT 1 FROM events e WHERE e.uid = ?1 AND NOT EXISTS (SELECT 1 FROM temp.sel_e t WHERE t.id = e.id)",
    "DELETE FROM temp.sel_e WHERE id = (SELECT id FROM events WHERE uid = ?1)",
    "INSERT OR REPLACE INTO retired_events(uid, title, start_day, end_day, sequence, retired_at)"
    " SELECT uid, title, start_day, end_day, sequence + 1, ?2 FROM events WHERE uid = ?1",
    "DELETE FROM retired_events WHERE uid = ?1",
    "INSERT INTO events(uid, title, type, start_day, end_day, precision, place, lat, lon, planned,"
    " confidence, mention_count, source_count, signature, updated_at, salience, conflict, sequence)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    "INSERT OR IGNORE INTO event_mentions(event_id, mention_id, reason) VALUES (?1, ?2, ?3)",
    "INSERT OR IGNORE INTO event_participants(event_id, participant_id, mentions) VALUES (?1, ?2, ?3)",
    "SELECT ext_id, title, source, url, path, published, pub_origin, text FROM articles WHERE id = ?1",
};

struct tl_store {
  sqlite3 *db;
  sqlite3_stmt *st[S_COUNT];
  char *path;
};

static int db_error(tl_store *s, const char *what) {
  return tl_error_set(TL_EDB, "%s: %s: %s", s->path ? s->path : "database", what, sqlite3_errmsg(s->db));
}

static sqlite3_stmt *stmt(tl_store *s, int which) {
  if (!s->st[which] && sqlite3_prepare_v3(s->db, sql[which], -1, SQLITE_PREPARE_PERSISTENT, &s->st[which], NULL)) {
    db_error(s, "prepare");
    return NULL;
  }
  sqlite3_reset(s->st[which]);
  sqlite3_clear_bindings(s->st[which]);
  return s->st[which];
}

static int exec(tl_store *s, const char *q) {
  char *err = NULL;
  if (sqlite3_exec(s->db, q, NULL, NULL, &err) != SQLITE_OK) {
    tl_error_set(TL_EDB, "%s: %s", s->path, err ? err : sqlite3_errmsg(s->db));
    sqlite3_free(err);
    return TL_EDB;
  }
  return 0;
}

static void now_iso(char *buf, size_t cap) {
  time_t t = time(NULL);
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (sde && *sde)
    t = (time_t)strtoll(sde, NULL, 10);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(buf, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int tl_store_schema_version(void) {
  int v = 0;
  for (size_t i = 0; tl_schema_name(i); i++)
    if (atoi(tl_schema_name(i)) > v)
      v = atoi(tl_schema_name(i));
  return v;
}

static int user_version(tl_store *s) {
  sqlite3_stmt *q = NULL;
  int version = 0;
  if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
    version = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  return version;
}

/* Applies schema files newer than user_version, all in one transaction.
 * The version is read again inside the transaction: another process may
 * have migrated while this one waited for the lock. */
static int migrate(tl_store *s) {
  int target = tl_store_schema_version();
  if (user_version(s) >= target)
    return 0;
  if (exec(s, "BEGIN IMMEDIATE"))
    return TL_EDB;
  int version = user_version(s);
  if (version >= target)
    return exec(s, "COMMIT");
  for (int v = version + 1; v <= target; v++) {
    for (size_t i = 0; tl_schema_name(i); i++) {
      if (atoi(tl_schema_name(i)) != v)
        continue;
      size_t len;
      const char *text = tl_schema_get(tl_schema_name(i), &len);
      if (exec(s, text)) {
        char detail[512];
        snprintf(detail, sizeof detail, "%s", tl_error_last());
        exec(s, "ROLLBACK");
        return tl_error_set(TL_EDB, "schema %s: %s", tl_schema_name(i), detail);
      }
    }
  }
  char pragma[64];
  snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", target); /* integer, not user text */
  if (exec(s, pragma) || exec(s, "COMMIT")) {
    exec(s, "ROLLBACK");
    return TL_EDB;
  }
  return 0;
}

/* SQLite counts every allocation under a global mutex unless told not to;
 * timeline never reads those counts.  The build's writer thread took a
 * lock for each of SQLite's allocations (2 s of a 100k build).  Must run
 * before SQLite initialises, hence once, before the first open. */
static pthread_once_t sqlite_setup_once = PTHREAD_ONCE_INIT;
static void sqlite_setup(void) { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }

int tl_store_open(tl_store **out, const char *path, int readonly) {
  pthread_once(&sqlite_setup_once, sqlite_setup);
  *out = NULL;
  tl_store *s = calloc(1, sizeof *s);
  if (!s)
    return TL_ENOMEM;
  s->path = tl_strdup(path);
  if (readonly && access(path, F_OK) != 0) {
    free(s->path);
    free(s);
    return tl_error_set(TL_ENOTFOUND, "%s: no timeline database here (run `timeline build` first)", path);
  }
  int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
    int rc = db_error(s, "open");
    tl_store_close(s);
    return rc;
  }
  sqlite3_busy_timeout(s->db, 10000);
  sqlite3_extended_result_codes(s->db, 1);
  int rc = 0;
  if (!readonly) {
    /* switching to WAL needs a moment alone with a new file; another
     * process creating it at the same time makes us wait, not fail */
    for (int tries = 0;; tries++) {
      rc = exec(s, "PRAGMA journal_mode = WAL");
      if (!rc || tries >= 100 || (sqlite3_errcode(s->db) & 0xff) != SQLITE_BUSY)
        break;
      sqlite3_sleep(100);
    }
    if (rc || (rc = exec(s, "PRAGMA synchronous = NORMAL")) || (rc = exec(s, "PRAGMA wal_autocheckpoint = 16384")))
      goto fail;
  }
  /* a 96 MB page cache: the index pages a build touches stay in it (the
   * default 2 MB sends most reads to the kernel; at 100,000 articles the
   * indexes outgrow 64 MB), bounded whatever the corpus size, and within
   * the 200 MB a build may take; temporary tables (the resolver's selection) and
   * statement journals in memory, not in temporary files */
  if ((rc = exec(s, "PRAGMA foreign_keys = ON")) || (rc = exec(s, "PRAGMA cache_size = -98304")) ||
      (rc = exec(s, "PRAGMA temp_store = MEMORY")))
    goto fail;
  if (!readonly && (rc = migrate(s)))
    goto fail;
  if (readonly) {
    sqlite3_stmt *q = NULL;
    int v = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
      v = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
    if (v == 0) {
      rc = tl_error_set(TL_EDB, "%s: not a timeline database (or empty)", path);
      goto fail;
    }
    if (v < tl_store_schema_version()) {
      /* made by an older timeline: upgrade it (this needs write access) */
      tl_store_close(s);
      tl_store *w = NULL;
      if ((rc = tl_store_open(&w, path, 0))) {
        char detail[512];
        snprintf(detail, sizeof detail, "%s", tl_error_last());
        return tl_error_set(rc, "%s: database from an older timeline could not be upgraded: %s", path, detail);
      }
      *out = w;
      return 0;
    }
  }
  *out = s;
  return 0;
fail:
  tl_store_close(s);
  return rc ? rc : TL_EDB;
}

void tl_store_close(tl_store *s) {
  if (!s)
    return;
  for (int i = 0; i < S_COUNT; i++)
    sqlite3_finalize(s->st[i]);
  /* The last connection to close checkpoints the WAL and deletes it under
   * an exclusive lock, and a reader opening then (sqlite3 without a busy
   * timeout) is told "database is locked".  Checkpointing first, without
   * that lock, leaves the close next to nothing to do: the lock is held for
   * an instant rather than for the copy of the whole WAL. */
  if (s->db && !sqlite3_db_readonly(s->db, "main"))
    sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  sqlite3_close(s->db);
  free(s->path);
  free(s);
}

int tl_store_begin(tl_store *s) { return exec(s, "BEGIN IMMEDIATE"); }
/* Indexes the words of the mentions and the titles of the events stored
 * since the last commit (schemas 010 and 015), then commits: the indexes
 * are never behind a committed row. */
int tl_store_commit(tl_store *s) {
  if (exec(s, "INSERT INTO mention_text(rowid, sentence) SELECT m.id, m.sentence FROM text_pending p"
              " CROSS JOIN mentions m ON m.id = p.id;"
              "DELETE FROM text_pending;"
              "INSERT INTO event_title(rowid, title) SELECT e.id, e.title FROM title_pending p"
              " CROSS JOIN events e ON e.id = p.id;"
              "DELETE FROM title_pending;")) {
    exec(s, "ROLLBACK");
    return TL_EDB;
  }
  return exec(s, "COMMIT");
}
int tl_store_rollback(tl_store *s) { return sqlite3_get_autocommit(s->db) ? 0 : exec(s, "ROLLBACK"); }

static void bind_text(sqlite3_stmt *q, int i, const char *v) {
  if (v)
    sqlite3_bind_text(q, i, v, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null(q, i);
}

static void bind_day(sqlite3_stmt *q, int i, tl_day d) {
  if (d == TL_DAY_NONE) {
    sqlite3_bind_null(q, i);
    return;
  }
  char b[11];
  tl_day_format(b, d);
  sqlite3_bind_text(q, i, b, -1, SQLITE_TRANSIENT);
}

static int step_done(tl_store *s, sqlite3_stmt *q, const char *what) {
  int rc = sqlite3_step(q);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return db_error(s, what);
  return 0;
}

int tl_store_set_pending(tl_store *s, int pending) {
  sqlite3_stmt *q = NULL;
  if (sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('pending_resolve', ?1)", -1, &q,
                         NULL))
    return db_error(s, "mark pending resolution");
  sqlite3_bind_int(q, 1, pending);
  int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : db_error(s, "mark pending resolution");
  sqlite3_finalize(q);
  return rc;
}

int tl_store_get_pending(tl_store *s, int *pending) {
  sqlite3_stmt *q = NULL;
  *pending = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = 'pending_resolve'", -1, &q, NULL))
    return db_error(s, "read pending resolution");
  if (sqlite3_step(q) == SQLITE_ROW)
    *pending = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  return 0;
}

int tl_store_article_status(tl_store *s, const char *ext_id, const char *hash, tl_art_status *st) {
  sqlite3_stmt *q = stmt(s, S_ART_BY_EXT);
  if (!q)
    return TL_EDB;
  bind_text(q, 1, ext_id);
  int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    *st = strcmp((const char *)sqlite3_column_text(q, 1), hash) == 0 ? TL_ART_SAME : TL_ART_CHANGED;
    sqlite3_reset(q);
    return 0;
  }
  if (rc != SQLITE_DONE)
    return db_error(s, "look up article");
  sqlite3_reset(q);
  q = stmt(s, S_ART_BY_HASH);
  if (!q)
    return TL_EDB;
  bind_text(q, 1, hash);
  rc = sqlite3_step(q);
  *st = rc == SQLITE_ROW ? TL_ART_DUPLICATE : TL_ART_NEW;
  sqlite3_reset(q);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s, "look up article hash");
}

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* What an article is about (articles.keys, schema 018): the keys of the
 * participants its mentions name, a person's by the surname, and '@' and
 * each place of its mentions, sorted and unique, one per line. */
static char *article_keys(const tl_extraction *x) {
  size_t n = 0, cap = 0;
  for (size_t i = 0; i < x->nmentions; i++)
    cap += x->mentions[i].nparts + 1;
  char **v = calloc(cap + 1, sizeof *v);
  tl_buf b = {0};
  int bad = !v;
  for (size_t i = 0; i < x->nmentions && !bad; i++) {
    const tl_mention *m = &x->mentions[i];
    for (size_t k = 0; k < m->nparts && !bad; k++) {
      const char *key = m->parts[k].key;
      const char *comma = m->parts[k].kind == TL_ENT_PERSON ? strchr(key, ',') : NULL;
      bad = !(v[n++] = comma ? tl_strndup(key, (size_t)(comma - key)) : tl_strdup(key));
    }
    if (m->place && !bad) {
      size_t l = strlen(m->place) + 2;
      bad = !(v[n] = malloc(l));
      if (!bad)
        snprintf(v[n++], l, "@%s", m->place);
    }
  }
  if (!bad) {
    qsort(v, n, sizeof *v, cmp_cstr);
    for (size_t i = 0; i < n && !bad; i++)
      if (!i || strcmp(v[i], v[i - 1]) != 0)
        bad = (b.len && tl_buf_putc(&b, '\n')) || tl_buf_puts(&b, v[i]);
  }
  for (size_t i = 0; v && i < n; i++)
    free(v[i]);
  free(v);
  if (bad) {
    tl_buf_free(&b);
    return NULL;
  }
  char *out = tl_buf_detach(&b);
  return out ? out : tl_strdup("");
}

int tl_store_put_article(tl_store *s, const tl_article *a, const char *hash, const char *text,
                         const tl_extraction *x) {
  sqlite3_stmt *q = stmt(s, S_ART_BY_EXT);
  int64_t *tx_ids = NULL;
  int rc = 0;
  if (!q)
    return TL_EDB;
  bind_text(q, 1, a->id);
  if (sqlite3_step(q) == SQLITE_ROW) {
    int64_t old = sqlite3_column_int64(q, 0);
    sqlite3_reset(q);
    sqlite3_stmt *d = stmt(s, S_ART_DEL);
    if (!d)
      return TL_EDB;
    sqlite3_bind_int64(d, 1, old);
    if ((rc = step_done(s, d, "replace article")))
      return rc;
  }
  sqlite3_reset(q);
  char now[32];
  now_iso(now, sizeof now);
  q = stmt(s, S_ART_INS);
  if (!q)
    return TL_EDB;
  bind_text(q, 1, a->id);
  bind_text(q, 2, hash);
  bind_text(q, 3, a->title);
  bind_text(q, 4, a->source);
  bind_text(q, 5, a->url);
  bind_text(q, 6, a->path);
  bind_day(q, 7, a->published);
  bind_text(q, 8, tl_pub_origin_name(a->pub_origin));
  bind_text(q, 9, text);
  bind_text(q, 10, now);
  char *keys = article_keys(x);
  if (!keys)
    return TL_ENOMEM;
  sqlite3_bind_text(q, 11, keys, -1, free);
  if ((rc = step_done(s, q, "insert article")))
    return rc;
  int64_t art = sqlite3_last_insert_rowid(s->db);

  tx_ids = calloc(x->timexes.count + 1, sizeof *tx_ids);
  if (!tx_ids)
    return TL_ENOMEM;
  for (size_t i = 0; i < x->timexes.count; i++) {
    const tl_timex *t = &x->timexes.items[i];
    q = stmt(s, S_TX_INS);
    if (!q) {
      rc = TL_EDB;
      goto done;
    }
    sqlite3_bind_int64(q, 1, art);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)t->start);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)t->end);
    sqlite3_bind_text(q, 4, text + t->start, (int)(t->end - t->start), SQLITE_TRANSIENT);
    bind_text(q, 5, tl_timex_type_name(t->type));
    bind_text(q, 6, t->value);
    bind_text(q, 7, *t->mod ? t->mod : NULL);
    bind_day(q, 8, t->span.first);
    bind_day(q, 9, t->span.last);
    bind_text(q, 10, tl_gran_name(t->span.gran));
    bind_text(q, 11, t->rule);
    bind_text(q, 12, tl_tense_name(t->tense));
    if ((rc = step_done(s, q, "insert timex")))
      goto done;
    tx_ids[i] = sqlite3_last_insert_rowid(s->db);
  }
  for (size_t i = 0; i < x->nmentions; i++) {
    const tl_mention *m = &x->mentions[i];
    q = stmt(s, S_M_INS);
    if (!q) {
      rc = TL_EDB;
      goto done;
    }
    sqlite3_bind_int64(q, 1, art);
    if (m->timex >= 0)
      sqlite3_bind_int64(q, 2, tx_ids[m->timex]);
    bind_text(q, 3, m->type);
    bind_text(q, 4, m->trigger);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)m->trig_start);
    sqlite3_bind_int64(q, 6, (sqlite3_int64)m->trig_end);
    sqlite3_bind_int64(q, 7, (sqlite3_int64)m->sent_start);
    sqlite3_bind_int64(q, 8, (sqlite3_int64)m->sent_end);
    sqlite3_bind_text(q, 9, text + m->sent_start, (int)(m->sent_end - m->sent_start), SQLITE_TRANSIENT);
    bind_day(q, 10, m->date.first);
    bind_day(q, 11, m->date.last);
    bind_text(q, 12, tl_gran_name(m->date.gran));
    bind_text(q, 13, m->date_kind == TL_DATE_REPORTED ? "reported" : "exact");
    sqlite3_bind_int(q, 14, m->planned);
    bind_text(q, 15, m->place);
    sqlite3_bind_double(q, 16, m->confidence);
    bind_text(q, 17, m->how);
    sqlite3_bind_int(q, 18, m->vague);
    if ((rc = step_done(s, q, "insert mention")))
      goto done;
    int64_t mid = sqlite3_last_insert_rowid(s->db);
    for (size_t k = 0; k < m->nparts; k++) {
      static const char *const kinds[] = {"person", "org", "country"};
      q = stmt(s, S_P_UPSERT);
      if (!q) {
        rc = TL_EDB;
        goto done;
      }
      bind_text(q, 1, m->parts[k].key);
      bind_text(q, 2, kinds[m->parts[k].kind]);
      bind_text(q, 3, m->parts[k].name);
      if (sqlite3_step(q) != SQLITE_ROW) {
        rc = db_error(s, "insert participant");
        goto done;
      }
      int64_t pid = sqlite3_column_int64(q, 0);
      sqlite3_reset(q);
      q = stmt(s, S_MP_INS);
      if (!q) {
        rc = TL_EDB;
        goto done;
      }
      sqlite3_bind_int64(q, 1, mid);
      sqlite3_bind_int64(q, 2, pid);
      sqlite3_bind_int(q, 3, m->parts[k].inherited);
      sqlite3_bind_int64(q, 4, m->parts[k].pos);
      if ((rc = step_done(s, q, "link participant")))
        goto done;
    }
  }
done:
  free(tx_ids);
  return rc;
}

static char *col_dup(sqlite3_stmt *q, int i) {
  const unsigned char *t = sqlite3_column_text(q, i);
  return t ? tl_strdup((const char *)t) : NULL;
}

static tl_gran gran_from_name(const char *n) {
  for (int g = 0; g <= TL_GRAN_CENTURY; g++)
    if (n && strcmp(tl_gran_name((tl_gran)g), n) == 0)
      return (tl_gran)g;
  return TL_GRAN_DAY;
}

static tl_day day_col(sqlite3_stmt *q, int i) {
  tl_day d;
  const unsigned char *t = sqlite3_column_text(q, i);
  return t && tl_date_parse(&d, (const char *)t) == 0 ? d : TL_DAY_NONE;
}

/* ---- incremental resolution ------------------------------------------------ */

int tl_store_dirty(tl_store *s, tl_dirty **out, size_t *n) {
  sqlite3_stmt *q = NULL;
  tl_dirty *v = NULL;
  size_t count = 0, cap = 0;
  int rc;
  *out = NULL;
  *n = 0;
  /* grouped: a full build leaves one row per mention but few distinct spans */
  if (sqlite3_prepare_v2(s->db,
                         "SELECT first_day, last_day, reported, count(*), type FROM resolve_dirty GROUP BY 1, 2, 3, 5 ORDER BY 1, 2, 3, 5",
                         -1, &q, NULL))
    return db_error(s, "read dirty spans");
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    tl_day a = day_col(q, 0), b = day_col(q, 1);
    if (a == TL_DAY_NONE || b == TL_DAY_NONE || b < a)
      continue;
    if (count == cap) {
      cap = cap ? cap * 2 : 64;
      tl_dirty *nv = realloc(v, cap * sizeof *nv);
      if (!nv) {
        sqlite3_finalize(q);
        free(v);
        return TL_ENOMEM;
      }
      v = nv;
    }
    v[count++] = (tl_dirty){.first = a, .last = b, .reported = sqlite3_column_int(q, 2),
                            .count = (size_t)sqlite3_column_int64(q, 3)};
    snprintf(v[count - 1].type, sizeof v[count - 1].type, "%s", (const char *)sqlite3_column_text(q, 4));
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) {
    free(v);
    return db_error(s, "read dirty spans");
  }
  *out = v;
  *n = count;
  return 0;
}

int tl_store_mark_all_dirty(tl_store *s) {
  return exec(s, "INSERT INTO resolve_dirty SELECT start_day, end_day, date_kind = 'reported', type FROM mentions");
}

int tl_store_day_counts(tl_store *s, tl_day a, tl_day b, const char *t1, const char *t2, tl_day **days,
                        size_t **counts, size_t *n) {
  sqlite3_stmt *q = NULL;
  size_t k = 0, cap = 0;
  int rc;
  *days = NULL;
  *counts = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT start_day, count(*) FROM mentions WHERE start_day BETWEEN ?1 AND ?2 AND type IN (?3, ?4)"
                         " GROUP BY start_day",
                         -1, &q, NULL))
    return db_error(s, "count mentions by day");
  bind_day(q, 1, a);
  bind_day(q, 2, b);
  bind_text(q, 3, t1);
  bind_text(q, 4, t2);
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (k == cap) {
      cap = cap ? cap * 2 : 64;
      tl_day *nd = realloc(*days, cap * sizeof *nd);
      if (nd)
        *days = nd;
      size_t *nc = realloc(*counts, cap * sizeof *nc);
      if (nc)
        *counts = nc;
      if (!nd || !nc) {
        rc = TL_ENOMEM;
        break;
      }
    }
    (*days)[k] = day_col(q, 0);
    (*counts)[k] = (size_t)sqlite3_column_int64(q, 1);
    k++;
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) {
    free(*days);
    free(*counts);
    *days = NULL;
    *counts = NULL;
    return rc == TL_ENOMEM ? rc : db_error(s, "count mentions by day");
  }
  *n = k;
  return 0;
}

int tl_store_clear_dirty(tl_store *s) { return exec(s, "DELETE FROM resolve_dirty"); }

/* Steps an INSERT ... SELECT bound to the day interval [a, b]. */
static int select_range(tl_store *s, sqlite3_stmt *q, tl_day a, tl_day b, const char *t1, const char *t2) {
  sqlite3_reset(q);
  bind_day(q, 1, a);
  bind_day(q, 2, b);
  bind_text(q, 3, t1);
  bind_text(q, 4, t2);
  return step_done(s, q, "select for resolution");
}

/* Adds the ids of rows of `table_sql` (id, start_day, end_day of the rows
 * that span several days and may meet [lo, hi]) that meet one of the
 * disjoint sorted intervals iv. */
static int select_long(tl_store *s, const char *query, const char *insert, const tl_span *iv, size_t n, const char *t1,
                       const char *t2) {
  sqlite3_stmt *q = NULL, *ins = NULL;
  tl_day hi = iv[0].last;
  for (size_t i = 1; i < n; i++)
    if (iv[i].last > hi)
      hi = iv[i].last;
  if (sqlite3_prepare_v2(s->db, query, -1, &q, NULL) || sqlite3_prepare_v2(s->db, insert, -1, &ins, NULL)) {
    sqlite3_finalize(q);
    return db_error(s, "select long spans");
  }
  bind_day(q, 1, iv[0].first);
  bind_day(q, 2, hi);
  bind_text(q, 3, t1);
  bind_text(q, 4, t2);
  int rc = SQLITE_DONE, err = 0;
  while (!err && (rc = sqlite3_step(q)) == SQLITE_ROW) {
    tl_day a = day_col(q, 1), b = day_col(q, 2);
    /* the last interval starting on or before b: the only one that can meet [a, b] */
    size_t lo = 0, up = n;
    while (lo < up) {
      size_t mid = (lo + up) / 2;
      if (iv[mid].first <= b)
        lo = mid + 1;
      else
        up = mid;
    }
    if (lo == 0 || iv[lo - 1].last < a)
      continue;
    sqlite3_reset(ins);
    sqlite3_bind_int64(ins, 1, sqlite3_column_int64(q, 0));
    err = step_done(s, ins, "select long spans");
  }
  rc = err ? err : rc == SQLITE_DONE ? 0 : db_error(s, "select long spans");
  sqlite3_finalize(q);
  sqlite3_finalize(ins);
  return rc;
}

int tl_store_select(tl_store *s, const tl_span *iv, size_t n, const char *t1, const char *t2, int report_only) {
  int rc = exec(s, "CREATE TEMP TABLE IF NOT EXISTS sel_m(id INTEGER PRIMARY KEY);"
                   "CREATE TEMP TABLE IF NOT EXISTS sel_e(id INTEGER PRIMARY KEY);"
                   "DELETE FROM temp.sel_m; DELETE FROM temp.sel_e;");
  if (rc || !n)
    return rc;
  sqlite3_stmt *qm = NULL, *qe = NULL, *qr = NULL;
  if (sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO temp.sel_m SELECT id FROM mentions WHERE start_day BETWEEN ?1 AND ?2"
                         " AND type IN (?3, ?4)",
                         -1, &qm, NULL) ||
      sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO temp.sel_e SELECT id FROM events WHERE start_day BETWEEN ?1 AND ?2"
                         " AND type IN (?3, ?4)",
                         -1, &qe, NULL) ||
      sqlite3_prepare_v2(s->db,
                         "INSERT OR IGNORE INTO temp.sel_m SELECT m.id FROM mentions m"
                         " WHERE m.date_kind = 'reported' AND m.start_day BETWEEN ?1 AND ?2 AND m.type IN (?3, ?4) AND NOT EXISTS"
                         " (SELECT 1 FROM event_mentions em JOIN event_mentions o ON o.event_id = em.event_id"
                         " JOIN mentions x ON x.id = o.mention_id WHERE em.mention_id = m.id AND x.date_kind = 'exact')",
                         -1, &qr, NULL)) {
    rc = db_error(s, "select for resolution");
    goto done;
  }
  for (size_t i = 0; i < n && !rc; i++) {
    rc = select_range(s, qm, iv[i].first, iv[i].last, t1, t2);
    if (!rc)
      rc = select_range(s, qe, iv[i].first, iv[i].last, t1, t2);
    if (!rc && report_only > 0)
      rc = select_range(s, qr, iv[i].last + 1, iv[i].last + report_only, t1, t2);
  }
  /* "+type": through the partial indexes of long spans, not by type */
  if (!rc)
    rc = select_long(s,
                     "SELECT id, start_day, end_day FROM mentions WHERE start_day <> end_day AND end_day >= ?1"
                     " AND start_day <= ?2 AND +type IN (?3, ?4)",
                     "INSERT OR IGNORE INTO temp.sel_m VALUES (?1)", iv, n, t1, t2);
  if (!rc)
    rc = select_long(s,
                     "SELECT id, start_day, end_day FROM events WHERE start_day <> end_day AND end_day >= ?1"
                     " AND start_day <= ?2 AND +type IN (?3, ?4)",
                     "INSERT OR IGNORE INTO temp.sel_e VALUES (?1)", iv, n, t1, t2);
  /* closure: the events of the selected mentions, then all their mentions
   * (a mention belongs to one event, so one round is enough) */
  if (!rc)
    rc = exec(s, "INSERT OR IGNORE INTO temp.sel_e SELECT em.event_id FROM temp.sel_m t"
                 " CROSS JOIN event_mentions em ON em.mention_id = t.id;"
                 "INSERT OR IGNORE INTO temp.sel_m SELECT em.mention_id FROM temp.sel_e t"
                 " CROSS JOIN event_mentions em ON em.event_id = t.id;");
done:
  sqlite3_finalize(qm);
  sqlite3_finalize(qe);
  sqlite3_finalize(qr);
  return rc;
}

int tl_store_load_mentions(tl_store *s, tl_rmention **out, size_t *n) {
  sqlite3_stmt *q = NULL;
  tl_rmention *v = NULL;
  size_t count = 0, cap = 0;
  int rc = 0;
  *out = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT m.id, m.article_id, a.ext_id, a.source, m.type, m.trigger, m.start_day,"
                         " m.end_day, m.granularity, m.date_kind, m.planned, m.place, m.confidence,"
                         " m.sent_start, m.trigger_start, m.sentence, m.vague, m.trigger_end, a.keys"
                         " FROM temp.sel_m t CROSS JOIN mentions m ON m.id = t.id"
                         " JOIN articles a INDEXED BY articles_source ON a.id = m.article_id" /* schemas 014, 018 */
                         " ORDER BY t.id", /* the order of the scan: no sort */
                         -1, &q, NULL))
    return db_error(s, "load mentions");
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (count == cap) {
      size_t nc = cap ? cap * 2 : 256;
      tl_rmention *nv = realloc(v, nc * sizeof *nv);
      if (!nv) {
        rc = TL_ENOMEM;
        goto fail;
      }
      v = nv;
      cap = nc;
    }
    tl_rmention *m = &v[count++];
    memset(m, 0, sizeof *m);
    m->id = sqlite3_column_int64(q, 0);
    m->article_id = sqlite3_column_int64(q, 1);
    m->article_ext = col_dup(q, 2);
    m->source = col_dup(q, 3);
    snprintf(m->type, sizeof m->type, "%s", (const char *)sqlite3_column_text(q, 4));
    snprintf(m->trigger, sizeof m->trigger, "%s", (const char *)sqlite3_column_text(q, 5));
    m->date.first = day_col(q, 6);
    m->date.last = day_col(q, 7);
    m->date.gran = gran_from_name((const char *)sqlite3_column_text(q, 8));
    m->reported = strcmp((const char *)sqlite3_column_text(q, 9), "reported") == 0;
    m->planned = sqlite3_column_int(q, 10);
    m->place = col_dup(q, 11);
    m->confidence = sqlite3_column_double(q, 12);
    m->sent_start = (size_t)sqlite3_column_int64(q, 13);
    m->trig_start = (size_t)sqlite3_column_int64(q, 14);
    m->sentence = col_dup(q, 15);
    m->vague = sqlite3_column_int(q, 16);
    m->trig_end = (size_t)sqlite3_column_int64(q, 17);
    /* (one copy per article: its mentions come one after another) */
    const unsigned char *keys = sqlite3_column_text(q, 18);
    if (keys && count > 1 && v[count - 2].article_id == m->article_id && v[count - 2].story &&
        strcmp(v[count - 2].story, (const char *)keys) == 0) {
      m->story = v[count - 2].story;
      m->story_shared = 1;
    } else {
      m->story = keys ? tl_strdup((const char *)keys) : NULL;
    }
  }
  if (rc != SQLITE_DONE) {
    rc = db_error(s, "load mentions");
    goto fail;
  }
  sqlite3_finalize(q);
  q = NULL;
  /* participants, joined by binary search on the (ordered) mention ids */
  if (sqlite3_prepare_v2(s->db,
                         "SELECT mp.mention_id, p.id, p.name, p.kind, mp.inherited, mp.pos FROM temp.sel_m t"
                         " CROSS JOIN mention_participants mp ON mp.mention_id = t.id"
                         " CROSS JOIN participants p ON p.id = mp.participant_id"
                         " ORDER BY t.id, mp.participant_id", /* the key order: no sort */
                         -1, &q, NULL)) {
    rc = db_error(s, "load participants");
    goto fail;
  }
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    int64_t mid = sqlite3_column_int64(q, 0);
    size_t a = 0, b = count;
    while (a < b) {
      size_t c = (a + b) / 2;
      if (v[c].id < mid)
        a = c + 1;
      else
        b = c;
    }
    if (a >= count || v[a].id != mid)
      continue;
    tl_rmention *m = &v[a];
    size_t k = m->nparts;
    int64_t *np = realloc(m->pids, (k + 1) * sizeof *np);
    if (np)
      m->pids = np;
    char **nn = realloc(m->pnames, (k + 1) * sizeof *nn);
    if (nn)
      m->pnames = nn;
    int *nk = realloc(m->pkinds, (k + 1) * sizeof *nk);
    if (nk)
      m->pkinds = nk;
    int *nw = realloc(m->pweak, (k + 1) * sizeof *nw);
    if (nw)
      m->pweak = nw;
    long *npos = realloc(m->ppos, (k + 1) * sizeof *npos);
    if (npos)
      m->ppos = npos;
    if (!np || !nn || !nk || !nw || !npos) {
      rc = TL_ENOMEM;
      goto fail;
    }
    m->pids[k] = sqlite3_column_int64(q, 1);
    m->pnames[k] = col_dup(q, 2);
    const char *kind = (const char *)sqlite3_column_text(q, 3);
    m->pkinds[k] = strcmp(kind, "person") == 0 ? TL_ENT_PERSON : strcmp(kind, "org") == 0 ? TL_ENT_ORG : TL_ENT_COUNTRY;
    m->pweak[k] = sqlite3_column_int(q, 4);
    m->ppos[k] = (long)sqlite3_column_int64(q, 5);
    m->nparts++;
  }
  if (rc != SQLITE_DONE) {
    rc = db_error(s, "load participants");
    goto fail;
  }
  sqlite3_finalize(q);
  *out = v;
  *n = count;
  return 0;
fail:
  sqlite3_finalize(q);
  tl_rmentions_free(v, count);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? TL_EDB : rc;
}

static uint64_t event_signature(const tl_event *e) {
  tl_buf b = {0};
  char d1[11], d2[11];
  tl_day_format(d1, e->date.first);
  tl_day_format(d2, e->date.last);
  tl_buf_printf(&b, "%s|%s|%s|%s|%s|%d|%zu|%d|%s", e->title, e->type, d1, d2, e->place ? e->place : "",
                e->planned, e->nmembers, e->source_count, e->conflict ? e->conflict : "");
  uint64_t h = tl_hash64(b.ptr ? b.ptr : "", b.len, TL_HASH_SEED);
  tl_buf_free(&b);
  return h;
}

/* Old uid of each mention (by mention id) before events are replaced. */
typedef struct {
  int64_t mention;
  char uid[32];
} old_link;

/* A set of uid strings (not owned), open addressing. */
typedef struct {
  const char **slot;
  size_t cap;
} uid_set;

static int uid_set_init(uid_set *u, size_t n) {
  u->cap = 16;
  while (u->cap < 2 * n + 2)
    u->cap *= 2;
  u->slot = calloc(u->cap, sizeof *u->slot);
  return u->slot ? 0 : TL_ENOMEM;
}

/* Returns 1 if present; with add, inserts when absent. */
static int uid_set_has(uid_set *u, const char *uid, int add) {
  size_t i = tl_hash64(uid, strlen(uid), TL_HASH_SEED) & (u->cap - 1);
  while (u->slot[i]) {
    if (strcmp(u->slot[i], uid) == 0)
      return 1;
    i = (i + 1) & (u->cap - 1);
  }
  if (add)
    u->slot[i] = uid;
  return 0;
}

static int cmp_str_ptr(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_old_link(const void *a, const void *b) {
  int64_t x = ((const old_link *)a)->mention, y = ((const old_link *)b)->mention;
  return x < y ? -1 : x > y;
}

/* Order of events for keep_uids: more mentions first, then position. */
static const tl_event_list *size_base;
static int cmp_event_size(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  size_t na = size_base->v[a].nmembers, nb = size_base->v[b].nmembers;
  if (na != nb)
    return na > nb ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* Is uid taken by an event outside the selection? */
static int uid_outside(tl_store *s, const char *uid, int *taken) {
  sqlite3_stmt *q = stmt(s, S_EV_UID_OUT);
  if (!q)
    return TL_EDB;
  bind_text(q, 1, uid);
  int rc = sqlite3_step(q);
  *taken = rc == SQLITE_ROW;
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : db_error(s, "look up event id");
}

/* Gives each new event the uid of the selected old event most of its
 * mentions belonged to, so that adding articles keeps the ids of the
 * events they do not change (and of those they only add to).  An old uid
 * goes to one new event only: the one holding most of its mentions,
 * bigger events first.  intact[i] is set when all the mentions of event i
 * come from the old event whose uid it keeps. */
static int keep_uids(tl_store *s, tl_event_list *events, const tl_rmention *m, char *intact) {
  sqlite3_stmt *q = NULL;
  old_link *links = NULL;
  size_t nl = 0, cap = 0;
  int rc = 0;
  size_t *ord = malloc((events->n + 1) * sizeof *ord);
  char *kept = calloc(events->n + 1, 1);
  uid_set taken = {0};
  if (!ord || !kept || uid_set_init(&taken, events->n)) {
    rc = TL_ENOMEM;
    goto done;
  }
  if (sqlite3_prepare_v2(s->db,
                         "SELECT em.mention_id, e.uid FROM temp.sel_e t CROSS JOIN events e ON e.id = t.id"
                         " CROSS JOIN event_mentions em ON em.event_id = e.id",
                         -1, &q, NULL)) {
    rc = db_error(s, "read old events");
    goto done;
  }
  while (sqlite3_step(q) == SQLITE_ROW) {
    if (nl == cap) {
      cap = cap ? cap * 2 : 256;
      old_link *nv = realloc(links, cap * sizeof *nv);
      if (!nv) {
        rc = TL_ENOMEM;
        goto done;
      }
      links = nv;
    }
    links[nl].mention = sqlite3_column_int64(q, 0);
    snprintf(links[nl].uid, sizeof links[nl].uid, "%s", (const char *)sqlite3_column_text(q, 1));
    nl++;
  }
  if (nl > 1)
    qsort(links, nl, sizeof *links, cmp_old_link);
  for (size_t i = 0; i < events->n; i++)
    ord[i] = i;
  size_base = events;
  qsort(ord, events->n, sizeof *ord, cmp_event_size);
  for (size_t oi = 0; oi < events->n && nl; oi++) {
    tl_event *e = &events->v[ord[oi]];
    const char *best = NULL;
    size_t best_n = 0;
    /* old uids of the members, sorted, counted in runs */
    const char **olds = malloc((e->nmembers + 1) * sizeof *olds);
    size_t no = 0;
    if (!olds) {
      rc = TL_ENOMEM;
      goto done;
    }
    for (size_t k = 0; k < e->nmembers; k++) {
      old_link key = {.mention = m[e->members[k]].id};
      old_link *hit = bsearch(&key, links, nl, sizeof *links, cmp_old_link);
      if (hit)
        olds[no++] = hit->uid;
    }
    qsort(olds, no, sizeof *olds, cmp_str_ptr);
    for (size_t k = 0; k < no;) {
      size_t r = k;
      while (r < no && strcmp(olds[r], olds[k]) == 0)
        r++;
      if (!uid_set_has(&taken, olds[k], 0) && r - k > best_n) {
        best = olds[k];
        best_n = r - k;
      }
      k = r;
    }
    if (best) {
      snprintf(e->uid, sizeof e->uid, "%s", best);
      uid_set_has(&taken, e->uid, 1);
      kept[ord[oi]] = 1;
      intact[ord[oi]] = best_n == e->nmembers;
    }
    free(olds);
  }
  /* a fresh uid that collides with a kept one, or with an event outside
   * the selection, gets a suffix */
  for (size_t oi = 0; oi < events->n; oi++) {
    tl_event *e = &events->v[ord[oi]];
    if (kept[ord[oi]])
      continue;
    for (char suffix = 'b'; suffix <= 'z'; suffix++) {
      int outside = 0;
      if ((rc = uid_outside(s, e->uid, &outside)))
        goto done;
      if (!outside && !uid_set_has(&taken, e->uid, 0))
        break;
      size_t l = strlen(e->uid);
      if (suffix > 'b' && l > 0)
        l--;
      if (l + 2 > sizeof e->uid)
        break;
      e->uid[l] = suffix;
      e->uid[l + 1] = '\0';
    }
    uid_set_has(&taken, e->uid, 1);
  }
done:
  free(ord);
  free(kept);
  free(taken.slot);
  sqlite3_finalize(q);
  free(links);
  return rc;
}

/* Writes event e (and its mention and participant links). */
static int insert_event(tl_store *s, const tl_event *e, const tl_rmention *m, const char *sig, const char *updated,
                        int seq) {
  sqlite3_stmt *q = stmt(s, S_EV_INS);
  int rc;
  if (!q)
    return TL_EDB;
  bind_text(q, 1, e->uid);
  bind_text(q, 2, e->title);
  bind_text(q, 3, e->type);
  bind_day(q, 4, e->date.first);
  bind_day(q, 5, e->date.last);
  bind_text(q, 6, tl_gran_precision(e->date.gran));
  bind_text(q, 7, e->place);
  if (e->has_geo) {
    sqlite3_bind_double(q, 8, e->lat);
    sqlite3_bind_double(q, 9, e->lon);
  }
  sqlite3_bind_int(q, 10, e->planned);
  sqlite3_bind_double(q, 11, e->confidence);
  sqlite3_bind_int64(q, 12, (sqlite3_int64)e->nmembers);
  sqlite3_bind_int(q, 13, e->source_count);
  bind_text(q, 14, sig);
  bind_text(q, 15, updated);
  sqlite3_bind_double(q, 16, e->salience);
  bind_text(q, 17, e->conflict);
  sqlite3_bind_int(q, 18, seq);
  if ((rc = step_done(s, q, "insert event")))
    return rc;
  int64_t eid = sqlite3_last_insert_rowid(s->db);
  sqlite3_stmt *un = stmt(s, S_RET_DEL); /* back from retirement */
  if (!un)
    return TL_EDB;
  bind_text(un, 1, e->uid);
  if ((rc = step_done(s, un, "unretire event")))
    return rc;
  for (size_t k = 0; k < e->nmembers; k++) {
    if (!(q = stmt(s, S_EM_INS)))
      return TL_EDB;
    sqlite3_bind_int64(q, 1, eid);
    sqlite3_bind_int64(q, 2, m[e->members[k]].id);
    bind_text(q, 3, e->reasons[k] ? e->reasons[k] : "");
    if ((rc = step_done(s, q, "link mention")))
      return rc;
  }
  for (size_t k = 0; k < e->nparts; k++) {
    if (!(q = stmt(s, S_EP_INS)))
      return TL_EDB;
    sqlite3_bind_int64(q, 1, eid);
    sqlite3_bind_int64(q, 2, e->pids[k]);
    sqlite3_bind_int(q, 3, e->pcounts[k]);
    if ((rc = step_done(s, q, "link participant")))
      return rc;
  }
  return 0;
}

int tl_store_save_events(tl_store *s, const tl_event_list *events, const tl_rmention *m, size_t *changed) {
  char now[32];
  now_iso(now, sizeof now);
  size_t nchanged = 0;
  int rc = 0;
  char **updated = calloc(events->n + 1, sizeof *updated);
  int *seq = calloc(events->n + 1, sizeof *seq);
  char *intact = calloc(events->n + 1, 1);  /* same mentions as the old event */
  char *skip = calloc(events->n + 1, 1);    /* ... and same content: left as it is */
  char(*sigs)[24] = calloc(events->n + 1, sizeof *sigs); /* content signatures */
  uid_set live = {0};
  if (!updated || !seq || !intact || !skip || !sigs || uid_set_init(&live, events->n)) {
    rc = TL_ENOMEM;
    goto done;
  }
  if ((rc = keep_uids(s, (tl_event_list *)events, m, intact)))
    goto done;
  /* keep updated_at of events whose content is unchanged; SEQUENCE rises
   * when the dates of an event change */
  for (size_t i = 0; i < events->n; i++) {
    const tl_event *e = &events->v[i];
    char *sig = sigs[i], d1[11], d2[11];
    snprintf(sig, 24, "%016llx", (unsigned long long)event_signature(e));
    tl_day_format(d1, e->date.first);
    tl_day_format(d2, e->date.last);
    uid_set_has(&live, e->uid, 1);
    sqlite3_stmt *q = stmt(s, S_EV_OLD);
    if (!q) {
      rc = TL_EDB;
      goto done;
    }
    bind_text(q, 1, e->uid);
    if (sqlite3_step(q) == SQLITE_ROW) {
      int same = strcmp((const char *)sqlite3_column_text(q, 0), sig) == 0;
      updated[i] = same ? col_dup(q, 1) : tl_strdup(now);
      nchanged += !same;
      seq[i] = sqlite3_column_int(q, 4) + (strcmp((const char *)sqlite3_column_text(q, 2), d1) != 0 ||
                                           strcmp((const char *)sqlite3_column_text(q, 3), d2) != 0);
      skip[i] = same && intact[i] && (size_t)sqlite3_column_int64(q, 5) == e->nmembers;
    } else {
      updated[i] = tl_strdup(now);
      nchanged++;
    }
    sqlite3_reset(q);
    if (!updated[i]) {
      rc = TL_ENOMEM;
      goto done;
    }
    if (skip[i]) { /* not replaced: out of the selection */
      sqlite3_stmt *k = stmt(s, S_SEL_KEEP);
      if (!k) {
        rc = TL_EDB;
        goto done;
      }
      bind_text(k, 1, e->uid);
      if ((rc = step_done(s, k, "keep event")))
        goto done;
    }
  }
  /* events that disappear are kept as retired, for calendar cancellation */
  {
    sqlite3_stmt *old = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT e.uid FROM temp.sel_e t CROSS JOIN events e ON e.id = t.id", -1, &old, NULL)) {
      rc = db_error(s, "read old events");
      goto done;
    }
    while (sqlite3_step(old) == SQLITE_ROW) {
      const char *uid = (const char *)sqlite3_column_text(old, 0);
      if (uid_set_has(&live, uid, 0))
        continue;
      sqlite3_stmt *r = stmt(s, S_RET_INS);
      if (!r) {
        rc = TL_EDB;
        break;
      }
      bind_text(r, 1, uid);
      bind_text(r, 2, now);
      if ((rc = step_done(s, r, "retire event")))
        break;
    }
    sqlite3_finalize(old);
    if (rc)
      goto done;
  }
  if ((rc = exec(s, "DELETE FROM events WHERE id IN (SELECT id FROM temp.sel_e)")))
    goto done;
  for (size_t i = 0; i < events->n; i++) {
    if (skip[i])
      continue;
    if ((rc = insert_event(s, &events->v[i], m, sigs[i], updated[i], seq[i])))
      goto done;
  }
  if (changed)
    *changed = nchanged;
done:
  for (size_t i = 0; updated && i < events->n; i++)
    free(updated[i]);
  free(updated);
  free(seq);
  free(intact);
  free(skip);
  free(sigs);
  free(live.slot);
  return rc;
}

/* ---- queries ---------------------------------------------------------------- */

static void tl_event_rows_free_one(tl_event_row *e);

/* The event query is put together from constant parts, one per filter
 * given (every value is a bound parameter): a single statement with parts
 * such as "?1 IS NULL OR ..." keeps the planner from the indexes and reads
 * every event.  With --match the events come from the word index (and a
 * scan of titles). */
static const char *const q_events_head =
    "SELECT e.id, e.start_day, e.salience, e.place FROM events e WHERE 1";
static const char *const q_event_row =
    "SELECT e.id, e.uid, e.title, e.type, e.start_day, e.end_day, e.precision, e.place, e.lat, e.lon,"
    " e.planned, e.confidence, e.mention_count, e.source_count, e.updated_at, e.salience, e.conflict, e.sequence"
    " FROM events e WHERE e.id = ?1";
/* dates: the events starting in the range, and the long ones (schema 009's
 * partial index) that started before it and reach into it */
static const char *const q_events_from_to =
    " AND e.id IN (SELECT id FROM events WHERE start_day BETWEEN ?1 AND ?2"
    "   UNION ALL SELECT id FROM events INDEXED BY events_long"
    "   WHERE start_day <> end_day AND end_day >= ?1 AND start_day < ?1)";
static const char *const q_events_from =
    " AND e.id IN (SELECT id FROM events WHERE start_day >= ?1"
    "   UNION ALL SELECT id FROM events INDEXED BY events_long"
    "   WHERE start_day <> end_day AND end_day >= ?1 AND start_day < ?1)";
static const char *const q_events_to = " AND e.start_day <= ?2";
static const char *const q_events_type = " AND e.type = ?3";
static const char *const q_events_uid = " AND (e.uid = ?4 OR CAST(e.id AS TEXT) = ?4)";
static const char *const q_events_who =
    " AND EXISTS (SELECT 1 FROM event_participants ep JOIN participants p"
    "   ON p.id = ep.participant_id WHERE ep.event_id = e.id AND instr(lower(p.name), lower(?6)) > 0)";

/* text with a letter or digit: the word indexes of titles and sentences
 * (schemas 013 and 007), the text as a phrase whose last word may be a
 * prefix */
static const char *const q_events_match_index =
    " AND e.id IN (SELECT rowid FROM event_title"
    "   WHERE event_title MATCH '\"' || replace(?5, '\"', '\"\"') || '\" *'"
    "   UNION SELECT em.event_id FROM mention_text t JOIN event_mentions em ON em.mention_id = t.rowid"
    "   WHERE mention_text MATCH '\"' || replace(?5, '\"', '\"\"') || '\" *')";

/* only punctuation: no word to look up, read the sentences */
static const char *const q_events_match_scan =
    " AND (instr(lower(e.title), lower(?5)) > 0 OR EXISTS (SELECT 1 FROM event_mentions em"
    "   JOIN mentions m ON m.id = em.mention_id WHERE em.event_id = e.id"
    "   AND instr(lower(m.sentence), lower(?5)) > 0))";

static int has_word(const char *t) {
  for (; *t; t++)
    if (isalnum((unsigned char)*t) || (unsigned char)*t >= 0x80)
      return 1;
  return 0;
}

static const char *const q_events_order = " ORDER BY e.start_day, e.end_day, e.title, e.uid";

static const char *const q_parts =
    "SELECT p.name FROM event_participants ep JOIN participants p ON p.id = ep.participant_id"
    " WHERE ep.event_id = ?1 ORDER BY ep.mentions DESC,"
    " CASE p.kind WHEN 'person' THEN 0 WHEN 'org' THEN 1 ELSE 2 END, p.name";

/* Linked events: the same type at the same place within two days ("two
 * sessions in Geneva").  An event that started more than a month before
 * is not looked for: the lower bound keeps the lookup a short index range. */
static const char *const q_related =
    "SELECT o.uid FROM events e JOIN events o ON o.id != e.id AND o.type = e.type AND o.place = e.place"
    " AND o.start_day BETWEEN date(e.start_day, '-32 days') AND date(e.end_day, '+2 days')"
    " AND o.end_day >= date(e.start_day, '-2 days')"
    " WHERE e.id = ?1 ORDER BY o.start_day, o.uid";

static const char *const q_mentions =
    "SELECT a.ext_id, a.title, a.source, a.url, a.published, m.sentence, t.text, m.how, em.reason, m.type,"
    " m.trigger, m.start_day, m.end_day, m.date_kind FROM event_mentions em"
    " JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = m.article_id"
    " LEFT JOIN timexes t ON t.id = m.timex_id WHERE em.event_id = ?1"
    " ORDER BY a.published, a.ext_id, m.sent_start, m.trigger_start";

/* Pass 1: the ids of the matching events in date order, with the place
 * and --top filters applied.  Only ids, places and saliences are held, so
 * a million events cost a few tens of MB here. */
typedef struct {
  int64_t id;
  double salience;
  char start[11];
} ev_key;

static const ev_key *key_base;
static int cmp_key_salience(const void *pa, const void *pb) {
  const ev_key *a = &key_base[*(const size_t *)pa], *b = &key_base[*(const size_t *)pb];
  if (a->salience != b->salience)
    return a->salience > b->salience ? -1 : 1;
  return strcmp(a->start, b->start);
}

static int query_ids(tl_store *s, const tl_filter *f, int64_t **out, size_t *n) {
  sqlite3_stmt *q = NULL;
  ev_key *v = NULL;
  size_t count = 0, cap = 0;
  int rc = 0;
  *out = NULL;
  *n = 0;
  const char *match = f && f->match && *f->match ? f->match : NULL;
  const char *from = f && f->from && *f->from ? f->from : NULL, *to = f && f->to && *f->to ? f->to : NULL;
  const char *who = f && f->who && *f->who ? f->who : NULL;
  char q_events[4096];
  snprintf(q_events, sizeof q_events, "%s%s%s%s%s%s%s", q_events_head,
           from && to ? q_events_from_to : from ? q_events_from : to ? q_events_to : "",
           f && f->type ? q_events_type : "", f && f->uid ? q_events_uid : "", who ? q_events_who : "",
           !match ? "" : has_word(match) ? q_events_match_index : q_events_match_scan, q_events_order);
  if (sqlite3_prepare_v2(s->db, q_events, -1, &q, NULL))
    return db_error(s, "query events");
  /* parameters a part does not use are out of range: no harm */
  bind_text(q, 1, from);
  bind_text(q, 2, to);
  bind_text(q, 3, f ? f->type : NULL);
  bind_text(q, 4, f ? f->uid : NULL);
  bind_text(q, 5, match);
  bind_text(q, 6, who);
  const char *place = f && f->place && *f->place ? f->place : NULL;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (place) {
      /* the place or any place inside it, by the gazetteer */
      const char *p = (const char *)sqlite3_column_text(q, 3);
      if (!p || (strcasecmp(p, place) != 0 && !tl_place_within(p, place)))
        continue;
    }
    if (count == cap) {
      size_t nc = cap ? cap * 2 : 64;
      ev_key *nv = realloc(v, nc * sizeof *nv);
      if (!nv) {
        rc = TL_ENOMEM;
        goto done;
      }
      v = nv;
      cap = nc;
    }
    v[count].id = sqlite3_column_int64(q, 0);
    v[count].salience = sqlite3_column_double(q, 2);
    snprintf(v[count].start, sizeof v[count].start, "%s", (const char *)sqlite3_column_text(q, 1));
    count++;
  }
  if (rc != SQLITE_DONE) {
    rc = db_error(s, "query events");
    goto done;
  }
  rc = 0;
  size_t keep_n = count;
  char *keep = NULL;
  if (f && f->top > 0 && count > (size_t)f->top) {
    /* the N most salient, still in date order */
    size_t *ord = malloc(count * sizeof *ord);
    keep = calloc(count, 1);
    if (!ord || !keep) {
      free(ord);
      free(keep);
      rc = TL_ENOMEM;
      goto done;
    }
    for (size_t i = 0; i < count; i++)
      ord[i] = i;
    key_base = v;
    qsort(ord, count, sizeof *ord, cmp_key_salience);
    for (size_t i = 0; i < (size_t)f->top; i++)
      keep[ord[i]] = 1;
    free(ord);
    keep_n = (size_t)f->top;
  }
  int64_t *ids = malloc((keep_n + 1) * sizeof *ids);
  if (!ids) {
    free(keep);
    rc = TL_ENOMEM;
    goto done;
  }
  size_t w = 0;
  for (size_t i = 0; i < count; i++)
    if (!keep || keep[i])
      ids[w++] = v[i].id;
  free(keep);
  *out = ids;
  *n = w;
done:
  sqlite3_finalize(q);
  free(v);
  return rc;
}

/* Pass 2: the rows of events ids[0..n), with participants, and with
 * mentions and linked events when f->with_mentions. */
static int fill_rows(tl_store *s, const tl_filter *f, const int64_t *ids, size_t n, tl_event_row **out,
                     size_t *nout) {
  sqlite3_stmt *q = NULL, *qp = NULL, *qm = NULL, *qr = NULL;
  tl_event_row *v = calloc(n + 1, sizeof *v);
  size_t count = 0;
  int rc = 0;
  *out = NULL;
  if (!v)
    return TL_ENOMEM;
  if (sqlite3_prepare_v2(s->db, q_event_row, -1, &q, NULL) || sqlite3_prepare_v2(s->db, q_parts, -1, &qp, NULL) ||
      sqlite3_prepare_v2(s->db, q_mentions, -1, &qm, NULL) || sqlite3_prepare_v2(s->db, q_related, -1, &qr, NULL)) {
    rc = db_error(s, "query events");
    goto done;
  }
  for (size_t i = 0; i < n; i++) {
    tl_event_row *e = &v[count];
    sqlite3_reset(q);
    sqlite3_bind_int64(q, 1, ids[i]);
    if (sqlite3_step(q) != SQLITE_ROW)
      continue; /* gone meanwhile */
    count++;
    e->uid = col_dup(q, 1);
    e->title = col_dup(q, 2);
    e->type = col_dup(q, 3);
    e->start = col_dup(q, 4);
    e->end = col_dup(q, 5);
    e->precision = col_dup(q, 6);
    e->place = col_dup(q, 7);
    e->has_geo = sqlite3_column_type(q, 8) != SQLITE_NULL;
    e->lat = sqlite3_column_double(q, 8);
    e->lon = sqlite3_column_double(q, 9);
    e->planned = sqlite3_column_int(q, 10);
    e->confidence = sqlite3_column_double(q, 11);
    e->mention_count = sqlite3_column_int(q, 12);
    e->source_count = sqlite3_column_int(q, 13);
    e->updated_at = col_dup(q, 14);
    e->salience = sqlite3_column_double(q, 15);
    e->conflict = col_dup(q, 16);
    e->sequence = sqlite3_column_int(q, 17);
    sqlite3_reset(qp);
    sqlite3_bind_int64(qp, 1, ids[i]);
    while (sqlite3_step(qp) == SQLITE_ROW) {
      char **np = realloc(e->participants, (e->nparts + 1) * sizeof *np);
      if (!np) {
        rc = TL_ENOMEM;
        goto done;
      }
      e->participants = np;
      e->participants[e->nparts++] = col_dup(qp, 0);
    }
    if (!f || !f->with_mentions)
      continue;
    sqlite3_reset(qr);
    sqlite3_bind_int64(qr, 1, ids[i]);
    while (sqlite3_step(qr) == SQLITE_ROW) {
      char **nr = realloc(e->related, (e->nrelated + 1) * sizeof *nr);
      if (!nr) {
        rc = TL_ENOMEM;
        goto done;
      }
      e->related = nr;
      e->related[e->nrelated++] = col_dup(qr, 0);
    }
    sqlite3_reset(qm);
    sqlite3_bind_int64(qm, 1, ids[i]);
    while (sqlite3_step(qm) == SQLITE_ROW) {
      tl_ev_mention *nm = realloc(e->mentions, (e->nmentions + 1) * sizeof *nm);
      if (!nm) {
        rc = TL_ENOMEM;
        goto done;
      }
      e->mentions = nm;
      tl_ev_mention *m = &e->mentions[e->nmentions++];
      m->article = col_dup(qm, 0);
      m->title = col_dup(qm, 1);
      m->source = col_dup(qm, 2);
      m->url = col_dup(qm, 3);
      m->published = col_dup(qm, 4);
      m->sentence = col_dup(qm, 5);
      m->date_text = col_dup(qm, 6);
      m->how = col_dup(qm, 7);
      m->reason = col_dup(qm, 8);
      m->type = col_dup(qm, 9);
      m->trigger = col_dup(qm, 10);
      m->start = col_dup(qm, 11);
      m->end = col_dup(qm, 12);
      m->date_kind = col_dup(qm, 13);
    }
  }
done:
  sqlite3_finalize(q);
  sqlite3_finalize(qp);
  sqlite3_finalize(qm);
  sqlite3_finalize(qr);
  if (rc) {
    tl_event_rows_free(v, count);
    return rc;
  }
  *out = v;
  *nout = count;
  return 0;
}

int tl_store_query_events(tl_store *s, const tl_filter *f, tl_event_row **out, size_t *n) {
  int64_t *ids = NULL;
  size_t nids = 0;
  *out = NULL;
  *n = 0;
  int rc = query_ids(s, f, &ids, &nids);
  if (!rc)
    rc = fill_rows(s, f, ids, nids, out, n);
  free(ids);
  return rc;
}

int tl_store_each_events(tl_store *s, const tl_filter *f, size_t page, tl_event_page_fn fn, void *ud) {
  int64_t *ids = NULL;
  size_t nids = 0;
  int rc = query_ids(s, f, &ids, &nids);
  if (page == 0)
    page = 1000;
  for (size_t at = 0; !rc && at < nids; at += page) {
    size_t m = nids - at < page ? nids - at : page;
    tl_event_row *rows = NULL;
    size_t k = 0;
    if ((rc = fill_rows(s, f, ids + at, m, &rows, &k)))
      break;
    rc = fn(rows, k, ud);
    tl_event_rows_free(rows, k);
  }
  free(ids);
  return rc;
}

static void tl_event_rows_free_one(tl_event_row *e) {
  free(e->uid);
  free(e->title);
  free(e->type);
  free(e->start);
  free(e->end);
  free(e->precision);
  free(e->place);
  free(e->updated_at);
  free(e->conflict);
  for (size_t k = 0; k < e->nrelated; k++)
    free(e->related[k]);
  free(e->related);
  for (size_t k = 0; k < e->nparts; k++)
    free(e->participants[k]);
  free(e->participants);
  for (size_t k = 0; k < e->nmentions; k++) {
    tl_ev_mention *m = &e->mentions[k];
    free(m->article);
    free(m->title);
    free(m->source);
    free(m->url);
    free(m->published);
    free(m->sentence);
    free(m->date_text);
    free(m->how);
    free(m->reason);
    free(m->type);
    free(m->trigger);
    free(m->start);
    free(m->end);
    free(m->date_kind);
  }
  free(e->mentions);
  }

void tl_event_rows_free(tl_event_row *rows, size_t n) {
  for (size_t i = 0; rows && i < n; i++)
    tl_event_rows_free_one(&rows[i]);
  free(rows);
}

int tl_store_query_retired(tl_store *s, tl_event_row **out, size_t *n) {
  sqlite3_stmt *q = NULL;
  tl_event_row *v = NULL;
  size_t count = 0, cap = 0;
  int rc;
  *out = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT uid, title, start_day, end_day, sequence, retired_at FROM retired_events"
                         " ORDER BY start_day, uid",
                         -1, &q, NULL))
    return db_error(s, "query retired events");
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (count == cap) {
      size_t nc = cap ? cap * 2 : 16;
      tl_event_row *nv = realloc(v, nc * sizeof *nv);
      if (!nv) {
        sqlite3_finalize(q);
        tl_event_rows_free(v, count);
        return TL_ENOMEM;
      }
      v = nv;
      cap = nc;
    }
    tl_event_row *e = &v[count++];
    memset(e, 0, sizeof *e);
    e->uid = col_dup(q, 0);
    e->title = col_dup(q, 1);
    e->start = col_dup(q, 2);
    e->end = col_dup(q, 3);
    e->sequence = sqlite3_column_int(q, 4);
    e->updated_at = col_dup(q, 5);
    e->cancelled = 1;
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) {
    tl_event_rows_free(v, count);
    return db_error(s, "query retired events");
  }
  *out = v;
  *n = count;
  return 0;
}

int tl_store_query_articles(tl_store *s, tl_article_row **out, size_t *n) {
  sqlite3_stmt *q = NULL;
  tl_article_row *v = NULL;
  size_t count = 0, cap = 0;
  int rc;
  *out = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT ext_id, title, source, url, published, pub_origin FROM articles"
                         " ORDER BY published, ext_id",
                         -1, &q, NULL))
    return db_error(s, "query articles");
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (count == cap) {
      size_t nc = cap ? cap * 2 : 64;
      tl_article_row *nv = realloc(v, nc * sizeof *nv);
      if (!nv) {
        sqlite3_finalize(q);
        tl_article_rows_free(v, count);
        return TL_ENOMEM;
      }
      v = nv;
      cap = nc;
    }
    tl_article_row *a = &v[count++];
    a->id = col_dup(q, 0);
    a->title = col_dup(q, 1);
    a->source = col_dup(q, 2);
    a->url = col_dup(q, 3);
    a->published = col_dup(q, 4);
    a->pub_origin = col_dup(q, 5);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) {
    tl_article_rows_free(v, count);
    return db_error(s, "query articles");
  }
  *out = v;
  *n = count;
  return 0;
}

void tl_article_rows_free(tl_article_row *rows, size_t n) {
  for (size_t i = 0; rows && i < n; i++) {
    free(rows[i].id);
    free(rows[i].title);
    free(rows[i].source);
    free(rows[i].url);
    free(rows[i].published);
    free(rows[i].pub_origin);
  }
  free(rows);
}

int tl_store_article_ids(tl_store *s, int64_t **ids, size_t *n) {
  sqlite3_stmt *q = NULL;
  int64_t *v = NULL;
  size_t count = 0, cap = 0;
  int rc;
  *ids = NULL;
  *n = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT id FROM articles ORDER BY id", -1, &q, NULL))
    return db_error(s, "list articles");
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (count == cap) {
      size_t nc = cap ? cap * 2 : 256;
      int64_t *nv = realloc(v, nc * sizeof *nv);
      if (!nv) {
        sqlite3_finalize(q);
        free(v);
        return TL_ENOMEM;
      }
      v = nv, cap = nc;
    }
    v[count++] = sqlite3_column_int64(q, 0);
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) {
    free(v);
    return db_error(s, "list articles");
  }
  *ids = v;
  *n = count;
  return 0;
}

int tl_store_get_article(tl_store *s, int64_t id, tl_article *out) {
  tl_article_init(out);
  sqlite3_stmt *q = stmt(s, S_ART_READ); /* (once per stored article: prepared once) */
  if (!q)
    return TL_EDB;
  sqlite3_bind_int64(q, 1, id);
  int rc = sqlite3_step(q);
  if (rc != SQLITE_ROW) {
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? TL_ENOTFOUND : db_error(s, "read article");
  }
  out->id = col_dup(q, 0);
  out->title = col_dup(q, 1);
  out->source = col_dup(q, 2);
  out->url = col_dup(q, 3);
  out->path = col_dup(q, 4);
  const char *pub = (const char *)sqlite3_column_text(q, 5);
  int y, m, d;
  out->published = pub && sscanf(pub, "%d-%d-%d", &y, &m, &d) == 3 && tl_ymd_valid(y, m, d) ? tl_day_from_ymd(y, m, d)
                                                                                             : TL_DAY_NONE;
  const char *origin = (const char *)sqlite3_column_text(q, 6);
  out->pub_origin = out->published == TL_DAY_NONE ? TL_PUB_NONE
                    : origin && !strcmp(origin, "dateline") ? TL_PUB_DATELINE
                    : origin && !strcmp(origin, "option")   ? TL_PUB_OPTION
                                                            : TL_PUB_METADATA;
  out->text_len = (size_t)sqlite3_column_bytes(q, 7);
  out->text = tl_strndup((const char *)sqlite3_column_text(q, 7), out->text_len);
  sqlite3_reset(q);
  if (!out->id || !out->text) {
    tl_article_clear(out);
    return TL_ENOMEM;
  }
  return 0;
}

int tl_store_counts(tl_store *s, long *articles, long *mentions, long *events) {
  sqlite3_stmt *q = NULL;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),"
                         " (SELECT count(*) FROM events)",
                         -1, &q, NULL))
    return db_error(s, "count");
  int rc = sqlite3_step(q) == SQLITE_ROW ? 0 : db_error(s, "count");
  if (!rc) {
    *articles = (long)sqlite3_column_int64(q, 0);
    *mentions = (long)sqlite3_column_int64(q, 1);
    *events = (long)sqlite3_column_int64(q, 2);
  }
  sqlite3_finalize(q);
  return rc;
}

int tl_store_linked(tl_store *s, long *links) {
  sqlite3_stmt *q = NULL;
  if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM event_mentions", -1, &q, NULL))
    return db_error(s, "count");
  int rc = sqlite3_step(q) == SQLITE_ROW ? 0 : db_error(s, "count");
  if (!rc)
    *links = (long)sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  return rc;
}

int tl_store_exec_const(tl_store *s, const char *q) { return exec(s, q); }
