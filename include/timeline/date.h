/*
 * date.h - the one internal date representation.
 *
 * A calendar day is an int32 count of days since 1970-01-01 (proleptic
 * Gregorian).  A tl_span is an inclusive interval of days plus the
 * granularity the text expressed (a day, a week, a month...), like SQLite's
 * DateTime keeps validYMD/validHMS.  TL_DAY_NONE marks "no date".
 */
#ifndef TIMELINE_DATE_H
#define TIMELINE_DATE_H

#include <stdint.h>

typedef int32_t tl_day;
#define TL_DAY_NONE INT32_MIN

/* ORDER: finer to coarser; tl_gran_name() follows this order. */
typedef enum {
  TL_GRAN_NONE = 0,
  TL_GRAN_TIME,
  TL_GRAN_PARTDAY,
  TL_GRAN_DAY,
  TL_GRAN_WEEKEND,
  TL_GRAN_WEEK,
  TL_GRAN_MONTH,
  TL_GRAN_SEASON,
  TL_GRAN_QUARTER,
  TL_GRAN_HALF,
  TL_GRAN_YEAR,
  TL_GRAN_DECADE,
  TL_GRAN_CENTURY
} tl_gran;

typedef struct {
  tl_day first; /* inclusive */
  tl_day last;  /* inclusive */
  tl_gran gran;
} tl_span;

tl_day tl_day_from_ymd(int y, int m, int d);
void tl_day_to_ymd(tl_day day, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday */
int tl_day_weekday(tl_day day);
int tl_days_in_month(int y, int m);
int tl_ymd_valid(int y, int m, int d);
/* ISO 8601 week: fills *iso_year and *week (1..53). */
void tl_day_iso_week(tl_day day, int *iso_year, int *week);
/* Monday of ISO week `week` of `iso_year`. */
tl_day tl_day_from_iso_week(int iso_year, int week);

/* Parse "YYYY-MM-DD" optionally followed by a time ("T12:00:00Z", " 10:00")
 * or an RFC 2822 date ("Fri, 05 Dec 2025 10:00:00 GMT").  Rejects impossible
 * dates (2026-02-30, 0000-00-00).  Returns 0 or TL_EDATE. */
int tl_date_parse(tl_day *out, const char *s);

/* Writes "YYYY-MM-DD" (buf >= 11 bytes). */
void tl_day_format(char *buf, tl_day day);

/* "day", "week", "month", "year"... */
const char *tl_gran_name(tl_gran g);
/* The four-value precision used in exports: day|week|month|year. */
const char *tl_gran_precision(tl_gran g);

#endif
