/* check_ingest.c - the readers: front matter, JSON, JSONL, HTML, sniffing. */
#include "check_macros.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_GOT 8

typedef struct {
  int n;
  char *id[MAX_GOT], *title[MAX_GOT], *source[MAX_GOT], *text[MAX_GOT], *url[MAX_GOT];
  tl_day pub[MAX_GOT];
  int errors;
  char last_where[256];
} got_t;

static int on_art(tl_article *a, void *ud) {
  got_t *g = ud;
  if (g->n < MAX_GOT) {
    g->id[g->n] = a->id ? strdup(a->id) : NULL;
    g->title[g->n] = a->title ? strdup(a->title) : NULL;
    g->source[g->n] = a->source ? strdup(a->source) : NULL;
    g->text[g->n] = a->text ? strdup(a->text) : NULL;
    g->url[g->n] = a->url ? strdup(a->url) : NULL;
    g->pub[g->n] = a->published;
  }
  g->n++;
  return 0;
}

static void on_err(const char *where, const char *msg, void *ud) {
  got_t *g = ud;
  (void)msg;
  g->errors++;
  snprintf(g->last_where, sizeof g->last_where, "%s", where);
}

static void got_free(got_t *g) {
  for (int i = 0; i < g->n && i < MAX_GOT; i++) {
    free(g->id[i]);
    free(g->title[i]);
    free(g->source[i]);
    free(g->text[i]);
    free(g->url[i]);
  }
}

static void ingest(got_t *g, const char *name, const char *data, tl_format fmt) {
  memset(g, 0, sizeof *g);
  tl_ingest in = {.on_article = on_art, .on_error = on_err, .ud = g};
  tl_ingest_buffer(&in, name, data, strlen(data), fmt);
}

START_TEST(test_front_matter) {
  got_t g;
  ingest(&g, "dir/003_abc.md",
         "---\ntitle: \"Talks: day three\"\nsource: Wire\npublished: 2025-12-06\nurl: https://x.org/a\n---\nBody line.\n",
         TL_FMT_AUTO);
  ck_assert_int_eq(g.n, 1);
  ck_assert_int_eq(g.errors, 0);
  ck_assert_str_eq(g.id[0], "003_abc");
  ck_assert_str_eq(g.title[0], "Talks: day three");
  ck_assert_str_eq(g.source[0], "Wire");
  ck_assert_str_eq(g.url[0], "https://x.org/a");
  ck_assert_str_eq(g.text[0], "Body line.\n");
  ck_assert_day_eq(g.pub[0], "2025-12-06");
  got_free(&g);
}
END_TEST

START_TEST(test_front_matter_unclosed) {
  got_t g;
  ingest(&g, "bad.txt", "---\ntitle: never closed\nBody\n", TL_FMT_TEXT);
  ck_assert_int_eq(g.n, 0);
  ck_assert_int_eq(g.errors, 1);
  ck_assert_str_eq(g.last_where, "bad.txt");
  got_free(&g);
}
END_TEST

START_TEST(test_plain_text) {
  got_t g;
  ingest(&g, "notes/story.txt", "Just a story.\nSecond line.", TL_FMT_TEXT);
  ck_assert_int_eq(g.n, 1);
  ck_assert_str_eq(g.id[0], "story");
  ck_assert_int_eq(g.pub[0], TL_DAY_NONE);
  got_free(&g);
}
END_TEST

