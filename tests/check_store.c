/* check_store.c - the SQLite store and the build pipeline on top of it. */
#include <sqlite3.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_macros.h"

static char dir[64];

static void setup(void) {
  snprintf(dir, sizeof dir, "/tmp/tl_store_XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

static void write_file(const char *name, const char *text) {
  char p[256];
  snprintf(p, sizeof p, "%s/%s", dir, name);
  FILE *f = fopen(p, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
}

static int64_t scalar(const char *db, const char *sql) {
  sqlite3 *h;
  sqlite3_stmt *q;
  ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
  ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &q, NULL), SQLITE_OK);
  ck_assert_int_eq(sqlite3_step(q), SQLITE_ROW);
  int64_t v = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  sqlite3_close(h);
  return v;
}

static tl_build_stats build(const char *db, const char *path) {
  tl_store *s = NULL;
  tl_builder *b = NULL;
  tl_build_stats st;
  tl_build_opts o = {.published = TL_DAY_NONE, .today = tday("2026-11-21")};
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  ck_assert_int_eq(tl_builder_new(&b, s, &o), 0);
  tl_builder_add_path(b, path);
  ck_assert_int_eq(tl_builder_finish(b, &st), 0);
  tl_builder_free(b);
  tl_store_close(s);
  return st;
}

static const char *art1 = "---\ntitle: Envoys in Moscow\nsource: Wire\npublished: 2025-12-06\n---\n"
                          "Steve Witkoff met Vladimir Putin at the Kremlin on Tuesday.\n";
static const char *art2 = "---\ntitle: Kremlin talks\nsource: Post\npublished: 2025-12-03\n---\n"
                          "Putin held talks with Witkoff in Moscow on Tuesday.\n";

/* schema 017: a surname's key written before given names were keyed shows
 * the surname again, not the longest full name seen with it */
START_TEST(test_person_surnames_migration) {
  char db[128];
  snprintf(db, sizeof db, "%s/m.db", dir);
  tl_store *s = NULL;
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  tl_store_close(s);
  sqlite3 *h;
  ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
  ck_assert_int_eq(sqlite3_exec(h,
                                "INSERT INTO participants(key, kind, name) VALUES ('biden', 'person', 'Jill Biden'),"
                                " ('biden, joe', 'person', 'Joe Biden'), ('zelensk', 'person', 'Volodymyr Zelenskyy');"
                                /* (as it was before schema 018) */
                                " DROP INDEX articles_source; ALTER TABLE articles DROP COLUMN keys;"
                                " CREATE INDEX articles_source ON articles(id, ext_id, source);"
                                " PRAGMA user_version = 16;",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_close(h);
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  tl_store_close(s);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM participants WHERE key = 'biden' AND name = 'Biden'"), 1);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM participants WHERE key = 'biden, joe' AND name = 'Joe Biden'"), 1);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM participants WHERE name = 'Volodymyr Zelenskyy'"), 1);
  ck_assert_int_eq(scalar(db, "PRAGMA user_version"), tl_store_schema_version());
}
END_TEST

/* schema 018: what each article is about, written with its mentions, and
 * for the articles of a database made before it */
START_TEST(test_article_keys) {
  char db[128], path[160];
  snprintf(db, sizeof db, "%s/k.db", dir);
  snprintf(path, sizeof path, "%s/k1.md", dir);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(art1, f);
  fclose(f);
  build(db, path);
  const char *q = "SELECT count(*) FROM articles WHERE instr(keys, 'witkoff') > 0 AND instr(keys, 'putin') > 0"
                  " AND instr(keys, ',') = 0 AND instr(keys, '@') > 0";
  ck_assert_int_eq(scalar(db, q), 1); /* people by their surnames */
  sqlite3 *h;
  ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
  ck_assert_int_eq(sqlite3_exec(h,
                                "DROP INDEX articles_source; ALTER TABLE articles DROP COLUMN keys;"
                                " CREATE INDEX articles_source ON articles(id, ext_id, source); PRAGMA user_version = 17;",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_close(h);
  tl_store *s = NULL;
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  tl_store_close(s);
  ck_assert_int_eq(scalar(db, q), 1);
  ck_assert_int_eq(scalar(db, "PRAGMA user_version"), tl_store_schema_version());
  /* the resolver reads it from the covering index */
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM pragma_index_info('articles_source') WHERE name = 'keys'"), 1);
}
END_TEST

START_TEST(test_schema) {
  char db[128];
  snprintf(db, sizeof db, "%s/t.db", dir);
  tl_store *s = NULL;
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  tl_store_close(s);
  ck_assert_int_ge(tl_store_schema_version(), 4);
  ck_assert_int_eq(scalar(db, "PRAGMA user_version"), tl_store_schema_version());
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM sqlite_master WHERE name = 'timeline' AND type = 'view'"), 1);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM pragma_table_info('mention_participants') WHERE name = 'inherited'"), 1);
  /* reopening applies nothing twice */
  ck_assert_int_eq(tl_store_open(&s, db, 0), 0);
  tl_store_close(s);
  ck_assert_int_eq(scalar(db, "PRAGMA user_version"), tl_store_schema_version());
  /* read-only open of a missing database fails cleanly */
  char missing[160];
  snprintf(missing, sizeof missing, "%s/none.db", dir);
  ck_assert_int_eq(tl_store_open(&s, missing, 1), TL_ENOTFOUND);
  ck_assert_ptr_null(s);
}
END_TEST

START_TEST(test_build_merge_and_rebuild) {
  char db[128], in[128];
  snprintf(db, sizeof db, "%s/t.db", dir);
  snprintf(in, sizeof in, "%s/in", dir);
  ck_assert_int_eq(mkdir(in, 0755), 0);
  write_file("in/a.md", art1);
  write_file("in/b.md", art2);
  tl_build_stats st = build(db, in);
  ck_assert_uint_eq(st.read, 2);
  ck_assert_uint_eq(st.added, 2);
  ck_assert_uint_eq(st.failed, 0);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM timeline"), 1);
  ck_assert_int_eq(scalar(db, "SELECT sources FROM timeline"), 2);
  ck_assert_int_eq(scalar(db, "SELECT start = '2025-12-02' FROM timeline"), 1);
  int64_t events = scalar(db, "SELECT count(*) FROM events");
  /* the same input again adds nothing and keeps the ids */
  st = build(db, in);
  ck_assert_uint_eq(st.unchanged, 2);
  ck_assert_uint_eq(st.added, 0);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM events"), events);
  /* a changed article replaces its earlier extraction */
  write_file("in/b.md", "---\ntitle: Kremlin talks\nsource: Post\npublished: 2025-12-03\n---\n"
                        "Putin held talks with Witkoff in Moscow on Monday.\n");
  st = build(db, in);
  ck_assert_uint_eq(st.changed, 1);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM articles"), 2);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM events"), 2);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}
