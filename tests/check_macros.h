/*
 * check_macros.h - domain assertions shared by the Check suites.
 */
#ifndef TL_CHECK_MACROS_H
#define TL_CHECK_MACROS_H

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/timeline.h"

/* A day number from "YYYY-MM-DD" (aborts the test on a bad literal). */
static inline tl_day tday(const char *s) {
  tl_day d = TL_DAY_NONE;
  ck_assert_msg(tl_date_parse(&d, s) == 0, "bad date literal %s", s);
  return d;
}

#define ck_assert_day_eq(day, str)                                                       \
  do {                                                                                   \
    char _b[11];                                                                         \
    tl_day_format(_b, (day));                                                            \
    ck_assert_msg(strcmp(_b, (str)) == 0, "day is %s, expected %s", _b, (str));          \
  } while (0)

/* Runs a suite built by `fn` and returns the process exit status. */
#define TL_CHECK_MAIN(fn)                                                                \
  int main(void) {                                                                       \
    SRunner *sr = srunner_create(fn());                                                  \
    srunner_run_all(sr, CK_NORMAL);                                                      \
    int failed = srunner_ntests_failed(sr);                                              \
    srunner_free(sr);                                                                    \
    tl_lex_shutdown();                                                                   \
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;                                         \
  }

#endif