START_TEST(test_json_object_and_array) {
  got_t g;
  ingest(&g, "a.json",
         "{\"id\": 7, \"title\": \"T\", \"source\": {\"name\": \"Ledger\"}, \"publishedAt\": \"2026-01-23T10:00:00Z\","
         " \"content\": \"Text here.\"}",
         TL_FMT_JSON);
  ck_assert_int_eq(g.n, 1);
  ck_assert_str_eq(g.id[0], "7");
  ck_assert_str_eq(g.source[0], "Ledger");
  ck_assert_str_eq(g.text[0], "Text here.");
  ck_assert_day_eq(g.pub[0], "2026-01-23");
  got_free(&g);
  ingest(&g, "feed.json", "[{\"text\": \"one\"}, {\"body\": \"two\", \"date\": \"2026-02-30\"}, 5, {\"text\": 3}]",
         TL_FMT_AUTO);
  ck_assert_int_eq(g.n, 2);
  ck_assert_str_eq(g.id[0], "feed-0");
  ck_assert_str_eq(g.text[1], "two");
  ck_assert_int_eq(g.pub[1], TL_DAY_NONE); /* invalid date reported, article kept */
  ck_assert_int_eq(g.errors, 3);
  got_free(&g);
}
END_TEST

START_TEST(test_jsonl_bad_line) {
  got_t g;
  ingest(&g, "feed.jsonl",
         "{\"id\": \"a\", \"text\": \"first\", \"published\": \"2025-12-06\"}\n{\"id\": \"b\", \"text\": \"trunc\n\n"
         "{\"id\": \"c\", \"text\": \"third\"}\n",
         TL_FMT_AUTO);
  ck_assert_int_eq(g.n, 2);
  ck_assert_str_eq(g.id[0], "a");
  ck_assert_str_eq(g.id[1], "c");
  ck_assert_int_eq(g.errors, 1);
  ck_assert_str_eq(g.last_where, "feed.jsonl:2");
  got_free(&g);
}
END_TEST

START_TEST(test_html) {
  got_t g;
  ingest(&g, "site/story.html",
         "<html><head><title>Fallback</title><meta property=\"og:site_name\" content=\"Harbor\">"
         "<script type=\"application/ld+json\">{\"@graph\": [{\"datePublished\": \"2025-12-02\","
         " \"headline\": \"Envoys in Moscow\"}]}</script></head>"
         "<body><nav>Menu Home</nav><header>Site header</header><article><h1>Envoys in Moscow</h1>"
         "<p>They met on Tuesday.</p><script>var x = 1;</script><style>p{}</style></article>"
         "<footer>Footer text</footer></body></html>",
         TL_FMT_AUTO);
  ck_assert_int_eq(g.n, 1);
  ck_assert_str_eq(g.id[0], "story");
  ck_assert_str_eq(g.title[0], "Envoys in Moscow");
  ck_assert_str_eq(g.source[0], "Harbor");
  ck_assert_day_eq(g.pub[0], "2025-12-02");
  ck_assert_ptr_nonnull(strstr(g.text[0], "They met on Tuesday."));
  ck_assert_ptr_null(strstr(g.text[0], "Menu"));
  ck_assert_ptr_null(strstr(g.text[0], "var x"));
  ck_assert_ptr_null(strstr(g.text[0], "Footer"));
  got_free(&g);
}
END_TEST

START_TEST(test_html_no_body) {
  got_t g;
  ingest(&g, "empty.html", "<html><head><title>Nothing</title></head></html>", TL_FMT_HTML);
  ck_assert_int_eq(g.n, 0);
  ck_assert_int_eq(g.errors, 1);
  got_free(&g);
}
END_TEST

START_TEST(test_rejects) {
  got_t g;
  memset(&g, 0, sizeof g);
  tl_ingest in = {.on_article = on_art, .on_error = on_err, .ud = &g};
  ck_assert_int_eq(tl_ingest_buffer(&in, "u16.txt", "\xFF\xFEh\0i\0", 6, TL_FMT_AUTO), TL_EUNSUPPORTED);
  ck_assert_int_eq(tl_ingest_buffer(&in, "bin.dat", "ab\0cd", 5, TL_FMT_AUTO), TL_EPARSE);
  ck_assert_int_eq(tl_ingest_buffer(&in, "empty.txt", "", 0, TL_FMT_AUTO), TL_EEMPTY);
  ck_assert_int_eq(g.errors, 3);
  ck_assert_int_eq(g.n, 0);
  ck_assert_int_eq(tl_ingest_path(&in, "/nonexistent/file.txt"), TL_EIO);
  ck_assert_int_eq(g.errors, 4);
}
END_TEST