END_TEST

START_TEST(test_duplicate_content) {
  char db[128], in[128];
  snprintf(db, sizeof db, "%s/t.db", dir);
  snprintf(in, sizeof in, "%s/in", dir);
  ck_assert_int_eq(mkdir(in, 0755), 0);
  write_file("in/a.md", art1);
  write_file("in/copy.md", art1);
  tl_build_stats st = build(db, in);
  ck_assert_uint_eq(st.added, 1);
  ck_assert_uint_eq(st.duplicates, 1);
}
END_TEST

START_TEST(test_query_filters) {
  char db[128], in[128];
  snprintf(db, sizeof db, "%s/t.db", dir);
  snprintf(in, sizeof in, "%s/in", dir);
  ck_assert_int_eq(mkdir(in, 0755), 0);
  write_file("in/a.md", art1);
  write_file("in/c.md", "---\npublished: 2026-02-18\n---\nThe delegations met in Geneva on Tuesday.\n");
  build(db, in);
  tl_store *s = NULL;
  ck_assert_int_eq(tl_store_open(&s, db, 1), 0);
  tl_event_row *ev = NULL;
  size_t n = 0;
  tl_filter f = {.from = "2026-01-01"};
  ck_assert_int_eq(tl_store_query_events(s, &f, &ev, &n), 0);
  ck_assert_uint_eq(n, 1);
  ck_assert_str_eq(ev[0].start, "2026-02-17");
  tl_event_rows_free(ev, n);
  tl_filter g = {.match = "kremlin", .with_mentions = 1};
  ck_assert_int_eq(tl_store_query_events(s, &g, &ev, &n), 0);
  ck_assert_uint_eq(n, 1);
  ck_assert_uint_eq(ev[0].nmentions, 1);
  ck_assert_str_eq(ev[0].mentions[0].date_text, "Tuesday");
  tl_event_rows_free(ev, n);
  tl_store_close(s);
}
END_TEST

