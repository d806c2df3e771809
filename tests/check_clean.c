/* check_clean.c - cleaning: boilerplate, repeats, quotes, UTF-8. */
#include "check_macros.h"

static char *clean(const char *in, size_t len, tl_clean_stats *st) {
  char *out = NULL;
  size_t n = 0;
  ck_assert_int_eq(tl_clean_text(&out, &n, in, len, st), 0);
  ck_assert_uint_eq(strlen(out), n);
  return out;
}

START_TEST(test_boilerplate) {
  const char *in = "Connect with us\n\nTalks resumed in Geneva.\nAdvertisement\n"
                   "Continue Reading\nSubscribe to our newsletter for updates\nLegal Disclaimer:\n"
                   "The wire provides this content without warranty of any kind.\nThe end.";
  tl_clean_stats st;
  char *out = clean(in, strlen(in), &st);
  ck_assert_str_eq(out, "Talks resumed in Geneva.\nThe end.");
  ck_assert_uint_eq(st.boilerplate, 6);
  free(out);
}
END_TEST

START_TEST(test_repeated_paragraphs) {
  const char *p = "Delegations met for a third day in a row and agreed on nothing in particular.";
  char in[512];
  snprintf(in, sizeof in, "Headline\n%s\nSecond paragraph that is long enough to count here.\n%s\n", p, p);
  tl_clean_stats st;
  char *out = clean(in, strlen(in), &st);
  ck_assert_ptr_eq(strstr(strstr(out, p) + 1, p), NULL);
  ck_assert_uint_eq(st.repeated, 1);
  free(out);
}
END_TEST

START_TEST(test_quotes_spaces) {
  const char *in = "\xE2\x80\x9CReal progress\xE2\x80\x9D  depends on Russia\xE2\x80\x99s \xC2\xA0readiness.  ";
  char *out = clean(in, strlen(in), NULL);
  ck_assert_str_eq(out, "\"Real progress\" depends on Russia's readiness.");
  free(out);
}
END_TEST

START_TEST(test_non_latin_kept) {
  const char *in = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D talks\n\xD0\x9C\xD0\xB8\xD1\x80";
  char *out = clean(in, strlen(in), NULL);
  ck_assert_str_eq(out, in);
  free(out);
}
END_TEST

START_TEST(test_invalid_utf8) {
  const char in[] = "Good text \xFF\xFE then more \xC3 end";
  tl_clean_stats st;
  char *out = clean(in, sizeof in - 1, &st);
  ck_assert_uint_eq(st.invalid_bytes, 3);
  ck_assert_uint_eq(st.first_invalid, 10);
  size_t bad;
  ck_assert(tl_utf8_valid(out, strlen(out), &bad));
  ck_assert_ptr_nonnull(strstr(out, "\xEF\xBF\xBD"));
  ck_assert(!tl_utf8_valid(in, sizeof in - 1, &bad));
  ck_assert_uint_eq(bad, 10);
  free(out);
}
END_TEST

START_TEST(test_bom_and_crlf) {
  const char *in = "\xEF\xBB\xBFLine one\r\nLine two\r\n";
  char *out = clean(in, strlen(in), NULL);
  ck_assert_str_eq(out, "Line one\nLine two");
  free(out);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("clean");
  TCase *tc = tcase_create("clean");
  tcase_add_test(tc, test_boilerplate);
  tcase_add_test(tc, test_repeated_paragraphs);
  tcase_add_test(tc, test_quotes_spaces);
  tcase_add_test(tc, test_non_latin_kept);
  tcase_add_test(tc, test_invalid_utf8);
  tcase_add_test(tc, test_bom_and_crlf);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