/* files of one name in different folders of a directory are different
 * articles; a file at the top keeps its name */
START_TEST(test_folder_ids) {
  char root[] = "/tmp/tl-ids-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(root));
  char path[256];
  const char *files[] = {"a/index.md", "b/index.md", "top.md"};
  snprintf(path, sizeof path, "%s/a", root);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  snprintf(path, sizeof path, "%s/b", root);
  ck_assert_int_eq(mkdir(path, 0700), 0);
  for (int k = 0; k < 3; k++) {
    snprintf(path, sizeof path, "%s/%s", root, files[k]);
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "---\ntitle: T%d\ndate: 2025-01-0%d\n---\nText number %d.\n", k, k + 1, k);
    fclose(f);
  }
  got_t g;
  memset(&g, 0, sizeof g);
  tl_ingest in = {.on_article = on_art, .on_error = on_err, .ud = &g};
  ck_assert_int_eq(tl_ingest_path(&in, root), 0);
  ck_assert_int_eq(g.n, 3);
  ck_assert_str_eq(g.id[0], "a/index");
  ck_assert_str_eq(g.id[1], "b/index");
  ck_assert_str_eq(g.id[2], "top");
  got_free(&g);
  for (int k = 0; k < 3; k++) {
    snprintf(path, sizeof path, "%s/%s", root, files[k]);
    unlink(path);
  }
  snprintf(path, sizeof path, "%s/a", root);
  rmdir(path);
  snprintf(path, sizeof path, "%s/b", root);
  rmdir(path);
  rmdir(root);
}
END_TEST

START_TEST(test_format_from_path) {
  ck_assert_int_eq(tl_format_from_path("a/b.JSONL"), TL_FMT_JSONL);
  ck_assert_int_eq(tl_format_from_path("a/b.ndjson"), TL_FMT_JSONL);
  ck_assert_int_eq(tl_format_from_path("a.b/c"), TL_FMT_AUTO);
  ck_assert_int_eq(tl_format_from_path("x.htm"), TL_FMT_HTML);
  ck_assert_int_eq(tl_format_from_path("x.md"), TL_FMT_TEXT);
  char *s = tl_path_stem("/x/y/002_7b.txt");
  ck_assert_str_eq(s, "002_7b");
  free(s);
}
END_TEST

START_TEST(test_dateline) {
  const char *t = "GENEVA, Feb. 18 (Wire) - Talks ended.\nMore text.";
  ck_assert_day_eq(tl_article_dateline(t, strlen(t), tday("2026-11-21")), "2026-02-18");
  ck_assert_uint_eq(tl_dateline_end(t, strlen(t)), strlen("GENEVA, Feb. 18 (Wire) - "));
  const char *u = "No dateline - here, really.";
  ck_assert_int_eq(tl_article_dateline(u, strlen(u), tday("2026-11-21")), TL_DAY_NONE);
  ck_assert_uint_eq(tl_dateline_end(u, strlen(u)), 0);
  /* a place in capitals alone is a dateline without a date */
  const char *v = "SAN FRANCISCO - The board met.";
  ck_assert_uint_eq(tl_dateline_end(v, strlen(v)), strlen("SAN FRANCISCO - "));
  ck_assert_int_eq(tl_article_dateline(v, strlen(v), tday("2026-11-21")), TL_DAY_NONE);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("ingest");
  TCase *tc = tcase_create("readers");
  tcase_add_test(tc, test_front_matter);
  tcase_add_test(tc, test_front_matter_unclosed);
  tcase_add_test(tc, test_plain_text);
  tcase_add_test(tc, test_json_object_and_array);
  tcase_add_test(tc, test_jsonl_bad_line);
  tcase_add_test(tc, test_html);
  tcase_add_test(tc, test_html_no_body);
  tcase_add_test(tc, test_rejects);
  tcase_add_test(tc, test_folder_ids);
  tcase_add_test(tc, test_format_from_path);
  tcase_add_test(tc, test_dateline);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
