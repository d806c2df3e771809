/* check_date.c - calendar arithmetic and date parsing. */
#include "check_macros.h"

START_TEST(test_roundtrip) {
  static const struct { int y, m, d, wd; } cases[] = {
      {.y = 1970, .m = 1, .d = 1, .wd = 3},   {.y = 2000, .m = 2, .d = 29, .wd = 1},
      {.y = 2025, .m = 12, .d = 2, .wd = 1},  {.y = 2026, .m = 1, .d = 23, .wd = 4},
      {.y = 2026, .m = 2, .d = 18, .wd = 2},  {.y = 1600, .m = 3, .d = 1, .wd = 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    tl_day d = tl_day_from_ymd(cases[i].y, cases[i].m, cases[i].d);
    int y, m, dd;
    tl_day_to_ymd(d, &y, &m, &dd);
    ck_assert_int_eq(y, cases[i].y);
    ck_assert_int_eq(m, cases[i].m);
    ck_assert_int_eq(dd, cases[i].d);
    ck_assert_int_eq(tl_day_weekday(d), cases[i].wd);
  }
}
END_TEST

START_TEST(test_iso_week) {
  int iy, w;
  tl_day_iso_week(tday("2025-12-06"), &iy, &w);
  ck_assert_int_eq(iy, 2025);
  ck_assert_int_eq(w, 49);
  tl_day_iso_week(tday("2021-01-03"), &iy, &w); /* belongs to 2020-W53 */
  ck_assert_int_eq(iy, 2020);
  ck_assert_int_eq(w, 53);
  ck_assert_day_eq(tl_day_from_iso_week(2025, 49), "2025-12-01");
}
END_TEST

START_TEST(test_parse) {
  tl_day d;
  ck_assert_int_eq(tl_date_parse(&d, "2025-12-06"), 0);
  ck_assert_day_eq(d, "2025-12-06");
  ck_assert_int_eq(tl_date_parse(&d, "2025-12-04T18:05:00Z"), 0);
  ck_assert_day_eq(d, "2025-12-04");
  ck_assert_int_eq(tl_date_parse(&d, "Sat, 24 Jan 2026 09:30:00 GMT"), 0);
  ck_assert_day_eq(d, "2026-01-24");
  ck_assert_int_eq(tl_date_parse(&d, "2026-02-30"), TL_EDATE);
  ck_assert_int_eq(tl_date_parse(&d, "0000-00-00"), TL_EDATE);
  ck_assert_int_eq(tl_date_parse(&d, "2026-13-01"), TL_EDATE);
  ck_assert_int_eq(tl_date_parse(&d, "yesterday"), TL_EDATE);
  ck_assert_int_eq(tl_date_parse(&d, "2026-02-18x"), TL_EDATE);
  ck_assert_int_eq(tl_date_parse(&d, NULL), TL_EDATE);
}
END_TEST

START_TEST(test_precision) {
  ck_assert_str_eq(tl_gran_precision(TL_GRAN_DAY), "day");
  ck_assert_str_eq(tl_gran_precision(TL_GRAN_WEEKEND), "week");
  ck_assert_str_eq(tl_gran_precision(TL_GRAN_MONTH), "month");
  ck_assert_str_eq(tl_gran_precision(TL_GRAN_YEAR), "year");
  ck_assert_int_eq(tl_days_in_month(2024, 2), 29);
  ck_assert_int_eq(tl_days_in_month(2100, 2), 28);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_add_test(tc, test_roundtrip);
  tcase_add_test(tc, test_iso_week);
  tcase_add_test(tc, test_parse);
  tcase_add_test(tc, test_precision);
  suite_add_tcase(s, tc);
  return s;
}

TL_CHECK_MAIN(suite)
