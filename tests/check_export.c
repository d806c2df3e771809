/* check_export.c - the iCalendar and JSON exports, re-read by libical and
 * jansson. */
#include <jansson.h>
#include <libical/ical.h>

#include "check_macros.h"

static tl_ev_mention mention = {.article = "002", .title = "Talks", .source = "Wire, Ltd; \"quoted\"",
                                .url = "https://example.org/a", .published = "2025-12-06",
                                .sentence = "They met in Miami, again; notes: a\\b.", .date_text = "Friday",
                                .how = "'Friday' -> 2025-12-05", .reason = "first mention", .type = "meeting",
                                .trigger = "talks", .start = "2025-12-05", .end = "2025-12-05",
                                .date_kind = "exact"};
static char *parts[] = {"Steve Witkoff", "Rustem Umerov"};

static tl_event_row row(void) {
  tl_event_row e = {.uid = "ev-0123456789abcdef", .title = "Talks with Steve Witkoff, Rustem Umerov in Miami",
                    .type = "meeting", .start = "2025-12-04", .end = "2025-12-06", .precision = "day",
                    .place = "Miami", .updated_at = "2026-11-21T10:00:00Z", .lat = 25.7617, .lon = -80.1918,
                    .confidence = 0.9, .has_geo = 1, .mention_count = 1, .source_count = 1,
                    .participants = parts, .nparts = 2, .mentions = &mention, .nmentions = 1};
  return e;
}

START_TEST(test_ics) {
  tl_event_row e = row();
  char *ics = tl_export_ics(&e, 1, "Ukraine talks");
  ck_assert_ptr_nonnull(ics);
  icalcomponent *cal = icalparser_parse_string(ics);
  ck_assert_ptr_nonnull(cal);
  ck_assert_int_eq(icalcomponent_count_errors(cal), 0);
  icalcomponent *v = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  ck_assert_ptr_nonnull(v);
  struct icaltimetype s = icalcomponent_get_dtstart(v), en = icalcomponent_get_dtend(v);
  ck_assert(s.is_date);
  ck_assert_int_eq(s.day, 4);
  ck_assert_int_eq(en.day, 7); /* exclusive end */
  ck_assert_str_eq(icalcomponent_get_uid(v), "ev-0123456789abcdef@timeline");
  ck_assert_str_eq(icalcomponent_get_location(v), "Miami");
  ck_assert_ptr_nonnull(strstr(icalcomponent_get_description(v), "They met in Miami, again; notes: a\\b."));
  ck_assert_ptr_nonnull(strstr(ics, "DTSTAMP:20261121T100000Z"));
  ck_assert_ptr_nonnull(strstr(ics, "GEO:"));
  /* every physical line within 75 octets */
  for (const char *p = ics; *p;) {
    const char *nl = strstr(p, "\r\n");
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    ck_assert_uint_le(n, 75);
    p += n + (nl ? 2 : 0);
  }
  /* same input, same bytes */
  char *again = tl_export_ics(&e, 1, "Ukraine talks");
  ck_assert_str_eq(ics, again);
  free(again);
  icalcomponent_free(cal);
  free(ics);
}
END_TEST

/* The streaming writer gives the bytes of the whole-tree export. */
START_TEST(test_ics_stream) {
  tl_event_row e[2] = {row(), row()};
  e[1].uid = "ev-fedcba9876543210";
  e[1].title = "Second event";
  tl_event_row gone = row();
  gone.uid = "ev-1111111111111111";
  char *whole = tl_export_ics_full(e, 2, &gone, 1, "Ukraine talks");
  ck_assert_ptr_nonnull(whole);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ck_assert_ptr_nonnull(f);
  tl_ics_writer *w = tl_ics_begin(f, "Ukraine talks");
  ck_assert_ptr_nonnull(w);
  ck_assert_int_eq(tl_ics_write(w, e, 1, 0), 0);
  ck_assert_int_eq(tl_ics_write(w, e + 1, 1, 0), 0);
  ck_assert_int_eq(tl_ics_write(w, &gone, 1, 1), 0);
  ck_assert_int_eq(tl_ics_end(w), 0);
  fclose(f);
  ck_assert_str_eq(buf, whole);
  ck_assert_ptr_nonnull(strstr(buf, "STATUS:CANCELLED"));
  free(buf);
  free(whole);
}
END_TEST