static size_t count_matching(const char *db, const char *text) {
  tl_store *s = NULL;
  tl_event_row *ev = NULL;
  size_t n = 0;
  tl_filter f = {.match = text};
  ck_assert_int_eq(tl_store_open(&s, db, 1), 0);
  ck_assert_int_eq(tl_store_query_events(s, &f, &ev, &n), 0);
  tl_event_rows_free(ev, n);
  tl_store_close(s);
  return n;
}

/* --match goes through the word index (a phrase whose last word may be a
 * prefix, any case) and falls back to reading sentences for text without a
 * word; the index follows articles that change. */
START_TEST(test_match_text_index) {
  char db[128], in[128];
  snprintf(db, sizeof db, "%s/t.db", dir);
  snprintf(in, sizeof in, "%s/in", dir);
  ck_assert_int_eq(mkdir(in, 0755), 0);
  write_file("in/a.md", art1);
  write_file("in/c.md", "---\npublished: 2026-02-18\n---\nThe delegations met in Geneva on Tuesday.\n");
  build(db, in);
  ck_assert_uint_eq(count_matching(db, "GENE"), 1);         /* word prefix, any case */
  ck_assert_uint_eq(count_matching(db, "delegations"), 1);  /* evidence only, not the title */
  ck_assert_uint_eq(count_matching(db, "met in gen"), 1);   /* a phrase */
  ck_assert_uint_eq(count_matching(db, "met gen"), 0);      /* words must be in order */
  ck_assert_uint_eq(count_matching(db, "Kr"), 1);
  ck_assert_uint_eq(count_matching(db, "Zz"), 0);
  ck_assert_uint_eq(count_matching(db, "\"Geneva"), 1);    /* quotes are text, not syntax */
  ck_assert_uint_eq(count_matching(db, "Geneva OR Kremlin"), 0);
  ck_assert_uint_eq(count_matching(db, "."), 2);            /* no word: read the sentences */
  ck_assert_uint_eq(count_matching(db, "Lisbon"), 0);
  write_file("in/c.md", "---\npublished: 2026-02-18\n---\nThe delegations met in Lisbon on Tuesday.\n");
  build(db, in);
  ck_assert_uint_eq(count_matching(db, "Lisbon"), 1);
  ck_assert_uint_eq(count_matching(db, "Geneva"), 0);
  ck_assert_int_eq(scalar(db, "SELECT count(*) FROM mention_text WHERE mention_text MATCH '\"Geneva\"'"), 0);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("store");
  TCase *tc = tcase_create("store");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_schema);
  tcase_add_test(tc, test_person_surnames_migration);
  tcase_add_test(tc, test_article_keys);
  tcase_add_test(tc, test_build_merge_and_rebuild);
  tcase_add_test(tc, test_duplicate_content);
  tcase_add_test(tc, test_query_filters);
  tcase_add_test(tc, test_match_text_index);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
