/* check_sentence.c - sentence boundaries and byte offsets. */
#include "check_macros.h"

START_TEST(test_split) {
  const char *t = "Gen. Smith met U.S. envoys on Feb. 17 in Geneva. They talked! Did it work?\nNext line";
  tl_sentence *s = NULL;
  size_t n = 0;
  ck_assert_int_eq(tl_sentences_split(&s, &n, t, strlen(t)), 0);
  ck_assert_uint_eq(n, 4);
  ck_assert_uint_eq(s[0].start, 0);
  ck_assert_int_eq(strncmp(t + s[0].start, "Gen. Smith met U.S. envoys on Feb. 17 in Geneva.", s[0].end - s[0].start), 0);
  ck_assert_uint_eq(s[0].end - s[0].start, strlen("Gen. Smith met U.S. envoys on Feb. 17 in Geneva."));
  ck_assert_int_eq(strncmp(t + s[1].start, "They talked!", s[1].end - s[1].start), 0);
  ck_assert_int_eq(strncmp(t + s[3].start, "Next line", 9), 0);
  free(s);
}
END_TEST

START_TEST(test_empty) {
  tl_sentence *s = NULL;
  size_t n = 7;
  ck_assert_int_eq(tl_sentences_split(&s, &n, "  \n \n", 5), 0);
  ck_assert_uint_eq(n, 0);
  free(s);
}
END_TEST

START_TEST(test_initials_and_quotes) {
  const char *t = "John F. Kennedy spoke. \"We will go,\" he said. Then he left.";
  tl_sentence *s = NULL;
  size_t n = 0;
  ck_assert_int_eq(tl_sentences_split(&s, &n, t, strlen(t)), 0);
  ck_assert_uint_eq(n, 3);
  free(s);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("sentence");
  TCase *tc = tcase_create("split");
  tcase_add_test(tc, test_split);
  tcase_add_test(tc, test_empty);
  tcase_add_test(tc, test_initials_and_quotes);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