/* The streaming JSON writer gives the bytes of the whole-tree export,
 * with all articles and with the cited ones only. */
static char *json_stream(const tl_event_row *e, size_t n, const tl_article_row *art, size_t na, int cited) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  ck_assert_ptr_nonnull(f);
  tl_json_writer *w = tl_json_begin(f);
  ck_assert_ptr_nonnull(w);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq(tl_json_write(w, e + i, 1), 0);
  ck_assert_int_eq(tl_json_end(w, art, na, cited), 0);
  fclose(f);
  return buf;
}

START_TEST(test_json_stream) {
  tl_event_row e[2] = {row(), row()};
  e[1].uid = "ev-fedcba9876543210";
  e[1].title = "Line\nbreak \"quoted\"";
  tl_article_row art[2] = {{.id = "001", .title = "Other", .source = "Wire", .pub_origin = "metadata"},
                           {.id = "002", .title = "Talks", .source = "Wire", .published = "2025-12-06",
                            .pub_origin = "metadata"}};
  char *whole = tl_export_json(e, 2, art, 2), *s = json_stream(e, 2, art, 2, 0);
  ck_assert_str_eq(s, whole);
  free(s);
  free(whole);
  /* only 002 is cited */
  whole = tl_export_json(e, 2, art + 1, 1);
  s = json_stream(e, 2, art, 2, 1);
  ck_assert_str_eq(s, whole);
  free(s);
  free(whole);
  /* no events */
  whole = tl_export_json(e, 0, art, 2);
  s = json_stream(e, 0, art, 2, 0);
  ck_assert_str_eq(s, whole);
  json_t *doc = json_loads(s, 0, NULL);
  ck_assert_ptr_nonnull(doc);
  json_decref(doc);
  free(s);
  free(whole);
}
END_TEST

START_TEST(test_json) {
  tl_event_row e = row();
  tl_article_row a = {.id = "002", .title = "Talks", .source = "Wire", .url = NULL, .published = "2025-12-06",
                      .pub_origin = "metadata"};
  char *js = tl_export_json(&e, 1, &a, 1);
  ck_assert_ptr_nonnull(js);
  json_error_t err;
  json_t *root = json_loads(js, 0, &err);
  ck_assert_ptr_nonnull(root);
  json_t *ev = json_array_get(json_object_get(root, "events"), 0);
  ck_assert_str_eq(json_string_value(json_object_get(ev, "id")), "ev-0123456789abcdef");
  ck_assert_str_eq(json_string_value(json_object_get(ev, "start")), "2025-12-04");
  ck_assert_str_eq(json_string_value(json_object_get(ev, "end")), "2025-12-06");
  ck_assert_str_eq(json_string_value(json_object_get(ev, "precision")), "day");
  ck_assert_int_eq(json_integer_value(json_object_get(ev, "source_count")), 1);
  ck_assert(json_is_real(json_object_get(ev, "lat")));
  json_t *m = json_array_get(json_object_get(ev, "mentions"), 0);
  ck_assert_str_eq(json_string_value(json_object_get(m, "date_text")), "Friday");
  ck_assert_str_eq(json_string_value(json_object_get(m, "source")), "Wire, Ltd; \"quoted\"");
  ck_assert_uint_eq(json_array_size(json_object_get(root, "articles")), 1);
  json_decref(root);
  free(js);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("export");
  TCase *tc = tcase_create("export");
  tcase_add_test(tc, test_ics);
  tcase_add_test(tc, test_ics_stream);
  tcase_add_test(tc, test_json);
  tcase_add_test(tc, test_json_stream);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
